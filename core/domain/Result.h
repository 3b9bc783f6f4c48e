#pragma once

// Result<T> carries either a value or an Error. Core uses it for everything that can go wrong
// in normal use (an unknown barcode, a declined card); exceptions are kept for start-up and
// migrations.

#include "Error.h"

#include <utility>
#include <variant>

namespace kassa::core {

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::move(value)) {}
    Result(Error error)
        : m_state(std::move(error)) {}

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T& value() const& { return std::get<T>(m_state); }
    [[nodiscard]] T& value() & { return std::get<T>(m_state); }
    [[nodiscard]] T&& value() && { return std::get<T>(std::move(m_state)); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const T& operator*() const& { return value(); }
    // The value, or `fallback` when refused (for data the program wrote itself and only reads back).
    [[nodiscard]] T value_or(T fallback) const& { return ok() ? value() : std::move(fallback); }

    [[nodiscard]] const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true) {}

    [[nodiscard]] bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error& error() const { return m_error; }

private:
    Error m_error{ErrorCode::InvalidInput, {}};
    bool m_failed = false;
};

inline Error makeError(ErrorCode code, QString detail = {}) {
    return Error{code, std::move(detail)};
}

} // namespace kassa::core
