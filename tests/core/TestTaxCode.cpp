#include "core/domain/TaxCode.h"

#include <QTest>

using namespace kassa::core;

class TestTaxCode : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void computesVatFromGrossHalfUp() {
        // 10.00 at 25.5 %: 1000 * 2550 / 12550 = 203.19 -> 2.03
        QCOMPARE(vatIncluded(Money(1000), 2550).cents(), 203);
        // 10.00 at 14 %: 122.81 -> 1.23
        QCOMPARE(vatIncluded(Money(1000), 1400).cents(), 123);
        // 1.14 at 14 %: exactly 0.14
        QCOMPARE(vatIncluded(Money(114), 1400).cents(), 14);
        // 0.21 at 10 %: 1.909 -> 0.02 ; 0.55 at 10 %: 5.0 -> 0.05
        QCOMPARE(vatIncluded(Money(21), 1000).cents(), 2);
        QCOMPARE(vatIncluded(Money(55), 1000).cents(), 5);
        QCOMPARE(vatIncluded(Money(999), 0).cents(), 0);
    }

    void breakdownIsComputedPerRateFromItsGrossTotal() {
        // Three lines of 0.33 at 25.5 %: per line VAT would be 0.07 each (0.21), but VAT of the
        // rate's total 0.99 is 0.20. The receipt shows the latter.
        VatBreakdown breakdown;
        breakdown.add(QStringLiteral("A"), 2550, Money(33));
        breakdown.add(QStringLiteral("A"), 2550, Money(33));
        breakdown.add(QStringLiteral("A"), 2550, Money(33));
        breakdown.add(QStringLiteral("B"), 1350, Money(249));
        const auto lines = breakdown.lines();
        QCOMPARE(lines.size(), std::size_t(2));
        QCOMPARE(lines[0].code, QStringLiteral("A"));
        QCOMPARE(lines[0].gross.cents(), 99);
        QCOMPARE(lines[0].vat.cents(), 20);
        QCOMPARE(lines[0].net.cents(), 79);
        QCOMPARE(lines[1].code, QStringLiteral("B"));
        QCOMPARE(lines[1].vat.cents(), 30); // 249 * 1350 / 11350 = 29.6
        QCOMPARE(lines[1].net.cents(), 219);
        QCOMPARE(breakdown.totalGross().cents(), 348);
        QCOMPARE(breakdown.totalVat().cents(), 50);
    }

    void picksTheRateInForceOnTheDay() {
        const TaxTable table(finnishTaxRates());
        QCOMPARE(table.rateOn(QStringLiteral("A"), QDate(2024, 8, 31))->basisPoints, 2400);
        QCOMPARE(table.rateOn(QStringLiteral("A"), QDate(2024, 9, 1))->basisPoints, 2550);
        QCOMPARE(table.rateOn(QStringLiteral("B"), QDate(2025, 12, 31))->basisPoints, 1400);
        QCOMPARE(table.rateOn(QStringLiteral("B"), QDate(2026, 1, 1))->basisPoints, 1350);
        QCOMPARE(table.rateOn(QStringLiteral("C"), QDate(2026, 6, 1))->basisPoints, 1000);
        QCOMPARE(table.rateOn(QStringLiteral("Z"), QDate(2026, 6, 1))->basisPoints, 0);
        QVERIFY(table.rateOn(QStringLiteral("X"), QDate(2026, 6, 1)) == nullptr);
        QVERIFY(table.rateOn(QStringLiteral("A"), QDate(2000, 1, 1)) == nullptr);
    }

    void formatsRates() {
        QCOMPARE(formatRate(2550), QStringLiteral("25,5 %"));
        QCOMPARE(formatRate(1400), QStringLiteral("14 %"));
        QCOMPARE(formatRate(1350), QStringLiteral("13,5 %"));
        QCOMPARE(formatRate(0), QStringLiteral("0 %"));
        QCOMPARE(formatRate(1025), QStringLiteral("10,25 %"));
    }
};

QTEST_GUILESS_MAIN(TestTaxCode)
#include "TestTaxCode.moc"
