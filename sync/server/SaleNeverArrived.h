#pragma once

// A return of a store receipt whose sale central never receives. A till honours a receipt's
// signed QR code offline, as it should; but an insider with a till's key could print receipts
// of sales that never happened and refund them in another store. When a return's sale has not
// arrived some hours after the return did (`serve --sale-never-arrived-hours`, 48 by default),
// central raises sale_never_arrived, once, to head office, the returning store and the store
// whose receipt it names.

#include "CentralStore.h"

#include <QDateTime>
#include <chrono>

namespace kassa::sync {

inline constexpr std::chrono::hours kDefaultSaleArrivalHours{48};

// What both backends ask (SQLite reads $1 and $2 as PostgreSQL does): the returns of store
// receipts received before $1 whose sale has not arrived and that were not raised yet, oldest
// first, at most $2. Columns as ReturnWithoutSale lists them.
inline constexpr char kReturnsWithoutTheirSaleSql[] =
    "SELECT r.document_id, r.device_id, r.store_id, r.till_id, r.receipt_number, r.original_number, r.total_cents, "
    "r.received_at FROM returns r WHERE r.original_channel = 'store' AND r.original_number <> '' "
    "AND r.received_at < $1 "
    "AND NOT EXISTS (SELECT 1 FROM sold_lines s WHERE s.channel = 'store' AND s.document = r.original_number) "
    "AND NOT EXISTS (SELECT 1 FROM exceptions e WHERE e.kind = 'sale_never_arrived' "
    "AND e.document_id = r.document_id) ORDER BY r.received_at LIMIT $2";

// Raises what is due at `now`; how many it raised.
int raiseSalesNeverArrived(CentralStore& store, const QDateTime& now, std::chrono::hours after);

} // namespace kassa::sync
