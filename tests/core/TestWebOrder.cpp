// Web orders as the web shop's integration sends them: every field checked, amounts and
// quantities exact, and a refusal that says what is wrong.

#include "core/domain/WebOrder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kassa::core;

namespace {

QJsonObject order(const QByteArray& json) {
    return QJsonDocument::fromJson(json).object();
}

const QByteArray kGood = R"({"order":"W100234","placed_at":"2026-11-20T14:03:00+02:00",
    "delivered_at":"2026-11-22T10:00:00+02:00","customer":{"email":"maija@example.fi","name":" Maija "},
    "payment":"online:card","lines":[
      {"line":1,"sku":"100234","quantity":"2","unit_price":"2.99","tax_code":"B","discount":"0.50"},
      {"line":2,"sku":"PLU-1","quantity":0.535,"unit_price":"1.99","tax_code":"B"}]})";

} // namespace

class TestWebOrder : public QObject {
    Q_OBJECT

    const TaxTable m_taxes{finnishTaxRates()};

    QString refusal(QByteArray json, const QByteArray& from, const QByteArray& to) {
        json.replace(from, to);
        const Result<WebOrder> parsed = parseWebOrder(order(json), m_taxes);
        return parsed ? QString() : parsed.error().detail;
    }

private Q_SLOTS:
    void readsAnOrderExactly() {
        const Result<WebOrder> parsed = parseWebOrder(order(kGood), m_taxes);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().detail));
        QCOMPARE(parsed->number, QStringLiteral("W100234"));
        QCOMPARE(parsed->placedAt, QDateTime(QDate(2026, 11, 20), QTime(12, 3), Qt::UTC));
        QCOMPARE(parsed->lines.size(), size_t(2));
        QCOMPARE(parsed->lines[0].quantityMilli, 2000);
        QCOMPARE(parsed->lines[0].net().cents(), 548); // 2 x 2.99 - 0.50
        QCOMPARE(parsed->lines[1].quantityMilli, 535);
        QCOMPARE(parsed->lines[1].net().cents(), 106); // 0.535 kg x 1.99, half up
        QCOMPARE(parsed->customer.value(QStringLiteral("name")).toString(), QStringLiteral("Maija"));
        // What central keeps reads the same when it is read again.
        const Result<WebOrder> again = parseWebOrder(toJson(parsed.value()), m_taxes);
        QVERIFY(again.ok());
        QCOMPARE(toJson(again.value()), toJson(parsed.value()));
        QCOMPARE(toJson(parsed.value())
                     .value(QStringLiteral("lines"))
                     .toArray()[1]
                     .toObject()
                     .value(QStringLiteral("quantity")),
                 QJsonValue(QStringLiteral("0.535")));
    }

    void refusesWhatIsWrongAndSaysWhat() {
        QVERIFY(refusal(kGood, R"("order":"W100234")", R"("order":"")").contains(QStringLiteral("\"order\"")));
        QVERIFY(refusal(kGood, "14:03:00+02:00", "14:03:00").contains(QStringLiteral("placed_at")));
        QVERIFY(refusal(kGood, "2026-11-22T10:00:00+02:00", "2026-11-19T10:00:00+02:00")
                    .contains(QStringLiteral("delivered_at")));
        QVERIFY(refusal(kGood, "online:card", "cash").contains(QStringLiteral("payment")));
        QVERIFY(refusal(kGood, R"("quantity":"2")", R"("quantity":"0")").contains(QStringLiteral("order line 1")));
        QVERIFY(refusal(kGood, R"("quantity":"2")", R"("quantity":"1.2345")").contains(QStringLiteral("quantity")));
        QVERIFY(
            refusal(kGood, R"("unit_price":"2.99")", R"("unit_price":2.99)").contains(QStringLiteral("unit_price")));
        QVERIFY(refusal(kGood, R"("tax_code":"B","discount")", R"("tax_code":"Q","discount")")
                    .contains(QStringLiteral("unknown \"tax_code\" \"Q\"")));
        QVERIFY(refusal(kGood, R"("discount":"0.50")", R"("discount":"6.00")")
                    .contains(QStringLiteral("more than the line costs")));
        QVERIFY(refusal(kGood, R"("line":2)", R"("line":1)").contains(QStringLiteral("order line 1 appears twice")));
        QVERIFY(refusal(kGood, R"("sku":"PLU-1")", "\"sku\":\"A\\u0007B\"").contains(QStringLiteral("sku")));
        QVERIFY(!refusal(kGood, R"("lines":[)", R"("lines":[],"x":[)").isEmpty());
    }

    // Buy online, pick up in store: the store named, paid online or at collection; what is wrong
    // with it refused with the reason.
    void aPickupOrderNamesItsStoreAndHowItIsPaid() {
        QByteArray pickup = kGood;
        pickup.replace(R"("payment":"online:card",)", R"("fulfilment":{"type":"pickup","store":"061"},"paid":false,)");
        const Result<WebOrder> unpaid = parseWebOrder(order(pickup), m_taxes);
        QVERIFY2(unpaid.ok(), unpaid.ok() ? "" : qPrintable(unpaid.error().detail));
        QVERIFY(unpaid->isPickup());
        QCOMPARE(unpaid->pickupStore, QStringLiteral("061"));
        QVERIFY(!unpaid->paid);
        QCOMPARE(unpaid->payment, QString::fromLatin1(kPaidAtCollection));
        const QJsonObject kept = toJson(unpaid.value());
        QVERIFY(!kept.contains(QStringLiteral("payment")));
        QCOMPARE(parseWebOrder(kept, m_taxes)->pickupStore, QStringLiteral("061")); // reads back the same

        QByteArray paidOnline = kGood;
        paidOnline.replace(R"("payment":"online:card",)",
                           R"("payment":"online:card","fulfilment":{"type":"pickup","store":"002"},"paid":true,)");
        QVERIFY(parseWebOrder(order(paidOnline), m_taxes)->paid);
        QVERIFY(!parseWebOrder(order(kGood), m_taxes)->isPickup());
        QVERIFY(!toJson(parseWebOrder(order(kGood), m_taxes).value()).contains(QStringLiteral("fulfilment")));

        QVERIFY(refusal(pickup, R"("store":"061")", R"("store":"61")").contains(QLatin1String("three-digit")));
        QVERIFY(refusal(pickup, R"("type":"pickup")", R"("type":"courier")").contains(QLatin1String("\"pickup\"")));
        QVERIFY(refusal(pickup, R"("paid":false)", R"("paid":"no")").contains(QLatin1String("\"paid\" must be")));
        QVERIFY(refusal(kGood, R"("payment":"online:card",)", R"("paid":false,)")
                    .contains(QLatin1String("only an order collected in a store")));
        QVERIFY(refusal(pickup, R"("paid":false,)", R"("paid":false,"payment":"online:card",)")
                    .contains(QLatin1String("has no \"payment\"")));
    }

    void quantitiesReadAsPeopleWriteThem() {
        QCOMPARE(formatQuantity(2000), QStringLiteral("2"));
        QCOMPARE(formatQuantity(535), QStringLiteral("0.535"));
        QCOMPARE(formatQuantity(1500), QStringLiteral("1.5"));
        QCOMPARE(formatQuantity(0), QStringLiteral("0"));
        // Stock below zero (weighed goods sold past the count) keeps its sign on the whole figure.
        QCOMPARE(formatQuantity(-1500), QStringLiteral("-1.5"));
        QCOMPARE(formatQuantity(-500), QStringLiteral("-0.5"));
        QCOMPARE(formatQuantity(-2000), QStringLiteral("-2"));
        for (const std::int64_t milli : {0LL, 535LL, -500LL, -1500LL, 12000LL}) {
            QCOMPARE(parseSignedQuantity(formatQuantity(milli)).value(), milli);
        }
        QVERIFY(!parseSignedQuantity(QStringLiteral("--1")).ok());
        QVERIFY(!parseSignedQuantity(QStringLiteral("lots")).ok());
    }
};

QTEST_GUILESS_MAIN(TestWebOrder)
#include "TestWebOrder.moc"
