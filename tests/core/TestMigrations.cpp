#include "common/CardSales.h"
#include "common/OpenShift.h"
#include "common/SqlFixture.h"
#include "core/store/Migrations.h"
#include "core/store/TillDatabase.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa::core;

namespace {

QString readFixture(const QString& name) {
    QFile file(QStringLiteral(KASSA_TEST_SOURCE_DIR "/core/fixtures/") + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The schema as SQL, compared without its layout: ALTER TABLE writes a new column into the
// CREATE statement with spacing of its own.
QString schemaOf(Database& db) {
    static const QRegularExpression spaceAfterOpening(QStringLiteral("\\(\\s+"));
    static const QRegularExpression spaceBeforeClosingOrComma(QStringLiteral("\\s+([),])"));
    QStringList statements;
    Query query = db.prepare("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type, name");
    while (query->step()) {
        statements << query->text(0)
                          .simplified()
                          .replace(spaceAfterOpening, QStringLiteral("("))
                          .replace(spaceBeforeClosingOrComma, QStringLiteral("\\1"));
    }
    return statements.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void migratesAnEmptyFileToTheCurrentSchema() {
        // Fixture per past version: version 0 is the empty file; the expected result of
        // migrating it is the checked-in schema of the current version.
        Database db(m_dir.filePath(QStringLiteral("fresh.db")));
        QCOMPARE(db.userVersion(), 0);
        migrate(db);
        QCOMPARE(db.userVersion(), kSchemaVersion);
        const QString fixture = QStringLiteral("schema-v%1.sql").arg(kSchemaVersion);
        const QString actual = schemaOf(db);
        if (actual != readFixture(fixture)) {
            // Leave the schema this build makes beside the test, to diff against the fixture.
            QFile dump(QDir::current().filePath(fixture + QStringLiteral(".actual")));
            QVERIFY(dump.open(QIODevice::WriteOnly));
            dump.write(actual.toUtf8());
            QFAIL(qPrintable(QStringLiteral("schema differs from the fixture; see ") + dump.fileName()));
        }
    }

    void migratesAVersion1TillWithItsSalesAndOutbox() {
        // What an upgraded package finds on first start: a till that sold under schema 1, two
        // sales sent to central and one still waiting.
        const QString folder = m_dir.filePath(QStringLiteral("v1"));
        QVERIFY(kassa::testing::loadSqlFixture(QStringLiteral("core/fixtures/till-v1.sql"),
                                               folder + QStringLiteral("/kassa.db")));
        TillDatabase till(folder);
        QCOMPARE(till.db().userVersion(), kSchemaVersion);
        // Migrated, the schema is exactly what a new till gets.
        QCOMPARE(schemaOf(till.db()), readFixture(QStringLiteral("schema-v%1.sql").arg(kSchemaVersion)));
        QCOMPARE(till.integrityCheck(), QStringLiteral("ok"));
        QCOMPARE(till.settings().identity().storeId, QStringLiteral("007"));
        QCOMPARE(till.settings().identity().tillId, QStringLiteral("03"));
        QCOMPARE(till.catalog().productCount(), 100);
        QCOMPARE(till.journal().verifyChain().sales, 3);
        QCOMPARE(till.journal().verifyChain().firstBroken, 0);
        QCOMPARE(till.journal().outboxDepth().waiting, 1);
        QCOMPARE(till.journal().outboxDepth().lastSeq, 3);
        QVERIFY(!till.masterData().checkpoint().loading);
        // The waiting sale's event took its receipt chain link along (schema 3 keeps it in the outbox).
        QCOMPARE(till.outbox().pending(10, 1 << 20).front().chainHash, till.journal().last(1).front().hash);

        // It sells on, in a shift opened after the upgrade: the receipt chain and the outbox
        // continue where schema 1 left them.
        kassa::testing::openShift(till);
        QVERIFY(kassa::testing::ringUpCardSales(till, 1));
        QCOMPARE(till.journal().verifyChain().sales, 4);
        QCOMPARE(till.journal().verifyChain().firstBroken, 0);
        QCOMPARE(till.journal().outboxDepth().waiting, 3);
        QCOMPARE(till.journal().outboxDepth().lastSeq, 5);
    }

    void migratingAgainChangesNothing() {
        Database db(m_dir.filePath(QStringLiteral("again.db")));
        migrate(db);
        const QString before = schemaOf(db);
        migrate(db);
        QCOMPARE(schemaOf(db), before);
    }

    void usesWalAndFullSync() {
        Database db(m_dir.filePath(QStringLiteral("wal.db")));
        Query mode = db.prepare("PRAGMA journal_mode");
        QVERIFY(mode->step());
        QCOMPARE(mode->text(0), QStringLiteral("wal"));
        Query sync = db.prepare("PRAGMA synchronous");
        QVERIFY(sync->step());
        QCOMPARE(sync->integer(0), 2); // FULL
        Query keys = db.prepare("PRAGMA foreign_keys");
        QVERIFY(keys->step());
        QCOMPARE(keys->integer(0), 1);
    }

    void refusesANewerSchema() {
        const QString folder = m_dir.filePath(QStringLiteral("newer"));
        {
            TillDatabase till(folder);
            till.db().setUserVersion(kSchemaVersion + 1);
        }
        try {
            TillDatabase till(folder);
            QFAIL("a newer schema was opened");
        } catch (const SchemaError& error) {
            QVERIFY(QString::fromUtf8(error.what()).contains(QStringLiteral("newer than this Kassa knows")));
        }
    }

    void refusesACorruptFile() {
        const QString folder = m_dir.filePath(QStringLiteral("corrupt"));
        QDir().mkpath(folder);
        QFile file(folder + QStringLiteral("/kassa.db"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        try {
            TillDatabase till(folder);
            QFAIL("a corrupt file was opened");
        } catch (const StoreError& error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(QStringLiteral("not a database")), error.what());
        }
        // The file is left as it was, for store IT to look at.
        QCOMPARE(QFileInfo(file).size(), 8192);
    }

    void refusesAFolderThatCannotBeCreated() {
        QVERIFY_THROWS_EXCEPTION(StoreError, TillDatabase(QStringLiteral("/dev/null/kassa")));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
