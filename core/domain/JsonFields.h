#pragma once

// The field formats integrations' JSON shares (master data, web orders, the return policy):
// times that carry their zone, kept as UTC, and amounts as decimal strings. One reading of each.

#include "Money.h"

#include <QDateTime>
#include <QJsonValue>
#include <optional>

namespace kassa::core {

// An ISO 8601 time with its zone ("2026-12-01T00:00:00+02:00" or "...Z"), as UTC: a time
// without one would not say whose midnight it means.
[[nodiscard]] std::optional<QDateTime> parseZonedTime(const QJsonValue& value);
// "2026-11-30T22:00:00Z": how such a time is kept and sent on.
[[nodiscard]] QString utcText(const QDateTime& at);
// A decimal string of euros, zero or more ("2.99"); a JSON number is refused, since it would
// carry a binary fraction.
[[nodiscard]] std::optional<Money> parseAmount(const QJsonValue& value);

} // namespace kassa::core
