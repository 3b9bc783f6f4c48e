// kassa-central on PostgreSQL as a chain runs it, with real processes, TLS and a PostgreSQL
// server of the test's own: two central instances from copies of one data folder serving tills
// as one central, an SQLite central migrated into PostgreSQL with its tills carrying on where
// they were, and the refusals a misconfigured database gets. Skipped, with the reason, where no
// PostgreSQL server can be started.

#include "common/Programs.h"
#include "common/ThrowawayPostgres.h"
#include "core/store/DemoCatalog.h"
#include "core/store/TillDatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using testing::Run;

namespace {

bool copyFolder(const QString& from, const QString& to) {
    QDir().mkpath(to);
    for (const QString& name : QDir(from).entryList(QDir::Files)) {
        if (!QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name))) {
            return false;
        }
    }
    return true;
}

} // namespace

class TestCentralOnPostgres : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<testing::ThrowawayPostgres> m_postgres;

    Run till(const QString& name, const QStringList& args) {
        return testing::run(QStringLiteral("kassactl"),
                            QStringList{QStringLiteral("--data-dir"), m_dir.filePath(name)} + args);
    }

    Run central(const QString& name, const QStringList& args) {
        return testing::CentralProcess(m_dir.filePath(name)).command(args);
    }

    void makeTill(const QString& name, const QString& tillNumber) {
        const Run made = till(name, {QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--products"),
                                     QStringLiteral("200"), QStringLiteral("--till"), tillNumber});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QCOMPARE(till(name, testing::openShiftArgs()).exitCode, 0);
    }

    void sell(const QString& name, int count) {
        const std::optional<Run> failed = testing::sellWithKassactl(m_dir.filePath(name), count);
        QVERIFY2(!failed, failed ? qPrintable(failed->err) : "");
    }

    // Points an enrolled till at another address of the same central (a load balancer's
    // other member, or central moved): the link's URL is a file of the till's.
    void pointTillAt(const QString& name, const QString& url) {
        QFile file(m_dir.filePath(name + QStringLiteral("/central.url")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(url.toUtf8() + '\n');
    }

    // Every customer a till keeps, every column but the local row number, in id order.
    QStringList customersOf(const QString& name) {
        core::Database db(QDir(m_dir.filePath(name)).filePath(QString::fromLatin1(core::TillDatabase::kFileName)),
                          core::Database::Mode::ReadOnly);
        core::Query rows =
            db.prepare("SELECT id || '|' || name || '|' || coalesce(phone, '') || '|' || coalesce(email, '') || '|' || "
                       "coalesce(loyalty_card, '') || '|' || body || '|' || coalesce(card_check, '') || '|' || "
                       "coalesce(phone_check, '') || '|' || coalesce(email_check, '') FROM customers ORDER BY id");
        QStringList customers;
        while (rows->step()) {
            customers << rows->text(0);
        }
        return customers;
    }

    std::int64_t count(const QString& url, const char* sql) {
        sync::PgConnection db(url);
        return db.exec(sql).int64(0, 0);
    }

private Q_SLOTS:
    void initTestCase() {
        m_postgres = std::make_unique<testing::ThrowawayPostgres>();
        if (!m_postgres->skipReason().isEmpty()) {
            QSKIP(qPrintable(m_postgres->skipReason()));
        }
    }

    void twoInstancesOnOneDatabaseAreOneCentral() {
        const QString url = m_postgres->createDatabase(QStringLiteral("chain"));
        const Run init = central(QStringLiteral("a"), {QStringLiteral("init"), QStringLiteral("--database"), url,
                                                       QStringLiteral("--san"), QStringLiteral("127.0.0.1")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QVERIFY(init.out.contains(url)); // no password in it to hide
        QVERIFY(copyFolder(m_dir.filePath(QStringLiteral("a")), m_dir.filePath(QStringLiteral("b"))));
        testing::CentralProcess first(m_dir.filePath(QStringLiteral("a")));
        testing::CentralProcess second(m_dir.filePath(QStringLiteral("b")));
        QVERIFY(first.start(0));
        QVERIFY(second.start(0));

        // A code made on one instance enrolls on the other, once.
        const QString code = first.enrollmentCode(QStringLiteral("010"), QStringLiteral("01"));
        makeTill(QStringLiteral("t1"), QStringLiteral("01"));
        makeTill(QStringLiteral("t2"), QStringLiteral("02"));
        const Run enrolled = till(QStringLiteral("t1"), {QStringLiteral("enroll"), second.url(), code});
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
        const Run replay = till(QStringLiteral("t2"), {QStringLiteral("enroll"), first.url(), code});
        QCOMPARE(replay.exitCode, 2);
        QVERIFY(replay.err.contains(QStringLiteral("already used")));
        QCOMPARE(till(QStringLiteral("t2"), {QStringLiteral("enroll"), first.url(),
                                             second.enrollmentCode(QStringLiteral("010"), QStringLiteral("02"))})
                     .exitCode,
                 0);

        // Tills push to whichever instance the balancer gives them; each sale counts once.
        sell(QStringLiteral("t1"), 3);
        sell(QStringLiteral("t2"), 2);
        QCOMPARE(till(QStringLiteral("t1"), {QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(till(QStringLiteral("t2"), {QStringLiteral("sync")}).exitCode, 0);
        pointTillAt(QStringLiteral("t1"), first.url());
        pointTillAt(QStringLiteral("t2"), second.url());
        sell(QStringLiteral("t1"), 2);
        sell(QStringLiteral("t2"), 2);
        QCOMPARE(till(QStringLiteral("t1"), {QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(till(QStringLiteral("t2"), {QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(count(url, "SELECT count(*) FROM sales"), 9);
        QCOMPARE(count(url, "SELECT count(DISTINCT document_id) FROM sales"), 9);
        QCOMPARE(count(url, "SELECT count(*) FROM exceptions"), 0);

        // Master data put through one instance reaches a till served by the other.
        const Run seeded = central(QStringLiteral("b"),
                                   {QStringLiteral("seed-demo"), QStringLiteral("--products"), QStringLiteral("300")});
        QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));
        // (The till loaded the tills' certificates before: the products come as changes.)
        const Run pulled = till(QStringLiteral("t1"), {QStringLiteral("sync")});
        const qint64 taken =
            pulled.out.section(QStringLiteral("master data: "), 1).section(QLatin1Char(' '), 0, 0).toLongLong();
        QVERIFY2(pulled.exitCode == 0 && taken >= 300, qPrintable(pulled.out));

        // Each customer is kept with what tills of other stores get of them; one kept without it
        // (written by an earlier kassa-central) gets it when central starts.
        const char* const withoutForms =
            "SELECT count(*) FROM master_data WHERE feed = 'customers' AND NOT removed AND limited_key IS NULL";
        QVERIFY(count(url, "SELECT count(*) FROM master_data WHERE feed = 'customers' AND limited_item IS NOT NULL") >
                0);
        QCOMPARE(count(url, withoutForms), 0);
        QVERIFY(first.stop());
        sync::PgConnection(url).script("UPDATE master_data SET home_store = NULL, limited_item = NULL, "
                                       "limited_key = NULL WHERE feed = 'customers'");
        QVERIFY(count(url, withoutForms) > 0);
        QVERIFY(first.start(0));
        QTRY_COMPARE_WITH_TIMEOUT(count(url, withoutForms), 0, 60'000);

        // A new till of the store loads the members from the members snapshot central builds in
        // the background (read from PostgreSQL), and the rest from the feed, which leaves out what
        // the snapshot brought: it ends with the customers of the store's till that took them all
        // from the feed.
        QVERIFY(first.stop());
        QFile::remove(m_dir.filePath(QStringLiteral("a/snapshots/members.zst")));
        QVERIFY(first.start(0));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_dir.filePath(QStringLiteral("a/snapshots/members.zst"))), 60'000);
        makeTill(QStringLiteral("t3"), QStringLiteral("03"));
        QCOMPARE(till(QStringLiteral("t3"), {QStringLiteral("enroll"), first.url(),
                                             first.enrollmentCode(QStringLiteral("010"), QStringLiteral("03"))})
                     .exitCode,
                 0);
        const Run loaded = till(QStringLiteral("t3"), {QStringLiteral("sync")});
        QVERIFY2(loaded.exitCode == 0 && loaded.out.contains(QStringLiteral(" from central's members snapshot")),
                 qPrintable(loaded.out + loaded.err));
        pointTillAt(QStringLiteral("t1"), first.url()); // (central restarted on a new port)
        QCOMPARE(till(QStringLiteral("t1"), {QStringLiteral("sync")}).exitCode, 0);
        const QStringList fromSnapshot = customersOf(QStringLiteral("t3"));
        QVERIFY(fromSnapshot.size() > 100);
        QCOMPARE(fromSnapshot, customersOf(QStringLiteral("t1")));
        QVERIFY(first.stop());
        QVERIFY(second.stop());
    }

    void anSqliteCentralMovesToPostgresAndItsTillsCarryOn() {
        // A small chain on SQLite: a till enrolled, selling, with master data.
        const QString folder = m_dir.filePath(QStringLiteral("sqlite"));
        QCOMPARE(central(QStringLiteral("sqlite"), {QStringLiteral("init")}).exitCode, 0);
        QCOMPARE(central(QStringLiteral("sqlite"),
                         {QStringLiteral("seed-demo"), QStringLiteral("--products"), QStringLiteral("250")})
                     .exitCode,
                 0);
        testing::CentralProcess server(folder);
        QVERIFY(server.start(0));
        makeTill(QStringLiteral("m1"), QStringLiteral("01"));
        QCOMPARE(till(QStringLiteral("m1"), {QStringLiteral("enroll"), server.url(),
                                             server.enrollmentCode(QStringLiteral("020"), QStringLiteral("01"))})
                     .exitCode,
                 0);
        sell(QStringLiteral("m1"), 4);
        QCOMPARE(till(QStringLiteral("m1"), {QStringLiteral("sync")}).exitCode, 0);
        const QString masterData = till(QStringLiteral("m1"), {QStringLiteral("status")})
                                       .out.section(QStringLiteral("master data:    "), 1, 1)
                                       .section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(masterData.startsWith(QStringLiteral("up to change")), qPrintable(masterData));
        QVERIFY(server.stop());

        // Refused into a database that is not empty, and nothing written there.
        const QString busy = m_postgres->createDatabase(QStringLiteral("busy"));
        sync::PgConnection(busy).script("CREATE TABLE someone_elses (x int)");
        const Run refused =
            central(QStringLiteral("sqlite"), {QStringLiteral("migrate"), QStringLiteral("--to"), busy});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("is not empty")), qPrintable(refused.err));
        QCOMPARE(count(busy, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"), 1);

        const QString url = m_postgres->createDatabase(QStringLiteral("moved"));
        const Run migrated =
            central(QStringLiteral("sqlite"), {QStringLiteral("migrate"), QStringLiteral("--to"), url});
        QVERIFY2(migrated.exitCode == 0, qPrintable(migrated.err));
        QVERIFY2(migrated.out.contains(QStringLiteral("sales 4")), qPrintable(migrated.out));
        QCOMPARE(count(url, "SELECT count(*) FROM sales"), 4);
        core::Database original(folder + QStringLiteral("/central.db"), core::Database::Mode::ReadOnly);
        core::Query items = original.prepare("SELECT count(*), max(change_no) FROM master_data");
        QVERIFY(items->step());
        QCOMPARE(count(url, "SELECT count(*) FROM master_data"), items->int64(0));
        QCOMPARE(count(url, "SELECT max(change_no) FROM master_data"), items->int64(1));

        // The same folder now serves from PostgreSQL; the till sends only what is new, and its
        // master data stays where it was (same generation, same change numbers): no reload.
        QVERIFY(server.start(quint16(0)));
        pointTillAt(QStringLiteral("m1"), server.url());
        sell(QStringLiteral("m1"), 2);
        const Run synced = till(QStringLiteral("m1"), {QStringLiteral("sync")});
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
        QVERIFY2(synced.out.contains(QStringLiteral("sent 2 events")), qPrintable(synced.out));
        QVERIFY2(synced.out.contains(QStringLiteral("0 changes taken")), qPrintable(synced.out));
        QVERIFY(!synced.out.contains(QStringLiteral("first load")));
        QCOMPARE(count(url, "SELECT count(*) FROM sales"), 6);
        QCOMPARE(count(url, "SELECT count(*) FROM exceptions"), 0);
        // An integration's sales cursor runs on: the four copied keep theirs, the new follow.
        QCOMPARE(count(url, "SELECT max(cursor) FROM sales WHERE cursor IS NOT NULL"), 4);
        QVERIFY(server.stop());

        // With PostgreSQL, backups are PostgreSQL's own; after a restore, a new generation.
        const Run backup =
            central(QStringLiteral("sqlite"), {QStringLiteral("backup"), m_dir.filePath(QStringLiteral("x.db"))});
        QCOMPARE(backup.exitCode, 2);
        QVERIFY2(backup.err.contains(QStringLiteral("pg_dump")), qPrintable(backup.err));
        const QString before =
            sync::PgConnection(url).exec("SELECT value FROM central_meta WHERE key = 'generation'").text(0, 0);
        QCOMPARE(central(QStringLiteral("sqlite"), {QStringLiteral("new-generation")}).exitCode, 0);
        QVERIFY(sync::PgConnection(url).exec("SELECT value FROM central_meta WHERE key = 'generation'").text(0, 0) !=
                before);
    }

    void aWrongDatabaseGetsAClearMessageWithoutItsPassword() {
        const QString unreachable =
            QStringLiteral("postgresql://kassa:SECRET@127.0.0.1:%1/nowhere").arg(m_postgres->port() == 1 ? 2 : 1);
        const Run init =
            central(QStringLiteral("wrong"), {QStringLiteral("init"), QStringLiteral("--database"), unreachable});
        QCOMPARE(init.exitCode, 3);
        QVERIFY2(init.err.contains(QStringLiteral("postgresql://kassa@127.0.0.1:")), qPrintable(init.err));
        QVERIFY2(!init.err.contains(QStringLiteral("SECRET")), qPrintable(init.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("wrong/ca.pem")))); // nothing half made

        // A database whose schema is newer than this program is refused, as for SQLite.
        const QString url = m_postgres->createDatabase(QStringLiteral("newer"));
        QCOMPARE(central(QStringLiteral("newer"), {QStringLiteral("init"), QStringLiteral("--database"), url}).exitCode,
                 0);
        sync::PgConnection(url).script("UPDATE central_meta SET value = '99' WHERE key = 'schema_version'");
        const Run serve = central(QStringLiteral("newer"),
                                  {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QCOMPARE(serve.exitCode, 3);
        QVERIFY2(serve.err.contains(QStringLiteral("newer than this kassa-central knows")), qPrintable(serve.err));
    }
};

QTEST_GUILESS_MAIN(TestCentralOnPostgres)
#include "TestCentralOnPostgres.moc"
