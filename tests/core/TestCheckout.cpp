#include "common/OpenShift.h"
#include "core/store/DemoCatalog.h"
#include "core/till/Checkout.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kassa::core;

class TestCheckout : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TillDatabase> m_till;
    SimulatedPaymentTerminal m_terminal;
    std::unique_ptr<Checkout> m_checkout;
    // A fixed day in 2026, so the 13.5 % food rate is in force.
    const QDateTime m_now{QDate(2026, 11, 24), QTime(10, 30), Qt::UTC};

    static QString label(const char* twelveDigits) {
        const QString digits = QString::fromLatin1(twelveDigits);
        return digits + QString::number(gs1CheckDigit(digits));
    }

private Q_SLOTS:
    void init() {
        m_till = std::make_unique<TillDatabase>(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())));
        m_till->initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("Test"));
        seedDemoCatalog(*m_till, 200);
        kassa::testing::openShift(*m_till);
        m_terminal.setMode(SimulatedPaymentTerminal::Mode::Approve);
        m_checkout = std::make_unique<Checkout>(*m_till, m_terminal, [this] { return m_now; });
        QVERIFY(m_checkout->login(QStringLiteral("1001"), u"1234").ok());
    }

    void nothingWithoutLogin() {
        m_checkout->logout();
        QVERIFY(!m_checkout->scan(demoGtin(0)).ok());
    }

    void scansGtinsAndLabels() {
        QVERIFY(m_checkout->scan(demoGtin(3)).ok());
        // Banana is PLU 1 at 1.99/kg: 0.535 kg -> 1.06
        auto weighed = m_checkout->scan(label("230000100535"));
        QVERIFY(weighed.ok());
        const BasketLine* banana = m_checkout->basket().line(weighed.value());
        QCOMPARE(banana->product.name, QStringLiteral("Banaani"));
        QCOMPARE(banana->quantityMilli, 535);
        QCOMPARE(banana->gross().cents(), 106);
        QCOMPARE(banana->taxBasisPoints, 1350);
        // PLU 21 with a printed price of 3.49
        auto priced = m_checkout->scan(label("240002100349"));
        QVERIFY(priced.ok());
        QCOMPARE(m_checkout->basket().line(priced.value())->gross().cents(), 349);
    }

    void refusesBadScansAndKeepsTheBasket() {
        QVERIFY(m_checkout->scan(demoGtin(3)).ok());
        const Money before = m_checkout->basket().total();
        QCOMPARE(m_checkout->scan(QStringLiteral("4006381333931")).error().code, ErrorCode::UnknownProduct);
        QCOMPARE(m_checkout->scan(QStringLiteral("4006381333932")).error().code, ErrorCode::InvalidCheckDigit);
        QCOMPARE(m_checkout->scan(QStringLiteral("abc")).error().code, ErrorCode::InvalidCharacters);
        QCOMPARE(m_checkout->scan(QString(40, QLatin1Char('1'))).error().code, ErrorCode::InvalidLength);
        QCOMPARE(m_checkout->scan(label("239999900535")).error().code, ErrorCode::UnknownProduct);
        QCOMPARE(m_checkout->scan(demoGtin(3), -1000).error().code, ErrorCode::InvalidQuantity);
        QCOMPARE(m_checkout->basket().total(), before);
        QCOMPARE(m_checkout->basket().lines().size(), std::size_t(1));
    }

    void weighedQuickKeyNeedsAWeight() {
        const Product banana = m_till->catalog().byPlu(1).value();
        QCOMPARE(m_checkout->addProduct(banana).error().code, ErrorCode::WeightRequired);
        QVERIFY(m_checkout->addProduct(banana, 1250).ok());
        QCOMPARE(m_checkout->basket().total().cents(), 249); // 1.25 kg * 1.99 = 2.4875
    }

    void completesACashSaleWithRounding() {
        const Product bag = m_till->catalog().bySku(QStringLiteral("KASSI-01")).value();
        QVERIFY(m_checkout->addProduct(bag, 3000).ok());       // 3 x 0.25
        QVERIFY(m_checkout->scan(label("230000100535")).ok()); // 1.06
        QCOMPARE(m_checkout->basket().total().cents(), 181);
        QVERIFY(m_checkout->startPayment().ok());
        QCOMPARE(m_checkout->payment()->cashDue().cents(), 180);
        // The basket cannot change while paying.
        QCOMPARE(m_checkout->scan(demoGtin(3)).error().code, ErrorCode::PaymentIncomplete);
        QCOMPARE(m_checkout->complete().error().code, ErrorCode::PaymentIncomplete);
        QVERIFY(m_checkout->payCash(Money(500)).ok());
        auto sale = m_checkout->complete();
        QVERIFY(sale.ok());
        QCOMPARE(sale->total.cents(), 181);
        QCOMPARE(sale->rounding.cents(), -1);
        QCOMPARE(sale->change.cents(), 320);
        QCOMPARE(sale->operatorId, QStringLiteral("1001"));
        QVERIFY(m_checkout->basket().isEmpty());
        QVERIFY(m_checkout->payment() == nullptr);
    }

    void declinedCardThenCash() {
        QVERIFY(m_checkout->scan(demoGtin(3)).ok());
        QVERIFY(m_checkout->startPayment().ok());
        m_terminal.setMode(SimulatedPaymentTerminal::Mode::Decline);
        QCOMPARE(m_checkout->payCard().error().code, ErrorCode::CardDeclined);
        QVERIFY(m_checkout->cancelPayment().ok()); // nothing taken yet: back to the basket is fine
        QVERIFY(m_checkout->startPayment().ok());
        QVERIFY(m_checkout->payCash(Money(100'00)).ok());
        QVERIFY(m_checkout->complete().ok());
    }

    // 5000 typed for 50,00: cash more than the margin (500,00 by default) above what is due is
    // refused until confirmed; up to the margin it is change as always.
    void cashFarAboveWhatIsDueIsTakenOnlyWhenConfirmed() {
        QVERIFY(m_checkout->scan(demoGtin(3)).ok());
        QVERIFY(m_checkout->startPayment().ok());
        const Money due = m_checkout->payment()->cashDue();
        const Result<void> refused = m_checkout->payCash(Money(5000'00));
        QCOMPARE(refused.error().code, ErrorCode::CashFarAboveDue);
        QVERIFY(describe(refused.error()).contains((Money(5000'00) - due).formatForPeople()));
        QVERIFY(m_checkout->payment()->tenders().empty());
        QVERIFY(m_checkout->payCash(Money(5000'00), Checkout::LargeCash::Confirmed).ok());
        QCOMPARE(m_checkout->payment()->change(), Money(5000'00) - due);

        QVERIFY(m_checkout->complete().ok());
        QVERIFY(m_checkout->scan(demoGtin(3)).ok());
        QVERIFY(m_checkout->startPayment().ok());
        QVERIFY(m_till->settings().set(QStringLiteral("payment.cash_confirm_above"), QStringLiteral("20.00")).ok());
        const Money justAbove = m_checkout->payment()->cashDue() + Money(20'05);
        QCOMPARE(m_checkout->payCash(justAbove).error().code, ErrorCode::CashFarAboveDue);
        QVERIFY(m_checkout->payCash(justAbove - Money(5)).ok()); // the margin itself is change
    }

    // A tender taken comes back off the payment until the sale completes; a card's stays.
    void aTenderTakenCanBeTakenBackButNotACards() {
        QVERIFY(m_checkout->scan(demoGtin(3), 10 * kQuantityOne).ok());
        QVERIFY(m_checkout->startPayment().ok());
        const Money total = m_checkout->payment()->remaining();
        QVERIFY(m_checkout->payCard(Money(10)).ok());
        QVERIFY(m_checkout->payCash(Money(1'00)).ok());
        QCOMPARE(m_checkout->removeTender(0).error().code, ErrorCode::CardTenderStays);
        QCOMPARE(m_checkout->removeTender(2).error().code, ErrorCode::NoSuchTender);
        const Result<Tender> cash = m_checkout->removeTender(1);
        QCOMPARE(cash->given, Money(1'00));
        QCOMPARE(m_checkout->payment()->remaining(), total - Money(10));
        QVERIFY(!m_checkout->cancelPayment().ok()); // the card's tender is still there
        QVERIFY(m_checkout->payCash(m_checkout->payment()->cashDue()).ok());
        QCOMPARE(m_checkout->removeTender(0).error().code, ErrorCode::PaymentComplete);
        const CompletedSale sale = m_checkout->complete().value();
        QCOMPARE(sale.tenders.size(), std::size_t(2));
        QCOMPARE(sale.tenders[0].kind, Tender::Kind::Card);
    }

    void cannotLeavePaymentAfterATender() {
        QVERIFY(m_checkout->scan(demoGtin(3)).ok());
        QVERIFY(m_checkout->startPayment().ok());
        QVERIFY(m_checkout->payCard(Money(10)).ok());
        QVERIFY(!m_checkout->cancelPayment().ok());
    }

    void discountApprovalIsRecordedOnTheSale() {
        const int line = m_checkout->scan(demoGtin(3)).value();
        QCOMPARE(m_checkout->setLineDiscount(line, {Discount::Kind::Percent, 3000}).error().code,
                 ErrorCode::ApprovalRequired);
        QCOMPARE(m_checkout->approve(QStringLiteral("1001"), u"1234", {}).error().code, ErrorCode::NotAuthorized);
        auto approval = m_checkout->approve(QStringLiteral("2001"), u"2345", QStringLiteral("damaged package"));
        QVERIFY(approval.ok());
        QVERIFY(m_checkout->setLineDiscount(line, {Discount::Kind::Percent, 3000}, approval.value()).ok());
        QVERIFY(m_checkout->startPayment().ok());
        QVERIFY(m_checkout->payCard().ok());
        auto sale = m_checkout->complete();
        QVERIFY(sale.ok());
        QCOMPARE(sale->approvals.size(), std::size_t(1));
        QCOMPARE(sale->approvals[0].approverId, QStringLiteral("2001"));
        QCOMPARE(sale->approvals[0].detail, QStringLiteral("damaged package"));
    }

    void suspendsAndRecalls() {
        QVERIFY(m_checkout->scan(demoGtin(3)).ok());
        QVERIFY(m_checkout->scan(demoGtin(4)).ok());
        const Money total = m_checkout->basket().total();
        auto id = m_checkout->suspend();
        QVERIFY(id.ok());
        QVERIFY(m_checkout->basket().isEmpty());
        QCOMPARE(m_till->suspendedBaskets().list().size(), std::size_t(1));
        QVERIFY(m_checkout->scan(demoGtin(5)).ok());
        QCOMPARE(m_checkout->recall(id.value()).error().code, ErrorCode::BasketNotEmpty); // would lose it
        QVERIFY(m_checkout->voidLine(1).ok());
        QVERIFY(m_checkout->recall(id.value()).ok());
        QCOMPARE(m_checkout->basket().total(), total);
        QVERIFY(m_till->suspendedBaskets().list().empty());
        QVERIFY(m_checkout->suspend().ok());
        QCOMPARE(m_checkout->recall(id.value()).error().code, ErrorCode::NoSuchBasket);
    }
};

QTEST_GUILESS_MAIN(TestCheckout)
#include "TestCheckout.moc"
