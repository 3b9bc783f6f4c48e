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

// Raises what is due at `now`; how many it raised.
int raiseSalesNeverArrived(CentralStore& store, const QDateTime& now, std::chrono::hours after);

} // namespace kassa::sync
