#pragma once

// Operator accounts on the till: PIN login with a lock-out that grows with repeated wrong PINs,
// supervisor approvals for overrides, and the changes of rights (an operator added, a PIN or
// role changed, an operator disabled or unlocked), each leaving an `operator.changed` record for
// head office's audit trail in the transaction that makes it. A record names who changed what,
// and the role or state before and after; never a PIN or its hash.

#include "../domain/Audit.h"
#include "../domain/Basket.h"
#include "../domain/Operator.h"
#include "Database.h"

#include <QJsonValue>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace kassa::core {

// The demo's operators (seedDemoCatalog) are set up without audit records: they are sample data,
// and nobody changed anyone's rights.
enum class Audited { Yes, DemoData };

class Operators {
public:
    Operators(Database& db, LockoutPolicy policy, int pinMinLength)
        : m_db(db)
        , m_policy(policy)
        , m_pinMinLength(pinMinLength) {}

    // A new operator; one that exists is refused (OperatorExists): its PIN and role change with
    // setPin and setRole, never by adding it again.
    Result<void> add(const Operator& person, QStringView pin, const ChangedBy& by = {}, Audited audited = Audited::Yes);
    // A new PIN (the policy's length); it also lifts a lock-out.
    Result<void> setPin(const QString& id, QStringView pin, const ChangedBy& by);
    Result<void> setRole(const QString& id, Role role, const ChangedBy& by);
    // A disabled operator cannot log in or approve: the same answer as a wrong PIN.
    Result<void> disable(const QString& id, const ChangedBy& by);
    // Lifts a lock-out, the third one's included.
    Result<void> unlock(const QString& id, const ChangedBy& by);

    [[nodiscard]] std::optional<Operator> find(const QString& id);
    [[nodiscard]] std::vector<Operator> all();
    // Whether any operator has been set up (a till with none is at its first set-up).
    [[nodiscard]] bool any();

    // Checks the PIN; counts wrong ones and locks the account after too many. An unknown or
    // disabled operator gets the answer a wrong PIN gets, after as long a check.
    Result<Operator> login(const QString& id, QStringView pin, const QDateTime& now);
    // A PIN check for an override: the approver must hold at least `minimum`.
    Result<Approval> approve(const QString& id, QStringView pin, Role minimum, const QString& detail,
                             const QDateTime& now);

private:
    struct Account;
    [[nodiscard]] std::optional<Account> account(const QString& id);
    Result<void> refuseWrongPin(const QString& id, const Account& account, const QDateTime& now);
    // Runs `change` (which returns the record's before and after) and records it, in one transaction.
    Result<void> changeRecorded(const QString& id, const QString& detail, const ChangedBy& by,
                                const std::function<Result<std::pair<QJsonValue, QJsonValue>>()>& change,
                                Audited audited = Audited::Yes);

    Database& m_db;
    LockoutPolicy m_policy;
    int m_pinMinLength;
};

} // namespace kassa::core
