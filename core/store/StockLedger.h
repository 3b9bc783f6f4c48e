#pragma once

// The store's stock operations as this till recorded them, and what they did to its stock: each
// one numbered, kept whole, its movements in stock_movements beside the sales' and returns', and
// a fact in the outbox for central's ledger, all in one transaction.

#include "../domain/Delivery.h"
#include "../domain/StockOperation.h"
#include "Database.h"

#include <optional>

namespace kassa::core {

// This till's own movements of an item, by kind, for `kassactl stock show` and the screens.
struct ItemLedger {
    std::int64_t soldMilli = 0;     // out, by sales
    std::int64_t returnedMilli = 0; // back, by returns
    std::int64_t receivedMilli = 0;
    std::int64_t adjustedMilli = 0;    // signed
    std::int64_t transferredMilli = 0; // signed: in less out
    std::optional<std::int64_t> lastCountMilli;
    QDateTime lastCountedAt;
};

class StockLedger {
public:
    explicit StockLedger(Database& db)
        : m_db(db) {}

    // Numbers the operation, gives it a document id, writes its movements and its fact.
    Result<StockOperation> record(StockOperation operation);
    // Whether this till has received the delivery / the transfer already: the operation it was in.
    [[nodiscard]] std::optional<QString> receivedDelivery(const QString& delivery);
    [[nodiscard]] std::optional<QString> receivedTransfer(const QString& transfer);
    [[nodiscard]] ItemLedger itemLedger(const QString& sku);
    // A delivery central sent to this store (feed deliveries), received or not.
    [[nodiscard]] std::optional<Delivery> delivery(const QString& number);
    // The deliveries central sent that this till has not received, the soonest expected first.
    [[nodiscard]] std::vector<Delivery> openDeliveries();
    [[nodiscard]] std::vector<StockOperation> last(int count);

private:
    Database& m_db;
};

} // namespace kassa::core
