// Master data from central to tills, as separate processes over real TLS: a first load of
// central's catalog, a change an integration puts reaching the till and its sales, and a first
// load killed half way that resumes where it stopped.

#include "common/Programs.h"
#include "core/store/Catalog.h"
#include "core/store/DemoCatalog.h"
#include "sync/client/TillLink.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using testing::Run;

namespace {

constexpr int kCentralProducts = 60'000;

QString gtin14(std::int64_t demoIndex) {
    return QLatin1Char('0') + core::demoGtin(demoIndex);
}

QByteArray productLine(const QString& sku, const QString& gtin, const QString& name, const QString& price) {
    const QJsonObject product{{QStringLiteral("sku"), sku},
                              {QStringLiteral("gtins"), QJsonArray{gtin}},
                              {QStringLiteral("name"), name},
                              {QStringLiteral("brand"), QStringLiteral("Testi")},
                              {QStringLiteral("price"), price},
                              {QStringLiteral("tax_code"), QStringLiteral("B")},
                              {QStringLiteral("unit"), QStringLiteral("pcs")}};
    return QJsonDocument(product).toJson(QJsonDocument::Compact) + '\n';
}

// "master data: 123 changes taken, ..." -> 123
qint64 changesTaken(const QString& syncOutput) {
    const auto match = QRegularExpression(QStringLiteral("master data: (\\d+) changes taken")).match(syncOutput);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

} // namespace

class TestMasterDataSync : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    testing::CentralProcess m_central{m_dir.filePath(QStringLiteral("central"))};
    std::string m_token;

    QString tillDir(const QString& name) const { return m_dir.filePath(name); }

    Run till(const QString& name, const QStringList& args) {
        return testing::run(QStringLiteral("kassactl"),
                            QStringList{QStringLiteral("--data-dir"), tillDir(name)} + args);
    }

    void makeEnrolledTill(const QString& name, const QString& number) {
        QCOMPARE(till(name, {QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--products"),
                             QStringLiteral("200"), QStringLiteral("--till"), number})
                     .exitCode,
                 0);
        QCOMPARE(till(name, testing::openShiftArgs()).exitCode, 0);
        const Run enrolled = till(
            name, {QStringLiteral("enroll"), m_central.url(), m_central.enrollmentCode(QStringLiteral("001"), number)});
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
    }

    // An integration's request, with its bearer token (or none).
    std::optional<sync::ClientResponse> integration(const char* method, const char* target, const QByteArray& body,
                                                    const std::string& token) {
        QFile ca(m_central.dataDir() + QStringLiteral("/ca.pem"));
        if (!ca.open(QIODevice::ReadOnly)) {
            return std::nullopt;
        }
        boost::system::error_code error;
        return sync::requestCentral(*sync::parseCentralUrl(m_central.url()), sync::ClientTls{ca.readAll(), {}, {}},
                                    method, target, body, std::chrono::seconds(20), error, token);
    }

    std::optional<core::Product> productOnTill(const QString& name, const QString& gtin) {
        core::Database db(tillDir(name) + QStringLiteral("/kassa.db"), core::Database::Mode::ReadOnly);
        return core::Catalog(db).byGtin(gtin);
    }

    qint64 productCount(const QString& name) {
        core::Database db(tillDir(name) + QStringLiteral("/kassa.db"), core::Database::Mode::ReadOnly);
        return core::Catalog(db).productCount();
    }

    qint64 loadCursor(const QString& name) {
        try {
            core::Database db(tillDir(name) + QStringLiteral("/kassa.db"), core::Database::Mode::ReadOnly);
            core::Query query = db.prepare("SELECT value FROM settings WHERE key = 'feed.load_cursor'");
            return query->step() ? query->text(0).toLongLong() : 0;
        } catch (const core::StoreError&) {
            return 0; // the file is being created
        }
    }

private Q_SLOTS:
    void initTestCase() {
        QCOMPARE(
            m_central.command({QStringLiteral("init"), QStringLiteral("--san"), QStringLiteral("127.0.0.1")}).exitCode,
            0);
        const Run seeded = m_central.command(
            {QStringLiteral("seed-demo"), QStringLiteral("--products"), QString::number(kCentralProducts)});
        QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));
        m_token = m_central
                      .command({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--name"),
                                QStringLiteral("erp"), QStringLiteral("--scope"), QStringLiteral("master-data:write")})
                      .out.trimmed()
                      .toStdString();
        QVERIFY(!m_token.empty());
        QVERIFY(m_central.start(0));
        makeEnrolledTill(QStringLiteral("till1"), QStringLiteral("01"));
    }

    void theFirstSyncLoadsCentralsCatalog() {
        QVERIFY(!productOnTill(QStringLiteral("till1"), gtin14(kCentralProducts - 100)));
        const Run sync = till(QStringLiteral("till1"), {QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        QVERIFY2(sync.out.contains(QStringLiteral("first load swapped in")), qPrintable(sync.out));
        QCOMPARE(productCount(QStringLiteral("till1")), kCentralProducts);
        QVERIFY(productOnTill(QStringLiteral("till1"), gtin14(kCentralProducts - 100)));
        QVERIFY(till(QStringLiteral("till1"), {QStringLiteral("status")})
                    .out.contains(QStringLiteral("master data:    up to change")));
    }

    void aChangeAtCentralReachesTheTillAndItsSales() {
        const QByteArray products = productLine(QStringLiteral("SKU-0000007"), gtin14(7),
                                                QStringLiteral("Testikahvi 500 g"), QStringLiteral("9.99")) +
                                    productLine(QStringLiteral("NEW-1"), QStringLiteral("96385074"),
                                                QStringLiteral("Uutuusmehu 1 l"), QStringLiteral("2.25"));
        const auto put = integration("PUT", "/v1/products", products, m_token);
        QVERIFY(put);
        QVERIFY2(put->status == 200, put->body.constData());
        const QString from = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate);
        const QJsonObject price{{QStringLiteral("book"), QStringLiteral("campaign")},
                                {QStringLiteral("sku"), QStringLiteral("SKU-0000008")},
                                {QStringLiteral("price"), QStringLiteral("0.50")},
                                {QStringLiteral("valid_from"), from},
                                {QStringLiteral("valid_to"), QJsonValue()}};
        const QByteArray prices = QJsonDocument(price).toJson(QJsonDocument::Compact);
        const auto campaign = integration("PUT", "/v1/prices", prices, m_token);
        QVERIFY(campaign && campaign->status == 200);

        const Run sync = till(QStringLiteral("till1"), {QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        QCOMPARE(changesTaken(sync.out), 3);
        const auto coffee = productOnTill(QStringLiteral("till1"), gtin14(7));
        QCOMPARE(coffee->name, QStringLiteral("Testikahvi 500 g"));
        QCOMPARE(coffee->price.cents(), 999);
        QCOMPARE(productOnTill(QStringLiteral("till1"), QStringLiteral("00000096385074"))->price.cents(), 225);
        QCOMPARE(productOnTill(QStringLiteral("till1"), gtin14(8))->price.cents(), 50);

        const Run sale =
            till(QStringLiteral("till1"), {QStringLiteral("sale"), QStringLiteral("--operator"), QStringLiteral("1001"),
                                           QStringLiteral("--scan"), gtin14(7), QStringLiteral("--scan"), gtin14(8),
                                           QStringLiteral("--pay"), QStringLiteral("card")});
        QVERIFY2(sale.exitCode == 0, qPrintable(sale.err));
        QVERIFY2(sale.out.contains(QStringLiteral("10,49")), qPrintable(sale.out)); // 9.99 + 0.50
    }

    void anInterruptedFirstLoadResumesWhereItStopped() {
        makeEnrolledTill(QStringLiteral("till2"), QStringLiteral("02"));
        QProcess sync;
        sync.start(QStringLiteral(KASSA_TEST_BIN_DIR "/kassactl"),
                   {QStringLiteral("--data-dir"), tillDir(QStringLiteral("till2")), QStringLiteral("sync")});
        QVERIFY(sync.waitForStarted());
        // Killed once a few pages are staged: mid-load, mid-page, with no chance to clean up.
        QTRY_VERIFY_WITH_TIMEOUT(loadCursor(QStringLiteral("till2")) >= 6000, 60'000);
        sync.kill();
        QVERIFY(sync.waitForFinished());
        const qint64 stoppedAt = loadCursor(QStringLiteral("till2"));
        QVERIFY2(stoppedAt > 0 && stoppedAt < kCentralProducts, qPrintable(QString::number(stoppedAt)));
        QVERIFY(till(QStringLiteral("till2"), {QStringLiteral("status")})
                    .out.contains(QStringLiteral("first load in progress")));
        QCOMPARE(productCount(QStringLiteral("till2")), 200); // still selling from its own catalog

        const Run resumed = till(QStringLiteral("till2"), {QStringLiteral("sync")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QVERIFY(resumed.out.contains(QStringLiteral("first load swapped in")));
        // Products, tax rates, the demo's 5 stores and its delivery, its loyalty programme, 600
        // customers and the 460 of their web orders still within the return window, the 4 orders
        // to collect at store 001 paid online (paid: sold, so in the web-order feed), the three
        // changes above, and the certificates of the two tills.
        const qint64 total = kCentralProducts + 6 + 5 + 1 + 1 + 600 + 460 + 4 + 4 + 2;
        QVERIFY2(changesTaken(resumed.out) <= total - stoppedAt,
                 qPrintable(resumed.out + QStringLiteral(" stopped at %1").arg(stoppedAt)));
        QCOMPARE(productCount(QStringLiteral("till2")), productCount(QStringLiteral("till1")));
        QCOMPARE(productOnTill(QStringLiteral("till2"), gtin14(7))->price.cents(), 999);
        const Run check = till(QStringLiteral("till2"), {QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    }

    void masterDataIsRefusedWithoutAValidTokenOrWithABadLine() {
        QCOMPARE(till(QStringLiteral("till1"), {QStringLiteral("sync")}).exitCode, 0); // till2's certificate
        const QByteArray line =
            productLine(QStringLiteral("X-1"), QStringLiteral("96385074"), QStringLiteral("X"), QStringLiteral("1.00"));
        QCOMPARE(integration("PUT", "/v1/products", line, {})->status, 401);
        QCOMPARE(integration("PUT", "/v1/products", line, "not-a-token")->status, 401);
        const auto bad = integration("PUT", "/v1/products", line + "{\"sku\":\"X-2\"}\n", m_token);
        QCOMPARE(bad->status, 400);
        QVERIFY2(bad->body.contains("line 2"), bad->body.constData());
        // Nothing of the refused request was stored: the till has nothing new to take.
        const Run sync = till(QStringLiteral("till1"), {QStringLiteral("sync")});
        QCOMPARE(changesTaken(sync.out), 0);
        QCOMPARE(integration("GET", "/v1/changes?since=0", {}, m_token)->status, 401); // tills only
    }

    void aRevokedTillIsRefusedUntilEnrolledAgain() {
        const Run revoked = m_central.command({QStringLiteral("revoke"), QStringLiteral("--store"),
                                               QStringLiteral("001"), QStringLiteral("--till"), QStringLiteral("02")});
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
        const Run refused = till(QStringLiteral("till2"), {QStringLiteral("sync")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("revoked")), qPrintable(refused.err));
        QCOMPARE(till(QStringLiteral("till1"), {QStringLiteral("sync")}).exitCode, 0); // other tills go on
        const Run again =
            till(QStringLiteral("till2"), {QStringLiteral("enroll"), QStringLiteral("--again"), m_central.url(),
                                           m_central.enrollmentCode(QStringLiteral("001"), QStringLiteral("02"))});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(till(QStringLiteral("till2"), {QStringLiteral("sync")}).exitCode, 0);
    }

    void aRestoredCentralGetsEverythingBackAndTillsReload() {
        const QString backup = m_dir.filePath(QStringLiteral("central-backup.db"));
        QCOMPARE(m_central.command({QStringLiteral("backup"), backup}).exitCode, 0);
        // After the backup: a sale, and a product change.
        const Run sale = till(QStringLiteral("till1"),
                              {QStringLiteral("sale"), QStringLiteral("--operator"), QStringLiteral("1001"),
                               QStringLiteral("--scan"), gtin14(3), QStringLiteral("--pay"), QStringLiteral("card")});
        QVERIFY2(sale.exitCode == 0, qPrintable(sale.err));
        QCOMPARE(till(QStringLiteral("till1"), {QStringLiteral("sync")}).exitCode, 0);
        // Central is lost and restored from the backup, which lacks that sale.
        QCOMPARE(m_central.command({QStringLiteral("restore"), backup}).exitCode, 2); // still serving
        QVERIFY(m_central.stop());
        const Run restored = m_central.command({QStringLiteral("restore"), backup});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        // On a fresh port (a port given up may be taken meanwhile); the tills are pointed at it.
        QVERIFY(m_central.start(0));
        for (const QString& name : QDir(m_dir.path()).entryList({QStringLiteral("till*")}, QDir::Dirs)) {
            QFile url(tillDir(name) + QStringLiteral("/central.url"));
            if (url.exists()) {
                QVERIFY(url.open(QIODevice::WriteOnly | QIODevice::Truncate));
                url.write(m_central.url().toUtf8() + '\n');
            }
        }

        const Run sync = till(QStringLiteral("till1"), {QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        QVERIFY2(sync.out.contains(QStringLiteral("first load swapped in")), qPrintable(sync.out));
        core::Database central(m_central.dataDir() + QStringLiteral("/central.db"), core::Database::Mode::ReadOnly);
        core::Query sales = central.prepare("SELECT count(*) FROM sales WHERE till_id = '01'");
        QVERIFY(sales->step());
        core::Database tillDb(tillDir(QStringLiteral("till1")) + QStringLiteral("/kassa.db"),
                              core::Database::Mode::ReadOnly);
        core::Query tillSales = tillDb.prepare("SELECT count(*) FROM sales");
        QVERIFY(tillSales->step());
        QCOMPARE(sales->int64(0), tillSales->int64(0)); // the sale the backup lacked was sent again
    }

    void cleanupTestCase() { QVERIFY(m_central.stop()); }
};

QTEST_GUILESS_MAIN(TestMasterDataSync)
#include "TestMasterDataSync.moc"
