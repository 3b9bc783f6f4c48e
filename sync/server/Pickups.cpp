#include "Pickups.h"

#include "CentralSecrets.h"
#include "StockLedger.h"
#include "core/domain/Delivery.h"
#include "core/domain/Error.h"
#include "core/store/MasterDataFeeds.h"
#include "core/store/PickupOrders.h"

#include <QJsonArray>

namespace kassa::sync {

namespace {

QString utc(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

int collectionDays(CentralWrite& write, const QString& storeId) {
    if (const auto item = write.feedItemOf(QString::fromLatin1(core::feeds::kStores), storeId)) {
        if (auto store = core::parseStoreInfo(*item)) {
            return store->collectionDays;
        }
    }
    return core::kDefaultCollectionDays;
}

std::int64_t lineNetCents(const core::PickupLine& line) {
    return core::divideRoundHalfUp(line.unitPrice.cents() * line.quantityMilli, core::kQuantityOne) -
           line.discount.cents();
}

// The share of the line's price the customer paid for what was found short.
std::int64_t shortCents(const core::PickupLine& line) {
    return core::divideRoundHalfUp(lineNetCents(line) * line.shortMilli, line.quantityMilli);
}

// Who took a step, and when central applied it.
struct Actor {
    QString source; // "store 061 till 02", "integration web-shop", "central"
    QString documentId;
    QDateTime at;
};

void addRefund(CentralWrite& write, const core::Pickup& pickup, const Actor& actor, std::int64_t cents,
               const QString& why) {
    if (!pickup.paid || cents <= 0) {
        return;
    }
    write.addRefund(RefundRecord{0, actor.documentId, QStringLiteral("pickup %1 %2").arg(pickup.order, why),
                                 pickup.store, QString::fromLatin1(channels::kWeb), pickup.order, pickup.payment, cents,
                                 QStringLiteral("pending"), utc(actor.at)});
}

// The goods an order paid online takes off the store's shelf: what was picked of each line (the
// till's return of a line refused at the counter puts it back).
void takeFromShelf(CentralWrite& write, const core::Pickup& pickup, const Actor& actor, const QDateTime& handedAt) {
    if (!pickup.paid) {
        return; // the store's sale of it moves the goods
    }
    for (const core::PickupLine& line : pickup.lines) {
        if (line.pickedMilli > 0) {
            addLedgerMovement(write, StockMovementRecord{0, pickup.store, line.sku, -line.pickedMilli,
                                                         QStringLiteral("pickup"), QStringLiteral("sellable"),
                                                         actor.documentId, utc(handedAt), utc(actor.at)});
        }
    }
}

QJsonObject stepDetail(const core::Pickup& pickup, const core::PickupStep& step) {
    QJsonObject detail;
    if (step.to == core::PickupStatus::Ready) {
        QJsonArray shortLines;
        for (const core::PickupLine& line : pickup.lines) {
            if (line.shortMilli > 0) {
                shortLines.append(QJsonObject{{QStringLiteral("line"), line.line},
                                              {QStringLiteral("sku"), line.sku},
                                              {QStringLiteral("quantity"), core::formatQuantity(line.shortMilli)}});
            }
        }
        detail.insert(QStringLiteral("short"), shortLines);
    }
    if (step.to == core::PickupStatus::Collected) {
        QJsonArray refused;
        for (const auto& [line, quantity] : step.refused) {
            refused.append(QJsonObject{{QStringLiteral("line"), line},
                                       {QStringLiteral("quantity"), core::formatQuantity(quantity)}});
        }
        detail.insert(QStringLiteral("refused"), refused);
        detail.insert(QStringLiteral("receipt"), step.receipt);
    }
    if (!step.reason.isEmpty()) {
        detail.insert(QStringLiteral("reason"), step.reason);
    }
    return detail;
}

// What follows a step central has applied to `pickup`: its times, the goods, the money, and the
// change integrations and the store's tills follow.
void record(CentralWrite& write, core::Pickup& pickup, const core::PickupStep& step, const Actor& actor) {
    pickup.updatedAt = actor.at;
    switch (step.to) {
    case core::PickupStatus::Ready: {
        pickup.readyAt = actor.at; // the customer hears of it now, whatever the till's clock said
        pickup.collectBy = core::collectBy(actor.at, collectionDays(write, pickup.store));
        std::int64_t cents = 0;
        for (const core::PickupLine& line : pickup.lines) {
            cents += shortCents(line);
        }
        addRefund(write, pickup, actor, cents, QStringLiteral("short"));
        break;
    }
    case core::PickupStatus::Collected:
        pickup.collectedAt = step.at;
        // Which till, and which of its operators, handed the goods over.
        pickup.collectedBy = step.operatorId.isEmpty()
                                 ? actor.source
                                 : QStringLiteral("%1 operator %2").arg(actor.source, step.operatorId);
        takeFromShelf(write, pickup, actor, step.at);
        break;
    case core::PickupStatus::Cancelled:
    case core::PickupStatus::Expired: {
        std::int64_t cents = 0;
        for (const core::PickupLine& line : pickup.lines) {
            cents += lineNetCents(line) - shortCents(line);
        }
        addRefund(write, pickup, actor, cents, core::pickupStatusToString(step.to));
        break;
    }
    case core::PickupStatus::New:
    case core::PickupStatus::Picking:
        break;
    }
    write.savePickup(pickup);
    write.addPickupChange(PickupChange{0, pickup.order, pickup.store, core::pickupStatusToString(pickup.status),
                                       utc(actor.at), actor.source, actor.documentId, stepDetail(pickup, step)});
}

void raise(CentralWrite& write, const FactContext& fact, const char* kind, const QString& detail) {
    write.raise(QString::fromLatin1(kind), fact.till, fact.event.documentId, detail, fact.receivedAt);
}

// A hand-over central cannot take as a step: the order was handed over already, or was cancelled
// or has expired. The goods went all the same: they are recorded, and head office hears of it.
void recordLateHandOver(CentralWrite& write, const FactContext& fact, core::Pickup& pickup,
                        const core::PickupStep& step, const Actor& actor) {
    const QString was = core::pickupStatusToString(pickup.status);
    if (pickup.status == core::PickupStatus::Collected) {
        takeFromShelf(write, pickup, actor, step.at);
        raise(write, fact, "pickup_collected_twice",
              QStringLiteral("order %1 was handed over again by store %2 till %3 (receipt %4); it was handed over "
                             "by %5 at %6: two customers may hold its goods")
                  .arg(pickup.order, fact.till.storeId, fact.till.tillId,
                       step.receipt.isEmpty() ? QStringLiteral("none") : step.receipt, pickup.collectedBy,
                       pickup.collectedAt ? utc(*pickup.collectedAt) : QString()));
        return;
    }
    raise(write, fact, "pickup_collected_after_end",
          QStringLiteral("order %1 was handed over by store %2 till %3 after it was %4: the customer has the goods%5")
              .arg(pickup.order, fact.till.storeId, fact.till.tillId, was,
                   pickup.paid ? QStringLiteral("; the web shop was told to pay the order back") : QString()));
    for (core::PickupLine& line : pickup.lines) {
        if (line.pickedMilli == 0) {
            line.pickedMilli = line.quantityMilli - line.shortMilli;
        }
    }
    pickup.status = core::PickupStatus::Collected;
    record(write, pickup, step, actor);
}

// pickup.picking, pickup.ready, pickup.collected, pickup.cancelled: a store's step with one of
// its pickup orders, taken at a till (offline too, from the till's copy).
class PickupStepTaken final : public FactHandler {
public:
    explicit PickupStepTaken(core::PickupStatus to)
        : m_to(to) {}

    [[nodiscard]] QString kind() const override { return core::pickupFactKind(m_to); }

    [[nodiscard]] FactOutcome apply(const FactContext& fact, CentralWrite& write) const override {
        const auto step = core::pickupStepFromJson(m_to, QJsonDocument::fromJson(fact.event.payload).object());
        if (!step) {
            return {ProtocolError::MalformedBody};
        }
        std::optional<core::Pickup> pickup = write.lockPickup(step->order);
        if (!pickup) {
            raise(write, fact, "pickup_unknown",
                  QStringLiteral("store %1 till %2 sent %3 for order %4, which central has no pickup of")
                      .arg(fact.till.storeId, fact.till.tillId, kind(), step->order));
            return {};
        }
        if (pickup->store != fact.till.storeId) {
            raise(write, fact, "pickup_other_store",
                  QStringLiteral("store %1 till %2 sent %3 for order %4, which is collected in store %5: nothing "
                                 "was changed")
                      .arg(fact.till.storeId, fact.till.tillId, kind(), step->order, pickup->store));
            return {};
        }
        const Actor actor{QStringLiteral("store %1 till %2").arg(fact.till.storeId, fact.till.tillId),
                          fact.event.documentId, fact.receivedAt};
        core::Pickup moved = *pickup;
        if (const core::Result<void> applied = core::applyPickupStep(moved, *step); !applied) {
            if (m_to == core::PickupStatus::Collected && applied.error().code == core::ErrorCode::PickupStepRefused) {
                recordLateHandOver(write, fact, *pickup, *step, actor);
                return {};
            }
            raise(write, fact, "pickup_step_refused",
                  QStringLiteral("store %1 till %2: %3")
                      .arg(fact.till.storeId, fact.till.tillId, core::describe(applied.error())));
            return {};
        }
        record(write, moved, *step, actor);
        return {};
    }

private:
    core::PickupStatus m_to;
};

} // namespace

void openPickup(CentralWrite& write, const core::WebOrder& order, const QDateTime& at) {
    core::Pickup pickup = core::pickupOf(order, newPickupCode(), at);
    write.savePickup(pickup);
    write.addPickupChange(PickupChange{0,
                                       pickup.order,
                                       pickup.store,
                                       core::pickupStatusToString(pickup.status),
                                       utc(at),
                                       QStringLiteral("web shop"),
                                       {},
                                       {}});
}

PickupCancel cancelPickup(CentralStore& store, const QString& order, const QString& source, const QString& reason,
                          const QDateTime& at) {
    std::unique_ptr<CentralWrite> write = store.beginWrite();
    std::optional<core::Pickup> pickup = write->lockPickup(order);
    if (!pickup) {
        return {PickupCancelResult::Unknown};
    }
    if (pickup->status == core::PickupStatus::Cancelled) {
        return {PickupCancelResult::AlreadyCancelled};
    }
    core::PickupStep step{core::PickupStatus::Cancelled, order, {}, at};
    step.reason = reason;
    if (const core::Result<void> applied = core::applyPickupStep(*pickup, step); !applied) {
        return {PickupCancelResult::Refused, core::describe(applied.error())};
    }
    record(*write, *pickup, step, Actor{source, {}, at});
    write->commit();
    return {PickupCancelResult::Cancelled};
}

int expireDuePickups(CentralStore& store, const QDateTime& now) {
    std::unique_ptr<CentralWrite> write = store.beginWrite();
    int expired = 0;
    for (const QString& order : write->pickupsDue(now)) {
        std::optional<core::Pickup> pickup = write->lockPickup(order);
        const core::PickupStep step{core::PickupStatus::Expired, order, {}, now};
        if (pickup && core::applyPickupStep(*pickup, step)) {
            record(*write, *pickup, step, Actor{QStringLiteral("central"), {}, now});
            ++expired;
        }
    }
    write->commit();
    return expired;
}

core::Pickup pickupForTill(core::Pickup pickup, const core::LookupKey& key) {
    if (!pickup.code.isEmpty()) {
        pickup.codeCheck = core::pickupCodeCheck(key, pickup.order, pickup.code);
        pickup.code.clear();
    }
    return pickup;
}

QJsonObject pickupChangeJson(const PickupChange& change, const core::LookupKey* forTill) {
    QJsonObject json{{QStringLiteral("cursor"), static_cast<qint64>(change.cursor)},
                     {QStringLiteral("order"), change.order},
                     {QStringLiteral("store"), change.storeId},
                     {QStringLiteral("status"), change.status},
                     {QStringLiteral("at"), change.at},
                     {QStringLiteral("source"), change.source},
                     {QStringLiteral("detail"), change.detail}};
    if (change.pickup) {
        json.insert(QStringLiteral("pickup"),
                    core::toJson(forTill != nullptr ? pickupForTill(*change.pickup, *forTill) : *change.pickup));
    }
    return json;
}

void addPickupHandlers(FactHandlers& handlers) {
    for (const core::PickupStatus to : {core::PickupStatus::Picking, core::PickupStatus::Ready,
                                        core::PickupStatus::Collected, core::PickupStatus::Cancelled}) {
        handlers.add(std::make_unique<PickupStepTaken>(to));
    }
}

} // namespace kassa::sync
