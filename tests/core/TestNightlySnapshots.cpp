// Nightly snapshots: when one is due, that a snapshot is a whole, usable till database even
// while sales go on, that only the newest are kept, and that a failure is reported, not thrown.

#include "common/CardSales.h"
#include "common/OpenShift.h"
#include "core/store/NightlySnapshots.h"
#include "core/store/TillDatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <future>

using namespace kassa::core;

class TestNightlySnapshots : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TillDatabase> m_till;

    [[nodiscard]] QString folder() const { return m_dir.filePath(QStringLiteral("backups")); }
    [[nodiscard]] QString databasePath() const { return m_till->db().path(); }

    // The snapshot opened as a till of its own, as `kassactl restore` would put it in place.
    static std::unique_ptr<TillDatabase> openAsTill(const QString& snapshot, const QString& folder) {
        QDir().mkpath(folder);
        if (!QFile::copy(snapshot, folder + QStringLiteral("/kassa.db"))) {
            return nullptr;
        }
        return std::make_unique<TillDatabase>(folder);
    }

private Q_SLOTS:
    void init() {
        QDir(m_dir.path()).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir.path()));
        m_till = std::make_unique<TillDatabase>(m_dir.filePath(QStringLiteral("till")));
        m_till->initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("Test"));
        seedDemoCatalog(*m_till, 100);
        kassa::testing::openShift(*m_till);
        QVERIFY(kassa::testing::ringUpCardSales(*m_till, 3));
    }

    void isDueOnceADayFromItsTime() {
        const SnapshotFolder snapshots(folder(), QStringLiteral("kassa"));
        const SnapshotPolicy policy{QTime(2, 0), 2};
        const QDate day(2026, 11, 25);
        QVERIFY(!snapshots.isDue(QDateTime(day, QTime(1, 59)), policy));
        QVERIFY(snapshots.isDue(QDateTime(day, QTime(2, 0)), policy));
        // A till switched on in the morning takes the day's snapshot then.
        QVERIFY(snapshots.isDue(QDateTime(day, QTime(8, 15)), policy));
        QVERIFY(snapshots.take(databasePath(), day, policy.keep).ok());
        QVERIFY(!snapshots.isDue(QDateTime(day, QTime(23, 0)), policy));
        QVERIFY(snapshots.isDue(QDateTime(day.addDays(1), QTime(2, 30)), policy));
        QVERIFY(!snapshots.isDue(QDateTime(day.addDays(1), QTime(2, 30)), SnapshotPolicy{QTime(2, 0), 0}));
    }

    void aSnapshotIsAWholeTillTakenWhileSelling() {
        const SnapshotFolder snapshots(folder(), QStringLiteral("kassa"));
        // Sales go on on the till's own connection while the snapshot is taken on another.
        auto taking =
            std::async(std::launch::async, [&] { return snapshots.take(databasePath(), QDate(2026, 11, 25), 2); });
        QVERIFY(kassa::testing::ringUpCardSales(*m_till, 20));
        const Result<QString> taken = taking.get();
        QVERIFY2(taken.ok(), qPrintable(taken.ok() ? QString() : describe(taken.error())));
        QCOMPARE(taken.value(), folder() + QStringLiteral("/kassa-2026-11-25.db"));
        QVERIFY(!QFile::exists(taken.value() + QStringLiteral(".partial")));

        auto restored = openAsTill(taken.value(), m_dir.filePath(QStringLiteral("restored")));
        QVERIFY(restored);
        QCOMPARE(restored->integrityCheck(), QStringLiteral("ok"));
        const ChainReport chain = restored->journal().verifyChain();
        QCOMPARE(chain.firstBroken, 0);
        QVERIFY(chain.sales >= 3 && chain.sales <= 23);
        QCOMPARE(restored->catalog().productCount(), 100);
    }

    void keepsOnlyTheNewestAndNothingElse() {
        const SnapshotFolder snapshots(folder(), QStringLiteral("kassa"));
        QVERIFY(QDir().mkpath(folder()));
        QFile manual(folder() + QStringLiteral("/kassa-before-upgrade.db"));
        QVERIFY(manual.open(QIODevice::WriteOnly));
        manual.close();
        for (int day = 20; day <= 24; ++day) {
            QVERIFY(snapshots.take(databasePath(), QDate(2026, 11, day), 2).ok());
        }
        QCOMPARE(snapshots.existing(), (QStringList{folder() + QStringLiteral("/kassa-2026-11-24.db"),
                                                    folder() + QStringLiteral("/kassa-2026-11-23.db")}));
        QVERIFY(manual.exists()); // a backup someone made by hand is theirs
    }

    void aSnapshotCutShortLeavesNoSnapshotName() {
        const SnapshotFolder snapshots(folder(), QStringLiteral("kassa"));
        QVERIFY(QDir().mkpath(folder()));
        // What a power cut in the middle of VACUUM INTO leaves: a partial file, never a name
        // that says "snapshot".
        const QString partial = snapshots.fileFor(QDate(2026, 11, 25)) + QStringLiteral(".partial");
        QFile cut(partial);
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(QByteArray(4096, 'x'));
        cut.close();
        QVERIFY(snapshots.existing().isEmpty());
        QVERIFY(snapshots.isDue(QDateTime(QDate(2026, 11, 25), QTime(3, 0)), SnapshotPolicy{}));
        QVERIFY(snapshots.take(databasePath(), QDate(2026, 11, 25), 2).ok());
        QVERIFY(!QFile::exists(partial));
        QCOMPARE(snapshots.existing().size(), 1);
    }

    void aFailureIsReportedNotThrown() {
        const SnapshotFolder unwritable(QStringLiteral("/dev/null/backups"), QStringLiteral("kassa"));
        const Result<QString> refused = unwritable.take(databasePath(), QDate(2026, 11, 25), 2);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::StorageReadOnly);
        const SnapshotFolder snapshots(folder(), QStringLiteral("kassa"));
        // No database there: nothing is created in its place.
        const QString missing = m_dir.filePath(QStringLiteral("nothing/kassa.db"));
        QVERIFY(!snapshots.take(missing, QDate(2026, 11, 25), 2).ok());
        QVERIFY(!QFile::exists(missing));
    }

    void theTillTakesItsSnapshotInTheBackground() {
        QVERIFY(m_till->settings().set(QStringLiteral("backup.nightly_at"), QStringLiteral("00:00")).ok());
        m_till->startNightlySnapshots(std::chrono::milliseconds(50));
        const QString today = m_till->snapshotFolder().fileFor(QDate::currentDate());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(today) || m_till->snapshotFolder().existing().size() == 1, 10'000);
        QVERIFY(kassa::testing::ringUpCardSales(*m_till, 1)); // selling goes on meanwhile
    }

    void settingsAreChecked() {
        Settings settings = m_till->settings();
        QVERIFY(!settings.set(QStringLiteral("backup.nightly_at"), QStringLiteral("25:00")).ok());
        QVERIFY(!settings.set(QStringLiteral("backup.nightly_at"), QStringLiteral("late")).ok());
        QVERIFY(!settings.set(QStringLiteral("backup.nightly_keep"), QStringLiteral("31")).ok());
        QVERIFY(settings.set(QStringLiteral("backup.nightly_at"), QStringLiteral("03:30")).ok());
        QVERIFY(settings.set(QStringLiteral("backup.nightly_keep"), QStringLiteral("5")).ok());
        QCOMPARE(settings.snapshotPolicy().at, QTime(3, 30));
        QCOMPARE(settings.snapshotPolicy().keep, 5);
    }
};

QTEST_GUILESS_MAIN(TestNightlySnapshots)
#include "TestNightlySnapshots.moc"
