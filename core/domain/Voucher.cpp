#include "Voucher.h"

#include "JsonFields.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <array>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <stdexcept>

namespace kassa::core {

namespace {

// No 0/O or 1/I: a code read aloud or typed from paper is not mistaken.
constexpr char kSecretAlphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
constexpr int kSecretLength = 13; // 13 x 5 bits

} // namespace

bool looksLikeVoucherNumber(const QString& text) {
    static const QRegularExpression voucher(QStringLiteral("^SC-\\d{3}-\\d{2}-\\d{6,}$"));
    return voucher.match(text).hasMatch();
}

QString VoucherCode::text() const {
    return secret.isEmpty() ? number : number + QLatin1Char('-') + secret;
}

std::optional<VoucherCode> parseVoucherCode(const QString& typed) {
    static const QRegularExpression code(QStringLiteral("^(SC-\\d{3}-\\d{2}-\\d{6,})(?:-([2-9A-HJ-NP-Z]{13}))?$"));
    const QRegularExpressionMatch match = code.match(typed.trimmed().toUpper());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return VoucherCode{match.captured(1), match.captured(2)};
}

QString newVoucherSecret() {
    std::array<unsigned char, kSecretLength> bytes{};
    if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1) {
        throw std::runtime_error("no random bytes for a voucher's code");
    }
    QString secret;
    for (unsigned char byte : bytes) {
        secret += QLatin1Char(kSecretAlphabet[byte % 32]); // 256 is a multiple of 32: no bias
    }
    return secret;
}

QString voucherCheck(const QString& number, const QString& secret) {
    const QByteArray text = "kassa-voucher:" + number.toLatin1() + ':' + secret.toLatin1();
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

bool codeOpens(const VoucherCode& code, const QString& check) {
    if (check.isEmpty() || code.secret.isEmpty()) {
        return check.isEmpty() && code.secret.isEmpty();
    }
    const QByteArray expected = check.toLatin1();
    const QByteArray given = voucherCheck(code.number, code.secret).toLatin1();
    return expected.size() == given.size() && CRYPTO_memcmp(expected.constData(), given.constData(), given.size()) == 0;
}

Result<VoucherCopy> voucherFromJson(const QJsonObject& json) {
    VoucherCopy voucher;
    voucher.number = json.value(QStringLiteral("number")).toString();
    if (!looksLikeVoucherNumber(voucher.number)) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("number: %1").arg(voucher.number));
    }
    voucher.storeId = json.value(QStringLiteral("store_id")).toString();
    const std::optional<Money> amount = parseAmount(json.value(QStringLiteral("amount")));
    // An overspent voucher's balance is below zero: central keeps every spend.
    const Result<Money> balance = Money::parse(json.value(QStringLiteral("balance")).toString());
    if (!amount || !balance) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("amount/balance of %1").arg(voucher.number));
    }
    voucher.amount = *amount;
    voucher.balance = *balance;
    voucher.issuedAt = json.value(QStringLiteral("issued_at")).toString();
    for (const QJsonValue& spend : json.value(QStringLiteral("spent_by")).toArray()) {
        voucher.spentBy << spend.toString();
    }
    voucher.check = json.value(QStringLiteral("check")).toString();
    return voucher;
}

QJsonObject toJson(const VoucherCopy& voucher) {
    QJsonObject json{{QStringLiteral("number"), voucher.number},
                     {QStringLiteral("store_id"), voucher.storeId},
                     {QStringLiteral("amount"), voucher.amount.toDecimalString()},
                     {QStringLiteral("balance"), voucher.balance.toDecimalString()},
                     {QStringLiteral("issued_at"), voucher.issuedAt},
                     {QStringLiteral("spent_by"), QJsonArray::fromStringList(voucher.spentBy)}};
    if (!voucher.check.isEmpty()) {
        json.insert(QStringLiteral("check"), voucher.check);
    }
    return json;
}

} // namespace kassa::core
