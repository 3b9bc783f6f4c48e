#pragma once

// Operator accounts on the till: PIN login with lock-out after repeated wrong PINs, and
// supervisor approvals for overrides.

#include "../domain/Basket.h"
#include "../domain/Operator.h"
#include "Database.h"

#include <optional>
#include <vector>

namespace kassa::core {

class Operators {
public:
    Operators(Database& db, LockoutPolicy policy)
        : m_db(db)
        , m_policy(policy) {}

    Result<void> add(const Operator& person, QStringView pin);
    [[nodiscard]] std::optional<Operator> find(const QString& id);
    [[nodiscard]] std::vector<Operator> all();

    // Checks the PIN; counts wrong ones and locks the account after too many.
    Result<Operator> login(const QString& id, QStringView pin, const QDateTime& now);
    // A PIN check for an override: the approver must hold at least `minimum`.
    Result<Approval> approve(const QString& id, QStringView pin, Role minimum, const QString& detail,
                             const QDateTime& now);

private:
    Database& m_db;
    LockoutPolicy m_policy;
};

} // namespace kassa::core
