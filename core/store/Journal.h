#pragma once

// The till's record of completed sales. commit() writes a sale with its lines, tenders,
// approvals, stock movements, receipt chain link and its outbox event (through Outbox::append)
// in a single durable transaction: after it returns the sale survives a power cut; if it fails
// nothing of it exists.

#include "../domain/Pickup.h"
#include "../domain/Sale.h"
#include "Database.h"

#include <optional>
#include <vector>

namespace kassa::core {

struct ChainReport {
    std::int64_t sales = 0;       // receipts: sales and returns
    std::int64_t firstBroken = 0; // receipt number of the first bad link, 0 when the chain holds
    QString problem;
};

struct OutboxDepth {
    std::int64_t waiting = 0;
    QString oldestWaiting; // ISO time, empty when none
    std::int64_t lastSeq = 0;
};

class Journal {
public:
    explicit Journal(Database& db)
        : m_db(db) {}

    // Numbers the sale, chains it to the previous one, gives it a document id and stores it. A
    // sale that hands over a pickup order records the hand-over (`handOver`, its receipt filled
    // in here) in the same transaction: the order is collected exactly when the sale stands.
    Result<CompletedSale> commit(CompletedSale sale, std::optional<PickupStep> handOver = std::nullopt);

    [[nodiscard]] std::vector<CompletedSale> last(int count);
    [[nodiscard]] std::optional<CompletedSale> byReceiptNumber(const QString& receiptNumber);
    [[nodiscard]] std::int64_t saleCount();
    // Recomputes every link of the receipt chain (sales and returns) from the stored canonical bodies.
    [[nodiscard]] ChainReport verifyChain();
    [[nodiscard]] OutboxDepth outboxDepth();

private:
    void writeSale(const CompletedSale& sale, const QByteArray& body);

    Database& m_db;
};

// The link of the till's last receipt, sale or return: the next receipt's previous hash.
[[nodiscard]] QString lastReceiptHash(Database& db);

} // namespace kassa::core
