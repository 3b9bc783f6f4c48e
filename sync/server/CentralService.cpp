#include "CentralService.h"

#include "HttpSupport.h"
#include "TillCertificates.h"
#include "WebOrderIntake.h"
#include "core/domain/Barcode.h"
#include "core/domain/JsonFields.h"
#include "core/domain/JsonLines.h"
#include "core/domain/Product.h"
#include "core/domain/ReturnPolicy.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>
#include <cstdio>
#include <map>

namespace kassa::sync {

namespace {

// The HTTP status and the metric label for each way a batch can be refused.
std::pair<int, const char*> statusFor(const boost::system::error_code& error) {
    if (error.category() != protocolCategory()) {
        return {500, "internal"};
    }
    switch (static_cast<ProtocolError>(error.value())) {
    case ProtocolError::BodyTooLarge:
    case ProtocolError::TooManyEvents:
        return {413, "too_large"};
    case ProtocolError::SeqGap:
        return {409, "seq_gap"};
    case ProtocolError::ClonedTill:
        return {409, "cloned_till"};
    case ProtocolError::TillQuarantined:
        return {403, "quarantined"};
    case ProtocolError::WrongTill:
        return {403, "wrong_till"};
    case ProtocolError::UnknownTill:
        return {403, "unknown_till"};
    case ProtocolError::StorageFailed:
        return {500, "storage"};
    case ProtocolError::UnknownSchemaVersion:
        return {400, "unknown_schema"};
    case ProtocolError::MalformedBody:
    case ProtocolError::PayloadHashMismatch:
    case ProtocolError::EventsOutOfOrder:
        return {400, "malformed"};
    }
    return {500, "internal"};
}

// "/v1/refunds/{id}/paid" matches "/v1/refunds/7/paid": a parameter stands for one segment.
bool pathMatches(const QByteArray& pattern, const QByteArray& path) {
    const QList<QByteArray> want = pattern.split('/');
    const QList<QByteArray> have = path.split('/');
    if (want.size() != have.size()) {
        return false;
    }
    for (qsizetype i = 0; i < want.size(); ++i) {
        const bool parameter = want[i].startsWith('{');
        if (parameter ? have[i].isEmpty() : want[i] != have[i]) {
            return false;
        }
    }
    return true;
}

QString iso(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject exceptionJson(const CentralException& e) {
    QJsonObject json{{QStringLiteral("id"), static_cast<qint64>(e.id)},
                     {QStringLiteral("kind"), e.kind},
                     {QStringLiteral("store_id"), e.storeId},
                     {QStringLiteral("till_id"), e.tillId},
                     {QStringLiteral("device_id"), e.deviceId},
                     {QStringLiteral("document_id"), e.documentId},
                     {QStringLiteral("detail"), e.detail},
                     {QStringLiteral("raised_at"), e.raisedAt}};
    if (!e.otherStores.isEmpty()) {
        json.insert(QStringLiteral("other_stores"), QJsonArray::fromStringList(e.otherStores));
    }
    return json;
}

QJsonObject refundJson(const RefundRecord& r) {
    QJsonObject json{{QStringLiteral("id"), static_cast<qint64>(r.id)},
                     {QStringLiteral("return_document_id"), r.returnDocumentId},
                     {QStringLiteral("return_receipt"), r.returnReceipt},
                     {QStringLiteral("store_id"), r.storeId},
                     {QStringLiteral("channel"), r.originalChannel},
                     {QStringLiteral("number"), r.originalNumber},
                     {QStringLiteral("payment"), r.payment},
                     {QStringLiteral("amount"), core::Money(r.amountCents).toDecimalString()},
                     {QStringLiteral("status"), r.status},
                     {QStringLiteral("created_at"), r.createdAt}};
    if (r.status == QLatin1String("paid")) {
        json.insert(QStringLiteral("paid_at"), r.paidAt);
        json.insert(QStringLiteral("paid_reference"), r.paidReference);
        json.insert(QStringLiteral("paid_by"), r.paidBy);
    }
    return json;
}

// Gauges per till: how many there are, and for each when central last heard from it and how
// far behind its newest event was then. A till silent for long is offline or broken.
void appendTillMetrics(QByteArray& text, const std::vector<TillStatus>& tills, const QDateTime& now) {
    qint64 quarantined = 0;
    QByteArray seen;
    QByteArray lag;
    for (const TillStatus& till : tills) {
        quarantined += till.quarantined ? 1 : 0;
        if (!till.lastSeenAt.isValid()) {
            continue;
        }
        const QByteArray labels =
            "{store=\"" + till.storeId.toLatin1() + "\",till=\"" + till.tillId.toLatin1() + "\"} ";
        seen += "kassa_central_till_last_seen_seconds" + labels +
                QByteArray::number(static_cast<double>(till.lastSeenAt.msecsTo(now)) / 1000.0, 'f', 1) + '\n';
        lag += "kassa_central_till_lag_seconds" + labels +
               QByteArray::number(static_cast<double>(till.lastLagMs) / 1000.0, 'f', 1) + '\n';
    }
    text += "# HELP kassa_central_tills Enrolled tills, by state.\n# TYPE kassa_central_tills gauge\n"
            "kassa_central_tills{state=\"active\"} " +
            QByteArray::number(static_cast<qlonglong>(tills.size()) - quarantined) +
            "\nkassa_central_tills{state=\"quarantined\"} " + QByteArray::number(quarantined) + '\n';
    text += "# HELP kassa_central_till_last_seen_seconds Seconds since the till's last batch.\n"
            "# TYPE kassa_central_till_last_seen_seconds gauge\n" +
            seen;
    text += "# HELP kassa_central_till_lag_seconds How old the till's newest event was when it arrived.\n"
            "# TYPE kassa_central_till_lag_seconds gauge\n" +
            lag;
}

} // namespace

QString redactedForLog(const QString& text) {
    static const QRegularExpression email(QStringLiteral("[^\\s\"',;<>()]+@[^\\s\"',;<>()]+"));
    static const QRegularExpression digits(QStringLiteral("\\+?\\d(?: ?\\d){6,}"));
    QString redacted = text;
    redacted.replace(email, QStringLiteral("<e-mail>"));
    redacted.replace(digits, QStringLiteral("<number>"));
    return redacted;
}

std::optional<std::pair<qint64, int>> pageParameters(const QByteArray& target, int defaultLimit, int maxLimit) {
    const QUrlQuery query(QString::fromLatin1(target.mid(target.indexOf('?') + 1)));
    bool sinceOk = true;
    bool limitOk = true;
    const qint64 since = query.hasQueryItem(QStringLiteral("since"))
                             ? query.queryItemValue(QStringLiteral("since")).toLongLong(&sinceOk)
                             : 0;
    const int limit = query.hasQueryItem(QStringLiteral("limit"))
                          ? query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk)
                          : defaultLimit;
    if (!sinceOk || !limitOk || since < 0 || limit < 1 || limit > maxLimit) {
        return std::nullopt;
    }
    return std::pair{since, limit};
}

QJsonObject soldJson(const SoldDocument& document) {
    QJsonArray lines;
    for (const SoldLine& line : document.lines) {
        lines.append(QJsonObject{{QStringLiteral("line"), line.line},
                                 {QStringLiteral("sku"), line.sku},
                                 {QStringLiteral("sold"), core::formatQuantity(line.quantityMilli)},
                                 {QStringLiteral("returned"), core::formatQuantity(line.returnedMilli)},
                                 {QStringLiteral("reserved"), core::formatQuantity(line.reservedMilli)},
                                 {QStringLiteral("returnable"), core::formatQuantity(line.returnableMilli())},
                                 {QStringLiteral("unit_price"), core::Money(line.unitPriceCents).toDecimalString()},
                                 {QStringLiteral("net"), core::Money(line.netCents).toDecimalString()},
                                 {QStringLiteral("tax_code"), line.taxCode}});
    }
    QJsonArray payments;
    for (const SoldPayment& payment : document.payments) {
        QJsonObject paid{{QStringLiteral("kind"), payment.kind},
                         {QStringLiteral("amount"), core::Money(payment.amountCents).toDecimalString()}};
        if (!payment.authCode.isEmpty()) {
            paid.insert(QStringLiteral("auth_code"), payment.authCode);
            paid.insert(QStringLiteral("masked_pan"), payment.maskedPan);
        }
        payments.append(paid);
    }
    QJsonObject json{{QStringLiteral("channel"), document.channel},
                     {QStringLiteral("number"), document.number},
                     {QStringLiteral("sold_at"), document.soldAt},
                     {QStringLiteral("lines"), lines},
                     {QStringLiteral("payments"), payments}};
    if (!document.storeId.isEmpty()) {
        json.insert(QStringLiteral("store_id"), document.storeId);
    }
    return json;
}

void CentralService::countHandshake(bool resumed) {
    ++(resumed ? m_resumedHandshakes : m_fullHandshakes);
}

void CentralService::countRefusal(const char* reason) {
    std::lock_guard lock(m_refusalsMutex);
    ++m_refusals[reason];
}

HttpResponse CentralService::refuse(int status, const char* reason, const QString& message, const QByteArray& extra) {
    countRefusal(reason);
    // One line per refusal on stderr: under systemd that is the journal.
    std::fprintf(stderr, "kassa-central: refused %d %s: %s\n", status, reason, qPrintable(redactedForLog(message)));
    QJsonObject body{{QStringLiteral("error"), QString::fromLatin1(reason)}, {QStringLiteral("message"), message}};
    if (!extra.isEmpty()) {
        const QJsonObject more = QJsonDocument::fromJson(extra).object();
        for (auto it = more.begin(); it != more.end(); ++it) {
            body.insert(it.key(), it.value());
        }
    }
    return {status, "application/json", json(body)};
}

void CentralService::setClientRates(int enrollmentsPerMinute, int voucherLookupsPerMinute) {
    m_enrollments.setLimit(enrollmentsPerMinute);
    m_voucherLookups.setLimit(voucherLookupsPerMinute);
}

std::optional<HttpResponse> CentralService::refuseTooFast(ClientRate& rate, const QString& client,
                                                          const QString& what) {
    const std::optional<int> wait = rate.refuse(client, now());
    if (!wait) {
        return std::nullopt;
    }
    HttpResponse refused = refuse(429, "too_many_requests",
                                  QStringLiteral("too many %1 from %2 within a minute: try again in %3 seconds")
                                      .arg(what, client.isEmpty() ? QStringLiteral("this client") : client)
                                      .arg(*wait),
                                  json({{QStringLiteral("retry_after"), *wait}}));
    refused.retryAfterSeconds = *wait;
    return refused;
}

HttpResponse CentralService::unavailable(const StoreUnavailable& error) {
    return refuse(503, "unavailable",
                  QStringLiteral("central's database cannot be reached (%1): nothing of this request was kept; "
                                 "try again later")
                      .arg(QString::fromUtf8(error.what())));
}

HttpResponse CentralService::handle(const HttpRequest& request, const std::optional<TillPrincipal>& till) {
    return handle(request, till, admit(request, till));
}

HttpResponse CentralService::handle(const HttpRequest& request, const std::optional<TillPrincipal>& till,
                                    const Admission& admission) {
    if (admission.refusal) {
        return *admission.refusal;
    }
    try {
        if (admission.token.isEmpty()) {
            return route(request, till);
        }
        HttpRequest admitted = request; // its body is shared, not copied
        admitted.token = admission.token;
        return route(admitted, till);
    } catch (const StoreUnavailable& error) {
        return unavailable(error);
    }
}

CentralService::CentralService(CentralStore& store, KeyAndCertificate ca, FactHandlers handlers)
    : m_clock(&QDateTime::currentDateTimeUtc)
    , m_store(store)
    , m_ingest(store, std::move(handlers))
    , m_ca(std::move(ca)) {
    using Till = const std::optional<TillPrincipal>&;
    m_routes = {
        {"GET", "/healthz", Access::Anyone, nullptr,
         [](const HttpRequest&, Till) {
             return HttpResponse{200, "text/plain", "ok\n"};
         }},
        {"GET", "/metrics", Access::Token, scopes::kReportsRead,
         [this](const HttpRequest&, Till) {
             return metrics();
         }},
        {"GET", "/v1/ca", Access::Anyone, nullptr,
         [this](const HttpRequest&, Till) {
             return HttpResponse{200, "application/x-pem-file", m_ca.certificatePem};
         }},
        {"POST", "/v1/enroll", Access::Anyone, nullptr,
         [this](const HttpRequest& request, Till) {
             return enroll(request);
         }},
        {"GET", "/v1/sales", Access::Token, scopes::kSalesRead,
         [this](const HttpRequest& request, Till) {
             return listDocuments(request, "sale", "sales", &CentralStore::salesSince);
         }},
        {"GET", "/v1/exceptions", Access::Token, scopes::kReportsRead,
         [this](const HttpRequest& request, Till) {
             return listExceptions(request);
         }},
        {"GET", "/v1/changes", Access::Till, nullptr,
         [this](const HttpRequest& request, Till till) {
             return listChanges(request, till);
         }},
        {"GET", "/v1/member-snapshot", Access::Till, nullptr,
         [this](const HttpRequest&, Till till) {
             return till ? memberSnapshot(*till) : *refuseWithoutCertificate(till);
         }},
        {"POST", "/v1/events", Access::Till, nullptr,
         [this](const HttpRequest& request, Till till) {
             return pushEvents(request, till);
         }},
        {"POST", "/v1/web-orders", Access::Token, scopes::kOrdersWrite,
         [this](const HttpRequest& request, Till) {
             return postWebOrders(request);
         }},
        {"GET", "/v1/orders/{number}", Access::TillOrToken, scopes::kOrdersRead,
         [this](const HttpRequest& request, Till till) {
             return showSold(request, till, channels::kWeb);
         }},
        {"GET", "/v1/receipts/{number}", Access::TillOrToken, scopes::kSalesRead,
         [this](const HttpRequest& request, Till till) {
             return showSold(request, till, channels::kStore);
         }},
        {"POST", "/v1/return-leases", Access::Till, nullptr,
         [this](const HttpRequest& request, Till till) {
             return takeLease(request, till);
         }},
        {"DELETE", "/v1/return-leases/{id}", Access::Till, nullptr,
         [this](const HttpRequest& request, Till till) {
             return releaseLease(request, till);
         }},
        {"GET", "/v1/returns", Access::Token, scopes::kSalesRead,
         [this](const HttpRequest& request, Till) {
             return listDocuments(request, "return", "returns", &CentralStore::returnsSince);
         }},
        {"GET", "/v1/refunds", Access::Token, scopes::kRefundsRead,
         [this](const HttpRequest& request, Till) {
             return listRefunds(request);
         }},
        {"POST", "/v1/refunds/{id}/paid", Access::Token, scopes::kRefundsWrite,
         [this](const HttpRequest& request, Till) {
             return markRefundPaid(request);
         }},
        {"GET", "/v1/stock-movements", Access::Token, scopes::kStockRead,
         [this](const HttpRequest& request, Till) {
             return listStockMovements(request);
         }},
        {"POST", "/v1/stock-movements", Access::Token, scopes::kStockWrite,
         [this](const HttpRequest& request, Till) {
             return postStockMovements(request);
         }},
        {"GET", "/v1/stock", Access::TillOrToken, scopes::kStockRead,
         [this](const HttpRequest& request, Till) {
             return showStock(request);
         }},
        {"GET", "/v1/stock-feed", Access::TillOrToken, scopes::kStockRead,
         [this](const HttpRequest& request, Till) {
             return stockFeed(request);
         }},
        {"POST", "/v1/deliveries", Access::Token, scopes::kStockWrite,
         [this](const HttpRequest& request, Till) {
             return putMasterData(request, core::feeds::kDeliveries);
         }},
        {"GET", "/v1/deliveries/{number}", Access::TillOrToken, scopes::kStockRead,
         [this](const HttpRequest& request, Till) {
             return showDelivery(request);
         }},
        {"GET", "/v1/vouchers", Access::Token, scopes::kVouchersRead,
         [this](const HttpRequest& request, Till) {
             return listLegacyVouchers(request);
         }},
        {"GET", "/v1/lookup-key", Access::Till, nullptr,
         [this](const HttpRequest&, Till till) {
             return lookupKey(till);
         }},
        {"GET", "/v1/audit", Access::Token, scopes::kAuditRead,
         [this](const HttpRequest& request, Till) {
             return listAudit(request);
         }},
        {"GET", "/v1/vouchers/{code}", Access::TillOrToken, scopes::kVouchersRead,
         [this](const HttpRequest& request, Till till) {
             return showVoucher(request, till);
         }},
        {"GET", "/v1/store-exceptions", Access::Till, nullptr,
         [this](const HttpRequest& request, Till till) {
             return listStoreExceptions(request, till);
         }},
        {"GET", "/v1/shifts", Access::TillOrToken, scopes::kReportsRead,
         [this](const HttpRequest& request, Till till) {
             return listShifts(request, till);
         }},
        {"GET", "/v1/pickups", Access::TillOrToken, scopes::kOrdersRead,
         [this](const HttpRequest& request, Till till) {
             return listPickups(request, till);
         }},
        {"GET", "/v1/pickups/{order}", Access::TillOrToken, scopes::kOrdersRead,
         [this](const HttpRequest& request, Till till) {
             return showPickup(request, till);
         }},
        {"POST", "/v1/pickups/{order}/cancel", Access::Token, scopes::kOrdersWrite,
         [this](const HttpRequest& request, Till) {
             return cancelPickupOrder(request);
         }},
        {"GET", "/v1/pickup-changes", Access::TillOrToken, scopes::kOrdersRead,
         [this](const HttpRequest& request, Till till) {
             return listPickupChanges(request, till);
         }},
        {"GET", "/v1/store-days", Access::Token, scopes::kReportsRead,
         [this](const HttpRequest& request, Till) {
             return listStoreDays(request);
         }},
        {"PUT", "/v1/customers", Access::Token, scopes::kCustomersWrite,
         [this](const HttpRequest& request, Till) {
             return putCustomers(request);
         }},
        {"GET", "/v1/customers/{id}", Access::TillOrToken, scopes::kCustomersRead,
         [this](const HttpRequest& request, Till till) {
             return showCustomer(request, till);
         }},
        {"DELETE", "/v1/customers/{id}", Access::Token, scopes::kCustomersErase,
         [this](const HttpRequest& request, Till) {
             return eraseCustomer(request);
         }},
        {"GET", "/v1/customers/{id}/history", Access::TillOrToken, scopes::kCustomersRead,
         [this](const HttpRequest& request, Till till) {
             return showCustomerHistory(request, till);
         }},
        {"GET", "/v1/customers/{id}/export", Access::Token, scopes::kCustomersExport,
         [this](const HttpRequest& request, Till) {
             return exportCustomer(request);
         }},
    };
    for (const core::MasterDataFeed& feed : core::masterDataFeeds()) {
        if (feed.resource == nullptr) {
            continue; // central fills it itself
        }
        m_routes.push_back({"PUT", feed.resource, Access::Token, scopes::kMasterDataWrite,
                            [this, name = feed.name](const HttpRequest& request, Till) {
                                return putMasterData(request, name);
                            }});
    }
}

std::vector<RouteAccess> CentralService::routes() const {
    std::vector<RouteAccess> served;
    for (const Route& route : m_routes) {
        served.push_back({route.method, route.path, route.access, route.scope});
    }
    return served;
}

const CentralService::Route* CentralService::findRoute(const HttpRequest& request) const {
    const QByteArray path = pathOf(request.target);
    for (const Route& route : m_routes) {
        if (route.method == request.method && pathMatches(route.path, path)) {
            return &route;
        }
    }
    return nullptr;
}

QByteArray CentralService::routeOf(const HttpRequest& request) const {
    const Route* route = findRoute(request);
    return route == nullptr ? QByteArray("(no such route)") : route->path;
}

Admission CentralService::admit(const HttpRequest& head, const std::optional<TillPrincipal>& till) {
    try {
        const Route* route = findRoute(head);
        if (route == nullptr) {
            return {}; // answered 404 or 405, whoever asks
        }
        switch (route->access) {
        case Access::Anyone:
            return {};
        case Access::Till:
            return {till ? std::nullopt : refuseWithoutCertificate(till), {}};
        case Access::Token:
            return admitToken(head, route->scope);
        case Access::TillOrToken:
            return till ? Admission{refuseRevoked(*till), {}} : admitToken(head, route->scope);
        }
        return {};
    } catch (const StoreUnavailable& error) {
        return {unavailable(error), {}};
    }
}

// How often a token's last use is written: each request would be a write on every read.
constexpr qint64 kTokenUseResolutionSeconds = 60;

Admission CentralService::admitToken(const HttpRequest& head, const char* scope) {
    const QByteArray prefix = "Bearer ";
    const QString secret = QString::fromLatin1(head.authorization.mid(prefix.size()).trimmed());
    const std::optional<IntegrationToken> token =
        head.authorization.startsWith(prefix) ? m_store.findToken(secret) : std::nullopt;
    if (!token) {
        return {refuse(401, "no_token",
                       QStringLiteral("this endpoint needs \"Authorization: Bearer TOKEN\" with a token from "
                                      "`kassa-central token create` that is not revoked")),
                {}};
    }
    if (!scopesGrant(token->scopes, scope)) {
        return {refuse(403, "scope",
                       QStringLiteral("the token \"%1\" may not do this: it needs the scope %2 (it holds %3); "
                                      "create one that has it: kassa-central token create --name NAME --scope %2")
                           .arg(token->name, QString::fromLatin1(scope), token->scopes.join(QLatin1Char(','))),
                       json({{QStringLiteral("scope"), QString::fromLatin1(scope)}})),
                {}};
    }
    const QDateTime at = now();
    const QDateTime lastUsed = QDateTime::fromString(token->lastUsedAt, Qt::ISODateWithMs);
    if (!lastUsed.isValid() || lastUsed.secsTo(at) >= kTokenUseResolutionSeconds) {
        m_store.noteTokenUsed(secret, iso(at));
    }
    return {std::nullopt, token->name};
}

HttpResponse CentralService::route(const HttpRequest& request, const std::optional<TillPrincipal>& till) {
    if (const Route* route = findRoute(request)) {
        return route->answer(request, till);
    }
    const QByteArray path = pathOf(request.target);
    for (const Route& route : m_routes) {
        if (pathMatches(route.path, path)) {
            return refuse(
                405, "method",
                QStringLiteral("use %1 for %2").arg(QString::fromLatin1(route.method), QString::fromLatin1(path)));
        }
    }
    return refuse(404, "not_found", QStringLiteral("no such endpoint: %1").arg(QString::fromLatin1(path)));
}

// Sales and returns page alike: each as the till recorded it, under `kind`, in arrival order.
HttpResponse CentralService::listDocuments(const HttpRequest& request, const char* kind, const char* listName,
                                           std::vector<StoredSale> (CentralStore::*since)(std::int64_t, int)) {
    const auto page = pageParameters(request.target, 500, 5000);
    if (!page) {
        return refuse(400, "malformed", QStringLiteral("since must be a cursor from an earlier page, limit 1..5000"));
    }
    QJsonArray documents;
    qint64 next = page->first;
    for (const StoredSale& document : (m_store.*since)(page->first, page->second)) {
        documents.append(QJsonObject{{QStringLiteral("cursor"), static_cast<qint64>(document.cursor)},
                                     {QStringLiteral("document_id"), document.documentId},
                                     {QStringLiteral("store_id"), document.storeId},
                                     {QStringLiteral("till_id"), document.tillId},
                                     {QStringLiteral("received_at"), document.receivedAt},
                                     {QLatin1String(kind), QJsonDocument::fromJson(document.body).object()}});
        next = document.cursor;
    }
    return {200, "application/json",
            json({{QLatin1String(listName), documents}, {QStringLiteral("next"), static_cast<qint64>(next)}})};
}

HttpResponse CentralService::listExceptions(const HttpRequest& request) {
    const qint64 since = queryOf(request.target).queryItemValue(QStringLiteral("since")).toLongLong();
    QJsonArray exceptions;
    for (const CentralException& e : m_store.exceptions(std::max<qint64>(since, 0), 1000)) {
        exceptions.append(exceptionJson(e));
    }
    return {200, "application/json", json({{QStringLiteral("exceptions"), exceptions}})};
}

// A store's tills see the exceptions that concern their store, such as an over-return of a line
// they took back, so that the manager can follow it up.
HttpResponse CentralService::listStoreExceptions(const HttpRequest& request, const std::optional<TillPrincipal>& till) {
    if (auto refused = refuseWithoutCertificate(till)) {
        return *refused;
    }
    const auto page = pageParameters(request.target, 100, 1000);
    if (!page) {
        return refuse(400, "malformed", QStringLiteral("since must be an exception id, limit 1..1000"));
    }
    QJsonArray exceptions;
    for (const CentralException& e : m_store.storeExceptions(till->storeId, page->first, page->second)) {
        exceptions.append(exceptionJson(e));
    }
    return {200, "application/json", json({{QStringLiteral("exceptions"), exceptions}})};
}

HttpResponse CentralService::listRefunds(const HttpRequest& request) {
    const auto page = pageParameters(request.target, 500, 5000);
    QString status = queryOf(request.target).queryItemValue(QStringLiteral("status"));
    if (status.isEmpty()) {
        status = QStringLiteral("pending");
    }
    if (!page ||
        (status != QLatin1String("pending") && status != QLatin1String("paid") && status != QLatin1String("all"))) {
        return refuse(400, "malformed",
                      QStringLiteral("status is pending, paid or all; since a cursor from an earlier page; limit "
                                     "1..5000"));
    }
    QJsonArray refunds;
    qint64 next = page->first;
    for (const RefundRecord& r :
         m_store.refunds(status == QLatin1String("all") ? QString() : status, page->first, page->second)) {
        refunds.append(refundJson(r));
        next = r.id;
    }
    return {200, "application/json",
            json({{QStringLiteral("refunds"), refunds}, {QStringLiteral("next"), static_cast<qint64>(next)}})};
}

HttpResponse CentralService::markRefundPaid(const HttpRequest& request) {
    bool numeric = false;
    const qint64 id = pathSegment(request.target, 3).toLongLong(&numeric);
    const QJsonDocument body = QJsonDocument::fromJson(request.body);
    const QString reference = body.object().value(QStringLiteral("reference")).toString();
    if (!numeric || (!request.body.trimmed().isEmpty() && !body.isObject()) || reference.size() > 200) {
        return refuse(400, "malformed",
                      QStringLiteral("the path names a refund by its id; the body is empty or {\"reference\": "
                                     "\"the payment provider's reference\"}"));
    }
    const QString by = request.token;
    switch (m_store.markRefundPaid(id, reference, by, now())) {
    case MarkPaid::Done:
        recordCentralAudit(QStringLiteral("refund.paid"), by, QString::number(id),
                           QJsonObject{{QStringLiteral("reference"), reference}});
        return {200, "application/json",
                json({{QStringLiteral("id"), id},
                      {QStringLiteral("status"), QStringLiteral("paid")},
                      {QStringLiteral("paid_by"), by}})};
    case MarkPaid::AlreadyPaid:
        return refuse(409, "already_paid", QStringLiteral("refund %1 was marked paid already").arg(id));
    case MarkPaid::Unknown:
        break;
    }
    return refuse(404, "not_found", QStringLiteral("there is no refund %1").arg(id));
}

// {"channel": "web", "number": "W1", "lines": [{"line": 1, "quantity": "1"}]}
HttpResponse CentralService::takeLease(const HttpRequest& request, const std::optional<TillPrincipal>& till) {
    if (auto refused = refuseWithoutCertificate(till)) {
        return *refused;
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    LeaseRequest lease{
        body.value(QStringLiteral("channel")).toString(), body.value(QStringLiteral("number")).toString(), {}};
    bool valid = (lease.channel == QLatin1String(channels::kStore) || lease.channel == QLatin1String(channels::kWeb)) &&
                 !lease.number.isEmpty() && lease.number.size() <= 64;
    for (const QJsonValue& value : body.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject line = value.toObject();
        const auto quantity =
            core::parseQuantity(line.value(QStringLiteral("quantity")).toString(), core::Unit::Kilograms);
        const int number = line.value(QStringLiteral("line")).toInt();
        valid = valid && quantity && number > 0 && !lease.lines.contains(number);
        if (valid) {
            lease.lines[number] = *quantity;
        }
    }
    if (!valid || lease.lines.empty()) {
        return refuse(400, "malformed",
                      QStringLiteral("a lease names \"channel\" (store or web), \"number\" and \"lines\", each "
                                     "with \"line\" and \"quantity\" (a decimal string above zero) once"));
    }
    if (lease.channel == QLatin1String(channels::kWeb)) {
        // A pickup order paid online is sold, but its goods have not left the store yet.
        if (const auto pickup = m_store.pickup(lease.number); pickup && pickup->isOpen()) {
            return refuse(409, "not_collected",
                          QStringLiteral("order %1 waits in store %2 to be collected: nothing of it can come back yet; "
                                         "cancel the order instead")
                              .arg(pickup->order, pickup->store),
                          json({{QStringLiteral("store"), pickup->store}}));
        }
    }
    const LeaseOutcome outcome = takeReturnLease(m_store, *till, lease, now(), m_returnLease);
    if (const auto* grant = std::get_if<LeaseGrant>(&outcome)) {
        return {201, "application/json",
                json({{QStringLiteral("lease"), grant->id},
                      {QStringLiteral("expires_at"), iso(grant->expiresAt)},
                      {QStringLiteral("document"), soldJson(grant->document)}})};
    }
    const LeaseRefusal& refusal = std::get<LeaseRefusal>(outcome);
    const QString what =
        lease.channel == QLatin1String(channels::kWeb) ? QStringLiteral("web order") : QStringLiteral("receipt");
    switch (refusal.why) {
    case LeaseRefusal::Why::UnknownDocument:
        return refuse(404, "not_found",
                      QStringLiteral("central knows no %1 %2: check the number").arg(what, lease.number));
    case LeaseRefusal::Why::NoSuchLine:
        return refuse(400, "no_such_line",
                      QStringLiteral("%1 %2 has no line %3").arg(what, lease.number).arg(refusal.line));
    case LeaseRefusal::Why::NotReturnable:
        break;
    }
    const std::int64_t returnable =
        std::max<std::int64_t>(0, refusal.soldMilli - refusal.returnedMilli - refusal.reservedMilli);
    return refuse(409, "not_returnable",
                  QStringLiteral("line %1 of %2 %3: %4 asked, %5 can come back (%6 sold, %7 returned, %8 being "
                                 "returned at another till)")
                      .arg(refusal.line)
                      .arg(what, lease.number, core::formatQuantity(refusal.askedMilli),
                           core::formatQuantity(returnable), core::formatQuantity(refusal.soldMilli),
                           core::formatQuantity(refusal.returnedMilli), core::formatQuantity(refusal.reservedMilli)),
                  json({{QStringLiteral("line"), refusal.line},
                        {QStringLiteral("returnable"), core::formatQuantity(returnable)},
                        {QStringLiteral("returned"), core::formatQuantity(refusal.returnedMilli)},
                        {QStringLiteral("reserved"), core::formatQuantity(refusal.reservedMilli)}}));
}

HttpResponse CentralService::releaseLease(const HttpRequest& request, const std::optional<TillPrincipal>& till) {
    if (auto refused = refuseWithoutCertificate(till)) {
        return *refused;
    }
    const QString id = pathSegment(request.target, 3);
    if (!releaseReturnLease(m_store, *till, id, now())) {
        return refuse(404, "not_found", QStringLiteral("this till holds no open lease %1").arg(id));
    }
    return {204, "application/json", {}};
}

std::optional<HttpResponse> CentralService::refuseWithoutCertificate(const std::optional<TillPrincipal>& till) {
    if (!till) {
        return refuse(401, "no_certificate",
                      QStringLiteral("this endpoint is for enrolled tills: present the till's "
                                     "certificate"));
    }
    return refuseRevoked(*till);
}

QDateTime CentralService::now() const {
    return m_clock();
}

// Tills get the web orders they may still take back: those within the longest return window
// of the chain's policy, and two weeks more for delivery.
QDateTime CentralService::webOrderFeedFrom() {
    core::ReturnPolicy policy = core::defaultReturnPolicy();
    if (const auto item =
            m_store.masterDataItem(QString::fromLatin1(core::feeds::kReturnPolicy), QStringLiteral("chain"))) {
        if (auto parsed = core::parseReturnPolicy(*item)) {
            policy = parsed.value();
        }
    }
    return now().addDays(-core::longestReturnWindow(policy) - core::kWebOrderDeliveryDays);
}

HttpResponse CentralService::putMasterData(const HttpRequest& request, const char* feed) {
    const core::TaxTable taxes = m_store.taxTable();
    if (qstrcmp(feed, core::feeds::kProducts) == 0 && taxes.rates().empty()) {
        return refuse(400, "malformed",
                      QStringLiteral("central has no tax codes yet: PUT them to /v1/tax-codes before products"));
    }
    const core::Result<core::MasterDataUpload> upload =
        core::parseMasterDataUpload(*core::findMasterDataFeed(QString::fromLatin1(feed)), request.body, taxes);
    if (!upload) {
        return refuse(400, "malformed", upload.error().detail);
    }
    const std::vector<core::FeedItem>& items = upload->items;
    if (qstrcmp(feed, core::feeds::kProducts) == 0) {
        if (auto refused = refuseTakenGtins(items, upload->lines)) {
            return *refused;
        }
    }
    if (qstrcmp(feed, core::feeds::kDeliveries) == 0) {
        if (auto refused = refuseReceivedDeliveries(items, upload->lines)) {
            return *refused;
        }
    }
    std::int64_t head = 0;
    try {
        head = m_store.putMasterData(QString::fromLatin1(feed), items);
    } catch (const GtinTaken& taken) {
        return refuse(409, "gtin_taken",
                      QStringLiteral("GTIN %1 was given to another product by a request stored meanwhile; nothing of "
                                     "this request was stored: look at that product, then send this again")
                          .arg(core::displayGtin(taken.gtin())));
    } catch (const core::StoreError& error) {
        return refuse(500, "storage",
                      QStringLiteral("central could not store the items: %1").arg(QString::fromUtf8(error.what())));
    }
    m_masterDataItems += static_cast<std::int64_t>(items.size());
    const QString by = request.token;
    const qint64 stored = static_cast<qint64>(items.size()) - upload->removed;
    recordCentralAudit(QStringLiteral("master_data.put"), by, QString::fromLatin1(feed),
                       QJsonObject{{QStringLiteral("stored"), stored},
                                   {QStringLiteral("removed"), upload->removed},
                                   {QStringLiteral("head"), static_cast<qint64>(head)}});
    return {200, "application/json",
            json({{QStringLiteral("stored"), stored},
                  {QStringLiteral("removed"), upload->removed},
                  {QStringLiteral("head"), static_cast<qint64>(head)},
                  {QStringLiteral("by"), by}})};
}

// A delivery a store has received is history: changing or cancelling it would tell the tills of
// goods that have arrived already.
std::optional<HttpResponse> CentralService::refuseReceivedDeliveries(const std::vector<core::FeedItem>& items,
                                                                     const std::vector<int>& lines) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto known = m_store.delivery(items[i].key);
        if (known && known->second) {
            return refuse(
                409, "delivery_received",
                QStringLiteral("line %1: delivery %2 was received by store %3 till %4 at %5; nothing of "
                               "this request was stored: post what differs as a new delivery")
                    .arg(lines[i])
                    .arg(items[i].key, known->second->storeId, known->second->tillId, known->second->receivedAt));
        }
    }
    return std::nullopt;
}

// A GTIN belongs to at most one live product, or a till would keep the barcode on one of them
// and the others would silently lose it. A GTIN may move to another product when the same
// request takes it off the product that has it (puts that product without it, or removes it).
std::optional<HttpResponse> CentralService::refuseTakenGtins(const std::vector<core::FeedItem>& items,
                                                             const std::vector<int>& lines) {
    std::map<QString, std::size_t> claims; // GTIN -> the item of this request that has it
    QSet<QString> skus;
    for (std::size_t i = 0; i < items.size(); ++i) {
        skus.insert(items[i].key);
        for (const QString& gtin : core::productItemGtins(items[i].item)) {
            claims.emplace(gtin, i); // one line each: parseMasterDataUpload checked
        }
    }
    QStringList gtins;
    for (const auto& claim : claims) {
        gtins << claim.first;
    }
    for (const auto& [gtin, owner] : m_store.gtinOwners(gtins)) {
        const std::size_t claimant = claims.at(gtin);
        if (owner != items[claimant].key && !skus.contains(owner)) {
            return refuse(400, "gtin_taken",
                          QStringLiteral("line %1: GTIN %2 belongs to SKU %3; to move it to SKU %4, put SKU %3 "
                                         "without it in the same request")
                              .arg(lines[claimant])
                              .arg(core::displayGtin(gtin), owner, items[claimant].key));
        }
    }
    return std::nullopt;
}

// The web shop's orders, one JSON object per line, all or nothing: what stores take back.
HttpResponse CentralService::postWebOrders(const HttpRequest& request) {
    const core::TaxTable taxes = m_store.taxTable();
    std::vector<core::WebOrder> orders;
    QSet<QString> numbers;
    const core::Result<void> read =
        core::forEachJsonLine(request.body, [&](const QJsonObject& json, int) -> core::Result<void> {
            auto order = core::parseWebOrder(json, taxes);
            if (!order) {
                return order.error();
            }
            if (numbers.contains(order->number)) {
                return core::makeError(core::ErrorCode::InvalidInput,
                                       QStringLiteral("order %1 appears twice in the request").arg(order->number));
            }
            if (order->isPickup()) {
                if (auto unknown = refuseUnknownPickupParts(*order)) {
                    return *unknown;
                }
            }
            numbers.insert(order->number);
            orders.push_back(std::move(order.value()));
            return {};
        });
    if (!read) {
        return refuse(400, "malformed", read.error().detail);
    }
    int added = 0;
    try {
        added = takeWebOrders(m_store, orders, now(), webOrderFeedFrom());
    } catch (const WebOrderConflict& conflict) {
        return refuse(409, "order_conflict",
                      QStringLiteral("order %1 is held already with other contents; nothing of this request was "
                                     "stored: an order cannot change once sent")
                          .arg(conflict.number()));
    }
    QJsonArray pickups; // the codes the web shop sends its customers
    for (const core::WebOrder& order : orders) {
        if (const auto pickup = order.isPickup() ? m_store.pickup(order.number) : std::nullopt) {
            pickups.append(QJsonObject{{QStringLiteral("order"), pickup->order},
                                       {QStringLiteral("store"), pickup->store},
                                       {QStringLiteral("code"), pickup->code}});
        }
    }
    return {200, "application/json",
            json({{QStringLiteral("stored"), added},
                  {QStringLiteral("unchanged"), static_cast<int>(orders.size()) - added},
                  {QStringLiteral("pickups"), pickups}})};
}

// A pickup order reserves stock of a store central knows, of items it knows: anything else could
// never be picked.
std::optional<core::Error> CentralService::refuseUnknownPickupParts(const core::WebOrder& order) {
    if (!m_store.masterDataItem(QString::fromLatin1(core::feeds::kStores), order.pickupStore)) {
        return core::makeError(core::ErrorCode::InvalidInput,
                               QStringLiteral("order %1 is collected in store %2, which is not one of the chain's "
                                              "stores: PUT the store to /v1/stores first, or check the number")
                                   .arg(order.number, order.pickupStore));
    }
    for (const core::WebOrderLine& line : order.lines) {
        if (!m_store.masterDataItem(QString::fromLatin1(core::feeds::kProducts), line.sku)) {
            return core::makeError(core::ErrorCode::InvalidInput,
                                   QStringLiteral("order %1 line %2: central knows no product %3, so store %4 "
                                                  "cannot pick it: PUT the product first, or check the SKU")
                                       .arg(order.number)
                                       .arg(line.line)
                                       .arg(line.sku, order.pickupStore));
        }
    }
    return std::nullopt;
}

// A receipt or web order with its returnable quantities, for tills and integrations alike. A
// till is not shown its own leases: it counts its own returns not yet sent itself, and a lease
// it takes replaces its earlier one.
HttpResponse CentralService::showSold(const HttpRequest& request, const std::optional<TillPrincipal>& till,
                                      const char* channel) {
    const QString number = pathSegment(request.target, 3);
    const std::optional<SoldDocument> document =
        m_store.soldDocument(QString::fromLatin1(channel), number, now(), till ? till->deviceId : QString());
    if (!document) {
        const QString what =
            qstrcmp(channel, channels::kWeb) == 0 ? QStringLiteral("web order") : QStringLiteral("receipt");
        return refuse(404, "not_found", QStringLiteral("central knows no %1 %2: check the number").arg(what, number));
    }
    return {200, "application/json", json(soldJson(*document))};
}

namespace {

// What a till that took a members snapshot (MemberSnapshots.h) asks its feed to leave out:
// `members_through` (the snapshot's change number) and `members_key` (its lookup key's
// fingerprint). Nothing left out without them; nothing at all when they are malformed.
std::optional<LeftOutOfFeed> leftOutOfFeed(const QByteArray& target, const QString& storeId) {
    const QUrlQuery query = queryOf(target);
    const QString through = query.queryItemValue(QStringLiteral("members_through"));
    const QString key = query.queryItemValue(QStringLiteral("members_key"));
    if (through.isEmpty() && key.isEmpty()) {
        return LeftOutOfFeed{};
    }
    bool number = false;
    const std::int64_t change = through.toLongLong(&number);
    if (!number || change < 0 || key.isEmpty() || key.size() > 128) {
        return std::nullopt;
    }
    return LeftOutOfFeed{storeId, change, key};
}

} // namespace

HttpResponse CentralService::listChanges(const HttpRequest& request, const std::optional<TillPrincipal>& till) {
    if (!till) {
        return refuse(401, "no_certificate",
                      QStringLiteral("master data is for enrolled tills: present the till's "
                                     "certificate"));
    }
    if (auto refused = refuseRevoked(*till)) {
        return *refused;
    }
    const auto page = pageParameters(request.target, kDefaultChangePageItems, kMaxChangePageItems);
    if (!page) {
        return refuse(400, "malformed",
                      QStringLiteral("since must be a change number, limit 1..%1").arg(kMaxChangePageItems));
    }
    const std::optional<LeftOutOfFeed> leftOut = leftOutOfFeed(request.target, till->storeId);
    if (!leftOut) {
        return refuse(400, "malformed",
                      QStringLiteral("members_through must be a change number and members_key the lookup key's "
                                     "fingerprint a members snapshot named"));
    }
    // Half the till's limit for the items leaves room for the envelope around them.
    ChangeSlice slice = m_store.changesSince(page->first, page->second, kMaxChangePageBytes / 2, *leftOut);
    limitCustomersFor(till->storeId, slice);
    m_changesSent += static_cast<std::int64_t>(slice.changes.size());
    return {200, "application/vnd.kassa.changes+zstd",
            encodeChangePage(slice.generation, slice.head, slice.changes, slice.through)};
}

// The members snapshot, its header fields as headers (sync/protocol/MemberSnapshot.h). A till
// of any store gets the same file: what its store keeps in full comes with the feed.
HttpResponse CentralService::memberSnapshot(const TillPrincipal& till) {
    if (auto refused = refuseRevoked(till)) {
        return *refused;
    }
    const std::optional<ServedMemberSnapshot> snapshot =
        m_memberSnapshots != nullptr ? m_memberSnapshots->served() : std::nullopt;
    if (!snapshot) {
        return refuse(404, "no_snapshot",
                      QStringLiteral("central has no members snapshot now: take the members from the change feed"));
    }
    namespace headers = memberSnapshotHeaders;
    HttpResponse response{200, "application/zstd", snapshot->file};
    response.headers = {{headers::kChange, QByteArray::number(static_cast<qlonglong>(snapshot->header.change))},
                        {headers::kGeneration, snapshot->header.generation.toLatin1()},
                        {headers::kKey, snapshot->header.keyFingerprint.toLatin1()},
                        {headers::kSha256, snapshot->header.sha256},
                        {headers::kSignature, snapshot->header.signature.toBase64()}};
    return response;
}

HttpResponse CentralService::enroll(const HttpRequest& request) {
    if (auto refused = refuseTooFast(m_enrollments, request.peer, QStringLiteral("enrollments"))) {
        return *refused;
    }
    if (request.body.size() > 64 * 1024) {
        return refuse(413, "too_large", QStringLiteral("an enrollment request is a few kilobytes"));
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString code = body.value(QStringLiteral("code")).toString();
    const QString deviceId = body.value(QStringLiteral("device_id")).toString();
    const QByteArray csr = body.value(QStringLiteral("csr")).toString().toLatin1();
    if (code.isEmpty() || deviceId.isEmpty() || deviceId.size() > 64 || deviceId.contains(QLatin1Char(':')) ||
        csr.isEmpty()) {
        return refuse(400, "malformed", QStringLiteral("enrollment needs code, device_id and csr"));
    }
    // Check the request before using up the code, so a broken CSR does not waste it.
    if (!signTillRequest(m_ca, csr, {QStringLiteral("000"), QStringLiteral("00"), deviceId})) {
        return refuse(400, "malformed", QStringLiteral("the certificate signing request is not valid"));
    }
    // A till that has already sold keeps its numbers: its receipts carry them.
    const auto enrollsAs = m_store.peekEnrollmentCode(code, now());
    const QString soldAsStore = body.value(QStringLiteral("sold_as_store")).toString();
    const QString soldAsTill = body.value(QStringLiteral("sold_as_till")).toString();
    if (enrollsAs && !soldAsStore.isEmpty() && (enrollsAs->first != soldAsStore || enrollsAs->second != soldAsTill)) {
        return refuse(409, "identity_mismatch",
                      QStringLiteral("this till has already sold as store %1, till %2, but the code is for store %3, "
                                     "till %4: make a code with `kassa-central enroll --store %1 --till %2`")
                          .arg(soldAsStore, soldAsTill, enrollsAs->first, enrollsAs->second));
    }
    const std::optional<TillPrincipal> till = m_store.redeemEnrollmentCode(code, deviceId, now());
    if (!till) {
        return refuse(403, "enrollment_refused",
                      QStringLiteral("the enrollment code is unknown, already used or expired: ask head office for a "
                                     "new one"));
    }
    const std::optional<QByteArray> certificate =
        signTillRequest(m_ca, csr, {till->storeId, till->tillId, till->deviceId});
    recordTillCertificate(m_store, certificateFingerprint(certificate.value_or(QByteArray())),
                          certificate.value_or(QByteArray()), *till, now());
    return {200, "application/json",
            json({{QStringLiteral("certificate"), QString::fromLatin1(certificate.value_or(QByteArray()))},
                  {QStringLiteral("ca"), QString::fromLatin1(m_ca.certificatePem)},
                  {QStringLiteral("store_id"), till->storeId},
                  {QStringLiteral("till_id"), till->tillId}})};
}

std::optional<HttpResponse> CentralService::refuseRevoked(const TillPrincipal& till) {
    if (till.certificateFingerprint.isEmpty() || !m_store.isRevoked(till.certificateFingerprint)) {
        return std::nullopt;
    }
    return refuse(403, "revoked",
                  QStringLiteral("the certificate of store %1, till %2 was revoked at head office: enroll the till "
                                 "again with a new code")
                      .arg(till.storeId, till.tillId));
}

HttpResponse CentralService::pushEvents(const HttpRequest& request, const std::optional<TillPrincipal>& till) {
    if (!till) {
        return refuse(401, "no_certificate", QStringLiteral("pushing events needs the till's enrolled certificate"));
    }
    if (auto refused = refuseRevoked(*till)) {
        return *refused;
    }
    boost::system::error_code error;
    const std::optional<EventBatch> batch = decodeBatch(request.body, error);
    if (!batch) {
        const auto [status, reason] = statusFor(error);
        return refuse(status, reason, QString::fromStdString(error.message()));
    }
    ++m_batches;
    m_eventsReceived += static_cast<std::int64_t>(batch->events.size());
    const IngestResult result = m_ingest.ingest(*till, *batch, now());
    m_eventsApplied += result.applied;
    m_eventsHeld += result.held;
    m_duplicatesIgnored += result.duplicates;
    if (result.error) {
        const auto [status, reason] = statusFor(result.error);
        return refuse(status, reason, QString::fromStdString(result.error.message()),
                      json({{QStringLiteral("high_water_mark"), static_cast<qint64>(result.highWaterMark)},
                            {QStringLiteral("expected_seq"), static_cast<qint64>(result.expectedSeq)}}));
    }
    return {200, "application/json",
            json({{QStringLiteral("high_water_mark"), static_cast<qint64>(result.highWaterMark)},
                  {QStringLiteral("applied"), result.applied},
                  {QStringLiteral("held"), result.held},
                  {QStringLiteral("duplicates"), result.duplicates}})};
}

HttpResponse CentralService::metrics() {
    QByteArray text;
    const auto counter = [&text](const char* name, const char* help, std::int64_t value) {
        text += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " counter\n" + name + ' ' +
                QByteArray::number(static_cast<qlonglong>(value)) + '\n';
    };
    counter("kassa_central_batches_total", "Event batches received from tills.", m_batches);
    counter("kassa_central_events_received_total", "Events received from tills, duplicates included.",
            m_eventsReceived);
    counter("kassa_central_events_applied_total", "Events applied for the first time.", m_eventsApplied);
    counter("kassa_central_events_held_total",
            "Events of a kind this central does not know yet, kept unapplied until it is upgraded.", m_eventsHeld);
    counter("kassa_central_duplicates_ignored_total", "Events received again and ignored.", m_duplicatesIgnored);
    counter("kassa_central_master_data_items_total", "Products, prices and tax rates put by integrations.",
            m_masterDataItems);
    counter("kassa_central_changes_sent_total", "Master-data changes sent to tills.", m_changesSent);
    text += "# HELP kassa_central_tls_handshakes_total TLS handshakes, in full or resuming a session.\n"
            "# TYPE kassa_central_tls_handshakes_total counter\n"
            "kassa_central_tls_handshakes_total{kind=\"full\"} " +
            QByteArray::number(static_cast<qlonglong>(m_fullHandshakes)) +
            "\nkassa_central_tls_handshakes_total{kind=\"resumed\"} " +
            QByteArray::number(static_cast<qlonglong>(m_resumedHandshakes)) + '\n';
    appendTillMetrics(text, m_store.tillStatuses(), now());
    text += "# HELP kassa_central_refusals_total Requests refused, by reason.\n"
            "# TYPE kassa_central_refusals_total counter\n";
    std::lock_guard lock(m_refusalsMutex);
    for (const auto& [reason, count] : m_refusals) {
        text += "kassa_central_refusals_total{reason=\"" + QByteArray::fromStdString(reason) + "\"} " +
                QByteArray::number(static_cast<qlonglong>(count)) + '\n';
    }
    return {200, "text/plain; version=0.0.4", text};
}

} // namespace kassa::sync
