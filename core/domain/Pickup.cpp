#include "Pickup.h"

#include <QTimeZone>
#include <array>
#include <utility>

namespace kassa::core {

namespace {

constexpr std::array<std::pair<PickupStatus, const char*>, 6> kNames{{
    {PickupStatus::New, "new"},
    {PickupStatus::Picking, "picking"},
    {PickupStatus::Ready, "ready"},
    {PickupStatus::Collected, "collected"},
    {PickupStatus::Cancelled, "cancelled"},
    {PickupStatus::Expired, "expired"},
}};

bool allowed(PickupStatus from, PickupStatus to) {
    switch (to) {
    case PickupStatus::Picking:
        return from == PickupStatus::New;
    case PickupStatus::Ready:
        return from == PickupStatus::New || from == PickupStatus::Picking; // a one-item order is ready at once
    case PickupStatus::Collected:
    case PickupStatus::Expired:
        return from == PickupStatus::Ready;
    case PickupStatus::Cancelled:
        return from == PickupStatus::New || from == PickupStatus::Picking || from == PickupStatus::Ready;
    case PickupStatus::New:
        break;
    }
    return false;
}

} // namespace

QString pickupStatusToString(PickupStatus status) {
    for (const auto& [each, name] : kNames) {
        if (each == status) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

std::optional<PickupStatus> pickupStatusFromString(QStringView text) {
    for (const auto& [status, name] : kNames) {
        if (text == QLatin1String(name)) {
            return status;
        }
    }
    return std::nullopt;
}

Result<void> checkPickupStep(const QString& order, PickupStatus from, PickupStatus to) {
    if (allowed(from, to)) {
        return {};
    }
    return makeError(ErrorCode::PickupStepRefused,
                     QStringLiteral("%1 / %2 / %3").arg(order, pickupStatusToString(from), pickupStatusToString(to)));
}

QDateTime collectBy(const QDateTime& readyAt, int days) {
    const QDateTime local = readyAt.toLocalTime();
    return QDateTime(local.date().addDays(days), QTime(23, 59, 59, 999), local.timeZone());
}

} // namespace kassa::core
