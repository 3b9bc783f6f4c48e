#include "JsonFields.h"

namespace kassa::core {

std::optional<QDateTime> parseZonedTime(const QJsonValue& value) {
    const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime) {
        return std::nullopt;
    }
    return at.toUTC();
}

QString utcText(const QDateTime& at) {
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

std::optional<Money> parseAmount(const QJsonValue& value) {
    if (!value.isString()) {
        return std::nullopt;
    }
    const Result<Money> money = Money::parse(value.toString());
    return money && !money->isNegative() ? std::optional(money.value()) : std::nullopt;
}

} // namespace kassa::core
