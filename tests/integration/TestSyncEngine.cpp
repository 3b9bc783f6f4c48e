// The till's sync engine against a real central over TLS on loopback: it delivers sales right
// after they happen, reports offline when central goes away, backs off, and catches up when
// central returns.

#include "common/CardSales.h"
#include "common/OpenShift.h"
#include "sync/client/SyncEngine.h"
#include "sync/server/CentralServer.h"
#include "sync/server/SqliteCentralStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using namespace std::chrono_literals;

class TestSyncEngine : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_tillDir;
    sync::KeyAndCertificate m_ca;
    sync::KeyAndCertificate m_serverTls;
    std::unique_ptr<sync::SqliteCentralStore> m_store;
    std::unique_ptr<sync::CentralService> m_service;
    std::unique_ptr<sync::CentralServer> m_server;
    std::uint16_t m_port = 0;
    core::SyncState m_last;

    // On a fresh port each time (a port given up may be taken by another test meanwhile); the
    // enrolled till is pointed at it, as a store's central.url is when central moves.
    void startCentral() {
        m_server = std::make_unique<sync::CentralServer>(
            *m_service, sync::ServerTls{m_serverTls.certificatePem, m_serverTls.keyPem, m_ca.certificatePem}, 1);
        m_port = m_server->start("127.0.0.1", 0);
        QFile url(QDir(m_tillDir).filePath(QStringLiteral("central.url")));
        if (url.exists()) {
            QVERIFY(url.open(QIODevice::WriteOnly | QIODevice::Truncate));
            url.write(QStringLiteral("https://127.0.0.1:%1\n").arg(m_port).toLatin1());
        }
    }

    void sell(int count) {
        core::TillDatabase till(m_tillDir);
        QVERIFY(testing::ringUpCardSales(till, count));
    }

private Q_SLOTS:
    void initTestCase() {
        m_ca = sync::createCertificateAuthority(QStringLiteral("Test"));
        m_serverTls = sync::issueServerCertificate(m_ca, {QStringLiteral("127.0.0.1")});
        m_store = std::make_unique<sync::SqliteCentralStore>(m_dir.filePath(QStringLiteral("central")));
        m_service = std::make_unique<sync::CentralService>(*m_store, m_ca);
        m_tillDir = m_dir.filePath(QStringLiteral("till"));
        startCentral();
        core::TillDatabase till(m_tillDir);
        till.initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("Test"));
        core::seedDemoCatalog(till, 100);
        kassa::testing::openShift(till);
        const QString code = m_store->createEnrollmentCode(QStringLiteral("001"), QStringLiteral("01"),
                                                           QDateTime::currentDateTimeUtc().addSecs(600));
        const auto problem =
            sync::enrollTill(till, QStringLiteral("https://127.0.0.1:%1").arg(m_port),
                             code + QLatin1Char(':') + sync::certificateFingerprint(m_ca.certificatePem).left(16));
        QVERIFY2(!problem, problem ? qPrintable(*problem) : "");
    }

    void backsOffExponentiallyWithJitter() {
        const sync::SyncTiming timing{30s, 1s, 60s};
        QCOMPARE(sync::SyncEngine::retryDelay(1, timing, 0.5), 1000ms);
        QCOMPARE(sync::SyncEngine::retryDelay(3, timing, 0.5), 4000ms);
        QCOMPARE(sync::SyncEngine::retryDelay(30, timing, 0.5), 60000ms);
        QCOMPARE(sync::SyncEngine::retryDelay(3, timing, 0.0), 2000ms);
        QCOMPARE(sync::SyncEngine::retryDelay(3, timing, 1.0), 6000ms);
    }

    void deliversRightAfterASaleAndCatchesUpAfterAnOutage() {
        sync::SyncEngine engine(m_tillDir, sync::SyncTiming{60s, 100ms, 400ms});
        connect(&engine, &core::SyncLink::stateChanged, this, [this](const core::SyncState& state) { m_last = state; });
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_last.enrolled && m_last.online, 10'000);

        sell(3);
        engine.requestSync();
        QTRY_COMPARE_WITH_TIMEOUT(m_store->saleCount(), 3, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_last.waiting, 0, 10'000);
        QVERIFY(m_last.lastSuccess.isValid());

        m_server->stop();
        m_server.reset();
        sell(2);
        engine.requestSync();
        QTRY_VERIFY_WITH_TIMEOUT(!m_last.online && m_last.waiting == 2, 10'000);
        QVERIFY(!m_last.problem.isEmpty());
        QVERIFY(!m_last.oldestWaiting.isEmpty());

        startCentral(); // back; the engine retries on its own and reads the link anew each time
        QTRY_COMPARE_WITH_TIMEOUT(m_store->saleCount(), 5, 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(m_last.online && m_last.waiting == 0, 15'000);
        engine.stop();
    }

    // A cashier's questions (an item's stock, a voucher) go on one kept connection; when central
    // moves (its address in central.url changes) the next question finds it there at once.
    void aCashiersQuestionFollowsCentralWhenItMoves() {
        sync::SyncEngine engine(m_tillDir); // not started: its questions only
        const QString sku =
            core::TillDatabase(m_tillDir).catalog().byGtin(core::normalizeGtin(core::demoGtin(1)).value())->sku;
        const core::CentralStock first = engine.fetchStock(sku);
        QVERIFY2(first.answered, qPrintable(first.why));
        m_server->stop();
        m_server.reset();
        const core::CentralStock away = engine.fetchStock(sku);
        QVERIFY(!away.answered);
        QVERIFY(!away.why.isEmpty());
        startCentral();
        const core::CentralStock moved = engine.fetchStock(sku);
        QVERIFY2(moved.answered, qPrintable(moved.why));
        m_server->stop();
        m_server.reset();
        startCentral(); // moved again while the connection was up: no question is lost to it
        const core::CentralStock again = engine.fetchStock(sku);
        QVERIFY2(again.answered, qPrintable(again.why));
    }

    void resendsWhatARestoredCentralLost() {
        // Central's database goes back to a backup taken before the last two sales arrived.
        const QString backup = m_dir.filePath(QStringLiteral("central-backup.db"));
        auto linkFiles = sync::loadTillLink(m_tillDir);
        QVERIFY(linkFiles);
        {
            core::TillDatabase till(m_tillDir);
            sell(1);
            QVERIFY(sync::pushOutbox(till, *linkFiles).problem.isEmpty());
        }
        const std::int64_t before = m_store->saleCount();
        m_server->stop();
        m_server.reset();
        m_service.reset();
        m_store.reset();
        const QString central = m_dir.filePath(QStringLiteral("central"));
        {
            core::Database db(central + QStringLiteral("/central.db"));
            db.exec(QStringLiteral("VACUUM INTO '%1'").arg(backup));
        }
        m_store = std::make_unique<sync::SqliteCentralStore>(central);
        m_service = std::make_unique<sync::CentralService>(*m_store, m_ca);
        startCentral();
        linkFiles = sync::loadTillLink(m_tillDir);
        {
            core::TillDatabase till(m_tillDir);
            sell(2);
            QVERIFY(sync::pushOutbox(till, *linkFiles).problem.isEmpty());
        }
        QCOMPARE(m_store->saleCount(), before + 2);
        // Restore the backup: central now lacks those two sales.
        m_server->stop();
        m_server.reset();
        m_service.reset();
        m_store.reset();
        QVERIFY(QFile::remove(central + QStringLiteral("/central.db")));
        QFile::remove(central + QStringLiteral("/central.db-wal"));
        QFile::remove(central + QStringLiteral("/central.db-shm"));
        QVERIFY(QFile::copy(backup, central + QStringLiteral("/central.db")));
        m_store = std::make_unique<sync::SqliteCentralStore>(central);
        m_service = std::make_unique<sync::CentralService>(*m_store, m_ca);
        startCentral();
        linkFiles = sync::loadTillLink(m_tillDir);
        QCOMPARE(m_store->saleCount(), before);
        core::TillDatabase till(m_tillDir);
        sell(1); // the next push meets "expected seq", and the till sends the lost ones again
        const sync::PushOutcome outcome = sync::pushOutbox(till, *linkFiles);
        QVERIFY2(outcome.problem.isEmpty(), qPrintable(outcome.problem));
        QCOMPARE(m_store->saleCount(), before + 3);
        QCOMPARE(till.journal().outboxDepth().waiting, 0);
        QVERIFY(m_store->exceptions(0, 10).empty());
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "TestSyncEngine.moc"
