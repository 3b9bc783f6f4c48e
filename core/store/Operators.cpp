#include "Operators.h"

namespace kassa::core {

Result<void> Operators::add(const Operator& person, QStringView pin) {
    if (auto valid = validatePin(pin); !valid) {
        return valid;
    }
    if (person.id.isEmpty() || person.id.size() > 16 || person.name.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, person.id);
    }
    const PinHash pinHash = hashPin(pin);
    try {
        Query query =
            m_db.prepare("INSERT INTO operators (id, name, role, pin_salt, pin_hash) VALUES (?1, ?2, ?3, ?4, ?5) "
                         "ON CONFLICT (id) DO UPDATE SET name = excluded.name, role = excluded.role, "
                         "pin_salt = excluded.pin_salt, pin_hash = excluded.pin_hash, "
                         "failed_attempts = 0, locked_until = NULL");
        query->bind(1, person.id).bind(2, person.name).bind(3, roleToString(person.role));
        query->bind(4, pinHash.salt).bind(5, pinHash.hash).run();
    } catch (const StoreError& error) {
        return error.toError();
    }
    return {};
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

Result<Operator> Operators::login(const QString& id, QStringView pin, const QDateTime& now) {
    try {
        PinHash stored;
        int failed = 0;
        QDateTime lockedUntil;
        Operator person;
        {
            Query query = m_db.prepare("SELECT id, name, role, pin_salt, pin_hash, failed_attempts, locked_until FROM "
                                       "operators WHERE id = ?1");
            query->bind(1, id);
            if (!query->step()) {
                return makeError(ErrorCode::UnknownOperator, id);
            }
            person = Operator{query->text(0), query->text(1), Role::Cashier};
            (void)roleFromString(query->text(2), &person.role); // the CHECK constraint allows only valid roles
            stored = PinHash{query->blob(3), query->blob(4)};
            failed = query->integer(5);
            if (!query->isNull(6)) {
                lockedUntil = QDateTime::fromString(query->text(6), Qt::ISODate);
            }
        }
        if (lockedUntil.isValid() && now < lockedUntil) {
            return makeError(ErrorCode::OperatorLocked, lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")));
        }
        if (!verifyPin(pin, stored)) {
            ++failed;
            const bool lock = failed >= m_policy.maxFailedAttempts;
            Query update = m_db.prepare("UPDATE operators SET failed_attempts = ?2, locked_until = ?3 WHERE id = ?1");
            update->bind(1, id).bind(2, lock ? 0 : failed);
            if (lock) {
                update->bind(3, now.addSecs(60LL * m_policy.lockMinutes).toUTC().toString(Qt::ISODate));
            } else {
                update->bindNull(3);
            }
            update->run();
            if (lock) {
                return makeError(
                    ErrorCode::OperatorLocked,
                    now.addSecs(60LL * m_policy.lockMinutes).toLocalTime().toString(QStringLiteral("HH:mm")));
            }
            return makeError(ErrorCode::WrongPin, QString::number(m_policy.maxFailedAttempts - failed));
        }
        if (failed > 0 || lockedUntil.isValid()) {
            Query update = m_db.prepare("UPDATE operators SET failed_attempts = 0, locked_until = NULL WHERE id = ?1");
            update->bind(1, id).run();
        }
        return person;
    } catch (const StoreError& error) {
        return error.toError();
    }
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
