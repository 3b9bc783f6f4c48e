// Buy online, pick up in store with real processes over real TLS: the web shop's orders reserve
// store 001's stock at kassa-central; the till takes them in its sync, picks them with
// `kassactl pickups` (a wrong item refused, an item short), marks them ready and prints the shelf
// label; the web shop sees "ready" and what was short; with the line to head office down, the
// customer collects an order paid online (one item refused: a return to the online payment) and
// one paid at collection (a sale at the order's prices without the refused item); once the line
// is back, central has both hand-overs and its stock equals the ledger.

#include "common/Integration.h"
#include "common/Programs.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using testing::Run;

class TestPickupsAcrossChannels : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    testing::CentralProcess m_central{m_dir.filePath(QStringLiteral("central"))};
    std::string m_token;
    QMap<QString, QString> m_codes; // order -> the pickup code the web shop sent its customer
    int m_onHand = 0;               // central's on hand of SKU-0000003 at store 001 before the orders
    int m_reserved = 0;             // and what the demo's own pickup orders reserve of it

    Run till(const QStringList& args) {
        return testing::run(QStringLiteral("kassactl"),
                            QStringList{QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("kamppi"))} + args);
    }

    Run pickups(const QStringList& args) {
        return till(QStringList{QStringLiteral("pickups")} + args +
                    QStringList{QStringLiteral("--operator"), QStringLiteral("1001")});
    }

    std::pair<int, QJsonObject> integration(const char* method, const std::string& target,
                                            const QByteArray& body = {}) {
        return testing::integrationRequest(m_central, m_token, method, target, body);
    }

    // A line of the demo catalog's product at its price and VAT code, as the web shop sells it.
    QJsonObject orderLine(int line, const QString& sku, const char* quantity) {
        const Run card = till({QStringLiteral("products"), QStringLiteral("show"), sku, QStringLiteral("--format"),
                               QStringLiteral("json")});
        const QJsonObject product = QJsonDocument::fromJson(card.out.toUtf8()).object();
        return QJsonObject{{QStringLiteral("line"), line},
                           {QStringLiteral("sku"), sku},
                           {QStringLiteral("quantity"), QString::fromLatin1(quantity)},
                           {QStringLiteral("unit_price"), product.value(QStringLiteral("price")).toString()},
                           {QStringLiteral("tax_code"), product.value(QStringLiteral("tax_code")).toString()}};
    }

    QByteArray order(const char* number, bool paid) {
        QJsonObject json{{QStringLiteral("order"), QString::fromLatin1(number)},
                         {QStringLiteral("placed_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                         {QStringLiteral("customer"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Aino")}}},
                         {QStringLiteral("fulfilment"), QJsonObject{{QStringLiteral("type"), QStringLiteral("pickup")},
                                                                    {QStringLiteral("store"), QStringLiteral("001")}}},
                         {QStringLiteral("paid"), paid},
                         {QStringLiteral("lines"), QJsonArray{orderLine(1, QStringLiteral("SKU-0000003"), "2"),
                                                              orderLine(2, QStringLiteral("SKU-0000004"), "1")}}};
        if (paid) {
            json.insert(QStringLiteral("payment"), QStringLiteral("online:card"));
        }
        return QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
    }

    // Central's on hand and reserved of an item at store 001, as the web shop reads them.
    QPair<QString, QString> stockAtCentral(const char* sku) {
        const auto [status, answer] = integration("GET", std::string("/v1/stock?location=001&sku=") + sku);
        const QJsonObject level = answer.value(QStringLiteral("stock")).toArray().first().toObject();
        return {status == 200 ? level.value(QStringLiteral("on_hand")).toString() : QString(),
                level.value(QStringLiteral("reserved")).toString()};
    }

private Q_SLOTS:
    void initTestCase() {
        m_token = m_central.initDemo(200, QStringLiteral("web-shop"));
        QVERIFY(!m_token.empty());
        QVERIFY(m_central.start(0));
        QCOMPARE(till({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--products"),
                       QStringLiteral("200")})
                     .exitCode,
                 0);
        QCOMPARE(till(testing::openShiftArgs()).exitCode, 0);
        const Run enrolled = till({QStringLiteral("enroll"), m_central.url(),
                                   m_central.enrollmentCode(QStringLiteral("001"), QStringLiteral("01"))});
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
        QCOMPARE(integration("PUT", "/v1/stores", R"({"store_id":"001","name":"Kamppi","collection_days":5})").first,
                 200);
        QCOMPARE(
            integration(
                "POST", "/v1/stock-movements",
                R"({"location":"001","sku":"SKU-0000003","quantity":"10","kind":"receipt","reference":"erp-1","at":"2026-11-30T08:00:00+02:00"})")
                .first,
            200);
        m_onHand = stockAtCentral("SKU-0000003").first.toInt();
        m_reserved = stockAtCentral("SKU-0000003").second.toInt();
        QVERIFY(m_onHand >= 10);
    }

    void theWebShopsOrdersReserveStockAndReachTheStore() {
        const auto [status, answer] =
            integration("POST", "/v1/web-orders", order("W-PAID", true) + order("W-AT-STORE", false));
        QVERIFY2(status == 200, qPrintable(answer.value(QStringLiteral("message")).toString()));
        for (const QJsonValue& pickup : answer.value(QStringLiteral("pickups")).toArray()) {
            m_codes.insert(pickup.toObject().value(QStringLiteral("order")).toString(),
                           pickup.toObject().value(QStringLiteral("code")).toString());
        }
        QCOMPARE(m_codes.size(), 2);
        QCOMPARE(stockAtCentral("SKU-0000003"),
                 (QPair<QString, QString>{QString::number(m_onHand), QString::number(m_reserved + 4)}));

        const Run synced = till({QStringLiteral("sync")});
        QVERIFY2(synced.exitCode == 0 && synced.out.contains(QStringLiteral("waiting to be picked")),
                 qPrintable(synced.out + synced.err));
        const Run listed = pickups({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("new")});
        QVERIFY2(listed.out.contains(QStringLiteral("W-PAID")) && listed.out.contains(QStringLiteral("W-AT-STORE")),
                 qPrintable(listed.out));
    }

    void pickingRefusesAWrongItemAndTellsTheWebShopWhatWasShort() {
        const Run wrong = pickups(
            {QStringLiteral("pick"), QStringLiteral("W-PAID"), QStringLiteral("--sku"), QStringLiteral("SKU-0000009")});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(QStringLiteral("is not on order W-PAID")), qPrintable(wrong.err));
        const Run picked = pickups({QStringLiteral("pick"), QStringLiteral("W-PAID"), QStringLiteral("--qty"),
                                    QStringLiteral("2"), QStringLiteral("--sku"), QStringLiteral("SKU-0000003"),
                                    QStringLiteral("--short"), QStringLiteral("2")});
        QVERIFY2(picked.exitCode == 0, qPrintable(picked.err));
        const Run ready = pickups({QStringLiteral("ready"), QStringLiteral("W-PAID")});
        QVERIFY2(ready.exitCode == 0 && ready.out.contains(QStringLiteral("|| PL:W-PAID ||")), qPrintable(ready.out));
        QCOMPARE(till({QStringLiteral("sync")}).exitCode, 0);

        const auto [status, changes] = integration("GET", "/v1/pickup-changes?store=001");
        QCOMPARE(status, 200);
        const QJsonObject last = changes.value(QStringLiteral("changes")).toArray().last().toObject();
        QCOMPARE(last.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
        QCOMPARE(last.value(QStringLiteral("source")).toString(), QStringLiteral("store 001 till 01"));
        const QJsonArray shortLines =
            last.value(QStringLiteral("detail")).toObject().value(QStringLiteral("short")).toArray();
        QCOMPARE(shortLines.size(), 1);
        QCOMPARE(shortLines.first().toObject().value(QStringLiteral("sku")).toString(), QStringLiteral("SKU-0000004"));
        QVERIFY(!last.value(QStringLiteral("pickup")).toObject().value(QStringLiteral("collect_by")).isNull());
    }

    void bothAreHandedOverOfflineAndReconciledLater() {
        QVERIFY(pickups({QStringLiteral("pick"), QStringLiteral("W-AT-STORE"), QStringLiteral("--qty"),
                         QStringLiteral("2"), QStringLiteral("--sku"), QStringLiteral("SKU-0000003"),
                         QStringLiteral("--sku"), QStringLiteral("SKU-0000004")})
                    .exitCode == 0);
        QCOMPARE(pickups({QStringLiteral("ready"), QStringLiteral("W-AT-STORE")}).exitCode, 0);
        QVERIFY(m_central.stop()); // the line to head office is down

        const Run wrongCode =
            pickups({QStringLiteral("collect"), QStringLiteral("W-PAID"), QStringLiteral("--code"),
                     QStringLiteral("000000"), QStringLiteral("--label"), QStringLiteral("PL:W-PAID")});
        QCOMPARE(wrongCode.exitCode, 2);
        QVERIFY2(wrongCode.err.contains(QStringLiteral("does not match order W-PAID")), qPrintable(wrongCode.err));
        const Run paid =
            pickups({QStringLiteral("collect"), QStringLiteral("--claim"),
                     QStringLiteral("PU:W-PAID:") + m_codes.value(QStringLiteral("W-PAID")), QStringLiteral("--label"),
                     QStringLiteral("PL:W-PAID"), QStringLiteral("--refuse"), QStringLiteral("1:1")});
        QVERIFY2(paid.exitCode == 0 && paid.out.contains(QStringLiteral("Pickup order W-PAID")) &&
                     paid.out.contains(QStringLiteral("Web order W-PAID")),
                 qPrintable(paid.out + paid.err));
        const Run unpaid = pickups({QStringLiteral("collect"), QStringLiteral("W-AT-STORE"), QStringLiteral("--code"),
                                    m_codes.value(QStringLiteral("W-AT-STORE")), QStringLiteral("--label"),
                                    QStringLiteral("PL:W-AT-STORE"), QStringLiteral("--refuse"), QStringLiteral("2"),
                                    QStringLiteral("--pay"), QStringLiteral("card")});
        QVERIFY2(unpaid.exitCode == 0 && unpaid.out.contains(QStringLiteral("Pickup order W-AT-STORE")),
                 qPrintable(unpaid.out + unpaid.err));
        // The sale made at collection holds the item taken and not the one refused. (The printed
        // receipt names products, never SKUs: the sale's own record is what can tell.)
        const Run sale = till({QStringLiteral("receipts"), QStringLiteral("--last"), QStringLiteral("1"),
                               QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(sale.out.contains(QStringLiteral("SKU-0000003")), qPrintable(sale.out));
        QVERIFY2(!sale.out.contains(QStringLiteral("SKU-0000004")), qPrintable(sale.out));

        QVERIFY(m_central.start(0));
        QVERIFY(testing::pointTillAt(m_dir.filePath(QStringLiteral("kamppi")), m_central.url()));
        const Run synced = till({QStringLiteral("sync")});
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
        for (const char* number : {"W-PAID", "W-AT-STORE"}) {
            const auto [status, pickup] = integration("GET", std::string("/v1/pickups/") + number);
            QCOMPARE(status, 200);
            QCOMPARE(pickup.value(QStringLiteral("status")).toString(), QStringLiteral("collected"));
        }
        // 2 handed over paid and 1 of them back, 2 sold at the store: 3 fewer, none reserved for these.
        QCOMPARE(stockAtCentral("SKU-0000003"),
                 (QPair<QString, QString>{QString::number(m_onHand - 3), QString::number(m_reserved)}));
        const auto [refundsStatus, refunds] = integration("GET", "/v1/refunds?status=pending");
        QCOMPARE(refundsStatus, 200);
        QCOMPARE(refunds.value(QStringLiteral("refunds")).toArray().size(), 2); // the short item, the refused one
        const auto [exceptionsStatus, exceptions] = integration("GET", "/v1/exceptions");
        QCOMPARE(exceptionsStatus, 200);
        QCOMPARE(exceptions.value(QStringLiteral("exceptions")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPickupsAcrossChannels)
#include "TestPickupsAcrossChannels.moc"
