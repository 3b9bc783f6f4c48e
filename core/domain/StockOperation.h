#pragma once

// The store's stock ledger, as the till records it: each operation on the shelves is a fact
// that central adds to its ledger of movements (see DESIGN, Sync 5). Goods received (against a
// delivery central sent, or freely), a count (what was on the shelf at a time T, which central
// turns into an adjustment against its ledger as of T), an adjustment with a reason, a transfer
// out to another store and, when it arrives, the transfer in. Quantities are in thousandths,
// always positive: the kind says which way the goods go.

#include "Result.h"
#include "Sale.h"

#include <QDateTime>
#include <QJsonObject>
#include <vector>

namespace kassa::core {

enum class StockOperationKind { Received, Counted, Adjusted, TransferredOut, TransferredIn };

// "received", "counted", "adjusted", "transferred_out", "transferred_in"; the fact's kind is
// "stock." followed by it.
[[nodiscard]] QString stockOperationKindToString(StockOperationKind kind);
[[nodiscard]] bool stockOperationKindFromString(QStringView text, StockOperationKind* kind);

// Why stock was adjusted: damaged and shrink take goods out, found puts them back.
[[nodiscard]] const QStringList& adjustmentReasons();
[[nodiscard]] bool adjustmentTakesOut(const QString& reason);

struct StockLine {
    QString sku;
    QString name; // for the printout; central goes by the SKU
    std::int64_t quantityMilli = 0;
};

struct StockOperation {
    StockOperationKind kind = StockOperationKind::Received;
    QString documentId; // UUIDv7
    QString number;     // "ST-001-01-000007": printed on a transfer's papers and typed in at arrival
    TillIdentity till;
    QString operatorId;
    QDateTime recordedAt; // the till's clock
    QString reason;       // adjusted
    QString delivery;     // received: central's delivery number; empty for goods received freely
    QString otherStore;   // transferred_out: to; transferred_in: from
    QString transfer;     // transferred_in: the transfer-out's number
    QString area;         // counted: the count sheet's area ("aisle 4")
    QDateTime countedAt;  // counted: the time the count stands for
    std::vector<StockLine> lines;

    // What the operation does to this store's stock of the line, in thousandths (a count: none
    // here; central decides it against its ledger).
    [[nodiscard]] std::int64_t deltaOf(const StockLine& line) const;
};

inline constexpr int kStockOperationSchemaVersion = 1;

[[nodiscard]] QString formatStockNumber(const TillIdentity& till, std::int64_t number); // "ST-001-01-000007"
[[nodiscard]] QJsonObject stockOperationToJson(const StockOperation& operation);
[[nodiscard]] Result<StockOperation> stockOperationFromJson(const QJsonObject& json);
[[nodiscard]] QByteArray canonicalBytes(const StockOperation& operation);

} // namespace kassa::core
