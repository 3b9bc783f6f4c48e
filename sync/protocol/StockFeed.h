#pragma once

// A page of a location's stock feed as it travels to a till (GET /v1/stock-feed): JSON
// compressed with zstd, each item an array of its SKU, its on-hand quantity in thousandths and
// when central last received a movement of it. A million items fit in a few pages of a few
// megabytes; the till's decoder checks everything.
//
// {"location": "002", "first_load": false, "head": 1234, "more": false, "at": "2026-11-30T12:00:00.000Z",
//  "items": [["100234", 12000, "2026-11-30T09:14:02.113Z"], ...]}

#include "ProtocolError.h"
#include "core/domain/StockFeedPage.h"

#include <QByteArray>
#include <optional>

namespace kassa::sync {

inline constexpr int kDefaultStockPageItems = 20'000;
inline constexpr int kMaxStockPageItems = 50'000;
inline constexpr qsizetype kMaxStockPageBytes = 16 << 20; // inflated, what a till accepts

[[nodiscard]] QByteArray encodeStockPage(const core::StockFeedPage& page);
// The page as central sent it (the till sets countedThrough itself).
[[nodiscard]] std::optional<core::StockFeedPage> decodeStockPage(const QByteArray& body,
                                                                 boost::system::error_code& error);

} // namespace kassa::sync
