// Power cuts at the till: a writer process is killed with SIGKILL right after a sale's
// commit returns and at random points while it records sales. Afterwards every sale it
// reported is there and whole, no partial sale exists, the outbox and the receipt chain are
// contiguous, and SQLite's integrity check passes.

#include "common/OpenShift.h"
#include "core/store/DemoCatalog.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa::core;

class TestCrashDuringSale : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_till;
    QSet<qint64> m_reported; // sale numbers the writer saw committed

    // Starts the writer and returns once it is ready to sell.
    void startWriter(QProcess& writer, const QStringList& extra = {}) {
        writer.start(QStringLiteral(KASSA_TEST_BIN_DIR "/kassa-sale-writer"), QStringList{m_till} + extra);
        QVERIFY(writer.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(writer.canReadLine() || writer.state() == QProcess::NotRunning, 20'000);
        QCOMPARE(writer.readLine(), QByteArray("READY\n"));
    }

    // Whole lines only: the writer may be in the middle of one while it is read.
    void collectReported(QProcess& writer) {
        while (writer.canReadLine()) {
            const QByteArray line = writer.readLine();
            if (line.startsWith("COMMITTED ")) {
                m_reported.insert(line.split(' ')[1].toLongLong());
            }
        }
    }

    // Reads what the writer has reported so far; how many sales that makes in all.
    qsizetype reportedSoFar(QProcess& writer) {
        collectReported(writer);
        return m_reported.size();
    }

    qint64 scalar(Database& db, const char* sql) {
        Query query = db.prepare(sql);
        query->step();
        return query->int64(0);
    }

    // The properties every crash must leave intact.
    void verifyTill() {
        TillDatabase till(m_till);
        QCOMPARE(till.integrityCheck(), QStringLiteral("ok"));
        Database& db = till.db();
        const qint64 sales = scalar(db, "SELECT count(*) FROM sales");
        for (qint64 number : m_reported) {
            Query query = db.prepare("SELECT count(*) FROM sales WHERE number = ?1");
            query->bind(1, static_cast<std::int64_t>(number));
            query->step();
            QVERIFY2(query->int64(0) == 1, qPrintable(QStringLiteral("reported sale %1 is missing").arg(number)));
        }
        // Numbers 1..n with no gap; the counters agree with what is stored.
        QCOMPARE(scalar(db, "SELECT coalesce(max(number), 0) FROM sales"), sales);
        QCOMPARE(scalar(db, "SELECT coalesce((SELECT value FROM counters WHERE name = 'sale_number'), 0)"), sales);
        // Every sale whole: its lines, tenders, stock movements and exactly one outbox event.
        QCOMPARE(scalar(db, "SELECT count(*) FROM sales s WHERE line_count != "
                            "(SELECT count(*) FROM sale_lines l WHERE l.sale_id = s.id)"),
                 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM sales s WHERE tender_count != "
                            "(SELECT count(*) FROM sale_tenders t WHERE t.sale_id = s.id)"),
                 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM sales s WHERE (SELECT count(*) FROM sale_lines l WHERE l.sale_id = "
                            "s.id AND NOT l.voided) != (SELECT count(*) FROM stock_movements m WHERE m.document_id = "
                            "s.document_id)"),
                 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM sales s WHERE NOT EXISTS "
                            "(SELECT 1 FROM outbox o WHERE o.document_id = s.document_id)"),
                 0);
        // Nothing without a sale, and the outbox sequence gapless.
        QCOMPARE(scalar(db, "SELECT count(*) FROM outbox"), sales);
        QCOMPARE(scalar(db, "SELECT coalesce(max(seq), 0) FROM outbox"), sales);
        QCOMPARE(scalar(db, "SELECT count(*) FROM sale_lines WHERE sale_id NOT IN (SELECT id FROM sales)"), 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM stock_movements WHERE document_id NOT IN "
                            "(SELECT document_id FROM sales)"),
                 0);
        const ChainReport chain = till.journal().verifyChain();
        QVERIFY2(chain.firstBroken == 0, qPrintable(chain.problem));
    }

private Q_SLOTS:
    void initTestCase() {
        m_till = m_dir.filePath(QStringLiteral("till"));
        TillDatabase till(m_till);
        till.initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("Crash"));
        seedDemoCatalog(till, 300);
        kassa::testing::openShiftWithoutItsFact(till); // the checks count one outbox event per sale
    }

    void saleSurvivesAPowerCutRightAfterCommit() {
        for (int i = 0; i < 8; ++i) {
            QProcess writer;
            startWriter(writer, {QStringLiteral("--die-after-commit")});
            if (writer.state() != QProcess::NotRunning) {
                QVERIFY(writer.waitForFinished(20'000));
            }
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            const qsizetype before = m_reported.size();
            collectReported(writer);
            QCOMPARE(m_reported.size(), before + 1);
            verifyTill();
        }
    }

    void killedAtRandomPointsWhileSelling() {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed %u", seed);
        QRandomGenerator random(seed);
        qsizetype waitedFor = 0;
        for (int round = 0; round < 40; ++round) {
            QProcess writer;
            startWriter(writer);
            // The kill comes after the writer has committed a few sales (none to three), then a
            // moment into the next one: inside its work or its commit. Waiting for sales rather
            // than for time, every round sells however busy the machine is.
            const qsizetype before = m_reported.size();
            const auto wanted = static_cast<qsizetype>(random.bounded(0, 4));
            QTRY_VERIFY_WITH_TIMEOUT(reportedSoFar(writer) - before >= wanted || writer.state() == QProcess::NotRunning,
                                     60'000);
            waitedFor += wanted;
            QTest::qWait(static_cast<int>(random.bounded(0, 8)));
            writer.kill(); // SIGKILL
            if (writer.state() != QProcess::NotRunning) {
                QVERIFY(writer.waitForFinished(10'000));
            }
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit); // killed, not stopped by an error of its own
            collectReported(writer);
            verifyTill();
        }
        qInfo("%lld sales reported committed across all kills", static_cast<long long>(m_reported.size()));
        QVERIFY(m_reported.size() >= waitedFor);
    }
};

QTEST_GUILESS_MAIN(TestCrashDuringSale)
#include "TestCrashDuringSale.moc"
