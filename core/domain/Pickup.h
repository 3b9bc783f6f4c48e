#pragma once

// Buy online, pick up in store: the states a pickup order moves through, and which step may
// follow which. new -> picking -> ready -> collected; cancelled from any state before collected;
// expired when a ready order is not collected within the store's collection period (its stock is
// released). Central applies each step exactly once, from a till's fact or an integration; a
// step that may not follow is refused with the reason, for the cashier and the web shop alike.

#include "Result.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace kassa::core {

enum class PickupStatus { New, Picking, Ready, Collected, Cancelled, Expired };

[[nodiscard]] QString pickupStatusToString(PickupStatus status); // new, picking, ready, collected, ...
[[nodiscard]] std::optional<PickupStatus> pickupStatusFromString(QStringView text);

// Whether `to` may follow `from` for `order`; the refusal (ErrorCode::PickupStepRefused) says what
// the order's state allows: "Order W1 is not ready to collect yet: it is being picked."
[[nodiscard]] Result<void> checkPickupStep(const QString& order, PickupStatus from, PickupStatus to);

// The last moment a ready order may be collected: the end of the day `days` days after it was
// made ready (the store's collection period), in the store's time.
[[nodiscard]] QDateTime collectBy(const QDateTime& readyAt, int days);

} // namespace kassa::core
