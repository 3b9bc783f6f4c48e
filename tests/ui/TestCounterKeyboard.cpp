// A cashier at a counter with a queue: the keyboard and a wedge scanner only, never the mouse.
// Each test is a defect once found at the till; each drives the real window with keys.

#include "TillAtTheCounter.h"

#include <QListWidget>
#include <QPushButton>

using namespace kassa;

class TestCounterKeyboard : public testing::TillAtTheCounter {
    Q_OBJECT

    QString paymentMessage() { return find<QLabel>("paymentMessageLabel")->text(); }

    // Logs in and scans `codes`, then F12: the payment screen, its amount field focused.
    QLineEdit* payFor(const QStringList& codes) {
        logIn("1001", "1234");
        for (const QString& code : codes) {
            scan(find<QLineEdit>("scanLineEdit"), code);
        }
        press(Qt::Key_F12);
        return find<QLineEdit>("amountLineEdit");
    }

private Q_SLOTS:
    void initTestCase() { useFinnishTill(); }
    void init() { openTill(); }
    void cleanup() { closeTill(); }

    // 5000 typed for 50,00 used to complete the sale at once with 4 988,45 change. Now the sale
    // waits: Enter (a hurried cashier's key) does not confirm, Esc types the amount again, F2
    // confirms it was meant.
    void cashFarAboveTheTotalWaitsForAConfirmation() {
        QLineEdit* amount = payFor({core::demoGtin(50)});
        QCOMPARE(QApplication::focusWidget(), amount);
        type(QStringLiteral("5000"));
        press(Qt::Key_Return);
        QCOMPARE(screen(), QStringLiteral("paymentScreen"));
        QVERIFY(m_checkout->payment()->tenders().empty());
        QVERIFY2(paymentMessage().contains(QStringLiteral("5000,00")) &&
                     paymentMessage().contains(QStringLiteral("F2")),
                 qPrintable(paymentMessage()));
        press(Qt::Key_Return); // again: still a question
        QVERIFY(m_checkout->payment()->tenders().empty());
        press(Qt::Key_Escape); // types it again, and stays on the payment
        QCOMPARE(screen(), QStringLiteral("paymentScreen"));
        QVERIFY(amount->text().isEmpty());
        type(QStringLiteral("5000"));
        press(Qt::Key_F2);
        QVERIFY(m_checkout->payment()->tenders().empty()); // F2 asks too, the first time
        press(Qt::Key_F2);                                 // and takes it the second
        QCOMPARE(screen(), QStringLiteral("receiptScreen"));
        const core::CompletedSale sale = m_till->journal().last(1)[0];
        QCOMPARE(sale.tenders[0].given, core::Money(5000'00));
    }

    // A part payment in cash is taken back with F8 (the amount is due again, the message says to
    // hand the cash back); then Esc can leave the payment. A card's tender is not taken back.
    void aTenderTakenIsTakenBackWithF8ButNotACards() {
        QLineEdit* amount = payFor({core::demoGtin(50), core::demoGtin(51)});
        const core::Money total = m_checkout->payment()->remaining();
        QTest::keyClicks(amount, QStringLiteral("1"));
        press(Qt::Key_F3); // 1,00 by card
        QTRY_COMPARE(m_checkout->payment()->tenders().size(), std::size_t(1));
        QTest::keyClicks(amount, QStringLiteral("2"));
        press(Qt::Key_Return); // 2,00 in cash
        QCOMPARE(m_checkout->payment()->tenders().size(), std::size_t(2));
        QCOMPARE(find<QListWidget>("tenderListWidget")->currentRow(), 1); // the one just taken
        press(Qt::Key_F8);
        QCOMPARE(m_checkout->payment()->tenders().size(), std::size_t(1));
        QCOMPARE(m_checkout->payment()->remaining(), total - core::Money(1'00));
        QVERIFY2(paymentMessage().contains(QStringLiteral("2,00")), qPrintable(paymentMessage()));
        press(Qt::Key_Up);
        press(Qt::Key_F8); // the card's
        QCOMPARE(m_checkout->payment()->tenders().size(), std::size_t(1));
        QVERIFY2(paymentMessage().contains(QStringLiteral("charged")), qPrintable(paymentMessage()));
        press(Qt::Key_F2); // the rest in exact cash
        QCOMPARE(screen(), QStringLiteral("receiptScreen"));
        QCOMPARE(m_till->journal().last(1)[0].tenders.size(), std::size_t(2));
    }

    void aCashTenderTakenBackLetsEscLeaveThePayment() {
        QLineEdit* amount = payFor({core::demoGtin(50), core::demoGtin(51)});
        QTest::keyClicks(amount, QStringLiteral("2"));
        press(Qt::Key_Return);
        press(Qt::Key_Escape);
        QCOMPARE(screen(), QStringLiteral("paymentScreen")); // a payment has been taken
        QVERIFY(paymentMessage().contains(QStringLiteral("F8")));
        press(Qt::Key_F8);
        press(Qt::Key_Escape);
        QCOMPARE(screen(), QStringLiteral("saleScreen"));
        QCOMPARE(m_checkout->basket().lines().size(), std::size_t(2));
    }
};

QTEST_MAIN(TestCounterKeyboard)
#include "TestCounterKeyboard.moc"
