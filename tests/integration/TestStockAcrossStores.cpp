// Stock across stores with kassa-central and tills as separate processes over real TLS: head
// office names the stores and sends a delivery, the web warehouse posts its stock, a till
// receives the delivery, another store sells, and each till's product card shows every
// location it follows with the time of each figure; the papers of one transfer typed in at two
// tills reach both stores as an exception.

#include "common/Programs.h"
#include "core/store/DemoCatalog.h"
#include "sync/client/TillLink.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;

using testing::Run;

class TestStockAcrossStores : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    testing::CentralProcess m_central{m_dir.filePath(QStringLiteral("central"))};
    std::string m_token;

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
        QCOMPARE(till(name, testing::openShiftArgs()).exitCode, 0);
        const Run enrolled =
            till(name, {QStringLiteral("enroll"), m_central.url(), m_central.enrollmentCode(store, tillId)});
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
    }

    int integration(const char* method, const char* target, const QByteArray& body) {
        QFile ca(m_central.dataDir() + QStringLiteral("/ca.pem"));
        if (!ca.open(QIODevice::ReadOnly)) {
            return 0;
        }
        boost::system::error_code error;
        const auto response =
            sync::requestCentral(*sync::parseCentralUrl(m_central.url()), sync::ClientTls{ca.readAll(), {}, {}}, method,
                                 target, body, std::chrono::seconds(20), error, m_token);
        return response ? response->status : 0;
    }

    void synced(const QString& name) {
        const Run sync = till(name, {QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
    }

    // The card's stock, location -> on hand (whole pieces).
    QMap<QString, int> stockOn(const QString& name, const QString& sku) {
        const Run card = till(name, {QStringLiteral("products"), QStringLiteral("show"), sku,
                                     QStringLiteral("--format"), QStringLiteral("json")});
        QMap<QString, int> stock;
        for (const QJsonValue& at :
             QJsonDocument::fromJson(card.out.toUtf8()).object().value(QStringLiteral("stock")).toArray()) {
            const QJsonObject o = at.toObject();
            if (o.value(QStringLiteral("known")).toBool()) {
                stock.insert(o.value(QStringLiteral("location")).toString(),
                             o.value(QStringLiteral("on_hand")).toString().toInt());
            }
        }
        return stock;
    }

private Q_SLOTS:
    void initTestCase() {
        m_token = m_central.initDemo(200, QStringLiteral("erp"));
        QVERIFY(!m_token.empty());
        QVERIFY(m_central.start(0));
        makeEnrolledTill(QStringLiteral("kamppi"), QStringLiteral("001"), QStringLiteral("01"));
        makeEnrolledTill(QStringLiteral("omena"), QStringLiteral("002"), QStringLiteral("01"));
        makeEnrolledTill(QStringLiteral("omena2"), QStringLiteral("002"), QStringLiteral("02"));
    }

    void cleanupTestCase() {
        if (m_central.running()) {
            QVERIFY(m_central.stop());
        }
    }

    void eachTillSeesItsStoreNearbyStoresAndTheWebWarehouse() {
        QCOMPARE(integration("PUT", "/v1/stores",
                             R"({"store_id":"001","name":"Kamppi","nearby":["002"]}
{"store_id":"002","name":"Iso Omena","nearby":["001"]}
)"),
                 200);
        QCOMPARE(
            integration(
                "POST", "/v1/deliveries",
                R"({"delivery":"D-1","store":"001","supplier":"Valio","lines":[{"sku":"SKU-0000003","quantity":"24"}]})"),
            200);
        QCOMPARE(
            integration(
                "POST", "/v1/stock-movements",
                R"({"location":"web","sku":"SKU-0000003","quantity":"40","kind":"receipt","reference":"wms-1","at":"2026-11-30T08:00:00+02:00"})"),
            200);
        synced(QStringLiteral("kamppi"));
        // The demo chain's opening stock, and the web warehouse's 40 with it.
        const QMap<QString, int> before = stockOn(QStringLiteral("kamppi"), QStringLiteral("SKU-0000003"));
        QVERIFY2(before.contains(QStringLiteral("002")) && before.contains(QStringLiteral("web")),
                 qPrintable(QStringList(before.keys()).join(QLatin1Char(' '))));
        const Run open = till(QStringLiteral("kamppi"), {QStringLiteral("stock"), QStringLiteral("deliveries")});
        QVERIFY2(open.out.contains(QStringLiteral("D-1  from Valio")), qPrintable(open.out));
        const Run received = till(QStringLiteral("kamppi"),
                                  {QStringLiteral("stock"), QStringLiteral("receive"), QStringLiteral("--operator"),
                                   QStringLiteral("1001"), QStringLiteral("--delivery"), QStringLiteral("D-1")});
        QVERIFY2(received.exitCode == 0, qPrintable(received.err));
        // Not yet at central: the card adds the receipt to what head office had.
        QCOMPARE(stockOn(QStringLiteral("kamppi"), QStringLiteral("SKU-0000003")).value(QStringLiteral("001")),
                 before.value(QStringLiteral("001")) + 24);
        synced(QStringLiteral("kamppi"));

        const Run sale =
            till(QStringLiteral("omena"), {QStringLiteral("sale"), QStringLiteral("--operator"), QStringLiteral("1001"),
                                           QStringLiteral("--qty"), QStringLiteral("2"), QStringLiteral("--scan"),
                                           core::demoGtin(3), QStringLiteral("--pay"), QStringLiteral("card")});
        QVERIFY2(sale.exitCode == 0, qPrintable(sale.err));
        synced(QStringLiteral("omena"));
        synced(QStringLiteral("kamppi"));

        const QMap<QString, int> atKamppi = stockOn(QStringLiteral("kamppi"), QStringLiteral("SKU-0000003"));
        QCOMPARE(atKamppi.value(QStringLiteral("001")), before.value(QStringLiteral("001")) + 24);
        QCOMPARE(atKamppi.value(QStringLiteral("002")), before.value(QStringLiteral("002")) - 2);
        QCOMPARE(atKamppi.value(QStringLiteral("web")), before.value(QStringLiteral("web")));
        const Run text = till(QStringLiteral("kamppi"),
                              {QStringLiteral("products"), QStringLiteral("show"), QStringLiteral("SKU-0000003")});
        QVERIFY2(text.out.contains(QStringLiteral("002 Iso Omena")) && text.out.contains(QStringLiteral("as of")),
                 qPrintable(text.out));

        // Online, the till asks head office for every location, one the ERP names included.
        QCOMPARE(
            integration(
                "POST", "/v1/stock-movements",
                R"({"location":"erp-outlet","sku":"SKU-0000003","quantity":"7","kind":"receipt","reference":"erp-1","at":"2026-11-30T08:00:00+02:00"})"),
            200);
        QVERIFY(
            !stockOn(QStringLiteral("kamppi"), QStringLiteral("SKU-0000003")).contains(QStringLiteral("erp-outlet")));
        const Run online = till(QStringLiteral("kamppi"), {QStringLiteral("products"), QStringLiteral("show"),
                                                           QStringLiteral("SKU-0000003"), QStringLiteral("--online")});
        QVERIFY2(online.exitCode == 0 && online.out.contains(QStringLiteral("erp-outlet")), qPrintable(online.out));
    }

    void aTransferReceivedAtTwoTillsReachesBothStores() {
        const Run sent =
            till(QStringLiteral("kamppi"),
                 {QStringLiteral("stock"), QStringLiteral("transfer-out"), QStringLiteral("--operator"),
                  QStringLiteral("1001"), QStringLiteral("--qty"), QStringLiteral("5"), QStringLiteral("--sku"),
                  QStringLiteral("SKU-0000003"), QStringLiteral("--to"), QStringLiteral("002")});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        const QString number =
            QRegularExpression(QStringLiteral("ST-\\d{3}-\\d{2}-\\d{6}")).match(sent.out).captured(0);
        QVERIFY(!number.isEmpty());
        synced(QStringLiteral("kamppi"));
        for (const char* name : {"omena", "omena2"}) {
            const Run in =
                till(QString::fromLatin1(name),
                     {QStringLiteral("stock"), QStringLiteral("transfer-in"), QStringLiteral("--operator"),
                      QStringLiteral("1001"), QStringLiteral("--qty"), QStringLiteral("5"), QStringLiteral("--sku"),
                      QStringLiteral("SKU-0000003"), QStringLiteral("--transfer"), number});
            QVERIFY2(in.exitCode == 0, qPrintable(in.err));
            synced(QString::fromLatin1(name));
        }
        for (const char* name : {"kamppi", "omena"}) {
            synced(QString::fromLatin1(name)); // central raised it after omena's own sync
            const Run status = till(QString::fromLatin1(name), {QStringLiteral("status")});
            QVERIFY2(status.out.contains(QStringLiteral("received_twice")) && status.out.contains(number),
                     qPrintable(status.out));
        }
    }
};

QTEST_GUILESS_MAIN(TestStockAcrossStores)
#include "TestStockAcrossStores.moc"
