// kassa-central and tills as separate processes on loopback, with real TLS and SQLite files:
// enrollment, pushing sales exactly once, selling offline while central is down, and two
// tills draining into one central.

#include "common/Programs.h"
#include "core/domain/Barcode.h"
#include "core/store/DemoCatalog.h"
#include "core/store/NightlySnapshots.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;

using testing::Run;

class TestTillCentralProcesses : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_central = m_dir.filePath(QStringLiteral("central"));
    testing::CentralProcess m_server{m_central};
    QString m_url;

    Run central(const QStringList& args) { return m_server.command(args); }
    Run till(const QString& name, const QStringList& args) {
        return testing::run(QStringLiteral("kassactl"),
                            QStringList{QStringLiteral("--data-dir"), m_dir.filePath(name)} + args);
    }

    // On a fresh port each time (a port given up may be taken by another test meanwhile);
    // enrolled tills are pointed at it, as a store's central.url is when central moves.
    void startCentral(const QStringList& options = {}) {
        QVERIFY(m_server.start(0, options));
        m_url = m_server.url();
        for (const QString& name : QDir(m_dir.path()).entryList({QStringLiteral("till*")}, QDir::Dirs)) {
            QFile url(m_dir.filePath(name + QStringLiteral("/central.url")));
            if (url.exists()) {
                QVERIFY(url.open(QIODevice::WriteOnly | QIODevice::Truncate));
                url.write(m_url.toUtf8() + '\n');
            }
        }
    }

    void stopCentral() { QVERIFY(m_server.stop()); }

    qint64 centralSales(const QString& tillId = {}) {
        core::Database db(m_central + QStringLiteral("/central.db"), core::Database::Mode::ReadOnly);
        core::Query query = db.prepare("SELECT count(*) FROM sales WHERE ?1 = '' OR till_id = ?1");
        query->bind(1, tillId);
        query->step();
        return query->int64(0);
    }

    void sell(const QString& name, int count) {
        const std::optional<Run> failed = testing::sellWithKassactl(m_dir.filePath(name), count);
        QVERIFY2(!failed, failed ? qPrintable(failed->err) : "");
    }

    QString enrollmentCode(const char* store, const char* tillNumber) {
        return m_server.enrollmentCode(QString::fromLatin1(store), QString::fromLatin1(tillNumber));
    }

private Q_SLOTS:
    void initTestCase() {
        QCOMPARE(central({QStringLiteral("init"), QStringLiteral("--san"), QStringLiteral("127.0.0.1")}).exitCode, 0);
        QCOMPARE(central({QStringLiteral("init")}).exitCode, 0); // again: nothing changes
        for (const char* name : {"till1", "till2"}) {
            const QString tillNumber = QString::fromLatin1(name).right(1).rightJustified(2, QLatin1Char('0'));
            QCOMPARE(till(QString::fromLatin1(name),
                          {QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--products"),
                           QStringLiteral("200"), QStringLiteral("--till"), tillNumber})
                         .exitCode,
                     0);
            QCOMPARE(till(QString::fromLatin1(name), testing::openShiftArgs()).exitCode, 0);
        }
        startCentral();
    }

    void cleanupTestCase() {
        if (m_server.running()) {
            stopCentral();
        }
    }

    void tillsSellOfflineThenEnrollAndDrainExactlyOnce() {
        sell(QStringLiteral("till1"), 5); // before enrollment: the till sells regardless
        sell(QStringLiteral("till2"), 3);
        QCOMPARE(till(QStringLiteral("till1"), {QStringLiteral("sync")}).exitCode, 2); // not enrolled yet
        const Run enrolled =
            till(QStringLiteral("till1"), {QStringLiteral("enroll"), m_url, enrollmentCode("001", "01")});
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
        QCOMPARE(till(QStringLiteral("till2"), {QStringLiteral("enroll"), m_url, enrollmentCode("001", "02")}).exitCode,
                 0);
        QCOMPARE(till(QStringLiteral("till1"), {QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(till(QStringLiteral("till2"), {QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(till(QStringLiteral("till1"), {QStringLiteral("sync")}).exitCode, 0); // again: nothing new
        QCOMPARE(centralSales(QStringLiteral("01")), 5);
        QCOMPARE(centralSales(QStringLiteral("02")), 3);
        const QString status = till(QStringLiteral("till1"), {QStringLiteral("status")}).out;
        QVERIFY2(status.contains(QStringLiteral("events waiting: 0")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("events kept:    6 acknowledged")),
                 qPrintable(status)); // the shift's opening and 5 sales
        QVERIFY2(status.contains(QStringLiteral("(kept 30 days)")), qPrintable(status));
    }

    void refusesAReplayedCodeAndAMismatchedTill() {
        const QString code = enrollmentCode("001", "03");
        QCOMPARE(till(QStringLiteral("till3"), {QStringLiteral("init"), QStringLiteral("--till"), QStringLiteral("03")})
                     .exitCode,
                 0);
        QCOMPARE(till(QStringLiteral("till3"), {QStringLiteral("enroll"), m_url, code}).exitCode, 0);
        QCOMPARE(till(QStringLiteral("till4"), {QStringLiteral("init")}).exitCode, 0);
        const Run replay = till(QStringLiteral("till4"), {QStringLiteral("enroll"), m_url, code});
        QCOMPARE(replay.exitCode, 2);
        QVERIFY(replay.err.contains(QStringLiteral("already used")));
        // A code whose fingerprint is not this central's is refused before anything is sent.
        const Run forged =
            till(QStringLiteral("till4"), {QStringLiteral("enroll"), m_url,
                                           code.section(QLatin1Char(':'), 0, 0) + QStringLiteral(":0000000000000000")});
        QCOMPARE(forged.exitCode, 2);
        QVERIFY(forged.err.contains(QStringLiteral("does not match")));
    }

    void keepsSellingWhileCentralIsDownAndCatchesUp() {
        stopCentral();
        sell(QStringLiteral("till1"), 4);
        const Run offline = till(QStringLiteral("till1"), {QStringLiteral("sync")});
        QCOMPARE(offline.exitCode, 3);
        QVERIFY(offline.err.contains(QStringLiteral("cannot be reached")));
        QVERIFY(till(QStringLiteral("till1"), {QStringLiteral("status")})
                    .out.contains(QStringLiteral("events waiting: 4")));
        startCentral();
        QCOMPARE(till(QStringLiteral("till1"), {QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(centralSales(QStringLiteral("01")), 9);
        const Run check = till(QStringLiteral("till1"), {QStringLiteral("check")});
        QVERIFY(check.out.contains(QStringLiteral("receipt chain:  ok")));
    }

    void aTillRestoredFromABackupGoesOnUnderANewEpoch() {
        const QString name = QStringLiteral("till5");
        QCOMPARE(till(name, {QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--products"),
                             QStringLiteral("200"), QStringLiteral("--till"), QStringLiteral("05")})
                     .exitCode,
                 0);
        QCOMPARE(till(name, testing::openShiftArgs()).exitCode, 0);
        QCOMPARE(till(name, {QStringLiteral("enroll"), m_url, enrollmentCode("001", "05")}).exitCode, 0);
        sell(name, 2);
        QCOMPARE(till(name, {QStringLiteral("sync")}).exitCode, 0);
        const QString backup = m_dir.filePath(QStringLiteral("till5-backup.db"));
        QCOMPARE(till(name, {QStringLiteral("backup"), backup}).exitCode, 0);
        sell(name, 2); // sold after the backup: central has them, the restored till will not
        QCOMPARE(till(name, {QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(centralSales(QStringLiteral("05")), 4);
        // Another till's backup is refused; this till's own is put in place.
        const Run foreign = till(name, {QStringLiteral("restore"), m_dir.filePath(QStringLiteral("till1/kassa.db"))});
        QCOMPARE(foreign.exitCode, 2);
        QVERIFY2(foreign.err.contains(QStringLiteral("another till")), qPrintable(foreign.err));
        const Run restored = till(name, {QStringLiteral("restore"), backup});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));

        sell(name, 1);
        const Run sync = till(name, {QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        QCOMPARE(centralSales(QStringLiteral("05")), 5); // nothing lost, nothing twice
        QVERIFY(till(name, {QStringLiteral("status")}).out.contains(QStringLiteral("events waiting: 0")));
        core::Database db(m_central + QStringLiteral("/central.db"), core::Database::Mode::ReadOnly);
        core::Query exceptions =
            db.prepare("SELECT group_concat(kind) FROM exceptions WHERE till_id = '05' ORDER BY id");
        QVERIFY(exceptions->step());
        QCOMPARE(exceptions->text(0), QStringLiteral("epoch_started")); // head office is told, nothing else
    }

    void centralAndTheTillTakeTheirNightlySnapshotsWhileRunning() {
        // Central took today's snapshot when it first started (it was due: the default time is
        // 02:00), before any sale. Without it and restarted, it takes one with the sales.
        stopCentral();
        QVERIFY(QDir(m_central + QStringLiteral("/backups")).removeRecursively());
        startCentral({QStringLiteral("--snapshot-at"), QStringLiteral("00:00"), QStringLiteral("--snapshots"),
                      QStringLiteral("2")});
        const QString centralSnapshots = m_central + QStringLiteral("/backups");
        QTRY_VERIFY_WITH_TIMEOUT(!snapshotsIn(centralSnapshots, "central").isEmpty(), 20'000);
        QCOMPARE(salesIn(snapshotsIn(centralSnapshots, "central").first()), centralSales());

        // The till's window (offscreen), with its snapshot due at once.
        const QString name = QStringLiteral("till1");
        QCOMPARE(testing::run(QStringLiteral("kassactl"),
                              {QStringLiteral("--data-dir"), m_dir.filePath(name), QStringLiteral("config"),
                               QStringLiteral("set"), QStringLiteral("backup.nightly_at"), QStringLiteral("00:00")},
                              {QStringLiteral("KASSA_APPROVER=3001"), QStringLiteral("KASSA_APPROVER_PIN=3456")})
                     .exitCode,
                 0);
        QProcess kassa;
        kassa.start(QStringLiteral(KASSA_TEST_BIN_DIR "/kassa"),
                    {QStringLiteral("--demo"), QStringLiteral("--data-dir"), m_dir.filePath(name)});
        QVERIFY(kassa.waitForStarted());
        const QString tillSnapshots = m_dir.filePath(name + QStringLiteral("/backups"));
        QTRY_VERIFY_WITH_TIMEOUT(!snapshotsIn(tillSnapshots, "kassa").isEmpty(), 20'000);
        kassa.terminate();
        QVERIFY(kassa.waitForFinished(10'000));
        QCOMPARE(salesIn(snapshotsIn(tillSnapshots, "kassa").first()),
                 salesIn(m_dir.filePath(name + QStringLiteral("/kassa.db"))));
        QVERIFY2(
            till(name, {QStringLiteral("status")}).out.contains(QStringLiteral("last snapshot:  ") + tillSnapshots),
            qPrintable(till(name, {QStringLiteral("status")}).out));
    }

private:
    static QStringList snapshotsIn(const QString& folder, const char* prefix) {
        return core::SnapshotFolder(folder, QString::fromLatin1(prefix)).existing();
    }

    static qint64 salesIn(const QString& databaseFile) {
        core::Database db(databaseFile, core::Database::Mode::ReadOnly);
        core::Query integrity = db.prepare("PRAGMA integrity_check");
        if (!integrity->step() || integrity->text(0) != QLatin1String("ok")) {
            return -1;
        }
        core::Query sales = db.prepare("SELECT count(*) FROM sales");
        sales->step();
        return sales->int64(0);
    }
};

QTEST_GUILESS_MAIN(TestTillCentralProcesses)
#include "TestTillCentralProcesses.moc"
