#include "StockLedger.h"

#include "core/domain/JsonFields.h"
#include "core/domain/Product.h"
#include "core/domain/WebOrder.h"

namespace kassa::sync {

void addLedgerMovement(CentralWrite& write, const StockMovementRecord& movement) {
    write.addStockMovement(movement);
    const std::optional<QString> countedAt = write.latestCountAt(movement.location, movement.sku);
    if (countedAt && movement.recordedAt < *countedAt && movement.kind != QLatin1String("count")) {
        StockMovementRecord correction = movement;
        correction.deltaMilli = -movement.deltaMilli;
        correction.kind = QStringLiteral("count");
        correction.recordedAt = *countedAt;
        write.addStockMovement(correction);
    }
}

core::Result<StockMovementRecord> parseIntegrationMovement(const QJsonObject& json) {
    const auto text = [&json](const char* key) {
        return json.value(QLatin1String(key)).toString().trimmed();
    };
    StockMovementRecord movement;
    movement.location = text("location");
    movement.sku = text("sku");
    movement.kind = text("kind");
    const QString reference = text("reference");
    if (movement.location.isEmpty() || movement.location.size() > 32) {
        return core::makeError(core::ErrorCode::InvalidInput, QStringLiteral("\"location\" is missing or too long"));
    }
    if (movement.sku.isEmpty() || movement.sku.size() > 64) {
        return core::makeError(core::ErrorCode::InvalidInput, QStringLiteral("\"sku\" is missing or too long"));
    }
    if (movement.kind.isEmpty() || movement.kind == QLatin1String("count") || movement.kind.size() > 32) {
        return core::makeError(
            core::ErrorCode::InvalidInput,
            QStringLiteral("\"kind\" names the movement (receipt, sale, adjustment ...; not count)"));
    }
    if (reference.isEmpty() || reference.size() > 100) {
        return core::makeError(core::ErrorCode::InvalidInput, QStringLiteral("\"reference\" is missing or too long"));
    }
    const QString quantity = text("quantity");
    const core::Result<std::int64_t> delta = core::parseSignedQuantity(quantity);
    if (!delta) {
        return core::makeError(
            core::ErrorCode::InvalidInput,
            QStringLiteral("\"quantity\" is not a decimal string above or below zero: %1").arg(quantity.left(32)));
    }
    movement.deltaMilli = delta.value();
    const std::optional<QDateTime> at = core::parseZonedTime(json.value(QStringLiteral("at")));
    if (!at) {
        return core::makeError(core::ErrorCode::InvalidInput, QStringLiteral("\"at\" is not a time with its zone"));
    }
    movement.recordedAt = at->toUTC().toString(Qt::ISODateWithMs);
    movement.disposition = QStringLiteral("sellable");
    movement.documentId = QStringLiteral("integration:") + reference;
    return movement;
}

int addIntegrationMovements(CentralStore& store, const std::vector<StockMovementRecord>& movements,
                            const QDateTime& receivedAt) {
    const std::unique_ptr<CentralWrite> write = store.beginWrite();
    int added = 0;
    for (StockMovementRecord movement : movements) {
        if (write->hasStockDocument(movement.documentId)) {
            continue;
        }
        movement.receivedAt = receivedAt.toUTC().toString(Qt::ISODateWithMs);
        addLedgerMovement(*write, movement);
        ++added;
    }
    write->commit();
    return added;
}

} // namespace kassa::sync
