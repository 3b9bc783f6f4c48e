#pragma once

// The people who work the till. A PIN is never stored: only a salted scrypt hash of it.
// Roles rank cashier < supervisor < manager < admin; an override needs at least a supervisor.

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace kassa::core {

enum class Role { Cashier = 1, Supervisor = 2, Manager = 3, Admin = 4 };

[[nodiscard]] QString roleToString(Role role);
[[nodiscard]] bool roleFromString(QStringView text, Role* role);

struct Operator {
    QString id;
    QString name;
    Role role = Role::Cashier;
};

struct PinHash {
    QByteArray salt;
    QByteArray hash;
};

// A PIN is `minLength` (head office's till policy, 4 unless it says more) to 12 digits.
[[nodiscard]] Result<void> validatePin(QStringView pin, int minLength);
// scrypt (N=2^14, r=8, p=1) over a 16-byte random salt: ~50 ms, so guessing all 10^4..10^8
// PINs from a stolen database is slow, while a login feels instant.
[[nodiscard]] PinHash hashPin(QStringView pin);
[[nodiscard]] bool verifyPin(QStringView pin, const PinHash& stored);

// Wrong PINs in a row lock an operator: the first time for `lockMinutes`, the second for an
// hour, the third until a manager unlocks them. A PIN that logs in starts the count again.
struct LockoutPolicy {
    int maxFailedAttempts = 5;
    int lockMinutes = 15;
};
inline constexpr int kSecondLockMinutes = 60;
inline constexpr int kLocksBeforeManager = 3;

} // namespace kassa::core
