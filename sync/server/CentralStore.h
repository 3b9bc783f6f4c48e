#pragma once

// Central's system of record behind one interface, so central runs on SQLite (one file, the
// embedded default) or on PostgreSQL for larger chains; one contract test suite runs against
// every backend. A backend stores and reads. The protocol's rules (the inbox by device, epoch
// and seq, resends, gaps, clones, epochs, the receipt chain, quarantine) live once above the
// backends, in EventIngest, and each kind of fact is applied by its own FactHandler; both work
// through a CentralWrite, one transaction of the backend.
//
// Several central processes may share one database: what must happen once (an event applied,
// an enrollment code used, a change number handed out) is enforced by the database's keys,
// row locks and transactions, never by a process's memory.

#include "core/domain/Customer.h"
#include "core/domain/Pickup.h"
#include "core/domain/Voucher.h"
#include "core/domain/WebOrder.h"
#include "core/store/MasterData.h"
#include "sync/protocol/ChangeFeed.h"
#include "sync/protocol/EventBatch.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStringList>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

namespace kassa::sync {

// The database cannot be reached (a PostgreSQL server that went away): the request is answered
// 503, nothing of it was kept, and the client tries again later.
class StoreUnavailable : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// putMasterData found a GTIN of the request on another live product (the check before it lost
// a race with another request): nothing of the request was stored.
class GtinTaken : public std::runtime_error {
public:
    explicit GtinTaken(const QString& gtin)
        : std::runtime_error("GTIN " + gtin.toStdString() + " belongs to another product")
        , m_gtin(gtin) {}
    [[nodiscard]] const QString& gtin() const { return m_gtin; }

private:
    QString m_gtin;
};

// An order number central holds already, with other contents: the whole upload is refused.
class WebOrderConflict : public std::runtime_error {
public:
    explicit WebOrderConflict(const QString& number)
        : std::runtime_error("order " + number.toStdString() + " is held already with other contents")
        , m_number(number) {}
    [[nodiscard]] const QString& number() const { return m_number; }

private:
    QString m_number;
};

// The till a request comes from, as central authenticated it (its certificate).
struct TillPrincipal {
    QString deviceId;
    QString storeId;
    QString tillId;
    QString certificateFingerprint{}; // of the certificate it presented; empty when not from TLS
};

// An enrolled till as central has it registered.
struct TillRecord {
    QString storeId;
    QString tillId;
    bool quarantined = false;
};

// What the protocol keeps per till and epoch.
struct DeviceProgress {
    std::int64_t highWaterMark = 0;     // the highest contiguous seq central holds
    QString lastChainHash;              // the link of the last receipt, which the next must extend
    std::int64_t lastReceiptNumber = 0; // 0: none yet, or the last receipt was of a kind unknown here
    bool known = false;                 // central has taken events of this epoch before
};

struct IngestResult {
    boost::system::error_code error; // empty when every event was taken
    std::int64_t highWaterMark = 0;  // the highest contiguous seq central holds for the epoch
    std::int64_t expectedSeq = 0;    // with SeqGap: what central expects next
    int applied = 0;                 // new events applied to central's tables
    int held = 0;                    // new events of a kind this central does not know yet: kept
    int duplicates = 0;
};

struct CentralException {
    std::int64_t id = 0;
    QString kind; // "cloned_till", "broken_chain", "receipt_gap", "epoch_started", "unknown_kind", "over_return", ...
    QString deviceId;
    QString storeId;
    QString tillId;
    QString documentId;
    QString detail;
    QString raisedAt;
    QStringList otherStores{}; // further stores it concerns (an over-return names every returning store)
};

// A completed sale as central keeps it: the till's canonical JSON and what is searched by.
struct SaleRecord {
    QString documentId;
    QString deviceId;
    int epoch = 1;
    std::int64_t seq = 0;
    QString storeId;
    QString tillId;
    QString receiptNumber;
    std::int64_t totalCents = 0;
    QString completedAt;
    QString receivedAt;
    QByteArray body;
};

// Where a sold document comes from.
namespace channels {
inline constexpr char kStore[] = "store"; // a till's receipt, by its receipt number
inline constexpr char kWeb[] = "web";     // a web order, by its order number
} // namespace channels

// A line as sold in any channel, with how much of it has come back in any store.
struct SoldLine {
    int line = 0;
    QString sku;
    std::int64_t quantityMilli = 0;
    std::int64_t unitPriceCents = 0;
    std::int64_t netCents = 0; // what the customer paid for the line
    QString taxCode;
    std::int64_t returnedMilli = 0;
    std::int64_t reservedMilli = 0; // held by return leases of tills that are taking it back now

    [[nodiscard]] std::int64_t returnableMilli() const {
        return std::max<std::int64_t>(0, quantityMilli - returnedMilli - reservedMilli);
    }
};

// How a sold document was paid: what its refunds go back to.
struct SoldPayment {
    QString kind; // "cash", "card", "online:card" ...
    std::int64_t amountCents = 0;
    QString authCode{};
    QString maskedPan{};
};

// A store receipt or a web order, line by line: what returns are decided against.
struct SoldDocument {
    QString channel;
    QString number;
    QString storeId; // the selling store, for receipts
    QString soldAt;  // ISO 8601, UTC
    std::vector<SoldLine> lines;
    std::vector<SoldPayment> payments{};
};

// A web order's lines as sold: what its returns are decided against. Its return window runs
// from delivery (when the web shop says when that was), as the law counts it for distance
// selling.
inline SoldDocument soldDocumentOf(const core::WebOrder& order) {
    SoldDocument document{QString::fromLatin1(channels::kWeb),
                          order.number,
                          QString(),
                          order.deliveredAt.value_or(order.placedAt).toUTC().toString(Qt::ISODateWithMs),
                          {}};
    std::int64_t total = 0;
    for (const core::WebOrderLine& line : order.lines) {
        document.lines.push_back(SoldLine{line.line, line.sku, line.quantityMilli, line.unitPrice.cents(),
                                          line.net().cents(), line.taxCode, 0});
        total += line.net().cents();
    }
    document.payments.push_back(SoldPayment{order.payment, total});
    return document;
}

// A completed return as central keeps it: the till's canonical JSON and what it is searched by.
struct ReturnRecord {
    QString documentId;
    QString deviceId;
    int epoch = 1;
    std::int64_t seq = 0;
    QString storeId;
    QString tillId;
    QString receiptNumber;
    QString originalChannel; // channels::kStore, kWeb, or "none"
    QString originalNumber;
    std::int64_t totalCents = 0;
    bool decidedOffline = false;
    QString completedAt;
    QString receivedAt;
    QByteArray body;
};

// One line of a return, against the sold line it takes back.
struct ReturnedLine {
    QString returnDocumentId;
    QString returnReceipt; // the return's receipt number, for people
    QString storeId;       // where it came back
    QString channel;
    QString number;
    int line = 0;
    std::int64_t quantityMilli = 0;
};

// What central knows of a sold line after a return of it was recorded.
struct SoldLineReturns {
    std::optional<std::int64_t> soldMilli; // nothing while central has not seen the sale
    std::int64_t returnedMilli = 0;        // every return of it central holds, this one included
    QStringList returns;                   // their receipt numbers, in arrival order
    QStringList stores;                    // the stores they came back in, in the same order
};

// A reservation of quantities of a sold document while a till takes them back online.
struct LeaseRecord {
    QString id;
    QString channel;
    QString number;
    QString deviceId;
    QString storeId;
    QString tillId;
    QDateTime createdAt;
    QDateTime expiresAt;
    std::map<int, std::int64_t> lines; // sold line -> quantity held
};

// Goods moving at a location: a return puts them back, on the shelf or aside as damaged.
struct StockMovementRecord {
    std::int64_t id = 0; // central's order of arrival, the cursor of GET /v1/stock-movements
    QString location;    // the store
    QString sku;
    std::int64_t deltaMilli = 0;
    QString kind;        // "return"
    QString disposition; // "sellable", "damaged"
    QString documentId;
    QString recordedAt; // the till's time of the fact
    QString receivedAt;
};

// What a location holds of an item: the sum of its ledger of movements. Below zero is accepted
// (the goods were physically sold) and flagged for stock-taking.
struct StockLevel {
    QString location;
    QString sku;
    std::int64_t onHandMilli = 0;
    QString asOf;                   // when the newest movement counted in arrived
    std::int64_t reservedMilli = 0; // held for pickup orders waiting in the store (stockLevels only)
};

// A delivery or a transfer received at a store: each is received once; a second receipt (two
// tills, or two stores, receiving the same papers) is kept and raised as an exception.
struct StockReceipt {
    QString kind;   // "delivery", "transfer"
    QString number; // "D-1007", "ST-002-01-000004"
    QString documentId;
    QString storeId;
    QString tillId;
    QString receivedAt;
};

// One page of a location's stock feed (GET /v1/stock-feed): on a first load, its items by SKU
// with the cursor changes go on from; after that, the items moved since the till's cursor.
struct StockFeedSlice {
    std::int64_t head = 0;
    std::vector<StockLevel> levels;
    bool more = false;
};

// Money the web shop must pay back: a return of goods paid online.
struct RefundRecord {
    std::int64_t id = 0;
    QString returnDocumentId;
    QString returnReceipt;
    QString storeId;
    QString originalChannel;
    QString originalNumber;
    QString payment; // the original payment: "online:card", "online:invoice" ...
    std::int64_t amountCents = 0;
    QString status; // "pending", "paid"
    QString createdAt;
    QString paidAt{};
    QString paidReference{};
    QString paidBy{}; // the integration token's name that marked it paid
};

enum class MarkPaid { Done, AlreadyPaid, Unknown };

// A sale's tender of store credit, counted against the voucher's balance in arrival order.
struct VoucherSpend {
    QString number;
    QString documentId; // the sale's
    QString receipt;
    QString storeId;
    std::int64_t amountCents = 0;
    QString receivedAt;
};

// Store credit: a voucher issued by a return, its balance kept at central. The balance falls
// below zero when offline tills spent it twice: every spend is kept, and an exception raised.
struct VoucherRecord {
    QString number;
    QString issuedBy; // the return's document id
    QString storeId;
    std::int64_t amountCents = 0;
    std::int64_t balanceCents = 0;
    QString issuedAt;
    std::vector<VoucherSpend> spends{};
    QString check{}; // the code's check (core::voucherCheck); empty: a legacy voucher, spent by number
};

// A voucher as tills get it: feed vouchers with the code's check, so that a till checks a code
// offline; GET /v1/vouchers/{code} without it (central checked the code). The sales counted
// against it by document id, so that a till subtracts only its own spends central lacks.
inline QJsonObject voucherJson(const VoucherRecord& voucher, bool withCheck) {
    QStringList spentBy;
    for (const VoucherSpend& spend : voucher.spends) {
        spentBy << spend.documentId;
    }
    return core::toJson(core::VoucherCopy{voucher.number, voucher.storeId, core::Money(voucher.amountCents),
                                          core::Money(voucher.balanceCents), voucher.issuedAt, spentBy,
                                          withCheck ? voucher.check : QString()});
}

// A return of a store receipt central has not received, found when its time to arrive is up.
struct ReturnWithoutSale {
    QString documentId;
    QString deviceId;
    QString storeId;
    QString tillId;
    QString receipt;        // the return's
    QString originalNumber; // the receipt it took back: "001-02-000123"
    std::int64_t totalCents = 0;
    QString receivedAt;
};

// A change of money or rights in head office's audit trail (GET /v1/audit): made at a till
// (its operator) or through central's API (its token's name).
struct AuditRecord {
    std::int64_t cursor = 0;
    QString kind;    // core::auditKinds, or central's own ("refund.paid", ...)
    QString storeId; // empty for a change of head office's own
    QString tillId;  // empty unless made at a till
    QString actor;   // the operator's id at a till, the token's name at central
    QString subject; // what was changed: an operator's id, a setting's key, ...
    QJsonValue before{};
    QJsonValue after{};
    QString detail{};
    QString at{};         // when it was made (the till's clock for a till's)
    QString receivedAt{}; // when central recorded it
    QString documentId{}; // the till's fact, or central's own id: recorded once
};

// An audit record's before and after as the backends keep them: JSON text, NULL when absent.
inline std::optional<QString> auditValueText(const QJsonValue& value) {
    if (value.isUndefined() || value.isNull()) {
        return std::nullopt;
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}
inline QJsonValue auditValueFrom(const QString& text) {
    return text.isEmpty() ? QJsonValue() : QJsonDocument::fromJson("[" + text.toUtf8() + "]").array().first();
}

// A till certificate as every till gets it in feed till_certificates.
inline QJsonObject tillCertificateFeedItem(const QString& fingerprint, const QString& storeId, const QString& tillId,
                                           const QString& certificatePem, bool revoked) {
    return QJsonObject{{QStringLiteral("fingerprint"), fingerprint},
                       {QStringLiteral("store_id"), storeId},
                       {QStringLiteral("till_id"), tillId},
                       {QStringLiteral("certificate"), certificatePem},
                       {QStringLiteral("revoked"), revoked}};
}

// A web order as every till gets it in feed web_orders: what returns need, without the
// customer's contact details, which stores have no business holding for every order.
inline QJsonObject webOrderFeedItem(const core::WebOrder& order) {
    QJsonObject item = core::toJson(order);
    item.remove(QStringLiteral("customer"));
    return item;
}

struct StoredSale {
    std::int64_t cursor = 0; // central's change number: arrival order
    QString documentId;
    QString storeId;
    QString tillId;
    QString receivedAt;
    QByteArray body; // the sale as the till recorded it (canonical JSON)
};

// An event kept in the inbox without being applied: its kind was unknown when it arrived.
struct HeldEvent {
    QString deviceId;
    int epoch = 1;
    core::OutboxEvent event;
    QString receivedAt;
};

// Where a walk over held events goes on from: after this (device, epoch, seq).
struct HeldEventKey {
    QString deviceId;
    int epoch = 0;
    std::int64_t seq = 0;
};

// A customer id as central holds it: the live record, or what became of it. An id merged into
// another (the same person, found by e-mail, phone or card) keeps pointing at it; an erased one
// keeps only when it was erased, so that no fact or upload made before brings the person back.
struct CustomerRow {
    QString id;
    std::optional<core::Customer> customer; // the live record
    QString mergedInto{};
    QString erasedAt{};
};

// The JSON central keeps a live customer in, and reads back.
inline QString customerBody(const core::Customer& customer) {
    return QString::fromUtf8(QJsonDocument(core::toJson(customer)).toJson(QJsonDocument::Compact));
}
inline CustomerRow customerRowOf(const QString& id, const QByteArray& body, const QString& mergedInto,
                                 const QString& erasedAt) {
    CustomerRow row{id, std::nullopt, mergedInto, erasedAt};
    if (!body.isEmpty()) {
        auto customer = core::customerFromJson(QJsonDocument::fromJson(body).object());
        if (!customer) {
            throw core::StoreError(1, "customer " + id.toStdString() +
                                          " is stored unreadable: " + customer.error().detail.toStdString());
        }
        row.customer = std::move(customer).value();
    }
    return row;
}

// A merge as head office sees it: which id went into which, found by what, from where.
struct CustomerMerge {
    QString mergedId;
    QString intoId;
    QString matchedOn; // "loyalty_card", "email", "phone"
    QString source;    // "store 001 till 02", "integration web-shop"
    QString mergedAt;
};

// A read of a customer's record at central: who read it, what for, when.
struct CustomerRead {
    QString customerId;
    QString reader;  // "store 001 till 02", "integration web-shop"
    QString purpose; // "read", "export"
    QString readAt;
};

// A document of a customer's history: a store receipt, a return, or a web order. Kept under the
// id the channel knew the customer by (merges are followed when the history is read).
struct CustomerDocument {
    QString customerId;
    QString kind;    // "sale", "return", "order"
    QString channel; // channels::kStore, channels::kWeb
    QString number;  // the receipt or order number
    QString documentId;
    QString storeId; // empty for web orders
    QString at;      // when it was sold or returned (UTC)
    std::int64_t totalCents = 0;
};

// A movement of a member's points at central: a sale's earning or redemption, a return's take-back.
struct LoyaltyLedgerEntry {
    QString customerId;      // as the till knew the customer (merges are followed when counted)
    QString kind;            // "earn", "redeem", "take_back"
    std::int64_t points = 0; // what it does to the balance
    std::int64_t earned = 0; // what it does to the points earned in all (the tier)
    QString saleReceipt;     // the sale whose points these are
    QString documentId;      // the sale's or the return's
    QString deviceId;
    int epoch = 1;
    std::int64_t seq = 0;
    QString storeId;
    QString at;
};

// What a sale's points stand at: the member, what it earned, what returns have taken back.
struct SaleLoyaltyRecord {
    QString customerId;
    std::int64_t earned = 0;
    std::int64_t takenBack = 0;
};

// The contact a live customer is found by, for merging and for loyalty cards in use.
enum class CustomerContact { LoyaltyCard, Email, Phone };

// A set of texts as a JSON array, for a query to take as one parameter (json_each in SQLite,
// json_array_elements_text in PostgreSQL).
inline QString jsonList(const QSet<QString>& texts) {
    QJsonArray array;
    for (const QString& text : texts) {
        array.append(text);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// What central derives from a customer's record as it writes it into feed `customers`, so that a
// till's first load is served without reading a million records again (CentralService::
// limitCustomersFor): the home store, and of a member the limited record (core/store/
// CustomerRecords.h) with the fingerprint of the lookup key that made its checks.
struct CustomerFeedForms {
    QString id;
    QString homeStore;
    QByteArray limitedItem; // empty: not a member
    QString keyFingerprint;
};

// What a till's feed leaves out because a members snapshot brought it (MemberSnapshots.h): up
// to change `through`, the customers whose home is not `storeId` and whose forms central made with
// the lookup key `keyFingerprint` (every member of another store: the snapshot holds their
// limited records; every other store's customer who is no member: the till keeps nothing of them).
struct LeftOutOfFeed {
    QString storeId;
    std::int64_t through = 0; // 0: nothing is left out
    QString keyFingerprint;
};

// Central's master-data feed at one moment: its generation and its newest change number.
struct FeedPoint {
    QString generation;
    std::int64_t head = 0;
};

// A page of the master-data feed, read in one snapshot: `head` is at least every change in it,
// and no transaction still running can add a change at or below it.
struct ChangeSlice {
    QString generation;
    std::int64_t head = 0;
    // How far the page read the feed: `head` when it read everything there was, else its last
    // change's number (changes left out (LeftOutOfFeed) can make it pass the last one sent).
    std::int64_t through = 0;
    std::vector<StoredChange> changes;
    // Of the customers in `changes` written with their forms, by change number.
    std::map<std::int64_t, CustomerFeedForms> customerForms;
};

inline QString compactJson(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The JSON central keeps a pickup in, and reads back.
inline QString pickupBody(const core::Pickup& pickup) {
    return compactJson(core::toJson(pickup));
}
inline core::Pickup storedPickup(const QByteArray& body) {
    auto pickup = core::pickupFromJson(QJsonDocument::fromJson(body).object());
    if (!pickup) {
        throw core::StoreError(1, "a pickup is stored unreadable: " + pickup.error().detail.toStdString());
    }
    return std::move(pickup).value();
}

// A step of a pickup order as integrations follow them (GET /v1/pickup-changes): the state it
// moved to, who moved it, and what the step found (short lines, refused lines).
struct PickupChange {
    std::int64_t cursor = 0; // central's order of arrival
    QString order;
    QString storeId;
    QString status;
    QString at;     // when central applied it (UTC)
    QString source; // "store 061 till 02", "integration web-shop", "central"
    QString documentId;
    QJsonObject detail{};
    std::optional<core::Pickup> pickup{}; // the order as it stands now (pickupChanges reads it with the step)
};

// What /metrics tells about each enrolled till.
struct TillStatus {
    QString storeId;
    QString tillId;
    bool quarantined = false;
    QDateTime lastSeenAt;       // invalid before its first batch
    std::int64_t lastLagMs = 0; // receive time minus the newest event's time, by the till's clock
};

// Where a fact stands in its till's stream: everything a till records between its shift's
// opening and close (sales, returns) belongs to that shift, as the till has one open at a time.
struct StreamPosition {
    int epoch = 0;
    std::int64_t seq = 0;
};

// A till's shift as central records it from `shift.opened` and `shift.closed`.
struct ShiftRow {
    QString shiftId;
    QString deviceId;
    QString storeId;
    QString tillId;
    std::int64_t number = 0;
    QString openedAt;
    QString openedBy;
    QString closedAt;         // empty while open
    std::int64_t zNumber = 0; // 0 while open
    QString zJson;            // the close as the till sent it: figures, count, difference, approval
    QString receivedAt;
    QString businessDate;                 // the till's date at opening, YYYY-MM-DD
    std::optional<StreamPosition> opened; // of the `shift.opened` fact; none when it never arrived
    std::optional<StreamPosition> closed; // of the `shift.closed` fact
};

// What central holds of a shift's receipts (sales and returns, in euro cents).
struct ReceiptTotals {
    std::int64_t sales = 0;
    std::int64_t salesCents = 0;
    std::int64_t returns = 0;
    std::int64_t returnsCents = 0;
};

// One write transaction of a backend: rolls back unless committed. Throws core::StoreError
// (or StoreUnavailable) when the database fails; nothing of the transaction is then kept.
class CentralWrite {
public:
    virtual ~CentralWrite() = default;

    [[nodiscard]] virtual std::optional<TillRecord> till(const QString& deviceId) = 0;
    // The progress of the till's epoch, locked against every other writer of that till and
    // epoch (in any central process) until this transaction ends.
    [[nodiscard]] virtual DeviceProgress lockProgress(const QString& deviceId, int epoch) = 0;
    virtual void saveProgress(const QString& deviceId, int epoch, const DeviceProgress& progress) = 0;
    // The payload hash of the event central holds at that seq, if any.
    [[nodiscard]] virtual std::optional<QString> inboxPayloadHash(const QString& deviceId, int epoch,
                                                                  std::int64_t seq) = 0;
    // Records a new event in the inbox; `applied` false keeps it held for a later central.
    virtual void addToInbox(const QString& deviceId, int epoch, const core::OutboxEvent& event,
                            const QDateTime& receivedAt, bool applied) = 0;
    // Marks a held event applied; false when it is not held (any more).
    virtual bool claimHeld(const QString& deviceId, int epoch, std::int64_t seq, const QDateTime& at) = 0;
    virtual void addException(const CentralException& exception) = 0;
    // Records an entry of the audit trail; false when its document is recorded already.
    virtual bool addAudit(const AuditRecord& record) = 0;
    virtual void quarantine(const QString& deviceId, const QString& reason) = 0;
    // For /metrics: when central last heard from the till, and how far behind its newest event was.
    virtual void noteContact(const QString& deviceId, const QDateTime& at, std::int64_t lagMs) = 0;

    // The facts' own tables, one group per kind of fact.
    // A sale; false (and nothing written) when central holds a sale with its document id.
    virtual bool addSale(const SaleRecord& sale) = 0;
    // The lines of a receipt or order, for returns; lines central holds already are kept. Returns
    // of it that arrived before it are counted in. Returns the lines that have come back more
    // than was sold.
    virtual std::vector<int> addSoldDocument(const SoldDocument& document) = 0;
    // The document's returns so far, per sold line (for the over-return exception).
    [[nodiscard]] virtual SoldLineReturns returnsOfLine(const QString& channel, const QString& number, int line) = 0;

    // A return; false (and nothing written) when central holds a return with its document id.
    virtual bool addReturn(const ReturnRecord& record) = 0;
    // A returned line, counted against its sold line whether or not central has the sale yet.
    virtual SoldLineReturns addReturnedLine(const ReturnedLine& line) = 0;
    virtual void addStockMovement(const StockMovementRecord& movement) = 0;
    // The ledger of (location, item) up to `at` (movements recorded then or before, by the
    // tills' times: what a count taken at `at` stands against).
    [[nodiscard]] virtual std::int64_t onHandAsOf(const QString& location, const QString& sku, const QString& at) = 0;
    // Whether the ledger has movements of this document already (an integration's reference).
    [[nodiscard]] virtual bool hasStockDocument(const QString& documentId) = 0;
    // Records the receipt; when the delivery or transfer was received before, the earlier
    // receipt (and nothing is recorded).
    virtual std::optional<StockReceipt> recordStockReceipt(const StockReceipt& receipt) = 0;
    // Central's own feed item (deliveries received leave feed deliveries), under a new change number.
    virtual void feedItem(const QString& feed, const QString& key, const QJsonObject& item, bool removed) = 0;
    // A customer's record into feed `customers` (key: their id) with what a till's first load
    // needs of it.
    virtual void feedCustomerItem(const QJsonObject& item, const CustomerFeedForms& forms) = 0;
    // Up to `limit` customers in feed `customers` after id `after`, in id order, whose forms were
    // not made with the lookup key `fingerprint` names (written before central kept forms, or
    // with another key): their items.
    [[nodiscard]] virtual std::vector<QJsonObject> customersWithoutForms(const QString& fingerprint,
                                                                         const QString& after, int limit) = 0;
    // Forms derived for a customer already in the feed, kept without a new change number (the
    // tills' copies are as they were); forms made with that key meanwhile stay.
    virtual void keepCustomerForms(const CustomerFeedForms& forms) = 0;
    // A feed's item as it stands, also one removed from the feed.
    [[nodiscard]] virtual std::optional<QJsonObject> feedItemOf(const QString& feed, const QString& key) = 0;
    // When the latest count of (location, item) was taken, if ever.
    [[nodiscard]] virtual std::optional<QString> latestCountAt(const QString& location, const QString& sku) = 0;
    virtual void addRefund(const RefundRecord& refund) = 0;
    // Opens the voucher; false when it is open already (a return's fact applied once).
    virtual bool addVoucher(const VoucherRecord& voucher) = 0;
    // Counts a sale's spend against the voucher; the voucher as it stands after, or nothing when
    // central has none.
    virtual std::optional<VoucherRecord> spendVoucher(const VoucherSpend& spend) = 0;

    // Till certificates (sync/server/TillCertificates.h). Records one central issued; false when
    // it is recorded already.
    virtual bool addCertificate(const QString& fingerprint, const QByteArray& certificatePem, const TillPrincipal& till,
                                const QDateTime& issuedAt) = 0;
    // Revokes every certificate of store/till not revoked yet; each one revoked (its PEM is empty
    // for a certificate issued before central kept them).
    struct RevokedCertificate {
        QString fingerprint;
        QString pem;
    };
    virtual std::vector<RevokedCertificate> revokeCertificates(const QString& storeId, const QString& tillId,
                                                               const QDateTime& at) = 0;

    // Return leases. The sold lines of the document, locked against every other writer of it
    // until this transaction ends; nothing when central does not know it.
    [[nodiscard]] virtual std::optional<SoldDocument> lockSoldDocument(const QString& channel,
                                                                       const QString& number) = 0;
    // What leases other than the device's own hold now, per sold line.
    [[nodiscard]] virtual std::map<int, std::int64_t>
    reservedByOthers(const QString& channel, const QString& number, const QString& deviceId, const QDateTime& now) = 0;
    // Ends the device's leases of the document that are still open (a new one replaces them).
    virtual void endDeviceLeases(const QString& channel, const QString& number, const QString& deviceId,
                                 const QDateTime& at) = 0;
    virtual void addLease(const LeaseRecord& lease) = 0;
    // Ends an open lease of the device ("completed" or "released"); false when there is none.
    virtual bool endLease(const QString& id, const QString& deviceId, const QString& how, const QDateTime& at) = 0;

    // Customers (sync/server/CustomerMaster.h keeps the rules). Taken first by every write of
    // customers, so that two central processes never create the same person twice.
    virtual void lockCustomers() = 0;
    [[nodiscard]] virtual std::optional<CustomerRow> customerRow(const QString& id) = 0;
    // The live customer other than `exceptId` found by the contact (e-mail without regard to case).
    [[nodiscard]] virtual std::optional<QString> liveCustomerWith(CustomerContact contact, const QString& value,
                                                                  const QString& exceptId) = 0;
    // Creates or replaces the live record.
    virtual void saveCustomer(const core::Customer& customer) = 0;
    // `merge.mergedId` becomes an id of `merge.intoId`: it holds nothing of its own from now on.
    virtual void recordCustomerMerge(const CustomerMerge& merge) = 0;
    [[nodiscard]] virtual std::vector<CustomerMerge> customerMerges(const QString& intoId) = 0;
    // Erases the record of `id` (a live one or a merged id): nothing of the person stays but the
    // id, the time, and hashes of the contacts a fact made before the erasure might bring back.
    // Payloads of the customer's facts in the inbox are blanked (their hashes stay for resends),
    // the contact details of their web orders too, and their history goes; the sales and
    // returns themselves stay (the accounts need them), with nothing to tell whose they were.
    virtual void eraseCustomer(const QString& id, const QStringList& contactHashes, const QString& at) = 0;
    // When a customer with one of these contact hashes was erased (the latest), if ever.
    [[nodiscard]] virtual std::optional<QString> erasedContactAt(const QStringList& contactHashes) = 0;
    // The fact (device, epoch, seq) concerns the customer: blanked when they are erased, at once
    // when they are erased already.
    virtual void noteCustomerFact(const QString& customerId, const QString& deviceId, int epoch, std::int64_t seq) = 0;
    virtual void addCustomerDocument(const CustomerDocument& document) = 0;
    // The documents of these ids, newest first.
    // Newest first, `limit` of them after the first `skip`.
    [[nodiscard]] virtual std::vector<CustomerDocument> customerDocuments(const QStringList& ids, int limit,
                                                                          int skip = 0) = 0;
    virtual void addLoyaltyEntry(const LoyaltyLedgerEntry& entry) = 0;
    // The points of these ids: balance, earned in all, and per till epoch the highest seq counted.
    [[nodiscard]] virtual core::LoyaltyStanding loyaltyStanding(const QStringList& ids) = 0;
    // The redemptions of these ids, oldest first (for an overspend: which sales, which stores).
    [[nodiscard]] virtual std::vector<LoyaltyLedgerEntry> loyaltyRedemptions(const QStringList& ids) = 0;
    [[nodiscard]] virtual std::optional<SaleLoyaltyRecord> saleLoyalty(const QString& saleReceipt) = 0;
    virtual void logCustomerRead(const CustomerRead& read) = 0;
    [[nodiscard]] virtual std::vector<CustomerRead> customerReads(const QString& id) = 0;
    // Records a shift's opening, or its close (over what the opening recorded; a first close
    // stands against a later one).
    virtual void saveShift(const ShiftRow& shift) = 0;
    // The Z number the shift was closed with; 0 while open or unknown.
    [[nodiscard]] virtual std::int64_t shiftZNumber(const QString& shiftId) = 0;
    // The highest Z number central holds of the till; 0 when none.
    [[nodiscard]] virtual std::int64_t lastZNumber(const QString& storeId, const QString& tillId) = 0;
    // A customer's suggestions as last computed (core/domain/Suggestions.h's JSON); none: [].
    [[nodiscard]] virtual QString customerSuggestions(const QString& id) = 0;
    // Replaces them; [] removes them.
    virtual void saveCustomerSuggestions(const QString& id, const QString& json, const QString& at) = 0;

    // Pickup orders (sync/server/Pickups.h keeps the rules). The pickup, locked against every
    // other writer of it until this transaction ends; nothing when central has no such order.
    [[nodiscard]] virtual std::optional<core::Pickup> lockPickup(const QString& order) = 0;
    // Creates or replaces it; an open pickup reserves what is not short of each line at its store.
    virtual void savePickup(const core::Pickup& pickup) = 0;
    virtual void addPickupChange(const PickupChange& change) = 0;
    // The ready pickups whose collection period ended before `at`.
    [[nodiscard]] virtual QStringList pickupsDue(const QDateTime& at) = 0;

    // Web orders (sync/server/WebOrderIntake.h). An order as the web shop sent it: Added the
    // first time; Unchanged when the same order was stored before; Conflict when one of that
    // number was stored with other contents (another request may be storing it: the database's
    // key settles which comes first).
    enum class WebOrderStored { Added, Unchanged, Conflict };
    [[nodiscard]] virtual WebOrderStored addWebOrder(const core::WebOrder& order, const QDateTime& receivedAt) = 0;
    // Takes the orders placed before `placedBefore` out of the tills' feed web_orders.
    virtual void dropWebOrdersFromFeed(const QDateTime& placedBefore) = 0;

    virtual void commit() = 0;

    // An exception head office sees, raised in this transaction.
    void raise(const QString& kind, const TillPrincipal& till, const QString& documentId, const QString& detail,
               const QDateTime& at) {
        addException(CentralException{0, kind, till.deviceId, till.storeId, till.tillId, documentId, detail,
                                      at.toUTC().toString(Qt::ISODateWithMs)});
    }
};

// What suggestions are computed from (sync/server/CustomerSuggestions.h), each read in one pass.
struct SuggestionInputs {
    // Every live product's catalog JSON.
    std::function<void(const QJsonObject& product)> product;
    // Every customer not erased: a live one with their record, one merged with the id they went into.
    std::function<void(const QString& id, const QString& mergedInto, const QString& body)> customer;
    // Every line sold to a customer (store receipts and web orders) and not wholly returned.
    std::function<void(const QString& customerId, const QString& sku)> purchase;
};

// An integration's bearer token as central keeps it: never the secret, only its hash.
struct IntegrationToken {
    QString name;       // "web shop"
    QStringList scopes; // "stock:read", ...; "all" for every scope
    QString createdAt;
    QString lastUsedAt; // empty: never used
    QString revokedAt;  // empty: in force
};

class CentralStore {
public:
    virtual ~CentralStore() = default;

    [[nodiscard]] virtual std::unique_ptr<CentralWrite> beginWrite() = 0;
    // After an erasure was committed: no copy of what it deleted lingers in the store's files
    // (SQLite's write-ahead log is emptied; PostgreSQL's dead rows are vacuum's, as its
    // administrators run it).
    virtual void leaveNoCopyOfErased() {}
    // Reads what suggestions are computed from, without holding up writers (a purchase recorded
    // meanwhile counts the next time).
    virtual void readSuggestionInputs(const SuggestionInputs& inputs) = 0;

    // Enrollment's outcome: the device may from now on write as store/till.
    virtual void registerTill(const TillPrincipal& till) = 0;
    // A one-time code that lets one new till enroll as store/till until `expiresAt`. Only a
    // hash of it is stored.
    virtual QString createEnrollmentCode(const QString& storeId, const QString& tillId, const QDateTime& expiresAt) = 0;
    // The store and till a valid, unused code enrolls as, without using it up.
    [[nodiscard]] virtual std::optional<std::pair<QString, QString>> peekEnrollmentCode(const QString& code,
                                                                                        const QDateTime& now) = 0;
    // Uses the code up and registers the device as its store/till: nothing when the code is
    // unknown, used or expired. Of two concurrent redemptions of one code, one wins.
    virtual std::optional<TillPrincipal> redeemEnrollmentCode(const QString& code, const QString& deviceId,
                                                              const QDateTime& now) = 0;
    [[nodiscard]] virtual bool isRevoked(const QString& fingerprint) = 0;

    [[nodiscard]] virtual std::int64_t highWaterMark(const QString& deviceId, int epoch) = 0;
    [[nodiscard]] virtual std::int64_t saleCount() = 0;
    [[nodiscard]] virtual std::vector<CentralException> exceptions(std::int64_t afterId, int limit) = 0;
    // Sales in arrival order after `cursor`, at most `limit`.
    [[nodiscard]] virtual std::vector<StoredSale> salesSince(std::int64_t cursor, int limit) = 0;
    // Held events after `after` in (device, epoch, seq) order, at most `limit`.
    [[nodiscard]] virtual std::vector<HeldEvent> heldEvents(const HeldEventKey& after, int limit) = 0;
    [[nodiscard]] virtual std::int64_t heldEventCount() = 0;

    // Master data from integrations: the items of one feed, stored in one transaction, each
    // under a new change number. Returns central's latest change number. A product's GTINs
    // belong to it alone: a GTIN another live product has throws GtinTaken (the service checks
    // first and names the line; the database's key settles a race between two requests).
    virtual std::int64_t putMasterData(const QString& feed, const std::vector<core::FeedItem>& items) = 0;
    // One master-data item as central holds it; nothing when there is none (or it was removed).
    [[nodiscard]] virtual std::optional<QJsonObject> masterDataItem(const QString& feed, const QString& key) = 0;
    // A receipt (channels::kStore) or web order (channels::kWeb) with its lines, what has come
    // back of each and what open leases hold at `now`; nothing when central does not know it.
    // A till asking names its device: its own leases are left out, since it counts the returns
    // it has not sent yet itself (and takes a new lease in place of its old one).
    [[nodiscard]] virtual std::optional<SoldDocument> soldDocument(const QString& channel, const QString& number,
                                                                   const QDateTime& now,
                                                                   const QString& askingDevice = {}) = 0;

    // Returns in arrival order after `cursor`, at most `limit` (the cursor is the return's).
    [[nodiscard]] virtual std::vector<StoredSale> returnsSince(std::int64_t cursor, int limit) = 0;
    [[nodiscard]] virtual std::vector<StockMovementRecord> stockMovementsSince(std::int64_t cursor, int limit) = 0;
    // Stock per (location, item) from the ledger, goods set aside (damaged returns) not counted:
    // of `sku` (empty: every item) at `location` (empty: every location), items after
    // `afterSku`, by location and SKU.
    [[nodiscard]] virtual std::vector<StockLevel> stockLevels(const QString& location, const QString& sku,
                                                              const QString& afterSku, int limit) = 0;
    // A location's stock feed. `after` 0 is a first load: the location's items after `afterSku`,
    // `head` the cursor of the newest movement then. Otherwise the items with movements after
    // the cursor `after` (at most `limit` movements), `head` the cursor the page reaches.
    [[nodiscard]] virtual StockFeedSlice stockFeed(const QString& location, std::int64_t after, const QString& afterSku,
                                                   int limit) = 0;
    // A delivery as integrations posted it, and its receipt if it has been received.
    [[nodiscard]] virtual std::optional<std::pair<QJsonObject, std::optional<StockReceipt>>>
    delivery(const QString& number) = 0;
    // Refunds the web shop pays out, by status ("pending", "paid", or empty for all), after `afterId`.
    [[nodiscard]] virtual std::vector<RefundRecord> refunds(const QString& status, std::int64_t afterId, int limit) = 0;
    // `by`: the token's name, kept with the refund.
    virtual MarkPaid markRefundPaid(std::int64_t id, const QString& reference, const QString& by,
                                    const QDateTime& at) = 0;
    [[nodiscard]] virtual std::optional<VoucherRecord> voucher(const QString& number) = 0;
    // Vouchers issued before codes carried a secret that still hold a balance, by number after
    // `afterNumber` (without their spends): head office reissues them.
    [[nodiscard]] virtual std::vector<VoucherRecord> legacyVouchers(const QString& afterNumber, int limit) = 0;
    // Returns of store receipts received before `receivedBefore` whose sale central has not
    // received, and which were not raised as sale_never_arrived yet; oldest first.
    [[nodiscard]] virtual std::vector<ReturnWithoutSale> returnsWithoutTheirSale(const QString& receivedBefore,
                                                                                 int limit) = 0;
    // The audit trail after `afterCursor` in the order it was recorded, of one store (its tills'
    // changes) or, with `storeId` empty, of every store and head office's own.
    [[nodiscard]] virtual std::vector<AuditRecord> audit(const QString& storeId, std::int64_t afterCursor,
                                                         int limit) = 0;
    // The exceptions that concern a store (raised by its tills or naming it), after `afterId`.
    [[nodiscard]] virtual std::vector<CentralException> storeExceptions(const QString& storeId, std::int64_t afterId,
                                                                        int limit) = 0;

    // The live products that have these GTINs now: GTIN -> SKU.
    [[nodiscard]] virtual std::map<QString, QString> gtinOwners(const QStringList& gtins) = 0;
    // The feed after `since`: at most `limit` changes and, past the first, about `maxBytes` of
    // items, without those `leftOut` names.
    [[nodiscard]] virtual ChangeSlice changesSince(std::int64_t since, int limit, qsizetype maxBytes,
                                                   const LeftOutOfFeed& leftOut) = 0;
    [[nodiscard]] ChangeSlice changesSince(std::int64_t since, int limit, qsizetype maxBytes) {
        return changesSince(since, limit, maxBytes, LeftOutOfFeed{});
    }
    // The feed's generation and head now.
    [[nodiscard]] FeedPoint feedPoint() {
        const ChangeSlice none = changesSince(std::numeric_limits<std::int64_t>::max(), 1, 0);
        return {none.generation, none.head};
    }
    // The tax rates integrations have put: the codes products may use.
    [[nodiscard]] virtual core::TaxTable taxTable() = 0;
    // Central's database generation: a new one after a restore (see the backends).
    [[nodiscard]] virtual QString generation() = 0;
    [[nodiscard]] virtual std::vector<TillStatus> tillStatuses() = 0;
    // The shifts of a business day (the till's date at opening) of one store, or of every store
    // when `storeId` is empty, by store, till and shift number.
    [[nodiscard]] virtual std::vector<ShiftRow> shiftsOfDay(const QString& storeId, const QString& date) = 0;
    // The sales and returns central holds of the shift's till after its opening in the till's
    // stream and, once closed, before its close; nothing when its opening never arrived.
    [[nodiscard]] virtual std::optional<ReceiptTotals> shiftReceiptTotals(const ShiftRow& shift) = 0;

    // Pickup orders of a store (every store when empty) in a status (any when empty), newest first.
    [[nodiscard]] virtual std::vector<core::Pickup> pickups(const QString& storeId, const QString& status,
                                                            int limit) = 0;
    [[nodiscard]] virtual std::optional<core::Pickup> pickup(const QString& order) = 0;
    // The pickups' steps after `cursor` in arrival order, of one store (every store when empty),
    // each with its order as it stands, in the same query.
    [[nodiscard]] virtual std::vector<PickupChange> pickupChanges(std::int64_t cursor, const QString& storeId,
                                                                  int limit) = 0;

    // Every member's limited record whose forms central made with the lookup key `keyFingerprint`,
    // read in one snapshot of the feed (for a members snapshot, MemberSnapshots.h): `each` gets
    // them in change-number order; the answer is the generation and the head that snapshot had.
    [[nodiscard]] virtual FeedPoint readMembers(const QString& keyFingerprint,
                                                const std::function<void(const QByteArray& limitedItem)>& each) = 0;
    // Whether a customer was erased after change `change` (a snapshot of that change may hold them).
    [[nodiscard]] virtual bool customerErasedAfter(std::int64_t change) = 0;

    // Of the customers `ids`, those with a receipt or return at `storeId` at or after `since`,
    // each with the time of their latest there: a store's own customers (core/store/CustomerRecords.h).
    [[nodiscard]] virtual std::map<QString, QString> customersSeenAt(const QString& storeId, const QStringList& ids,
                                                                     const QString& since) = 0;

    // Integrations (web shop, ERP) authenticate with bearer tokens; only hashes are stored.
    // A new token with its scopes (sync/server/TokenScopes.h), made now; its secret, shown once.
    virtual QString createToken(const QString& name, const QStringList& scopes) = 0;
    // The token in force the secret is, if any.
    [[nodiscard]] virtual std::optional<IntegrationToken> findToken(const QString& token) = 0;
    // When the token was last used; central writes it at most once a minute per token.
    virtual void noteTokenUsed(const QString& token, const QString& at) = 0;
    // Every token made, in force or revoked, oldest first.
    [[nodiscard]] virtual std::vector<IntegrationToken> tokens() = 0;
    // Revokes the tokens in force of that name: how many there were.
    virtual int revokeToken(const QString& name, const QString& at) = 0;
};

} // namespace kassa::sync
