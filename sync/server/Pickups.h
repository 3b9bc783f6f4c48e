#pragma once

// Buy online, pick up in store, at central. A pickup order from the web shop reserves its lines
// at the pickup store (the reservation is not a movement: on hand stays the ledger's sum, and
// available is on hand less what open pickups reserve). Each step is applied once, in arrival
// order, whoever takes it: a till's fact (pickup.picking, .ready, .collected, .cancelled), an
// integration's cancel, or central's expiry of an order not collected within its store's
// collection period; each is recorded as a change that integrations and the store's tills follow.
//
// The goods of an order paid online leave the shelf at collection (movement "pickup"); those of
// an order paid at collection leave through the store's sale. What a paid order's customer never
// gets (lines found short, an order cancelled or expired) is listed for the web shop to pay back.
// An order handed over a second time (two tills offline), or after it was cancelled or expired,
// is recorded as the goods went (they are gone) and raised for head office and the store.

#include "CentralStore.h"
#include "FactHandlers.h"
#include "core/store/LookupKey.h"

#include <QDateTime>
#include <QString>

namespace kassa::sync {

// A new order's pickup (in the transaction that takes the order), with a fresh pickup code.
void openPickup(CentralWrite& write, const core::WebOrder& order, const QDateTime& at);

enum class PickupCancelResult { Cancelled, AlreadyCancelled, Unknown, Refused };
struct PickupCancel {
    PickupCancelResult result = PickupCancelResult::Unknown;
    QString refusal{}; // with Refused: what the order's state allows
};
// An integration's cancel (`source` "integration web-shop"). Cancelling twice changes nothing.
[[nodiscard]] PickupCancel cancelPickup(CentralStore& store, const QString& order, const QString& source,
                                        const QString& reason, const QDateTime& at);

// Expires the ready orders whose collection period ended before `now`; how many. `serve` runs it
// every minute.
int expireDuePickups(CentralStore& store, const QDateTime& now);

// A change as GET /v1/pickup-changes gives it, with the pickup as it stands now.
// A step for its reader: a till (`forTill`, the chain's lookup key) gets the order's code as its
// keyed hash only; an integration gets the code the customer was sent.
[[nodiscard]] QJsonObject pickupChangeJson(const PickupChange& change, const core::LookupKey* forTill);
// The order as a till keeps it: "code_check" in place of "code".
[[nodiscard]] core::Pickup pickupForTill(core::Pickup pickup, const core::LookupKey& key);

// The handlers of the tills' pickup facts.
void addPickupHandlers(FactHandlers& handlers);

} // namespace kassa::sync
