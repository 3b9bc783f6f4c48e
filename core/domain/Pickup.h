#pragma once

// Buy online, pick up in store: the states a pickup order moves through, and which step may
// follow which. new -> picking -> ready -> collected; cancelled from any state before collected;
// expired when a ready order is not collected within the store's collection period (its stock is
// released). Central applies each step exactly once, from a till's fact or an integration; a
// step that may not follow is refused with the reason, for the cashier and the web shop alike.

#include "Money.h"
#include "Result.h"
#include "WebOrder.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <map>
#include <optional>
#include <vector>

namespace kassa::core {

enum class PickupStatus { New, Picking, Ready, Collected, Cancelled, Expired };

[[nodiscard]] QString pickupStatusToString(PickupStatus status); // new, picking, ready, collected, ...
[[nodiscard]] std::optional<PickupStatus> pickupStatusFromString(QStringView text);

// Whether `to` may follow `from` for `order`; the refusal (ErrorCode::PickupStepRefused) says what
// the order's state allows: "Order W1 is not ready to collect yet: it is being picked."
[[nodiscard]] Result<void> checkPickupStep(const QString& order, PickupStatus from, PickupStatus to);

// The last moment a ready order may be collected: the end of the day `days` days after it was
// made ready (the store's collection period), in the store's time.
[[nodiscard]] QDateTime collectBy(const QDateTime& readyAt, int days);

// A line of a pickup order: as ordered (and priced, for an order paid at collection), and what
// the store picked of it and found short. What is not short stays reserved of the store's stock
// until the order is collected, cancelled or expires.
struct PickupLine {
    int line = 0;
    QString sku;
    std::int64_t quantityMilli = 0;
    Money unitPrice;
    QString taxCode;
    Money discount;
    std::int64_t pickedMilli = 0;
    std::int64_t shortMilli = 0;

    [[nodiscard]] std::int64_t reservedMilli() const { return quantityMilli - shortMilli; }
    // What the customer pays at collection for what was picked: the line's price for the
    // quantity, its discount shared by the share picked (half up to the cent).
    [[nodiscard]] Money pickedNet() const;
};

// A pickup order as central keeps it and feeds it to its store's tills (GET /v1/pickup-changes):
// the order, where it stands, and the code the customer collects it with. Central keeps the code
// (integrations read it); a till gets and keeps only its keyed hash, "code_check" (see
// core/store/LookupKey.h), in place of "code".
//
// {"order": "W100", "store": "061", "status": "ready", "paid": true, "payment": "online:card",
//  "code": "482913", "placed_at": "...Z", "updated_at": "...Z", "ready_at": "...Z" | null,
//  "collect_by": "...Z" | null, "collected_at": "...Z" | null, "collected_by": "store 061 till 02",
//  "customer": {"name": "...", "phone": "..."},
//  "lines": [{"line": 1, "sku": "100234", "quantity": "2", "unit_price": "2.99", "tax_code": "B",
//             "discount": "0.00", "picked": "2", "short": "0"}]}
struct Pickup {
    QString order;
    QString store;
    PickupStatus status = PickupStatus::New;
    bool paid = true;
    QString payment;     // the online payment; kPaidAtCollection when paid at collection
    QString code;        // the pickup code the customer was sent (central's copy)
    QString codeCheck{}; // a till's copy: the code's keyed hash (pickupCodeCheck), never the code
    QString customerName;
    QString customerPhone;
    QDateTime placedAt;
    QDateTime updatedAt;
    std::optional<QDateTime> readyAt;
    std::optional<QDateTime> collectBy;
    std::optional<QDateTime> collectedAt;
    QString collectedBy; // "store 061 till 02"
    std::vector<PickupLine> lines;

    [[nodiscard]] const PickupLine* line(int number) const;
    [[nodiscard]] PickupLine* line(int number);
    // The order as it waits in the store: new, being picked or ready (its stock is reserved).
    [[nodiscard]] bool isOpen() const;
};

// A new pickup of `order` (which names its pickup store), waiting to be picked.
[[nodiscard]] Pickup pickupOf(const WebOrder& order, const QString& code, const QDateTime& at);
[[nodiscard]] QJsonObject toJson(const Pickup& pickup);
// Reads what toJson wrote; the error names the field that is wrong.
[[nodiscard]] Result<Pickup> pickupFromJson(const QJsonObject& json);

// A step a store takes with a pickup order: a till's fact ("pickup.picking", "pickup.ready",
// "pickup.collected", "pickup.cancelled"), applied by the till to its copy at once and by central
// when the fact arrives.
//   {"order": "W100", "operator_id": "1001", "at": "...Z",
//    "lines": [{"line": 1, "picked": "2", "short": "1"}],   ready: what was picked and found short
//    "refused": [{"line": 2, "quantity": "1"}],             collected: refused at the counter
//    "receipt": "001-02-000123",                            collected: the sale or the refund's return
//    "reason": "..."}                                       cancelled
struct PickupPick {
    std::int64_t pickedMilli = 0;
    std::int64_t shortMilli = 0;
};
struct PickupStep {
    PickupStatus to = PickupStatus::Picking;
    QString order;
    QString operatorId;
    QDateTime at;
    std::map<int, PickupPick> picked{};    // ready; a line not named is picked in full
    std::map<int, std::int64_t> refused{}; // collected
    QString receipt{};                     // collected
    QString reason{};                      // cancelled
};

// "pickup.ready"; empty for a status no till moves an order to (new, expired).
[[nodiscard]] QString pickupFactKind(PickupStatus to);
[[nodiscard]] std::optional<PickupStatus> pickupFactStatus(QStringView kind);
[[nodiscard]] QJsonObject toJson(const PickupStep& step);
[[nodiscard]] Result<PickupStep> pickupStepFromJson(PickupStatus to, const QJsonObject& json);

// Moves `pickup` by the step when the step may follow its state and names its lines rightly
// (picked and short within the line, refused within what was picked); otherwise the refusal says
// why and `pickup` is as it was. Times and who did it are the caller's to record.
[[nodiscard]] Result<void> applyPickupStep(Pickup& pickup, const PickupStep& step);

// What the shelf label on a picked order says, and the barcode staff scan at the hand-over.
struct ShelfLabel {
    QString order;
    QString barcode; // pickupLabelText(order)
    QString customer;
    QDateTime readyAt;
    std::optional<QDateTime> collectBy;
    std::vector<std::pair<QString, std::int64_t>> items; // name, quantity picked (thousandths)
    int shortLines = 0;
    bool paid = true;
};

// What a customer's confirmation carries as a QR code or barcode: "PU:W100:482913"; and what the
// shelf label on the picked goods carries: "PL:W100". A keyboard-wedge scanner types either.
[[nodiscard]] QString pickupClaimText(const QString& order, const QString& code);
[[nodiscard]] QString pickupLabelText(const QString& order);
struct PickupScan {
    QString order;
    QString code; // empty for a shelf label
    bool label = false;
};
// Nothing when the text is neither (a product's barcode, say).
[[nodiscard]] std::optional<PickupScan> parsePickupScan(const QString& text);

} // namespace kassa::core
