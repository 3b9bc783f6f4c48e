// Central's pickup routes (CentralService.h lists them): the pickup orders of a store by state, one
// order, the steps since a cursor (what the web shop tells its customers from, and what the
// store's tills keep their copies by), and the web shop's cancel. Integrations use a token; a till
// reads its own store's.

#include "CentralService.h"
#include "CustomerMaster.h"
#include "HttpSupport.h"
#include "Pickups.h"

#include <QJsonArray>

namespace kassa::sync {

namespace {

constexpr int kDefaultPickupPage = 100;
constexpr int kMaxPickupPage = 1000;

} // namespace

// The store a request reads: a till's own (refusing another), or any an integration names.
std::optional<HttpResponse> CentralService::refuseOtherStore(const std::optional<TillPrincipal>& till,
                                                             const QString& store) {
    if (till && !store.isEmpty() && till->storeId != store) {
        return refuse(
            403, "other_store",
            QStringLiteral("a till reads its own store's pickups (%1), not store %2").arg(till->storeId, store));
    }
    return std::nullopt;
}

HttpResponse CentralService::listPickups(const HttpRequest& request, const std::optional<TillPrincipal>& till) {
    const QUrlQuery query = queryOf(request.target);
    QString store = query.queryItemValue(QStringLiteral("store"));
    const QString status = query.queryItemValue(QStringLiteral("status"));
    const auto page = pageParameters(request.target, kDefaultPickupPage, kMaxPickupPage);
    if ((!status.isEmpty() && !core::pickupStatusFromString(status)) || !page || page->first != 0) {
        return refuse(400, "malformed",
                      QStringLiteral("status is one of new, picking, ready, collected, cancelled, expired (any when "
                                     "left out); store=NNN narrows to one store; limit 1..%1")
                          .arg(kMaxPickupPage));
    }
    if (auto refused = refuseOtherStore(till, store)) {
        return *refused;
    }
    if (till) {
        store = till->storeId;
    }
    QJsonArray pickups;
    for (const core::Pickup& pickup : m_store.pickups(store, status, page->second)) {
        pickups.append(core::toJson(till ? pickupForTill(pickup, chainLookupKey()) : pickup));
    }
    return {200, "application/json", json({{QStringLiteral("pickups"), pickups}})};
}

HttpResponse CentralService::showPickup(const HttpRequest& request, const std::optional<TillPrincipal>& till) {
    const QString order = pathSegment(request.target, 3);
    const std::optional<core::Pickup> pickup = m_store.pickup(order);
    if (!pickup || (till && till->storeId != pickup->store)) {
        return refuse(404, "not_found",
                      QStringLiteral("central has no pickup order %1%2: check the number")
                          .arg(order, till ? QStringLiteral(" for store ") + till->storeId : QString()));
    }
    return {200, "application/json", json(core::toJson(till ? pickupForTill(*pickup, chainLookupKey()) : *pickup))};
}

// Each step since the cursor, with the order as it stands now: a till keeps its store's copies by
// it; the web shop tells its customer "ready to collect" (and pays back what was short) from it.
HttpResponse CentralService::listPickupChanges(const HttpRequest& request, const std::optional<TillPrincipal>& till) {
    const auto page = pageParameters(request.target, kDefaultPickupPage, kMaxPickupPage);
    QString store = queryOf(request.target).queryItemValue(QStringLiteral("store"));
    if (!page) {
        return refuse(400, "malformed",
                      QStringLiteral("since must be a cursor from an earlier page (0 for the first), limit 1..%1")
                          .arg(kMaxPickupPage));
    }
    if (auto refused = refuseOtherStore(till, store)) {
        return *refused;
    }
    if (till) {
        store = till->storeId;
    }
    QJsonArray changes;
    std::int64_t next = page->first;
    for (const PickupChange& change : m_store.pickupChanges(page->first, store, page->second)) {
        changes.append(pickupChangeJson(change, till ? &chainLookupKey() : nullptr));
        next = change.cursor;
    }
    return {200, "application/json",
            json({{QStringLiteral("changes"), changes}, {QStringLiteral("next"), static_cast<qint64>(next)}})};
}

HttpResponse CentralService::cancelPickupOrder(const HttpRequest& request) {
    const QString order = pathSegment(request.target, 3);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString reason = body.value(QStringLiteral("reason")).toString().trimmed().left(200);
    const PickupCancel cancel = cancelPickup(m_store, order, readerOf(request, std::nullopt), reason, now());
    switch (cancel.result) {
    case PickupCancelResult::Unknown:
        return refuse(404, "not_found", QStringLiteral("central has no pickup order %1: check the number").arg(order));
    case PickupCancelResult::Refused:
        return refuse(409, "pickup_step_refused", cancel.refusal);
    case PickupCancelResult::Cancelled:
    case PickupCancelResult::AlreadyCancelled:
        break;
    }
    return {200, "application/json",
            json({{QStringLiteral("order"), order},
                  {QStringLiteral("status"), QStringLiteral("cancelled")},
                  {QStringLiteral("already"), cancel.result == PickupCancelResult::AlreadyCancelled}})};
}

} // namespace kassa::sync
