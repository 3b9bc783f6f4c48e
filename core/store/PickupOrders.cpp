#include "PickupOrders.h"

#include "../domain/Sale.h"
#include "Outbox.h"
#include "Settings.h"

#include <QJsonDocument>

namespace kassa::core {

namespace {

constexpr char kCursorKey[] = "pickups.cursor";

// How far an order has come: a copy never goes back to an earlier stage.
int stage(PickupStatus status) {
    switch (status) {
    case PickupStatus::New:
        return 0;
    case PickupStatus::Picking:
        return 1;
    case PickupStatus::Ready:
        return 2;
    case PickupStatus::Collected:
    case PickupStatus::Cancelled:
    case PickupStatus::Expired:
        break;
    }
    return 3;
}

Pickup readPickup(const QString& body) {
    auto pickup = pickupFromJson(QJsonDocument::fromJson(body.toUtf8()).object());
    if (!pickup) {
        throw StoreError(1, "a pickup order is stored unreadable: " + pickup.error().detail.toStdString());
    }
    return std::move(pickup).value();
}

} // namespace

QString pickupCodeCheck(const LookupKey& key, const QString& order, const QString& code) {
    return key.hash(u"pickup", order + QLatin1Char(':') + code.trimmed());
}

void PickupOrders::applyFromCentral(const Pickup& central) {
    const std::optional<Pickup> local = find(central.order);
    if (!local) {
        save(central);
        return;
    }
    const int here = stage(local->status);
    const int there = stage(central.status);
    if (there < here || (here == 3 && local->status == PickupStatus::Collected)) {
        // This till's step is on its way to central; only an erasure of the customer is taken now.
        if (central.customerName.isEmpty() && central.customerPhone.isEmpty() &&
            !(local->customerName.isEmpty() && local->customerPhone.isEmpty())) {
            Pickup erased = *local;
            erased.customerName.clear();
            erased.customerPhone.clear();
            save(erased);
        }
        return;
    }
    Pickup copy = central;
    if (here == there && local->status == PickupStatus::Picking) {
        copy.lines = local->lines; // what was scanned here so far
    }
    save(copy);
}

std::int64_t PickupOrders::cursor() {
    return Settings(m_db).value(kCursorKey, QStringLiteral("0")).toLongLong();
}

void PickupOrders::setCursor(std::int64_t cursor) {
    Settings(m_db).setValue(QString::fromLatin1(kCursorKey), QString::number(cursor));
}

std::optional<Pickup> PickupOrders::find(const QString& order) {
    Query query = m_db.prepare("SELECT body FROM pickups WHERE order_no = ?1");
    query->bind(1, order);
    if (!query->step()) {
        return std::nullopt;
    }
    return readPickup(query->text(0));
}

std::vector<Pickup> PickupOrders::list(std::optional<PickupStatus> status, int limit) {
    Query query = m_db.prepare("SELECT body FROM pickups WHERE ?1 = '' OR status = ?1 "
                               "ORDER BY placed_at DESC, order_no DESC LIMIT ?2");
    query->bind(1, status ? pickupStatusToString(*status) : QString()).bind(2, limit);
    std::vector<Pickup> found;
    while (query->step()) {
        found.push_back(readPickup(query->text(0)));
    }
    return found;
}

std::int64_t PickupOrders::count(std::optional<PickupStatus> status) {
    Query query = m_db.prepare("SELECT count(*) FROM pickups WHERE ?1 = '' OR status = ?1");
    query->bind(1, status ? pickupStatusToString(*status) : QString());
    query->step();
    return query->int64(0);
}

int PickupOrders::pruneFinished(const QDateTime& before) {
    Query prune = m_db.prepare("DELETE FROM pickups WHERE status IN ('collected', 'cancelled', 'expired') "
                               "AND placed_at < ?1");
    prune->bind(1, before.toUTC().toString(Qt::ISODateWithMs)).run();
    return m_db.changes();
}

void PickupOrders::savePicking(const Pickup& pickup) {
    save(pickup);
}

Result<Pickup> PickupOrders::take(const PickupStep& step, const QString& collectedBy) {
    try {
        Transaction transaction(m_db);
        std::optional<Pickup> pickup = find(step.order);
        if (!pickup) {
            return makeError(ErrorCode::PickupUnknown, step.order);
        }
        if (Result<void> applied = applyPickupStep(*pickup, step); !applied) {
            return applied.error();
        }
        stamp(*pickup, step, collectedBy);
        save(*pickup);
        appendFact(step);
        transaction.commit();
        return *pickup;
    } catch (const StoreError& error) {
        return error.toError();
    }
}

Pickup PickupOrders::recordHandOver(const PickupStep& step, const QString& collectedBy) {
    std::optional<Pickup> pickup = find(step.order);
    if (!pickup) {
        throw StoreError(1, "pickup order " + step.order.toStdString() + " is not on this till");
    }
    if (!applyPickupStep(*pickup, step)) {
        pickup->status = PickupStatus::Collected; // the goods have gone: central raises the conflict
    }
    stamp(*pickup, step, collectedBy);
    save(*pickup);
    appendFact(step);
    return *pickup;
}

void PickupOrders::save(const Pickup& pickup) {
    Pickup kept = pickup;
    if (!kept.code.isEmpty() && m_key) {
        kept.codeCheck = pickupCodeCheck(*m_key, kept.order, kept.code);
        kept.code.clear();
    }
    Query save = m_db.prepare("INSERT INTO pickups (order_no, status, placed_at, body) VALUES (?1, ?2, ?3, ?4) "
                              "ON CONFLICT (order_no) DO UPDATE SET status = excluded.status, body = excluded.body");
    save->bind(1, kept.order).bind(2, pickupStatusToString(kept.status));
    save->bind(3, kept.placedAt.toUTC().toString(Qt::ISODateWithMs));
    save->bind(4, QString::fromUtf8(QJsonDocument(toJson(kept)).toJson(QJsonDocument::Compact))).run();
}

int PickupOrders::hashClearCodes() {
    if (!m_key) {
        return 0;
    }
    Query clear = m_db.prepare("SELECT body FROM pickups WHERE json_extract(body, '$.code') IS NOT NULL");
    std::vector<Pickup> found;
    while (clear->step()) {
        if (auto pickup = pickupFromJson(QJsonDocument::fromJson(clear->text(0).toUtf8()).object())) {
            found.push_back(std::move(pickup).value());
        }
    }
    for (const Pickup& pickup : found) {
        save(pickup);
    }
    return static_cast<int>(found.size());
}

int PickupOrders::countWrongCode(const QString& order) {
    Query count = m_db.prepare("UPDATE pickups SET wrong_codes = wrong_codes + 1 WHERE order_no = ?1 "
                               "RETURNING wrong_codes");
    count->bind(1, order);
    return count->step() ? count->integer(0) : 0;
}

int PickupOrders::wrongCodes(const QString& order) {
    Query count = m_db.prepare("SELECT wrong_codes FROM pickups WHERE order_no = ?1");
    count->bind(1, order);
    return count->step() ? count->integer(0) : 0;
}

void PickupOrders::clearWrongCodes(const QString& order) {
    Query clear = m_db.prepare("UPDATE pickups SET wrong_codes = 0 WHERE order_no = ?1");
    clear->bind(1, order).run();
}

void PickupOrders::appendFact(const PickupStep& step) {
    Outbox(m_db).append(NewEvent{pickupFactKind(step.to), kPickupSchemaVersion,
                                 QJsonDocument(toJson(step)).toJson(QJsonDocument::Compact), makeUuidV7(step.at),
                                 step.at});
}

void PickupOrders::stamp(Pickup& pickup, const PickupStep& step, const QString& collectedBy) {
    pickup.updatedAt = step.at.toUTC();
    if (step.to == PickupStatus::Ready) {
        pickup.readyAt = step.at.toUTC();
    }
    if (step.to == PickupStatus::Collected) {
        pickup.collectedAt = step.at.toUTC();
        pickup.collectedBy = collectedBy;
    }
}

} // namespace kassa::core
