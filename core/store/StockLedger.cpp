#include "StockLedger.h"

#include "Counters.h"
#include "Outbox.h"

#include <QJsonDocument>
#include <algorithm>

namespace kassa::core {

namespace {

constexpr char kStockNumber[] = "stock_number";

void bindOptional(Statement& statement, int index, const QString& value) {
    value.isEmpty() ? statement.bindNull(index) : statement.bind(index, value);
}

} // namespace

Result<StockOperation> StockLedger::record(StockOperation operation) {
    try {
        Transaction transaction(m_db);
        operation.recordedAt = operation.recordedAt.toUTC();
        operation.number = formatStockNumber(operation.till, nextCounter(m_db, kStockNumber));
        operation.documentId = makeUuidV7(operation.recordedAt);
        const QByteArray body = canonicalBytes(operation);
        const QString kind = stockOperationKindToString(operation.kind);
        {
            Query insert = m_db.prepare("INSERT INTO stock_operations (document_id, number, kind, delivery, transfer, "
                                        "recorded_at, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
            insert->bind(1, operation.documentId).bind(2, operation.number).bind(3, kind);
            bindOptional(*insert, 4, operation.delivery);
            bindOptional(*insert, 5, operation.transfer);
            insert->bind(6, operation.recordedAt.toString(Qt::ISODateWithMs)).bind(7, QString::fromUtf8(body)).run();
        }
        for (const StockLine& line : operation.lines) {
            // A count changes nothing here by itself: central sets it against its ledger as of
            // the time counted. It is kept with its quantity for the till's own view.
            const std::int64_t delta =
                operation.kind == StockOperationKind::Counted ? line.quantityMilli : operation.deltaOf(line);
            Query movement = m_db.prepare("INSERT INTO stock_movements (product_id, sku, delta_milli, reason, "
                                          "document_id, recorded_at) VALUES ((SELECT id FROM products WHERE sku = ?1), "
                                          "?1, ?2, ?3, ?4, ?5)");
            movement->bind(1, line.sku).bind(2, delta).bind(3, kind).bind(4, operation.documentId);
            movement
                ->bind(5, (operation.kind == StockOperationKind::Counted ? operation.countedAt : operation.recordedAt)
                              .toUTC()
                              .toString(Qt::ISODateWithMs))
                .run();
        }
        Outbox(m_db).append(NewEvent{QStringLiteral("stock.") + kind, kStockOperationSchemaVersion, body,
                                     operation.documentId, operation.recordedAt});
        transaction.commit();
    } catch (const StoreError& error) {
        return error.toError();
    }
    return operation;
}

std::optional<QString> StockLedger::receivedDelivery(const QString& delivery) {
    Query query = m_db.prepare("SELECT number FROM stock_operations WHERE delivery = ?1");
    query->bind(1, delivery);
    return query->step() ? std::optional(query->text(0)) : std::nullopt;
}

std::optional<QString> StockLedger::receivedTransfer(const QString& transfer) {
    Query query = m_db.prepare("SELECT number FROM stock_operations WHERE transfer = ?1");
    query->bind(1, transfer);
    return query->step() ? std::optional(query->text(0)) : std::nullopt;
}

std::optional<Delivery> StockLedger::delivery(const QString& number) {
    Query query = m_db.prepare("SELECT body FROM deliveries WHERE number = ?1");
    query->bind(1, number);
    if (!query->step()) {
        return std::nullopt;
    }
    auto delivery = parseDelivery(QJsonDocument::fromJson(query->text(0).toUtf8()).object());
    return delivery ? std::optional(std::move(delivery).value()) : std::nullopt;
}

std::vector<Delivery> StockLedger::openDeliveries() {
    std::vector<Delivery> open;
    Query query = m_db.prepare("SELECT d.body FROM deliveries d WHERE NOT EXISTS "
                               "(SELECT 1 FROM stock_operations o WHERE o.delivery = d.number) ORDER BY d.number");
    while (query->step()) {
        if (auto delivery = parseDelivery(QJsonDocument::fromJson(query->text(0).toUtf8()).object())) {
            open.push_back(std::move(delivery).value());
        }
    }
    std::stable_sort(open.begin(), open.end(), [](const Delivery& a, const Delivery& b) {
        return a.expectedAt.value_or(QDateTime()) < b.expectedAt.value_or(QDateTime());
    });
    return open;
}

ItemLedger StockLedger::itemLedger(const QString& sku) {
    ItemLedger ledger;
    Query query = m_db.prepare("SELECT reason, sum(delta_milli) FROM stock_movements WHERE sku = ?1 "
                               "AND reason <> 'counted' GROUP BY reason");
    query->bind(1, sku);
    while (query->step()) {
        const QString reason = query->text(0);
        const std::int64_t sum = query->int64(1);
        if (reason == QLatin1String("sale")) {
            ledger.soldMilli = -sum;
        } else if (reason == QLatin1String("return")) {
            ledger.returnedMilli = sum;
        } else if (reason == QLatin1String("received")) {
            ledger.receivedMilli = sum;
        } else if (reason == QLatin1String("adjusted")) {
            ledger.adjustedMilli = sum;
        } else if (reason.startsWith(QLatin1String("transferred"))) {
            ledger.transferredMilli += sum;
        }
    }
    Query count = m_db.prepare("SELECT delta_milli, recorded_at FROM stock_movements WHERE sku = ?1 "
                               "AND reason = 'counted' ORDER BY recorded_at DESC, id DESC LIMIT 1");
    count->bind(1, sku);
    if (count->step()) {
        ledger.lastCountMilli = count->int64(0);
        ledger.lastCountedAt = QDateTime::fromString(count->text(1), Qt::ISODateWithMs);
    }
    return ledger;
}

std::vector<StockOperation> StockLedger::last(int count) {
    std::vector<StockOperation> found;
    Query query = m_db.prepare("SELECT body FROM stock_operations ORDER BY id DESC LIMIT ?1");
    query->bind(1, count);
    while (query->step()) {
        if (auto operation = stockOperationFromJson(QJsonDocument::fromJson(query->text(0).toUtf8()).object())) {
            found.push_back(std::move(operation).value());
        }
    }
    return found;
}

} // namespace kassa::core
