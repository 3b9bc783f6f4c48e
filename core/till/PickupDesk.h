#pragma once

// Buy online, pick up in store, at the till: the store's pickup orders from picking to the
// hand-over. The pickup screens and `kassactl pickups` both go through this class, so a wrong
// item, a quantity above the order, a wrong pickup code or shelf label, or an order in a state
// that does not allow the step is refused the same way, and a refused step records nothing.
// Everything works from the till's copies (store/PickupOrders.h): offline too.
//
// An order paid at collection is handed over as a sale (Checkout::ringUpPickup); an order paid
// online by handOverPaid, and what its customer refuses at the counter is a return refunded to
// the online payment (returnRefused).

#include "../domain/Clock.h"
#include "../domain/Delivery.h"
#include "../domain/Pickup.h"
#include "../store/TillDatabase.h"
#include "ReturnDesk.h"

#include <functional>
#include <map>
#include <memory>

namespace kassa::core {

class PickupDesk {
public:
    PickupDesk(TillDatabase& till, Operator staff, Clock clock = &QDateTime::currentDateTime);

    // The store's pickup orders, newest first; every state when none is given.
    [[nodiscard]] std::vector<Pickup> list(std::optional<PickupStatus> status = std::nullopt);
    // This store's order; one of another store, or one the till does not know, is refused with
    // the reason.
    Result<Pickup> find(const QString& order);

    // Picking: an item scanned (a barcode, or the SKU typed) against the order. An item not on
    // it, or more than the order has left to pick, is refused on the spot. The first item
    // starts the picking (fact pickup.picking).
    Result<Pickup> pick(const QString& order, const QString& code, std::int64_t quantityMilli = kQuantityOne);
    // The line's item is not on the shelf: `quantityMilli` of it (all not picked yet, when none
    // is given) is short. The web shop learns it when the order is ready.
    Result<Pickup> markShort(const QString& order, int line, std::optional<std::int64_t> quantityMilli = {});
    // Every line picked or short: the order is ready (fact pickup.ready) and its shelf label made.
    Result<Pickup> markReady(const QString& order);
    Result<Pickup> cancel(const QString& order, const QString& reason);
    [[nodiscard]] ShelfLabel shelfLabel(const Pickup& pickup);
    // What the customer took home: the label's items less what was refused (by order line).
    [[nodiscard]] ShelfLabel handedOver(const Pickup& pickup, const std::map<int, std::int64_t>& refused);

    // Hand-over. The customer's code: their confirmation scanned ("PU:W100:482913"), or the
    // order number and the pickup code typed, checked against the code's keyed hash. The order
    // must be ready. Five wrong codes in a row lock the order (PickupCodeLocked) until a manager
    // unlocks it; the right code starts the count again.
    Result<Pickup> claim(const QString& orderOrScan, const QString& code = {});
    // A manager unlocks an order locked by wrong codes; the audit trail records who.
    Result<Approval> unlock(const QString& order, const QString& managerId, QStringView pin);
    // The shelf label of the parcel staff fetched, scanned: it must be the claimed order's.
    Result<void> checkLabel(const Pickup& pickup, const QString& scanned);
    // An order paid online: the hand-over recorded (fact pickup.collected), `refused` (by order
    // line) named in it.
    Result<Pickup> handOverPaid(const QString& order, const std::map<int, std::int64_t>& refused = {});
    // The return of what the customer refused of an order paid online, refunded to the online
    // payment: its lines chosen, ready for approvals (as the return policy asks) and completion.
    Result<std::unique_ptr<ReturnDesk>> returnRefused(const QString& order, const std::map<int, std::int64_t>& refused,
                                                      PaymentTerminal& terminal);

private:
    Result<void> checkCode(const Pickup& pickup, const QString& given);
    Result<Pickup> step(PickupStep step);
    Result<Pickup> startPicking(const Pickup& pickup);
    [[nodiscard]] QString productName(const QString& sku);
    [[nodiscard]] int collectionDays();
    [[nodiscard]] QString self() const;

    TillDatabase& m_till;
    Operator m_staff;
    Clock m_clock;
};

} // namespace kassa::core
