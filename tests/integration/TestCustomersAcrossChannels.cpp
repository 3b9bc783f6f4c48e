// One customer across every channel with kassa-central and tills as separate processes over
// real TLS: the web shop's account and a store's new customer (recorded offline) become one
// record, visibly; the store's sale earns the member points every till sees; head office's
// history has the receipt; an erasure reaches every till; suggestions computed from the web
// shop's orders reach the tills.

#include "common/Integration.h"
#include "common/Programs.h"
#include "core/domain/Barcode.h"
#include "core/store/DemoCatalog.h"
#include "sync/client/TillLink.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <tuple>

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
        QCOMPARE(till(name, testing::openShiftArgs()).exitCode, 0);
        const Run enrolled =
            till(name, {QStringLiteral("enroll"), m_central.url(), m_central.enrollmentCode(store, tillId)});
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
    }

    // An integration's request: the status and the body.
    std::pair<int, QJsonObject> integration(const char* method, const std::string& target, const QByteArray& body) {
        return testing::integrationRequest(m_central, m_token, method, target, body);
    }

    void synced(const QString& name) {
        const Run sync = till(name, {QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
    }

    // No file under `dir` (database, its WAL, backups, logs: all of them) holds Maija's phone,
    // e-mail or loyalty card, in any letter case; a finding is named by file and detail.
    void expectNoContactOfMaijaUnder(const QString& dir) {
        QDirIterator files(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile content(files.next());
            QVERIFY(content.open(QIODevice::ReadOnly));
            expectNoContactOfMaijaIn(content.readAll(), content.fileName());
        }
    }

    void expectNoContactOfMaijaIn(const QByteArray& bytes, const QString& where) {
        const QByteArray lower = bytes.toLower();
        // (The demo till's cashier is a Maija Virtanen too: the name alone is no finding.)
        for (const QByteArray& detail : contactsOfMaija()) {
            QVERIFY2(!lower.contains(detail),
                     qPrintable(where + QStringLiteral(" holds ") + QString::fromLatin1(detail)));
        }
    }

    std::vector<QByteArray> contactsOfMaija() const {
        return {QByteArray("+358401234567"), QByteArray("040 123 4567"), QByteArray("maija.virtanen@example.fi"),
                m_card.toLatin1()};
    }

    QJsonObject shown(const QString& name, const QString& contact) {
        const Run show =
            till(name, {QStringLiteral("customers"), QStringLiteral("show"), QStringLiteral("--operator"),
                        QStringLiteral("1001"), contact, QStringLiteral("--format"), QStringLiteral("json")});
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
        const Run search = till(QStringLiteral("kamppi"),
                                {QStringLiteral("customers"), QStringLiteral("search"), QStringLiteral("--operator"),
                                 QStringLiteral("1001"), QStringLiteral("040 123 4567")});
        QCOMPARE(search.out.count(QStringLiteral("Maija")), 1); // the demo's other customers have other numbers

        // Omena's till keeps of Kamppi's member what selling needs and no more: offline too it
        // knows her by her card (first name, points), and no contact detail of hers is anywhere
        // in its database's files.
        const QJsonObject atOmena = shown(QStringLiteral("omena"), m_card);
        QCOMPARE(atOmena.value(QStringLiteral("id")).toString(), QStringLiteral("web-1"));
        QCOMPARE(atOmena.value(QStringLiteral("first_name")).toString(), QStringLiteral("Maija"));
        QVERIFY(atOmena.value(QStringLiteral("limited")).toBool());
        QCOMPARE(shown(QStringLiteral("omena"), QStringLiteral("maija.virtanen@example.fi"))
                     .value(QStringLiteral("id"))
                     .toString(),
                 QStringLiteral("web-1"));
        QVERIFY(m_central.stop());
        const Run offline =
            till(QStringLiteral("omena"),
                 {QStringLiteral("sale"), QStringLiteral("--operator"), QStringLiteral("1001"),
                  QStringLiteral("--customer"), m_card, QStringLiteral("--qty"), QStringLiteral("2"),
                  QStringLiteral("--scan"), core::demoGtin(3), QStringLiteral("--pay"), QStringLiteral("card")});
        QVERIFY2(offline.exitCode == 0 && offline.out.contains(QStringLiteral("Points earned")),
                 qPrintable(offline.out + offline.err));
        QVERIFY(m_central.start(m_central.port()));
        expectNoContactOfMaijaUnder(m_dir.filePath(QStringLiteral("omena")));
        QVERIFY(!QTest::currentTestFailed());

        // Once her sale there reaches central she is Omena's customer too: in full, for the
        // chain's keep days from that sale.
        synced(QStringLiteral("omena"));
        const QJsonObject ownNow = shown(QStringLiteral("omena"), m_card);
        QVERIFY2(!ownNow.value(QStringLiteral("limited")).toBool(), QJsonDocument(ownNow).toJson().constData());
        QCOMPARE(ownNow.value(QStringLiteral("phone")).toString(), QStringLiteral("+358401234567"));
        QVERIFY(ownNow.contains(QStringLiteral("full_until")));

        // Head office's history has the stores' receipts under the account, Kamppi's first.
        const auto [historyStatus, history] = integration("GET", "/v1/customers/web-1/history", {});
        QCOMPARE(historyStatus, 200);
        QCOMPARE(
            history.value(QStringLiteral("documents")).toArray().last().toObject().value(QStringLiteral("store_id")),
            QJsonValue(QStringLiteral("001")));
    }

    void anErasureReachesEveryTill() {
        const auto [status, erased] = integration("DELETE", "/v1/customers/web-1", {});
        QCOMPARE(status, 200);
        QCOMPARE(erased.value(QStringLiteral("ids")).toArray().size(), 2);
        for (const QString& name : {QStringLiteral("kamppi"), QStringLiteral("omena")}) {
            synced(name);
            QCOMPARE(till(name, {QStringLiteral("customers"), QStringLiteral("show"), QStringLiteral("--operator"),
                                 QStringLiteral("1001"), QStringLiteral("040 123 4567")})
                         .exitCode,
                     2);
        }
        QCOMPARE(integration("GET", "/v1/customers/web-1", {}).first, 410);
        // The receipt stays, for the accounts.
        const Run receipts = till(QStringLiteral("kamppi"),
                                  {QStringLiteral("receipts"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(receipts.out.contains(QStringLiteral("001-01-000001")));

        // Nothing central or either till keeps holds her phone, e-mail or card any more: not
        // their databases (deleted pages, search indexes, the outbox of what was sent, central's
        // inbox of what arrived), not central's write-ahead log while it runs, not their other
        // files, not central's log.
        for (const QString& name : {QStringLiteral("kamppi"), QStringLiteral("omena"), QStringLiteral("central")}) {
            expectNoContactOfMaijaUnder(m_dir.filePath(name));
        }
        QVERIFY(m_central.stop());
        expectNoContactOfMaijaIn(m_central.log(), QStringLiteral("central's log"));
        QVERIFY(m_central.start(m_central.port()));
    }

    // The web shop's orders of three customers; `kassa-central suggest` (as serve does every day);
    // a till has the suggestions in its copy of the customer, shown with no line to head office.
    void suggestionsFromTheWebShopsOrdersReachTheTills() {
        QCOMPARE(integration("PUT", "/v1/customers",
                             "{\"id\":\"web-s1\",\"name\":\"Aino Laine\",\"email\":\"aino@example.fi\"}\n"
                             "{\"id\":\"web-s2\",\"name\":\"Erik Nyström\",\"email\":\"erik@example.fi\"}\n"
                             "{\"id\":\"web-s3\",\"name\":\"Kaisa Saarinen\",\"email\":\"kaisa@example.fi\","
                             "\"home_store\":\"002\"}")
                     .first,
                 200);
        // Bananas with tomatoes twice (the demo's customers buy no weighed goods), bananas alone once.
        QByteArray orders;
        const QString banana = QStringLiteral("PLU-00001");
        const QString tomato = QStringLiteral("PLU-00002");
        for (const auto& [order, customer, skus] : {std::tuple{"W-S1", "web-s1", QStringList{banana, tomato}},
                                                    std::tuple{"W-S2", "web-s2", QStringList{banana, tomato}},
                                                    std::tuple{"W-S3", "web-s3", QStringList{banana}}}) {
            QJsonArray lines;
            for (const QString& sku : skus) {
                lines.append(QJsonObject{{QStringLiteral("line"), lines.size() + 1},
                                         {QStringLiteral("sku"), sku},
                                         {QStringLiteral("quantity"), QStringLiteral("0.5")},
                                         {QStringLiteral("unit_price"), QStringLiteral("1.99")},
                                         {QStringLiteral("tax_code"), QStringLiteral("B")}});
            }
            orders +=
                QJsonDocument(QJsonObject{{QStringLiteral("order"), QString::fromLatin1(order)},
                                          {QStringLiteral("placed_at"), QStringLiteral("2026-11-20T14:03:00+02:00")},
                                          {QStringLiteral("customer"),
                                           QJsonObject{{QStringLiteral("id"), QString::fromLatin1(customer)}}},
                                          {QStringLiteral("payment"), QStringLiteral("online:card")},
                                          {QStringLiteral("lines"), lines}})
                    .toJson(QJsonDocument::Compact) +
                '\n';
        }
        QCOMPARE(integration("POST", "/v1/web-orders", orders).first, 200);
        const Run suggested = m_central.command({QStringLiteral("suggest")});
        QVERIFY2(suggested.exitCode == 0 && suggested.out.contains(QStringLiteral("changed")),
                 qPrintable(suggested.out));
        QCOMPARE(integration("GET", "/v1/customers/web-s3", {}).second.value(QStringLiteral("suggestions")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("PLU-00002")},
                                         {QStringLiteral("because"), QStringLiteral("PLU-00001")}}}));

        synced(QStringLiteral("omena"));
        synced(QStringLiteral("kamppi"));
        QVERIFY(m_central.stop()); // the line to head office is down: the till has its copy
        QCOMPARE(
            shown(QStringLiteral("omena"), QStringLiteral("kaisa@example.fi")).value(QStringLiteral("suggestions")),
            QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("PLU-00002")},
                                              {QStringLiteral("because"), QStringLiteral("PLU-00001")}}}));
        // Kamppi, where she never bought, keeps nothing of her: she is no loyalty member.
        QCOMPARE(till(QStringLiteral("kamppi"),
                      {QStringLiteral("customers"), QStringLiteral("show"), QStringLiteral("--operator"),
                       QStringLiteral("1001"), QStringLiteral("kaisa@example.fi")})
                     .exitCode,
                 2);
        const Run text = till(QStringLiteral("omena"),
                              {QStringLiteral("customers"), QStringLiteral("show"), QStringLiteral("--operator"),
                               QStringLiteral("1001"), QStringLiteral("web-s3")});
        QVERIFY2(text.out.contains(QStringLiteral("Suggested      PLU-00002  Tomaatti  (goes with Banaani)")),
                 qPrintable(text.out));
    }
};

QTEST_GUILESS_MAIN(TestCustomersAcrossChannels)
#include "TestCustomersAcrossChannels.moc"
