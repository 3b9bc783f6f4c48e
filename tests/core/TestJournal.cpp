#include "common/OpenShift.h"
#include "core/store/DemoCatalog.h"
#include "core/till/Checkout.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa::core;

class TestJournal : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TillDatabase> m_till;
    SimulatedPaymentTerminal m_terminal;

    CompletedSale sellOne(const QString& code) {
        Checkout checkout(*m_till, m_terminal);
        [&] {
            QVERIFY(checkout.login(QStringLiteral("1001"), u"1234").ok());
        }();
        [&] {
            QVERIFY(checkout.scan(code).ok());
        }();
        [&] {
            QVERIFY(checkout.startPayment().ok());
        }();
        [&] {
            QVERIFY(checkout.payCard().ok());
        }();
        auto sale = checkout.complete();
        [&] {
            QVERIFY(sale.ok());
        }();
        return sale.value();
    }

    std::int64_t count(const char* sql) {
        Query query = m_till->db().prepare(sql);
        query->step();
        return query->int64(0);
    }

private Q_SLOTS:
    void init() {
        m_till = std::make_unique<TillDatabase>(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())));
        m_till->initialise(QStringLiteral("001"), QStringLiteral("03"), QStringLiteral("Test"));
        seedDemoCatalog(*m_till, 100);
        kassa::testing::openShift(*m_till);
    }

    void numbersChainsAndQueuesEachSale() {
        const CompletedSale first = sellOne(demoGtin(0));
        const CompletedSale second = sellOne(demoGtin(1));
        QCOMPARE(first.number, 1);
        QCOMPARE(second.number, 2);
        QCOMPARE(first.receiptNumber, QStringLiteral("001-03-000001"));
        QVERIFY(first.previousHash.isEmpty());
        QCOMPARE(second.previousHash, first.hash);
        QCOMPARE(count("SELECT count(*) FROM outbox WHERE kind = 'sale.completed'"), 2);
        QCOMPARE(count("SELECT max(seq) - min(seq) + 1 FROM outbox"), 3); // after the shift's opening
        QCOMPARE(count("SELECT count(*) FROM stock_movements WHERE reason = 'sale'"), 2);
        QCOMPARE(count("SELECT count(*) FROM sale_tenders"), 2);
        const OutboxDepth depth = m_till->journal().outboxDepth();
        QCOMPARE(depth.waiting, 3);
        QCOMPARE(depth.lastSeq, 3);
        QVERIFY(!depth.oldestWaiting.isEmpty());
        const ChainReport report = m_till->journal().verifyChain();
        QCOMPARE(report.sales, 2);
        QCOMPARE(report.firstBroken, 0);
        QCOMPARE(m_till->integrityCheck(), QStringLiteral("ok"));
    }

    void readsBackWhatWasStored() {
        const CompletedSale sold = sellOne(demoGtin(2));
        const auto last = m_till->journal().last(5);
        QCOMPARE(last.size(), std::size_t(1));
        QCOMPARE(canonicalBytes(last[0]), canonicalBytes(sold));
        QCOMPARE(m_till->journal().byReceiptNumber(sold.receiptNumber)->hash, sold.hash);
    }

    void detectsATamperedSale() {
        (void)sellOne(demoGtin(0));
        (void)sellOne(demoGtin(1));
        (void)sellOne(demoGtin(2));
        m_till->db().exec("UPDATE sales SET body = replace(body, '\"total\":', '\"total\":1') WHERE number = 2");
        const ChainReport report = m_till->journal().verifyChain();
        QCOMPARE(report.firstBroken, 2);
        QVERIFY(report.problem.contains(QStringLiteral("changed")));
    }

    void detectsADeletedSale() {
        (void)sellOne(demoGtin(0));
        (void)sellOne(demoGtin(1));
        (void)sellOne(demoGtin(2));
        m_till->db().exec("PRAGMA foreign_keys=OFF; DELETE FROM sales WHERE number = 2");
        QCOMPARE(m_till->journal().verifyChain().firstBroken, 3);
    }

    void aFullDiskIsReportedAndTheSaleCanBeRetried() {
        // The database may not grow any more: once its free room is used up SQLite answers
        // SQLITE_FULL, exactly as on a full disk. Sell until that happens.
        m_till->db().exec("PRAGMA max_page_count = 1"); // clamps to the current size
        Checkout checkout(*m_till, m_terminal);
        QVERIFY(checkout.login(QStringLiteral("1001"), u"1234").ok());
        std::optional<Error> failure;
        for (int i = 0; i < 500 && !failure; ++i) {
            QVERIFY(checkout.scan(demoGtin(i % 90)).ok());
            QVERIFY(checkout.startPayment().ok());
            QVERIFY(checkout.payCash(checkout.payment()->cashDue()).ok());
            auto sale = checkout.complete();
            if (!sale) {
                failure = sale.error();
            }
        }
        QVERIFY(failure.has_value());
        QCOMPARE(failure->code, ErrorCode::StorageFull);
        QVERIFY(describe(*failure).contains(QStringLiteral("disk is full")));
        const std::int64_t recorded = m_till->journal().saleCount();
        QCOMPARE(checkout.basket().activeLineCount(), std::size_t(1));
        QVERIFY(checkout.payment()->isComplete());
        QCOMPARE(m_till->integrityCheck(), QStringLiteral("ok"));
        m_till->db().exec("PRAGMA max_page_count = 1073741823"); // room again
        QVERIFY(checkout.complete().ok());
        QCOMPARE(m_till->journal().saleCount(), recorded + 1);
        QCOMPARE(m_till->journal().verifyChain().firstBroken, 0);
    }

    void checkpointsRunInTheBackground() {
        // Fresh data sits in the WAL until a checkpoint copies it into the database file.
        const QFileInfo file(m_till->db().path());
        const qint64 before = file.size();
        m_till->startBackgroundCheckpoints(std::chrono::milliseconds(20));
        (void)sellOne(demoGtin(0));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(m_till->db().path()).size() > before, 5000);
        (void)sellOne(demoGtin(1));
        QCOMPARE(m_till->journal().saleCount(), 2);
    }

    void aFailedCommitLeavesNothingBehind() {
        (void)sellOne(demoGtin(0));
        // The outbox insert is the last write of a sale: make it fail.
        m_till->db().exec("CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk'); END");
        Checkout checkout(*m_till, m_terminal);
        QVERIFY(checkout.login(QStringLiteral("1001"), u"1234").ok());
        QVERIFY(checkout.scan(demoGtin(1)).ok());
        QVERIFY(checkout.startPayment().ok());
        QVERIFY(checkout.payCash(checkout.payment()->cashDue()).ok());
        auto failed = checkout.complete();
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, ErrorCode::StorageFailed);
        QCOMPARE(count("SELECT count(*) FROM sales"), 1);
        QCOMPARE(count("SELECT count(*) FROM sale_lines"), 1);
        QCOMPARE(count("SELECT count(*) FROM stock_movements"), 1);
        QCOMPARE(count("SELECT value FROM counters WHERE name = 'sale_number'"), 1);
        // The basket and payment are kept, and once the fault is gone the sale goes through.
        QCOMPARE(checkout.basket().activeLineCount(), std::size_t(1));
        QVERIFY(checkout.payment()->isComplete());
        m_till->db().exec("DROP TRIGGER fail_outbox");
        auto retried = checkout.complete();
        QVERIFY(retried.ok());
        QCOMPARE(retried->number, 2);
        QCOMPARE(m_till->journal().verifyChain().firstBroken, 0);
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "TestJournal.moc"
