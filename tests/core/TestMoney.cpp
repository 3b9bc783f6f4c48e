#include "core/domain/Money.h"

#include <QTest>

using namespace kassa::core;

class TestMoney : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesDecimalEuros_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("whole") << "12" << qint64(1200);
        QTest::newRow("dot") << "12.34" << qint64(1234);
        QTest::newRow("comma") << "12,34" << qint64(1234);
        QTest::newRow("one decimal") << "0.5" << qint64(50);
        QTest::newRow("leading dot") << ".25" << qint64(25);
        QTest::newRow("negative") << "-3.05" << qint64(-305);
        QTest::newRow("spaces") << "  7.00 " << qint64(700);
    }
    void parsesDecimalEuros() {
        QFETCH(QString, text);
        QFETCH(qint64, cents);
        auto parsed = Money::parse(text);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->cents(), cents);
    }

    void refusesWhatIsNotAnAmount_data() {
        QTest::addColumn<QString>("text");
        for (const char* bad : {"", "abc", "1.234", "1..2", "12e3", "1,2,3", "--1", "1 000", ".", "99999999999"}) {
            QTest::newRow(bad) << QString::fromLatin1(bad);
        }
    }
    void refusesWhatIsNotAnAmount() {
        QFETCH(QString, text);
        auto parsed = Money::parse(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::InvalidAmount);
    }

    void formats() {
        QCOMPARE(Money(1234).format(), QStringLiteral("12,34"));
        QCOMPARE(Money(5).format(), QStringLiteral("0,05"));
        QCOMPARE(Money(-305).toDecimalString(), QStringLiteral("-3.05"));
        QCOMPARE(Money(0).toDecimalString(), QStringLiteral("0.00"));
    }

    void roundsHalfUp() {
        QCOMPARE(divideRoundHalfUp(5, 10), 1);
        QCOMPARE(divideRoundHalfUp(4, 10), 0);
        QCOMPARE(divideRoundHalfUp(15, 10), 2);
        QCOMPARE(divideRoundHalfUp(-5, 10), -1);
        QCOMPARE(divideRoundHalfUp(-4, 10), 0);
    }

    void roundsCashToFiveCents_data() {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<qint64>("rounded");
        QTest::newRow("x.00") << qint64(1000) << qint64(1000);
        QTest::newRow("x.01 down") << qint64(1001) << qint64(1000);
        QTest::newRow("x.02 down") << qint64(1002) << qint64(1000);
        QTest::newRow("x.03 up") << qint64(1003) << qint64(1005);
        QTest::newRow("x.04 up") << qint64(1004) << qint64(1005);
        QTest::newRow("x.05") << qint64(1005) << qint64(1005);
        QTest::newRow("x.06 down") << qint64(1006) << qint64(1005);
        QTest::newRow("x.07 down") << qint64(1007) << qint64(1005);
        QTest::newRow("x.08 up") << qint64(1008) << qint64(1010);
        QTest::newRow("x.09 up") << qint64(1009) << qint64(1010);
        QTest::newRow("refund -x.03") << qint64(-1003) << qint64(-1005);
        QTest::newRow("refund -x.02") << qint64(-1002) << qint64(-1000);
    }
    void roundsCashToFiveCents() {
        QFETCH(qint64, cents);
        QFETCH(qint64, rounded);
        QCOMPARE(roundForCash(Money(cents)).cents(), rounded);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
