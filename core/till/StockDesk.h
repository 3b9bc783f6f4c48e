#pragma once

// The store's stock operations at the till: goods received, counts, adjustments, transfers out
// and in. The stock screens and `kassactl stock` both go through this class, so every check
// (items the catalog knows, sensible quantities, stores that exist, nothing received twice) is
// made the same way, and a refused operation records nothing.

#include "../domain/Clock.h"
#include "../domain/StockOperation.h"
#include "../store/TillDatabase.h"

#include <functional>

namespace kassa::core {

// An item as the clerk gives it: a barcode scanned or a SKU typed, and how many (thousandths).
struct StockItem {
    QString code;
    std::int64_t quantityMilli = 0;
};

struct StockRequest {
    StockOperationKind kind = StockOperationKind::Received;
    std::vector<StockItem> items;
    QString reason;      // adjusted: damaged, shrink, found
    QString otherStore;  // transferred_out: to; transferred_in: from (optional: the number names it)
    QString delivery;    // received: central's delivery number, if against one (no items: all of it)
    QString transfer;    // transferred_in: the transfer-out's number
    QString area;        // counted
    QDateTime countedAt; // counted: the time the count stands for (default: now)
};

// The most of one item an operation takes: a pallet's worth, not a typing slip.
inline constexpr std::int64_t kMaxStockQuantityMilli = 100'000LL * 1000;

class StockDesk {
public:
    StockDesk(TillDatabase& till, Operator clerk, Clock clock = &QDateTime::currentDateTime);

    // Checks the request and records it; the refusal says what was wrong.
    Result<StockOperation> record(const StockRequest& request);

    // The stores this till may send goods to or take them from: those head office names (feed
    // stores) and those with enrolled tills (feed till_certificates).
    [[nodiscard]] QStringList knownStores();

private:
    Result<StockLine> lineOf(const StockItem& item, StockOperationKind kind);
    Result<void> checkDetails(const StockRequest& request);
    Result<std::vector<StockItem>> itemsOf(const StockRequest& request);

    TillDatabase& m_till;
    Operator m_clerk;
    Clock m_clock;
};

} // namespace kassa::core
