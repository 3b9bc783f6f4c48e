#pragma once

// Central's master-data change feed as the till reads it: each change of an item in one feed,
// in central's change-number order (DESIGN, Sync 4). The protocol (sync/protocol/ChangeFeed.h)
// decodes a page into these; the till's MasterData applies them.

#include <QJsonObject>
#include <QString>
#include <algorithm>
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
    // Central read its feed up to here for this page: past the last change when it left out
    // changes the till does not need (those a snapshot brought, sync/server/MemberSnapshots.h).
    // At least the last change's number; 0 for an empty page that read nothing.
    std::int64_t through = 0;

    // Where the till asks from after this page, which answered `since`.
    [[nodiscard]] std::int64_t nextSince(std::int64_t since) const {
        return std::max({since, through, changes.empty() ? std::int64_t{0} : changes.back().changeNo});
    }
};

} // namespace kassa::core
