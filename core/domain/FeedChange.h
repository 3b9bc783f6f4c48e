#pragma once

// Central's master-data change feed as the till reads it: each change of an item in one feed,
// in central's change-number order (DESIGN, Sync 4). The protocol (sync/protocol/ChangeFeed.h)
// decodes a page into these; the till's MasterData applies them.

#include <QJsonObject>
#include <QString>
#include <cstdint>
#include <vector>

namespace kassa::core {

struct FeedChange {
    std::int64_t changeNo = 0;
    QString feed;
    QJsonObject item; // for a removal: the key's fields
    bool removed = false;
};

// One answer of central's change feed.
struct ChangePage {
    QString generation;              // central's database generation: new after a restore
    std::int64_t head = 0;           // central's latest change number when it answered
    std::vector<FeedChange> changes; // in change-number order
};

} // namespace kassa::core
