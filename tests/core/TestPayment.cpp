#include "core/domain/Payment.h"

#include <QRegularExpression>
#include <QTest>

using namespace kassa::core;

class TestPayment : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exactCash() {
        Payment payment(Money(1000));
        QVERIFY(payment.addCash(Money(1000)).ok());
        QVERIFY(payment.isComplete());
        QCOMPARE(payment.change().cents(), 0);
        QCOMPARE(payment.rounding().cents(), 0);
    }

    void cashIsRoundedAndGivesChange() {
        Payment payment(Money(1233)); // 12.33 -> 12.35 in cash
        QCOMPARE(payment.cashDue().cents(), 1235);
        QVERIFY(payment.addCash(Money(2000)).ok());
        QVERIFY(payment.isComplete());
        QCOMPARE(payment.rounding().cents(), 2);
        QCOMPARE(payment.change().cents(), 765);
        QCOMPARE(payment.tenders()[0].amount.cents(), 1235);
        QCOMPARE(payment.tenders()[0].given.cents(), 2000);
    }

    void roundingDownToo() {
        Payment payment(Money(1232)); // -> 12.30
        QVERIFY(payment.addCash(Money(1230)).ok());
        QVERIFY(payment.isComplete());
        QCOMPARE(payment.rounding().cents(), -2);
    }

    void cardIsNeverRounded() {
        SimulatedPaymentTerminal terminal;
        Payment payment(Money(1233));
        QVERIFY(payment.addCard(Money(1233), terminal, QStringLiteral("r")).ok());
        QVERIFY(payment.isComplete());
        QCOMPARE(payment.rounding().cents(), 0);
        QVERIFY(QRegularExpression(QStringLiteral("^\\*{12}[0-9]{4}$"))
                    .match(payment.tenders()[0].card.maskedPan)
                    .hasMatch());
        QCOMPARE(payment.tenders()[0].card.authCode.size(), 6);
    }

    void splitCardThenCash() {
        SimulatedPaymentTerminal terminal;
        Payment payment(Money(5033));
        QVERIFY(payment.addCard(Money(3000), terminal, QStringLiteral("r")).ok());
        QVERIFY(!payment.isComplete());
        QCOMPARE(payment.remaining().cents(), 2033);
        QCOMPARE(payment.cashDue().cents(), 2035);
        QVERIFY(payment.addCash(Money(2100)).ok());
        QVERIFY(payment.isComplete());
        QCOMPARE(payment.rounding().cents(), 2);
        QCOMPARE(payment.change().cents(), 65);
    }

    void partCashThenCard() {
        SimulatedPaymentTerminal terminal;
        Payment payment(Money(5033));
        QVERIFY(payment.addCash(Money(2000)).ok());
        QVERIFY(!payment.isComplete());
        QVERIFY(payment.addCard(payment.remaining(), terminal, QStringLiteral("r")).ok());
        QVERIFY(payment.isComplete());
        QCOMPARE(payment.paid().cents(), 5033);
    }

    void cardCannotPayMoreThanIsLeft() {
        SimulatedPaymentTerminal terminal;
        Payment payment(Money(1000));
        QCOMPARE(payment.addCard(Money(1001), terminal, QStringLiteral("r")).error().code, ErrorCode::TenderTooLarge);
        QVERIFY(payment.tenders().empty());
    }

    void declinedCardChangesNothing() {
        SimulatedPaymentTerminal terminal(SimulatedPaymentTerminal::Mode::Decline);
        Payment payment(Money(1000));
        QCOMPARE(payment.addCard(Money(1000), terminal, QStringLiteral("r")).error().code, ErrorCode::CardDeclined);
        QVERIFY(payment.tenders().empty());
        QVERIFY(!payment.isComplete());
        QCOMPARE(payment.remaining().cents(), 1000);
    }

    void refusesZeroAndNegativeTenders() {
        SimulatedPaymentTerminal terminal;
        Payment payment(Money(1000));
        QCOMPARE(payment.addCash(Money(0)).error().code, ErrorCode::InvalidAmount);
        QCOMPARE(payment.addCash(Money(-5)).error().code, ErrorCode::InvalidAmount);
        QCOMPARE(payment.addCard(Money(0), terminal, QStringLiteral("r")).error().code, ErrorCode::InvalidAmount);
        QVERIFY(payment.tenders().empty());
    }

    void nothingMoreAfterComplete() {
        Payment payment(Money(1000));
        QVERIFY(payment.addCash(Money(1000)).ok());
        QVERIFY(!payment.addCash(Money(1000)).ok());
    }

    void tinyRestRoundsToNothingInCash() {
        SimulatedPaymentTerminal terminal;
        Payment payment(Money(1002));
        QVERIFY(payment.addCard(Money(1000), terminal, QStringLiteral("r")).ok());
        QCOMPARE(payment.cashDue().cents(), 0);
        QVERIFY(payment.addCash(Money(0)).ok());
        QVERIFY(payment.isComplete());
        QCOMPARE(payment.rounding().cents(), -2);
    }
};

QTEST_GUILESS_MAIN(TestPayment)
#include "TestPayment.moc"
