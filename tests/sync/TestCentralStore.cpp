// The contract every central store backend keeps, run against each of them: central's ingest
// with real till databases as the source of events (exactly once in effect, gaps, clones,
// chain checks, a till writing as another, events of kinds central does not know yet), master
// data, enrollment, and what several central processes on one database must get right. No
// network: the stores are driven directly, and "two processes" are two stores on one database.
//
// KASSA_TEST_CENTRAL_BACKEND=postgresql runs it against a throwaway PostgreSQL server of its
// own (CTest: TestCentralStorePostgres); without it, against SQLite files.

#include "common/CardSales.h"
#include "common/OpenShift.h"
#include "common/Refusal.h"
#include "common/SqlFixture.h"
#include "common/ThrowawayPostgres.h"
#include "common/TillReturns.h"
#include "core/domain/Barcode.h"
#include "core/store/MasterDataFeeds.h"
#include "core/store/Settings.h"
#include "core/till/Checkout.h"
#include "core/till/PickupDesk.h"
#include "core/till/StockDesk.h"
#include "sync/client/CentralAnswers.h"
#include "sync/server/CentralSchema.h"
#include "sync/server/CentralService.h"
#include "sync/server/CustomerMaster.h"
#include "sync/server/CustomerSuggestions.h"
#include "sync/server/EventIngest.h"
#include "sync/server/Pickups.h"
#include "sync/server/PostgresCentralStore.h"
#include "sync/server/ReturnLeases.h"
#include "sync/server/SaleNeverArrived.h"
#include "sync/server/SqliteCentralStore.h"
#include "sync/server/StockLedger.h"
#include "sync/server/WebOrderIntake.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>

using namespace kassa;

namespace {

using OnHandReserved = std::pair<std::int64_t, std::int64_t>; // thousandths

QString schemaOf(const QString& databasePath) {
    core::Database db(databasePath);
    QStringList statements;
    core::Query query = db.prepare("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type, name");
    while (query->step()) {
        statements << query->text(0).simplified();
    }
    return statements.join(QLatin1Char('\n'));
}

// A PostgreSQL database's tables, columns and indexes, to compare a migrated one with a new one.
QString postgresSchemaOf(const QString& url) {
    sync::PgConnection db(url);
    QStringList parts;
    const sync::PgResult columns =
        db.exec("SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || "
                "coalesce(column_default, '') FROM information_schema.columns WHERE table_schema = 'public' "
                "ORDER BY table_name, column_name");
    for (int i = 0; i < columns.rows(); ++i) {
        parts << columns.text(i, 0);
    }
    const sync::PgResult indexes =
        db.exec("SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname");
    for (int i = 0; i < indexes.rows(); ++i) {
        parts << indexes.text(i, 0);
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace

class TestCentralStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    const bool m_onPostgres = qEnvironmentVariable("KASSA_TEST_CENTRAL_BACKEND") == QLatin1String("postgresql");
    std::unique_ptr<testing::ThrowawayPostgres> m_postgres;
    QHash<QString, QString> m_databases; // a test's "folder" -> its PostgreSQL database
    std::unique_ptr<core::TillDatabase> m_till;
    std::unique_ptr<sync::CentralStore> m_central;
    std::unique_ptr<sync::EventIngest> m_ingest;
    sync::TillPrincipal m_principal;
    const QDateTime m_now{QDate(2026, 11, 24), QTime(12, 0), Qt::UTC};

    void sell(int count) { QVERIFY(testing::ringUpCardSales(*m_till, count)); }

    sync::EventBatch pending(int maxEvents = 500) {
        return {m_principal.deviceId, 1, m_till->outbox().pending(maxEvents, 1 << 20)};
    }

    // What crosses the wire: encoded and decoded, as central sees it.
    sync::IngestResult send(const sync::EventBatch& batch, const sync::TillPrincipal& from) {
        boost::system::error_code error;
        const auto decoded = sync::decodeBatch(sync::encodeBatch(batch), error);
        if (!decoded) {
            qFatal("decode failed: %s", error.message().c_str());
        }
        return m_ingest->ingest(from, *decoded, m_now);
    }

    // A store on the backend under test; opening the same folder again opens the same data, as
    // a restarted central or a second central process would.
    std::unique_ptr<sync::CentralStore> openStore(const QString& folder) {
        if (!m_onPostgres) {
            return std::make_unique<sync::SqliteCentralStore>(folder);
        }
        if (!m_databases.contains(folder)) {
            m_databases.insert(folder, m_postgres->createDatabase(QStringLiteral("t%1").arg(m_databases.size())));
        }
        return std::make_unique<sync::PostgresCentralStore>(m_databases.value(folder), 8);
    }

    void openCentral(const QString& folder, sync::FactHandlers handlers = sync::FactHandlers::standard()) {
        m_ingest.reset();
        m_central.reset();
        m_central = openStore(folder);
        m_ingest = std::make_unique<sync::EventIngest>(*m_central, std::move(handlers));
    }

    QString centralFolder() const {
        return m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral("/central"));
    }

    // Another till, enrolled at central as store/till.
    std::unique_ptr<core::TillDatabase> enrolledTill(const char* store, const char* till,
                                                     sync::TillPrincipal& principal) {
        auto other = std::make_unique<core::TillDatabase>(m_dir.filePath(
            QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral("/till-") + QString::fromLatin1(store)));
        other->initialise(QString::fromLatin1(store), QString::fromLatin1(till), QStringLiteral("Other"));
        core::seedDemoCatalog(*other, 100);
        kassa::testing::openShiftWithoutItsFact(*other);
        principal = {other->settings().identity().deviceId, QString::fromLatin1(store), QString::fromLatin1(till)};
        m_central->registerTill(principal);
        return other;
    }

    sync::IngestResult sendFrom(core::TillDatabase& till, const sync::TillPrincipal& principal) {
        return send({principal.deviceId, 1, till.outbox().pending(500, 1 << 20)}, principal);
    }

    const QDateTime m_placedAt{QDate(2026, 11, 20), QTime(12, 3), Qt::UTC};

    // A web order of `pieces` of SKU 100234 at 2.99, paid online by card.
    void putWebOrder(const char* number, int pieces) {
        const QJsonObject line{{QStringLiteral("line"), 1},
                               {QStringLiteral("sku"), QStringLiteral("100234")},
                               {QStringLiteral("quantity"), QString::number(pieces)},
                               {QStringLiteral("unit_price"), QStringLiteral("2.99")},
                               {QStringLiteral("tax_code"), QStringLiteral("A")}};
        const QJsonObject json{{QStringLiteral("order"), QString::fromLatin1(number)},
                               {QStringLiteral("placed_at"), m_placedAt.toString(Qt::ISODate)},
                               {QStringLiteral("payment"), QStringLiteral("online:card")},
                               {QStringLiteral("lines"), QJsonArray{line}}};
        const auto order = core::parseWebOrder(json, core::TaxTable(core::finnishTaxRates()));
        QVERIFY(order.ok());
        QCOMPARE(sync::takeWebOrders(*m_central, {order.value()}, m_now, m_now.addDays(-44)), 1);
    }

    // A web order of one of each SKU at 1.00 for the customer `customerId` names.
    void putOrderOf(const char* number, const char* customerId, std::initializer_list<const char*> skus) {
        QJsonArray lines;
        for (const char* sku : skus) {
            lines.append(QJsonObject{{QStringLiteral("line"), lines.size() + 1},
                                     {QStringLiteral("sku"), QString::fromLatin1(sku)},
                                     {QStringLiteral("quantity"), QStringLiteral("1")},
                                     {QStringLiteral("unit_price"), QStringLiteral("1.00")},
                                     {QStringLiteral("tax_code"), QStringLiteral("B")}});
        }
        const auto order =
            core::parseWebOrder(QJsonObject{{QStringLiteral("order"), QString::fromLatin1(number)},
                                            {QStringLiteral("placed_at"), m_placedAt.toString(Qt::ISODate)},
                                            {QStringLiteral("customer"),
                                             QJsonObject{{QStringLiteral("id"), QString::fromLatin1(customerId)}}},
                                            {QStringLiteral("payment"), QStringLiteral("online:card")},
                                            {QStringLiteral("lines"), lines}},
                                core::TaxTable(core::finnishTaxRates()));
        QVERIFY(order.ok());
        QCOMPARE(sync::takeWebOrders(*m_central, {order.value()}, m_now, m_now.addDays(-44)), 1);
    }

    core::ReturnableDocument webOrder(const char* number, int pieces) const {
        return testing::webOrderDocument(QString::fromLatin1(number), QStringLiteral("100234"), pieces, 299,
                                         m_placedAt);
    }

    // A sale at `till` of ten of demo product 0, paid first with the voucher as `central` says it
    // stands, the rest by card.
    core::CompletedSale payWithVoucher(core::TillDatabase& till, const QString& number,
                                       const core::CentralVoucher& central) {
        core::SimulatedPaymentTerminal terminal;
        core::Checkout checkout(till, terminal, [this] { return m_now; });
        [&] {
            QVERIFY(checkout.login(QStringLiteral("1001"), u"1234").ok());
            QVERIFY(checkout.scan(core::demoGtin(0), 10 * core::kQuantityOne).ok());
            QVERIFY(checkout.startPayment().ok());
            const auto paid = checkout.payVoucher(number, central);
            QVERIFY2(paid.ok(), paid.ok() ? "" : qPrintable(core::describe(paid.error())));
            if (!checkout.payment()->isComplete()) {
                QVERIFY(checkout.payCard().ok());
            }
        }();
        return checkout.complete().value();
    }

    // `pieces` of the item sent from `from` to store 002, which `from` knows from central's feed.
    core::Result<core::StockOperation> transferOut(core::TillDatabase& from, const QString& sku, int pieces) {
        core::Query fed = from.db().prepare("INSERT OR IGNORE INTO till_certificates (fingerprint, store_id, till_id, "
                                            "pem, revoked) VALUES ('f002', '002', '01', 'pem', 0)");
        fed->run();
        core::StockRequest out;
        out.kind = core::StockOperationKind::TransferredOut;
        out.otherStore = QStringLiteral("002");
        out.items = {{sku, pieces * core::kQuantityOne}};
        const core::Operator clerk{QStringLiteral("1001"), QStringLiteral("Maija"), core::Role::Cashier};
        return core::StockDesk(from, clerk, [this] { return m_now; }).record(out);
    }

    // A customer as an integration puts them (PUT /v1/customers goes through the same rules).
    sync::CustomerWritten putCustomer(const core::Customer& customer) {
        std::unique_ptr<sync::CentralWrite> write = m_central->beginWrite();
        const sync::CustomerWritten written =
            sync::receiveCustomer(*write, customer, {QStringLiteral("integration web-shop")}, m_now);
        write->commit();
        return written;
    }

    core::Customer webAccount(const char* id, const char* name, const char* email, const char* phone = "") {
        core::Customer customer;
        customer.id = QString::fromLatin1(id);
        customer.name = QString::fromUtf8(name);
        customer.email = QString::fromLatin1(email);
        customer.phone = QString::fromLatin1(phone);
        customer.origin = QStringLiteral("web");
        customer.createdAt = m_now.addDays(-100);
        customer.updatedAt = customer.createdAt;
        return core::checkCustomer(customer).value();
    }

    core::Customer createAt(core::TillDatabase& till, const char* name, const char* phone, const char* email,
                            const QDateTime& at) {
        core::Customer customer;
        customer.name = QString::fromUtf8(name);
        customer.phone = QString::fromLatin1(phone);
        customer.email = QString::fromLatin1(email);
        customer.smsMarketing.given = true;
        return till.customers().create(customer, till.settings().identity(), at).value();
    }

    std::optional<sync::CustomerRow> customerRow(const QString& id) { return m_central->beginWrite()->customerRow(id); }

    // Feed `customers` as it stands: id -> the item ("removed" added for a removal).
    QMap<QString, QJsonObject> fedCustomers() {
        QMap<QString, QJsonObject> fed;
        for (const sync::StoredChange& change : m_central->changesSince(0, 1000, 1 << 20).changes) {
            if (change.feed == QLatin1String(core::feeds::kCustomers)) {
                QJsonObject item = QJsonDocument::fromJson(change.item).object();
                item.insert(QStringLiteral("removed"), change.removed);
                fed.insert(item.value(QStringLiteral("id")).toString(), item);
            }
        }
        return fed;
    }

    // The till takes central's whole change feed, as its sync engine would.
    void feedTill(core::TillDatabase& till) {
        const sync::ChangeSlice slice = m_central->changesSince(0, 1000, 1 << 20);
        boost::system::error_code error;
        const auto page =
            sync::decodeChangePage(sync::encodeChangePage(slice.generation, slice.head, slice.changes), error);
        QVERIFY(page);
        const auto taken = till.masterData().take(*page, 0);
        QVERIFY2(taken.ok(), taken.ok() ? "" : qPrintable(core::describe(taken.error())));
    }

    // A pickup order collected in store 001: two of the first demo product at 2.99 less 0.50,
    // one of the second at 4.00.
    core::WebOrder pickupOrder(const QString& number, bool paid) {
        const core::Product first = m_till->catalog().byGtin(core::normalizeGtin(core::demoGtin(1)).value()).value();
        const core::Product second = m_till->catalog().byGtin(core::normalizeGtin(core::demoGtin(2)).value()).value();
        core::WebOrder order;
        order.number = number;
        order.placedAt = m_now.addSecs(-600);
        order.customer = QJsonObject{{QStringLiteral("name"), QStringLiteral("Aino Virtanen")}};
        order.payment = paid ? QStringLiteral("online:card") : QString::fromLatin1(core::kPaidAtCollection);
        order.paid = paid;
        order.pickupStore = QStringLiteral("001");
        order.lines = {core::WebOrderLine{1, first.sku, 2000, core::Money(299), first.taxCode, core::Money(50)},
                       core::WebOrderLine{2, second.sku, 1000, core::Money(400), second.taxCode, core::Money()}};
        return order;
    }

    // What the till's sync engine does with GET /v1/pickup-changes: its store's pickups as they stand.
    void feedPickups(core::TillDatabase& till) {
        core::PickupOrders copies = till.pickups();
        for (const sync::PickupChange& change :
             m_central->pickupChanges(copies.cursor(), till.settings().identity().storeId, 1000)) {
            if (change.pickup) {
                copies.applyFromCentral(*change.pickup);
            }
            copies.setCursor(change.cursor);
        }
    }

    // Central's on hand and reserved of an item at store 001; on hand checked against the sum of
    // the ledger's movements.
    OnHandReserved stockOf(const QString& sku) {
        std::int64_t ledger = 0;
        for (const sync::StockMovementRecord& movement : m_central->stockMovementsSince(0, 100000)) {
            ledger += movement.location == QLatin1String("001") && movement.sku == sku &&
                              movement.disposition == QLatin1String("sellable")
                          ? movement.deltaMilli
                          : 0;
        }
        const std::vector<sync::StockLevel> levels = m_central->stockLevels(QStringLiteral("001"), sku, {}, 1);
        if (levels.empty()) {
            return {ledger, -1};
        }
        if (levels.front().onHandMilli != ledger) {
            qWarning("on hand %lld is not the ledger's %lld", static_cast<long long>(levels.front().onHandMilli),
                     static_cast<long long>(ledger));
            return {-999999, -1};
        }
        return {levels.front().onHandMilli, levels.front().reservedMilli};
    }

    QStringList exceptionKinds() {
        QStringList kinds;
        for (const sync::CentralException& exception : m_central->exceptions(0, 100)) {
            kinds << exception.kind;
        }
        return kinds;
    }

private Q_SLOTS:
    void initTestCase() {
        if (m_onPostgres) {
            m_postgres = std::make_unique<testing::ThrowawayPostgres>();
            if (!m_postgres->skipReason().isEmpty()) {
                QSKIP(qPrintable(m_postgres->skipReason()));
            }
        }
    }

    void init() {
        const QString name = QString::fromLatin1(QTest::currentTestFunction());
        m_till = std::make_unique<core::TillDatabase>(m_dir.filePath(name + QStringLiteral("/till")));
        m_till->initialise(QStringLiteral("001"), QStringLiteral("02"), QStringLiteral("Test"));
        core::seedDemoCatalog(*m_till, 100);
        kassa::testing::openShiftWithoutItsFact(*m_till); // the tests count the sales' seq numbers
        openCentral(centralFolder());
        m_principal = {m_till->settings().identity().deviceId, QStringLiteral("001"), QStringLiteral("02")};
        m_central->registerTill(m_principal);
    }

    void appliesEachSaleOnceHoweverOftenItIsSent() {
        sell(5);
        const sync::IngestResult first = send(pending(), m_principal);
        QVERIFY(!first.error);
        QCOMPARE(first.applied, 5);
        QCOMPARE(first.highWaterMark, 5);
        // The reply was lost: the till sends the same batch again.
        const sync::IngestResult again = send(pending(), m_principal);
        QVERIFY(!again.error);
        QCOMPARE(again.applied, 0);
        QCOMPARE(again.duplicates, 5);
        QCOMPARE(again.highWaterMark, 5);
        QCOMPARE(m_central->saleCount(), 5);
        QVERIFY(m_central->exceptions(0, 10).empty());
    }

    void overlappingBatchesApplyOnlyWhatIsNew() {
        sell(6);
        QVERIFY(!send(pending(3), m_principal).error);
        const sync::IngestResult overlap = send(pending(6), m_principal);
        QCOMPARE(overlap.duplicates, 3);
        QCOMPARE(overlap.applied, 3);
        QCOMPARE(m_central->saleCount(), 6);
        QCOMPARE(m_central->highWaterMark(m_principal.deviceId, 1), 6);
    }

    void aGapIsAnsweredWithTheExpectedSeq() {
        sell(5);
        QVERIFY(!send(pending(2), m_principal).error);
        sync::EventBatch batch = pending();
        batch.events.erase(batch.events.begin(), batch.events.begin() + 3); // seq 4..5 only
        const sync::IngestResult gap = send(batch, m_principal);
        QCOMPARE(gap.error, sync::make_error_code(sync::ProtocolError::SeqGap));
        QCOMPARE(gap.expectedSeq, 3);
        QCOMPARE(gap.highWaterMark, 2);
        QCOMPARE(m_central->saleCount(), 2);
    }

    void aClonedTillIsQuarantinedAndReported() {
        sell(3);
        QVERIFY(!send(pending(), m_principal).error);
        // A restored copy of the till sells something else under seq 3.
        sync::EventBatch clone = pending();
        QByteArray payload = clone.events[2].payload;
        payload.replace("\"total\":", "\"total\":1");
        clone.events[2].payload = payload;
        clone.events[2].payloadHash =
            QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex());
        const sync::IngestResult cloned = send(clone, m_principal);
        QCOMPARE(cloned.error, sync::make_error_code(sync::ProtocolError::ClonedTill));
        const auto exceptions = m_central->exceptions(0, 10);
        QCOMPARE(exceptions.size(), std::size_t(1));
        QCOMPARE(exceptions[0].kind, QStringLiteral("cloned_till"));
        QCOMPARE(exceptions[0].tillId, QStringLiteral("02"));
        // From now on the till is refused until head office looks.
        sell(1);
        QCOMPARE(send(pending(), m_principal).error, sync::make_error_code(sync::ProtocolError::TillQuarantined));
        QCOMPARE(m_central->saleCount(), 3);
    }

    void aTillMayWriteOnlyAsItself() {
        sell(2);
        sync::TillPrincipal other{QStringLiteral("other-device"), QStringLiteral("001"), QStringLiteral("03")};
        m_central->registerTill(other);
        QCOMPARE(send(pending(), other).error, sync::make_error_code(sync::ProtocolError::WrongTill));
        sync::TillPrincipal wrongStore = m_principal;
        wrongStore.storeId = QStringLiteral("009");
        QCOMPARE(send(pending(), wrongStore).error, sync::make_error_code(sync::ProtocolError::WrongTill));
        sync::TillPrincipal stranger{QStringLiteral("stranger"), QStringLiteral("001"), QStringLiteral("02")};
        sync::EventBatch batch = pending();
        batch.deviceId = stranger.deviceId;
        QCOMPARE(send(batch, stranger).error, sync::make_error_code(sync::ProtocolError::UnknownTill));
        QCOMPARE(m_central->saleCount(), 0);
    }

    void aBrokenReceiptChainIsAcceptedAndReported() {
        sell(3);
        sync::EventBatch batch = pending();
        batch.events[1].chainHash = QString(64, QLatin1Char('0')); // the link was tampered with
        const sync::IngestResult result = send(batch, m_principal);
        QVERIFY(!result.error); // money moved: the facts are kept
        QCOMPARE(m_central->saleCount(), 3);
        const auto exceptions = m_central->exceptions(0, 10);
        QVERIFY(!exceptions.empty());
        QCOMPARE(exceptions[0].kind, QStringLiteral("broken_chain"));
        QVERIFY(exceptions[0].detail.contains(QStringLiteral("001-02-000002")));
    }

    void survivesARestartOfCentral() {
        sell(4);
        QVERIFY(!send(pending(2), m_principal).error);
        openCentral(centralFolder());
        QCOMPARE(m_central->highWaterMark(m_principal.deviceId, 1), 2);
        const sync::IngestResult rest = send(pending(), m_principal);
        QCOMPARE(rest.applied, 2);
        QCOMPARE(rest.duplicates, 2);
        QCOMPARE(m_central->saleCount(), 4);
        QVERIFY(m_central->exceptions(0, 10).empty());
    }

    void eventsOfAKindCentralDoesNotKnowAreHeldThenAppliedAfterAnUpgrade() {
        // A central from before sales existed (no handlers), and a newer till that sells.
        const QString folder =
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral("/central"));
        openCentral(folder, sync::FactHandlers());
        sell(3);
        const sync::IngestResult held = send(pending(), m_principal);
        QVERIFY(!held.error); // the till is not blocked: everything is acknowledged
        QCOMPARE(held.held, 3);
        QCOMPARE(held.applied, 0);
        QCOMPARE(held.highWaterMark, 3);
        QCOMPARE(m_central->saleCount(), 0);
        QCOMPARE(m_central->heldEventCount(), 3);
        QCOMPARE(exceptionKinds(), QStringList{QStringLiteral("unknown_kind")});
        QVERIFY(m_central->exceptions(0, 1).front().detail.contains(QStringLiteral("3 event(s) of kind "
                                                                                   "\"sale.completed\"")));
        QCOMPARE(send(pending(), m_principal).duplicates, 3); // a resend of held events is harmless

        // Upgraded, central applies what it held, once, and takes new sales as usual; the receipt
        // chain checked on arrival runs on across the held receipts.
        openCentral(folder);
        QCOMPARE(m_ingest->applyHeld(m_now), 3);
        QCOMPARE(m_ingest->applyHeld(m_now), 0);
        QCOMPARE(m_central->saleCount(), 3);
        QCOMPARE(m_central->heldEventCount(), 0);
        sell(2);
        const sync::IngestResult after = send(pending(), m_principal);
        QCOMPARE(after.applied, 2);
        QCOMPARE(after.duplicates, 3);
        QCOMPARE(m_central->saleCount(), 5);
        QCOMPARE(exceptionKinds(), QStringList{QStringLiteral("unknown_kind")}); // no chain break, no gap
    }

    void aSchemaVersionIsForTheKindsHandlerToAccept() {
        sell(2);
        // A sale in a schema this central does not read: refused whole, nothing kept.
        sync::EventBatch future = pending();
        future.events[1].schemaVersion = 99;
        QCOMPARE(send(future, m_principal).error, sync::make_error_code(sync::ProtocolError::UnknownSchemaVersion));
        QCOMPARE(m_central->saleCount(), 0);
        QCOMPARE(m_central->highWaterMark(m_principal.deviceId, 1), 0);
        // A kind central does not know, in any version: held, and the till goes on.
        sync::EventBatch newer = pending();
        newer.events[0].kind = QStringLiteral("layaway.opened");
        newer.events[0].schemaVersion = 7;
        const sync::IngestResult held = send(newer, m_principal);
        QVERIFY(!held.error);
        QCOMPARE(held.held, 1);
        QCOMPARE(held.applied, 1);
        QCOMPARE(held.highWaterMark, 2);
    }

    void aHeldEventThatStillCannotBeAppliedStaysHeldAndIsReported() {
        const QString folder =
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral("/central"));
        openCentral(folder, sync::FactHandlers());
        sell(1);
        sync::EventBatch batch = pending();
        // A sale that names another till: refused whole on arrival by a central that knows sales.
        QByteArray payload = batch.events[0].payload;
        payload.replace(m_principal.deviceId.toUtf8(), "someone-else");
        batch.events[0].payload = payload;
        batch.events[0].payloadHash =
            QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex());
        batch.events[0].chainHash = core::chainHash(QString(), payload);
        QCOMPARE(send(batch, m_principal).held, 1);
        openCentral(folder);
        QCOMPARE(m_ingest->applyHeld(m_now), 0);
        QCOMPARE(m_central->heldEventCount(), 1);
        QCOMPARE(m_central->saleCount(), 0);
        QVERIFY(exceptionKinds().contains(QStringLiteral("unapplicable_event")));
    }

    void theSameBatchOnTwoCentralProcessesAtOnceIsAppliedOnce() {
        // A till's batch retried on a second central process while the first is still committing
        // it: the database, not a process's memory, makes it count once.
        std::unique_ptr<sync::CentralStore> second = openStore(centralFolder());
        sync::EventIngest secondIngest(*second, sync::FactHandlers::standard());
        sell(40);
        const sync::EventBatch batch = pending();
        std::vector<sync::IngestResult> results(6);
        std::vector<std::thread> senders;
        for (std::size_t i = 0; i < results.size(); ++i) {
            sync::EventIngest& ingest = i % 2 == 0 ? *m_ingest : secondIngest;
            senders.emplace_back([&, i] { results[i] = ingest.ingest(m_principal, batch, m_now); });
        }
        for (std::thread& sender : senders) {
            sender.join();
        }
        int applied = 0;
        for (const sync::IngestResult& result : results) {
            QVERIFY2(!result.error, result.error.message().c_str());
            QCOMPARE(result.highWaterMark, 40);
            applied += result.applied;
        }
        QCOMPARE(applied, 40);
        QCOMPARE(m_central->saleCount(), 40);
        QCOMPARE(second->saleCount(), 40);
        QVERIFY(m_central->exceptions(0, 10).empty());
    }

    void anEnrollmentCodeIsUsedOnceAcrossCentralProcesses() {
        std::unique_ptr<sync::CentralStore> second = openStore(centralFolder());
        const QString code =
            m_central->createEnrollmentCode(QStringLiteral("005"), QStringLiteral("07"), m_now.addSecs(3600));
        std::atomic<int> enrolled{0};
        std::vector<std::thread> tills;
        for (int i = 0; i < 8; ++i) {
            sync::CentralStore& central = i % 2 == 0 ? *m_central : *second;
            tills.emplace_back([&, i] {
                if (central.redeemEnrollmentCode(code.toLower(), QStringLiteral("device-%1").arg(i), m_now)) {
                    ++enrolled;
                }
            });
        }
        for (std::thread& till : tills) {
            till.join();
        }
        QCOMPARE(enrolled.load(), 1);
        QVERIFY(!second->peekEnrollmentCode(code, m_now));
    }

    void aFeedReaderNeverSkipsAChangeCommittedAfterALaterNumberedOne() {
        // Two central processes take master data from integrations at once while a till reads
        // the feed: every item must reach the reader, whatever order the writers commit in.
        std::unique_ptr<sync::CentralStore> second = openStore(centralFolder());
        std::unique_ptr<sync::CentralStore> reading = openStore(centralFolder());
        const QString feed = QString::fromLatin1(core::feeds::kPrices);
        constexpr int kWriters = 4;
        constexpr int kRequests = 25;
        constexpr int kItems = 20;
        std::atomic<int> writing{kWriters};
        std::vector<std::thread> writers;
        for (int w = 0; w < kWriters; ++w) {
            sync::CentralStore& central = w % 2 == 0 ? *m_central : *second;
            writers.emplace_back([&, w] {
                for (int r = 0; r < kRequests; ++r) {
                    std::vector<core::FeedItem> items;
                    for (int i = 0; i < kItems; ++i) {
                        const QString key = QStringLiteral("%1-%2-%3").arg(w).arg(r).arg(i);
                        items.push_back({key, QJsonObject{{QStringLiteral("key"), key}}});
                    }
                    central.putMasterData(feed, items);
                }
                --writing;
            });
        }
        QSet<QString> seen;
        std::int64_t since = 0;
        const auto readAll = [&] {
            for (;;) {
                const sync::ChangeSlice slice = reading->changesSince(since, 500, 1 << 20);
                for (const sync::StoredChange& change : slice.changes) {
                    QVERIFY(change.changeNo > since);
                    since = change.changeNo;
                    seen.insert(QJsonDocument::fromJson(change.item).object().value(QStringLiteral("key")).toString());
                }
                QVERIFY(since <= slice.head);
                if (slice.changes.empty()) {
                    return;
                }
            }
        };
        while (writing > 0) {
            readAll(); // what a till does while central is being written to
        }
        for (std::thread& writer : writers) {
            writer.join();
        }
        readAll();
        QCOMPARE(seen.size(), kWriters * kRequests * kItems);
    }

    void salesPagedWhileTillsPushAreEachSeenOnce() {
        // Tills push to two central processes at once while an integration pages the sales.
        std::unique_ptr<sync::CentralStore> second = openStore(centralFolder());
        sync::EventIngest secondIngest(*second, sync::FactHandlers::standard());
        std::vector<std::unique_ptr<core::TillDatabase>> tills;
        std::vector<sync::TillPrincipal> principals;
        for (int t = 0; t < 3; ++t) {
            tills.push_back(
                std::make_unique<core::TillDatabase>(m_dir.filePath(QStringLiteral("paged/till%1").arg(t))));
            tills.back()->initialise(QStringLiteral("003"), QStringLiteral("0%1").arg(t + 1), QStringLiteral("Test"));
            core::seedDemoCatalog(*tills.back(), 100);
            kassa::testing::openShiftWithoutItsFact(*tills.back());
            QVERIFY(testing::ringUpCardSales(*tills.back(), 30));
            principals.push_back({tills.back()->settings().identity().deviceId, QStringLiteral("003"),
                                  QStringLiteral("0%1").arg(t + 1)});
            m_central->registerTill(principals.back());
        }
        std::atomic<int> pushing{static_cast<int>(tills.size())};
        std::vector<std::thread> pushers;
        for (std::size_t t = 0; t < tills.size(); ++t) {
            const std::vector<core::OutboxEvent> events = tills[t]->outbox().pending(500, 1 << 24);
            pushers.emplace_back([&, t, events] {
                for (std::size_t first = 0; first < events.size(); first += 5) {
                    sync::EventIngest& ingest = (first / 5) % 2 == 0 ? *m_ingest : secondIngest;
                    const std::vector<core::OutboxEvent> slice(events.begin() + static_cast<qsizetype>(first),
                                                               events.begin() + static_cast<qsizetype>(first + 5));
                    (void)ingest.ingest(principals[t], {principals[t].deviceId, 1, slice}, m_now);
                }
                --pushing;
            });
        }
        QStringList seen;
        std::int64_t cursor = 0;
        const auto page = [&] {
            for (const sync::StoredSale& sale : second->salesSince(cursor, 7)) {
                QVERIFY(sale.cursor > cursor);
                cursor = sale.cursor;
                seen << sale.documentId;
            }
        };
        while (pushing > 0) {
            page();
        }
        for (std::thread& pusher : pushers) {
            pusher.join();
        }
        for (int i = 0; i < 20; ++i) {
            page();
        }
        QCOMPARE(seen.size(), 90);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 90);
    }

    void aDatabaseThatGoesAwayIsReportedAndNothingIsHalfApplied() {
        if (!m_onPostgres) {
            QSKIP("an SQLite file does not go away while central runs");
        }
        sell(6);
        QVERIFY(!send(pending(3), m_principal).error);
        m_postgres->stop();
        QVERIFY_THROWS_EXCEPTION(sync::StoreUnavailable, (void)send(pending(), m_principal));
        const sync::KeyAndCertificate ca = sync::createCertificateAuthority(QStringLiteral("Test"));
        sync::CentralService service(*m_central, ca);
        const sync::HttpResponse answer = service.handle({"GET", "/v1/changes", {}}, m_principal);
        QCOMPARE(answer.status, 503);
        QVERIFY2(answer.body.contains("\"error\":\"unavailable\""), answer.body.constData());
        QVERIFY2(!answer.body.contains("password"), answer.body.constData());
        QVERIFY(m_postgres->start());
        // Central recovers without a restart; the batch cut by the outage counts once.
        const sync::IngestResult after = send(pending(), m_principal);
        QVERIFY2(!after.error, after.error.message().c_str());
        QCOMPARE(after.duplicates, 3);
        QCOMPARE(after.applied, 3);
        QCOMPARE(m_central->saleCount(), 6);
    }

    void aGtinOfAnotherLiveProductIsRefusedByTheStoreItself() {
        // The service checks first; the store's key settles two requests racing past that check.
        const auto product = [](const QString& sku, const QString& gtin) {
            return core::FeedItem{
                sku, QJsonObject{{QStringLiteral("sku"), sku}, {QStringLiteral("gtins"), QJsonArray{gtin}}}};
        };
        const QString feed = QString::fromLatin1(core::feeds::kProducts);
        const std::int64_t head = m_central->putMasterData(feed, {product(QStringLiteral("A"), QStringLiteral("1"))});
        QVERIFY_THROWS_EXCEPTION(sync::GtinTaken,
                                 m_central->putMasterData(feed, {product(QStringLiteral("B"), QStringLiteral("2")),
                                                                 product(QStringLiteral("C"), QStringLiteral("1"))}));
        QCOMPARE(m_central->changesSince(0, 100, 1 << 20).head, head); // nothing of it was stored
        QCOMPARE(m_central->gtinOwners({QStringLiteral("1"), QStringLiteral("2")}).size(), size_t(1));
        // Taken off A in the same request, it moves.
        m_central->putMasterData(feed, {product(QStringLiteral("C"), QStringLiteral("1")),
                                        core::FeedItem{QStringLiteral("A"), QJsonObject{}, true}});
        QCOMPARE(m_central->gtinOwners({QStringLiteral("1")}).at(QStringLiteral("1")), QStringLiteral("C"));
    }

    void webOrdersAreKeptOnceAndCannotChange() {
        const core::TaxTable taxes(core::finnishTaxRates());
        const auto webOrder = [&taxes](const char* number, const char* quantity) {
            const QJsonObject line{{QStringLiteral("line"), 1},
                                   {QStringLiteral("sku"), QStringLiteral("100234")},
                                   {QStringLiteral("quantity"), QString::fromLatin1(quantity)},
                                   {QStringLiteral("unit_price"), QStringLiteral("2.99")},
                                   {QStringLiteral("tax_code"), QStringLiteral("B")}};
            const QJsonObject json{{QStringLiteral("order"), QString::fromLatin1(number)},
                                   {QStringLiteral("placed_at"), QStringLiteral("2026-11-20T14:03:00+02:00")},
                                   {QStringLiteral("payment"), QStringLiteral("online:card")},
                                   {QStringLiteral("lines"), QJsonArray{line}}};
            return core::parseWebOrder(json, taxes).value();
        };
        QCOMPARE(sync::takeWebOrders(*m_central, {webOrder("W1", "2"), webOrder("W2", "1")}, m_now, m_now.addDays(-44)),
                 2);
        QCOMPARE(sync::takeWebOrders(*m_central, {webOrder("W1", "2")}, m_now, m_now.addDays(-44)),
                 0); // sent again: harmless
        // Changed, it is refused with everything else of that upload.
        QVERIFY_THROWS_EXCEPTION(
            sync::WebOrderConflict,
            sync::takeWebOrders(*m_central, {webOrder("W3", "1"), webOrder("W1", "3")}, m_now, m_now.addDays(-44)));
        QVERIFY(!m_central->soldDocument(QStringLiteral("web"), QStringLiteral("W3"), m_now));
        const std::optional<sync::SoldDocument> w1 =
            m_central->soldDocument(QStringLiteral("web"), QStringLiteral("W1"), m_now);
        QVERIFY(w1);
        QCOMPARE(w1->lines.size(), size_t(1));
        QCOMPARE(w1->lines[0].quantityMilli, 2000);
        QCOMPARE(w1->lines[0].netCents, 598);
        QCOMPARE(w1->lines[0].returnedMilli, 0);
        QVERIFY(!m_central->soldDocument(QStringLiteral("store"), QStringLiteral("W1"), m_now)); // channels apart
    }

    void aReceiptsLinesAreKnownOnceCentralHasTheSale() {
        sell(1);
        QVERIFY(!send(pending(), m_principal).error);
        const core::CompletedSale sale = m_till->journal().last(1).front();
        const std::optional<sync::SoldDocument> receipt =
            m_central->soldDocument(QStringLiteral("store"), sale.receiptNumber, m_now);
        QVERIFY(receipt);
        QCOMPARE(receipt->storeId, QStringLiteral("001"));
        QCOMPARE(receipt->lines.size(), sale.lines.size());
        QCOMPARE(receipt->lines[0].sku, sale.lines[0].sku);
        QCOMPARE(receipt->lines[0].netCents, sale.lines[0].net().cents());
    }

    void returnsOfOneLineFromTwoOfflineStoresAreBothKeptAndFlaggedOnce() {
        putWebOrder("W1", 1);
        sync::TillPrincipal otherStore;
        const auto storeB = enrolledTill("002", "01", otherStore);
        // Both stores offline: each decides from its own knowledge and takes the line back.
        const auto inA = testing::takeBack(*m_till, webOrder("W1", 1), {{1, 1000}}, m_now);
        const auto inB = testing::takeBack(*storeB, webOrder("W1", 1), {{1, 1000}}, m_now);
        QVERIFY(inA && inB);
        QVERIFY(inA->decidedOffline());
        QCOMPARE(sendFrom(*m_till, m_principal).applied, 1);
        QVERIFY(exceptionKinds().isEmpty());
        QCOMPARE(sendFrom(*storeB, otherStore).applied, 1); // accepted: the money has left the drawer

        QCOMPARE(exceptionKinds(), QStringList{QStringLiteral("over_return")});
        const sync::CentralException overReturn = m_central->exceptions(0, 10).front();
        QCOMPARE(overReturn.storeId, QStringLiteral("002")); // arrival order decides which is "over"
        QCOMPARE(overReturn.otherStores, QStringList{QStringLiteral("001")});
        QVERIFY2(overReturn.detail.contains(inA->receiptNumber) && overReturn.detail.contains(inB->receiptNumber),
                 qPrintable(overReturn.detail));
        QCOMPARE(m_central->storeExceptions(QStringLiteral("001"), 0, 10).size(), size_t(1));
        QCOMPARE(m_central->storeExceptions(QStringLiteral("002"), 0, 10).size(), size_t(1));
        QVERIFY(m_central->storeExceptions(QStringLiteral("003"), 0, 10).empty());

        const auto order = m_central->soldDocument(QStringLiteral("web"), QStringLiteral("W1"), m_now);
        QCOMPARE(order->lines.front().returnedMilli, 2000);
        QCOMPARE(order->lines.front().returnableMilli(), 0);
        // Both items are back, each in its store's sellable stock; the web shop pays both back.
        const auto movements = m_central->stockMovementsSince(0, 10);
        QCOMPARE(movements.size(), size_t(2));
        QCOMPARE(movements[0].location, QStringLiteral("001"));
        QCOMPARE(movements[1].location, QStringLiteral("002"));
        for (const sync::StockMovementRecord& movement : movements) {
            QCOMPARE(movement.sku, QStringLiteral("100234"));
            QCOMPARE(movement.deltaMilli, 1000);
            QCOMPARE(movement.disposition, QStringLiteral("sellable"));
        }
        const auto refunds = m_central->refunds(QStringLiteral("pending"), 0, 10);
        QCOMPARE(refunds.size(), size_t(2));
        QCOMPARE(refunds.front().payment, QStringLiteral("online:card"));
        QCOMPARE(refunds.front().amountCents, 299);
        QCOMPARE(m_central->returnsSince(0, 10).size(), size_t(2));
        // A resend changes nothing.
        QCOMPARE(sendFrom(*storeB, otherStore).duplicates, 1);
        QCOMPARE(m_central->exceptions(0, 10).size(), size_t(1));
    }

    void aReturnThatArrivesBeforeItsSaleIsCountedWhenTheSaleArrives() {
        // Store 001 sells and stays offline; its receipt is returned twice elsewhere, from paper.
        sell(1);
        const core::CompletedSale sale = m_till->journal().last(1).front();
        core::ReturnableDocument paper = core::returnableOf(sale);
        paper.source = core::DocumentSource::Receipt;
        sync::TillPrincipal storeB;
        sync::TillPrincipal storeC;
        const auto tillB = enrolledTill("002", "01", storeB);
        const auto tillC = enrolledTill("003", "01", storeC);
        QVERIFY(testing::takeBack(*tillB, paper, {{1, 1000}}, m_now.addSecs(60)));
        QVERIFY(testing::takeBack(*tillC, paper, {{1, 1000}}, m_now.addSecs(60), core::RefundMethod::StoreCredit));
        QVERIFY(!sendFrom(*tillB, storeB).error);
        QVERIFY(!sendFrom(*tillC, storeC).error);
        QVERIFY(exceptionKinds().isEmpty()); // central cannot know yet: it has not seen the sale
        QVERIFY(!sendFrom(*m_till, m_principal).error);
        QCOMPARE(exceptionKinds(), QStringList{QStringLiteral("over_return")});
        QCOMPARE(m_central->soldDocument(QStringLiteral("store"), sale.receiptNumber, m_now)->lines[0].returnedMilli,
                 2000);
        for (const char* store : {"001", "002", "003"}) {
            QCOMPARE(m_central->storeExceptions(QString::fromLatin1(store), 0, 10).size(), size_t(1));
        }
    }

    void aLeaseHoldsQuantitiesUntilItsReturnArrivesOrItIsReleasedOrExpires() {
        putWebOrder("W2", 2);
        sync::TillPrincipal otherStore;
        const auto storeB = enrolledTill("002", "01", otherStore);
        const auto ask = [this](const sync::TillPrincipal& till, std::int64_t milli, const QDateTime& at) {
            return sync::takeReturnLease(*m_central, till,
                                         sync::LeaseRequest{QStringLiteral("web"), QStringLiteral("W2"), {{1, milli}}},
                                         at, std::chrono::minutes(15));
        };
        const auto first = ask(m_principal, 1000, m_now);
        QVERIFY(std::holds_alternative<sync::LeaseGrant>(first));
        const auto tooMuch = ask(otherStore, 2000, m_now);
        QVERIFY(std::holds_alternative<sync::LeaseRefusal>(tooMuch));
        QCOMPARE(std::get<sync::LeaseRefusal>(tooMuch).why, sync::LeaseRefusal::Why::NotReturnable);
        QCOMPARE(std::get<sync::LeaseRefusal>(tooMuch).reservedMilli, 1000);
        const auto second = ask(otherStore, 1000, m_now);
        QVERIFY(std::holds_alternative<sync::LeaseGrant>(second));
        QCOMPARE(m_central->soldDocument(QStringLiteral("web"), QStringLiteral("W2"), m_now)->lines[0].reservedMilli,
                 2000);
        // A till asking is not shown its own lease: it counts its own returns not sent yet itself.
        QCOMPARE(m_central->soldDocument(QStringLiteral("web"), QStringLiteral("W2"), m_now, m_principal.deviceId)
                     ->lines[0]
                     .reservedMilli,
                 1000);
        // B gives its lease back; giving it back twice finds nothing.
        const QString secondId = std::get<sync::LeaseGrant>(second).id;
        QVERIFY(sync::releaseReturnLease(*m_central, otherStore, secondId, m_now));
        QVERIFY(!sync::releaseReturnLease(*m_central, otherStore, secondId, m_now));
        // A's lease lapses after 15 minutes: B may then have the whole line.
        QVERIFY(std::holds_alternative<sync::LeaseRefusal>(ask(otherStore, 2000, m_now.addSecs(14 * 60))));
        QVERIFY(std::holds_alternative<sync::LeaseGrant>(ask(otherStore, 2000, m_now.addSecs(16 * 60))));
        QVERIFY(sync::releaseReturnLease(*m_central, otherStore,
                                         std::get<sync::LeaseGrant>(ask(otherStore, 2000, m_now.addSecs(17 * 60))).id,
                                         m_now));

        // A lease ends when its return arrives: the quantity is then returned, no longer reserved.
        const auto lease = ask(m_principal, 1000, m_now.addSecs(18 * 60));
        const QString leaseId = std::get<sync::LeaseGrant>(lease).id;
        QVERIFY(
            testing::takeBack(*m_till, webOrder("W2", 2), {{1, 1000}}, m_now, core::RefundMethod::Original, leaseId));
        QVERIFY(!sendFrom(*m_till, m_principal).error);
        const auto after = m_central->soldDocument(QStringLiteral("web"), QStringLiteral("W2"), m_now.addSecs(19 * 60));
        QCOMPARE(after->lines[0].returnedMilli, 1000);
        QCOMPARE(after->lines[0].reservedMilli, 0);
        QVERIFY(!sync::releaseReturnLease(*m_central, m_principal, leaseId, m_now));
        QVERIFY(exceptionKinds().isEmpty());

        // What is not there is said so.
        const auto unknown = sync::takeReturnLease(
            *m_central, m_principal, sync::LeaseRequest{QStringLiteral("web"), QStringLiteral("W9"), {{1, 1000}}},
            m_now, std::chrono::minutes(15));
        QCOMPARE(std::get<sync::LeaseRefusal>(unknown).why, sync::LeaseRefusal::Why::UnknownDocument);
        const auto noLine = sync::takeReturnLease(
            *m_central, m_principal, sync::LeaseRequest{QStringLiteral("web"), QStringLiteral("W2"), {{9, 1000}}},
            m_now, std::chrono::minutes(15));
        QCOMPARE(std::get<sync::LeaseRefusal>(noLine).why, sync::LeaseRefusal::Why::NoSuchLine);
    }

    void aRefundIsMarkedPaidOnceAndStoreCreditOpensAVoucher() {
        putWebOrder("W3", 2);
        QVERIFY(testing::takeBack(*m_till, webOrder("W3", 2), {{1, 1000}}, m_now));
        const auto credit =
            testing::takeBack(*m_till, webOrder("W3", 2), {{1, 1000}}, m_now, core::RefundMethod::StoreCredit);
        QVERIFY(credit);
        QVERIFY(!sendFrom(*m_till, m_principal).error);
        const auto pending = m_central->refunds(QStringLiteral("pending"), 0, 10);
        QCOMPARE(pending.size(), size_t(1));
        QCOMPARE(
            m_central->markRefundPaid(pending.front().id, QStringLiteral("psp-123"), QStringLiteral("web shop"), m_now),
            sync::MarkPaid::Done);
        QCOMPARE(
            m_central->markRefundPaid(pending.front().id, QStringLiteral("psp-123"), QStringLiteral("web shop"), m_now),
            sync::MarkPaid::AlreadyPaid);
        QCOMPARE(m_central->markRefundPaid(pending.front().id + 1000, QString(), QStringLiteral("web shop"), m_now),
                 sync::MarkPaid::Unknown);
        QVERIFY(m_central->refunds(QStringLiteral("pending"), 0, 10).empty());
        const auto paid = m_central->refunds(QStringLiteral("paid"), 0, 10);
        QCOMPARE(paid.front().paidReference, QStringLiteral("psp-123"));
        QCOMPARE(paid.front().paidBy, QStringLiteral("web shop"));

        const auto voucher = m_central->voucher(credit->refunds.front().voucherNumber);
        QVERIFY(voucher);
        QCOMPARE(voucher->balanceCents, 299);
        QCOMPARE(voucher->storeId, QStringLiteral("001"));
        QVERIFY(!m_central->voucher(QStringLiteral("SC-999-99-000001")));
    }

    void aVoucherSpentTwiceByTwoOfflineStoresIsKeptAndRaisedOnce() {
        putWebOrder("W4", 1);
        const auto credit =
            testing::takeBack(*m_till, webOrder("W4", 1), {{1, 1000}}, m_now, core::RefundMethod::StoreCredit);
        QVERIFY(credit);
        const QString number = credit->refunds.front().voucherNumber;
        const QString code = credit->refunds.front().voucherCode().text();
        QVERIFY(!sendFrom(*m_till, m_principal).error);
        const auto fedVoucher = [this, &number] {
            for (const sync::StoredChange& change : m_central->changesSince(0, 1000, 1 << 20).changes) {
                if (change.feed == QLatin1String("vouchers") &&
                    QJsonDocument::fromJson(change.item).object().value(QStringLiteral("number")) == number) {
                    return change.removed ? QStringLiteral("removed")
                                          : QJsonDocument::fromJson(change.item)
                                                .object()
                                                .value(QStringLiteral("balance"))
                                                .toString();
                }
            }
            return QString();
        };
        QCOMPARE(fedVoucher(), QStringLiteral("2.99"));

        // Store 002 has the voucher from the feed, store 001 issued it: both spend it offline.
        sync::TillPrincipal otherPrincipal;
        auto other = enrolledTill("002", "01", otherPrincipal);
        const QByteArray copy = QJsonDocument(sync::voucherJson(*m_central->voucher(number), false)).toJson();
        const core::CompletedSale there = payWithVoucher(*other, code, sync::readVoucher({200, copy, {}}));
        const core::CompletedSale here = payWithVoucher(*m_till, code, core::CentralVoucher{});
        QCOMPARE(here.tenders.front().kind, core::Tender::Kind::Voucher);
        QVERIFY(here.tenders.front().decidedOffline);
        QVERIFY(!there.tenders.front().decidedOffline);
        QVERIFY(!sendFrom(*other, otherPrincipal).error);
        QVERIFY(exceptionKinds().isEmpty());
        QCOMPARE(fedVoucher(), QStringLiteral("removed")); // spent in full: tills drop it
        QVERIFY(!sendFrom(*m_till, m_principal).error);

        // Both sales stand; the balance is below zero by the second, and both stores hear of it.
        const auto voucher = m_central->voucher(number);
        QCOMPARE(voucher->spends.size(), size_t(2));
        QCOMPARE(voucher->spends[0].receipt, there.receiptNumber); // by arrival
        QCOMPARE(voucher->balanceCents,
                 299 - there.tenders.front().amount.cents() - here.tenders.front().amount.cents());
        QCOMPARE(exceptionKinds(), QStringList{QStringLiteral("voucher_overspent")});
        const sync::CentralException raised = m_central->exceptions(0, 10).front();
        QVERIFY2(raised.detail.contains(here.receiptNumber) && raised.detail.contains(there.receiptNumber),
                 qPrintable(raised.detail));
        QCOMPARE(m_central->storeExceptions(QStringLiteral("002"), 0, 10).size(), size_t(1));
        QCOMPARE(m_central->storeExceptions(QStringLiteral("001"), 0, 10).size(), size_t(1));
        QCOMPARE(m_central->saleCount(), 2);
    }

    // A receipt of store 002 taken back in store 001 from its QR code while 002's sale never
    // reaches central: raised once the sale is 48 hours late, to head office and both stores; a
    // return whose sale did arrive is not.
    void aReturnWhoseSaleNeverArrivesIsRaisedAfterItsTime() {
        sync::TillPrincipal otherPrincipal;
        auto other = enrolledTill("002", "01", otherPrincipal);
        QVERIFY(testing::ringUpCardSales(*other, 1));
        const core::CompletedSale unsent = other->journal().last(1).front(); // never sent
        const auto taken = testing::takeBack(*m_till, core::returnableOf(unsent), {{1, 1000}}, m_now);
        QVERIFY(taken);
        QVERIFY(testing::ringUpCardSales(*m_till, 1));
        const core::CompletedSale sent = m_till->journal().last(1).front();
        QVERIFY(testing::takeBack(*m_till, core::returnableOf(sent), {{1, 1000}}, m_now));
        QVERIFY(!sendFrom(*m_till, m_principal).error);

        QCOMPARE(sync::raiseSalesNeverArrived(*m_central, m_now.addSecs(47 * 3600), std::chrono::hours(48)), 0);
        QCOMPARE(sync::raiseSalesNeverArrived(*m_central, m_now.addSecs(49 * 3600), std::chrono::hours(48)), 1);
        QCOMPARE(sync::raiseSalesNeverArrived(*m_central, m_now.addSecs(50 * 3600), std::chrono::hours(48)), 0);
        QCOMPARE(exceptionKinds(), QStringList{QStringLiteral("sale_never_arrived")});
        const sync::CentralException raised = m_central->exceptions(0, 10).front();
        QCOMPARE(raised.documentId, taken->documentId);
        QVERIFY2(raised.detail.contains(unsent.receiptNumber) && raised.detail.contains(taken->receiptNumber),
                 qPrintable(raised.detail));
        QCOMPARE(m_central->storeExceptions(QStringLiteral("001"), 0, 10).size(), size_t(1));
        QCOMPARE(m_central->storeExceptions(QStringLiteral("002"), 0, 10).size(), size_t(1));
    }

    void aVoucherCentralNeverIssuedIsRaisedButTheSaleStands() {
        const QString number = QStringLiteral("SC-009-01-000001");
        const QByteArray forged =
            QJsonDocument(
                sync::voucherJson(sync::VoucherRecord{number, {}, QStringLiteral("009"), 5000, 5000, {}}, false))
                .toJson();
        payWithVoucher(*m_till, number, sync::readVoucher({200, forged, {}}));
        QVERIFY(!sendFrom(*m_till, m_principal).error);
        QCOMPARE(m_central->saleCount(), 1);
        QCOMPARE(exceptionKinds(), QStringList{QStringLiteral("voucher_unknown")});
    }

    // Two tills of one store: goods received, a count taken while the other till's sales wait
    // offline. The count stands for what was on the shelf then: a sale recorded before it that
    // arrives after it does not take the goods off again; one after it does.
    void aCountTakenWhileSalesContinueOfflineReconcilesAsOfItsTime() {
        sync::TillPrincipal counterPrincipal;
        auto counter = enrolledTill("001", "05", counterPrincipal);
        const core::Operator clerk{QStringLiteral("1001"), QStringLiteral("Maija"), core::Role::Cashier};
        const QString sku = m_till->catalog().byGtin(core::normalizeGtin(core::demoGtin(3)).value())->sku;
        const QDateTime start = m_now.addSecs(-4 * 3600);
        const auto stockOf = [&] {
            const std::vector<sync::StockLevel> levels = m_central->stockLevels(QStringLiteral("001"), sku, {}, 10);
            return levels.empty() ? std::int64_t(0) : levels.front().onHandMilli;
        };
        const auto sellAt = [&](const QDateTime& at, int pieces) {
            core::SimulatedPaymentTerminal terminal;
            core::Checkout checkout(*m_till, terminal, [at] { return at; });
            QVERIFY(checkout.login(QStringLiteral("1001"), u"1234").ok());
            QVERIFY(checkout.scan(core::demoGtin(3), pieces * core::kQuantityOne).ok());
            QVERIFY(checkout.startPayment().ok());
            QVERIFY(checkout.payCard().ok());
            QVERIFY(checkout.complete().ok());
        };

        core::StockRequest received;
        received.kind = core::StockOperationKind::Received;
        received.items = {{sku, 10 * core::kQuantityOne}};
        QVERIFY(core::StockDesk(*counter, clerk, [start] { return start; }).record(received).ok());
        QVERIFY(!sendFrom(*counter, counterPrincipal).error);
        QCOMPARE(stockOf(), 10 * core::kQuantityOne);

        sellAt(start.addSecs(3600), 2); // till 02 is offline: the sale waits
        core::StockRequest counted;
        counted.kind = core::StockOperationKind::Counted;
        counted.items = {{sku, 8 * core::kQuantityOne}}; // the shelf shows the sale already
        counted.countedAt = start.addSecs(2 * 3600);
        QVERIFY(
            core::StockDesk(*counter, clerk, [start] { return start.addSecs(2 * 3600 + 60); }).record(counted).ok());
        QVERIFY(!sendFrom(*counter, counterPrincipal).error);
        QCOMPARE(stockOf(), 8 * core::kQuantityOne); // 10 - 2 counted away (for now)

        sellAt(start.addSecs(3 * 3600), 1); // after the count
        QVERIFY(!send(pending(), m_principal).error);
        QCOMPARE(stockOf(), 7 * core::kQuantityOne); // the count stands, the later sale counts

        // Central's stock is the sum of its ledger, movement by movement.
        std::int64_t sum = 0;
        for (const sync::StockMovementRecord& movement : m_central->stockMovementsSince(0, 1000)) {
            sum += movement.location == QLatin1String("001") && movement.sku == sku ? movement.deltaMilli : 0;
        }
        QCOMPARE(sum, stockOf());

        // An adjustment and a transfer out: below zero is kept, and flagged by GET /v1/stock.
        core::StockRequest damaged;
        damaged.kind = core::StockOperationKind::Adjusted;
        damaged.reason = QStringLiteral("damaged");
        damaged.items = {{sku, 3 * core::kQuantityOne}};
        QVERIFY(core::StockDesk(*counter, clerk, [this] { return m_now; }).record(damaged).ok());
        const auto transfer = transferOut(*counter, sku, 6);
        QVERIFY(transfer.ok());
        QVERIFY(!sendFrom(*counter, counterPrincipal).error);
        QCOMPARE(stockOf(), -2 * core::kQuantityOne);

        // Store 002 receives it: its stock rises by what arrived.
        sync::TillPrincipal otherPrincipal;
        auto other = enrolledTill("002", "01", otherPrincipal);
        core::StockRequest in;
        in.kind = core::StockOperationKind::TransferredIn;
        in.transfer = transfer->number;
        in.items = {{sku, 6 * core::kQuantityOne}};
        QVERIFY(core::StockDesk(*other, clerk, [this] { return m_now; }).record(in).ok());
        QVERIFY(!sendFrom(*other, otherPrincipal).error);
        const std::vector<sync::StockLevel> there = m_central->stockLevels(QStringLiteral("002"), sku, {}, 10);
        QCOMPARE(there.size(), size_t(1));
        QCOMPARE(there.front().onHandMilli, 6 * core::kQuantityOne);
        QVERIFY(m_central->exceptions(0, 10).empty());
    }

    // Head office sends a delivery to store 001; one till receives it short of one item and it
    // leaves the feed, kept with its receipt; the store's other till receives the same papers:
    // both receipts stand (the goods were counted in twice) and head office hears of both.
    void aDeliveryReceivedShortAndAgainIsRaisedAndEveryReceiptStands() {
        sync::TillPrincipal secondPrincipal;
        auto second = enrolledTill("001", "05", secondPrincipal);
        const QString sku = m_till->catalog().byGtin(core::normalizeGtin(core::demoGtin(3)).value())->sku;
        const QJsonObject delivery{
            {QStringLiteral("delivery"), QStringLiteral("D-1007")},
            {QStringLiteral("store"), QStringLiteral("001")},
            {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), sku},
                                                             {QStringLiteral("quantity"), QStringLiteral("24")}}}}};
        const auto item = core::parseFeedItem(QString::fromLatin1(core::feeds::kDeliveries), delivery, {});
        QVERIFY(item.ok());
        m_central->putMasterData(QString::fromLatin1(core::feeds::kDeliveries), {item.value()});
        const core::Operator clerk{QStringLiteral("1001"), QStringLiteral("Maija"), core::Role::Cashier};
        for (core::TillDatabase* till : {m_till.get(), second.get()}) {
            for (const sync::StoredChange& change : m_central->changesSince(0, 100, 1 << 20).changes) {
                const core::FeedChange fed{change.changeNo, change.feed, QJsonDocument::fromJson(change.item).object(),
                                           change.removed};
                core::findMasterDataFeed(fed.feed)->apply(till->db(), fed, core::FeedTarget::Live);
            }
            core::StockRequest received;
            received.kind = core::StockOperationKind::Received;
            received.delivery = QStringLiteral("D-1007");
            received.items = {{sku, 23 * core::kQuantityOne}};
            QVERIFY(core::StockDesk(*till, clerk, [this] { return m_now; }).record(received).ok());
        }
        QVERIFY(!sendFrom(*m_till, m_principal).error);
        QCOMPARE(exceptionKinds(), QStringList{QStringLiteral("delivery_difference")});
        QVERIFY2(m_central->exceptions(0, 10).front().detail.contains(QStringLiteral("24 expected, 23 received")),
                 qPrintable(m_central->exceptions(0, 10).front().detail));
        const auto kept = m_central->delivery(QStringLiteral("D-1007"));
        QVERIFY(kept && kept->second);
        QCOMPARE(kept->second->tillId, QStringLiteral("02"));
        const std::vector<sync::StoredChange> changes = m_central->changesSince(0, 100, 1 << 20).changes;
        QVERIFY(changes.back().feed == QLatin1String("deliveries") && changes.back().removed);

        QVERIFY(!sendFrom(*second, secondPrincipal).error);
        QCOMPARE(exceptionKinds(),
                 (QStringList{QStringLiteral("delivery_difference"), QStringLiteral("received_twice")}));
        const sync::CentralException twice = m_central->exceptions(0, 10).back();
        QVERIFY2(twice.detail.contains(QStringLiteral("delivery D-1007 received again by store 001 till 05")) &&
                     twice.detail.contains(QStringLiteral("first received by store 001 till 02")),
                 qPrintable(twice.detail));
        QCOMPARE(m_central->stockLevels(QStringLiteral("001"), sku, {}, 10).front().onHandMilli,
                 46 * core::kQuantityOne);
    }

    // The papers of one transfer typed in at two stores: the sender and both receivers hear of it.
    void aTransferReceivedAtTwoStoresIsRaisedToEveryStoreInvolved() {
        const core::Operator clerk{QStringLiteral("1001"), QStringLiteral("Maija"), core::Role::Cashier};
        const QString sku = m_till->catalog().byGtin(core::normalizeGtin(core::demoGtin(3)).value())->sku;
        const auto transfer = transferOut(*m_till, sku, 6);
        QVERIFY(transfer.ok());
        QVERIFY(!sendFrom(*m_till, m_principal).error);
        for (const char* store : {"002", "003"}) {
            sync::TillPrincipal principal;
            auto receiver = enrolledTill(store, "01", principal);
            core::StockRequest in;
            in.kind = core::StockOperationKind::TransferredIn;
            in.transfer = transfer->number;
            in.items = {{sku, 6 * core::kQuantityOne}};
            QVERIFY(core::StockDesk(*receiver, clerk, [this] { return m_now; }).record(in).ok());
            QVERIFY(!sendFrom(*receiver, principal).error);
        }
        QCOMPARE(exceptionKinds(), QStringList{QStringLiteral("received_twice")});
        for (const char* store : {"001", "002", "003"}) {
            QCOMPARE(m_central->storeExceptions(QString::fromLatin1(store), 0, 10).size(), size_t(1));
        }
        QCOMPARE(m_central->stockLevels(QStringLiteral("003"), sku, {}, 10).front().onHandMilli,
                 6 * core::kQuantityOne);
    }

    // A location's feed: a first load by SKU with the cursor to go on from, then only what moved,
    // each figure as it stands; goods set aside as damaged are not on hand.
    void theStockFeedGivesALocationsItemsThenWhatMoved() {
        sell(3);
        QVERIFY(!send(pending(), m_principal).error);
        sync::StockFeedSlice first = m_central->stockFeed(QStringLiteral("001"), 0, {}, 2);
        QCOMPARE(first.levels.size(), size_t(2));
        QVERIFY(first.more);
        const std::int64_t head = first.head;
        QVERIFY(head > 0);
        std::vector<sync::StockLevel> all = first.levels;
        for (sync::StockFeedSlice page = first; page.more;) {
            page = m_central->stockFeed(QStringLiteral("001"), 0, all.back().sku, 2);
            QCOMPARE(page.head, head);
            all.insert(all.end(), page.levels.begin(), page.levels.end());
        }
        std::int64_t sum = 0;
        for (const sync::StockLevel& level : all) {
            sum += level.onHandMilli;
            QVERIFY(!level.asOf.isEmpty());
        }
        std::int64_t ledger = 0;
        for (const sync::StockMovementRecord& movement : m_central->stockMovementsSince(0, 1000)) {
            ledger += movement.location == QLatin1String("001") ? movement.deltaMilli : 0;
        }
        QCOMPARE(sum, ledger);
        QVERIFY(m_central->stockFeed(QStringLiteral("001"), head, {}, 100).levels.empty());

        // One more sale: only its item comes, with its whole figure.
        core::SimulatedPaymentTerminal terminal;
        core::Checkout checkout(*m_till, terminal, [this] { return m_now; });
        QVERIFY(checkout.login(QStringLiteral("1001"), u"1234").ok());
        QVERIFY(checkout.scan(core::demoGtin(3), core::kQuantityOne).ok());
        QVERIFY(checkout.startPayment().ok());
        QVERIFY(checkout.payCard().ok());
        const core::CompletedSale sale = checkout.complete().value();
        QVERIFY(!send(pending(), m_principal).error);
        const sync::StockFeedSlice moved = m_central->stockFeed(QStringLiteral("001"), head, {}, 100);
        QCOMPARE(moved.levels.size(), size_t(1));
        QCOMPARE(moved.levels.front().sku, sale.lines.front().sku);
        QCOMPARE(moved.levels.front().onHandMilli,
                 m_central->stockLevels(QStringLiteral("001"), sale.lines.front().sku, {}, 1).front().onHandMilli);
        QVERIFY(moved.head > head);
        QVERIFY(!moved.more);
        // Another location's feed holds nothing of this store's.
        QVERIFY(m_central->stockFeed(QStringLiteral("002"), 0, {}, 100).levels.empty());
    }

    void webOrdersGoToTheTillsWithinTheReturnWindowWithoutTheCustomer() {
        putWebOrder("W7", 1);
        const auto fed = [this] {
            QStringList orders;
            for (const sync::StoredChange& change : m_central->changesSince(0, 100, 1 << 20).changes) {
                if (change.feed == QLatin1String("web_orders") && !change.removed) {
                    const QJsonObject item = QJsonDocument::fromJson(change.item).object();
                    orders << item.value(QStringLiteral("order")).toString();
                    if (item.contains(QStringLiteral("customer"))) {
                        orders << QStringLiteral("(with the customer)");
                    }
                }
            }
            return orders;
        };
        QCOMPARE(fed(), QStringList{QStringLiteral("W7")});
        // A later upload whose feed starts after W7 was placed takes W7 out of the feed; an
        // order older than that never enters it. Both stay returnable at central.
        const auto order = core::parseWebOrder(
            QJsonObject{
                {QStringLiteral("order"), QStringLiteral("W8")},
                {QStringLiteral("placed_at"), m_placedAt.addDays(-60).toString(Qt::ISODate)},
                {QStringLiteral("customer"), QJsonObject{{QStringLiteral("email"), QStringLiteral("a@b.fi")}}},
                {QStringLiteral("payment"), QStringLiteral("online:card")},
                {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("line"), 1},
                                                                 {QStringLiteral("sku"), QStringLiteral("100234")},
                                                                 {QStringLiteral("quantity"), QStringLiteral("1")},
                                                                 {QStringLiteral("unit_price"), QStringLiteral("2.99")},
                                                                 {QStringLiteral("tax_code"), QStringLiteral("A")}}}}},
            core::TaxTable(core::finnishTaxRates()));
        QVERIFY(order.ok());
        QCOMPARE(sync::takeWebOrders(*m_central, {order.value()}, m_now, m_placedAt.addDays(1)), 1);
        QVERIFY(fed().isEmpty());
        QVERIFY(m_central->soldDocument(QStringLiteral("web"), QStringLiteral("W7"), m_now));
        QVERIFY(m_central->soldDocument(QStringLiteral("web"), QStringLiteral("W8"), m_now));
        // The customer's details stay at central.
        QJsonObject recent = core::toJson(order.value());
        recent.insert(QStringLiteral("order"), QStringLiteral("W9"));
        recent.insert(QStringLiteral("placed_at"), m_placedAt.toString(Qt::ISODate));
        const auto withCustomer = core::parseWebOrder(recent, core::TaxTable(core::finnishTaxRates()));
        QVERIFY(withCustomer.ok() && !withCustomer->customer.isEmpty());
        QCOMPARE(sync::takeWebOrders(*m_central, {withCustomer.value()}, m_now, m_placedAt.addDays(-1)), 1);
        QCOMPARE(fed(), QStringList{QStringLiteral("W9")});
    }

    // A store's new customer and the web shop's account with the same e-mail address (in another
    // case) are one person: the store's id goes into the account, visibly, and the tills follow.
    void aStoresNewCustomerIsMergedWithTheWebShopsAccountOfTheSamePerson() {
        QCOMPARE(putCustomer(webAccount("web-1", "Maija Virtanen", "Maija.Virtanen@example.fi")).fate,
                 sync::CustomerFate::Created);
        const core::Customer mine =
            createAt(*m_till, "Maija V.", "040 123 4567", "maija.virtanen@EXAMPLE.fi", m_now.addSecs(-60));
        QVERIFY(m_till->customers()
                    .addNote(mine.id, QStringLiteral("Etsii talvitakkia"), QStringLiteral("Anna"),
                             m_till->settings().identity(), m_now)
                    .ok());
        QVERIFY(!sendFrom(*m_till, m_principal).error);

        QCOMPARE(customerRow(mine.id)->mergedInto, QStringLiteral("web-1"));
        const std::vector<sync::CustomerMerge> merges =
            m_central->beginWrite()->customerMerges(QStringLiteral("web-1"));
        QCOMPARE(merges.size(), std::size_t(1));
        QCOMPARE(merges.front().mergedId, mine.id);
        QCOMPARE(merges.front().matchedOn, QStringLiteral("email"));
        QCOMPARE(merges.front().source, QStringLiteral("store 001 till 02"));
        const core::Customer kept = *customerRow(QStringLiteral("web-1"))->customer;
        QCOMPARE(kept.name, QStringLiteral("Maija Virtanen"));
        QCOMPARE(kept.phone, QStringLiteral("+358401234567"));
        QVERIFY(kept.smsMarketing.given);
        QCOMPARE(kept.smsMarketing.storeId, QStringLiteral("001"));
        QCOMPARE(kept.notes.size(), std::size_t(1)); // the note for the till's id reached the account

        const QMap<QString, QJsonObject> fed = fedCustomers();
        QCOMPARE(fed.value(mine.id).value(QStringLiteral("merged_into")).toString(), QStringLiteral("web-1"));
        QVERIFY(fed.value(mine.id).value(QStringLiteral("removed")).toBool());
        QCOMPARE(fed.value(QStringLiteral("web-1")).value(QStringLiteral("phone")).toString(),
                 QStringLiteral("+358401234567"));
        feedTill(*m_till);
        QCOMPARE(m_till->customers().count(), 1);
        QCOMPARE(m_till->customers().byContact(QStringLiteral("040 123 4567"))->id, QStringLiteral("web-1"));

        // The web shop sends its account again, edited: it stays one record.
        core::Customer edited = webAccount("web-1", "Maija Virtanen", "Maija.Virtanen@example.fi");
        edited.updatedAt = m_now;
        edited.brands = {QStringLiteral("Halti")};
        QCOMPARE(putCustomer(edited).fate, sync::CustomerFate::Edited);
        QCOMPARE(customerRow(QStringLiteral("web-1"))->customer->brands, QStringList{QStringLiteral("Halti")});
        QCOMPARE(customerRow(QStringLiteral("web-1"))->customer->notes.size(), std::size_t(1));
    }

    // Erased at head office while a till was offline: the till's edit and note made before, and
    // the same person created anew at another till before the erasure, do not bring them back;
    // someone created after it with the same number is a new customer.
    void anErasedCustomerStaysErasedWhateverOfflineTillsSend() {
        const core::Customer maija = createAt(*m_till, "Maija Virtanen", "040 123 4567", "", m_now.addDays(-3));
        QVERIFY(!sendFrom(*m_till, m_principal).error);
        sync::TillPrincipal otherPrincipal;
        auto other = enrolledTill("002", "01", otherPrincipal);
        feedTill(*other);
        core::Customer changed = *other->customers().byId(maija.id);
        changed.sizes = {QStringLiteral("L")};
        QVERIFY(other->customers().edit(changed, other->settings().identity(), m_now.addSecs(-3600)).ok());
        QVERIFY(other->customers()
                    .addNote(maija.id, QStringLiteral("Soitti"), QStringLiteral("Ville"), other->settings().identity(),
                             m_now.addSecs(-3600))
                    .ok());
        const core::Customer again = createAt(*m_till, "Maija V", "+358401234567", "", m_now.addSecs(-1800));
        {
            core::SimulatedPaymentTerminal terminal;
            core::Checkout checkout(*other, terminal, [this] { return m_now.addSecs(-600); });
            QVERIFY(checkout.login(QStringLiteral("1001"), u"1234").ok());
            QVERIFY(checkout.attachCustomer(maija.id).ok());
            QVERIFY(checkout.scan(core::demoGtin(0)).ok());
            QVERIFY(checkout.startPayment().ok());
            QVERIFY(checkout.payCard().ok());
            QVERIFY(checkout.complete().ok()); // sold to her offline, before the erasure reached the till
        }
        const auto order = core::parseWebOrder(
            QJsonObject{
                {QStringLiteral("order"), QStringLiteral("W-E1")},
                {QStringLiteral("placed_at"), m_placedAt.toString(Qt::ISODate)},
                {QStringLiteral("customer"), QJsonObject{{QStringLiteral("phone"), QStringLiteral("040 123 4567")},
                                                         {QStringLiteral("name"), QStringLiteral("M Virtanen")}}},
                {QStringLiteral("payment"), QStringLiteral("online:card")},
                {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("line"), 1},
                                                                 {QStringLiteral("sku"), QStringLiteral("100234")},
                                                                 {QStringLiteral("quantity"), QStringLiteral("1")},
                                                                 {QStringLiteral("unit_price"), QStringLiteral("2.99")},
                                                                 {QStringLiteral("tax_code"), QStringLiteral("A")}}}}},
            core::TaxTable(core::finnishTaxRates()));
        QVERIFY(order.ok());
        QCOMPARE(sync::takeWebOrders(*m_central, {order.value()}, m_now, m_now.addDays(-44)), 1);
        QCOMPARE(m_central->beginWrite()->customerDocuments({maija.id}, 10).size(), std::size_t(1));

        std::unique_ptr<sync::CentralWrite> write = m_central->beginWrite();
        const auto erasure = sync::eraseCustomer(*write, maija.id, m_now);
        write->commit();
        write.reset();
        QVERIFY(erasure && !erasure->already);
        QVERIFY(!sendFrom(*other, otherPrincipal).error);
        QVERIFY(!sendFrom(*m_till, m_principal).error);

        for (const QString& id : {maija.id, again.id}) {
            const auto row = customerRow(id);
            QVERIFY2(row && !row->customer && !row->erasedAt.isEmpty(), qPrintable(id));
            QVERIFY(fedCustomers().value(id).value(QStringLiteral("erased")).toBool());
        }
        QVERIFY(exceptionKinds().isEmpty());
        QCOMPARE(m_central->saleCount(), 1); // the sale stands, in no one's history
        QVERIFY(m_central->beginWrite()->customerDocuments({maija.id}, 10).empty());
        feedTill(*other);
        QCOMPARE(other->customers().count(), 0);
        if (!m_onPostgres) { // the customer's facts in the inbox hold nothing of them
            core::Database db(centralFolder() + QStringLiteral("/central.db"));
            core::Query payloads = db.prepare("SELECT count(*) FROM inbox WHERE kind LIKE 'customer.%' "
                                              "AND payload LIKE '%Virtanen%'");
            payloads->step();
            QCOMPARE(payloads->int64(0), std::int64_t(0));
            core::Query orders = db.prepare("SELECT count(*) FROM web_orders WHERE body LIKE '%Virtanen%'");
            orders->step();
            QCOMPARE(orders->int64(0), std::int64_t(0));
            // Her contacts are remembered only keyed with central's erasure key: a plain hash of a
            // phone number is reversed by trying them all.
            core::Query remembered = db.prepare("SELECT contact_hash FROM erased_contacts");
            int keyed = 0;
            while (remembered->step()) {
                QVERIFY2(remembered->text(0).startsWith(QLatin1String("k:")), qPrintable(remembered->text(0)));
                QVERIFY(!sync::legacyContactHashes(maija).contains(remembered->text(0)));
                ++keyed;
            }
            QVERIFY(keyed > 0);
            // One erased before keyed hashes, remembered by a plain hash, is still recognised.
            core::Customer before;
            before.phone = QStringLiteral("+358409998887");
            core::Query legacy = db.prepare("INSERT INTO erased_contacts (contact_hash, erased_at) VALUES (?1, ?2)");
            legacy->bind(1, sync::legacyContactHashes(before).first()).bind(2, m_now.toString(Qt::ISODateWithMs)).run();
            const core::Customer stale = createAt(*m_till, "Vanha Asiakas", "040 999 8887", "", m_now.addDays(-1));
            QVERIFY(!sendFrom(*m_till, m_principal).error);
            const auto staleRow = customerRow(stale.id);
            QVERIFY(!staleRow || !staleRow->customer);
        }
        QVERIFY(sync::eraseCustomer(*m_central->beginWrite(), maija.id, m_now)->already);

        const core::Customer newcomer = createAt(*m_till, "Maija Virtanen", "040 123 4567", "", m_now.addDays(1));
        QVERIFY(!sendFrom(*m_till, m_principal).error);
        QVERIFY(customerRow(newcomer.id)->customer);
    }

    // Suggestions from the ledger: a merged id's purchases count for the customer it went into, a
    // line returned whole does not count, an erased customer has none; the customers whose
    // suggestions changed are fed again, and a run that changes nothing feeds nothing.
    void suggestionsAreComputedFromTheLedgerAndFedWithTheCustomer() {
        std::vector<core::FeedItem> products;
        int plu = 900;
        for (const char* sku : {"KAHVI", "PULLA", "MAITO"}) {
            core::Product product;
            product.sku = QString::fromLatin1(sku);
            product.name = product.sku.toLower();
            product.price = core::Money(100);
            product.taxCode = QStringLiteral("B");
            product.plu = ++plu;
            products.push_back({product.sku, core::toCatalogJson({product, {}}), false});
        }
        m_central->putMasterData(QString::fromLatin1(core::feeds::kProducts), products);
        for (const auto& [id, email] : {std::pair{"web-a", "a@example.fi"}, std::pair{"web-b", "b@example.fi"},
                                        std::pair{"web-c", "c@example.fi"}, std::pair{"web-d", "d@example.fi"}}) {
            QCOMPARE(putCustomer(webAccount(id, "Asiakas", email)).fate, sync::CustomerFate::Created);
        }
        QCOMPARE(putCustomer(webAccount("web-c2", "Asiakas C", "C@example.fi")).fate, sync::CustomerFate::Merged);
        putOrderOf("W-A", "web-a", {"KAHVI", "PULLA"});
        putOrderOf("W-B", "web-b", {"KAHVI", "PULLA"});
        putOrderOf("W-D", "web-d", {"KAHVI", "PULLA", "MAITO"});
        putOrderOf("W-C", "web-c2", {"KAHVI"}); // before the merge's id was known as merged
        putOrderOf("W-C-MAITO", "web-c", {"MAITO"});
        {
            std::unique_ptr<sync::CentralWrite> write = m_central->beginWrite();
            (void)write->addReturnedLine({QStringLiteral("return-doc-1"), QStringLiteral("R-1"), QStringLiteral("001"),
                                          QStringLiteral("web"), QStringLiteral("W-C-MAITO"), 1, core::kQuantityOne});
            write->commit();
        }

        const sync::SuggestionRun first = sync::computeSuggestions(*m_central, m_now);
        QCOMPARE(first.customers, std::int64_t(4));
        QCOMPARE(first.purchases, std::int64_t(8)); // the returned MAITO left out
        QCOMPARE(first.changed, std::int64_t(4));
        const QMap<QString, QJsonObject> fed = fedCustomers();
        // c bought coffee (as web-c2): buns went with coffee for three customers.
        QCOMPARE(fed.value(QStringLiteral("web-c")).value(QStringLiteral("suggestions")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("PULLA")},
                                         {QStringLiteral("because"), QStringLiteral("KAHVI")}}}));
        QVERIFY(fed.value(QStringLiteral("web-a")).value(QStringLiteral("suggestions")).toArray().size() >= 1);
        const std::int64_t head = m_central->changesSince(0, 1000, 1 << 20).changes.back().changeNo;

        QCOMPARE(sync::computeSuggestions(*m_central, m_now).changed, std::int64_t(0));
        QCOMPARE(m_central->changesSince(0, 1000, 1 << 20).changes.back().changeNo, head);

        std::unique_ptr<sync::CentralWrite> write = m_central->beginWrite();
        QVERIFY(sync::eraseCustomer(*write, QStringLiteral("web-d"), m_now));
        QCOMPARE(write->customerSuggestions(QStringLiteral("web-d")), QStringLiteral("[]"));
        write->commit();
        write.reset();
        const sync::SuggestionRun after = sync::computeSuggestions(*m_central, m_now);
        QCOMPARE(after.customers, std::int64_t(3));
        // Without d, coffee and buns still go together (a and b); the erased customer gets nothing fed.
        QVERIFY(fedCustomers().value(QStringLiteral("web-d")).value(QStringLiteral("erased")).toBool());
        feedTill(*m_till);
        QCOMPARE(m_till->customers().suggestionsFor(QStringLiteral("web-c")).size(), std::size_t(1));
        QCOMPARE(m_till->customers().suggestionsFor(QStringLiteral("web-c")).front().sku, QStringLiteral("PULLA"));
    }

    // A till's shifts reach central with their Z; a Z number that repeats (as from a till whose
    // database was put back from an older backup) is raised to head office and the store.
    void shiftsAndTheirZReportsAreRecordedAndABrokenZSequenceRaised() {
        const core::Operator cashier{QStringLiteral("1001"), QStringLiteral("Maija"), core::Role::Cashier};
        m_till->db().exec("DELETE FROM shifts"); // not init's shift without a fact: one of its own
        core::Shifts shifts = m_till->shifts();
        QVERIFY(shifts.open(core::countAsTotal(core::Money(150'00)).value(), cashier, m_now).ok());
        sell(1);
        QVERIFY(shifts
                    .move({core::DrawerMovementKind::CashIn,
                           core::Money(20'00),
                           QStringLiteral("change_from_bank"),
                           {},
                           cashier.id,
                           m_now})
                    .ok());
        const core::Money expected = shifts.figures(*shifts.current()).expectedCash();
        QVERIFY(shifts.close(core::countAsTotal(expected).value(), cashier, std::nullopt, {}, core::Money(5'00), m_now)
                    .ok());
        QVERIFY(!sendFrom(*m_till, m_principal).error);
        QCOMPARE(m_central->beginWrite()->lastZNumber(QStringLiteral("001"), QStringLiteral("02")), std::int64_t(1));
        QVERIFY2(exceptionKinds().isEmpty(), qPrintable(exceptionKinds().join(QLatin1Char(' '))));

        // The till's Z count goes back by one, as a restore from an older backup would leave it.
        core::Query back =
            m_till->db().prepare("UPDATE shifts SET z_number = NULL, closed_at = NULL WHERE z_number = 1");
        back->run();
        core::Query close = m_till->db().prepare("UPDATE shifts SET closed_at = ?1");
        close->bind(1, m_now.toString(Qt::ISODateWithMs)).run();
        QVERIFY(shifts.open(core::countAsTotal(core::Money(150'00)).value(), cashier, m_now).ok());
        QCOMPARE(shifts
                     .close(core::countAsTotal(core::Money(150'00)).value(), cashier, std::nullopt, {},
                            core::Money(5'00), m_now)
                     ->shift.zNumber,
                 std::int64_t(1));
        QVERIFY(!sendFrom(*m_till, m_principal).error);
        QCOMPARE(exceptionKinds(), QStringList{QStringLiteral("z_number_gap")});
        QVERIFY(m_central->exceptions(0, 10).front().detail.contains(QLatin1String("arrived again after Z 1")));
    }

    // Central totals the receipts between a shift's opening and close in the till's stream, and
    // they agree with the Z; an open shift is totalled so far; a shift closed again (a till put
    // back from a backup taken while it was open) keeps its first Z and is raised.
    void aShiftsReceiptsAreTotalledAtCentralBesideItsZ() {
        const core::Operator cashier{QStringLiteral("1001"), QStringLiteral("Maija"), core::Role::Cashier};
        m_till->db().exec("DELETE FROM shifts"); // not init's shift without a fact: ones of its own
        sync::TillPrincipal other;
        auto otherTill = enrolledTill("001", "03", other);
        core::Shifts shifts = m_till->shifts();
        QVERIFY(shifts.open(core::countAsTotal(core::Money(150'00)).value(), cashier, m_now).ok());
        sell(3);
        QVERIFY(testing::ringUpCardSales(*otherTill, 2)); // another till's: not this shift's
        const core::CompletedSale returned = m_till->journal().last(1).front();
        QVERIFY(testing::takeBack(*m_till, core::returnableOf(returned), {{1, core::kQuantityOne}}, m_now));
        const auto z = shifts.close(core::countAsTotal(core::Money(150'00)).value(), cashier, std::nullopt, {},
                                    core::Money(5'00), m_now.addSecs(3600));
        QVERIFY(z.ok());
        QVERIFY(shifts.open(core::countAsTotal(core::Money(150'00)).value(), cashier, m_now.addSecs(7200)).ok());
        sell(1);
        QVERIFY(!sendFrom(*m_till, m_principal).error);
        QVERIFY(!sendFrom(*otherTill, other).error);

        const QString day = m_now.toLocalTime().date().toString(Qt::ISODate);
        const std::vector<sync::ShiftRow> rows = m_central->shiftsOfDay(QStringLiteral("001"), day);
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[0].zNumber, std::int64_t(1));
        QCOMPARE(rows[0].businessDate, day);
        const std::optional<sync::ReceiptTotals> first = m_central->shiftReceiptTotals(rows[0]);
        QVERIFY(first);
        QCOMPARE(first->sales, std::int64_t(z->figures.sales));
        QCOMPARE(first->sales, std::int64_t(3));
        QCOMPARE(first->salesCents, z->figures.salesTotal.cents());
        QCOMPARE(first->returns, std::int64_t(1));
        QCOMPARE(first->returnsCents, z->figures.returnsTotal.cents());
        QCOMPARE(rows[1].zNumber, std::int64_t(0)); // still open: totalled so far
        QCOMPARE(m_central->shiftReceiptTotals(rows[1])->sales, std::int64_t(1));
        QVERIFY(m_central->shiftsOfDay(QStringLiteral("001"), QStringLiteral("2026-11-23")).empty());
        QCOMPARE(m_central->shiftsOfDay(QString(), day).size(), std::size_t(2)); // every store's

        // Shift 1 closed again, as by a till restored from a backup taken while it was open.
        QVERIFY(shifts
                    .close(core::countAsTotal(core::Money(150'00)).value(), cashier, std::nullopt, {},
                           core::Money(5'00), m_now.addSecs(9000))
                    .ok());
        m_till->db().exec("UPDATE shifts SET closed_at = NULL, z_number = NULL, z_json = NULL WHERE number = 1");
        QVERIFY(shifts
                    .close(core::countAsTotal(core::Money(150'00)).value(), cashier, std::nullopt, {},
                           core::Money(5'00), m_now.addSecs(10800))
                    .ok());
        QVERIFY(!sendFrom(*m_till, m_principal).error);
        QCOMPARE(exceptionKinds(), QStringList{QStringLiteral("shift_closed_twice")});
        QVERIFY(m_central->exceptions(0, 10).front().detail.contains(QLatin1String("it was closed as Z 1")));
        QCOMPARE(m_central->shiftsOfDay(QStringLiteral("001"), day).front().zNumber, std::int64_t(1));
    }

    // An edit at a till that gives a card another customer holds: the rest of the edit stands,
    // the card stays with its holder, and head office and the store hear of it.
    void aLoyaltyCardOfAnotherCustomerIsNotTakenByAnEdit() {
        const QString card = QStringLiteral("290000012345") + QString::number(core::gs1CheckDigit(u"290000012345"));
        core::Customer holder = webAccount("web-2", "Matti Meikäläinen", "matti@example.fi");
        holder.loyaltyCard = card;
        QCOMPARE(putCustomer(holder).fate, sync::CustomerFate::Created);
        const core::Customer maija = createAt(*m_till, "Maija Virtanen", "040 123 4567", "", m_now.addSecs(-60));
        QVERIFY(!sendFrom(*m_till, m_principal).error);
        core::Customer changed = maija;
        changed.loyaltyCard = card;
        changed.sizes = {QStringLiteral("S")};
        QVERIFY(m_till->customers().edit(changed, m_till->settings().identity(), m_now).ok());
        QVERIFY(!sendFrom(*m_till, m_principal).error);
        const core::Customer kept = *customerRow(maija.id)->customer;
        QVERIFY(kept.loyaltyCard.isEmpty());
        QCOMPARE(kept.sizes, QStringList{QStringLiteral("S")});
        QCOMPARE(exceptionKinds(), QStringList{QStringLiteral("loyalty_card_in_use")});
        QCOMPARE(m_central->storeExceptions(QStringLiteral("001"), 0, 10).size(), std::size_t(1));
    }

    // A sale of `pieces` of demo product 0 for the member, paid with `points` first, the rest by card.
    core::CompletedSale memberSale(core::TillDatabase& till, const QString& memberId, int pieces,
                                   std::int64_t points = 0) {
        core::SimulatedPaymentTerminal terminal;
        core::Checkout checkout(till, terminal, [this] { return m_now; });
        [&] {
            QVERIFY(checkout.login(QStringLiteral("1001"), u"1234").ok());
            QVERIFY(checkout.attachCustomer(memberId).ok());
            QVERIFY(checkout.scan(core::demoGtin(0), pieces * core::kQuantityOne).ok());
            QVERIFY(checkout.startPayment().ok());
            if (points > 0) {
                const auto paid = checkout.payLoyaltyPoints(points);
                QVERIFY2(paid.ok(), paid.ok() ? "" : qPrintable(core::describe(paid.error())));
            }
            QVERIFY(checkout.payCard().ok());
        }();
        return checkout.complete().value();
    }

    std::int64_t fedBalance(const QString& id) {
        return fedCustomers()
            .value(id)
            .value(QStringLiteral("loyalty"))
            .toObject()
            .value(QStringLiteral("balance"))
            .toInteger();
    }

    // Earned at one store, half of it returned at another (which does not know the sale earned
    // points: central takes them back), then the balance spent in full at both stores offline:
    // both sales stand, and both stores hear of it. (What a sale earns does not pay for it.)
    void loyaltyPointsAreCountedTakenBackAndAnOverspendRaised() {
        const QString rules =
            QStringLiteral(R"({"points_per_euro": 1, "point_value": "0.01", "min_redeem_points": 1})");
        m_till->settings().setValue(QString::fromLatin1(core::settingKeys::kLoyaltyRules), rules);
        core::Customer member;
        member.name = QStringLiteral("Maija Virtanen");
        member.phone = QStringLiteral("040 123 4567");
        member.loyaltyCard = QStringLiteral("290000012345") + QString::number(core::gs1CheckDigit(u"290000012345"));
        const QString id = m_till->customers().create(member, m_till->settings().identity(), m_now)->id;
        const core::CompletedSale sale = memberSale(*m_till, id, 10);
        const std::int64_t earned = sale.loyalty->earned;
        QVERIFY(earned > 2);
        QVERIFY(!sendFrom(*m_till, m_principal).error);
        QCOMPARE(fedBalance(id), earned);

        sync::TillPrincipal otherPrincipal;
        auto other = enrolledTill("002", "01", otherPrincipal);
        other->settings().setValue(QString::fromLatin1(core::settingKeys::kLoyaltyRules), rules);
        const auto half = testing::takeBack(*other, core::returnableOf(sale), {{1, 5 * core::kQuantityOne}}, m_now);
        QVERIFY(half);
        QCOMPARE(half->loyaltyTakenBack, std::int64_t(0)); // not this till's sale
        QVERIFY(!sendFrom(*other, otherPrincipal).error);
        const std::int64_t left = earned - (earned + 1) / 2;
        QCOMPARE(fedBalance(id), left);

        feedTill(*m_till);
        feedTill(*other);
        QCOMPARE(other->customers().loyaltyOf(id)->balance, left);
        memberSale(*m_till, id, 1, left);
        memberSale(*other, id, 1, left);
        QVERIFY(!sendFrom(*m_till, m_principal).error);
        QVERIFY(exceptionKinds().isEmpty());
        QVERIFY(!sendFrom(*other, otherPrincipal).error);
        QCOMPARE(exceptionKinds(), QStringList{QStringLiteral("loyalty_overspent")});
        QCOMPARE(m_central->storeExceptions(QStringLiteral("001"), 0, 10).size(), std::size_t(1));
        QCOMPARE(m_central->storeExceptions(QStringLiteral("002"), 0, 10).size(), std::size_t(1));
        QCOMPARE(m_central->saleCount(), 3);
    }

    // Buy online, pick up in store, from the web shop's order to the hand-over: the reservation,
    // picking with a short item, ready, a paid order handed over with an item refused (a return
    // to the online payment), an unpaid one rung up as a sale without its refused item, stock
    // at central equal to its ledger throughout.
    void aPickupOrderGoesFromReservationToHandOver() {
        const core::WebOrder paid = pickupOrder(QStringLiteral("W1"), true);
        const core::WebOrder unpaid = pickupOrder(QStringLiteral("W2"), false);
        const QString first = paid.lines[0].sku;
        const QString second = paid.lines[1].sku;
        QCOMPARE(sync::addIntegrationMovements(*m_central,
                                               {sync::StockMovementRecord{0,
                                                                          QStringLiteral("001"),
                                                                          first,
                                                                          10000,
                                                                          QStringLiteral("receipt"),
                                                                          QStringLiteral("sellable"),
                                                                          QStringLiteral("erp-1"),
                                                                          m_now.addDays(-1).toString(Qt::ISODate),
                                                                          {}},
                                                sync::StockMovementRecord{0,
                                                                          QStringLiteral("001"),
                                                                          second,
                                                                          5000,
                                                                          QStringLiteral("receipt"),
                                                                          QStringLiteral("sellable"),
                                                                          QStringLiteral("erp-2"),
                                                                          m_now.addDays(-1).toString(Qt::ISODate),
                                                                          {}}},
                                               m_now),
                 2);
        QCOMPARE(sync::takeWebOrders(*m_central, {paid, unpaid}, m_now, m_now.addDays(-44)), 2);
        QCOMPARE(stockOf(first), OnHandReserved(10000, 4000));
        QCOMPARE(stockOf(second), OnHandReserved(5000, 2000));
        QCOMPARE(m_central->pickup(QStringLiteral("W1"))->code.size(), 6);
        // The order paid at collection is not sold yet: nothing of it can be returned.
        QVERIFY(!m_central->soldDocument(QStringLiteral("web"), QStringLiteral("W2"), m_now));
        QVERIFY(m_central->soldDocument(QStringLiteral("web"), QStringLiteral("W1"), m_now));

        feedPickups(*m_till);
        feedTill(*m_till); // the web-order feed: what the refused item's return is decided against
        core::PickupDesk desk(*m_till, core::Operator{QStringLiteral("1001"), QStringLiteral("Maija")},
                              [this] { return m_now; });
        QVERIFY(desk.pick(QStringLiteral("W1"), first, 2000).ok());
        QVERIFY(desk.markShort(QStringLiteral("W1"), 2).ok());
        QVERIFY(desk.markReady(QStringLiteral("W1")).ok());
        QVERIFY(!sendFrom(*m_till, m_principal).error);
        const core::Pickup ready = m_central->pickup(QStringLiteral("W1")).value();
        QCOMPARE(ready.status, core::PickupStatus::Ready);
        QCOMPARE(ready.line(2)->shortMilli, 1000);
        QVERIFY(ready.collectBy && *ready.collectBy > m_now);
        // The short item is released, and its money is the web shop's to pay back.
        QCOMPARE(stockOf(second), OnHandReserved(5000, 1000));
        std::vector<sync::RefundRecord> refunds = m_central->refunds(QStringLiteral("pending"), 0, 10);
        QCOMPARE(refunds.size(), std::size_t(1));
        QCOMPARE(refunds.front().amountCents, 400);
        QCOMPARE(refunds.front().originalNumber, QStringLiteral("W1"));
        // The web shop follows: new, picking, ready.
        QStringList steps;
        for (const sync::PickupChange& change : m_central->pickupChanges(0, QStringLiteral("001"), 100)) {
            steps << change.order + QLatin1Char(' ') + change.status;
        }
        QCOMPARE(steps, (QStringList{QStringLiteral("W1 new"), QStringLiteral("W2 new"), QStringLiteral("W1 picking"),
                                     QStringLiteral("W1 ready")}));

        // Paid online: handed over; one of the two is refused at the counter and refunded online.
        const std::map<int, std::int64_t> refused{{1, 1000}};
        QVERIFY(desk.handOverPaid(QStringLiteral("W1"), refused).ok());
        core::SimulatedPaymentTerminal terminal;
        auto refusal = desk.returnRefused(QStringLiteral("W1"), refused, terminal);
        QVERIFY2(refusal.ok(), testing::why(refusal).constData());
        QVERIFY((*refusal)->complete(core::RefundMethod::Original).ok());
        QVERIFY(!sendFrom(*m_till, m_principal).error);
        QCOMPARE(m_central->pickup(QStringLiteral("W1"))->status, core::PickupStatus::Collected);
        QCOMPARE(stockOf(first), OnHandReserved(9000, 2000)); // 10 - 2 picked + 1 back
        refunds = m_central->refunds(QStringLiteral("pending"), 0, 10);
        QCOMPARE(refunds.size(), std::size_t(2));
        QCOMPARE(refunds.back().amountCents, 274); // 2.99 less half the line's discount

        // Paid at collection: one of each picked; the second line's item is refused and not sold.
        QVERIFY(desk.pick(QStringLiteral("W2"), first, 2000).ok());
        QVERIFY(desk.pick(QStringLiteral("W2"), second).ok());
        QVERIFY(desk.markReady(QStringLiteral("W2")).ok());
        core::Checkout checkout(*m_till, terminal, [this] { return m_now; });
        QVERIFY(checkout.login(QStringLiteral("1001"), u"1234").ok());
        QVERIFY(checkout
                    .ringUpPickup(
                        desk.claim(QStringLiteral("W2"), m_till->pickups().find(QStringLiteral("W2"))->code).value(),
                        {{2, 1000}})
                    .ok());
        QVERIFY(checkout.startPayment().ok());
        QVERIFY(checkout.payCard().ok());
        const core::Result<core::CompletedSale> sale = checkout.complete();
        QVERIFY(sale.ok());
        QVERIFY(!sendFrom(*m_till, m_principal).error);
        const core::Pickup collected = m_central->pickup(QStringLiteral("W2")).value();
        QCOMPARE(collected.status, core::PickupStatus::Collected);
        QCOMPARE(collected.collectedBy, QStringLiteral("store 001 till 02 operator 1001"));
        QCOMPARE(stockOf(first), OnHandReserved(7000, 0));
        QCOMPARE(stockOf(second), OnHandReserved(5000, 0)); // refused: still on the shelf
        QCOMPARE(m_central->saleCount(), 1);
        QVERIFY(m_central->soldDocument(QStringLiteral("store"), sale->receiptNumber, m_now));
        const sync::PickupChange last = m_central->pickupChanges(0, QStringLiteral("001"), 100).back();
        QCOMPARE(last.detail.value(QStringLiteral("receipt")).toString(), sale->receiptNumber);
        QCOMPARE(last.source, QStringLiteral("store 001 till 02"));
        QVERIFY(exceptionKinds().isEmpty());
    }

    // Two tills offline hand the same order over: both hand-overs stand (the goods went), and
    // head office and the store hear of it. A ready order not collected in the store's
    // collection period expires and gives its stock back; the web shop cancels one not collected.
    void pickupOrdersHandedOverTwiceExpireAndAreCancelled() {
        QCOMPARE(
            m_central->putMasterData(
                QStringLiteral("stores"),
                {core::FeedItem{QStringLiteral("001"),
                                core::toJson(core::StoreInfo{QStringLiteral("001"), QStringLiteral("Kamppi"), {}, 2}),
                                false}}) > 0,
            true);
        QCOMPARE(sync::takeWebOrders(*m_central,
                                     {pickupOrder(QStringLiteral("W3"), true), pickupOrder(QStringLiteral("W4"), true),
                                      pickupOrder(QStringLiteral("W5"), true)},
                                     m_now, m_now.addDays(-44)),
                 3);
        sync::TillPrincipal otherPrincipal;
        auto other = enrolledTill("001", "03", otherPrincipal);
        feedPickups(*m_till);
        core::PickupDesk desk(*m_till, core::Operator{QStringLiteral("1001"), QStringLiteral("Maija")},
                              [this] { return m_now; });
        for (const char* order : {"W3", "W4"}) {
            QVERIFY(desk.pick(QString::fromLatin1(order), pickupOrder({}, true).lines[0].sku, 2000).ok());
            QVERIFY(desk.pick(QString::fromLatin1(order), pickupOrder({}, true).lines[1].sku).ok());
            QVERIFY(desk.markReady(QString::fromLatin1(order)).ok());
        }
        QVERIFY(!sendFrom(*m_till, m_principal).error);
        const QDateTime collectBy = m_central->pickup(QStringLiteral("W4"))->collectBy.value();
        QCOMPARE(collectBy.toLocalTime().date(), m_now.toLocalTime().date().addDays(2));
        feedPickups(*other); // both tills hold W3 ready; the line to head office goes down
        core::PickupDesk otherDesk(*other, core::Operator{QStringLiteral("1001"), QStringLiteral("Maija")},
                                   [this] { return m_now; });
        QVERIFY(desk.handOverPaid(QStringLiteral("W3")).ok());
        QVERIFY(otherDesk.handOverPaid(QStringLiteral("W3")).ok());
        QVERIFY(!sendFrom(*m_till, m_principal).error);
        QVERIFY(!sendFrom(*other, otherPrincipal).error);
        QCOMPARE(exceptionKinds(), QStringList{QStringLiteral("pickup_collected_twice")});
        QVERIFY(m_central->exceptions(0, 10).front().detail.contains(QStringLiteral("store 001 till 02")));
        QCOMPARE(m_central->storeExceptions(QStringLiteral("001"), 0, 10).size(), std::size_t(1));

        // W4 waits until the end of its second day; then it expires and its stock is released.
        const QString sku = pickupOrder({}, true).lines[0].sku;
        const std::int64_t reserved = stockOf(sku).second;
        QCOMPARE(sync::expireDuePickups(*m_central, collectBy.addSecs(-60)), 0);
        QCOMPARE(sync::expireDuePickups(*m_central, collectBy.addSecs(60)), 1);
        QCOMPARE(m_central->pickup(QStringLiteral("W4"))->status, core::PickupStatus::Expired);
        QCOMPARE(stockOf(sku).second, reserved - 2000);
        QCOMPARE(sync::expireDuePickups(*m_central, collectBy.addDays(1)), 0); // applied once
        // The web shop cancels W5 (new), once; a collected order cannot be cancelled.
        QCOMPARE(sync::cancelPickup(*m_central, QStringLiteral("W5"), QStringLiteral("integration web"),
                                    QStringLiteral("customer asked"), m_now)
                     .result,
                 sync::PickupCancelResult::Cancelled);
        QCOMPARE(
            sync::cancelPickup(*m_central, QStringLiteral("W5"), QStringLiteral("integration web"), {}, m_now).result,
            sync::PickupCancelResult::AlreadyCancelled);
        const sync::PickupCancel late =
            sync::cancelPickup(*m_central, QStringLiteral("W3"), QStringLiteral("integration web"), {}, m_now);
        QCOMPARE(late.result, sync::PickupCancelResult::Refused);
        QVERIFY2(late.refusal.contains(QStringLiteral("was collected already")), qPrintable(late.refusal));
        QCOMPARE(stockOf(sku).second, 0);
        // Expired and cancelled paid orders leave their money to pay back: the whole order each.
        std::int64_t owed = 0;
        for (const sync::RefundRecord& refund : m_central->refunds(QStringLiteral("pending"), 0, 10)) {
            owed += refund.amountCents;
        }
        QCOMPARE(owed, 2 * (598 - 50 + 400));
        // The tills learn it; the copy at the till follows central's decision.
        feedPickups(*m_till);
        QCOMPARE(m_till->pickups().find(QStringLiteral("W4"))->status, core::PickupStatus::Expired);
        QCOMPARE(m_till->pickups().find(QStringLiteral("W5"))->status, core::PickupStatus::Cancelled);
    }

    // An erased customer's pickup order keeps its goods and state but not their name and phone,
    // at central and at the store's tills alike.
    void anErasedCustomersPickupOrderForgetsThemAtTheTillsToo() {
        const core::Customer aino = createAt(*m_till, "Aino Virtanen", "040 765 4321", "", m_now.addDays(-1));
        QVERIFY(!sendFrom(*m_till, m_principal).error);
        core::WebOrder order = pickupOrder(QStringLiteral("W-E2"), true);
        order.customer = QJsonObject{{QStringLiteral("name"), QStringLiteral("Aino Virtanen")},
                                     {QStringLiteral("phone"), QStringLiteral("040 765 4321")}};
        QCOMPARE(sync::takeWebOrders(*m_central, {order}, m_now, m_now.addDays(-44)), 1);
        feedPickups(*m_till);
        QCOMPARE(m_till->pickups().find(QStringLiteral("W-E2"))->customerPhone, QStringLiteral("040 765 4321"));
        std::unique_ptr<sync::CentralWrite> write = m_central->beginWrite();
        QVERIFY(sync::eraseCustomer(*write, aino.id, m_now));
        write->commit();
        write.reset();
        QVERIFY(m_central->pickup(QStringLiteral("W-E2"))->customerName.isEmpty());
        feedPickups(*m_till);
        const core::Pickup copy = m_till->pickups().find(QStringLiteral("W-E2")).value();
        QVERIFY(copy.customerName.isEmpty() && copy.customerPhone.isEmpty());
        QCOMPARE(copy.status, core::PickupStatus::New);
    }

    void carriesOnFromVersion1DatabasesAfterAnUpgrade() {
        if (m_onPostgres) {
            QSKIP("SQLite's own schema history: PostgreSQL started at its schema version 1");
        }
        // Both sides as upgraded packages find them on first start: till 007-03 and central
        // written at schema version 1, two sales at central and a third still waiting on the till.
        const QString folder = m_dir.filePath(QStringLiteral("v1"));
        const QString centralDb = folder + QStringLiteral("/central/central.db");
        QVERIFY(testing::loadSqlFixture(QStringLiteral("core/fixtures/till-v1.sql"),
                                        folder + QStringLiteral("/till/kassa.db")));
        QVERIFY(testing::loadSqlFixture(QStringLiteral("sync/fixtures/central-v1.sql"), centralDb));
        m_till = std::make_unique<core::TillDatabase>(folder + QStringLiteral("/till"));
        kassa::testing::openShiftWithoutItsFact(*m_till); // to sell on after the upgrade
        openCentral(folder + QStringLiteral("/central"));
        m_principal = {m_till->settings().identity().deviceId, QStringLiteral("007"), QStringLiteral("03")};

        QCOMPARE(m_central->saleCount(), 2);
        QCOMPARE(m_central->highWaterMark(m_principal.deviceId, 1), 2);
        // Receipts from before the upgrade can be returned: their lines were entered.
        QVERIFY(m_central->soldDocument(QStringLiteral("store"), QStringLiteral("007-03-000001"), m_now));
        // ... and their goods left the store's stock in the ledger.
        std::int64_t soldOut = 0;
        for (const sync::StockMovementRecord& movement : m_central->stockMovementsSince(0, 100)) {
            QCOMPARE(movement.kind, QStringLiteral("sale"));
            QCOMPARE(movement.location, QStringLiteral("007"));
            soldOut -= movement.deltaMilli;
        }
        QVERIFY(soldOut > 0);
        std::int64_t levelsOut = 0;
        for (const sync::StockLevel& level : m_central->stockLevels(QStringLiteral("007"), {}, {}, 100)) {
            levelsOut -= level.onHandMilli;
        }
        QCOMPARE(levelsOut, soldOut);
        QCOMPARE(m_central->findToken(QStringLiteral("kc_b5vT8TL7UPUX5lubJA4P_uYJIySoCWlWFIf9RlVRTkc"))->name,
                 QStringLiteral("v1 fixture"));
        QVERIFY(!m_central->generation().isEmpty());
        const std::vector<sync::TillStatus> tills = m_central->tillStatuses();
        QCOMPARE(tills.size(), size_t{1});
        QCOMPARE(tills.front().storeId, QStringLiteral("007"));
        QVERIFY(!tills.front().quarantined);

        // The sale waiting since before the upgrade and one rung up after it arrive once each,
        // and the receipt chain central checks runs on across the upgrade.
        sell(1);
        const sync::IngestResult rest = send(pending(), m_principal);
        QVERIFY(!rest.error);
        QCOMPARE(rest.applied, 2);
        QCOMPARE(rest.highWaterMark, 4);
        QCOMPARE(m_central->saleCount(), 4);
        QVERIFY(m_central->exceptions(0, 10).empty());

        // Migrated, central's schema is exactly what a new central gets.
        m_ingest.reset();
        m_central.reset();
        const QString freshDir = m_dir.filePath(QStringLiteral("fresh-central"));
        sync::SqliteCentralStore{freshDir};
        QCOMPARE(schemaOf(centralDb), schemaOf(freshDir + QStringLiteral("/central.db")));
    }

    // Central's database at today's schema as the programs of its day left it, on the backend
    // under test (PostgreSQL then counted its own version, 10): opened, it is at the shared
    // version with nothing lost, its schema exactly a new central's, and central carries on.
    void carriesOnFromDatabasesOfSchema12() {
        const QString folder = m_dir.filePath(QStringLiteral("v12"));
        QString token;
        QString deviceId;
        QString freshSchema;
        if (m_onPostgres) {
            token = QStringLiteral("kc_U_1qIPwKuLm9orIP_1Yt4IY5o973kv48hdUANs_noQc");
            deviceId = QStringLiteral("01a24e6e-d3cd-71ea-b5b4-fd5192b903fa");
            QFile dump(QStringLiteral(KASSA_TEST_SOURCE_DIR "/sync/fixtures/central-v10-postgresql.sql"));
            QVERIFY(dump.open(QIODevice::ReadOnly));
            const QString url = m_postgres->createDatabase(QStringLiteral("v12"));
            sync::PgConnection(url).script(dump.readAll().constData());
            m_databases.insert(folder, url);
            const QString fresh = m_postgres->createDatabase(QStringLiteral("v12fresh"));
            sync::PostgresCentralStore{fresh, 1};
            freshSchema = postgresSchemaOf(fresh);
        } else {
            token = QStringLiteral("kc_P-XUpilOmY9dPO08EPJV8txSlQ2MiVMCiSjl94gs8QA");
            deviceId = QStringLiteral("01a24e6e-88e9-77a6-ac82-4dbf10112f24");
            QVERIFY(testing::loadSqlFixture(QStringLiteral("sync/fixtures/central-v12-sqlite.sql"),
                                            folder + QStringLiteral("/central.db")));
            const QString fresh = m_dir.filePath(QStringLiteral("v12-fresh"));
            sync::SqliteCentralStore{fresh};
            freshSchema = schemaOf(fresh + QStringLiteral("/central.db"));
        }
        openCentral(folder);

        QCOMPARE(m_central->saleCount(), 2);
        QCOMPARE(m_central->highWaterMark(deviceId, 1), 5);
        // A token made before tokens had scopes holds every one.
        const std::optional<sync::IntegrationToken> fixtureToken = m_central->findToken(token);
        QVERIFY(fixtureToken);
        QCOMPARE(fixtureToken->name, QStringLiteral("v12 fixture"));
        QCOMPARE(fixtureToken->scopes, QStringList{QStringLiteral("all")});
        const auto receipt = m_central->soldDocument(QStringLiteral("store"), QStringLiteral("001-04-000001"), m_now);
        QVERIFY(receipt);
        QCOMPARE(receipt->lines.front().quantityMilli, 2000);
        QCOMPARE(receipt->lines.front().returnedMilli, 1000);
        QVERIFY(m_central->soldDocument(QStringLiteral("web"), QStringLiteral("W-FX-1"), m_now));
        QCOMPARE(m_central->pickup(QStringLiteral("W-FX-2"))->status, core::PickupStatus::New);
        QVERIFY(m_central->exceptions(0, 10).empty());
        if (!m_onPostgres) { // a voucher of before codes had a secret: spent by number, listed to reissue
            const auto legacy = m_central->legacyVouchers(QString(), 10);
            QCOMPARE(legacy.size(), std::size_t(1));
            QCOMPARE(legacy.front().number, QStringLiteral("SC-001-04-000009"));
            QVERIFY(legacy.front().check.isEmpty());
            QCOMPARE(legacy.front().balanceCents, 500);
        }

        // The schema a new central gets, and the shared version recorded.
        m_ingest.reset();
        m_central.reset();
        if (m_onPostgres) {
            const QString url = m_databases.value(folder);
            QCOMPARE(postgresSchemaOf(url), freshSchema);
            sync::PgConnection db(url);
            const sync::PgResult version =
                db.exec("SELECT value FROM central_meta WHERE key IN ('schema', 'schema_version') ORDER BY key");
            QCOMPARE(version.rows(), 2);
            QCOMPARE(version.int64(0, 0), std::int64_t{sync::kCentralSchemaVersion});
            QCOMPARE(version.int64(1, 0), std::int64_t{sync::kCentralSchemaVersion});
        } else {
            QCOMPARE(schemaOf(folder + QStringLiteral("/central.db")), freshSchema);
            QCOMPARE(core::Database(folder + QStringLiteral("/central.db")).userVersion(), sync::kCentralSchemaVersion);
        }

        // A database a newer kassa-central wrote is refused.
        if (m_onPostgres) {
            sync::PgConnection(m_databases.value(folder))
                .script("UPDATE central_meta SET value = '99' WHERE key = 'schema'");
        } else {
            core::Database(folder + QStringLiteral("/central.db")).setUserVersion(99);
        }
        try {
            (void)openStore(folder);
            QFAIL("a newer schema was opened");
        } catch (const core::StoreError& error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(QStringLiteral("newer than this kassa-central knows")),
                     error.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestCentralStore)
#include "TestCentralStore.moc"
