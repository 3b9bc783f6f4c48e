#include "StockFigures.h"

#include "../domain/Delivery.h"
#include "Outbox.h"
#include "Settings.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kassa::core {

namespace {

QDateTime parseTime(const QString& text) {
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

QStringList StockFigures::followedLocations() {
    const QString own = Settings(m_db).identity().storeId;
    QStringList locations{own};
    Query nearby = m_db.prepare("SELECT nearby FROM stores WHERE store_id = ?1");
    nearby->bind(1, own);
    if (nearby->step()) {
        for (const QJsonValue& store : QJsonDocument::fromJson(nearby->text(0).toUtf8()).array()) {
            if (!locations.contains(store.toString())) {
                locations << store.toString();
            }
        }
    }
    if (!locations.contains(QLatin1String(kWebWarehouse))) {
        locations << QString::fromLatin1(kWebWarehouse);
    }
    return locations;
}

StockFeedPlace StockFigures::place(const QString& location) {
    StockFeedPlace place;
    place.location = location;
    Query query = m_db.prepare("SELECT cursor, load_head, coalesce(load_after, ''), coalesce(synced_at, ''), "
                               "counted_through FROM stock_feeds WHERE location = ?1");
    query->bind(1, location);
    if (query->step()) {
        place.cursor = query->int64(0);
        if (!query->isNull(1)) {
            place.loadHead = query->int64(1);
        }
        place.loadAfter = query->text(2);
        place.syncedAt = parseTime(query->text(3));
        place.countedThrough = query->int64(4);
    }
    return place;
}

void StockFigures::applyPage(const StockFeedPage& page) {
    Transaction transaction(m_db);
    StockFeedPlace next = place(page.location);
    for (const StockFigureItem& item : page.items) {
        Query upsert =
            m_db.prepare("INSERT INTO stock_figures (location, sku, on_hand_milli, changed_at) VALUES (?1, ?2, ?3, ?4) "
                         "ON CONFLICT (location, sku) DO UPDATE SET on_hand_milli = excluded.on_hand_milli, "
                         "changed_at = excluded.changed_at");
        upsert->bind(1, page.location).bind(2, item.sku).bind(3, item.onHandMilli).bind(4, item.changedAt).run();
    }
    if (page.firstLoad) {
        // Changes go on from the head of the load's first page: what moved while it ran comes again.
        if (!next.loadHead) {
            next.loadHead = page.head;
        }
        if (!page.items.empty()) {
            next.loadAfter = page.items.back().sku;
        }
        if (!page.more) {
            next.cursor = *next.loadHead;
            next.loadHead.reset();
            next.loadAfter.clear();
        }
    } else {
        next.cursor = page.head;
    }
    if (!page.more) {
        next.syncedAt = page.at.toUTC();
        next.countedThrough = page.countedThrough;
    }
    Query save = m_db.prepare(
        "INSERT INTO stock_feeds (location, cursor, load_head, load_after, synced_at, counted_through) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (location) DO UPDATE SET cursor = excluded.cursor, "
        "load_head = excluded.load_head, load_after = excluded.load_after, synced_at = excluded.synced_at, "
        "counted_through = excluded.counted_through");
    save->bind(1, page.location).bind(2, next.cursor);
    next.loadHead ? save->bind(3, *next.loadHead) : save->bindNull(3);
    next.loadAfter.isEmpty() ? save->bindNull(4) : save->bind(4, next.loadAfter);
    next.syncedAt.isValid() ? save->bind(5, next.syncedAt.toString(Qt::ISODateWithMs)) : save->bindNull(5);
    save->bind(6, next.countedThrough).run();
    transaction.commit();
}

void StockFigures::forgetOthers(const QStringList& followed) {
    const QString list = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(followed)).toJson());
    Transaction transaction(m_db);
    Query figures = m_db.prepare("DELETE FROM stock_figures WHERE location NOT IN (SELECT value FROM json_each(?1))");
    figures->bind(1, list).run();
    Query feeds = m_db.prepare("DELETE FROM stock_feeds WHERE location NOT IN (SELECT value FROM json_each(?1))");
    feeds->bind(1, list).run();
    transaction.commit();
}

LocationStock StockFigures::centralFigure(const StockFeedPlace& where, const QString& sku) {
    LocationStock stock;
    stock.location = where.location;
    stock.asOf = where.syncedAt;
    stock.known = where.syncedAt.isValid();
    Query figure = m_db.prepare("SELECT on_hand_milli, changed_at FROM stock_figures WHERE location = ?1 AND sku = ?2");
    figure->bind(1, where.location).bind(2, sku);
    if (figure->step()) {
        stock.centralMilli = figure->int64(0);
        stock.changedAt = figure->text(1);
    }
    stock.onHandMilli = stock.centralMilli;
    return stock;
}

std::vector<LocationStock> StockFigures::of(const QString& sku) {
    const QString own = Settings(m_db).identity().storeId;
    std::vector<LocationStock> found;
    for (const QString& location : followedLocations()) {
        const StockFeedPlace where = place(location);
        LocationStock stock = centralFigure(where, sku);
        stock.name = storeName(location);
        found.push_back(location == own ? withOwnMovements(sku, stock, where.countedThrough) : stock);
    }
    return found;
}

// Central's figure, then this till's own movements central had not counted when it sent it
// (joined to the outbox: its events after the counted seq). A count among them stands for the
// shelf at its time: what came before it no longer matters.
LocationStock StockFigures::withOwnMovements(const QString& sku, LocationStock stock, std::int64_t countedThrough) {
    stock.ownStore = true;
    Query own = m_db.prepare(
        "SELECT m.reason, m.delta_milli FROM stock_movements m JOIN outbox o ON o.document_id = m.document_id "
        "WHERE m.sku = ?1 AND o.seq > ?2 AND m.disposition = 'sellable' ORDER BY m.recorded_at, m.id");
    own->bind(1, sku).bind(2, countedThrough);
    std::int64_t base = stock.centralMilli;
    std::int64_t since = 0;
    while (own->step()) {
        ++stock.uncountedMovements;
        if (own->text(0) == QLatin1String("counted")) {
            stock.uncountedCountMilli = own->int64(1);
            base = own->int64(1);
            since = 0;
        } else {
            since += own->int64(1);
        }
    }
    stock.uncountedMilli = since;
    stock.known = stock.known || stock.uncountedMovements > 0;
    stock.onHandMilli = base + since;
    return stock;
}

LocationStock StockFigures::ownStoreNow(const QString& sku, std::int64_t centralMilli, const QDateTime& at) {
    LocationStock stock;
    stock.location = Settings(m_db).identity().storeId;
    stock.known = true;
    stock.centralMilli = centralMilli;
    stock.asOf = at;
    return withOwnMovements(sku, stock, Outbox(m_db).acknowledgedThrough());
}

std::vector<std::int64_t> StockFigures::ownOnHand(const QStringList& skus) {
    const StockFeedPlace own = place(Settings(m_db).identity().storeId);
    std::vector<std::int64_t> found;
    for (const QString& sku : skus) {
        found.push_back(withOwnMovements(sku, centralFigure(own, sku), own.countedThrough).onHandMilli);
    }
    return found;
}

QString StockFigures::storeName(const QString& storeId) {
    Query name = m_db.prepare("SELECT name FROM stores WHERE store_id = ?1");
    name->bind(1, storeId);
    return name->step() ? name->text(0) : QString();
}

std::int64_t StockFigures::figureCount() {
    Query query = m_db.prepare("SELECT count(*) FROM stock_figures");
    query->step();
    return query->int64(0);
}

} // namespace kassa::core
