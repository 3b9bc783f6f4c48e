#include "FactHandlers.h"

#include "CustomerMaster.h"
#include "Pickups.h"
#include "StockLedger.h"
#include "core/domain/Audit.h"
#include "core/domain/Delivery.h"
#include "core/domain/Return.h"
#include "core/domain/Sale.h"
#include "core/domain/Shift.h"
#include "core/domain/StockOperation.h"
#include "core/store/MasterDataFeeds.h"

#include <QJsonDocument>
#include <map>

namespace kassa::sync {

namespace {

// A receipt's lines as sold (voided lines were not): what its returns are decided against.
SoldDocument soldDocumentOf(const core::CompletedSale& sale) {
    SoldDocument document{QString::fromLatin1(channels::kStore),
                          sale.receiptNumber,
                          sale.till.storeId,
                          sale.completedAt.toUTC().toString(Qt::ISODateWithMs),
                          {}};
    for (const core::SaleLine& line : sale.lines) {
        if (!line.voided) {
            document.lines.push_back(SoldLine{line.lineNo, line.sku, line.quantityMilli, line.unitPrice.cents(),
                                              line.net().cents(), line.taxCode, 0});
        }
    }
    for (const core::Tender& tender : sale.tenders) {
        document.payments.push_back(SoldPayment{core::tenderKindToString(tender.kind), tender.amount.cents(),
                                                tender.card.authCode, tender.card.maskedPan});
    }
    return document;
}

QString utc(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QString channelName(const QString& channel) {
    return channel == QLatin1String(channels::kWeb) ? QStringLiteral("web order") : QStringLiteral("receipt");
}

// More of a sold line has come back than was sold: every return is kept (the money has left
// the drawer, the goods are back), and head office and every store involved hear of it.
void raiseOverReturn(CentralWrite& write, const FactContext& fact, const QString& channel, const QString& number,
                     int line, const SoldLineReturns& state) {
    QStringList others;
    for (const QString& store : state.stores) {
        if (store != fact.till.storeId && !others.contains(store)) {
            others << store;
        }
    }
    QStringList returns;
    for (qsizetype i = 0; i < state.returns.size(); ++i) {
        returns << QStringLiteral("%1 (store %2)").arg(state.returns[i], state.stores.value(i));
    }
    CentralException exception{0,
                               QStringLiteral("over_return"),
                               fact.till.deviceId,
                               fact.till.storeId,
                               fact.till.tillId,
                               fact.event.documentId,
                               QStringLiteral("line %1 of %2 %3: %4 sold, %5 returned by %6")
                                   .arg(line)
                                   .arg(channelName(channel), number, core::formatQuantity(state.soldMilli.value_or(0)),
                                        core::formatQuantity(state.returnedMilli), returns.join(QStringLiteral(", "))),
                               fact.receivedAt.toUTC().toString(Qt::ISODateWithMs),
                               others};
    write.addException(exception);
}

void raiseOverspent(CentralWrite& write, const FactContext& fact, const VoucherRecord& voucher) {
    QStringList sales;
    QStringList others;
    for (const VoucherSpend& spend : voucher.spends) {
        sales << QStringLiteral("%1 (store %2, %3)")
                     .arg(spend.receipt, spend.storeId, core::Money(spend.amountCents).toDecimalString());
        if (spend.storeId != fact.till.storeId && !others.contains(spend.storeId)) {
            others << spend.storeId;
        }
    }
    write.addException(CentralException{0, QStringLiteral("voucher_overspent"), fact.till.deviceId, fact.till.storeId,
                                        fact.till.tillId, fact.event.documentId,
                                        QStringLiteral("voucher %1 of %2 spent %3 too much by %4")
                                            .arg(voucher.number, core::Money(voucher.amountCents).toDecimalString(),
                                                 core::Money(-voucher.balanceCents).toDecimalString(),
                                                 sales.join(QStringLiteral(", "))),
                                        fact.receivedAt.toUTC().toString(Qt::ISODateWithMs), others});
}

// Every voucher with a balance goes to the tills in feed vouchers, so that any store takes it
// offline up to the policy's limit; one spent in full leaves the feed.
void feedVoucher(CentralWrite& write, const VoucherRecord& voucher) {
    write.feedItem(QStringLiteral("vouchers"), voucher.number, voucherJson(voucher, true), voucher.balanceCents <= 0);
}

// A sale paid with store credit: each voucher's spend is counted in arrival order. A voucher
// spent below zero (offline tills each took what their copy said) or one central never issued
// is not refused (the goods have left the store) but raised, naming every sale that spent it.
void spendVouchers(CentralWrite& write, const FactContext& fact, const core::CompletedSale& sale) {
    const QString receivedAt = fact.receivedAt.toUTC().toString(Qt::ISODateWithMs);
    for (const core::Tender& tender : sale.tenders) {
        if (tender.kind != core::Tender::Kind::Voucher) {
            continue;
        }
        const std::optional<VoucherRecord> after =
            write.spendVoucher(VoucherSpend{tender.voucher, fact.event.documentId, sale.receiptNumber,
                                            fact.till.storeId, tender.amount.cents(), receivedAt});
        if (!after) {
            write.raise(QStringLiteral("voucher_unknown"), fact.till, fact.event.documentId,
                        QStringLiteral("sale %1 took %2 of voucher %3, which central never issued")
                            .arg(sale.receiptNumber, tender.amount.toDecimalString(), tender.voucher),
                        fact.receivedAt);
            continue;
        }
        feedVoucher(write, *after);
        if (after->balanceCents < 0) {
            raiseOverspent(write, fact, *after);
        }
    }
}

// A member's points spent below zero by offline tills that each took what their copy said: every
// sale stands (the goods have gone), and head office and every store whose sale took points hear.
void raiseLoyaltyOverspent(CentralWrite& write, const FactContext& fact, const QString& customerId,
                           const core::LoyaltyStanding& standing) {
    QStringList sales;
    QStringList others;
    for (const LoyaltyLedgerEntry& spend : write.loyaltyRedemptions(customerIds(write, customerId))) {
        sales << QStringLiteral("%1 (store %2, %3 points)").arg(spend.saleReceipt, spend.storeId).arg(-spend.points);
        if (spend.storeId != fact.till.storeId && !others.contains(spend.storeId)) {
            others << spend.storeId;
        }
    }
    write.addException(CentralException{0, QStringLiteral("loyalty_overspent"), fact.till.deviceId, fact.till.storeId,
                                        fact.till.tillId, fact.event.documentId,
                                        QStringLiteral("customer %1's points spent %2 too many by %3")
                                            .arg(customerId)
                                            .arg(-standing.balance)
                                            .arg(sales.join(QStringLiteral(", "))),
                                        utc(fact.receivedAt), others});
}

// The points a sale earned that its returns have taken back so far, by the share of what was
// paid for its lines that has come back in any store (returns that arrived before the sale too).
void takeBackPoints(CentralWrite& write, const FactContext& fact, const QString& receipt) {
    const std::optional<SaleLoyaltyRecord> points = write.saleLoyalty(receipt);
    const std::optional<SoldDocument> sold =
        points && points->earned > 0 ? write.lockSoldDocument(QString::fromLatin1(channels::kStore), receipt)
                                     : std::nullopt;
    if (!sold) {
        return;
    }
    std::int64_t soldNet = 0;
    std::int64_t returnedNet = 0;
    for (const SoldLine& line : sold->lines) {
        soldNet += line.netCents;
        if (line.quantityMilli > 0) {
            returnedNet += line.netCents * std::min(line.returnedMilli, line.quantityMilli) / line.quantityMilli;
        }
    }
    const std::int64_t back = core::pointsToTakeBack(points->earned, soldNet, returnedNet, points->takenBack);
    if (back > 0) {
        write.addLoyaltyEntry(LoyaltyLedgerEntry{points->customerId, QStringLiteral("take_back"), -back, -back, receipt,
                                                 fact.event.documentId, fact.till.deviceId, fact.epoch, fact.event.seq,
                                                 fact.till.storeId, utc(fact.receivedAt)});
        refeedCustomer(write, points->customerId);
    }
}

// A member's sale: what it redeemed and earned goes into their points, and their standing to
// every till. A redemption is checked against the points before the sale's own earning (points
// earned by a sale are not there to pay for it).
void countSaleLoyalty(CentralWrite& write, const FactContext& fact, const core::CompletedSale& sale) {
    if (!sale.loyalty || sale.customerId.isEmpty()) {
        return;
    }
    const core::SaleLoyalty& points = *sale.loyalty;
    LoyaltyLedgerEntry entry{sale.customerId,    QStringLiteral("redeem"), -points.redeemed,     0,
                             sale.receiptNumber, fact.event.documentId,    fact.till.deviceId,   fact.epoch,
                             fact.event.seq,     fact.till.storeId,        utc(sale.completedAt)};
    if (points.redeemed > 0) {
        write.addLoyaltyEntry(entry);
        const std::optional<CustomerRow> live = resolveCustomer(write, sale.customerId);
        const QString id = live ? live->id : sale.customerId;
        const core::LoyaltyStanding standing = write.loyaltyStanding(customerIds(write, id));
        if (standing.balance < 0) {
            raiseLoyaltyOverspent(write, fact, id, standing);
        }
    }
    entry.kind = QStringLiteral("earn");
    entry.points = points.earned;
    entry.earned = points.earned;
    write.addLoyaltyEntry(entry);
    takeBackPoints(write, fact, sale.receiptNumber);
    refeedCustomer(write, sale.customerId);
}

// sale.completed: the till's canonical sale, kept whole, with what integrations page and
// search by.
class SaleCompleted final : public FactHandler {
public:
    [[nodiscard]] QString kind() const override { return QStringLiteral("sale.completed"); }

    [[nodiscard]] FactOutcome apply(const FactContext& fact, CentralWrite& write) const override {
        const auto sale = core::saleFromJson(QJsonDocument::fromJson(fact.event.payload).object());
        if (!sale) {
            return {ProtocolError::MalformedBody};
        }
        if (sale->till.deviceId != fact.till.deviceId || sale->till.storeId != fact.till.storeId ||
            sale->till.tillId != fact.till.tillId) {
            return {ProtocolError::WrongTill};
        }
        const SaleRecord record{fact.event.documentId,
                                fact.till.deviceId,
                                fact.epoch,
                                fact.event.seq,
                                fact.till.storeId,
                                fact.till.tillId,
                                sale->receiptNumber,
                                sale->total.cents(),
                                sale->completedAt.toString(Qt::ISODateWithMs),
                                fact.receivedAt.toUTC().toString(Qt::ISODateWithMs),
                                fact.event.payload};
        if (!write.addSale(record)) {
            write.raise(QStringLiteral("duplicate_document"), fact.till, fact.event.documentId,
                        QStringLiteral("sale %1 arrived again under another seq").arg(sale->receiptNumber),
                        fact.receivedAt);
            return {{}, ReceiptRef{sale->number, sale->receiptNumber}};
        }
        spendVouchers(write, fact, *sale);
        linkStoreDocument(write, CustomerDocument{sale->customerId, QStringLiteral("sale"),
                                                  QString::fromLatin1(channels::kStore), sale->receiptNumber,
                                                  fact.event.documentId, fact.till.storeId, utc(sale->completedAt),
                                                  sale->total.cents()});
        // Stock is the sum of the ledger: the goods left the store's shelf.
        for (const core::SaleLine& line : sale->lines) {
            if (!line.voided) {
                addLedgerMovement(write, StockMovementRecord{0, fact.till.storeId, line.sku, -line.quantityMilli,
                                                             QStringLiteral("sale"), QStringLiteral("sellable"),
                                                             fact.event.documentId, utc(sale->completedAt),
                                                             utc(fact.receivedAt)});
            }
        }
        const SoldDocument sold = soldDocumentOf(*sale);
        // Returns of it may have come first, from another store that read the paper receipt.
        for (int line : write.addSoldDocument(sold)) {
            raiseOverReturn(write, fact, sold.channel, sold.number, line,
                            write.returnsOfLine(sold.channel, sold.number, line));
        }
        countSaleLoyalty(write, fact, *sale);
        return {{}, ReceiptRef{sale->number, sale->receiptNumber}};
    }
};

// return.completed: goods came back in a store. Central counts each line against the sold line
// it names (by arrival, whatever the tills' clocks say), records the goods' movement into the
// store's sellable or damaged stock, lists money the web shop must pay back, opens store
// credit, and ends the lease the till took online.
class ReturnCompleted final : public FactHandler {
public:
    [[nodiscard]] QString kind() const override { return QStringLiteral("return.completed"); }

    [[nodiscard]] FactOutcome apply(const FactContext& fact, CentralWrite& write) const override {
        const auto parsed = core::returnFromJson(QJsonDocument::fromJson(fact.event.payload).object());
        if (!parsed) {
            return {ProtocolError::MalformedBody};
        }
        const core::CompletedReturn& r = *parsed;
        if (r.till.deviceId != fact.till.deviceId || r.till.storeId != fact.till.storeId ||
            r.till.tillId != fact.till.tillId) {
            return {ProtocolError::WrongTill};
        }
        const ReceiptRef receipt{r.number, r.receiptNumber};
        const QString receivedAt = fact.receivedAt.toUTC().toString(Qt::ISODateWithMs);
        const ReturnRecord record{fact.event.documentId,
                                  fact.till.deviceId,
                                  fact.epoch,
                                  fact.event.seq,
                                  fact.till.storeId,
                                  fact.till.tillId,
                                  r.receiptNumber,
                                  r.originalChannel,
                                  r.originalNumber,
                                  r.total.cents(),
                                  r.decidedOffline(),
                                  r.completedAt.toString(Qt::ISODateWithMs),
                                  receivedAt,
                                  fact.event.payload};
        if (!write.addReturn(record)) {
            write.raise(QStringLiteral("duplicate_document"), fact.till, fact.event.documentId,
                        QStringLiteral("return %1 arrived again under another seq").arg(r.receiptNumber),
                        fact.receivedAt);
            return {{}, receipt};
        }
        countReturnedLines(fact, write, r);
        linkStoreDocument(write, CustomerDocument{r.customerId, QStringLiteral("return"),
                                                  QString::fromLatin1(channels::kStore), r.receiptNumber,
                                                  fact.event.documentId, fact.till.storeId, utc(r.completedAt),
                                                  r.total.cents()});
        if (r.originalChannel == QLatin1String(core::returnChannels::kStore)) {
            takeBackPoints(write, fact, r.originalNumber);
        }
        for (const core::ReturnLine& line : r.lines) {
            addLedgerMovement(write,
                              StockMovementRecord{0, fact.till.storeId, line.sku, line.quantityMilli,
                                                  QStringLiteral("return"), core::dispositionToString(line.disposition),
                                                  fact.event.documentId, utc(r.completedAt), receivedAt});
        }
        recordRefunds(fact, write, r, receivedAt);
        if (!r.leaseId.isEmpty()) {
            write.endLease(r.leaseId, fact.till.deviceId, QStringLiteral("completed"), fact.receivedAt);
        }
        return {{}, receipt};
    }

private:
    static void countReturnedLines(const FactContext& fact, CentralWrite& write, const core::CompletedReturn& r) {
        if (r.originalChannel == QLatin1String(core::returnChannels::kNone)) {
            return;
        }
        for (const core::ReturnLine& line : r.lines) {
            const SoldLineReturns state = write.addReturnedLine(
                ReturnedLine{fact.event.documentId, r.receiptNumber, fact.till.storeId, r.originalChannel,
                             r.originalNumber, line.originalLine, line.quantityMilli});
            if (state.soldMilli && state.returnedMilli > *state.soldMilli) {
                raiseOverReturn(write, fact, r.originalChannel, r.originalNumber, line.originalLine, state);
            }
        }
    }

    static void recordRefunds(const FactContext& fact, CentralWrite& write, const core::CompletedReturn& r,
                              const QString& receivedAt) {
        for (const core::Refund& refund : r.refunds) {
            if (refund.kind == QLatin1String(core::refundKinds::kOnline)) {
                write.addRefund(RefundRecord{0, fact.event.documentId, r.receiptNumber, fact.till.storeId,
                                             r.originalChannel, r.originalNumber, refund.originalReference,
                                             refund.amount.cents(), QStringLiteral("pending"), receivedAt});
            } else if (refund.kind == QLatin1String(core::refundKinds::kStoreCredit) ||
                       refund.kind == QLatin1String(core::refundKinds::kExchange)) {
                VoucherRecord voucher{refund.voucherNumber,  fact.event.documentId, fact.till.storeId,
                                      refund.amount.cents(), refund.amount.cents(), receivedAt};
                voucher.check = refund.voucherCheck;
                if (write.addVoucher(voucher)) {
                    feedVoucher(write, voucher);
                }
            }
        }
    }
};

// The same delivery or transfer received a second time (two tills, or a transfer's papers typed
// in at two stores): the goods cannot have arrived twice, yet both receipts stand as the tills
// recorded them, and head office, the receiving stores and a transfer's sender hear of it.
void raiseReceivedTwice(CentralWrite& write, const FactContext& fact, const core::StockOperation& operation,
                        const StockReceipt& earlier) {
    QStringList others;
    for (const QString& store : {earlier.storeId, operation.otherStore}) {
        if (!store.isEmpty() && store != fact.till.storeId && !others.contains(store)) {
            others << store;
        }
    }
    write.addException(CentralException{
        0, QStringLiteral("received_twice"), fact.till.deviceId, fact.till.storeId, fact.till.tillId,
        fact.event.documentId,
        QStringLiteral("%1 %2 received again by store %3 till %4 (%5); first received by store %6 till %7 at %8")
            .arg(earlier.kind, earlier.number, fact.till.storeId, fact.till.tillId, operation.number, earlier.storeId,
                 earlier.tillId, earlier.receivedAt),
        utc(fact.receivedAt), others});
}

// What arrived differs from what the delivery said: head office and the store hear of each item.
void raiseDeliveryDifference(CentralWrite& write, const FactContext& fact, const core::StockOperation& operation,
                             const core::Delivery& delivery) {
    QStringList differences;
    std::map<QString, std::int64_t> received;
    for (const core::StockLine& line : operation.lines) {
        received[line.sku] += line.quantityMilli;
    }
    for (const core::DeliveryLine& line : delivery.lines) {
        if (received[line.sku] != line.quantityMilli) {
            differences << QStringLiteral("%1: %2 expected, %3 received")
                               .arg(line.sku, core::formatQuantity(line.quantityMilli),
                                    core::formatQuantity(received[line.sku]));
        }
    }
    for (const auto& [sku, quantity] : received) {
        if (delivery.expectedOf(sku) == 0) {
            differences
                << QStringLiteral("%1: not on the delivery, %2 received").arg(sku, core::formatQuantity(quantity));
        }
    }
    if (!differences.isEmpty()) {
        write.addException(
            CentralException{0, QStringLiteral("delivery_difference"), fact.till.deviceId, fact.till.storeId,
                             fact.till.tillId, fact.event.documentId,
                             QStringLiteral("delivery %1 (%2): %3")
                                 .arg(delivery.number, operation.number, differences.join(QStringLiteral("; "))),
                             utc(fact.receivedAt)});
    }
}

// A delivery or transfer is received once. A delivery received leaves the tills' feed, kept
// with its receipt for GET /v1/deliveries/{number}.
void recordReceipt(CentralWrite& write, const FactContext& fact, const core::StockOperation& operation) {
    const bool delivery = operation.kind == core::StockOperationKind::Received;
    const StockReceipt receipt{delivery ? QStringLiteral("delivery") : QStringLiteral("transfer"),
                               delivery ? operation.delivery : operation.transfer,
                               fact.event.documentId,
                               fact.till.storeId,
                               fact.till.tillId,
                               utc(fact.receivedAt)};
    if (const std::optional<StockReceipt> earlier = write.recordStockReceipt(receipt)) {
        raiseReceivedTwice(write, fact, operation, *earlier);
        return;
    }
    const QString feed = QString::fromLatin1(core::feeds::kDeliveries);
    const std::optional<QJsonObject> sent = delivery ? write.feedItemOf(feed, receipt.number) : std::nullopt;
    if (!sent) {
        return;
    }
    if (const auto parsed = core::parseDelivery(*sent)) {
        raiseDeliveryDifference(write, fact, operation, *parsed);
    }
    QJsonObject received = *sent;
    received.insert(QStringLiteral("received"), QJsonObject{{QStringLiteral("store_id"), receipt.storeId},
                                                            {QStringLiteral("till_id"), receipt.tillId},
                                                            {QStringLiteral("operation"), operation.number},
                                                            {QStringLiteral("document_id"), receipt.documentId},
                                                            {QStringLiteral("received_at"), receipt.receivedAt}});
    write.feedItem(feed, receipt.number, received, true);
}

// stock.received, .adjusted, .transferred_out, .transferred_in: the movements into the ledger.
// stock.counted: what was on the shelf at the time counted, set against the ledger as of then:
// the difference is the count's movement, so sales recorded before the count that arrive after
// it still count (see addLedgerMovement).
class StockOperationRecorded final : public FactHandler {
public:
    explicit StockOperationRecorded(core::StockOperationKind kind)
        : m_kind(kind) {}

    [[nodiscard]] QString kind() const override {
        return QStringLiteral("stock.") + core::stockOperationKindToString(m_kind);
    }

    [[nodiscard]] FactOutcome apply(const FactContext& fact, CentralWrite& write) const override {
        const auto parsed = core::stockOperationFromJson(QJsonDocument::fromJson(fact.event.payload).object());
        if (!parsed || parsed->kind != m_kind) {
            return {ProtocolError::MalformedBody};
        }
        const core::StockOperation& operation = *parsed;
        if (operation.till.deviceId != fact.till.deviceId || operation.till.storeId != fact.till.storeId) {
            return {ProtocolError::WrongTill};
        }
        const QString receivedAt = utc(fact.receivedAt);
        for (const core::StockLine& line : operation.lines) {
            StockMovementRecord movement{0,
                                         fact.till.storeId,
                                         line.sku,
                                         operation.deltaOf(line),
                                         core::stockOperationKindToString(m_kind),
                                         QStringLiteral("sellable"),
                                         fact.event.documentId,
                                         utc(operation.recordedAt),
                                         receivedAt};
            if (m_kind == core::StockOperationKind::Counted) {
                movement.kind = QStringLiteral("count");
                movement.recordedAt = utc(operation.countedAt);
                movement.deltaMilli =
                    line.quantityMilli - write.onHandAsOf(fact.till.storeId, line.sku, movement.recordedAt);
            }
            addLedgerMovement(write, movement);
        }
        if ((m_kind == core::StockOperationKind::Received && !operation.delivery.isEmpty()) ||
            m_kind == core::StockOperationKind::TransferredIn) {
            recordReceipt(write, fact, operation);
        }
        return {};
    }

private:
    core::StockOperationKind m_kind;
};

// The payload central leaves of a customer's fact once they are erased.
bool erasedPayload(const QJsonObject& payload) {
    return payload.value(QStringLiteral("erased")).toBool();
}

CustomerSource sourceOf(const FactContext& fact) {
    return {QStringLiteral("store %1 till %2").arg(fact.till.storeId, fact.till.tillId)};
}

// customer.created, customer.updated: a customer as the till recorded or edited them, brought in
// by central's rules (sync/server/CustomerMaster.h): merged with the same person from another
// channel, dropped when erased meanwhile. A card another customer holds is not taken, and
// head office and the store hear of it.
class CustomerReceived final : public FactHandler {
public:
    explicit CustomerReceived(const char* kind)
        : m_kind(QString::fromLatin1(kind)) {}

    [[nodiscard]] QString kind() const override { return m_kind; }

    [[nodiscard]] FactOutcome apply(const FactContext& fact, CentralWrite& write) const override {
        const QJsonObject payload = QJsonDocument::fromJson(fact.event.payload).object();
        if (erasedPayload(payload)) {
            return {};
        }
        const auto customer = core::customerFromJson(payload);
        if (!customer) {
            return {ProtocolError::MalformedBody};
        }
        write.noteCustomerFact(customer->id, fact.till.deviceId, fact.epoch, fact.event.seq);
        const CustomerWritten written = receiveCustomer(write, *customer, sourceOf(fact), fact.receivedAt);
        if (written.fate == CustomerFate::CardInUse) {
            write.raise(QStringLiteral("loyalty_card_in_use"), fact.till, customer->id,
                        // The card's last digits only: an exception is kept after the customer is erased.
                        QStringLiteral("customer %1 was given the loyalty card ending %2, which customer %3 holds: "
                                       "the card was not moved")
                            .arg(customer->id, customer->loyaltyCard.right(4), written.id),
                        fact.receivedAt);
        }
        return {};
    }

private:
    QString m_kind;
};

// customer.note_added: {"customer_id", "note": {...}}: a note staff wrote, kept with the others.
class CustomerNoteAdded final : public FactHandler {
public:
    [[nodiscard]] QString kind() const override { return QStringLiteral("customer.note_added"); }

    [[nodiscard]] FactOutcome apply(const FactContext& fact, CentralWrite& write) const override {
        const QJsonObject payload = QJsonDocument::fromJson(fact.event.payload).object();
        if (erasedPayload(payload)) {
            return {};
        }
        const QString id = payload.value(QStringLiteral("customer_id")).toString();
        const auto note = core::noteFromJson(payload.value(QStringLiteral("note")).toObject());
        if (id.isEmpty() || !note) {
            return {ProtocolError::MalformedBody};
        }
        write.noteCustomerFact(id, fact.till.deviceId, fact.epoch, fact.event.seq);
        if (!addCustomerNote(write, id, *note) && !write.customerRow(id)) {
            write.raise(
                QStringLiteral("customer_unknown"), fact.till, id,
                QStringLiteral("a note for customer %1, whom central does not know: the note was not kept").arg(id),
                fact.receivedAt);
        }
        return {};
    }
};

// shift.opened: {"shift_id", "number", "opened_at", "business_date", "operator_id", "float"}; shift.closed adds
// "z_number", "closed_at", "figures", "counted", "difference", "approver_id", "reason",
// "unsent_facts". Central records the shift, and a Z number that does not follow the till's last
// one (a missing Z, or one given twice, as after a till restored from a backup) is raised.
class ShiftRecorded final : public FactHandler {
public:
    explicit ShiftRecorded(bool closed)
        : m_closed(closed) {}

    [[nodiscard]] QString kind() const override {
        return m_closed ? QStringLiteral("shift.closed") : QStringLiteral("shift.opened");
    }

    [[nodiscard]] FactOutcome apply(const FactContext& fact, CentralWrite& write) const override {
        const QJsonObject payload = QJsonDocument::fromJson(fact.event.payload).object();
        ShiftRow shift{payload.value(QStringLiteral("shift_id")).toString(),
                       fact.till.deviceId,
                       fact.till.storeId,
                       fact.till.tillId,
                       payload.value(QStringLiteral("number")).toInteger(),
                       payload.value(QStringLiteral("opened_at")).toString(),
                       payload.value(QStringLiteral("operator_id")).toString(),
                       {},
                       0,
                       {},
                       utc(fact.receivedAt),
                       payload.value(QStringLiteral("business_date")).toString(),
                       {},
                       {}};
        if (shift.shiftId.isEmpty() || shift.number < 1 || shift.openedAt.isEmpty()) {
            return {ProtocolError::MalformedBody};
        }
        if (shift.businessDate.isEmpty()) {
            shift.businessDate = shift.openedAt.left(10); // a till from before business days: its UTC date
        }
        const StreamPosition position{fact.epoch, fact.event.seq};
        if (!m_closed) {
            shift.opened = position;
            write.saveShift(shift);
            return {};
        }
        shift.closedAt = payload.value(QStringLiteral("closed_at")).toString();
        shift.zNumber = payload.value(QStringLiteral("z_number")).toInteger();
        shift.zJson = QString::fromUtf8(fact.event.payload);
        shift.closed = position;
        if (shift.closedAt.isEmpty() || shift.zNumber < 1) {
            return {ProtocolError::MalformedBody};
        }
        if (const std::int64_t first = write.shiftZNumber(shift.shiftId); first != 0) {
            // Closed already (a till put back from a backup taken while the shift was open, and
            // closed again): the first Z stands, head office and the store are told.
            write.raise(QStringLiteral("shift_closed_twice"), fact.till, fact.event.documentId,
                        QStringLiteral("shift %1 of store %2 till %3 was closed again as Z %4; it was closed as Z %5, "
                                       "which stands")
                            .arg(shift.number)
                            .arg(fact.till.storeId, fact.till.tillId)
                            .arg(shift.zNumber)
                            .arg(first),
                        fact.receivedAt);
            return {};
        }
        raiseZGap(fact, write, shift.zNumber);
        write.saveShift(shift);
        return {};
    }

private:
    static void raiseZGap(const FactContext& fact, CentralWrite& write, std::int64_t zNumber) {
        const std::int64_t last = write.lastZNumber(fact.till.storeId, fact.till.tillId);
        if (zNumber == last + 1) {
            return;
        }
        write.raise(QStringLiteral("z_number_gap"), fact.till, fact.event.documentId,
                    zNumber <= last ? QStringLiteral("Z %1 of store %2 till %3 arrived again after Z %4: the till's "
                                                     "Z numbers repeat (restored from a backup?)")
                                          .arg(zNumber)
                                          .arg(fact.till.storeId, fact.till.tillId)
                                          .arg(last)
                                    : QStringLiteral("Z %1 of store %2 till %3 arrived after Z %4: Z %5 to %6 are "
                                                     "missing")
                                          .arg(zNumber)
                                          .arg(fact.till.storeId, fact.till.tillId)
                                          .arg(last)
                                          .arg(last + 1)
                                          .arg(zNumber - 1),
                    fact.receivedAt);
    }

    bool m_closed;
};

// drawer.moved: cash in, cash out, a safe drop or the drawer opened without a sale. Central keeps
// the fact in its inbox (the audit trail); its sums reach the shift's record with the Z.
class DrawerMoved final : public FactHandler {
public:
    [[nodiscard]] QString kind() const override { return QStringLiteral("drawer.moved"); }

    [[nodiscard]] FactOutcome apply(const FactContext& fact, CentralWrite& /*write*/) const override {
        const QJsonObject payload = QJsonDocument::fromJson(fact.event.payload).object();
        if (!core::drawerMovementKindFromString(payload.value(QStringLiteral("kind")).toString()) ||
            payload.value(QStringLiteral("shift_id")).toString().isEmpty()) {
            return {ProtocolError::MalformedBody};
        }
        return {};
    }
};

// A change of money or rights made at a till (core/domain/Audit.h): kept in the audit trail as
// the till recorded it, once.
class AuditRecorded final : public FactHandler {
public:
    explicit AuditRecorded(const char* kind)
        : m_kind(QString::fromLatin1(kind)) {}

    [[nodiscard]] QString kind() const override { return m_kind; }

    [[nodiscard]] FactOutcome apply(const FactContext& fact, CentralWrite& write) const override {
        const QJsonObject payload = QJsonDocument::fromJson(fact.event.payload).object();
        const QString subject = payload.value(QStringLiteral("subject")).toString();
        const QString at = payload.value(QStringLiteral("at")).toString();
        if (subject.isEmpty() || at.isEmpty()) {
            return {ProtocolError::MalformedBody};
        }
        write.addAudit(AuditRecord{0, m_kind, fact.till.storeId, fact.till.tillId,
                                   payload.value(QStringLiteral("actor")).toString(), subject,
                                   payload.value(QStringLiteral("before")), payload.value(QStringLiteral("after")),
                                   payload.value(QStringLiteral("detail")).toString(), at,
                                   fact.receivedAt.toUTC().toString(Qt::ISODateWithMs), fact.event.documentId});
        return {};
    }

private:
    QString m_kind;
};

} // namespace

FactHandlers FactHandlers::standard() {
    FactHandlers handlers;
    handlers.add(std::make_unique<SaleCompleted>());
    handlers.add(std::make_unique<ReturnCompleted>());
    handlers.add(std::make_unique<CustomerReceived>("customer.created"));
    handlers.add(std::make_unique<CustomerReceived>("customer.updated"));
    handlers.add(std::make_unique<CustomerNoteAdded>());
    handlers.add(std::make_unique<ShiftRecorded>(false));
    handlers.add(std::make_unique<ShiftRecorded>(true));
    handlers.add(std::make_unique<DrawerMoved>());
    for (const char* kind : {core::auditKinds::kOperatorChanged, core::auditKinds::kSettingChanged,
                             core::auditKinds::kVouchersUnblocked}) {
        handlers.add(std::make_unique<AuditRecorded>(kind));
    }
    addPickupHandlers(handlers);
    for (const core::StockOperationKind kind :
         {core::StockOperationKind::Received, core::StockOperationKind::Counted, core::StockOperationKind::Adjusted,
          core::StockOperationKind::TransferredOut, core::StockOperationKind::TransferredIn}) {
        handlers.add(std::make_unique<StockOperationRecorded>(kind));
    }
    return handlers;
}

void FactHandlers::add(std::unique_ptr<FactHandler> handler) {
    m_handlers.push_back(std::move(handler));
}

const FactHandler* FactHandlers::find(const QString& kind) const {
    for (const auto& handler : m_handlers) {
        if (handler->kind() == kind) {
            return handler.get();
        }
    }
    return nullptr;
}

} // namespace kassa::sync
