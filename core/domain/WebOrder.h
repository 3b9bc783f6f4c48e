#pragma once

// An order from the web shop, as head office's integration sends it to central: what was sold
// online, so that any store can take its goods back. Quantities are in thousandths (pieces or
// kilograms), money in cents, VAT included.
//
// {"order": "W100234", "placed_at": "2026-11-20T14:03:00+02:00", "delivered_at": "...",
//  "customer": {"id": "...", "email": "...", "phone": "...", "name": "..."}, "payment": "online:card",
//  "lines": [{"line": 1, "sku": "100234", "quantity": "2", "unit_price": "2.99",
//             "tax_code": "B", "discount": "0.50"}]}
//
// An order the customer collects in a store (buy online, pick up in store) names the store, and
// whether it was paid online or is paid at collection ("payment" is then left out):
//   "fulfilment": {"type": "pickup", "store": "061"}, "paid": false

#include "Money.h"
#include "Result.h"
#include "TaxCode.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>
#include <vector>

namespace kassa::core {

struct WebOrderLine {
    int line = 0;
    QString sku;
    std::int64_t quantityMilli = 0;
    Money unitPrice;
    QString taxCode;
    Money discount;

    // Quantity times unit price, half up to the cent; and that less the discount, what the
    // customer paid for the line.
    [[nodiscard]] Money gross() const;
    [[nodiscard]] Money net() const;
};

inline constexpr char kPaidAtCollection[] = "store:at-collection";

struct WebOrder {
    QString number;
    QDateTime placedAt; // UTC
    std::optional<QDateTime> deliveredAt;
    QJsonObject customer; // email, phone, name: as given
    QString payment;      // "online:card", "online:invoice", "online:mobilepay" ...; kPaidAtCollection
    std::vector<WebOrderLine> lines;
    QString pickupStore; // the store the customer collects it from; empty: delivered
    bool paid = true;    // false: a pickup paid at collection

    [[nodiscard]] bool isPickup() const { return !pickupStore.isEmpty(); }
};

// Checks every field; `taxes` are the codes central has. The error says what is wrong.
[[nodiscard]] Result<WebOrder> parseWebOrder(const QJsonObject& json, const TaxTable& taxes);
// The normalised form central keeps and serves (times in UTC, amounts as decimal strings).
[[nodiscard]] QJsonObject toJson(const WebOrder& order);

// "2", "0.535", "-1.5": a quantity in thousandths as people write it.
[[nodiscard]] QString formatQuantity(std::int64_t milli);
// The reverse, below zero too: "-1.5" -> -1500 (central's stock levels and movements).
[[nodiscard]] Result<std::int64_t> parseSignedQuantity(const QString& text);

} // namespace kassa::core
