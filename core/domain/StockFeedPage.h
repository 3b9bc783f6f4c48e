#pragma once

// A page of central's stock feed of one location as the till reads it (DESIGN, Sync 5): the
// protocol (sync/protocol/StockFeed.h) carries it; the till's StockFigures keeps the figures.

#include <QDateTime>
#include <QString>
#include <cstdint>
#include <vector>

namespace kassa::core {

struct StockFigureItem {
    QString sku;
    std::int64_t onHandMilli = 0;
    QString changedAt; // when central last received a movement of it (UTC ISO)
};

// One page of central's stock feed (GET /v1/stock-feed): a first load's page (items by SKU) or
// the items whose stock changed after the till's cursor.
struct StockFeedPage {
    QString location;
    bool firstLoad = false;
    std::int64_t head = 0; // first load: where changes go on from; changes: the cursor this page reaches
    std::vector<StockFigureItem> items;
    bool more = false;               // another page follows
    QDateTime at;                    // central's clock when it answered
    std::int64_t countedThrough = 0; // the till's acknowledged events when it asked
};

} // namespace kassa::core
