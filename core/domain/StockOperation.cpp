#include "StockOperation.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kassa::core {

namespace {

struct KindName {
    StockOperationKind kind;
    const char* name;
};

constexpr KindName kKindNames[] = {
    {StockOperationKind::Received, "received"},
    {StockOperationKind::Counted, "counted"},
    {StockOperationKind::Adjusted, "adjusted"},
    {StockOperationKind::TransferredOut, "transferred_out"},
    {StockOperationKind::TransferredIn, "transferred_in"},
};

} // namespace

QString stockOperationKindToString(StockOperationKind kind) {
    for (const KindName& entry : kKindNames) {
        if (entry.kind == kind) {
            return QString::fromLatin1(entry.name);
        }
    }
    return {};
}

bool stockOperationKindFromString(QStringView text, StockOperationKind* kind) {
    for (const KindName& entry : kKindNames) {
        if (text == QLatin1String(entry.name)) {
            *kind = entry.kind;
            return true;
        }
    }
    return false;
}

const QStringList& adjustmentReasons() {
    static const QStringList reasons{QStringLiteral("damaged"), QStringLiteral("shrink"), QStringLiteral("found")};
    return reasons;
}

bool adjustmentTakesOut(const QString& reason) {
    return reason != QLatin1String("found");
}

std::int64_t StockOperation::deltaOf(const StockLine& line) const {
    switch (kind) {
    case StockOperationKind::Received:
    case StockOperationKind::TransferredIn:
        return line.quantityMilli;
    case StockOperationKind::TransferredOut:
        return -line.quantityMilli;
    case StockOperationKind::Adjusted:
        return adjustmentTakesOut(reason) ? -line.quantityMilli : line.quantityMilli;
    case StockOperationKind::Counted:
        break;
    }
    return 0;
}

QString formatStockNumber(const TillIdentity& till, std::int64_t number) {
    return QStringLiteral("ST-%1-%2-%3").arg(till.storeId, till.tillId).arg(number, 6, 10, QLatin1Char('0'));
}

QJsonObject stockOperationToJson(const StockOperation& operation) {
    QJsonArray lines;
    for (const StockLine& line : operation.lines) {
        lines.append(QJsonObject{{QStringLiteral("sku"), line.sku},
                                 {QStringLiteral("name"), line.name},
                                 {QStringLiteral("quantity_milli"), static_cast<qint64>(line.quantityMilli)}});
    }
    QJsonObject json{{QStringLiteral("schema_version"), kStockOperationSchemaVersion},
                     {QStringLiteral("kind"), stockOperationKindToString(operation.kind)},
                     {QStringLiteral("document_id"), operation.documentId},
                     {QStringLiteral("number"), operation.number},
                     {QStringLiteral("store_id"), operation.till.storeId},
                     {QStringLiteral("till_id"), operation.till.tillId},
                     {QStringLiteral("device_id"), operation.till.deviceId},
                     {QStringLiteral("epoch"), operation.till.epoch},
                     {QStringLiteral("operator_id"), operation.operatorId},
                     {QStringLiteral("recorded_at"), operation.recordedAt.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("lines"), lines}};
    const auto optional = [&json](const char* key, const QString& value) {
        if (!value.isEmpty()) {
            json.insert(QLatin1String(key), value);
        }
    };
    optional("reason", operation.reason);
    optional("delivery", operation.delivery);
    optional("other_store", operation.otherStore);
    optional("transfer", operation.transfer);
    optional("area", operation.area);
    if (operation.countedAt.isValid()) {
        json.insert(QStringLiteral("counted_at"), operation.countedAt.toUTC().toString(Qt::ISODateWithMs));
    }
    return json;
}

Result<StockOperation> stockOperationFromJson(const QJsonObject& json) {
    StockOperation operation;
    if (json.value(QStringLiteral("schema_version")).toInt() != kStockOperationSchemaVersion ||
        !stockOperationKindFromString(json.value(QStringLiteral("kind")).toString(), &operation.kind)) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("schema_version or kind"));
    }
    operation.documentId = json.value(QStringLiteral("document_id")).toString();
    operation.number = json.value(QStringLiteral("number")).toString();
    operation.till.storeId = json.value(QStringLiteral("store_id")).toString();
    operation.till.tillId = json.value(QStringLiteral("till_id")).toString();
    operation.till.deviceId = json.value(QStringLiteral("device_id")).toString();
    operation.till.epoch = json.value(QStringLiteral("epoch")).toInt();
    operation.operatorId = json.value(QStringLiteral("operator_id")).toString();
    operation.recordedAt =
        QDateTime::fromString(json.value(QStringLiteral("recorded_at")).toString(), Qt::ISODateWithMs);
    operation.reason = json.value(QStringLiteral("reason")).toString();
    operation.delivery = json.value(QStringLiteral("delivery")).toString();
    operation.otherStore = json.value(QStringLiteral("other_store")).toString();
    operation.transfer = json.value(QStringLiteral("transfer")).toString();
    operation.area = json.value(QStringLiteral("area")).toString();
    if (json.contains(QStringLiteral("counted_at"))) {
        operation.countedAt =
            QDateTime::fromString(json.value(QStringLiteral("counted_at")).toString(), Qt::ISODateWithMs);
    }
    for (const QJsonValue& value : json.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = value.toObject();
        StockLine line{l.value(QStringLiteral("sku")).toString(), l.value(QStringLiteral("name")).toString(),
                       l.value(QStringLiteral("quantity_milli")).toInteger()};
        if (line.sku.isEmpty() || line.quantityMilli < 0) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("line %1").arg(line.sku));
        }
        operation.lines.push_back(std::move(line));
    }
    if (operation.documentId.isEmpty() || !operation.recordedAt.isValid() || operation.lines.empty() ||
        (operation.kind == StockOperationKind::Counted && !operation.countedAt.isValid())) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("document"));
    }
    return operation;
}

QByteArray canonicalBytes(const StockOperation& operation) {
    return QJsonDocument(stockOperationToJson(operation)).toJson(QJsonDocument::Compact);
}

} // namespace kassa::core
