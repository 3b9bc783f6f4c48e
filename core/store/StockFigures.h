#pragma once

// Stock across locations as this till knows it (DESIGN, Sync 5): central's figure per location
// and item, from central's stock feed, for the locations this till follows: its own store, the
// stores its store names nearby (feed `stores`), and the web warehouse. For its own store the
// till adds its own movements that central had not counted when it sent the figure.

#include "../domain/StockFeedPage.h"
#include "Database.h"

#include <QDateTime>
#include <QStringList>
#include <optional>
#include <vector>

namespace kassa::core {

// Where the till stands in central's stock feed of one location.
struct StockFeedPlace {
    QString location;
    std::int64_t cursor = 0;              // central's movements up to here are in the figures
    std::optional<std::int64_t> loadHead; // a first load in progress: the cursor it goes on from
    QString loadAfter;                    // ... and the last SKU it has
    QDateTime syncedAt;                   // when the figures last caught up with central; invalid: never
    std::int64_t countedThrough = 0;      // this till's events central had counted then (outbox seq)

    // A first load is needed (or running) until the figures have caught up once.
    [[nodiscard]] bool loading() const { return !syncedAt.isValid(); }
};

// An item's stock at one location, as the product card shows it.
struct LocationStock {
    QString location;
    QString name; // the store's name from feed `stores`, empty when unknown
    bool ownStore = false;
    bool known = false; // central has sent this location's figures (or, for the own store, there are own movements)
    std::int64_t centralMilli = 0;   // central's figure
    QDateTime asOf;                  // when central's figures of the location were last caught up
    QString changedAt;               // when central last received a movement of the item there
    std::int64_t uncountedMilli = 0; // own store: this till's movements central had not counted
    int uncountedMovements = 0;
    std::optional<std::int64_t> uncountedCountMilli; // own store: a count central has not had yet
    std::int64_t onHandMilli = 0; // what the clerk is told: central's figure with the till's own since
};

class StockFigures {
public:
    explicit StockFigures(Database& db)
        : m_db(db) {}

    // Its own store, the stores its store names nearby, the web warehouse: in that order.
    [[nodiscard]] QStringList followedLocations();
    [[nodiscard]] StockFeedPlace place(const QString& location);
    // Applies a page with the place it reaches, in one transaction.
    void applyPage(const StockFeedPage& page);
    // Drops the figures of locations no longer followed (a store no longer nearby).
    void forgetOthers(const QStringList& followed);
    // The item at every followed location.
    [[nodiscard]] std::vector<LocationStock> of(const QString& sku);
    // The own store's stock from a figure central gave just now: this till's movements after
    // what central has acknowledged are added (an online answer, see addStockFromCentral).
    [[nodiscard]] LocationStock ownStoreNow(const QString& sku, std::int64_t centralMilli, const QDateTime& at);
    // The own store's on-hand figure of each of these items (the variant matrix).
    [[nodiscard]] std::vector<std::int64_t> ownOnHand(const QStringList& skus);
    [[nodiscard]] std::int64_t figureCount();
    // The store's name from feed stores; empty when head office has not named it.
    [[nodiscard]] QString storeName(const QString& storeId);

private:
    LocationStock centralFigure(const StockFeedPlace& where, const QString& sku);
    LocationStock withOwnMovements(const QString& sku, LocationStock stock, std::int64_t countedThrough);

    Database& m_db;
};

} // namespace kassa::core
