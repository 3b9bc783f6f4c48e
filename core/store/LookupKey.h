#pragma once

// The chain's lookup key: central makes it, every enrolled till fetches it (GET /v1/lookup-key),
// and both compute keyed hashes (HMAC-SHA256) with it of what has few possible values: a pickup
// order's six-digit code today. A copy of a till's database without the key cannot test
// guesses against those hashes, so the key is kept beside the database as `lookup.key` (0600),
// never in it: a backup or a nightly snapshot does not carry it.

#include <QByteArray>
#include <QString>
#include <optional>

namespace kassa::core {

class LookupKey {
public:
    static constexpr char kFileName[] = "lookup.key";

    // 256 bits from OpenSSL's CSPRNG.
    [[nodiscard]] static LookupKey generate();
    // The key kept in `folder` (as `fileName`); nothing when there is none (or it is not a key).
    [[nodiscard]] static std::optional<LookupKey> load(const QString& folder, const char* fileName = kFileName);
    // The key kept beside the database file `databaseFile` (in its folder), if there is one.
    [[nodiscard]] static std::optional<LookupKey> besideDatabase(const QString& databaseFile);
    // From its bytes as central sends them; nothing when they are not 32 bytes.
    [[nodiscard]] static std::optional<LookupKey> fromBytes(const QByteArray& bytes);
    // Kept in `folder` (as `fileName`) for its owner only (replacing one there).
    [[nodiscard]] bool save(const QString& folder, const char* fileName = kFileName) const;

    // HMAC-SHA256 of "PURPOSE:TEXT", hex: the purpose keeps a pickup code's hash from matching
    // another kind of value's.
    [[nodiscard]] QString hash(QStringView purpose, const QString& text) const;
    // Whether `text` hashes to `expected` (compared in constant time).
    [[nodiscard]] bool matches(QStringView purpose, const QString& text, const QString& expected) const;

    [[nodiscard]] const QByteArray& bytes() const { return m_bytes; }
    // Tells keys apart without giving either away: what a value hashed with this key was made with.
    [[nodiscard]] QString fingerprint() const;

private:
    explicit LookupKey(QByteArray bytes)
        : m_bytes(std::move(bytes)) {}

    QByteArray m_bytes;
};

} // namespace kassa::core
