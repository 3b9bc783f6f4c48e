#pragma once

// A change of money or rights made at a till, as head office's audit trail keeps it
// (GET /v1/audit): who made it, to what, what it was before and what it is after. A PIN or its
// hash is never part of one.

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace kassa::core {

namespace auditKinds {
inline constexpr char kOperatorChanged[] = "operator.changed";
inline constexpr char kSettingChanged[] = "setting.changed";
inline constexpr char kVouchersUnblocked[] = "vouchers.unblocked";
inline constexpr char kPickupUnlocked[] = "pickup.unlocked";
} // namespace auditKinds

inline constexpr int kAuditSchemaVersion = 1;

// Who makes a change, and when: the audit trail's actor. Empty at a till's first set-up, when
// there is nobody yet to approve it.
struct ChangedBy {
    QString actor;
    QDateTime at = QDateTime::currentDateTimeUtc();
};

struct AuditEntry {
    QString kind;    // auditKinds
    QString actor;   // the operator who made the change; empty: the till's first set-up
    QString subject; // the operator changed, the setting's key, ...
    QJsonValue before{};
    QJsonValue after{};
    QString detail{};
    QDateTime at{};
};

// {"actor","subject","before","after","detail","at"}: the payload of the entry's outbox event.
[[nodiscard]] QJsonObject toJson(const AuditEntry& entry);

} // namespace kassa::core
