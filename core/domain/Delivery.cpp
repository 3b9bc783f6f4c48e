#include "Delivery.h"

#include "JsonFields.h"
#include "Key.h"
#include "Product.h"
#include "WebOrder.h"

#include <QJsonArray>
#include <QSet>

namespace kassa::core {

namespace {

Error invalid(const QString& reason) {
    return makeError(ErrorCode::InvalidInput, reason);
}

// The quantity of a delivery line: above zero and at most a pallet's worth of one item.
Result<std::int64_t> deliveredQuantity(const QJsonValue& value) {
    const auto quantity = parseQuantity(value.toString().trimmed(), Unit::Kilograms);
    if (!value.isString() || !quantity || *quantity <= 0 || *quantity > 100'000LL * 1000) {
        return invalid(QStringLiteral("\"quantity\" must be a decimal string above 0 and at most 100000, such "
                                      "as \"24\""));
    }
    return quantity.value();
}

Result<DeliveryLine> parseDeliveryLine(const QJsonValue& value, int index) {
    const QJsonObject json = value.toObject();
    DeliveryLine line;
    line.sku = validKey(json.value(QStringLiteral("sku")).toString());
    if (line.sku.isEmpty()) {
        return invalid(QStringLiteral("lines[%1]: \"sku\" must be a text of 1 to 64 characters").arg(index));
    }
    const auto quantity = deliveredQuantity(json.value(QStringLiteral("quantity")));
    if (!quantity) {
        return invalid(QStringLiteral("lines[%1]: %2").arg(index).arg(quantity.error().detail));
    }
    line.quantityMilli = quantity.value();
    return line;
}

} // namespace

std::int64_t Delivery::expectedOf(const QString& sku) const {
    std::int64_t total = 0;
    for (const DeliveryLine& line : lines) {
        total += line.sku == sku ? line.quantityMilli : 0;
    }
    return total;
}

Result<Delivery> parseDelivery(const QJsonObject& json) {
    Delivery delivery;
    delivery.number = validKey(json.value(QStringLiteral("delivery")).toString());
    delivery.storeId = validKey(json.value(QStringLiteral("store")).toString());
    if (delivery.number.isEmpty()) {
        return invalid(QStringLiteral("\"delivery\" must be its number in 1 to 64 characters, such as \"D-1007\""));
    }
    if (delivery.storeId.isEmpty()) {
        return invalid(QStringLiteral("\"store\" must name the store the goods go to, such as \"001\""));
    }
    delivery.supplier = json.value(QStringLiteral("supplier")).toString().trimmed().left(100);
    if (const QJsonValue expected = json.value(QStringLiteral("expected_at")); !expected.isUndefined()) {
        delivery.expectedAt = parseZonedTime(expected);
        if (!delivery.expectedAt) {
            return invalid(QStringLiteral("\"expected_at\" must be a time with its zone, such as "
                                          "\"2026-12-01T08:00:00+02:00\""));
        }
    }
    const QJsonArray lines = json.value(QStringLiteral("lines")).toArray();
    if (lines.isEmpty() || lines.size() > kMaxDeliveryLines) {
        return invalid(
            QStringLiteral("\"lines\" must list 1 to %1 items, each {\"sku\", \"quantity\"}").arg(kMaxDeliveryLines));
    }
    QSet<QString> skus;
    for (int i = 0; i < lines.size(); ++i) {
        auto line = parseDeliveryLine(lines.at(i), i);
        if (!line) {
            return line.error();
        }
        if (skus.contains(line->sku)) {
            return invalid(QStringLiteral("lines[%1]: SKU %2 is on the delivery twice").arg(i).arg(line->sku));
        }
        skus.insert(line->sku);
        delivery.lines.push_back(std::move(line).value());
    }
    return delivery;
}

QJsonObject toJson(const Delivery& delivery) {
    QJsonArray lines;
    for (const DeliveryLine& line : delivery.lines) {
        lines.append(QJsonObject{{QStringLiteral("sku"), line.sku},
                                 {QStringLiteral("quantity"), formatQuantity(line.quantityMilli)}});
    }
    QJsonObject json{{QStringLiteral("delivery"), delivery.number},
                     {QStringLiteral("store"), delivery.storeId},
                     {QStringLiteral("lines"), lines}};
    if (!delivery.supplier.isEmpty()) {
        json.insert(QStringLiteral("supplier"), delivery.supplier);
    }
    if (delivery.expectedAt) {
        json.insert(QStringLiteral("expected_at"), utcText(*delivery.expectedAt));
    }
    return json;
}

Result<StoreInfo> parseStoreInfo(const QJsonObject& json) {
    StoreInfo store;
    store.id = validKey(json.value(QStringLiteral("store_id")).toString());
    if (store.id.isEmpty()) {
        return invalid(QStringLiteral("\"store_id\" must name the store in 1 to 64 characters, such as \"001\""));
    }
    if (json.value(QStringLiteral("removed")).toBool()) {
        return store;
    }
    store.name = json.value(QStringLiteral("name")).toString().trimmed().left(100);
    const QJsonValue nearby = json.value(QStringLiteral("nearby"));
    if (!nearby.isUndefined() && !nearby.isArray()) {
        return invalid(QStringLiteral("\"nearby\" must be a list of store ids, such as [\"002\", \"003\"]"));
    }
    for (const QJsonValue& other : nearby.toArray()) {
        const QString id = validKey(other.toString());
        if (id.isEmpty() || id == store.id || store.nearby.contains(id)) {
            return invalid(QStringLiteral("\"nearby\" must list other stores' ids, each once"));
        }
        store.nearby << id;
    }
    if (store.nearby.size() > 20) {
        return invalid(QStringLiteral("\"nearby\" lists at most 20 stores: each one's stock goes to the tills"));
    }
    const QJsonValue days = json.value(QStringLiteral("collection_days"));
    if (!days.isUndefined()) {
        store.collectionDays = days.isDouble() ? days.toInt(0) : 0;
        if (store.collectionDays < 1 || store.collectionDays > 60 || days.toDouble() != store.collectionDays) {
            return invalid(QStringLiteral("\"collection_days\" must be the whole days (1 to 60) a pickup order "
                                          "waits ready in the store"));
        }
    }
    return store;
}

QJsonObject toJson(const StoreInfo& store) {
    return QJsonObject{{QStringLiteral("store_id"), store.id},
                       {QStringLiteral("name"), store.name},
                       {QStringLiteral("nearby"), QJsonArray::fromStringList(store.nearby)},
                       {QStringLiteral("collection_days"), store.collectionDays}};
}

} // namespace kassa::core
