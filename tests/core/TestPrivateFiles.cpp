// The data folder, private keys, snapshots and backups are their owner's only, from the moment
// they exist: the rights are checked as the operating system keeps them (stat), under the usual
// umask 022 that would otherwise give everyone read access.

#include "core/store/NightlySnapshots.h"
#include "core/store/PrivateFiles.h"
#include "core/store/TillDatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace kassa::core;

namespace {

int modeOf(const QString& path) {
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? static_cast<int>(info.st_mode & 0777) : -1;
}

} // namespace

class TestPrivateFiles : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase() { ::umask(022); }

    void aFolderIsItsOwnersFromTheStartAndAWiderOneIsNarrowed() {
        QVERIFY(makePrivateFolder(path("a/b/till")));
        QCOMPARE(modeOf(path("a/b/till")), 0700);
        QVERIFY(QDir().mkdir(path("wide")));
        QCOMPARE(modeOf(path("wide")), 0755);
        QVERIFY(makePrivateFolder(path("wide")));
        QCOMPARE(modeOf(path("wide")), 0700);
        QFile plain(path("plain"));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        QVERIFY(!makePrivateFolder(path("plain"))); // a file is not a folder
    }

    void aSecretIsWrittenForItsOwnerOnlyAndReplacedWhole() {
        QVERIFY(writePrivateFile(path("key.pem"), "first"));
        QCOMPARE(modeOf(path("key.pem")), 0600);
        QFile old(path("old.pem"));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("readable by all");
        old.close();
        QCOMPARE(modeOf(path("old.pem")), 0644);
        QVERIFY(writePrivateFile(path("old.pem"), "second"));
        QCOMPARE(modeOf(path("old.pem")), 0600);
        QFile replaced(path("old.pem"));
        QVERIFY(replaced.open(QIODevice::ReadOnly));
        QCOMPARE(replaced.readAll(), QByteArray("second"));
        QVERIFY(!QFile::exists(path("old.pem.new")));
        QVERIFY(createPrivateFile(path("empty")));
        QCOMPARE(modeOf(path("empty")), 0600);
        QVERIFY(!createPrivateFile(path("empty"))); // never over a file that is there
        QVERIFY(preparePrivateDatabase(path("old.db.x")));
        QCOMPARE(modeOf(path("old.db.x")), 0600);
        QVERIFY(preparePrivateDatabase(path("old.pem"))); // exists, 0600 already: left as it is
        QFile wide(path("wide.db"));
        QVERIFY(wide.open(QIODevice::WriteOnly));
        wide.close();
        QCOMPARE(modeOf(path("wide.db")), 0644);
        QVERIFY(preparePrivateDatabase(path("wide.db")));
        QCOMPARE(modeOf(path("wide.db")), 0600);
    }

    // The till's folder, its backup and its nightly snapshot.
    void theTillsDataItsBackupAndSnapshotsAreItsOwners() {
        const QString folder = path("till");
        TillDatabase till(folder);
        till.initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("Testikauppa"));
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(till.db().path()), 0600); // and so its -wal and -shm files
        QCOMPARE(modeOf(till.db().path() + QStringLiteral("-wal")), 0600);
        till.backupTo(path("backup.db"));
        QCOMPARE(modeOf(path("backup.db")), 0600);
        const SnapshotFolder snapshots(path("snapshots"), QStringLiteral("till"));
        const Result<QString> taken = snapshots.take(till.db().path(), QDate(2026, 12, 7), 2);
        QVERIFY(taken.ok());
        QCOMPARE(modeOf(path("snapshots")), 0700);
        QCOMPARE(modeOf(*taken), 0600);
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "TestPrivateFiles.moc"
