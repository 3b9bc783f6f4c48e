#pragma once

// Goods coming back: what a return is decided against (a receipt of any store or a web order,
// line by line, with how much of each line has come back already), the rules that decide it
// under the chain's ReturnPolicy, and the completed return, an immutable business fact that is
// a receipt of its own: numbered in the till's receipt sequence, chained, and sent to central
// as a `return.completed` event.
//
// A line's refund is its share of what the customer paid for it (discounts included), so the
// refunds of every part of a line add up to exactly what the line cost, never a cent more.

#include "Basket.h"
#include "ReturnPolicy.h"
#include "Sale.h"
#include "Voucher.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>
#include <vector>

namespace kassa::core {

// Where the goods were sold.
namespace returnChannels {
inline constexpr char kStore[] = "store"; // a receipt of any store, by its receipt number
inline constexpr char kWeb[] = "web";     // a web order, by its order number
inline constexpr char kNone[] = "none";   // no receipt: a manager approves, the policy prices
} // namespace returnChannels

enum class Disposition { Sellable, Damaged };
[[nodiscard]] QString dispositionToString(Disposition disposition); // "sellable" / "damaged"
[[nodiscard]] bool dispositionFromString(QStringView text, Disposition* disposition);

// Why a line came back: the codes head office reports by.
[[nodiscard]] const QStringList& returnReasons(); // "changed_mind", "wrong_size", "defective", ...
// A reason as people read it, in the till's language: "changed mind".
[[nodiscard]] QString returnReasonText(const QString& reason);

struct ReturnableLine {
    int line = 0;
    std::int64_t productId = 0; // the till's catalog row, 0 when it does not know the SKU
    QString sku;
    QString name;
    QString taxCode;
    int taxBasisPoints = 0;
    Unit unit = Unit::Pieces;
    std::int64_t quantityMilli = 0; // sold
    std::int64_t returnedMilli = 0; // returned anywhere so far, as far as the till knows
    Money unitPrice;
    Money net; // what the customer paid for the whole line

    [[nodiscard]] std::int64_t returnableMilli() const {
        return std::max<std::int64_t>(0, quantityMilli - returnedMilli);
    }
};

// A tender of the original sale, as far as refunds need it.
struct OriginalTender {
    QString kind; // "cash", "card", "online:card", "online:invoice", "store_credit" ...
    Money amount; // what it paid of the sale
    QString authCode;
    QString maskedPan;
};

// Where the till learned of the document: what decides whether a return of it is confirmed.
enum class DocumentSource {
    Central,  // central answered, with what has been returned anywhere: a lease can hold it
    Journal,  // this till's own sale
    Receipt,  // the receipt's signed QR code, read from paper
    OrderFeed // the web-order feed the till keeps
};

struct ReturnableDocument {
    QString channel; // returnChannels::kStore or kWeb
    QString number;  // receipt number or order number
    QString storeId; // the selling store, for receipts
    QString documentId;
    QDateTime soldAt; // UTC
    std::vector<ReturnableLine> lines;
    std::vector<OriginalTender> tenders;
    DocumentSource source = DocumentSource::Central;

    [[nodiscard]] const ReturnableLine* line(int number) const;
};

// A store receipt number as tills print it, STORE-TILL-NUMBER ("001-02-000123"); anything else
// typed on the return screen is taken for a web order number.
[[nodiscard]] bool looksLikeReceiptNumber(const QString& text);

// The policy's name for what a tender is: "cash", "card", "online" or "store_credit".
[[nodiscard]] QString refundCategory(const QString& tenderKind);

// The document's lines as the till's own sale sold them (voided lines were not sold).
[[nodiscard]] ReturnableDocument returnableOf(const CompletedSale& sale);

struct ReturnLine {
    int lineNo = 0;       // the return's own numbering
    int originalLine = 0; // the sold line; 0 without a receipt
    std::int64_t productId = 0;
    QString sku;
    QString name;
    QString taxCode;
    int taxBasisPoints = 0;
    Unit unit = Unit::Pieces;
    std::int64_t quantityMilli = 0;
    Money unitPrice;
    Money refund; // VAT included
    QString reason;
    Disposition disposition = Disposition::Sellable;
};

namespace refundKinds {
inline constexpr char kCash[] = "cash";
inline constexpr char kCard[] = "card";                // back through the payment terminal
inline constexpr char kOnline[] = "online";            // a refund the web shop pays out
inline constexpr char kStoreCredit[] = "store_credit"; // a voucher
// Credit towards new items in the same basket (an exchange): a voucher the sale spends at once,
// so that the credit outlives a sale that is never finished.
inline constexpr char kExchange[] = "exchange";
} // namespace refundKinds

// One way the money goes back.
struct Refund {
    QString kind;              // refundKinds
    Money amount;              // what it refunds of the return (cash before rounding)
    QString originalReference; // card: the original authorisation code; online: the payment ("online:card")
    CardAuthorization card;    // card: the terminal's answer to the refund
    QString voucherNumber;     // store credit and exchange: the voucher issued
    QString voucherCheck{};    // its code's check (voucherCheck): what the till and central keep of it
    // Its code's secret: known only while the return is being completed, for its first print and
    // an exchange's sale; kept nowhere (a reprint shows the number alone).
    QString voucherSecret{};

    [[nodiscard]] VoucherCode voucherCode() const { return {voucherNumber, voucherSecret}; }
};

enum class RefundMethod { Original, Cash, StoreCredit };
[[nodiscard]] bool refundMethodFromString(QStringView text, RefundMethod* method); // original|cash|store-credit

struct CompletedReturn {
    QString documentId; // UUIDv7
    std::int64_t number = 0;
    QString receiptNumber; // in the till's receipt sequence: "001-01-000043"
    TillIdentity till;
    QString operatorId;
    QString operatorName;
    QDateTime completedAt; // the till's clock, recorded but never deciding anything at central
    QString currency = QStringLiteral("EUR");
    QString customerId; // the customer it was returned for: attached, or the original sale's
    // Points taken back from the member whose sale (of this till) earned them; central counts
    // every return against the sale's points whichever till took it back.
    std::int64_t loyaltyTakenBack = 0;
    QString originalChannel; // returnChannels
    QString originalNumber;  // receipt or order number; empty without a receipt
    QString originalStoreId;
    QString originalDocumentId;
    QString leaseId; // central's reservation, taken online; empty: decided offline (unconfirmed)
    std::vector<ReturnLine> lines;
    Money total;    // what the goods give back
    Money rounding; // cash rounding of the cash refund (the customer gets total + rounding)
    std::vector<Refund> refunds;
    std::vector<VatLine> vat;
    std::vector<Approval> approvals;
    bool signatureRequired = false;
    QString previousHash;
    QString hash;

    [[nodiscard]] Money amountRefunded() const { return total + rounding; }
    [[nodiscard]] bool decidedOffline() const { return leaseId.isEmpty(); }
};

// A store-credit voucher's number, printed as a barcode and taken as a tender in any store:
// "SC-001-01-000007" (store, till, the till's voucher count).
[[nodiscard]] QString formatVoucherNumber(const TillIdentity& till, std::int64_t number);

// The refund of `quantityMilli` more of a line of which `alreadyMilli` came back: the
// difference of the line's paid amount pro rata, so that all its parts add up to `net`.
[[nodiscard]] Money refundForLine(const ReturnableLine& line, std::int64_t alreadyMilli, std::int64_t quantityMilli);

// The rules, each on its own so that a screen can check a line as it is chosen.
// The document is within the policy's window for its channel on `now` (whole days).
[[nodiscard]] Result<void> checkReturnWindow(const ReturnableDocument& document, const ReturnPolicy& policy,
                                             const QDateTime& now);
// The product may come back at all (by SKU or by one of its attribute values).
[[nodiscard]] Result<void> checkReturnable(const ReturnPolicy& policy, const QString& sku,
                                           const QJsonObject& attributes);
// `quantityMilli` more of the line may come back, `chosenMilli` being chosen already.
[[nodiscard]] Result<void> checkQuantity(const ReturnableLine& line, std::int64_t chosenMilli,
                                         std::int64_t quantityMilli);

// How `total` goes back under `method`: to the original tenders pro rata (a card at most what it
// paid, each with its authorisation; an online payment as a refund the web shop pays), all in
// cash, or all as store credit; refused when the policy does not allow a refund tender for one
// of the original tenders. Without a receipt (no tenders) only cash and store credit exist.
[[nodiscard]] Result<std::vector<Refund>> allocateRefund(Money total, const std::vector<OriginalTender>& tenders,
                                                         RefundMethod method, const ReturnPolicy& policy);

// The canonical form: compact JSON with sorted keys, amounts in cents. It is the outbox payload
// and what the receipt chain hashes, so it must never change for a stored return.
[[nodiscard]] QJsonObject returnToJson(const CompletedReturn& completed);
[[nodiscard]] Result<CompletedReturn> returnFromJson(const QJsonObject& json);
[[nodiscard]] QByteArray canonicalBytes(const CompletedReturn& completed);

constexpr int kReturnSchemaVersion = 1;

} // namespace kassa::core
