// The till's shifts (core/store/Shifts.h) on a real SQLite file: opened with a float, sales and
// drawer movements belonging to the open shift, the X figures from them, and the close with a
// blind count that gives an unbroken Z number, a difference above the limit needing a manager.

#include "core/store/DemoCatalog.h"
#include "core/store/Outbox.h"
#include "core/store/TillDatabase.h"
#include "core/till/Checkout.h"
#include "core/till/ReturnDesk.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kassa::core;

class TestShifts : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TillDatabase> m_till;
    SimulatedPaymentTerminal m_terminal;
    const QDateTime m_at{QDate(2026, 11, 30), QTime(8, 0), Qt::UTC};
    const Operator m_cashier{QStringLiteral("1001"), QStringLiteral("Maija Virtanen"), Role::Cashier};
    const Operator m_manager{QStringLiteral("3001"), QStringLiteral("Anna Nieminen"), Role::Manager};

    // Sells `pieces` of demo product 0 for cash, handing over `given`.
    CompletedSale sellForCash(int pieces, Money given) {
        Checkout checkout(*m_till, m_terminal, [this] { return m_at.addSecs(3600); });
        [&] {
            QVERIFY(checkout.login(QStringLiteral("1001"), u"1234").ok());
            QVERIFY(checkout.scan(demoGtin(0), pieces * kQuantityOne).ok());
            QVERIFY(checkout.startPayment().ok());
            QVERIFY(checkout.payCash(given).ok());
        }();
        return checkout.complete().value();
    }

    QStringList factKinds() {
        QStringList kinds;
        for (const OutboxEvent& event : m_till->outbox().pending(500, 1 << 20)) {
            kinds << event.kind;
        }
        return kinds;
    }

    DrawerMovement movement(DrawerMovementKind kind, std::int64_t cents, const char* reason) const {
        return DrawerMovement{kind, Money(cents), QString::fromLatin1(reason), {}, m_manager.id, m_at.addSecs(7200)};
    }

private Q_SLOTS:
    void init() {
        m_till = std::make_unique<TillDatabase>(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())));
        m_till->initialise(QStringLiteral("001"), QStringLiteral("02"), QStringLiteral("Test"));
        seedDemoCatalog(*m_till, 200);
    }

    void aShiftOpensOnceWithItsFloatAndItsSalesBelongToIt() {
        Shifts shifts = m_till->shifts();
        QVERIFY(!shifts.current());
        const auto opened = shifts.open(countAsTotal(Money(150'00)).value(), m_cashier, m_at);
        QVERIFY(opened.ok());
        QCOMPARE(opened->number, std::int64_t(1));
        const auto again = shifts.open(countAsTotal(Money(100'00)).value(), m_manager, m_at.addSecs(60));
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::ShiftAlreadyOpen);
        QVERIFY(describe(again.error()).contains(QLatin1String("Shift 1 is open")));
        QCOMPARE(shifts.current()->openingFloat.total, Money(150'00));

        const CompletedSale sale = sellForCash(2, Money(50'00));
        QVERIFY(shifts.move(movement(DrawerMovementKind::CashIn, 20'00, "change_from_bank")).ok());
        QVERIFY(shifts.move(movement(DrawerMovementKind::NoSale, 0, "give_change")).ok());
        const ShiftFigures x = shifts.figures(*shifts.current());
        QCOMPARE(x.sales, 1);
        QCOMPARE(x.tenders.at(QStringLiteral("cash")).taken, sale.amountPaid());
        QCOMPARE(x.expectedCash(), Money(150'00) + sale.amountPaid() + Money(20'00));
        QCOMPARE(x.drawerOpenings, 3);
        QCOMPARE(factKinds(), (QStringList{QStringLiteral("shift.opened"), QStringLiteral("sale.completed"),
                                           QStringLiteral("drawer.moved"), QStringLiteral("drawer.moved")}));
    }

    // Without an open shift the till neither rings up nor refunds; a shift closed (by kassactl)
    // while a basket is open stops it at the payment, the basket kept for the next shift.
    void aTillWithNoOpenShiftNeitherSellsNorRefunds() {
        Checkout checkout(*m_till, m_terminal, [this] { return m_at; });
        QVERIFY(checkout.login(QStringLiteral("1001"), u"1234").ok());
        const auto refused = checkout.scan(demoGtin(0));
        QCOMPARE(refused.error().code, ErrorCode::ShiftNotOpen);
        QVERIFY(describe(refused.error()).contains(QLatin1String("Open one with the counted float")));
        QVERIFY(checkout.basket().isEmpty());
        ReturnDesk returns(*m_till, m_terminal, m_cashier, [this] { return m_at; });
        QCOMPARE(returns.openWithoutReceipt().error().code, ErrorCode::ShiftNotOpen);

        Shifts shifts = m_till->shifts();
        QVERIFY(shifts.open(countAsTotal(Money(150'00)).value(), m_cashier, m_at).ok());
        QVERIFY(checkout.scan(demoGtin(0)).ok());
        QVERIFY(shifts.close(countAsTotal(Money(150'00)).value(), m_cashier, std::nullopt, {}, Money(5'00), m_at).ok());
        QCOMPARE(checkout.startPayment().error().code, ErrorCode::ShiftNotOpen);
        QCOMPARE(checkout.basket().activeLineCount(), 1);
        QVERIFY(shifts.open(countAsTotal(Money(150'00)).value(), m_cashier, m_at.addSecs(60)).ok());
        QVERIFY(checkout.startPayment().ok());
        QVERIFY(checkout.payCash(Money(50'00)).ok());
        const auto sale = checkout.complete();
        QVERIFY(sale.ok());
        QCOMPARE(shifts.figures(*shifts.current()).sales, 1); // the new shift's sale
        QCOMPARE(shifts.zReport(1)->figures.sales, 0);
    }

    void cashLeavesTheDrawerOnlyUpToWhatItHolds() {
        Shifts shifts = m_till->shifts();
        QCOMPARE(shifts.move(movement(DrawerMovementKind::CashIn, 10'00, "float_top_up")).error().code,
                 ErrorCode::ShiftNotOpen);
        QVERIFY(shifts.open(countAsTotal(Money(100'00)).value(), m_cashier, m_at).ok());
        const auto tooMuch = shifts.move(movement(DrawerMovementKind::CashOut, 100'01, "petty_cash"));
        QCOMPARE(tooMuch.error().code, ErrorCode::CashOutExceedsDrawer);
        QVERIFY(shifts.move(movement(DrawerMovementKind::SafeDrop, 80'00, "safe_drop")).ok());
        QCOMPARE(shifts.move(movement(DrawerMovementKind::CashOut, 20'01, "petty_cash")).error().code,
                 ErrorCode::CashOutExceedsDrawer);
        QCOMPARE(shifts.figures(*shifts.current()).expectedCash(), Money(20'00));
        QCOMPARE(factKinds().count(QStringLiteral("drawer.moved")), 1); // the refused ones left nothing
    }

    // A blind close within the limit; then one short by more than the limit, refused without a
    // manager and a reason (the shift stays open, nothing recorded), approved with them.
    void aCloseGivesTheNextZNumberAndADifferenceNeedsAManager() {
        Shifts shifts = m_till->shifts();
        QVERIFY(shifts.open(countByDenomination({{5000, 2}, {2000, 2}, {1000, 1}}).value(), m_cashier, m_at).ok());
        const CompletedSale sale = sellForCash(1, Money(20'00));
        const Money expected = Money(150'00) + sale.amountPaid();
        const auto z1 = shifts.close(countAsTotal(expected - Money(3'00)).value(), m_cashier, std::nullopt, {},
                                     Money(5'00), m_at.addSecs(8 * 3600));
        QVERIFY(z1.ok());
        QCOMPARE(z1->shift.zNumber, std::int64_t(1));
        QCOMPARE(z1->judgement.difference, Money(-3'00));
        QVERIFY(z1->unsentFacts >= 2); // the opening and the sale had not reached central
        QCOMPARE(z1->firstReceipt, sale.number);
        QCOMPARE(z1->lastReceipt, sale.number);
        QVERIFY(!shifts.current());
        QCOMPARE(factKinds().last(), QStringLiteral("shift.closed"));
        const auto twice = shifts.close(countAsTotal(expected).value(), m_cashier, std::nullopt, {}, Money(5'00),
                                        m_at.addSecs(8 * 3600 + 60));
        QCOMPARE(twice.error().code, ErrorCode::ShiftAlreadyClosed);
        QVERIFY2(describe(twice.error()).contains(QLatin1String("Shift 1 was closed already: Z report 1")),
                 qPrintable(describe(twice.error())));
        QCOMPARE(factKinds().count(QStringLiteral("shift.closed")), 1);

        QVERIFY(shifts.open(countAsTotal(Money(150'00)).value(), m_cashier, m_at.addDays(1)).ok());
        const CashCount short20 = countAsTotal(Money(130'00)).value();
        const auto refused = shifts.close(short20, m_cashier, std::nullopt, {}, Money(5'00), m_at.addDays(1));
        QCOMPARE(refused.error().code, ErrorCode::CountNeedsApproval);
        QVERIFY(!describe(refused.error()).contains(QLatin1String("150"))); // blind: the figure is not told
        QCOMPARE(shifts.close(short20, m_cashier, m_cashier, QStringLiteral("miscounted"), Money(5'00), m_at.addDays(1))
                     .error()
                     .code,
                 ErrorCode::CountNeedsApproval); // a cashier cannot approve
        QCOMPARE(shifts.close(short20, m_cashier, m_manager, QStringLiteral("  "), Money(5'00), m_at.addDays(1))
                     .error()
                     .code,
                 ErrorCode::CountNeedsApproval); // nor a manager without a reason
        QVERIFY(shifts.current());
        const auto z2 = shifts.close(short20, m_cashier, m_manager, QStringLiteral("a 20 note given as change twice"),
                                     Money(5'00), m_at.addDays(1).addSecs(8 * 3600));
        QVERIFY(z2.ok());
        QCOMPARE(z2->shift.zNumber, std::int64_t(2));
        QCOMPARE(z2->approverId, m_manager.id);

        const std::optional<ZReport> kept = shifts.zReport(1);
        QVERIFY(kept);
        QCOMPARE(kept->figures.sales, 1);
        QCOMPARE(kept->figures.openingFloat, Money(150'00));
        QCOMPARE(kept->judgement.difference, Money(-3'00));
        QCOMPARE(kept->shift.openedBy, m_cashier.id);
        QCOMPARE(kept->lastReceipt, sale.number);
        QCOMPARE(z2->firstReceipt, std::int64_t(0)); // the second shift sold nothing
        QVERIFY(!shifts.zReport(3));
    }
};

QTEST_GUILESS_MAIN(TestShifts)
#include "TestShifts.moc"
