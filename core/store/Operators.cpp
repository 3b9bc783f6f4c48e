#include "Operators.h"

#include "AuditTrail.h"

#include <algorithm>

namespace kassa::core {

namespace {

// The caller's transaction, or the change's own when there is none.
class ChangeTransaction {
public:
    explicit ChangeTransaction(Database& db) {
        if (!db.inTransaction()) {
            m_own.emplace(db);
        }
    }
    void commit() {
        if (m_own) {
            m_own->commit();
        }
    }

private:
    std::optional<Transaction> m_own;
};

// What the audit trail says of an operator: never a PIN or its hash.
QJsonObject stateOf(const Operator& person, bool disabled) {
    return {{QStringLiteral("name"), person.name},
            {QStringLiteral("role"), roleToString(person.role)},
            {QStringLiteral("disabled"), disabled}};
}

// Checked when the operator is unknown, so that an unknown number takes as long as a wrong PIN.
const PinHash& standInHash() {
    static const PinHash hash = hashPin(u"00000000");
    return hash;
}

Error noSuchOperator(const QString& id) {
    return makeError(ErrorCode::InvalidInput, QStringLiteral("there is no operator %1").arg(id));
}

} // namespace

struct Operators::Account {
    Operator person;
    PinHash pin;
    int failed = 0;
    QDateTime lockedUntil;
    int lockouts = 0;
    bool disabled = false;
};

std::optional<Operators::Account> Operators::account(const QString& id) {
    Query query = m_db.prepare("SELECT id, name, role, pin_salt, pin_hash, failed_attempts, locked_until, lockouts, "
                               "disabled FROM operators WHERE id = ?1");
    query->bind(1, id);
    if (!query->step()) {
        return std::nullopt;
    }
    Account found;
    found.person = Operator{query->text(0), query->text(1), Role::Cashier};
    (void)roleFromString(query->text(2), &found.person.role); // the CHECK constraint allows only valid roles
    found.pin = PinHash{query->blob(3), query->blob(4)};
    found.failed = query->integer(5);
    if (!query->isNull(6)) {
        found.lockedUntil = QDateTime::fromString(query->text(6), Qt::ISODate);
    }
    found.lockouts = query->integer(7);
    found.disabled = query->integer(8) != 0;
    return found;
}

Result<void> Operators::changeRecorded(const QString& id, const QString& detail, const ChangedBy& by,
                                       const std::function<Result<std::pair<QJsonValue, QJsonValue>>()>& change,
                                       Audited audited) {
    try {
        ChangeTransaction transaction(m_db);
        const auto changed = change();
        if (!changed) {
            return changed.error();
        }
        if (audited == Audited::Yes) {
            recordAudit(m_db, AuditEntry{QString::fromLatin1(auditKinds::kOperatorChanged), by.actor, id,
                                         changed->first, changed->second, detail, by.at});
        }
        transaction.commit();
    } catch (const StoreError& error) {
        return error.toError();
    }
    return {};
}

Result<void> Operators::add(const Operator& person, QStringView pin, const ChangedBy& by, Audited audited) {
    if (auto valid = validatePin(pin, m_pinMinLength); !valid) {
        return valid;
    }
    if (person.id.isEmpty() || person.id.size() > 16 || person.name.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, person.id);
    }
    return changeRecorded(
        person.id, QStringLiteral("added"), by,
        [&]() -> Result<std::pair<QJsonValue, QJsonValue>> {
            if (account(person.id)) {
                return makeError(ErrorCode::OperatorExists, person.id);
            }
            const PinHash pinHash = hashPin(pin);
            Query query =
                m_db.prepare("INSERT INTO operators (id, name, role, pin_salt, pin_hash) VALUES (?1, ?2, ?3, ?4, ?5)");
            query->bind(1, person.id).bind(2, person.name).bind(3, roleToString(person.role));
            query->bind(4, pinHash.salt).bind(5, pinHash.hash).run();
            return std::pair(QJsonValue(), QJsonValue(stateOf(person, false)));
        },
        audited);
}

Result<void> Operators::setPin(const QString& id, QStringView pin, const ChangedBy& by) {
    if (auto valid = validatePin(pin, m_pinMinLength); !valid) {
        return valid;
    }
    return changeRecorded(id, QStringLiteral("PIN changed"), by, [&]() -> Result<std::pair<QJsonValue, QJsonValue>> {
        const auto found = account(id);
        if (!found) {
            return noSuchOperator(id);
        }
        const PinHash pinHash = hashPin(pin);
        Query query = m_db.prepare("UPDATE operators SET pin_salt = ?2, pin_hash = ?3, failed_attempts = 0, "
                                   "locked_until = NULL, lockouts = 0 WHERE id = ?1");
        query->bind(1, id).bind(2, pinHash.salt).bind(3, pinHash.hash).run();
        const QJsonValue state = stateOf(found->person, found->disabled);
        return std::pair(state, state);
    });
}

Result<void> Operators::setRole(const QString& id, Role role, const ChangedBy& by) {
    return changeRecorded(id, QStringLiteral("role changed"), by, [&]() -> Result<std::pair<QJsonValue, QJsonValue>> {
        const auto found = account(id);
        if (!found) {
            return noSuchOperator(id);
        }
        Query query = m_db.prepare("UPDATE operators SET role = ?2 WHERE id = ?1");
        query->bind(1, id).bind(2, roleToString(role)).run();
        Operator after = found->person;
        after.role = role;
        return std::pair(QJsonValue(stateOf(found->person, found->disabled)),
                         QJsonValue(stateOf(after, found->disabled)));
    });
}

Result<void> Operators::disable(const QString& id, const ChangedBy& by) {
    return changeRecorded(id, QStringLiteral("disabled"), by, [&]() -> Result<std::pair<QJsonValue, QJsonValue>> {
        const auto found = account(id);
        if (!found) {
            return noSuchOperator(id);
        }
        Query query = m_db.prepare("UPDATE operators SET disabled = 1 WHERE id = ?1");
        query->bind(1, id).run();
        return std::pair(QJsonValue(stateOf(found->person, found->disabled)), QJsonValue(stateOf(found->person, true)));
    });
}

Result<void> Operators::unlock(const QString& id, const ChangedBy& by) {
    return changeRecorded(id, QStringLiteral("unlocked"), by, [&]() -> Result<std::pair<QJsonValue, QJsonValue>> {
        const auto found = account(id);
        if (!found) {
            return noSuchOperator(id);
        }
        Query query =
            m_db.prepare("UPDATE operators SET failed_attempts = 0, locked_until = NULL, lockouts = 0 WHERE id = ?1");
        query->bind(1, id).run();
        const QJsonValue state = stateOf(found->person, found->disabled);
        return std::pair(state, state);
    });
}

std::optional<Operator> Operators::find(const QString& id) {
    Query query = m_db.prepare("SELECT id, name, role FROM operators WHERE id = ?1");
    query->bind(1, id);
    if (!query->step()) {
        return std::nullopt;
    }
    Operator person{query->text(0), query->text(1), Role::Cashier};
    (void)roleFromString(query->text(2), &person.role); // the CHECK constraint allows only valid roles
    return person;
}

std::vector<Operator> Operators::all() {
    std::vector<Operator> people;
    Query query = m_db.prepare("SELECT id, name, role FROM operators ORDER BY id");
    while (query->step()) {
        Operator person{query->text(0), query->text(1), Role::Cashier};
        (void)roleFromString(query->text(2), &person.role); // the CHECK constraint allows only valid roles
        people.push_back(std::move(person));
    }
    return people;
}

bool Operators::any() {
    Query query = m_db.prepare("SELECT EXISTS (SELECT 1 FROM operators)");
    query->step();
    return query->integer(0) != 0;
}

Result<Operator> Operators::login(const QString& id, QStringView pin, const QDateTime& now) {
    try {
        const std::optional<Account> found = account(id);
        if (!found || found->disabled) {
            (void)verifyPin(pin, standInHash());
            return makeError(ErrorCode::WrongPin);
        }
        if (found->lockouts >= kLocksBeforeManager) {
            return makeError(ErrorCode::OperatorHeldForManager);
        }
        if (found->lockedUntil.isValid() && now < found->lockedUntil) {
            return makeError(ErrorCode::OperatorLocked,
                             found->lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")));
        }
        if (!verifyPin(pin, found->pin)) {
            return refuseWrongPin(id, *found, now).error();
        }
        if (found->failed > 0 || found->lockedUntil.isValid() || found->lockouts > 0) {
            Query update = m_db.prepare(
                "UPDATE operators SET failed_attempts = 0, locked_until = NULL, lockouts = 0 WHERE id = ?1");
            update->bind(1, id).run();
        }
        return found->person;
    } catch (const StoreError& error) {
        return error.toError();
    }
}

// One more wrong PIN: after the policy's count the account locks, for longer each time.
Result<void> Operators::refuseWrongPin(const QString& id, const Account& account, const QDateTime& now) {
    const int failed = account.failed + 1;
    if (failed < m_policy.maxFailedAttempts) {
        Query update = m_db.prepare("UPDATE operators SET failed_attempts = ?2 WHERE id = ?1");
        update->bind(1, id).bind(2, failed).run();
        return makeError(ErrorCode::WrongPin);
    }
    const int lockouts = account.lockouts + 1;
    Query update =
        m_db.prepare("UPDATE operators SET failed_attempts = 0, lockouts = ?2, locked_until = ?3 WHERE id = ?1");
    update->bind(1, id).bind(2, lockouts);
    if (lockouts >= kLocksBeforeManager) {
        update->bindNull(3).run();
        return makeError(ErrorCode::OperatorHeldForManager);
    }
    const int minutes = lockouts == 1 ? m_policy.lockMinutes : std::max(kSecondLockMinutes, m_policy.lockMinutes);
    const QDateTime until = now.addSecs(60LL * minutes);
    update->bind(3, until.toUTC().toString(Qt::ISODate)).run();
    return makeError(ErrorCode::OperatorLocked, until.toLocalTime().toString(QStringLiteral("HH:mm")));
}

Result<Approval> Operators::approve(const QString& id, QStringView pin, Role minimum, const QString& detail,
                                    const QDateTime& now) {
    auto person = login(id, pin, now);
    if (!person) {
        return person.error();
    }
    if (static_cast<int>(person->role) < static_cast<int>(minimum)) {
        return makeError(ErrorCode::NotAuthorized, person->name);
    }
    return Approval{QString(), person->id, detail};
}

} // namespace kassa::core
