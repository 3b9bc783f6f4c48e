#pragma once

// A completed sale: an immutable business fact. It is built from the basket and the payment
// when the last tender settles, numbered and chained inside the transaction that stores it,
// and from then on only read: by receipts, by reports and by the sync engine.

#include "Basket.h"
#include "Loyalty.h"
#include "Payment.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <vector>

namespace kassa::core {

struct SaleLine {
    int lineNo = 0;
    std::int64_t productId = 0;
    QString sku;
    QString code;
    QString name;
    QString taxCode;
    int taxBasisPoints = 0;
    Unit unit = Unit::Pieces;
    std::int64_t quantityMilli = 0;
    Money unitPrice;
    Money gross;
    Money lineDiscount;
    Money basketDiscountShare;
    bool voided = false;

    [[nodiscard]] Money net() const { return voided ? Money() : gross - lineDiscount - basketDiscountShare; }
};

struct TillIdentity {
    QString storeId; // "001"
    QString tillId;  // "01"
    QString storeName;
    QString deviceId; // a UUID made when the till was initialised
    int epoch = 1;
};

struct CompletedSale {
    QString documentId; // UUIDv7
    std::int64_t number = 0;
    QString receiptNumber; // "001-01-000042"
    TillIdentity till;
    QString operatorId;
    QString operatorName;
    QDateTime completedAt; // the till's clock, recorded but never deciding anything
    QString currency = QStringLiteral("EUR");
    QString customerId;                 // the customer the cashier attached; empty: none
    std::optional<SaleLoyalty> loyalty; // for a member: points earned and redeemed
    std::vector<SaleLine> lines;
    Money subtotal; // after line discounts
    Money basketDiscount;
    Money total;    // what the goods cost
    Money rounding; // cash rounding
    Money change;
    std::vector<Tender> tenders;
    std::vector<VatLine> vat;
    std::vector<Approval> approvals;
    QString previousHash;
    QString hash;
    bool training = false; // rung up in training mode: printed as such, never a sale (store/TrainingSales.h)
    QString pickupOrder{}; // the web order paid at collection this sale hands over (core/domain/Pickup.h)

    [[nodiscard]] Money discountTotal() const;
    [[nodiscard]] Money amountPaid() const { return total + rounding; }
};

// Builds the sale from what the cashier did; number, hash and document id come at commit.
[[nodiscard]] CompletedSale buildSale(const Basket& basket, const Payment& payment, const TillIdentity& till,
                                      const QString& operatorId, const QString& operatorName, const QDateTime& at);

[[nodiscard]] QString formatReceiptNumber(const TillIdentity& till, std::int64_t number);

// The canonical form: compact JSON with sorted keys and amounts in cents. It is the sale's
// outbox payload and what the receipt chain hashes, so it must never change for a stored sale.
// What every receipt of the till, a sale or a return, says of itself in its canonical JSON:
// its ids and number, the till, the operator, the time and the currency. One writing and one
// reading for both kinds of document.
template <typename Receipt> void writeReceiptHeader(QJsonObject& json, const Receipt& receipt) {
    json.insert(QStringLiteral("document_id"), receipt.documentId);
    json.insert(QStringLiteral("number"), static_cast<qint64>(receipt.number));
    json.insert(QStringLiteral("receipt_number"), receipt.receiptNumber);
    json.insert(QStringLiteral("store_id"), receipt.till.storeId);
    json.insert(QStringLiteral("till_id"), receipt.till.tillId);
    json.insert(QStringLiteral("device_id"), receipt.till.deviceId);
    json.insert(QStringLiteral("epoch"), receipt.till.epoch);
    json.insert(QStringLiteral("operator_id"), receipt.operatorId);
    json.insert(QStringLiteral("operator_name"), receipt.operatorName);
    json.insert(QStringLiteral("completed_at"), receipt.completedAt.toString(Qt::ISODateWithMs));
    json.insert(QStringLiteral("currency"), receipt.currency);
    // Only when a customer was attached, so that receipts recorded before customers existed
    // keep their canonical bytes (and chain hashes).
    if (!receipt.customerId.isEmpty()) {
        json.insert(QStringLiteral("customer_id"), receipt.customerId);
    }
}

template <typename Receipt> void readReceiptHeader(const QJsonObject& json, Receipt& receipt) {
    receipt.documentId = json.value(QStringLiteral("document_id")).toString();
    receipt.number = json.value(QStringLiteral("number")).toInteger();
    receipt.receiptNumber = json.value(QStringLiteral("receipt_number")).toString();
    receipt.till.storeId = json.value(QStringLiteral("store_id")).toString();
    receipt.till.tillId = json.value(QStringLiteral("till_id")).toString();
    receipt.till.deviceId = json.value(QStringLiteral("device_id")).toString();
    receipt.till.epoch = json.value(QStringLiteral("epoch")).toInt();
    receipt.operatorId = json.value(QStringLiteral("operator_id")).toString();
    receipt.operatorName = json.value(QStringLiteral("operator_name")).toString();
    receipt.completedAt =
        QDateTime::fromString(json.value(QStringLiteral("completed_at")).toString(), Qt::ISODateWithMs);
    receipt.currency = json.value(QStringLiteral("currency")).toString();
    receipt.customerId = json.value(QStringLiteral("customer_id")).toString();
}

[[nodiscard]] QJsonObject saleToJson(const CompletedSale& sale);
[[nodiscard]] Result<CompletedSale> saleFromJson(const QJsonObject& json);
[[nodiscard]] QByteArray canonicalBytes(const CompletedSale& sale);

// A receipt's VAT breakdown and approvals in its canonical form: sales and returns carry them alike.
[[nodiscard]] QJsonArray vatToJson(const std::vector<VatLine>& vat);
[[nodiscard]] std::vector<VatLine> vatFromJson(const QJsonArray& array);
[[nodiscard]] QJsonArray approvalsToJson(const std::vector<Approval>& approvals);
[[nodiscard]] std::vector<Approval> approvalsFromJson(const QJsonArray& array);

// SHA-256 over the previous link and the canonical form, hex.
[[nodiscard]] QString chainHash(const QString& previousHash, const QByteArray& canonical);

// A time-ordered UUID (version 7) for document ids.
[[nodiscard]] QString makeUuidV7(const QDateTime& at);

constexpr int kSaleSchemaVersion = 1;

} // namespace kassa::core
