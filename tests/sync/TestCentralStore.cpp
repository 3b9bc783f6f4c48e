// Central's ingest with real till databases as the source of events: exactly once in effect,
// gaps, clones, chain checks, a till writing as another and events of kinds central does not
// know yet, all without a network.

#include "common/CardSales.h"
#include "common/SqlFixture.h"
#include "sync/server/EventIngest.h"
#include "sync/server/SqliteCentralStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace kassa;

namespace {

QString schemaOf(const QString& databasePath) {
    core::Database db(databasePath);
    QStringList statements;
    core::Query query = db.prepare("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type, name");
    while (query->step()) {
        statements << query->text(0).simplified();
    }
    return statements.join(QLatin1Char('\n'));
}

} // namespace

class TestCentralStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::TillDatabase> m_till;
    std::unique_ptr<sync::SqliteCentralStore> m_central;
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

    void openCentral(const QString& folder, sync::FactHandlers handlers = sync::FactHandlers::standard()) {
        m_ingest.reset();
        m_central.reset();
        m_central = std::make_unique<sync::SqliteCentralStore>(folder);
        m_ingest = std::make_unique<sync::EventIngest>(*m_central, std::move(handlers));
    }

    QStringList exceptionKinds() {
        QStringList kinds;
        for (const sync::CentralException& exception : m_central->exceptions(0, 100)) {
            kinds << exception.kind;
        }
        return kinds;
    }

private Q_SLOTS:
    void init() {
        const QString name = QString::fromLatin1(QTest::currentTestFunction());
        m_till = std::make_unique<core::TillDatabase>(m_dir.filePath(name + QStringLiteral("/till")));
        m_till->initialise(QStringLiteral("001"), QStringLiteral("02"), QStringLiteral("Test"));
        core::seedDemoCatalog(*m_till, 100);
        openCentral(m_dir.filePath(name + QStringLiteral("/central")));
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
        const QString name = QString::fromLatin1(QTest::currentTestFunction());
        openCentral(m_dir.filePath(name + QStringLiteral("/central")));
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

    void theSameBatchFromTwoConnectionsAtOnceIsAppliedOnce() {
        // A till's batch retried on a second connection while the first is still committing it.
        sell(40);
        const sync::EventBatch batch = pending();
        std::vector<sync::IngestResult> results(4);
        std::vector<std::thread> senders;
        for (sync::IngestResult& result : results) {
            senders.emplace_back([&] { result = m_ingest->ingest(m_principal, batch, m_now); });
        }
        for (std::thread& sender : senders) {
            sender.join();
        }
        int applied = 0;
        for (const sync::IngestResult& result : results) {
            QVERIFY(!result.error);
            QCOMPARE(result.highWaterMark, 40);
            applied += result.applied;
        }
        QCOMPARE(applied, 40);
        QCOMPARE(m_central->saleCount(), 40);
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

    void carriesOnFromVersion1DatabasesAfterAnUpgrade() {
        // Both sides as upgraded packages find them on first start: till 007-03 and central
        // written at schema version 1, two sales at central and a third still waiting on the till.
        const QString folder = m_dir.filePath(QStringLiteral("v1"));
        const QString centralDb = folder + QStringLiteral("/central/central.db");
        QVERIFY(testing::loadSqlFixture(QStringLiteral("core/fixtures/till-v1.sql"),
                                        folder + QStringLiteral("/till/kassa.db")));
        QVERIFY(testing::loadSqlFixture(QStringLiteral("sync/fixtures/central-v1.sql"), centralDb));
        m_till = std::make_unique<core::TillDatabase>(folder + QStringLiteral("/till"));
        openCentral(folder + QStringLiteral("/central"));
        m_principal = {m_till->settings().identity().deviceId, QStringLiteral("007"), QStringLiteral("03")};

        QCOMPARE(m_central->saleCount(), 2);
        QCOMPARE(m_central->highWaterMark(m_principal.deviceId, 1), 2);
        QCOMPARE(m_central->tokenOwner(QStringLiteral("kc_b5vT8TL7UPUX5lubJA4P_uYJIySoCWlWFIf9RlVRTkc")),
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
};

QTEST_GUILESS_MAIN(TestCentralStore)
#include "TestCentralStore.moc"
