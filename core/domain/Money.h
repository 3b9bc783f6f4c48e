#pragma once

// Money in integer minor units (cents) with its currency. Never floating point: every rounding
// in the shop is a named rule (half up to the cent, Finnish 5-cent cash rounding).

#include "Result.h"

#include <QString>
#include <compare>
#include <cstdint>

namespace kassa::core {

class Money {
public:
    constexpr Money() = default;
    constexpr explicit Money(std::int64_t cents)
        : m_cents(cents) {}

    [[nodiscard]] constexpr std::int64_t cents() const { return m_cents; }
    [[nodiscard]] constexpr bool isZero() const { return m_cents == 0; }
    [[nodiscard]] constexpr bool isNegative() const { return m_cents < 0; }

    constexpr Money operator+(Money other) const { return Money(m_cents + other.m_cents); }
    constexpr Money operator-(Money other) const { return Money(m_cents - other.m_cents); }
    constexpr Money operator-() const { return Money(-m_cents); }
    constexpr Money& operator+=(Money other) {
        m_cents += other.m_cents;
        return *this;
    }
    constexpr Money& operator-=(Money other) {
        m_cents -= other.m_cents;
        return *this;
    }
    constexpr auto operator<=>(const Money&) const = default;

    // Parses "12.34", "12,34", "12", "0.5" (euros, at most two decimals). Refuses anything else,
    // including amounts beyond a billion euros, so a typo cannot become a huge sum.
    static Result<Money> parse(QStringView text);

    // "12.34" or "-0.05": the machine form used in files, JSON and on the command line.
    [[nodiscard]] QString toDecimalString() const;
    // "12,34" for Finnish receipts and screens; the decimal separator is the caller's choice.
    [[nodiscard]] QString format(QChar decimalSeparator = QLatin1Char(',')) const;
    // With the decimal separator of the language the program runs in (QLocale's default):
    // for amounts inside messages a person reads.
    [[nodiscard]] QString formatForPeople() const;

private:
    std::int64_t m_cents = 0;
};

// Rounds numerator / denominator to the nearest integer, halves away from zero.
// Denominator must be positive.
[[nodiscard]] std::int64_t divideRoundHalfUp(std::int64_t numerator, std::int64_t denominator);

// Finnish cash rounding: a cash total is rounded to the nearest 5 cents (1-2 cents down,
// 3-4 up). Applies to the amount paid in cash only, never to card payments.
[[nodiscard]] Money roundForCash(Money amount);

constexpr std::int64_t kMaxAmountCents = 100'000'000'000; // a billion euros

} // namespace kassa::core
