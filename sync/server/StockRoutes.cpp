// Central's stock routes (CentralService.h lists them): the ledger's movements, the ERP's and
// the web warehouse's own movements into it, an item's or a location's stock, the tills' stock
// feed, and a delivery as it stands.

#include "CentralService.h"
#include "HttpSupport.h"
#include "StockLedger.h"
#include "core/domain/JsonLines.h"
#include "sync/protocol/StockFeed.h"

#include <QJsonArray>

namespace kassa::sync {

// The web shop's integration: returns (listDocuments), their stock movements and the refunds it
// must pay out.
HttpResponse CentralService::listStockMovements(const HttpRequest& request) {
    const auto page = pageParameters(request.target, 1000, 10000);
    if (!page) {
        return refuse(400, "malformed", QStringLiteral("since must be a cursor from an earlier page, limit 1..10000"));
    }
    QJsonArray movements;
    qint64 next = page->first;
    for (const StockMovementRecord& m : m_store.stockMovementsSince(page->first, page->second)) {
        movements.append(QJsonObject{{QStringLiteral("cursor"), static_cast<qint64>(m.id)},
                                     {QStringLiteral("location"), m.location},
                                     {QStringLiteral("sku"), m.sku},
                                     {QStringLiteral("quantity"), core::formatQuantity(m.deltaMilli)},
                                     {QStringLiteral("kind"), m.kind},
                                     {QStringLiteral("disposition"), m.disposition},
                                     {QStringLiteral("document_id"), m.documentId},
                                     {QStringLiteral("recorded_at"), m.recordedAt},
                                     {QStringLiteral("received_at"), m.receivedAt}});
        next = m.id;
    }
    return {200, "application/json",
            json({{QStringLiteral("movements"), movements}, {QStringLiteral("next"), static_cast<qint64>(next)}})};
}

// The ERP and the web warehouse: their movements into the same ledger, one JSON object per line,
// all or nothing; a reference posted before is left out (a retry changes nothing).
HttpResponse CentralService::postStockMovements(const HttpRequest& request) {
    std::vector<StockMovementRecord> movements;
    QSet<QString> references;
    const core::Result<void> read =
        core::forEachJsonLine(request.body, [&](const QJsonObject& json, int) -> core::Result<void> {
            auto movement = parseIntegrationMovement(json);
            if (!movement) {
                return movement.error();
            }
            if (references.contains(movement->documentId)) {
                return core::makeError(core::ErrorCode::InvalidInput,
                                       QStringLiteral("reference %1 appears twice in the request")
                                           .arg(movement->documentId.section(QLatin1Char(':'), 1)));
            }
            references.insert(movement->documentId);
            movements.push_back(std::move(movement).value());
            return {};
        });
    if (!read) {
        return refuse(400, "malformed", read.error().detail);
    }
    const int added = addIntegrationMovements(m_store, movements, now());
    return {200, "application/json",
            json({{QStringLiteral("stored"), added},
                  {QStringLiteral("unchanged"), static_cast<int>(movements.size()) - added}})};
}

// A till asks for any location while online (a clerk's "do you have it nearby?"); an
// integration (the web shop, the ERP) for any too.
HttpResponse CentralService::showStock(const HttpRequest& request) {
    const QUrlQuery query = queryOf(request.target);
    const QString sku = query.queryItemValue(QStringLiteral("sku"), QUrl::FullyDecoded);
    const QString location = query.queryItemValue(QStringLiteral("location"), QUrl::FullyDecoded);
    const QString after = query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded);
    bool limitOk = true;
    const int limit = query.hasQueryItem(QStringLiteral("limit"))
                          ? query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk)
                          : 1000;
    if ((sku.isEmpty() && location.isEmpty()) || !limitOk || limit < 1 || limit > 10000) {
        return refuse(400, "malformed",
                      QStringLiteral("give sku=SKU, location=STORE or both; limit 1..10000; after=SKU pages a "
                                     "location's items"));
    }
    QJsonArray levels;
    QString next;
    for (const StockLevel& level : m_store.stockLevels(location, sku, after, limit)) {
        levels.append(
            QJsonObject{{QStringLiteral("location"), level.location},
                        {QStringLiteral("sku"), level.sku},
                        {QStringLiteral("on_hand"), core::formatQuantity(level.onHandMilli)},
                        {QStringLiteral("reserved"), core::formatQuantity(level.reservedMilli)},
                        {QStringLiteral("available"), core::formatQuantity(level.onHandMilli - level.reservedMilli)},
                        {QStringLiteral("negative"), level.onHandMilli < 0},
                        {QStringLiteral("as_of"), level.asOf}});
        next = level.sku;
    }
    return {200, "application/json", json({{QStringLiteral("stock"), levels}, {QStringLiteral("next"), next}})};
}

// A location's stock for the tills that follow it (their own store, nearby stores, the web
// warehouse; online, a till may ask for any location). Integrations read the same with a token.
HttpResponse CentralService::stockFeed(const HttpRequest& request) {
    const QUrlQuery query = queryOf(request.target);
    const QString location = query.queryItemValue(QStringLiteral("location"), QUrl::FullyDecoded);
    bool afterOk = true;
    bool limitOk = true;
    const qint64 after = query.hasQueryItem(QStringLiteral("after"))
                             ? query.queryItemValue(QStringLiteral("after")).toLongLong(&afterOk)
                             : 0;
    const int limit = query.hasQueryItem(QStringLiteral("limit"))
                          ? query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk)
                          : kDefaultStockPageItems;
    if (location.isEmpty() || location.size() > 64 || !afterOk || after < 0 || !limitOk || limit < 1 ||
        limit > kMaxStockPageItems) {
        return refuse(400, "malformed",
                      QStringLiteral("give location=STORE (or web); after=CURSOR from the last page (0 or none: a "
                                     "first load, paged with after_sku=SKU); limit 1..%1")
                          .arg(kMaxStockPageItems));
    }
    const QString afterSku = query.queryItemValue(QStringLiteral("after_sku"), QUrl::FullyDecoded);
    const StockFeedSlice slice = m_store.stockFeed(location, after, afterSku, limit);
    core::StockFeedPage page;
    page.location = location;
    page.firstLoad = after == 0;
    page.head = slice.head;
    page.more = slice.more;
    page.at = now();
    for (const StockLevel& level : slice.levels) {
        page.items.push_back(core::StockFigureItem{level.sku, level.onHandMilli, level.asOf});
    }
    return {200, "application/vnd.kassa.stock+zstd", encodeStockPage(page)};
}

HttpResponse CentralService::showDelivery(const HttpRequest& request) {
    const QString number = pathSegment(request.target, 3);
    const auto delivery = m_store.delivery(number);
    if (!delivery) {
        return refuse(404, "not_found", QStringLiteral("there is no delivery %1: check the number").arg(number));
    }
    QJsonObject body = delivery->first;
    body.remove(QStringLiteral("received"));
    body.remove(QStringLiteral("removed"));
    if (const std::optional<StockReceipt>& receipt = delivery->second) {
        body.insert(QStringLiteral("received"), QJsonObject{{QStringLiteral("store_id"), receipt->storeId},
                                                            {QStringLiteral("till_id"), receipt->tillId},
                                                            {QStringLiteral("document_id"), receipt->documentId},
                                                            {QStringLiteral("received_at"), receipt->receivedAt}});
    }
    body.insert(QStringLiteral("status"), delivery->second ? QStringLiteral("received")
                                          : delivery->first.contains(QStringLiteral("lines"))
                                              ? QStringLiteral("open")
                                              : QStringLiteral("cancelled"));
    return {200, "application/json", json(body)};
}

} // namespace kassa::sync
