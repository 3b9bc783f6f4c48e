// One customer across every channel with kassa-central and tills as separate processes over
// real TLS: the web shop's account and a store's new customer (recorded offline) become one
// record, visibly; the store's sale earns the member points every till sees; head office's
// history has the receipt; an erasure reaches every till.

#include "common/Programs.h"
#include "core/domain/Barcode.h"
#include "core/store/DemoCatalog.h"
#include "sync/client/TillLink.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;

using testing::Run;

class TestCustomersAcrossChannels : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    testing::CentralProcess m_central{m_dir.filePath(QStringLiteral("central"))};
    std::string m_token;
    const QString m_card = QStringLiteral("290000012345") + QString::number(core::gs1CheckDigit(u"290000012345"));

    Run till(const QString& name, const QStringList& args) {
        return testing::run(QStringLiteral("kassactl"),
                            QStringList{QStringLiteral("--data-dir"), m_dir.filePath(name)} + args,
                            {QStringLiteral("KASSA_PIN=1234")});
    }

    void makeEnrolledTill(const QString& name, const QString& store, const QString& tillId) {
        QCOMPARE(till(name, {QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--products"),
                             QStringLiteral("200"), QStringLiteral("--store"), store, QStringLiteral("--till"), tillId})
                     .exitCode,
                 0);
        const Run enrolled =
            till(name, {QStringLiteral("enroll"), m_central.url(), m_central.enrollmentCode(store, tillId)});
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
    }

    // An integration's request: the status and the body.
    std::pair<int, QJsonObject> integration(const char* method, const std::string& target, const QByteArray& body) {
        QFile ca(m_central.dataDir() + QStringLiteral("/ca.pem"));
        if (!ca.open(QIODevice::ReadOnly)) {
            return {0, {}};
        }
        boost::system::error_code error;
        const auto response =
            sync::requestCentral(*sync::parseCentralUrl(m_central.url()), sync::ClientTls{ca.readAll(), {}, {}}, method,
                                 target, body, std::chrono::seconds(20), error, m_token);
        return response ? std::pair{response->status, QJsonDocument::fromJson(response->body).object()}
                        : std::pair{0, QJsonObject{}};
    }

    void synced(const QString& name) {
        const Run sync = till(name, {QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
    }

    QJsonObject shown(const QString& name, const QString& contact) {
        const Run show = till(name, {QStringLiteral("customers"), QStringLiteral("show"), contact,
                                     QStringLiteral("--format"), QStringLiteral("json")});
        return QJsonDocument::fromJson(show.out.toUtf8()).object();
    }

private Q_SLOTS:
    void initTestCase() {
        m_token = m_central.initDemo(200, QStringLiteral("web-shop"));
        QVERIFY(!m_token.empty());
        QVERIFY(m_central.start(0));
        makeEnrolledTill(QStringLiteral("kamppi"), QStringLiteral("001"), QStringLiteral("01"));
        makeEnrolledTill(QStringLiteral("omena"), QStringLiteral("002"), QStringLiteral("01"));
    }

    void cleanupTestCase() {
        if (m_central.running()) {
            QVERIFY(m_central.stop());
        }
    }

    void aStoresNewCustomerBecomesTheWebShopsAccountAndEveryTillFollows() {
        QCOMPARE(integration("PUT", "/v1/loyalty-rules", R"({"points_per_euro": 1, "point_value": "0.01"})").first,
                 200);
        QCOMPARE(integration("PUT", "/v1/customers",
                             R"({"id":"web-1","name":"Maija Virtanen","email":"maija.virtanen@example.fi"})")
                     .first,
                 200);
        synced(QStringLiteral("kamppi")); // the rules; then the line goes down
        const Run added =
            till(QStringLiteral("kamppi"),
                 {QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"),
                  QStringLiteral("Maija V"), QStringLiteral("--email"), QStringLiteral("Maija.Virtanen@example.fi"),
                  QStringLiteral("--phone"), QStringLiteral("040 123 4567"), QStringLiteral("--card"), m_card,
                  QStringLiteral("--sms-marketing"), QStringLiteral("yes")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString localId = shown(QStringLiteral("kamppi"), m_card).value(QStringLiteral("id")).toString();
        const Run sold =
            till(QStringLiteral("kamppi"),
                 {QStringLiteral("sale"), QStringLiteral("--operator"), QStringLiteral("1001"),
                  QStringLiteral("--customer"), m_card, QStringLiteral("--qty"), QStringLiteral("10"),
                  QStringLiteral("--scan"), core::demoGtin(3), QStringLiteral("--pay"), QStringLiteral("card")});
        QVERIFY2(sold.exitCode == 0 && sold.out.contains(QStringLiteral("Points earned")), qPrintable(sold.out));

        synced(QStringLiteral("kamppi"));
        synced(QStringLiteral("omena"));
        const auto [status, account] = integration("GET", "/v1/customers/web-1", {});
        QCOMPARE(status, 200);
        const QJsonObject customer = account.value(QStringLiteral("customer")).toObject();
        QCOMPARE(customer.value(QStringLiteral("phone")).toString(), QStringLiteral("+358401234567"));
        QCOMPARE(customer.value(QStringLiteral("loyalty_card")).toString(), m_card);
        const QJsonObject merge = account.value(QStringLiteral("merged_from")).toArray().first().toObject();
        QCOMPARE(merge.value(QStringLiteral("id")).toString(), localId);
        QCOMPARE(merge.value(QStringLiteral("matched_on")).toString(), QStringLiteral("email"));
        QCOMPARE(merge.value(QStringLiteral("source")).toString(), QStringLiteral("store 001 till 01"));

        // Both tills hold the one record, with the points the sale earned.
        for (const QString& name : {QStringLiteral("kamppi"), QStringLiteral("omena")}) {
            const QJsonObject there = shown(name, QStringLiteral("040 123 4567"));
            QCOMPARE(there.value(QStringLiteral("id")).toString(), QStringLiteral("web-1"));
            QVERIFY2(there.value(QStringLiteral("loyalty")).toObject().value(QStringLiteral("balance")).toInt() > 0,
                     QJsonDocument(there).toJson().constData());
        }
        const Run search = till(QStringLiteral("kamppi"), {QStringLiteral("customers"), QStringLiteral("search"),
                                                           QStringLiteral("040 123 4567")});
        QCOMPARE(search.out.count(QStringLiteral("Maija")), 1); // the demo's other customers have other numbers

        // Head office's history has the store's receipt under the account.
        const auto [historyStatus, history] = integration("GET", "/v1/customers/web-1/history", {});
        QCOMPARE(historyStatus, 200);
        QCOMPARE(
            history.value(QStringLiteral("documents")).toArray().first().toObject().value(QStringLiteral("store_id")),
            QJsonValue(QStringLiteral("001")));
    }

    void anErasureReachesEveryTill() {
        const auto [status, erased] = integration("DELETE", "/v1/customers/web-1", {});
        QCOMPARE(status, 200);
        QCOMPARE(erased.value(QStringLiteral("ids")).toArray().size(), 2);
        for (const QString& name : {QStringLiteral("kamppi"), QStringLiteral("omena")}) {
            synced(name);
            QCOMPARE(till(name, {QStringLiteral("customers"), QStringLiteral("show"), QStringLiteral("040 123 4567")})
                         .exitCode,
                     2);
        }
        QCOMPARE(integration("GET", "/v1/customers/web-1", {}).first, 410);
        // The receipt stays, for the accounts.
        const Run receipts = till(QStringLiteral("kamppi"),
                                  {QStringLiteral("receipts"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(receipts.out.contains(QStringLiteral("001-01-000001")));
    }
};

QTEST_GUILESS_MAIN(TestCustomersAcrossChannels)
#include "TestCustomersAcrossChannels.moc"
