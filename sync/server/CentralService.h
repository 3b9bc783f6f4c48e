#pragma once

// What central answers, as a pure function from an HTTP request (and the till its TLS
// certificate names, if any) to a response. The Beast server around it only does I/O, so every
// route and every refusal is tested without sockets.
//
//   GET  /healthz       200 "ok"
//   GET  /v1/ca         central's CA certificate (public), for a till that enrolls
//   POST /v1/enroll     {"code","device_id","csr"[,"sold_as_store","sold_as_till"]}: a one-time
//       code buys a till certificate. 200 {"certificate","ca","store_id","till_id"}, 400 malformed,
//       403 code unknown/used/expired, 409 the till has sold under other numbers (code kept)
//   GET  /metrics       Prometheus text: events received, duplicates ignored, refusals by reason
//   GET  /v1/sales?since=CURSOR&limit=N   (bearer token) sales in arrival order, paged:
//       200 {"sales":[{"cursor","document_id","store_id","till_id","received_at","sale"}],"next":CURSOR}
//   GET  /v1/exceptions?since=ID           (bearer token) exceptions raised at central
//   PUT  /v1/products | /v1/prices | /v1/tax-codes   (bearer token) master data, one JSON object
//       per line (see core/store/MasterData.h); all or nothing. 200 {"stored","removed","head"},
//       400 names the first bad line
//   GET  /v1/changes?since=N&limit=M   (till certificate) the master-data change feed, zstd JSON
//       (sync/protocol/ChangeFeed.h)
//   GET  /v1/member-snapshot   (till certificate) every member's limited record as one signed
//                      file (MemberSnapshots.h); 404 no_snapshot while central has none
//   POST /v1/events     a till pushes an event batch (zstd JSON); mutual TLS required
//       200 {"high_water_mark":N,"applied":N,"duplicates":N}
//       400 malformed batch, 401 no till certificate, 403 wrong/unknown/quarantined/revoked till,
//       409 seq gap {"expected_seq":N} or cloned till, 413 too large, 500 storage failure
//   GET  /v1/orders/{number} | /v1/receipts/{number}   (token or till) lines with sold, returned,
//       reserved and returnable quantities; 404 unknown
//   POST /v1/return-leases      (till) {"channel","number","lines":[{"line","quantity"}]}: holds the
//       quantities while the till refunds. 201 {"lease","expires_at","document"}, 404 unknown
//       document, 409 not_returnable {"line","returnable"}
//   DELETE /v1/return-leases/{id}   (till) gives a lease back. 204, 404 no such open lease
//   GET  /v1/returns?since=&limit=  (token) returns in arrival order
//   GET  /v1/refunds?status=pending|paid|all&since=&limit=  (token) what the web shop pays back
//   POST /v1/refunds/{id}/paid      (token) {"reference"}: 200, 404, 409 already paid
//   GET  /v1/stock-movements?since=&limit=  (token) the stock ledger: goods moved by sales and
//       returns, by location
//   POST /v1/stock-movements   (token) the ERP's and web warehouse's movements, one JSON object
//       per line, all or nothing; 400 names the first bad line
//   GET  /v1/stock?sku=&location=&after=&limit=  (token or till) on hand per location and item,
//       the sum of the ledger; sku or location is required
//   GET  /v1/vouchers/{code}        (token or till) a store-credit voucher's balance, by its whole
//       code (number and secret; a legacy voucher's number alone). 404 alike for an unknown
//       voucher, a number without its secret or a wrong secret; many from one client within an
//       hour raise voucher_guessing
//   GET  /v1/vouchers?legacy=true&after=NUMBER&limit=N   (token) vouchers from before codes had a
//       secret that still hold a balance: head office reissues them
//   GET  /v1/lookup-key   (till) {"key": base64}: the chain's lookup key, which the till keeps
//       beside its database to check pickup codes against their keyed hashes
//   GET  /v1/audit?store=&since=CURSOR&limit=N   (token) changes of money and rights: operators,
//       settings, voucher entry unblocked; {"audit":[...],"next":CURSOR}
//   GET  /v1/store-exceptions?since=  (till) exceptions concerning the till's store
//   PUT  /v1/customers   (token) customers, one JSON object per line (core/domain/Customer.h), all
//       or nothing: 200 {"stored","merged":[{"id","into","matched_on"}],"erased":[ids]}, 400 names
//       the first bad line, 409 loyalty_card_in_use
//   GET  /v1/customers/{id}   (token or till) {"customer","merged_from"}; 404, 410 erased. Logged.
//   GET  /v1/customers/{id}/export   (token) everything central holds of the customer, its read
//       log included. Logged.
//   GET  /v1/customers/{id}/history?limit=N   (token or till) the customer's receipts, returns and
//       web orders in every channel, newest first, sales and orders with their lines and what
//       is returnable. Logged.
//   DELETE /v1/customers/{id}   (token) erases the customer: 200 {"erased","ids","erased_at","already"}
//   POST /v1/web-orders  (token) web orders, one JSON object per line, all or nothing; an order
//       collected in a store reserves its lines there: 200 {"stored","unchanged","pickups":[{"order",
//       "store","code"}]}; 400 names the first bad line (an unknown store or item of a pickup too)
//   GET  /v1/pickups?store=&status=&limit=   (token, or a till for its store) newest first
//   GET  /v1/pickups/{order}                 (token, or a till of its store) one pickup order
//   GET  /v1/pickup-changes?since=&store=&limit=   (token, or a till for its store) the steps in
//       arrival order, each with the order as it stands: {"changes":[...],"next":CURSOR}
//   POST /v1/pickups/{order}/cancel   (token) {"reason"}: 200 {"order","status","already"},
//       404 unknown, 409 pickup_step_refused (collected or expired)
//   Any route answers 503 while central's database cannot be reached; nothing of the request
//   was kept, and the client tries again later.

#include "CentralStore.h"
#include "ClientRate.h"
#include "EventIngest.h"
#include "MemberSnapshots.h"
#include "ReturnLeases.h"
#include "TokenScopes.h"
#include "WrongCodeWatch.h"
#include "core/domain/Clock.h"
#include "core/store/LookupKey.h"
#include "sync/tls/Pki.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <atomic>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <vector>

namespace kassa::sync {

struct HttpRequest {
    HttpRequest(QByteArray method, QByteArray target, QByteArray body = {}, QByteArray authorization = {},
                QString peer = {})
        : method(std::move(method))
        , target(std::move(target))
        , body(std::move(body))
        , authorization(std::move(authorization))
        , peer(std::move(peer)) {}

    QByteArray method; // "GET", "POST"
    QByteArray target; // "/v1/events?x=1"
    QByteArray body;
    QByteArray authorization; // the Authorization header, for integrations
    QString peer;             // the client's IP address, for per-client limits
    QString token;            // the name of the integration token it carries, once central checked it
};

struct HttpResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    int retryAfterSeconds = 0;                                   // a 429's Retry-After
    std::vector<std::pair<QByteArray, QByteArray>> headers = {}; // more of them, by name
};

// Per client and minute unless `serve` says otherwise: enrollments from one address, voucher
// lookups of one till or token.
inline constexpr int kDefaultEnrollmentsPerMinute = 10;
// A store's tills keep a customer who bought there in full this many days (`serve
// --customers-keep-days`); of other stores' customers they get a limited record.
inline constexpr int kDefaultCustomerKeepDays = 400;
inline constexpr int kDefaultVoucherLookupsPerMinute = 60;

// Who may call a route: anyone, an enrolled till (its certificate), an integration with a token
// holding the route's scope, or either of the last two.
enum class Access { Anyone, Till, Token, TillOrToken };

struct RouteAccess {
    QByteArray method;
    QByteArray path; // "/v1/refunds/{id}/paid"
    Access access;
    const char* scope; // the token's scope it needs (TokenScopes.h); nullptr when no token is asked for
};

// What central decides from a request's headers alone, before its body is read: the refusal of
// a caller who may not call the route, or the name of the token that may.
struct Admission {
    std::optional<HttpResponse> refusal;
    QString token;
};

// The largest master-data upload one PUT may carry: some 200,000 products. Larger catalogs
// go in several requests.
inline constexpr qsizetype kMaxMasterDataBodyBytes = 64 << 20;

class CentralService {
public:
    // `ca` signs the certificates of enrolling tills; `handlers` apply the kinds of facts this
    // central knows.
    CentralService(CentralStore& store, KeyAndCertificate ca, FactHandlers handlers = FactHandlers::standard());

    // `till` is who the client certificate names, when the client presented a valid one.
    [[nodiscard]] HttpResponse handle(const HttpRequest& request, const std::optional<TillPrincipal>& till);
    // Whether the caller may call the route `head` names (its method, target and Authorization;
    // no body yet): the server asks before it reads a body, so that no one it would refuse can
    // make it read one. Then it answers with handle(request, till, admission).
    [[nodiscard]] Admission admit(const HttpRequest& head, const std::optional<TillPrincipal>& till);
    [[nodiscard]] HttpResponse handle(const HttpRequest& request, const std::optional<TillPrincipal>& till,
                                      const Admission& admission);

    // Every route central answers, with who may call it: what sync/server/openapi.yaml must describe.
    [[nodiscard]] std::vector<RouteAccess> routes() const;
    // The route a request is for, as openapi.yaml names it ("/v1/customers/{id}"): what logs say
    // of a request, which never carry its query or parameters.
    [[nodiscard]] QByteArray routeOf(const HttpRequest& request) const;
    // The Prometheus text of GET /metrics, for the loopback listener that needs no token.
    [[nodiscard]] HttpResponse metrics();

    // Where central's time comes from (tests set a clock they control); UTC.
    void setClock(core::Clock clock) { m_clock = std::move(clock); }
    // The chain's lookup key (kept in central's data folder): tills fetch it (GET /v1/lookup-key)
    // and get pickup codes as its keyed hashes. Until it is set, one made for this process.
    // How long a return lease holds (a setting of `serve`, 15 minutes unless set).
    void setReturnLease(std::chrono::minutes ttl) { m_returnLease = ttl; }

    void setCustomerKeepDays(int days) { m_customerKeepDays = days; }
    // Where GET /v1/member-snapshot finds the members snapshot to give (MemberSnapshots.h); without
    // it, the route answers that there is none and tills take every member from the feed.
    void setMemberSnapshots(MemberSnapshots* snapshots) { m_memberSnapshots = snapshots; }
    // How many enrollments one address, and voucher lookups one till or token, may make a minute.
    void setClientRates(int enrollmentsPerMinute, int voucherLookupsPerMinute);

    // Counted by the server for refusals that never reach handle() (TLS handshake failures).
    void countRefusal(const char* reason);
    // Counted by the server: a TLS handshake done in full, or a session resumed.
    void countHandshake(bool resumed);

private:
    struct Route {
        QByteArray method;
        QByteArray path;
        Access access;
        const char* scope;
        std::function<HttpResponse(const HttpRequest&, const std::optional<TillPrincipal>&)> answer;
    };

    HttpResponse route(const HttpRequest& request, const std::optional<TillPrincipal>& till);
    [[nodiscard]] const Route* findRoute(const HttpRequest& request) const;
    Admission admitToken(const HttpRequest& head, const char* scope);
    HttpResponse enroll(const HttpRequest& request);
    HttpResponse memberSnapshot(const TillPrincipal& till);
    HttpResponse listDocuments(const HttpRequest& request, const char* kind, const char* listName,
                               std::vector<StoredSale> (CentralStore::*since)(std::int64_t, int));
    HttpResponse listExceptions(const HttpRequest& request);
    HttpResponse putMasterData(const HttpRequest& request, const char* feed);
    std::optional<HttpResponse> refuseTakenGtins(const std::vector<core::FeedItem>& items,
                                                 const std::vector<int>& lines);
    HttpResponse postWebOrders(const HttpRequest& request);
    HttpResponse showSold(const HttpRequest& request, const std::optional<TillPrincipal>& till, const char* channel);
    HttpResponse listChanges(const HttpRequest& request, const std::optional<TillPrincipal>& till);
    void limitCustomersFor(const QString& storeId, ChangeSlice& slice);
    HttpResponse listStoreExceptions(const HttpRequest& request, const std::optional<TillPrincipal>& till);
    HttpResponse listStockMovements(const HttpRequest& request);
    HttpResponse showStock(const HttpRequest& request);
    HttpResponse stockFeed(const HttpRequest& request);
    HttpResponse showDelivery(const HttpRequest& request);
    std::optional<HttpResponse> refuseReceivedDeliveries(const std::vector<core::FeedItem>& items,
                                                         const std::vector<int>& lines);
    HttpResponse postStockMovements(const HttpRequest& request);
    HttpResponse listRefunds(const HttpRequest& request);
    HttpResponse markRefundPaid(const HttpRequest& request);
    HttpResponse showVoucher(const HttpRequest& request, const std::optional<TillPrincipal>& till);
    HttpResponse refuseVoucherCode(const HttpRequest& request, const std::optional<TillPrincipal>& till,
                                   const QString& number);
    HttpResponse listLegacyVouchers(const HttpRequest& request);
    HttpResponse listAudit(const HttpRequest& request);
    HttpResponse lookupKey(const std::optional<TillPrincipal>& till);
    // A change head office's integrations made through central, in the audit trail: `actor` is
    // the token's name.
    void recordCentralAudit(const QString& kind, const QString& actor, const QString& subject, const QJsonValue& after,
                            const QString& detail = {});
    HttpResponse putCustomers(const HttpRequest& request);
    HttpResponse showCustomer(const HttpRequest& request, const std::optional<TillPrincipal>& till);
    HttpResponse exportCustomer(const HttpRequest& request);
    HttpResponse eraseCustomer(const HttpRequest& request);
    HttpResponse showCustomerHistory(const HttpRequest& request, const std::optional<TillPrincipal>& till);
    HttpResponse readCustomer(const HttpRequest& request, const std::optional<TillPrincipal>& till,
                              const QString& purpose);
    QJsonArray documentsJson(const std::vector<CustomerDocument>& documents);
    // Who reads a customer's record, for the read log: "store 001 till 02", "integration web-shop".
    QString readerOf(const HttpRequest& request, const std::optional<TillPrincipal>& till);
    HttpResponse listPickups(const HttpRequest& request, const std::optional<TillPrincipal>& till);
    HttpResponse showPickup(const HttpRequest& request, const std::optional<TillPrincipal>& till);
    HttpResponse listPickupChanges(const HttpRequest& request, const std::optional<TillPrincipal>& till);
    HttpResponse cancelPickupOrder(const HttpRequest& request);
    std::optional<HttpResponse> refuseOtherStore(const std::optional<TillPrincipal>& till, const QString& store);
    std::optional<core::Error> refuseUnknownPickupParts(const core::WebOrder& order);
    HttpResponse listShifts(const HttpRequest& request, const std::optional<TillPrincipal>& till);
    HttpResponse listStoreDays(const HttpRequest& request);
    HttpResponse takeLease(const HttpRequest& request, const std::optional<TillPrincipal>& till);
    HttpResponse releaseLease(const HttpRequest& request, const std::optional<TillPrincipal>& till);
    std::optional<HttpResponse> refuseWithoutCertificate(const std::optional<TillPrincipal>& till);
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] QDateTime webOrderFeedFrom();
    HttpResponse pushEvents(const HttpRequest& request, const std::optional<TillPrincipal>& till);
    std::optional<HttpResponse> refuseRevoked(const TillPrincipal& till);
    HttpResponse refuse(int status, const char* reason, const QString& message, const QByteArray& extra = {});
    HttpResponse unavailable(const StoreUnavailable& error);
    std::optional<HttpResponse> refuseTooFast(ClientRate& rate, const QString& client, const QString& what);

    core::Clock m_clock;
    std::chrono::minutes m_returnLease = kDefaultReturnLease;
    CentralStore& m_store;
    std::vector<Route> m_routes;
    EventIngest m_ingest;
    KeyAndCertificate m_ca;
    std::atomic<std::int64_t> m_eventsReceived{0};
    std::atomic<std::int64_t> m_eventsApplied{0};
    std::atomic<std::int64_t> m_eventsHeld{0};
    std::atomic<std::int64_t> m_duplicatesIgnored{0};
    std::atomic<std::int64_t> m_batches{0};
    std::atomic<std::int64_t> m_masterDataItems{0};
    std::atomic<std::int64_t> m_changesSent{0};
    std::atomic<std::int64_t> m_fullHandshakes{0};
    std::atomic<std::int64_t> m_resumedHandshakes{0};
    std::mutex m_refusalsMutex;
    std::map<std::string, std::int64_t> m_refusals; // by reason
    WrongCodeWatch m_wrongVoucherCodes;
    int m_customerKeepDays = kDefaultCustomerKeepDays;
    MemberSnapshots* m_memberSnapshots = nullptr;
    ClientRate m_enrollments{kDefaultEnrollmentsPerMinute};
    ClientRate m_voucherLookups{kDefaultVoucherLookupsPerMinute};
};

} // namespace kassa::sync
