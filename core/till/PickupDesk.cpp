#include "PickupDesk.h"

#include "../store/AuditTrail.h"

namespace kassa::core {

namespace {

QString joined(const QStringList& parts) {
    return parts.join(QStringLiteral(" / "));
}

// What of the line is still to be picked.
std::int64_t leftToPick(const PickupLine& line) {
    return line.quantityMilli - line.pickedMilli - line.shortMilli;
}

} // namespace

PickupDesk::PickupDesk(TillDatabase& till, Operator staff, Clock clock)
    : m_till(till)
    , m_staff(std::move(staff))
    , m_clock(std::move(clock)) {}

std::vector<Pickup> PickupDesk::list(std::optional<PickupStatus> status) {
    return m_till.pickups().list(status);
}

Result<Pickup> PickupDesk::find(const QString& order) {
    const QString number = order.trimmed();
    try {
        if (std::optional<Pickup> pickup = m_till.pickups().find(number)) {
            return *pickup;
        }
        // The web-order feed names the pickup store of orders paid online: say where it waits.
        if (const auto store = m_till.webOrders().pickupStoreOf(number)) {
            return makeError(ErrorCode::PickupOtherStore, joined({number, *store}));
        }
    } catch (const StoreError& error) {
        return error.toError();
    }
    return makeError(ErrorCode::PickupUnknown, number.left(64));
}

Result<Pickup> PickupDesk::step(PickupStep step) {
    step.operatorId = m_staff.id;
    step.at = m_clock();
    return m_till.pickups().take(step, self());
}

Result<Pickup> PickupDesk::startPicking(const Pickup& pickup) {
    if (pickup.status == PickupStatus::Picking) {
        return pickup;
    }
    return step(PickupStep{PickupStatus::Picking, pickup.order, {}, {}});
}

Result<Pickup> PickupDesk::pick(const QString& order, const QString& code, std::int64_t quantityMilli) {
    Result<Pickup> found = find(order);
    if (!found) {
        return found;
    }
    if (Result<void> pickable = checkPickupStep(found->order, found->status, PickupStatus::Picking);
        !pickable && found->status != PickupStatus::Picking) {
        return pickable.error();
    }
    if (quantityMilli <= 0) {
        return makeError(ErrorCode::InvalidQuantity, formatQuantity(quantityMilli));
    }
    std::optional<Product> product;
    try {
        product = m_till.catalog().byCode(code.trimmed());
    } catch (const StoreError& error) {
        return error.toError();
    }
    const QString sku = product ? product->sku : code.trimmed();
    const QString name = product ? product->name : code.trimmed().left(64);
    PickupLine* line = nullptr;
    for (PickupLine& each : found->lines) {
        if (each.sku == sku && (line == nullptr || leftToPick(*line) == 0)) {
            line = &each; // an item on two lines fills the first before the next
        }
    }
    if (line == nullptr) {
        return makeError(ErrorCode::PickupWrongItem, joined({name, found->order}));
    }
    if (quantityMilli > leftToPick(*line)) {
        return makeError(ErrorCode::PickupTooMany,
                         joined({found->order, name, formatQuantity(line->quantityMilli - line->shortMilli),
                                 formatQuantity(line->pickedMilli)}));
    }
    Result<Pickup> picking = startPicking(*found);
    if (!picking) {
        return picking;
    }
    PickupLine* picked = picking->line(line->line);
    picked->pickedMilli += quantityMilli;
    try {
        m_till.pickups().savePicking(*picking);
    } catch (const StoreError& error) {
        return error.toError();
    }
    return picking;
}

Result<Pickup> PickupDesk::markShort(const QString& order, int line, std::optional<std::int64_t> quantityMilli) {
    Result<Pickup> found = find(order);
    if (!found) {
        return found;
    }
    if (Result<void> pickable = checkPickupStep(found->order, found->status, PickupStatus::Picking);
        !pickable && found->status != PickupStatus::Picking) {
        return pickable.error();
    }
    const PickupLine* ordered = found->line(line);
    if (ordered == nullptr) {
        return makeError(ErrorCode::NoSuchLine, QString::number(line));
    }
    const std::int64_t missing = quantityMilli.value_or(leftToPick(*ordered));
    if (missing <= 0 || missing > leftToPick(*ordered)) {
        return makeError(ErrorCode::PickupTooMany, joined({found->order, productName(ordered->sku),
                                                           formatQuantity(ordered->quantityMilli - ordered->shortMilli),
                                                           formatQuantity(ordered->pickedMilli)}));
    }
    Result<Pickup> picking = startPicking(*found);
    if (!picking) {
        return picking;
    }
    picking->line(line)->shortMilli += missing;
    try {
        m_till.pickups().savePicking(*picking);
    } catch (const StoreError& error) {
        return error.toError();
    }
    return picking;
}

Result<Pickup> PickupDesk::markReady(const QString& order) {
    Result<Pickup> found = find(order);
    if (!found) {
        return found;
    }
    if (Result<void> allowed = checkPickupStep(found->order, found->status, PickupStatus::Ready); !allowed) {
        return allowed.error();
    }
    PickupStep ready{PickupStatus::Ready, found->order, {}, {}};
    for (const PickupLine& line : found->lines) {
        if (leftToPick(line) > 0) {
            return makeError(ErrorCode::PickupNotPicked,
                             joined({found->order, productName(line.sku), formatQuantity(leftToPick(line))}));
        }
        ready.picked[line.line] = PickupPick{line.pickedMilli, line.shortMilli};
    }
    return step(ready);
}

Result<Pickup> PickupDesk::cancel(const QString& order, const QString& reason) {
    Result<Pickup> found = find(order);
    if (!found) {
        return found;
    }
    if (reason.trimmed().isEmpty()) {
        return makeError(
            ErrorCode::NoReasonGiven,
            QStringLiteral("cancelling order %1|the customer changed their mind, or not in stock").arg(found->order));
    }
    PickupStep cancelled{PickupStatus::Cancelled, found->order, {}, {}};
    cancelled.reason = reason.trimmed().left(200);
    return step(cancelled);
}

ShelfLabel PickupDesk::shelfLabel(const Pickup& pickup) {
    ShelfLabel label{pickup.order,
                     pickupLabelText(pickup.order),
                     pickup.customerName,
                     pickup.readyAt.value_or(m_clock()),
                     pickup.collectBy,
                     {},
                     0,
                     pickup.paid};
    if (!label.collectBy) {
        // Marked ready here just now: until central's date arrives, the store's period from the
        // stores feed (central counts from when it hears of it, so its date is never earlier).
        label.collectBy = collectBy(label.readyAt, collectionDays());
    }
    for (const PickupLine& line : pickup.lines) {
        if (line.pickedMilli > 0) {
            label.items.emplace_back(productName(line.sku), line.pickedMilli);
        }
        label.shortLines += line.shortMilli > 0 ? 1 : 0;
    }
    return label;
}

ShelfLabel PickupDesk::handedOver(const Pickup& pickup, const std::map<int, std::int64_t>& refused) {
    Pickup taken = pickup;
    for (PickupLine& line : taken.lines) {
        const auto found = refused.find(line.line);
        line.pickedMilli -= found == refused.end() ? 0 : std::min(found->second, line.pickedMilli);
    }
    return shelfLabel(taken);
}

// The code against what the till keeps of it: its keyed hash (or, from a central before hashes,
// the code until the key is here). A wrong one counts; the fifth locks the order.
Result<void> PickupDesk::checkCode(const Pickup& pickup, const QString& given) {
    try {
        PickupOrders orders = m_till.pickups();
        if (orders.wrongCodes(pickup.order) >= kPickupWrongCodesLimit) {
            return makeError(ErrorCode::PickupCodeLocked, pickup.order);
        }
        const std::optional<LookupKey> key = m_till.lookupKey();
        if (!pickup.codeCheck.isEmpty() && !key) {
            return makeError(ErrorCode::LookupKeyMissing);
        }
        const bool right = !given.isEmpty() &&
                           (pickup.codeCheck.isEmpty()
                                ? given == pickup.code
                                : key->matches(u"pickup", pickup.order + QLatin1Char(':') + given, pickup.codeCheck));
        if (right) {
            orders.clearWrongCodes(pickup.order);
            return {};
        }
        if (orders.countWrongCode(pickup.order) >= kPickupWrongCodesLimit) {
            return makeError(ErrorCode::PickupCodeLocked, pickup.order);
        }
    } catch (const StoreError& error) {
        return error.toError();
    }
    return makeError(ErrorCode::PickupWrongCode, pickup.order);
}

Result<Approval> PickupDesk::unlock(const QString& order, const QString& managerId, QStringView pin) {
    try {
        Result<Approval> manager = m_till.operators().approve(
            managerId, pin, Role::Manager, QStringLiteral("pickup %1 unlocked").arg(order), m_clock());
        if (!manager) {
            return manager;
        }
        Transaction transaction(m_till.db());
        PickupOrders orders = m_till.pickups();
        const int forgiven = orders.wrongCodes(order);
        orders.clearWrongCodes(order);
        recordAudit(m_till.db(),
                    AuditEntry{QString::fromLatin1(auditKinds::kPickupUnlocked), manager->approverId, order, forgiven,
                               0, QStringLiteral("wrong pickup codes forgiven"), m_clock()});
        transaction.commit();
        return manager;
    } catch (const StoreError& error) {
        return error.toError();
    }
}

Result<Pickup> PickupDesk::claim(const QString& orderOrScan, const QString& code) {
    const std::optional<PickupScan> scan = parsePickupScan(orderOrScan);
    if (scan && scan->label) {
        // A shelf label is the store's, not the customer's: it proves nothing about who collects.
        return makeError(ErrorCode::PickupWrongCode, scan->order);
    }
    const QString order = scan ? scan->order : orderOrScan.trimmed();
    const QString given = scan ? scan->code : code.trimmed();
    Result<Pickup> found = find(order);
    if (!found) {
        return found;
    }
    if (auto checked = checkCode(*found, given); !checked) {
        return checked.error();
    }
    if (Result<void> collectable = checkPickupStep(found->order, found->status, PickupStatus::Collected);
        !collectable) {
        return collectable.error();
    }
    return found;
}

Result<void> PickupDesk::checkLabel(const Pickup& pickup, const QString& scanned) {
    const std::optional<PickupScan> scan = parsePickupScan(scanned);
    if (!scan || !scan->label || scan->order != pickup.order) {
        return makeError(ErrorCode::PickupWrongLabel,
                         joined({scan ? scan->order : scanned.trimmed().left(64), pickup.order}));
    }
    return {};
}

Result<Pickup> PickupDesk::handOverPaid(const QString& order, const std::map<int, std::int64_t>& refused) {
    Result<Pickup> found = find(order);
    if (!found) {
        return found;
    }
    if (!found->paid) {
        // Paid at collection: it is handed over by its sale (Checkout::ringUpPickup).
        return makeError(ErrorCode::PickupPaysAtCollection, found->order);
    }
    PickupStep collected{PickupStatus::Collected, found->order, {}, {}};
    collected.refused = refused;
    return step(collected);
}

Result<std::unique_ptr<ReturnDesk>>
PickupDesk::returnRefused(const QString& order, const std::map<int, std::int64_t>& refused, PaymentTerminal& terminal) {
    std::optional<ReturnableDocument> document;
    try {
        document = findOnTill(m_till, QString::fromLatin1(returnChannels::kWeb), order.trimmed());
    } catch (const StoreError& error) {
        return error.toError();
    }
    if (!document) {
        return makeError(ErrorCode::PickupUnknown, order.trimmed().left(64));
    }
    auto desk = std::make_unique<ReturnDesk>(m_till, terminal, m_staff, m_clock);
    if (Result<void> opened = desk->open(std::move(*document)); !opened) {
        return opened.error();
    }
    const QString reason = QStringLiteral("changed_mind"); // the policy's reason for an item the customer did not want
    for (const auto& [line, quantity] : refused) {
        if (Result<int> added = desk->addLine(line, quantity, reason, Disposition::Sellable); !added) {
            return added.error();
        }
    }
    return desk;
}

QString PickupDesk::productName(const QString& sku) {
    try {
        if (const std::optional<Product> product = m_till.catalog().bySku(sku)) {
            return product->name;
        }
    } catch (const StoreError&) {
        // The SKU says it as well, if less kindly.
    }
    return sku;
}

int PickupDesk::collectionDays() {
    try {
        Query days = m_till.db().prepare("SELECT collection_days FROM stores WHERE store_id = ?1");
        days->bind(1, m_till.settings().identity().storeId);
        if (days->step()) {
            return days->integer(0);
        }
    } catch (const StoreError&) {
        // The chain's default says it well enough on a label.
    }
    return kDefaultCollectionDays;
}

QString PickupDesk::self() const {
    const TillIdentity identity = m_till.settings().identity();
    return QStringLiteral("store %1 till %2").arg(identity.storeId, identity.tillId);
}

} // namespace kassa::core
