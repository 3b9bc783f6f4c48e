#pragma once

// Gapless counters kept in the till's database (receipt numbers, outbox seq): the next value is
// taken inside the caller's transaction, so a rolled-back fact gives its number back.

#include "Database.h"

namespace kassa::core {

namespace counters {
inline constexpr char kSaleNumber[] = "sale_number";
inline constexpr char kOutboxSeq[] = "outbox_seq";
inline constexpr char kVoucherNumber[] = "voucher_number";
} // namespace counters

// The counter's next value, 1 for a counter never used.
std::int64_t nextCounter(Database& db, const char* name);

} // namespace kassa::core
