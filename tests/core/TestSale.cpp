#include "core/domain/Sale.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace kassa::core;

namespace {

CompletedSale sampleSale() {
    Basket basket;
    Product milk;
    milk.id = 7;
    milk.sku = QStringLiteral("SKU-7");
    milk.name = QStringLiteral("Kevytmaito 1 l");
    milk.price = Money(109);
    milk.taxCode = QStringLiteral("B");
    (void)basket.addProduct(milk, 1350, 3000, QStringLiteral("06411401015090"));
    Payment payment(basket.total());
    (void)payment.addCash(Money(500));
    TillIdentity till{QStringLiteral("001"), QStringLiteral("02"), QStringLiteral("Demo"), QStringLiteral("dev"), 1};
    CompletedSale sale = buildSale(basket, payment, till, QStringLiteral("1001"), QStringLiteral("Maija"),
                                   QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC));
    sale.number = 42;
    sale.receiptNumber = formatReceiptNumber(till, 42);
    sale.documentId = makeUuidV7(sale.completedAt);
    return sale;
}

} // namespace

class TestSale : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void buildsTotalsFromBasketAndPayment() {
        const CompletedSale sale = sampleSale();
        QCOMPARE(sale.total.cents(), 327);
        QCOMPARE(sale.rounding.cents(), -2); // 3.27 -> 3.25 in cash
        QCOMPARE(sale.change.cents(), 175);
        QCOMPARE(sale.amountPaid().cents(), 325);
        QCOMPARE(sale.receiptNumber, QStringLiteral("001-02-000042"));
        QCOMPARE(sale.vat.size(), std::size_t(1));
        QCOMPARE(sale.vat[0].gross.cents(), 327);
    }

    void canonicalFormRoundTrips() {
        const CompletedSale sale = sampleSale();
        const QByteArray bytes = canonicalBytes(sale);
        auto back = saleFromJson(QJsonDocument::fromJson(bytes).object());
        QVERIFY(back.ok());
        QCOMPARE(canonicalBytes(back.value()), bytes);
        QVERIFY(!bytes.contains(' ') || bytes.contains("Kevytmaito 1 l")); // compact
    }

    void chainHashDependsOnPreviousLinkAndContent() {
        const CompletedSale sale = sampleSale();
        const QByteArray bytes = canonicalBytes(sale);
        const QString first = chainHash(QString(), bytes);
        QCOMPARE(first.size(), 64);
        QCOMPARE(chainHash(QString(), bytes), first);
        QVERIFY(chainHash(first, bytes) != first);
        QByteArray tampered = bytes;
        tampered.replace("\"total\":327", "\"total\":326");
        QVERIFY(tampered != bytes);
        QVERIFY(chainHash(QString(), tampered) != first);
    }

    void uuidV7IsTimeOrderedAndVersioned() {
        const QDateTime t(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
        const QString a = makeUuidV7(t);
        const QString b = makeUuidV7(t.addMSecs(1));
        QVERIFY(
            QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
                .match(a)
                .hasMatch());
        QVERIFY(a < b);
        QVERIFY(makeUuidV7(t) != makeUuidV7(t));
    }
};

QTEST_GUILESS_MAIN(TestSale)
#include "TestSale.moc"
