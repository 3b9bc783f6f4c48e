#include "Voucher.h"

#include "JsonFields.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace kassa::core {

bool looksLikeVoucherNumber(const QString& text) {
    static const QRegularExpression voucher(QStringLiteral("^SC-\\d{3}-\\d{2}-\\d{6,}$"));
    return voucher.match(text).hasMatch();
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
    return voucher;
}

QJsonObject toJson(const VoucherCopy& voucher) {
    return {{QStringLiteral("number"), voucher.number},
            {QStringLiteral("store_id"), voucher.storeId},
            {QStringLiteral("amount"), voucher.amount.toDecimalString()},
            {QStringLiteral("balance"), voucher.balance.toDecimalString()},
            {QStringLiteral("issued_at"), voucher.issuedAt},
            {QStringLiteral("spent_by"), QJsonArray::fromStringList(voucher.spentBy)}};
}

} // namespace kassa::core
