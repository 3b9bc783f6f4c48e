#include "ReturnPolicy.h"

#include "JsonFields.h"
#include "Key.h"

#include <QJsonArray>

namespace kassa::core {

namespace {

const QStringList kChannels{QStringLiteral("store"), QStringLiteral("web")};
const QStringList kTenders{QStringLiteral("cash"), QStringLiteral("card"), QStringLiteral("online"),
                           QStringLiteral("store_credit")};

Error invalid(const QString& reason) {
    return makeError(ErrorCode::InvalidInput, reason);
}

std::optional<QStringList> keys(const QJsonValue& value) {
    if (!value.isArray()) {
        return std::nullopt;
    }
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        const QString key = validKey(item.toString());
        if (key.isEmpty()) {
            return std::nullopt;
        }
        list << key;
    }
    return list;
}

QJsonArray array(const QStringList& list) {
    return QJsonArray::fromStringList(list);
}

Result<void> readWindows(const QJsonObject& json, ReturnPolicy& policy) {
    const QJsonObject windows = json.value(QStringLiteral("window_days")).toObject();
    for (const QString& channel : kChannels) {
        const QJsonValue days = windows.value(channel);
        if (!days.isDouble() || days.toDouble() != days.toInt() || days.toInt() < 0 || days.toInt() > 3650) {
            return invalid(
                QStringLiteral("\"window_days\".\"%1\" must be the days goods may come back, 0 to 3650").arg(channel));
        }
        policy.windowDays[channel] = days.toInt();
    }
    return {};
}

Result<void> readNotReturnable(const QJsonObject& json, ReturnPolicy& policy) {
    const QJsonObject never = json.value(QStringLiteral("not_returnable")).toObject();
    const auto skus = keys(never.value(QStringLiteral("skus")));
    if (!never.value(QStringLiteral("skus")).isUndefined() && !skus) {
        return invalid(QStringLiteral("\"not_returnable\".\"skus\" must be a list of SKUs"));
    }
    policy.notReturnableSkus = skus.value_or(QStringList());
    const QJsonObject attributes = never.value(QStringLiteral("attributes")).toObject();
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        const auto values = keys(it.value());
        if (validKey(it.key()).isEmpty() || !values) {
            return invalid(QStringLiteral("\"not_returnable\".\"attributes\" must map an attribute to a list of its "
                                          "values"));
        }
        policy.notReturnableValues[it.key()] = *values;
    }
    return {};
}

Result<void> readRefundTenders(const QJsonObject& json, ReturnPolicy& policy) {
    const QJsonObject tenders = json.value(QStringLiteral("refund_tenders")).toObject();
    for (const QString& original : kTenders) {
        const auto allowed = keys(tenders.value(original));
        if (!allowed || allowed->isEmpty() ||
            std::any_of(allowed->begin(), allowed->end(), [](const QString& t) { return !kTenders.contains(t); })) {
            return invalid(QStringLiteral("\"refund_tenders\".\"%1\" must list the tenders a %1 payment may be "
                                          "refunded to: cash, card, online, store_credit")
                               .arg(original));
        }
        if (original == QLatin1String("cash") && allowed->contains(QStringLiteral("card"))) {
            return invalid(QStringLiteral("\"refund_tenders\".\"cash\": a cash sale is never refunded to a card"));
        }
        policy.refundTenders[original] = *allowed;
    }
    return {};
}

} // namespace

ReturnPolicy defaultReturnPolicy() {
    ReturnPolicy policy;
    policy.windowDays = {{QStringLiteral("store"), 30}, {QStringLiteral("web"), 30}};
    policy.withoutReceiptAllowed = true;
    policy.withoutReceiptMaxRefund = Money(5000);
    policy.withoutReceiptPrice = QStringLiteral("lowest");
    policy.offlinePerReturn = Money(10000);
    policy.offlinePerDay = Money(50000);
    policy.refundTenders = {{QStringLiteral("cash"), {QStringLiteral("cash"), QStringLiteral("store_credit")}},
                            {QStringLiteral("card"), {QStringLiteral("card"), QStringLiteral("store_credit")}},
                            {QStringLiteral("online"), {QStringLiteral("online"), QStringLiteral("store_credit")}},
                            {QStringLiteral("store_credit"), {QStringLiteral("store_credit")}}};
    policy.signatureAbove = Money(10000);
    return policy;
}

int longestReturnWindow(const ReturnPolicy& policy) {
    int longest = 0;
    for (const auto& [channel, days] : policy.windowDays) {
        longest = std::max(longest, days);
    }
    return longest;
}

Result<ReturnPolicy> parseReturnPolicy(const QJsonObject& json) {
    ReturnPolicy policy;
    for (const auto& read : {readWindows, readNotReturnable, readRefundTenders}) {
        if (Result<void> done = read(json, policy); !done) {
            return done.error();
        }
    }
    const QJsonObject without = json.value(QStringLiteral("without_receipt")).toObject();
    policy.withoutReceiptAllowed = without.value(QStringLiteral("allowed")).toBool(false);
    const auto maxRefund = parseAmount(without.value(QStringLiteral("max_refund")));
    policy.withoutReceiptPrice = without.value(QStringLiteral("price")).toString();
    if (policy.withoutReceiptAllowed && (!maxRefund || (policy.withoutReceiptPrice != QLatin1String("lowest") &&
                                                        policy.withoutReceiptPrice != QLatin1String("current")))) {
        return invalid(QStringLiteral("\"without_receipt\" needs \"max_refund\" (a decimal string) and \"price\" "
                                      "(\"lowest\" or \"current\") when \"allowed\" is true"));
    }
    policy.withoutReceiptMaxRefund = maxRefund.value_or(Money());
    const QJsonObject offline = json.value(QStringLiteral("offline_limits")).toObject();
    const auto perReturn = parseAmount(offline.value(QStringLiteral("per_return")));
    const auto perDay = parseAmount(offline.value(QStringLiteral("per_day")));
    if (!perReturn || !perDay || *perReturn > *perDay) {
        return invalid(QStringLiteral("\"offline_limits\" needs \"per_return\" and \"per_day\" as decimal strings, "
                                      "per return not above per day"));
    }
    policy.offlinePerReturn = *perReturn;
    policy.offlinePerDay = *perDay;
    const auto signature = parseAmount(json.value(QStringLiteral("signature_above")));
    if (!signature) {
        return invalid(QStringLiteral("\"signature_above\" must be a decimal string such as \"100.00\""));
    }
    policy.signatureAbove = *signature;
    return policy;
}

QJsonObject toJson(const ReturnPolicy& policy) {
    QJsonObject windows;
    for (const auto& [channel, days] : policy.windowDays) {
        windows.insert(channel, days);
    }
    QJsonObject attributes;
    for (const auto& [attribute, values] : policy.notReturnableValues) {
        attributes.insert(attribute, array(values));
    }
    QJsonObject tenders;
    for (const auto& [original, allowed] : policy.refundTenders) {
        tenders.insert(original, array(allowed));
    }
    return QJsonObject{
        {QStringLiteral("window_days"), windows},
        {QStringLiteral("not_returnable"), QJsonObject{{QStringLiteral("skus"), array(policy.notReturnableSkus)},
                                                       {QStringLiteral("attributes"), attributes}}},
        {QStringLiteral("without_receipt"),
         QJsonObject{{QStringLiteral("allowed"), policy.withoutReceiptAllowed},
                     {QStringLiteral("max_refund"), policy.withoutReceiptMaxRefund.toDecimalString()},
                     {QStringLiteral("price"), policy.withoutReceiptPrice}}},
        {QStringLiteral("offline_limits"),
         QJsonObject{{QStringLiteral("per_return"), policy.offlinePerReturn.toDecimalString()},
                     {QStringLiteral("per_day"), policy.offlinePerDay.toDecimalString()}}},
        {QStringLiteral("refund_tenders"), tenders},
        {QStringLiteral("signature_above"), policy.signatureAbove.toDecimalString()}};
}

} // namespace kassa::core
