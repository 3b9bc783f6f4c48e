#pragma once

// A page of central's master-data change feed as it travels to a till: JSON compressed with
// zstd. Central builds the page from items it stored already normalized, so it splices their
// text in rather than parsing them again; the till's decoder checks everything.
//
// {"generation": "...", "head": 1234, "through": 1200,
//  "changes": [{"n": 1, "feed": "products", "removed": false, "item": {...}}, ...]}
// "through" (optional) is how far central read the feed for the page: past the last change when
// it left changes out (core::ChangePage::through).

#include "ProtocolError.h"
#include "core/domain/FeedChange.h"

#include <QByteArray>
#include <optional>
#include <vector>

namespace kassa::sync {

inline constexpr int kDefaultChangePageItems = 2000;
inline constexpr int kMaxChangePageItems = 10'000;
inline constexpr qsizetype kMaxChangePageBytes = 16 << 20; // inflated, what a till accepts

// One stored change: `item` is the item's compact JSON text (for a removal, its key fields).
struct StoredChange {
    std::int64_t changeNo = 0;
    QString feed;
    QByteArray item;
    bool removed = false;
};

[[nodiscard]] QByteArray encodeChangePage(const QString& generation, std::int64_t head,
                                          const std::vector<StoredChange>& changes, std::int64_t through = 0);
[[nodiscard]] std::optional<core::ChangePage> decodeChangePage(const QByteArray& body,
                                                               boost::system::error_code& error);

} // namespace kassa::sync
