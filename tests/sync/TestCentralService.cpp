// Central's routes and refusals, request in, response out, with a real store behind them.

#include "common/CardSales.h"
#include "common/OpenShift.h"
#include "common/TillReturns.h"
#include "core/domain/Barcode.h"
#include "core/store/AuditTrail.h"
#include "core/store/CustomerRecords.h"
#include "core/store/MasterData.h"
#include "core/till/Checkout.h"
#include "core/till/PickupDesk.h"
#include "core/till/StockDesk.h"
#include "sync/protocol/ChangeFeed.h"
#include "sync/protocol/StockFeed.h"
#include "sync/server/CentralService.h"
#include "sync/server/CustomerMaster.h"
#include "sync/server/HttpSupport.h"
#include "sync/server/Pickups.h"
#include "sync/server/SqliteCentralStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <map>

using namespace kassa;

class TestCentralService : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::TillDatabase> m_till;
    std::unique_ptr<sync::SqliteCentralStore> m_store;
    std::unique_ptr<sync::CentralService> m_service;
    sync::TillPrincipal m_principal;
    sync::KeyAndCertificate m_ca;

    QByteArray pendingBody() {
        return sync::encodeBatch({m_principal.deviceId, 1, m_till->outbox().pending(500, 1 << 20)});
    }

    sync::HttpResponse post(const QByteArray& body, const std::optional<sync::TillPrincipal>& till) {
        return m_service->handle({"POST", "/v1/events", body}, till);
    }

    QDateTime m_serviceNow; // the service's clock, which tests move

    static QJsonValue field(const sync::HttpResponse& response, const char* name) {
        return QJsonDocument::fromJson(response.body).object().value(QLatin1String(name));
    }

private Q_SLOTS:
    void initTestCase() {
        m_till = std::make_unique<core::TillDatabase>(m_dir.filePath(QStringLiteral("till")));
        m_till->initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("Test"));
        core::seedDemoCatalog(*m_till, 100);
        kassa::testing::openShiftWithoutItsFact(*m_till);
        QVERIFY(testing::ringUpCardSales(*m_till, 3));
        m_store = std::make_unique<sync::SqliteCentralStore>(m_dir.filePath(QStringLiteral("central")));
        m_principal = {m_till->settings().identity().deviceId, QStringLiteral("001"), QStringLiteral("01")};
        m_store->registerTill(m_principal);
        m_ca = sync::createCertificateAuthority(QStringLiteral("Test"));
        m_service = std::make_unique<sync::CentralService>(*m_store, m_ca);
    }

    void answersHealthAndUnknownRoutes() {
        QCOMPARE(m_service->handle({"GET", "/healthz", {}}, std::nullopt).status, 200);
        QCOMPARE(m_service->handle({"GET", "/nope", {}}, std::nullopt).status, 404);
        QCOMPARE(m_service->handle({"GET", "/v1/events", {}}, m_principal).status, 405);
    }

    void acceptsABatchAndThenItsResendAsDuplicates() {
        const sync::HttpResponse first = post(pendingBody(), m_principal);
        QCOMPARE(first.status, 200);
        const QJsonObject answer = QJsonDocument::fromJson(first.body).object();
        QCOMPARE(answer.value(QStringLiteral("high_water_mark")).toInteger(), 3);
        QCOMPARE(answer.value(QStringLiteral("applied")).toInt(), 3);
        const sync::HttpResponse again = post(pendingBody(), m_principal);
        QCOMPARE(again.status, 200);
        QCOMPARE(QJsonDocument::fromJson(again.body).object().value(QStringLiteral("duplicates")).toInt(), 3);
    }

    void refusesWithClearStatuses() {
        QCOMPARE(post(pendingBody(), std::nullopt).status, 401);
        const sync::HttpResponse malformed = post("not a batch", m_principal);
        QCOMPARE(malformed.status, 400);
        QVERIFY(QJsonDocument::fromJson(malformed.body).object().value(QStringLiteral("message")).toString().size() >
                10);
        QCOMPARE(post(QByteArray(sync::kMaxCompressedBodyBytes + 1, 'x'), m_principal).status, 413);
        sync::TillPrincipal other = m_principal;
        other.tillId = QStringLiteral("09");
        QCOMPARE(post(pendingBody(), other).status, 403);
        QCOMPARE(m_store->saleCount(), 3);
    }

    void enrollsATillOnceWithAOneTimeCode() {
        const QString code = m_store->createEnrollmentCode(QStringLiteral("007"), QStringLiteral("04"),
                                                           QDateTime::currentDateTimeUtc().addSecs(3600));
        QCOMPARE(code.size(), 14); // XXXX-XXXX-XXXX
        const sync::KeyAndRequest request = sync::createTillRequest(QStringLiteral("new-device"));
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("code"), code.toLower()},
                                      {QStringLiteral("device_id"), QStringLiteral("new-device")},
                                      {QStringLiteral("csr"), QString::fromLatin1(request.requestPem)}})
                .toJson();
        const sync::HttpResponse enrolled = m_service->handle({"POST", "/v1/enroll", body}, std::nullopt);
        QCOMPARE(enrolled.status, 200);
        const QJsonObject answer = QJsonDocument::fromJson(enrolled.body).object();
        const auto subject = sync::tillSubjectOf(answer.value(QStringLiteral("certificate")).toString().toLatin1());
        QVERIFY(subject);
        QCOMPARE(subject->storeId, QStringLiteral("007"));
        QCOMPARE(subject->tillId, QStringLiteral("04"));
        QCOMPARE(subject->deviceId, QStringLiteral("new-device"));
        QCOMPARE(answer.value(QStringLiteral("ca")).toString().toLatin1(), m_ca.certificatePem);
        // The code is spent: a replay is refused.
        QCOMPARE(m_service->handle({"POST", "/v1/enroll", body}, std::nullopt).status, 403);
    }

    void refusesExpiredCodesAndBrokenRequests() {
        const QString expired = m_store->createEnrollmentCode(QStringLiteral("007"), QStringLiteral("05"),
                                                              QDateTime::currentDateTimeUtc().addSecs(-1));
        const QByteArray csr = sync::createTillRequest(QStringLiteral("d2")).requestPem;
        const auto body = [&](const QString& code, const QByteArray& request) {
            return QJsonDocument(QJsonObject{{QStringLiteral("code"), code},
                                             {QStringLiteral("device_id"), QStringLiteral("d2")},
                                             {QStringLiteral("csr"), QString::fromLatin1(request)}})
                .toJson();
        };
        QCOMPARE(m_service->handle({"POST", "/v1/enroll", body(expired, csr)}, std::nullopt).status, 403);
        QCOMPARE(
            m_service->handle({"POST", "/v1/enroll", body(QStringLiteral("NOPE-NOPE-NOPE"), csr)}, std::nullopt).status,
            403);
        const QString fresh = m_store->createEnrollmentCode(QStringLiteral("007"), QStringLiteral("06"),
                                                            QDateTime::currentDateTimeUtc().addSecs(3600));
        QCOMPARE(m_service->handle({"POST", "/v1/enroll", body(fresh, "garbage")}, std::nullopt).status, 400);
        QCOMPARE(m_service->handle({"POST", "/v1/enroll", "not json"}, std::nullopt).status, 400);
        // The broken request did not use the code up.
        QCOMPARE(m_service->handle({"POST", "/v1/enroll", body(fresh, csr)}, std::nullopt).status, 200);
        QCOMPARE(m_service->handle({"GET", "/v1/ca", {}}, std::nullopt).body, m_ca.certificatePem);
    }

    void integrationsReadSalesWithABearerToken() {
        QCOMPARE(m_service->handle({"GET", "/v1/sales", {}, {}}, std::nullopt).status, 401);
        QCOMPARE(m_service->handle({"GET", "/v1/sales", {}, "Bearer kc_wrong"}, std::nullopt).status, 401);
        const QByteArray token =
            "Bearer " + m_store->createToken(QStringLiteral("web shop"), {QStringLiteral("all")}).toLatin1();
        QVERIFY(!m_store->findToken(QStringLiteral("kc_wrong")));
        const sync::HttpResponse first = m_service->handle({"GET", "/v1/sales?limit=2", {}, token}, std::nullopt);
        QCOMPARE(first.status, 200);
        const QJsonObject page = QJsonDocument::fromJson(first.body).object();
        QCOMPARE(page.value(QStringLiteral("sales")).toArray().size(), 2);
        const QJsonObject sale = page.value(QStringLiteral("sales")).toArray()[0].toObject();
        QCOMPARE(sale.value(QStringLiteral("store_id")).toString(), QStringLiteral("001"));
        QVERIFY(sale.value(QStringLiteral("sale")).toObject().value(QStringLiteral("total")).toInteger() > 0);
        const QByteArray next = "/v1/sales?since=" + QByteArray::number(page.value(QStringLiteral("next")).toInteger());
        const QJsonObject rest =
            QJsonDocument::fromJson(m_service->handle({"GET", next, {}, token}, std::nullopt).body).object();
        QCOMPARE(rest.value(QStringLiteral("sales")).toArray().size(), 1); // 3 sales in all
        QCOMPARE(m_service->handle({"GET", "/v1/sales?since=abc", {}, token}, std::nullopt).status, 400);
        QCOMPARE(m_service->handle({"GET", "/v1/exceptions", {}, token}, std::nullopt).status, 200);
    }

    void metricsCountWhatHappened() {
        // What this test does, counted as differences: the tests hold in any order.
        const QByteArray prometheus =
            "Bearer " + m_store->createToken(QStringLiteral("prometheus"), {QStringLiteral("reports:read")}).toLatin1();
        const auto counter = [this, &prometheus](const QByteArray& line) {
            const QByteArray text = m_service->handle({"GET", "/metrics", {}, prometheus}, std::nullopt).body;
            for (const QByteArray& row : text.split('\n')) {
                if (row.startsWith(line + ' ')) {
                    return row.mid(line.size() + 1).toLongLong();
                }
            }
            return 0LL;
        };
        const QByteArray applied = "kassa_central_events_applied_total";
        const QByteArray duplicates = "kassa_central_duplicates_ignored_total";
        const QByteArray noCertificate = R"(kassa_central_refusals_total{reason="no_certificate"})";
        const QByteArray malformed = R"(kassa_central_refusals_total{reason="malformed"})";
        const QByteArray wrongTill = R"(kassa_central_refusals_total{reason="wrong_till"})";
        const QByteArray noToken = R"(kassa_central_refusals_total{reason="no_token"})";
        const std::map<QByteArray, qlonglong> before{
            {applied, counter(applied)},     {duplicates, counter(duplicates)}, {noCertificate, counter(noCertificate)},
            {malformed, counter(malformed)}, {wrongTill, counter(wrongTill)},   {noToken, counter(noToken)}};
        QVERIFY(testing::ringUpCardSales(*m_till, 2));
        // This till never marks anything delivered: every batch holds all its sales.
        const qlonglong held = m_store->saleCount();
        const qlonglong waiting = static_cast<qlonglong>(m_till->outbox().pending(500, 1 << 20).size());
        QCOMPARE(post(pendingBody(), m_principal).status, 200);
        QCOMPARE(post(pendingBody(), m_principal).status, 200); // every event again: duplicates
        QCOMPARE(post(pendingBody(), std::nullopt).status, 401);
        QCOMPARE(post("not a batch", m_principal).status, 400);
        sync::TillPrincipal other = m_principal;
        other.tillId = QStringLiteral("09");
        QCOMPARE(post(pendingBody(), other).status, 403);
        QCOMPARE(m_service->handle({"GET", "/v1/sales", {}}, std::nullopt).status, 401);

        QCOMPARE(counter(applied), before.at(applied) + waiting - held);
        QCOMPARE(counter(duplicates), before.at(duplicates) + held + waiting);
        QCOMPARE(counter(noCertificate), before.at(noCertificate) + 1);
        QCOMPARE(counter(malformed), before.at(malformed) + 1);
        QCOMPARE(counter(wrongTill), before.at(wrongTill) + 1);
        QCOMPARE(counter(noToken), before.at(noToken) + 1);
        const QByteArray text = m_service->handle({"GET", "/metrics", {}, prometheus}, std::nullopt).body;
        QVERIFY(text.contains("kassa_central_tills{state=\"active\"}"));
        QVERIFY(text.contains("kassa_central_till_last_seen_seconds{store=\"001\",till=\"01\"}"));
        QVERIFY(text.contains("kassa_central_till_lag_seconds{store=\"001\",till=\"01\"}"));
    }

    void masterDataIsPutAllOrNothingAndServedAsACompactFeed() {
        const QByteArray token =
            "Bearer " + m_store->createToken(QStringLiteral("erp"), {QStringLiteral("all")}).toLatin1();
        // The certificates of the tills enrolled so far are in the feed already.
        const std::int64_t base = m_store->changesSince(0, 1000, 1 << 20).head;
        const QByteArray since = "/v1/changes?since=" + QByteArray::number(static_cast<qlonglong>(base));
        const auto put = [&](const char* target, const QByteArray& body) {
            return m_service->handle({"PUT", target, body, token}, std::nullopt);
        };
        const auto product = [](const char* sku, const char* gtin, const char* price) {
            const QJsonObject json{{QStringLiteral("sku"), QString::fromLatin1(sku)},
                                   {QStringLiteral("gtins"), QJsonArray{QString::fromLatin1(gtin)}},
                                   {QStringLiteral("name"), QStringLiteral("Tuote %1").arg(QString::fromLatin1(sku))},
                                   {QStringLiteral("price"), QString::fromLatin1(price)},
                                   {QStringLiteral("tax_code"), QStringLiteral("A")},
                                   {QStringLiteral("unit"), QStringLiteral("pcs")}};
            return QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
        };
        // Products need the tax codes first: the refusal names the line and what to do.
        const sync::HttpResponse early = put("/v1/products", product("P1", "96385074", "1.00"));
        QCOMPARE(early.status, 400);
        QVERIFY2(early.body.contains("/v1/tax-codes"), early.body.constData());
        QCOMPARE(m_service->handle({"POST", "/v1/products", {}, token}, std::nullopt).status, 405);
        QCOMPARE(m_service->handle({"PUT", "/v1/products", product("P1", "96385074", "1.00")}, std::nullopt).status,
                 401);
        QCOMPARE(put("/v1/tax-codes", "{\"code\":\"A\",\"valid_from\":\"2024-09-01\",\"rate\":\"25.5\"}\n"
                                      "{\"code\":\"B\",\"valid_from\":\"2026-01-01\",\"rate\":\"13.5\"}")
                     .status,
                 200);
        const sync::HttpResponse stored =
            put("/v1/products", product("P1", "96385074", "1.00") + product("P2", "4006381333931", "2.00") +
                                    product("P3", "6411401015090", "3.00"));
        QCOMPARE(stored.status, 200);
        QCOMPARE(QJsonDocument::fromJson(stored.body).object().value(QStringLiteral("head")).toInteger(), base + 5);
        QCOMPARE(field(stored, "by").toString(), QStringLiteral("erp")); // the token's name, in the audit trail too
        // One SKU on two lines (each with a GTIN of its own, so nothing else is wrong with them).
        const sync::HttpResponse twice =
            put("/v1/products", product("P4", "73500018", "1.00") + product("P4", "73500025", "1.10"));
        QCOMPARE(twice.status, 400);
        QVERIFY2(
            field(twice, "message").toString().contains(QStringLiteral("products P4 appears twice in the request")),
            twice.body.constData());
        QCOMPARE(put("/v1/products", "\n\n").status, 400);
        // A price change must say whose midnight it means.
        QCOMPARE(put("/v1/prices", "{\"book\":\"x\",\"sku\":\"P1\",\"price\":\"1.00\",\"valid_from\":\"2026-12-01\"}")
                     .status,
                 400);

        const auto changes = [&](const QByteArray& target) {
            const sync::HttpResponse answer = m_service->handle({"GET", target, {}}, m_principal);
            boost::system::error_code error;
            auto page = sync::decodeChangePage(answer.body, error);
            return answer.status == 200 && page ? page.value() : core::ChangePage{};
        };
        QCOMPARE(m_service->handle({"GET", "/v1/changes", {}}, std::nullopt).status, 401);
        QCOMPARE(m_service->handle({"GET", "/v1/changes?limit=0", {}}, m_principal).status, 400);
        QCOMPARE(m_service->handle({"GET", "/v1/changes?limit=20000", {}}, m_principal).status, 400);
        const core::ChangePage first = changes(since + "&limit=2");
        QCOMPARE(first.generation, m_store->generation());
        QCOMPARE(first.head, base + 5); // nothing of the refused requests was stored
        QCOMPARE(first.changes.size(), size_t(2));
        QCOMPARE(first.changes[0].feed, QStringLiteral("tax_codes"));
        QCOMPARE(changes("/v1/changes?since=" + QByteArray::number(static_cast<qlonglong>(base + 2))).changes.size(),
                 size_t(3));

        // Writing an item again moves it to the end: the feed from zero stays one row per item.
        QCOMPARE(put("/v1/products", product("P1", "96385074", "1.20")).status, 200);
        QCOMPARE(put("/v1/products", "{\"sku\":\"P2\",\"removed\":true}").status, 200);
        const core::ChangePage all = changes(since);
        QCOMPARE(all.head, base + 7);
        QCOMPARE(all.changes.size(), size_t(5));
        QCOMPARE(changes("/v1/changes?since=0").changes.size(), size_t(base + 5)); // one row per item
        QCOMPARE(all.changes[3].item.value(QStringLiteral("price")).toString(), QStringLiteral("1.20"));
        QVERIFY(all.changes[4].removed);
        QCOMPARE(all.changes[4].item.value(QStringLiteral("sku")).toString(), QStringLiteral("P2"));
    }

    void aGtinBelongsToOneLiveProduct() {
        const QByteArray token =
            "Bearer " + m_store->createToken(QStringLiteral("erp"), {QStringLiteral("all")}).toLatin1();
        const auto put = [&](const QByteArray& body) {
            return m_service->handle({"PUT", "/v1/products", body, token}, std::nullopt);
        };
        const auto product = [](const char* sku, QStringList gtins) {
            const QJsonObject json{{QStringLiteral("sku"), QString::fromLatin1(sku)},
                                   {QStringLiteral("gtins"), QJsonArray::fromStringList(gtins)},
                                   {QStringLiteral("name"), QStringLiteral("Tuote")},
                                   {QStringLiteral("price"), QStringLiteral("1.00")},
                                   {QStringLiteral("tax_code"), QStringLiteral("A")},
                                   {QStringLiteral("unit"), QStringLiteral("pcs")}};
            return QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
        };
        const auto message = [](const sync::HttpResponse& response) {
            return QJsonDocument::fromJson(response.body).object().value(QStringLiteral("message")).toString();
        };
        QCOMPARE(m_service
                     ->handle({"PUT", "/v1/tax-codes",
                               "{\"code\":\"A\",\"valid_from\":\"2024-09-01\",\"rate\":\"25.5\"}", token},
                              std::nullopt)
                     .status,
                 200);
        QCOMPARE(put(product("G1", {QStringLiteral("6400000000019")})).status, 200);

        // Another SKU claiming it is refused, naming the line, the GTIN and the SKU that has it.
        const sync::HttpResponse taken =
            put(product("G2", {QStringLiteral("6400000000026")}) + product("G3", {QStringLiteral("6400000000019")}));
        QCOMPARE(taken.status, 400);
        QCOMPARE(message(taken), QStringLiteral("line 2: GTIN 6400000000019 belongs to SKU G1; to move it to SKU G3, "
                                                "put SKU G1 without it in the same request"));
        // Two lines of one request claiming one GTIN.
        const sync::HttpResponse twice =
            put(product("G2", {QStringLiteral("6400000000033")}) + product("G3", {QStringLiteral("6400000000033")}));
        QCOMPARE(twice.status, 400);
        QVERIFY2(message(twice).startsWith(QStringLiteral("line 2: GTIN 6400000000033 is also on line 1 (SKU G2)")),
                 qPrintable(message(twice)));
        QCOMPARE(m_store->gtinOwners({QStringLiteral("06400000000026"), QStringLiteral("06400000000033")}).size(),
                 size_t(0)); // nothing of a refused request was stored

        // A barcode moving to a new product: the same request takes it off the old one, in any order.
        QCOMPARE(
            put(product("G3", {QStringLiteral("6400000000019")}) + product("G1", {QStringLiteral("6400000000040")}))
                .status,
            200);
        QCOMPARE(m_store->gtinOwners({QStringLiteral("06400000000019")}).at(QStringLiteral("06400000000019")),
                 QStringLiteral("G3"));
        // ... or removes the old product.
        QCOMPARE(put(product("G2", {QStringLiteral("6400000000040")}) + "{\"sku\":\"G1\",\"removed\":true}\n").status,
                 200);
        QCOMPARE(m_store->gtinOwners({QStringLiteral("06400000000040")}).at(QStringLiteral("06400000000040")),
                 QStringLiteral("G2"));
        // A product keeps its own GTINs when it is put again, and may list one twice.
        QCOMPARE(put(product("G2", {QStringLiteral("6400000000040"), QStringLiteral("06400000000040")})).status, 200);
    }

    void keysWithControlCharactersOrNothingInThemAreRefused() {
        const QByteArray token =
            "Bearer " + m_store->createToken(QStringLiteral("erp"), {QStringLiteral("all")}).toLatin1();
        const auto put = [&](const char* target, const QByteArray& body) {
            return m_service->handle({"PUT", target, body, token}, std::nullopt);
        };
        QCOMPARE(put("/v1/tax-codes", "{\"code\":\"A\",\"valid_from\":\"2024-09-01\",\"rate\":\"25.5\"}").status, 200);
        const QByteArray item =
            R"({"sku":"SKU","gtins":["6400000000026"],"name":"N","price":"1.00","tax_code":"A","unit":"pcs"})";
        for (const char* sku : {"", "   ", "A\\u0000B", "A\\u0007B", "A\\u001bB", "A\\u2028B", "A\\u0085B"}) {
            QByteArray line = item;
            line.replace("\"SKU\"", QByteArray("\"") + sku + '"');
            const sync::HttpResponse refused = put("/v1/products", line);
            QCOMPARE(refused.status, 400);
            QVERIFY2(refused.body.contains("sku"), refused.body.constData());
        }
        const QByteArray price = R"({"book":"BOOK","sku":"P1","price":"1.00","valid_from":"2026-12-01T00:00:00Z"})";
        for (const char* book : {"", "\\t", "x\\ny"}) {
            QByteArray line = price;
            line.replace("\"BOOK\"", QByteArray("\"") + book + '"');
            const sync::HttpResponse refused = put("/v1/prices", line);
            QCOMPARE(refused.status, 400);
            QVERIFY2(refused.body.contains("book"), refused.body.constData());
        }
        QCOMPARE(put("/v1/prices", "{\"book\":\"B\",\"sku\":\"P\\u0001\",\"price\":\"1.00\",\"valid_from\":"
                                   "\"2026-12-01T00:00:00Z\"}")
                     .status,
                 400);
        QCOMPARE(put("/v1/products", "{\"sku\":\"A\\u0000\",\"removed\":true}").status, 400);
    }

    void webOrdersAndReceiptsShowWhatIsReturnable() {
        const QByteArray token =
            "Bearer " + m_store->createToken(QStringLiteral("web shop"), {QStringLiteral("all")}).toLatin1();
        QCOMPARE(
            m_service
                ->handle({"PUT", "/v1/tax-codes",
                          QJsonDocument(core::toJson(core::finnishTaxRates().front())).toJson(QJsonDocument::Compact),
                          token},
                         std::nullopt)
                .status,
            200);
        const QString taxCode = core::finnishTaxRates().front().code;
        const auto orderLine = [&taxCode](const QString& number, const QString& quantity) {
            const QJsonObject line{{QStringLiteral("line"), 1},
                                   {QStringLiteral("sku"), QStringLiteral("100234")},
                                   {QStringLiteral("quantity"), quantity},
                                   {QStringLiteral("unit_price"), QStringLiteral("2.99")},
                                   {QStringLiteral("tax_code"), taxCode}};
            return QJsonDocument(QJsonObject{{QStringLiteral("order"), number},
                                             {QStringLiteral("placed_at"), QStringLiteral("2026-11-20T14:03:00+02:00")},
                                             {QStringLiteral("payment"), QStringLiteral("online:card")},
                                             {QStringLiteral("lines"), QJsonArray{line}}})
                       .toJson(QJsonDocument::Compact) +
                   '\n';
        };
        const auto postOrders = [&](const QByteArray& body, const QByteArray& authorization) {
            return m_service->handle({"POST", "/v1/web-orders", body, authorization}, std::nullopt);
        };
        const auto message = [](const sync::HttpResponse& response) {
            return QJsonDocument::fromJson(response.body).object().value(QStringLiteral("message")).toString();
        };
        QCOMPARE(postOrders(orderLine(QStringLiteral("W9"), QStringLiteral("2")), {}).status, 401);
        const sync::HttpResponse stored = postOrders(orderLine(QStringLiteral("W9"), QStringLiteral("2")) +
                                                         orderLine(QStringLiteral("W10"), QStringLiteral("1")),
                                                     token);
        QCOMPARE(stored.status, 200);
        QCOMPARE(QJsonDocument::fromJson(stored.body).object().value(QStringLiteral("stored")).toInt(), 2);
        const sync::HttpResponse bad =
            postOrders(orderLine(QStringLiteral("W11"), QStringLiteral("1")) + "{\"order\":\"W12\"}\n", token);
        QCOMPARE(bad.status, 400);
        QVERIFY2(message(bad).startsWith(QStringLiteral("line 2: ")), qPrintable(message(bad)));
        QByteArray pickup = orderLine(QStringLiteral("W13"), QStringLiteral("1"));
        pickup.replace("\"payment\"", "\"fulfilment\":{\"type\":\"pickup\",\"store\":\"001\"},\"payment\"");
        // A pickup order for a store central does not know could never be picked.
        const sync::HttpResponse noStore = postOrders(pickup, token);
        QCOMPARE(noStore.status, 400);
        QVERIFY2(message(noStore).contains(QStringLiteral("store 001, which is not one of the chain's stores")),
                 qPrintable(message(noStore)));
        const sync::HttpResponse changed = postOrders(orderLine(QStringLiteral("W9"), QStringLiteral("3")), token);
        QCOMPARE(changed.status, 409);
        QVERIFY(message(changed).contains(QStringLiteral("W9")));

        // A till and an integration both see what is returnable; nobody else does.
        const sync::HttpResponse seen = m_service->handle({"GET", "/v1/orders/W9", {}}, m_principal);
        QCOMPARE(seen.status, 200);
        const QJsonObject order = QJsonDocument::fromJson(seen.body).object();
        QCOMPARE(order.value(QStringLiteral("channel")).toString(), QStringLiteral("web"));
        const QJsonObject line = order.value(QStringLiteral("lines")).toArray().first().toObject();
        QCOMPARE(line.value(QStringLiteral("sold")).toString(), QStringLiteral("2"));
        QCOMPARE(line.value(QStringLiteral("returned")).toString(), QStringLiteral("0"));
        QCOMPARE(line.value(QStringLiteral("returnable")).toString(), QStringLiteral("2"));
        QCOMPARE(line.value(QStringLiteral("net")).toString(), QStringLiteral("5.98"));
        QCOMPARE(m_service->handle({"GET", "/v1/orders/W9", {}, token}, std::nullopt).status, 200);
        QCOMPARE(m_service->handle({"GET", "/v1/orders/W9", {}}, std::nullopt).status, 401);
        const sync::HttpResponse unknown = m_service->handle({"GET", "/v1/orders/W404", {}, token}, std::nullopt);
        QCOMPARE(unknown.status, 404);
        QVERIFY(message(unknown).contains(QStringLiteral("W404")));
        QCOMPARE(m_service->handle({"GET", "/v1/orders/W9/x", {}, token}, std::nullopt).status, 404);

        // A receipt central has: its lines, as sold at the till.
        QCOMPARE(post(pendingBody(), m_principal).status, 200);
        const core::CompletedSale sale = m_till->journal().last(1).front();
        const sync::HttpResponse receipt =
            m_service->handle({"GET", "/v1/receipts/" + sale.receiptNumber.toLatin1(), {}}, m_principal);
        QCOMPARE(receipt.status, 200);
        const QJsonObject receiptJson = QJsonDocument::fromJson(receipt.body).object();
        QCOMPARE(receiptJson.value(QStringLiteral("store_id")).toString(), QStringLiteral("001"));
        QCOMPARE(receiptJson.value(QStringLiteral("lines")).toArray().size(),
                 static_cast<qsizetype>(sale.lines.size()));
        QCOMPARE(m_service->handle({"GET", "/v1/receipts/001-01-999999", {}}, m_principal).status, 404);
    }

    void returnsLeasesAndRefundsOverHttp() {
        // Runs after webOrdersAndReceiptsShowWhatIsReturnable, which put order W10 of one piece.
        // The service keeps its clock after this test: the time it reads lives as long as it does.
        m_serviceNow = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
        QDateTime& now = m_serviceNow;
        m_service->setClock([this] { return m_serviceNow; });
        m_service->setReturnLease(std::chrono::minutes(5));
        const QByteArray token =
            "Bearer " + m_store->createToken(QStringLiteral("web shop"), {QStringLiteral("all")}).toLatin1();
        const sync::TillPrincipal otherTill{QStringLiteral("device-of-002"), QStringLiteral("002"),
                                            QStringLiteral("01")};
        const auto body = [](const QJsonObject& object) {
            return QJsonDocument(object).toJson(QJsonDocument::Compact);
        };
        const QJsonObject leaseW10{
            {QStringLiteral("channel"), QStringLiteral("web")},
            {QStringLiteral("number"), QStringLiteral("W10")},
            {QStringLiteral("lines"),
             QJsonArray{QJsonObject{{QStringLiteral("line"), 1}, {QStringLiteral("quantity"), QStringLiteral("1")}}}}};
        const auto takeLease = [&](const QJsonObject& request, const std::optional<sync::TillPrincipal>& till) {
            return m_service->handle({"POST", "/v1/return-leases", body(request)}, till);
        };
        QCOMPARE(takeLease(leaseW10, std::nullopt).status, 401);
        QJsonObject malformed = leaseW10;
        malformed.insert(QStringLiteral("channel"), QStringLiteral("mail"));
        QCOMPARE(takeLease(malformed, m_principal).status, 400);
        QJsonObject unknown = leaseW10;
        unknown.insert(QStringLiteral("number"), QStringLiteral("W404"));
        QCOMPARE(takeLease(unknown, m_principal).status, 404);

        const sync::HttpResponse held = takeLease(leaseW10, m_principal);
        QCOMPARE(held.status, 201);
        QCOMPARE(field(held, "expires_at").toString(), QStringLiteral("2026-11-24T12:05:00.000Z"));
        const QString leaseId = field(held, "lease").toString();
        const sync::HttpResponse taken = takeLease(leaseW10, otherTill);
        QCOMPARE(taken.status, 409);
        QCOMPARE(field(taken, "error").toString(), QStringLiteral("not_returnable"));
        QCOMPARE(field(taken, "returnable").toString(), QStringLiteral("0"));
        QCOMPARE(field(taken, "reserved").toString(), QStringLiteral("1"));
        // Only the till that holds a lease gives it back.
        QCOMPARE(m_service->handle({"DELETE", "/v1/return-leases/" + leaseId.toLatin1(), {}}, otherTill).status, 404);
        QCOMPARE(m_service->handle({"DELETE", "/v1/return-leases/" + leaseId.toLatin1(), {}}, m_principal).status, 204);
        // A lease lapses after the configured minutes: another till may then hold the line.
        QCOMPARE(takeLease(leaseW10, m_principal).status, 201);
        now = now.addSecs(4 * 60);
        QCOMPARE(takeLease(leaseW10, otherTill).status, 409);
        now = now.addSecs(2 * 60);
        const sync::HttpResponse afterExpiry = takeLease(leaseW10, otherTill);
        QCOMPARE(afterExpiry.status, 201);
        QCOMPARE(m_service
                     ->handle({"DELETE", "/v1/return-leases/" + field(afterExpiry, "lease").toString().toLatin1(), {}},
                              otherTill)
                     .status,
                 204);
        const sync::HttpResponse lapsed = takeLease(leaseW10, m_principal);
        QCOMPARE(lapsed.status, 201);

        // The return arrives with its lease: the web shop sees the refund and marks it paid.
        QVERIFY(testing::takeBack(
            *m_till,
            testing::webOrderDocument(QStringLiteral("W10"), QStringLiteral("100234"), 1, 299, now.addDays(-3)),
            {{1, 1000}}, now, core::RefundMethod::Original, field(lapsed, "lease").toString()));
        QCOMPARE(post(pendingBody(), m_principal).status, 200);
        QCOMPARE(m_service->handle({"GET", "/v1/refunds", {}}, std::nullopt).status, 401);
        QCOMPARE(m_service->handle({"GET", "/v1/refunds?status=lost", {}, token}, std::nullopt).status, 400);
        const sync::HttpResponse refunds =
            m_service->handle({"GET", "/v1/refunds?status=pending", {}, token}, std::nullopt);
        QCOMPARE(refunds.status, 200);
        const QJsonArray pending = field(refunds, "refunds").toArray();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().toObject().value(QStringLiteral("amount")).toString(), QStringLiteral("2.99"));
        QCOMPARE(pending.first().toObject().value(QStringLiteral("number")).toString(), QStringLiteral("W10"));
        const QByteArray paid = "/v1/refunds/" +
                                QByteArray::number(pending.first().toObject().value(QStringLiteral("id")).toInteger()) +
                                "/paid";
        const QByteArray reference = body({{QStringLiteral("reference"), QStringLiteral("psp-42")}});
        const sync::HttpResponse marked = m_service->handle({"POST", paid, reference, token}, std::nullopt);
        QCOMPARE(marked.status, 200);
        const QString tokenName = m_store->findToken(QString::fromLatin1(token.mid(7)))->name;
        QCOMPARE(field(marked, "paid_by").toString(), tokenName); // who marked it paid, kept with it
        QCOMPARE(m_service->handle({"POST", paid, reference, token}, std::nullopt).status, 409);
        QCOMPARE(m_service->handle({"POST", "/v1/refunds/987654/paid", {}, token}, std::nullopt).status, 404);
        QCOMPARE(m_service->handle({"POST", "/v1/refunds/x/paid", {}, token}, std::nullopt).status, 400);
        QCOMPARE(field(m_service->handle({"GET", "/v1/refunds?status=pending", {}, token}, std::nullopt), "refunds")
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(field(m_service->handle({"GET", "/v1/refunds?status=all", {}, token}, std::nullopt), "refunds")
                     .toArray()
                     .size(),
                 1);

        // The return, and the goods back in store 001's stock, for integrations.
        const QJsonArray returns =
            field(m_service->handle({"GET", "/v1/returns", {}, token}, std::nullopt), "returns").toArray();
        QCOMPARE(returns.size(), 1);
        QCOMPARE(returns.first()
                     .toObject()
                     .value(QStringLiteral("return"))
                     .toObject()
                     .value(QStringLiteral("lease"))
                     .toString(),
                 field(lapsed, "lease").toString());
        QJsonArray returned;
        for (const QJsonValue& movement :
             field(m_service->handle({"GET", "/v1/stock-movements", {}, token}, std::nullopt), "movements").toArray()) {
            if (movement.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("return")) {
                returned.append(movement);
            }
        }
        QCOMPARE(returned.size(), 1);
        QCOMPARE(returned.first().toObject().value(QStringLiteral("location")).toString(), QStringLiteral("001"));
        QCOMPARE(returned.first().toObject().value(QStringLiteral("quantity")).toString(), QStringLiteral("1"));
        // W10 is returned in full: no lease can hold it any more.
        QCOMPARE(takeLease(leaseW10, otherTill).status, 409);

        QCOMPARE(m_service->handle({"GET", "/v1/store-exceptions", {}}, std::nullopt).status, 401);
        QCOMPARE(m_service->handle({"GET", "/v1/store-exceptions?since=0", {}}, m_principal).status, 200);
        QCOMPARE(m_service->handle({"GET", "/v1/vouchers/SC-001-01-999999", {}, token}, std::nullopt).status, 404);
    }

    // A voucher is found by its whole code only; a number alone, a wrong secret and an unknown
    // voucher get one answer, and many of them from one client are raised as guessing.
    void aVoucherIsFoundByItsWholeCodeAndGuessingIsRaised() {
        const QByteArray token =
            "Bearer " + m_store->createToken(QStringLiteral("auditor"), {QStringLiteral("all")}).toLatin1();
        const QString secret = core::newVoucherSecret();
        const QString coded = QStringLiteral("SC-003-01-000001");
        const QString legacy = QStringLiteral("SC-003-01-000002");
        {
            std::unique_ptr<sync::CentralWrite> write = m_store->beginWrite();
            sync::VoucherRecord record{coded,
                                       QStringLiteral("doc-1"),
                                       QStringLiteral("003"),
                                       2500,
                                       2500,
                                       QStringLiteral("2026-12-01T10:00:00.000Z")};
            record.check = core::voucherCheck(coded, secret);
            QVERIFY(write->addVoucher(record));
            QVERIFY(write->addVoucher(sync::VoucherRecord{legacy, QStringLiteral("doc-0"), QStringLiteral("003"), 1000,
                                                          1000, QStringLiteral("2026-11-01T10:00:00.000Z")}));
            write->commit();
        }
        const auto ask = [this](const QString& code) {
            return m_service->handle({"GET", "/v1/vouchers/" + QUrl::toPercentEncoding(code), {}}, m_principal);
        };
        const sync::HttpResponse found = ask(coded + QLatin1Char('-') + secret.toLower());
        QCOMPARE(found.status, 200);
        QCOMPARE(field(found, "balance").toString(), QStringLiteral("25.00"));
        QVERIFY(!found.body.contains(core::voucherCheck(coded, secret).toLatin1())); // the check stays at central
        QCOMPARE(ask(legacy).status, 200); // a voucher from before codes had a secret
        const QString sameAnswer = QStringLiteral("there is no voucher %1 with this code: check the whole code printed "
                                                  "under its barcode");
        for (const QString& wrong : {coded, coded + QLatin1Char('-') + core::newVoucherSecret(),
                                     QStringLiteral("SC-003-01-000003-") + secret}) {
            const sync::HttpResponse refused = ask(wrong);
            QCOMPARE(refused.status, 404);
            QCOMPARE(field(refused, "message").toString(), sameAnswer.arg(wrong.left(16)));
        }
        QVERIFY(m_store->exceptions(0, 1000).empty() ||
                m_store->exceptions(0, 1000).back().kind != QLatin1String("voucher_guessing"));
        // Ten wrong codes within an hour: guessing, raised once for the hour.
        for (int guess = 4; guess <= 20; ++guess) {
            QCOMPARE(ask(QStringLiteral("SC-003-01-%1").arg(guess, 6, 10, QLatin1Char('0'))).status, 404);
        }
        int raised = 0;
        for (const sync::CentralException& e : m_store->exceptions(0, 1000)) {
            if (e.kind == QLatin1String("voucher_guessing")) {
                ++raised;
                QVERIFY2(e.detail.contains(QStringLiteral("store 001 till 01")), qPrintable(e.detail));
                QCOMPARE(e.storeId, QStringLiteral("001"));
            }
        }
        QCOMPARE(raised, 1);

        // Head office lists the legacy vouchers to reissue them.
        QCOMPARE(m_service->handle({"GET", "/v1/vouchers", {}, token}, std::nullopt).status, 400);
        QCOMPARE(m_service->handle({"GET", "/v1/vouchers?legacy=true", {}}, m_principal).status, 401);
        const sync::HttpResponse listed =
            m_service->handle({"GET", "/v1/vouchers?legacy=true", {}, token}, std::nullopt);
        QCOMPARE(listed.status, 200);
        const QJsonArray vouchers = field(listed, "vouchers").toArray();
        QCOMPARE(vouchers.size(), 1);
        QCOMPARE(vouchers.first().toObject().value(QStringLiteral("number")).toString(), legacy);
        QCOMPARE(vouchers.first().toObject().value(QStringLiteral("balance")).toString(), QStringLiteral("10.00"));
        QCOMPARE(field(listed, "next").toString(), legacy);
        QCOMPARE(field(m_service->handle({"GET", "/v1/vouchers?legacy=true&after=" + legacy.toLatin1(), {}, token},
                                         std::nullopt),
                       "vouchers")
                     .toArray()
                     .size(),
                 0);
    }

    // A change of rights at a till reaches head office's audit trail, once, with who made it.
    void aTillsAuditEntryIsListedByStore() {
        const QByteArray token =
            "Bearer " + m_store->createToken(QStringLiteral("auditor"), {QStringLiteral("all")}).toLatin1();
        {
            core::Transaction transaction(m_till->db());
            core::recordAudit(m_till->db(),
                              core::AuditEntry{QString::fromLatin1(core::auditKinds::kSettingChanged),
                                               QStringLiteral("3001"), QStringLiteral("login.max_failed_attempts"),
                                               QStringLiteral("5"), QStringLiteral("3"), QString(),
                                               QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC)});
            transaction.commit();
        }
        QCOMPARE(post(pendingBody(), m_principal).status, 200);
        QCOMPARE(post(pendingBody(), m_principal).status, 200); // sent again: recorded once
        QCOMPARE(m_service->handle({"GET", "/v1/audit", {}}, std::nullopt).status, 401);
        const sync::HttpResponse listed = m_service->handle({"GET", "/v1/audit?store=001", {}, token}, std::nullopt);
        QCOMPARE(listed.status, 200);
        QJsonArray settings;
        for (const QJsonValue& entry : field(listed, "audit").toArray()) {
            if (entry.toObject().value(QStringLiteral("kind")) == QLatin1String("setting.changed")) {
                settings.append(entry);
            }
        }
        QCOMPARE(settings.size(), 1);
        const QJsonObject entry = settings.first().toObject();
        QCOMPARE(entry.value(QStringLiteral("actor")).toString(), QStringLiteral("3001"));
        QCOMPARE(entry.value(QStringLiteral("subject")).toString(), QStringLiteral("login.max_failed_attempts"));
        QCOMPARE(entry.value(QStringLiteral("before")).toString(), QStringLiteral("5"));
        QCOMPARE(entry.value(QStringLiteral("after")).toString(), QStringLiteral("3"));
        QCOMPARE(entry.value(QStringLiteral("till_id")).toString(), QStringLiteral("01"));
        QVERIFY(field(m_service->handle({"GET", "/v1/audit?store=002", {}, token}, std::nullopt), "audit")
                    .toArray()
                    .isEmpty());
        QCOMPARE(m_service->handle({"GET", "/v1/audit?since=x", {}, token}, std::nullopt).status, 400);
    }

    // Stock per location is the sum of the ledger: sales take goods out (below zero is kept and
    // flagged), returns put them back.
    void stockIsTheSumOfTheLedgerPerLocation() {
        const QByteArray token =
            "Bearer " + m_store->createToken(QStringLiteral("erp"), {QStringLiteral("all")}).toLatin1();
        const std::int64_t before = m_till->journal().saleCount();
        QVERIFY(testing::ringUpCardSales(*m_till, 3));
        QCOMPARE(post(pendingBody(), m_principal).status, 200);
        const QString sold = m_till->journal().last(1).front().lines.front().sku;
        QVERIFY(m_till->journal().saleCount() == before + 3);

        QCOMPARE(m_service->handle({"GET", "/v1/stock", {}, token}, std::nullopt).status, 400);
        QCOMPARE(m_service->handle({"GET", "/v1/stock?sku=x&limit=0", {}, token}, std::nullopt).status, 400);
        QCOMPARE(m_service->handle({"GET", "/v1/stock?sku=x", {}}, std::nullopt).status, 401);
        const sync::HttpResponse item =
            m_service->handle({"GET", "/v1/stock?sku=" + QUrl::toPercentEncoding(sold), {}}, m_principal);
        QCOMPARE(item.status, 200);
        const QJsonArray levels = field(item, "stock").toArray();
        QCOMPARE(levels.size(), 1);
        const QJsonObject level = levels.first().toObject();
        QCOMPARE(level.value(QStringLiteral("location")).toString(), QStringLiteral("001"));
        qint64 soldMilli = 0;
        for (const core::CompletedSale& sale : m_till->journal().last(100000)) {
            for (const core::SaleLine& line : sale.lines) {
                soldMilli += line.sku == sold && !line.voided ? line.quantityMilli : 0;
            }
        }
        std::int64_t returnedMilli = 0;
        const QJsonArray movements =
            field(m_service->handle({"GET", "/v1/stock-movements?limit=10000", {}, token}, std::nullopt), "movements")
                .toArray();
        for (const QJsonValue& movement : movements) {
            const QJsonObject m = movement.toObject();
            if (m.value(QStringLiteral("sku")).toString() == sold &&
                m.value(QStringLiteral("kind")).toString() == QLatin1String("return")) {
                returnedMilli +=
                    core::parseQuantity(m.value(QStringLiteral("quantity")).toString(), core::Unit::Kilograms).value();
            }
        }
        QCOMPARE(level.value(QStringLiteral("on_hand")).toString(), core::formatQuantity(returnedMilli - soldMilli));
        QCOMPARE(level.value(QStringLiteral("negative")).toBool(), returnedMilli - soldMilli < 0);
        // A location's items, paged by SKU.
        const QJsonArray store =
            field(m_service->handle({"GET", "/v1/stock?location=001&limit=2", {}, token}, std::nullopt), "stock")
                .toArray();
        QCOMPARE(store.size(), 2);
        const QString next = store.last().toObject().value(QStringLiteral("sku")).toString();
        const QJsonArray rest =
            field(m_service->handle({"GET", "/v1/stock?location=001&after=" + QUrl::toPercentEncoding(next), {}, token},
                                    std::nullopt),
                  "stock")
                .toArray();
        QVERIFY(!rest.isEmpty());
        QVERIFY(rest.first().toObject().value(QStringLiteral("sku")).toString() > next);
    }

    // The web warehouse posts its movements: all or nothing, a retry changes nothing.
    void integrationsPostTheirStockMovementsIntoTheSameLedger() {
        const QByteArray token =
            "Bearer " + m_store->createToken(QStringLiteral("wms"), {QStringLiteral("all")}).toLatin1();
        const QByteArray good =
            R"({"location":"web","sku":"WH-1","quantity":"40","kind":"receipt","reference":"wms-1","at":"2026-11-30T08:00:00+02:00"}
{"location":"web","sku":"WH-1","quantity":"-3","kind":"sale","reference":"wms-2","at":"2026-11-30T09:00:00+02:00"}
)";
        QCOMPARE(m_service->handle({"POST", "/v1/stock-movements", good}, std::nullopt).status, 401);
        const sync::HttpResponse stored = m_service->handle({"POST", "/v1/stock-movements", good, token}, std::nullopt);
        QCOMPARE(stored.status, 200);
        QCOMPARE(field(stored, "stored").toInt(), 2);
        const sync::HttpResponse again = m_service->handle({"POST", "/v1/stock-movements", good, token}, std::nullopt);
        QCOMPARE(field(again, "stored").toInt(), 0);
        QCOMPARE(field(again, "unchanged").toInt(), 2);
        const auto onHand = [&] {
            return field(m_service->handle({"GET", "/v1/stock?location=web&sku=WH-1", {}, token}, std::nullopt),
                         "stock")
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("on_hand"))
                .toString();
        };
        QCOMPARE(onHand(), QStringLiteral("37"));
        // A bad line: nothing of the request is kept, and the line is named.
        const QByteArray bad =
            R"({"location":"web","sku":"WH-1","quantity":"5","kind":"receipt","reference":"wms-3","at":"2026-11-30T10:00:00Z"}
{"location":"web","sku":"WH-1","quantity":"lots","kind":"receipt","reference":"wms-4","at":"2026-11-30T10:00:00Z"}
)";
        const sync::HttpResponse refused = m_service->handle({"POST", "/v1/stock-movements", bad, token}, std::nullopt);
        QCOMPARE(refused.status, 400);
        QVERIFY2(field(refused, "message").toString().contains(QStringLiteral("line 2")), refused.body.constData());
        QCOMPARE(onHand(), QStringLiteral("37"));
        for (
            const QByteArray& wrong :
            {QByteArray(
                 R"({"location":"web","sku":"WH-1","quantity":"1","kind":"count","reference":"x","at":"2026-11-30T10:00:00Z"})"),
             QByteArray(
                 R"({"location":"web","sku":"WH-1","quantity":"1","kind":"receipt","reference":"x","at":"2026-11-30T10:00:00"})"),
             QByteArray(
                 R"({"sku":"WH-1","quantity":"1","kind":"receipt","reference":"x","at":"2026-11-30T10:00:00Z"})")}) {
            QCOMPARE(m_service->handle({"POST", "/v1/stock-movements", wrong, token}, std::nullopt).status, 400);
        }
    }

    // Deliveries and stores from integrations; a location's stock feed for tills and tokens.
    void deliveriesStoresAndTheStockFeedAreServedAsDocumented() {
        const QByteArray token =
            "Bearer " + m_store->createToken(QStringLiteral("erp"), {QStringLiteral("all")}).toLatin1();
        const QByteArray stores = R"({"store_id":"001","name":"Helsinki Kamppi","nearby":["002"]}
{"store_id":"002","name":"Espoo Iso Omena","nearby":["001"]}
)";
        QCOMPARE(m_service->handle({"PUT", "/v1/stores", stores, token}, std::nullopt).status, 200);
        const sync::HttpResponse selfNearby =
            m_service->handle({"PUT", "/v1/stores", R"({"store_id":"003","nearby":["003"]})", token}, std::nullopt);
        QCOMPARE(selfNearby.status, 400);
        QVERIFY2(field(selfNearby, "message").toString().contains(QStringLiteral("other stores")),
                 selfNearby.body.constData());

        const QByteArray delivery =
            R"({"delivery":"D-9","store":"001","supplier":"Valio","lines":[{"sku":"100234","quantity":"24"}]})";
        QCOMPARE(m_service->handle({"POST", "/v1/deliveries", delivery}, std::nullopt).status, 401);
        QCOMPARE(m_service->handle({"POST", "/v1/deliveries", delivery, token}, std::nullopt).status, 200);
        const sync::HttpResponse twiceOnIt = m_service->handle(
            {"POST", "/v1/deliveries",
             R"({"delivery":"D-10","store":"001","lines":[{"sku":"1","quantity":"1"},{"sku":"1","quantity":"2"}]})",
             token},
            std::nullopt);
        QCOMPARE(twiceOnIt.status, 400);
        QVERIFY2(field(twiceOnIt, "message").toString().contains(QStringLiteral("SKU 1 is on the delivery twice")),
                 twiceOnIt.body.constData());
        const sync::HttpResponse shown = m_service->handle({"GET", "/v1/deliveries/D-9", {}}, m_principal);
        QCOMPARE(shown.status, 200);
        QCOMPARE(field(shown, "status").toString(), QStringLiteral("open"));
        QCOMPARE(field(shown, "supplier").toString(), QStringLiteral("Valio"));
        QCOMPARE(m_service->handle({"GET", "/v1/deliveries/D-404", {}, token}, std::nullopt).status, 404);

        // The till receives it: it is received at central, and posting it again is refused.
        core::TillDatabase& till = *m_till;
        const sync::HttpResponse changes = m_service->handle({"GET", "/v1/changes?since=0", {}}, m_principal);
        boost::system::error_code error;
        const std::optional<core::ChangePage> fed = sync::decodeChangePage(changes.body, error);
        QVERIFY(fed);
        for (const core::FeedChange& change : fed->changes) {
            core::findMasterDataFeed(change.feed)->apply(till.db(), change, core::FeedTarget::Live);
        }
        QCOMPARE(till.stockFigures().followedLocations(),
                 (QStringList{QStringLiteral("001"), QStringLiteral("002"), QStringLiteral("web")}));
        core::Catalog catalog = till.catalog();
        core::Product product = catalog.byGtin(core::normalizeGtin(core::demoGtin(3)).value()).value();
        product.sku = QStringLiteral("100234");
        catalog.upsert(product, {}, 0, std::nullopt);
        core::StockRequest all;
        all.kind = core::StockOperationKind::Received;
        all.delivery = QStringLiteral("D-9");
        const core::Operator clerk{QStringLiteral("1001"), QStringLiteral("Maija"), core::Role::Cashier};
        QVERIFY(core::StockDesk(till, clerk).record(all).ok());
        QCOMPARE(post(pendingBody(), m_principal).status, 200);
        QCOMPARE(field(m_service->handle({"GET", "/v1/deliveries/D-9", {}, token}, std::nullopt), "status").toString(),
                 QStringLiteral("received"));
        const sync::HttpResponse again = m_service->handle({"POST", "/v1/deliveries", delivery, token}, std::nullopt);
        QCOMPARE(again.status, 409);
        QCOMPARE(field(again, "error").toString(), QStringLiteral("delivery_received"));

        // The store's stock feed, for the till and for a token alike.
        for (const auto& [request, as] :
             {std::pair{sync::HttpRequest{"GET", "/v1/stock-feed?location=001", {}}, std::optional(m_principal)},
              std::pair{sync::HttpRequest{"GET", "/v1/stock-feed?location=001&after=0", {}, token},
                        std::optional<sync::TillPrincipal>()}}) {
            const sync::HttpResponse page = m_service->handle(request, as);
            QCOMPARE(page.status, 200);
            const auto decoded = sync::decodeStockPage(page.body, error);
            QVERIFY(decoded);
            QVERIFY(decoded->firstLoad && !decoded->more);
            const auto received = std::find_if(decoded->items.begin(), decoded->items.end(),
                                               [](const auto& item) { return item.sku == QLatin1String("100234"); });
            QVERIFY(received != decoded->items.end());
            QCOMPARE(received->onHandMilli,
                     m_store->stockLevels(QStringLiteral("001"), QStringLiteral("100234"), {}, 1).front().onHandMilli);
        }
        QCOMPARE(m_service->handle({"GET", "/v1/stock-feed", {}}, m_principal).status, 400);
        QCOMPARE(m_service->handle({"GET", "/v1/stock-feed?location=001&limit=0", {}}, m_principal).status, 400);
        QCOMPARE(m_service->handle({"GET", "/v1/stock-feed?location=001", {}}, std::nullopt).status, 401);
    }

    void theReturnPolicyIsPutAndFedToTheTills() {
        const QByteArray token =
            "Bearer " + m_store->createToken(QStringLiteral("head office"), {QStringLiteral("all")}).toLatin1();
        core::ReturnPolicy policy = core::defaultReturnPolicy();
        policy.windowDays[QStringLiteral("store")] = 14;
        const QByteArray body = QJsonDocument(core::toJson(policy)).toJson(QJsonDocument::Compact);
        QCOMPARE(m_service->handle({"PUT", "/v1/return-policy", body}, std::nullopt).status, 401);
        QCOMPARE(m_service->handle({"PUT", "/v1/return-policy", body, token}, std::nullopt).status, 200);
        QByteArray cashToCard = body;
        cashToCard.replace("\"cash\":[\"cash\",\"store_credit\"]", "\"cash\":[\"card\"]");
        const sync::HttpResponse refused =
            m_service->handle({"PUT", "/v1/return-policy", cashToCard, token}, std::nullopt);
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.body.contains("never refunded to a card"), refused.body.constData());
        // The tills take it from the change feed, last in it.
        const sync::HttpResponse answer =
            m_service->handle({"GET", "/v1/changes?since=0&limit=10000", {}}, m_principal);
        boost::system::error_code error;
        const auto page = sync::decodeChangePage(answer.body, error);
        QVERIFY(page);
        QCOMPARE(page->changes.back().feed, QStringLiteral("return_policy"));
        QCOMPARE(core::parseReturnPolicy(page->changes.back().item)->windowDays.at(QStringLiteral("store")), 14);
    }

    void customersArePutReadExportedAndErasedAsDocumented() {
        const QByteArray token =
            "Bearer " + m_store->createToken(QStringLiteral("web-shop"), {QStringLiteral("all")}).toLatin1();
        const QByteArray accounts =
            "{\"id\":\"web-10\",\"name\":\"Maija Virtanen\",\"email\":\"maija@example.fi\",\"consents\":"
            "{\"email_marketing\":{\"given\":true}}}\n"
            "{\"id\":\"web-11\",\"name\":\"Maija V\",\"phone\":\"040 123 4567\",\"email\":\"MAIJA@example.fi\"}\n";
        QCOMPARE(m_service->handle({"PUT", "/v1/customers", accounts}, std::nullopt).status, 401);
        const sync::HttpResponse stored = m_service->handle({"PUT", "/v1/customers", accounts, token}, std::nullopt);
        QCOMPARE(stored.status, 200);
        QCOMPARE(field(stored, "stored").toInt(), 2);
        const QJsonObject merge = field(stored, "merged").toArray().first().toObject();
        QCOMPARE(merge.value(QStringLiteral("id")).toString(), QStringLiteral("web-11"));
        QCOMPARE(merge.value(QStringLiteral("into")).toString(), QStringLiteral("web-10"));
        QCOMPARE(merge.value(QStringLiteral("matched_on")).toString(), QStringLiteral("email"));

        // Bad lines are named, and nothing of the request is kept.
        const sync::HttpResponse badPhone =
            m_service->handle({"PUT", "/v1/customers",
                               "{\"id\":\"web-12\",\"name\":\"A\",\"email\":\"a@example.fi\"}\n"
                               "{\"id\":\"web-13\",\"name\":\"B\",\"phone\":\"12\"}",
                               token},
                              std::nullopt);
        QCOMPARE(badPhone.status, 400);
        QVERIFY2(field(badPhone, "message").toString().startsWith(QStringLiteral("line 2: write a phone number")),
                 badPhone.body.constData());
        QCOMPARE(m_service->handle({"GET", "/v1/customers/web-12", {}, token}, std::nullopt).status, 404);

        // A till reads the merged id: it gets the account, with the merge.
        const sync::HttpResponse read = m_service->handle({"GET", "/v1/customers/web-11", {}}, m_principal);
        QCOMPARE(read.status, 200);
        const QJsonObject customer = field(read, "customer").toObject();
        QCOMPARE(customer.value(QStringLiteral("id")).toString(), QStringLiteral("web-10"));
        QCOMPARE(customer.value(QStringLiteral("phone")).toString(), QStringLiteral("+358401234567"));
        QVERIFY(customer.value(QStringLiteral("consents"))
                    .toObject()
                    .value(QStringLiteral("email_marketing"))
                    .toObject()
                    .value(QStringLiteral("given"))
                    .toBool());
        QCOMPARE(field(read, "merged_from").toArray().first().toObject().value(QStringLiteral("source")).toString(),
                 QStringLiteral("integration web-shop"));
        QCOMPARE(m_service->handle({"GET", "/v1/customers/web-10", {}}, std::nullopt).status, 401);

        // The export has every read, itself included.
        const sync::HttpResponse exported =
            m_service->handle({"GET", "/v1/customers/web-10/export", {}, token}, std::nullopt);
        QCOMPARE(exported.status, 200);
        QStringList readers;
        for (const QJsonValue& r : field(exported, "reads").toArray()) {
            readers << r.toObject().value(QStringLiteral("reader")).toString() + QLatin1Char('/') +
                           r.toObject().value(QStringLiteral("purpose")).toString();
        }
        QCOMPARE(readers, (QStringList{QStringLiteral("store 001 till 01/read"),
                                       QStringLiteral("integration web-shop/export")}));
        QCOMPARE(field(exported, "exported_by").toString(), QStringLiteral("web-shop"));
        QCOMPARE(m_service->handle({"GET", "/v1/customers/web-10/export", {}}, m_principal).status, 401);

        // An edit giving a card another customer holds is refused whole.
        const QString card = QStringLiteral("290000012345") + QString::number(core::gs1CheckDigit(u"290000012345"));
        QCOMPARE(
            m_service
                ->handle({"PUT", "/v1/customers",
                          "{\"id\":\"web-20\",\"name\":\"Matti\",\"loyalty_card\":\"" + card.toLatin1() + "\"}", token},
                         std::nullopt)
                .status,
            200);
        const sync::HttpResponse cardTaken = m_service->handle(
            {"PUT", "/v1/customers",
             "{\"id\":\"web-21\",\"name\":\"Liisa\",\"email\":\"liisa@example.fi\"}\n"
             "{\"id\":\"web-10\",\"name\":\"Maija Virtanen\",\"email\":\"maija@example.fi\",\"loyalty_card\":\"" +
                 card.toLatin1() + "\"}",
             token},
            std::nullopt);
        QCOMPARE(cardTaken.status, 409);
        QCOMPARE(field(cardTaken, "error").toString(), QStringLiteral("loyalty_card_in_use"));
        QVERIFY2(field(cardTaken, "message").toString().contains(QStringLiteral("line 2")), cardTaken.body.constData());
        QCOMPARE(m_service->handle({"GET", "/v1/customers/web-21", {}, token}, std::nullopt).status, 404);
        // A member's points as central counts them come with the record.
        const QJsonObject matti =
            field(m_service->handle({"GET", "/v1/customers/web-20", {}, token}, std::nullopt), "customer").toObject();
        QVERIFY(matti.value(QStringLiteral("loyalty")).toObject().contains(QStringLiteral("balance")));

        // Erased: every id of the person answers 410, erasing again says so, and the tills get
        // the removals.
        QCOMPARE(m_service->handle({"DELETE", "/v1/customers/web-10", {}}, m_principal).status, 401);
        const sync::HttpResponse erased =
            m_service->handle({"DELETE", "/v1/customers/web-11", {}, token}, std::nullopt);
        QCOMPARE(erased.status, 200);
        QCOMPARE(field(erased, "erased").toString(), QStringLiteral("web-10"));
        QCOMPARE(field(erased, "ids").toArray().size(), 2);
        QCOMPARE(field(erased, "erased_by").toString(), QStringLiteral("web-shop"));
        // Head office's audit trail names the token of each export and erasure.
        QStringList audited;
        for (const QJsonValue& entry :
             field(m_service->handle({"GET", "/v1/audit?limit=5000", {}, token}, std::nullopt), "audit").toArray()) {
            const QJsonObject e = entry.toObject();
            if (e.value(QStringLiteral("subject")) == QLatin1String("web-10")) {
                audited << e.value(QStringLiteral("kind")).toString() + QLatin1Char(' ') +
                               e.value(QStringLiteral("actor")).toString();
            }
        }
        QCOMPARE(audited, (QStringList{QStringLiteral("customer.exported web-shop"),
                                       QStringLiteral("customer.erased web-shop")}));
        for (const char* path : {"/v1/customers/web-10", "/v1/customers/web-11", "/v1/customers/web-10/export"}) {
            const sync::HttpResponse gone = m_service->handle({"GET", path, {}, token}, std::nullopt);
            QCOMPARE(gone.status, 410);
            QCOMPARE(field(gone, "error").toString(), QStringLiteral("customer_erased"));
        }
        QVERIFY(
            field(m_service->handle({"DELETE", "/v1/customers/web-10", {}, token}, std::nullopt), "already").toBool());
        QCOMPARE(m_service->handle({"DELETE", "/v1/customers/nobody", {}, token}, std::nullopt).status, 404);
        // The web shop sends the account again from an old export: it is not brought back.
        const sync::HttpResponse resent =
            m_service->handle({"PUT", "/v1/customers",
                               "{\"id\":\"web-10\",\"name\":\"Maija Virtanen\",\"email\":\"maija@example.fi\"}", token},
                              std::nullopt);
        QCOMPARE(field(resent, "erased").toArray().first().toString(), QStringLiteral("web-10"));
        QCOMPARE(m_service->handle({"GET", "/v1/customers/web-10", {}, token}, std::nullopt).status, 410);
    }

    // A store receipt of the till's new customer (merged into the web shop's account by e-mail)
    // and a web order with that address: one history, newest first, with what is returnable.
    // Another store's member reaches a till as the limited record central made as it wrote them
    // (kept beside the record: a first load reads no record again), and as one made now with
    // the key in use when central's lookup key is not the one it was made with. An erasure
    // leaves nothing of it.
    void anotherStoresMemberIsServedTheLimitedRecordKeptBesideTheirs() {
        const QByteArray token =
            "Bearer " + m_store->createToken(QStringLiteral("web-shop"), {QStringLiteral("all")}).toLatin1();
        const QString card = QStringLiteral("290000067890") + QString::number(core::gs1CheckDigit(u"290000067890"));
        const QByteArray account = "{\"id\":\"web-20\",\"name\":\"Aino Mäkelä\",\"email\":\"aino@example.fi\","
                                   "\"phone\":\"040 765 4321\",\"loyalty_card\":\"" +
                                   card.toLatin1() + "\"}\n";
        QCOMPARE(m_service->handle({"PUT", "/v1/customers", account, token}, std::nullopt).status, 200);
        const auto served = [this] {
            const sync::HttpResponse answer =
                m_service->handle({"GET", "/v1/changes?since=0&limit=10000", {}}, m_principal);
            boost::system::error_code error;
            const std::optional<core::ChangePage> page = sync::decodeChangePage(answer.body, error);
            for (const core::FeedChange& change : page.value().changes) {
                if (change.feed == QLatin1String(core::feeds::kCustomers) &&
                    change.item.value(QStringLiteral("id")) == QLatin1String("web-20")) {
                    return change.item;
                }
            }
            return QJsonObject();
        };
        const QJsonObject full =
            m_store->beginWrite()
                ->feedItemOf(QString::fromLatin1(core::feeds::kCustomers), QStringLiteral("web-20"))
                .value();
        QCOMPARE(served(), core::limitedCustomerItem(full, sync::chainLookupKey()));

        core::Database central(m_dir.filePath(QStringLiteral("central/central.db")));
        const auto kept = [&central] {
            core::Query query = central.prepare("SELECT limited_item FROM master_data WHERE key = 'web-20'");
            return query->step() && !query->isNull(0) ? QJsonDocument::fromJson(query->blob(0)).object()
                                                      : QJsonObject();
        };
        QCOMPARE(kept(), served());
        // A customer written before central kept forms is limited as served until the forms are
        // derived, once.
        central.exec("UPDATE master_data SET home_store = NULL, limited_item = NULL, limited_key = NULL "
                     "WHERE key = 'web-20'");
        QCOMPARE(served(), core::limitedCustomerItem(full, sync::chainLookupKey()));
        QCOMPARE(sync::deriveMissingCustomerForms(*m_store), 1);
        QCOMPARE(sync::deriveMissingCustomerForms(*m_store), 0);
        QCOMPARE(kept(), served());
        // An item that names no customer (not one central writes) is read once, not again and again.
        central.exec("INSERT INTO master_data (feed, key, change_no, removed, item) VALUES "
                     "('customers', 'x-1', (SELECT max(change_no) + 1 FROM master_data), 0, '{}')");
        QCOMPARE(sync::deriveMissingCustomerForms(*m_store), 1);
        central.exec("DELETE FROM master_data WHERE feed = 'customers' AND key = 'x-1'");
        // What is kept is what is served: a record kept otherwise is served otherwise.
        central.exec("UPDATE master_data SET limited_item = json_set(limited_item, '$.first_name', 'Kept') "
                     "WHERE key = 'web-20'");
        QCOMPARE(served().value(QStringLiteral("first_name")).toString(), QStringLiteral("Kept"));

        const core::LookupKey before = sync::chainLookupKey();
        const core::LookupKey changed = core::LookupKey::generate();
        sync::useLookupKey(changed);
        const QJsonObject withChangedKey = served();
        sync::useLookupKey(before);
        QCOMPARE(withChangedKey, core::limitedCustomerItem(full, changed));

        QCOMPARE(m_service->handle({"DELETE", "/v1/customers/web-20", {}, token}, std::nullopt).status, 200);
        core::Query left = central.prepare("SELECT count(*) FROM master_data WHERE key = 'web-20' AND "
                                           "(limited_item IS NOT NULL OR limited_key IS NOT NULL)");
        QVERIFY(left->step());
        QCOMPARE(left->int64(0), 0);
    }

    void aCustomersHistoryGathersEveryChannel() {
        const QByteArray token =
            "Bearer " + m_store->createToken(QStringLiteral("web-shop"), {QStringLiteral("all")}).toLatin1();
        QCOMPARE(
            m_service
                ->handle({"PUT", "/v1/tax-codes",
                          QJsonDocument(core::toJson(core::finnishTaxRates().front())).toJson(QJsonDocument::Compact),
                          token},
                         std::nullopt)
                .status,
            200);
        QCOMPARE(m_service
                     ->handle({"PUT", "/v1/customers",
                               "{\"id\":\"web-30\",\"name\":\"Liisa Laine\",\"email\":\"liisa@example.fi\"}", token},
                              std::nullopt)
                     .status,
                 200);
        core::Customer liisa;
        liisa.name = QStringLiteral("Liisa L");
        liisa.email = QStringLiteral("liisa@example.fi");
        const QString localId =
            m_till->customers().create(liisa, m_till->settings().identity(), QDateTime::currentDateTimeUtc())->id;
        core::SimulatedPaymentTerminal terminal;
        core::Checkout checkout(*m_till, terminal);
        QVERIFY(checkout.login(QStringLiteral("1001"), u"1234").ok());
        QCOMPARE(checkout.attachCustomer(QStringLiteral("LIISA@example.fi"))->id, localId);
        QVERIFY(checkout.scan(core::demoGtin(0), 2 * core::kQuantityOne).ok());
        QVERIFY(checkout.startPayment().ok());
        QVERIFY(checkout.payCard().ok());
        const core::CompletedSale sale = checkout.complete().value();
        QCOMPARE(sale.customerId, localId);
        QCOMPARE(post(pendingBody(), m_principal).status, 200);

        const QJsonObject order{
            {QStringLiteral("order"), QStringLiteral("W30")},
            {QStringLiteral("placed_at"), QStringLiteral("2026-11-20T14:03:00+02:00")},
            {QStringLiteral("payment"), QStringLiteral("online:card")},
            {QStringLiteral("customer"), QJsonObject{{QStringLiteral("email"), QStringLiteral("LIISA@example.fi")}}},
            {QStringLiteral("lines"),
             QJsonArray{QJsonObject{{QStringLiteral("line"), 1},
                                    {QStringLiteral("sku"), QStringLiteral("100234")},
                                    {QStringLiteral("quantity"), QStringLiteral("1")},
                                    {QStringLiteral("unit_price"), QStringLiteral("2.99")},
                                    {QStringLiteral("tax_code"), core::finnishTaxRates().front().code}}}}};
        QCOMPARE(m_service
                     ->handle({"POST", "/v1/web-orders", QJsonDocument(order).toJson(QJsonDocument::Compact), token},
                              std::nullopt)
                     .status,
                 200);

        const sync::HttpResponse history = m_service->handle({"GET", "/v1/customers/web-30/history", {}}, m_principal);
        QCOMPARE(history.status, 200);
        const QJsonArray documents = field(history, "documents").toArray();
        QCOMPARE(documents.size(), 2);
        const QJsonObject receipt = documents[0].toObject();
        QCOMPARE(receipt.value(QStringLiteral("number")).toString(), sale.receiptNumber);
        QCOMPARE(receipt.value(QStringLiteral("store_id")).toString(), QStringLiteral("001"));
        QCOMPARE(
            receipt.value(QStringLiteral("lines")).toArray().first().toObject().value(QStringLiteral("returnable")),
            QJsonValue(QStringLiteral("2")));
        QCOMPARE(documents[1].toObject().value(QStringLiteral("number")).toString(), QStringLiteral("W30"));
        QCOMPARE(documents[1].toObject().value(QStringLiteral("channel")).toString(), QStringLiteral("web"));
        QCOMPARE(m_service->handle({"GET", "/v1/customers/web-30/history?limit=0", {}, token}, std::nullopt).status,
                 400);
        QCOMPARE(field(m_service->handle({"GET", "/v1/customers/web-30/export", {}, token}, std::nullopt), "documents")
                     .toArray()
                     .size(),
                 2);

        // Erased: the history goes, the receipt and the order stay.
        QCOMPARE(m_service->handle({"DELETE", "/v1/customers/web-30", {}, token}, std::nullopt).status, 200);
        QVERIFY(m_store->beginWrite()->customerDocuments({QStringLiteral("web-30"), localId}, 10).empty());
        QCOMPARE(m_service->handle({"GET", "/v1/orders/W30", {}, token}, std::nullopt).status, 200);
        QCOMPARE(
            m_service->handle({"GET", "/v1/receipts/" + sale.receiptNumber.toLatin1(), {}, token}, std::nullopt).status,
            200);
    }

    // GET /v1/shifts and /v1/store-days as documented: store 002's till 01 closes its Z while
    // till 02 is still open (the day waits for it), then closes; a sale central lost shows as a
    // difference beside the Z; what is asked wrongly is refused with the reason.
    void shiftsAndStoreDaysAreServedAsDocumented() {
        const QByteArray token =
            "Bearer " + m_store->createToken(QStringLiteral("head office"), {QStringLiteral("all")}).toLatin1();
        const core::Operator cashier{QStringLiteral("1001"), QStringLiteral("Maija"), core::Role::Cashier};
        std::vector<std::unique_ptr<core::TillDatabase>> tills;
        std::vector<sync::TillPrincipal> principals;
        for (const char* number : {"01", "02"}) {
            auto& till = tills.emplace_back(std::make_unique<core::TillDatabase>(
                m_dir.filePath(QStringLiteral("shifts-") + QString::fromLatin1(number))));
            till->initialise(QStringLiteral("002"), QString::fromLatin1(number), QStringLiteral("Test"));
            core::seedDemoCatalog(*till, 100);
            principals.push_back(
                {till->settings().identity().deviceId, QStringLiteral("002"), QString::fromLatin1(number)});
            m_store->registerTill(principals.back());
            kassa::testing::openShift(*till);
        }
        const auto send = [&](std::size_t i) {
            const QByteArray body =
                sync::encodeBatch({principals[i].deviceId, 1, tills[i]->outbox().pending(500, 1 << 20)});
            return post(body, principals[i]).status;
        };
        const auto closeShift = [&](core::TillDatabase& till) {
            core::Shifts shifts = till.shifts();
            const core::Money expected = shifts.figures(*shifts.current()).expectedCash();
            return shifts.close(core::countAsTotal(expected).value(), cashier, std::nullopt, {}, core::Money(5'00),
                                QDateTime::currentDateTime());
        };
        QVERIFY(testing::ringUpCardSales(*tills[0], 2));
        QVERIFY(testing::ringUpCardSales(*tills[1], 1));
        const auto z = closeShift(*tills[0]);
        QVERIFY(z.ok());
        QCOMPARE(send(0), 200);
        QCOMPARE(send(1), 200);

        const QByteArray day = QDate::currentDate().toString(Qt::ISODate).toLatin1();
        const sync::HttpResponse listed =
            m_service->handle({"GET", "/v1/shifts?store=002&date=" + day, {}, token}, std::nullopt);
        QCOMPARE(listed.status, 200);
        const QJsonArray shifts = field(listed, "shifts").toArray();
        QCOMPARE(shifts.size(), 2);
        const QJsonObject closed = shifts[0].toObject();
        QCOMPARE(closed.value(QStringLiteral("till")).toString(), QStringLiteral("01"));
        QCOMPARE(closed.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
        QCOMPARE(closed.value(QStringLiteral("z_number")).toInteger(), 1);
        QCOMPARE(closed.value(QStringLiteral("agrees")), QJsonValue(true));
        QCOMPARE(closed.value(QStringLiteral("central")).toObject().value(QStringLiteral("sales_total")).toString(),
                 z->figures.salesTotal.toDecimalString());
        QCOMPARE(closed.value(QStringLiteral("till_figures")).toObject().value(QStringLiteral("sales")).toInteger(), 2);
        const QJsonObject open = shifts[1].toObject();
        QCOMPARE(open.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QVERIFY(open.value(QStringLiteral("agrees")).isNull());
        QCOMPARE(open.value(QStringLiteral("central")).toObject().value(QStringLiteral("sales")).toInteger(), 1);

        const auto storeDay = [&](const char* store) {
            const sync::HttpResponse days =
                m_service->handle({"GET", "/v1/store-days?date=" + day, {}, token}, std::nullopt);
            for (const QJsonValue& entry : field(days, "stores").toArray()) {
                if (entry.toObject().value(QStringLiteral("store")).toString() == QLatin1String(store)) {
                    return entry.toObject();
                }
            }
            return QJsonObject();
        };
        QCOMPARE(storeDay("002").value(QStringLiteral("status")).toString(), QStringLiteral("waiting"));
        QCOMPARE(storeDay("002").value(QStringLiteral("waiting_for")).toArray(), QJsonArray{QStringLiteral("02")});
        QCOMPARE(storeDay("001").value(QStringLiteral("status")).toString(), QStringLiteral("not_opened"));
        QVERIFY(closeShift(*tills[1]).ok());
        QCOMPARE(send(1), 200);
        QCOMPARE(storeDay("002").value(QStringLiteral("status")).toString(), QStringLiteral("closed"));

        // A sale central no longer holds (a restore of central from an older backup) is flagged.
        {
            core::Database central(m_dir.filePath(QStringLiteral("central/central.db")));
            core::Query lose = central.prepare("DELETE FROM sales WHERE till_id = '01' AND store_id = '002' AND id = "
                                               "(SELECT max(id) FROM sales WHERE till_id = '01' AND store_id = '002')");
            lose->run();
        }
        const QJsonObject differing =
            field(m_service->handle({"GET", "/v1/shifts?store=002&date=" + day, {}, token}, std::nullopt), "shifts")
                .toArray()[0]
                .toObject();
        QCOMPARE(differing.value(QStringLiteral("agrees")), QJsonValue(false));
        const QJsonObject difference = differing.value(QStringLiteral("differences")).toArray()[0].toObject();
        QCOMPARE(difference.value(QStringLiteral("figure")).toString(), QStringLiteral("sales"));
        QCOMPARE(difference.value(QStringLiteral("till")).toString(), QStringLiteral("2"));
        QCOMPARE(difference.value(QStringLiteral("central")).toString(), QStringLiteral("1"));

        const auto refusal = [&](const QByteArray& target, const std::optional<sync::TillPrincipal>& till,
                                 const QByteArray& auth) {
            const sync::HttpResponse answer = m_service->handle({"GET", target, {}, auth}, till);
            return std::pair(answer.status, field(answer, "error").toString());
        };
        QCOMPARE(refusal("/v1/shifts?date=" + day, std::nullopt, token), std::pair(400, QStringLiteral("malformed")));
        QCOMPARE(refusal("/v1/shifts?store=002&date=2026-13-01", std::nullopt, token),
                 std::pair(400, QStringLiteral("malformed")));
        QCOMPARE(refusal("/v1/store-days?date=yesterday", std::nullopt, token),
                 std::pair(400, QStringLiteral("malformed")));
        QCOMPARE(refusal("/v1/store-days", std::nullopt, {}), std::pair(401, QStringLiteral("no_token")));
        QCOMPARE(refusal("/v1/shifts?store=001&date=" + day, principals[0], {}),
                 std::pair(403, QStringLiteral("other_store")));
        QCOMPARE(m_service->handle({"GET", "/v1/shifts?store=002&date=" + day, {}, {}}, principals[0]).status, 200);
    }

    // The web shop's pickup orders: the code in the answer, the reservation in the stock, the
    // orders and their steps for integrations and for the store's tills, the cancel.
    void pickupOrdersAreServedAsDocumented() {
        const QByteArray token =
            "Bearer " + m_store->createToken(QStringLiteral("web shop"), {QStringLiteral("all")}).toLatin1();
        const auto call = [&](const char* method, const QByteArray& target, const QByteArray& body = {},
                              const std::optional<sync::TillPrincipal>& till = std::nullopt) {
            return m_service->handle({method, target, body, till ? QByteArray() : token}, till);
        };
        const QString tax = core::finnishTaxRates().front().code;
        QCOMPARE(call("PUT", "/v1/tax-codes",
                      QJsonDocument(core::toJson(core::finnishTaxRates().front())).toJson(QJsonDocument::Compact))
                     .status,
                 200);
        const sync::HttpResponse product =
            call("PUT", "/v1/products",
                 QStringLiteral("{\"sku\":\"PK-1\",\"gtins\":[\"6412345000012\"],\"name\":\"Kahvi\",\"price\":\"4.00\","
                                "\"tax_code\":\"%1\","
                                "\"unit\":\"pcs\"}\n")
                     .arg(tax)
                     .toUtf8());
        QVERIFY2(product.status == 200, product.body.constData());
        QCOMPARE(call("PUT", "/v1/stores", R"({"store_id":"061","name":"Tampere","collection_days":3})").status, 200);
        QCOMPARE(
            call(
                "POST", "/v1/stock-movements",
                R"({"location":"061","sku":"PK-1","quantity":"10","kind":"receipt","reference":"pk-1","at":"2026-11-30T08:00:00Z"})")
                .status,
            200);
        const auto order = [&tax](const char* number, const char* store, const char* sku) {
            return QStringLiteral("{\"order\":\"%1\",\"placed_at\":\"2026-12-01T09:00:00+02:00\","
                                  "\"fulfilment\":{\"type\":\"pickup\",\"store\":\"%2\"},\"paid\":true,"
                                  "\"payment\":\"online:card\",\"customer\":{\"name\":\"Aino\"},\"lines\":[{\"line\":1,"
                                  "\"sku\":\"%3\",\"quantity\":\"2\",\"unit_price\":\"4.00\",\"tax_code\":\"%4\"}]}\n")
                .arg(QLatin1String(number), QLatin1String(store), QLatin1String(sku), tax)
                .toUtf8();
        };
        // A store or an item central does not know: refused, naming it, and nothing is kept.
        const sync::HttpResponse noStore = call("POST", "/v1/web-orders", order("P-1", "099", "PK-1"));
        QCOMPARE(noStore.status, 400);
        QVERIFY(field(noStore, "message").toString().contains(QStringLiteral("store 099")));
        const sync::HttpResponse noItem = call("POST", "/v1/web-orders", order("P-1", "061", "NOPE"));
        QCOMPARE(noItem.status, 400);
        QVERIFY(field(noItem, "message").toString().contains(QStringLiteral("no product NOPE")));
        QCOMPARE(call("GET", "/v1/pickups/P-1").status, 404);

        const sync::HttpResponse taken =
            call("POST", "/v1/web-orders", order("P-1", "061", "PK-1") + order("P-2", "061", "PK-1"));
        QCOMPARE(taken.status, 200);
        const QJsonArray codes = field(taken, "pickups").toArray();
        QCOMPARE(codes.size(), 2);
        QCOMPARE(codes[0].toObject().value(QStringLiteral("store")).toString(), QStringLiteral("061"));
        const QString code = codes[0].toObject().value(QStringLiteral("code")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9]{6}$")).match(code).hasMatch());
        const auto stock = [&] {
            return field(call("GET", "/v1/stock?location=061&sku=PK-1"), "stock").toArray()[0].toObject();
        };
        QCOMPARE(stock().value(QStringLiteral("on_hand")).toString(), QStringLiteral("10"));
        QCOMPARE(stock().value(QStringLiteral("reserved")).toString(), QStringLiteral("4"));
        QCOMPARE(stock().value(QStringLiteral("available")).toString(), QStringLiteral("6"));

        // Integrations see the orders and their steps; a till only its own store's.
        const QJsonArray listed = field(call("GET", "/v1/pickups?store=061&status=new"), "pickups").toArray();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed[0].toObject().value(QStringLiteral("order")).toString(), QStringLiteral("P-2"));
        QCOMPARE(call("GET", "/v1/pickups?status=shipped").status, 400);
        QCOMPARE(field(call("GET", "/v1/pickups?store=061", {}, m_principal), "error").toString(),
                 QStringLiteral("other_store"));
        QCOMPARE(field(call("GET", "/v1/pickups", {}, m_principal), "pickups").toArray().size(), 0);
        QCOMPARE(call("GET", "/v1/pickups/P-1", {}, m_principal).status, 404);
        QCOMPARE(field(call("GET", "/v1/pickups/P-1"), "code").toString(), code);
        const sync::HttpResponse changes = call("GET", "/v1/pickup-changes?store=061");
        QCOMPARE(field(changes, "changes").toArray().size(), 2);
        const QJsonObject change = field(changes, "changes").toArray()[0].toObject();
        QCOMPARE(change.value(QStringLiteral("status")).toString(), QStringLiteral("new"));
        QCOMPARE(change.value(QStringLiteral("pickup")).toObject().value(QStringLiteral("order")).toString(),
                 QStringLiteral("P-1"));
        const QByteArray next =
            "/v1/pickup-changes?store=061&since=" + QByteArray::number(field(changes, "next").toInteger());
        QCOMPARE(field(call("GET", next), "changes").toArray().size(), 0);
        QCOMPARE(call("GET", "/v1/pickup-changes?since=x").status, 400);

        // Store 061's till picks and hands over P-1; its facts arrive over POST /v1/events.
        core::TillDatabase till(m_dir.filePath(QStringLiteral("till-061")));
        till.initialise(QStringLiteral("061"), QStringLiteral("01"), QStringLiteral("Tampere"));
        const sync::TillPrincipal store061{till.settings().identity().deviceId, QStringLiteral("061"),
                                           QStringLiteral("01")};
        m_store->registerTill(store061);
        // The till fetches the chain's lookup key, as its sync does: the codes come as keyed hashes.
        const auto key = core::LookupKey::fromBytes(
            QByteArray::fromBase64(field(call("GET", "/v1/lookup-key", {}, store061), "key").toString().toLatin1()));
        QVERIFY(key && key->save(till.dataDir()));
        const QJsonArray fed = field(call("GET", "/v1/pickup-changes", {}, store061), "changes").toArray();
        QCOMPARE(fed.size(), 2);
        QVERIFY(!QJsonDocument(fed).toJson().contains(code.toLatin1()));
        for (const QJsonValue& each : fed) {
            till.pickups().applyFromCentral(
                core::pickupFromJson(each.toObject().value(QStringLiteral("pickup")).toObject()).value());
        }
        core::PickupDesk desk(till, core::Operator{QStringLiteral("1001"), QStringLiteral("Maija")});
        QVERIFY(desk.markShort(QStringLiteral("P-1"), 1, 1000).ok());
        QVERIFY(desk.pick(QStringLiteral("P-1"), QStringLiteral("PK-1")).ok());
        QVERIFY(desk.markReady(QStringLiteral("P-1")).ok());
        QVERIFY(desk.handOverPaid(desk.claim(QStringLiteral("P-1"), code)->order).ok());
        QCOMPARE(post(sync::encodeBatch({store061.deviceId, 1, till.outbox().pending(500, 1 << 20)}), store061).status,
                 200);
        const QJsonObject collected = QJsonDocument::fromJson(call("GET", "/v1/pickups/P-1").body).object();
        QCOMPARE(collected.value(QStringLiteral("status")).toString(), QStringLiteral("collected"));
        QCOMPARE(stock().value(QStringLiteral("on_hand")).toString(), QStringLiteral("9"));
        QCOMPARE(stock().value(QStringLiteral("reserved")).toString(), QStringLiteral("2"));
        QStringList steps;
        for (const QJsonValue& each : field(call("GET", next), "changes").toArray()) {
            steps << each.toObject().value(QStringLiteral("status")).toString();
        }
        QCOMPARE(steps, (QStringList{QStringLiteral("picking"), QStringLiteral("ready"), QStringLiteral("collected")}));

        // Paid online, P-2 is sold but still on the store's shelf: nothing of it comes back yet.
        const sync::HttpResponse early =
            call("POST", "/v1/return-leases", R"({"channel":"web","number":"P-2","lines":[{"line":1,"quantity":"1"}]})",
                 m_principal);
        QCOMPARE(early.status, 409);
        QCOMPARE(field(early, "error").toString(), QStringLiteral("not_collected"));
        QCOMPARE(field(early, "store").toString(), QStringLiteral("061"));

        // The web shop cancels: once; a collected order is not cancelled; an unknown one is not found.
        QCOMPARE(m_service->handle({"POST", "/v1/pickups/P-2/cancel", {}}, std::nullopt).status, 401);
        const sync::HttpResponse cancelled = call("POST", "/v1/pickups/P-2/cancel", R"({"reason":"customer asked"})");
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(field(cancelled, "already").toBool(), false);
        QCOMPARE(field(call("POST", "/v1/pickups/P-2/cancel"), "already").toBool(), true);
        QCOMPARE(stock().value(QStringLiteral("reserved")).toString(), QStringLiteral("0"));
        const sync::HttpResponse late = call("POST", "/v1/pickups/P-1/cancel");
        QCOMPARE(late.status, 409);
        QCOMPARE(field(late, "error").toString(), QStringLiteral("pickup_step_refused"));
        QVERIFY(field(late, "message").toString().contains(QStringLiteral("was collected already")));
        QCOMPARE(call("POST", "/v1/pickups/P-9/cancel").status, 404);
    }

    // A token may do what its scopes name: beyond them 403 naming the scope the route needs,
    // revoked 401; central keeps when it was last used.
    void aTokenOutsideItsScopesIsRefusedNamingTheScopeItNeeds() {
        const QString secret = m_store->createToken(QStringLiteral("stock reader"), {QStringLiteral("stock:read")});
        const QByteArray token = "Bearer " + secret.toLatin1();
        QCOMPARE(m_service->handle({"GET", "/v1/stock?location=001", {}, token}, std::nullopt).status, 200);
        const sync::HttpResponse write =
            m_service->handle({"POST", "/v1/stock-movements", "{}\n", token}, std::nullopt);
        QCOMPARE(write.status, 403);
        QCOMPARE(field(write, "error").toString(), QStringLiteral("scope"));
        QCOMPARE(field(write, "scope").toString(), QStringLiteral("stock:write"));
        QVERIFY2(field(write, "message").toString().contains(QStringLiteral("stock reader")), write.body.constData());
        const sync::HttpResponse customer = m_service->handle({"GET", "/v1/customers/C-1", {}, token}, std::nullopt);
        QCOMPARE(customer.status, 403);
        QCOMPARE(field(customer, "scope").toString(), QStringLiteral("customers:read"));
        QCOMPARE(field(m_service->handle({"GET", "/metrics", {}, token}, std::nullopt), "scope").toString(),
                 QStringLiteral("reports:read"));
        QCOMPARE(m_service->handle({"GET", "/metrics", {}}, std::nullopt).status, 401);

        const std::vector<sync::IntegrationToken> tokens = m_store->tokens();
        const auto listed = std::find_if(tokens.begin(), tokens.end(), [](const sync::IntegrationToken& t) {
            return t.name == QLatin1String("stock reader");
        });
        QVERIFY(listed != tokens.end());
        QCOMPARE(listed->scopes, QStringList{QStringLiteral("stock:read")});
        QVERIFY(!listed->lastUsedAt.isEmpty());
        QVERIFY(listed->revokedAt.isEmpty());

        QCOMPARE(m_store->revokeToken(QStringLiteral("stock reader"), QStringLiteral("2026-12-07T10:00:00.000Z")), 1);
        const sync::HttpResponse revoked =
            m_service->handle({"GET", "/v1/stock?location=001", {}, token}, std::nullopt);
        QCOMPARE(revoked.status, 401);
        QCOMPARE(field(revoked, "error").toString(), QStringLiteral("no_token"));
        QCOMPARE(m_store->revokeToken(QStringLiteral("stock reader"), QStringLiteral("2026-12-07T10:00:00.000Z")), 0);
    }

    // One address may enroll so many tills a minute, one till or token look up so many vouchers:
    // beyond that 429 with when to try again, while other clients go on.
    void enrollmentsAndVoucherLookupsArePacedPerClient() {
        m_serviceNow = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
        m_service->setClock([this] { return m_serviceNow; });
        const auto enroll = [this](const char* address) {
            return m_service->handle({"POST", "/v1/enroll", "not json", {}, QString::fromLatin1(address)},
                                     std::nullopt);
        };
        for (int i = 0; i < sync::kDefaultEnrollmentsPerMinute; ++i) {
            QCOMPARE(enroll("192.0.2.7").status, 400);
        }
        m_serviceNow = m_serviceNow.addSecs(20);
        const sync::HttpResponse paced = enroll("192.0.2.7");
        QCOMPARE(paced.status, 429);
        QCOMPARE(field(paced, "error").toString(), QStringLiteral("too_many_requests"));
        QCOMPARE(paced.retryAfterSeconds, 40);
        QCOMPARE(field(paced, "retry_after").toInt(), 40);
        QCOMPARE(enroll("192.0.2.8").status, 400); // another address
        m_serviceNow = m_serviceNow.addSecs(40);
        QCOMPARE(enroll("192.0.2.7").status, 400);

        const sync::TillPrincipal till{QStringLiteral("device-paced"), QStringLiteral("001"), QStringLiteral("07")};
        const auto lookUp = [this](const sync::TillPrincipal& asking) {
            return m_service->handle({"GET", "/v1/vouchers/SC-001-07-000001", {}}, asking).status;
        };
        for (int i = 0; i < sync::kDefaultVoucherLookupsPerMinute; ++i) {
            QCOMPARE(lookUp(till), 404);
        }
        QCOMPARE(lookUp(till), 429);
        QCOMPARE(lookUp(m_principal), 404); // another till
    }

    // Central's log never holds a customer's contacts, whatever a refusal's message names.
    void refusalsAreLoggedWithoutContacts() {
        const QString logged = sync::redactedForLog(
            QStringLiteral("line 2: loyalty card 2900000123458 belongs to customer c-1 (maija.v@example.fi, "
                           "+358 40 123 4567); receipt 001-02-000123"));
        QVERIFY2(!logged.contains(QStringLiteral("2900000123458")), qPrintable(logged));
        QVERIFY2(!logged.contains(QStringLiteral("maija.v@example.fi")), qPrintable(logged));
        QVERIFY2(!logged.contains(QStringLiteral("123 4567")), qPrintable(logged));
        QVERIFY2(logged.contains(QStringLiteral("customer c-1")), qPrintable(logged));
        QVERIFY2(logged.contains(QStringLiteral("001-02-000123")), qPrintable(logged)); // receipts stay readable
    }

    // An export gives every document of a customer with many: 1,000 a page, newest first.
    void anExportPagesPastAThousandDocuments() {
        const QByteArray token =
            "Bearer " + m_store->createToken(QStringLiteral("dpo"), {QStringLiteral("all")}).toLatin1();
        QCOMPARE(m_service
                     ->handle({"PUT", "/v1/customers",
                               R"({"id":"web-many","name":"Monta Kuittia","phone":"040 765 4321"})", token},
                              std::nullopt)
                     .status,
                 200);
        {
            std::unique_ptr<sync::CentralWrite> write = m_store->beginWrite();
            for (int i = 0; i < 1001; ++i) {
                write->addCustomerDocument(sync::CustomerDocument{
                    QStringLiteral("web-many"), QStringLiteral("sale"), QStringLiteral("store"),
                    QStringLiteral("001-01-%1").arg(i, 6, 10, QLatin1Char('0')), QStringLiteral("doc-many-%1").arg(i),
                    QStringLiteral("001"),
                    QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC).addSecs(i * 60).toString(Qt::ISODateWithMs),
                    100});
            }
            write->commit();
        }
        const sync::HttpResponse first =
            m_service->handle({"GET", "/v1/customers/web-many/export", {}, token}, std::nullopt);
        QCOMPARE(first.status, 200);
        QCOMPARE(field(first, "documents").toArray().size(), 1000);
        QCOMPARE(field(first, "next_page").toInt(), 2);
        QCOMPARE(field(first, "documents").toArray().first().toObject().value(QStringLiteral("number")).toString(),
                 QStringLiteral("001-01-001000")); // newest first
        const sync::HttpResponse second =
            m_service->handle({"GET", "/v1/customers/web-many/export?page=2", {}, token}, std::nullopt);
        QCOMPARE(field(second, "documents").toArray().size(), 1);
        QCOMPARE(field(second, "documents").toArray().first().toObject().value(QStringLiteral("number")).toString(),
                 QStringLiteral("001-01-000000"));
        QVERIFY(!QJsonDocument::fromJson(second.body).object().contains(QStringLiteral("next_page")));
        const sync::HttpResponse wrong =
            m_service->handle({"GET", "/v1/customers/web-many/export?page=0", {}, token}, std::nullopt);
        QCOMPARE(wrong.status, 400);
        QCOMPARE(field(wrong, "error").toString(), QStringLiteral("malformed"));
    }
};

QTEST_GUILESS_MAIN(TestCentralService)
#include "TestCentralService.moc"
