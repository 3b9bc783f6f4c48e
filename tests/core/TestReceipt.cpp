#include "core/domain/Receipt.h"

#include <QTest>

using namespace kassa::core;

namespace {

CompletedSale saleWithEverything() {
    Basket basket;
    Product coffee;
    coffee.id = 1;
    coffee.sku = QStringLiteral("SKU-1");
    coffee.name = QStringLiteral("Paulig Juhla Mokka kahvi 500 g");
    coffee.price = Money(699);
    coffee.taxCode = QStringLiteral("B");
    Product soap = coffee;
    soap.sku = QStringLiteral("SKU-2");
    soap.name = QStringLiteral("Fairy astianpesuaine 500 ml");
    soap.price = Money(279);
    soap.taxCode = QStringLiteral("A");
    Product banana = coffee;
    banana.sku = QStringLiteral("PLU-1");
    banana.name = QStringLiteral("Banaani");
    banana.price = Money(199);
    banana.unit = Unit::Kilograms;
    (void)basket.addProduct(coffee, 1350, 2000, {});
    const int soapLine = basket.addProduct(soap, 2550, 1000, {}).value();
    (void)basket.addProduct(banana, 1350, 540, {});
    const int voided = basket.addProduct(soap, 2550, 1000, {}).value();
    (void)basket.voidLine(voided);
    (void)basket.setLineDiscount(soapLine, {Discount::Kind::Percent, 1000});
    SimulatedPaymentTerminal terminal;
    Payment payment(basket.total());
    (void)payment.addCard(Money(1000), terminal, QStringLiteral("r"));
    (void)payment.addCash(Money(1000));
    TillIdentity till{QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("Demo"), QStringLiteral("d"), 1};
    CompletedSale sale = buildSale(basket, payment, till, QStringLiteral("1001"), QStringLiteral("Maija Virtanen"),
                                   QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC));
    sale.number = 7;
    sale.receiptNumber = formatReceiptNumber(till, 7);
    return sale;
}

} // namespace

class TestReceipt : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void textShowsWhatTheLawAndTheCustomerAskFor() {
        const CompletedSale sale = saleWithEverything();
        const ReceiptHeader header{QStringLiteral("Kassa Demo"), QStringLiteral("Mannerheimintie 1"),
                                   QStringLiteral("1234567-8"), 42};
        const QString text = renderReceiptText(sale, header);
        for (const QString& expected :
             {QStringLiteral("Kassa Demo"), QStringLiteral("1234567-8"), QStringLiteral("001-01-000007"),
              QStringLiteral("Maija Virtanen"), QStringLiteral("Paulig Juhla Mokka"), QStringLiteral("2 x 6,99"),
              QStringLiteral("0,540 kg x 1,99/kg"), QStringLiteral("VOID"), QStringLiteral("Discount"),
              QStringLiteral("TOTAL EUR"), QStringLiteral("Cash rounding"), QStringLiteral("Change"),
              QStringLiteral("Card VISA"), QStringLiteral("A 25,5 %"), QStringLiteral("B 13,5 %")}) {
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in\n") + text));
        }
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            QVERIFY2(line.size() <= 42, qPrintable(line));
        }
        // 13.98 + 2.51 + 1.07 = 17.56; card 10.00; the 7.56 left is 7.55 in cash: 2.45 back.
        QCOMPARE(sale.total.cents(), 1756);
        QCOMPARE(sale.rounding.cents(), -1);
        QVERIFY(text.contains(QStringLiteral("17,56")));
        QVERIFY(text.contains(QStringLiteral("2,45")));
    }

    void aLongNameIsWrappedBetweenWordsNotCut() {
        CompletedSale sale = saleWithEverything();
        sale.lines.front().name = QStringLiteral("Paulig Juhla Mokka kahvi tumma paahto 500 g"); // 43 characters
        sale.lines.front().quantityMilli = kQuantityOne;
        const ReceiptHeader header{QStringLiteral("Kassa Demo"), QString(), QString(), 42};
        const QStringList lines = renderReceiptText(sale, header).split(QLatin1Char('\n'));
        const auto first = lines.indexOf(QStringLiteral("Paulig Juhla Mokka kahvi tumma paahto"));
        QVERIFY2(first > 0, qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(lines[first + 1], QStringLiteral("500 g")); // the weight stays whole
        QVERIFY(lines[first + 2].endsWith(QStringLiteral(" B")));
        for (const QString& line : lines) {
            QVERIFY2(line.size() <= 42, qPrintable(line));
        }
        // A word longer than the line is split rather than lost.
        sale.lines.front().name = QString(50, QLatin1Char('X'));
        const QString text = renderReceiptText(sale, header);
        QVERIFY(text.contains(QString(42, QLatin1Char('X')) + QStringLiteral("\n") + QString(8, QLatin1Char('X')) +
                              QStringLiteral("\n")));
    }

    void escPosHasInitBarcodeAndCut() {
        const CompletedSale sale = saleWithEverything();
        const QByteArray bytes = renderReceiptEscPos(sale, ReceiptHeader{QStringLiteral("Kassa Demo"), {}, {}, 42});
        QVERIFY(bytes.startsWith(QByteArray("\x1b@", 2)));
        QVERIFY(bytes.contains(QByteArray("\x1dk\x49", 3) + char(15) + "{B001-01-000007"));
        QVERIFY(bytes.endsWith(QByteArray("\x1dV\x42\x00", 4)));
        QVERIFY(bytes.contains("Paulig Juhla Mokka"));
    }

    void theDrawerKickIsEscP() { QCOMPARE(drawerKickEscPos(), QByteArray("\x1b\x70\x00\x19\xfa", 5)); }

    void escPosEncodesFinnishLettersForCodePage1252() {
        CompletedSale sale = saleWithEverything();
        sale.lines[0].name = QStringLiteral("Päärynä");
        const QByteArray bytes = renderReceiptEscPos(sale, ReceiptHeader{QStringLiteral("Kassa"), {}, {}, 42});
        QVERIFY(bytes.contains("P\xe4\xe4ryn\xe4"));
    }
};

QTEST_GUILESS_MAIN(TestReceipt)
#include "TestReceipt.moc"
