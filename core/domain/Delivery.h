#pragma once

// What head office has on its way to a store, for goods receipt, and the stores of the chain.
//
// A delivery (POST /v1/deliveries, then feed `deliveries` to the store's tills):
//   {"delivery": "D-1007", "store": "001", "supplier": "Valio", "expected_at": "2026-12-01T08:00:00+02:00",
//    "lines": [{"sku": "100234", "quantity": "24"}]}
// supplier and expected_at may be left out. A store (PUT /v1/stores, feed `stores` to every
// till): {"store_id": "002", "name": "Tampere Koskikeskus", "nearby": ["003", "005"],
// "collection_days": 7}: the stores whose stock a clerk at this one sees on the product card
// offline, and how many days a pickup order waits ready in the store before it expires.

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <optional>
#include <vector>

namespace kassa::core {

// The web shop's warehouse, as a location of the stock ledger: every till sees its stock.
inline constexpr char kWebWarehouse[] = "web";

struct DeliveryLine {
    QString sku;
    std::int64_t quantityMilli = 0;
};

struct Delivery {
    QString number;
    QString storeId;
    QString supplier;
    std::optional<QDateTime> expectedAt;
    std::vector<DeliveryLine> lines;

    // How much of the item the delivery brings (thousandths); 0 when it is not on it.
    [[nodiscard]] std::int64_t expectedOf(const QString& sku) const;
};

// The most lines one delivery has: a full trailer, not a catalog.
inline constexpr int kMaxDeliveryLines = 5000;

[[nodiscard]] Result<Delivery> parseDelivery(const QJsonObject& json);
[[nodiscard]] QJsonObject toJson(const Delivery& delivery);

inline constexpr int kDefaultCollectionDays = 7;

struct StoreInfo {
    QString id;
    QString name;
    QStringList nearby;
    int collectionDays = kDefaultCollectionDays; // 1..60
};

[[nodiscard]] Result<StoreInfo> parseStoreInfo(const QJsonObject& json);
[[nodiscard]] QJsonObject toJson(const StoreInfo& store);

} // namespace kassa::core
