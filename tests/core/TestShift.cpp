// A shift's rules (core/domain/Shift.h): counting cash, moving it in and out of the drawer with a
// reason, tallying X and Z figures from sales, returns and movements, and judging a blind count.

#include "core/domain/Shift.h"

#include <QTest>

using namespace kassa::core;

namespace {

Tender tender(Tender::Kind kind, std::int64_t cents) {
    Tender t;
    t.kind = kind;
    t.amount = Money(cents);
    t.given = Money(cents);
    return t;
}

// A sale of `total` at 25.5 % VAT, paid with `tenders`, rounded by `rounding` for cash.
CompletedSale sale(std::int64_t total, std::vector<Tender> tenders, std::int64_t rounding = 0,
                   const char* cashier = "1001") {
    CompletedSale s;
    s.operatorId = QString::fromLatin1(cashier);
    s.total = Money(total);
    s.rounding = Money(rounding);
    s.tenders = std::move(tenders);
    VatBreakdown vat;
    vat.add(QStringLiteral("A"), 2550, s.total);
    s.vat = vat.lines();
    SaleLine line;
    line.gross = s.total;
    s.lines.push_back(line);
    return s;
}

CompletedReturn refund(std::int64_t total, const char* kind, std::int64_t rounding = 0) {
    CompletedReturn r;
    r.operatorId = QStringLiteral("2001");
    r.total = Money(total);
    r.rounding = Money(rounding);
    r.refunds.push_back(Refund{QString::fromLatin1(kind), Money(total), {}, {}, {}});
    VatBreakdown vat;
    vat.add(QStringLiteral("A"), 2550, r.total);
    r.vat = vat.lines();
    return r;
}

DrawerMovement movement(DrawerMovementKind kind, std::int64_t cents, const char* reason) {
    return DrawerMovement{kind, Money(cents), QString::fromLatin1(reason), {}, QStringLiteral("3001"), {}};
}

} // namespace

class TestShift : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cashIsCountedByDenominationOrAsATotal() {
        const auto count = parseCashCount(QStringLiteral("20x5, 10x3 2x10,0,50x4"));
        QVERIFY(count.ok());
        QCOMPARE(count->total, Money(100'00 + 30'00 + 20'00 + 2'00));
        QCOMPARE(count->pieces.at(2000), std::int64_t(5));
        QVERIFY(count->byDenomination());
        QCOMPARE(cashCountFromJson(toJson(*count)).value().pieces, count->pieces);

        const auto total = parseCashCount(QStringLiteral("250,00"));
        QVERIFY(total.ok());
        QCOMPARE(total->total, Money(250'00));
        QVERIFY(!total->byDenomination());
        QCOMPARE(cashCountFromJson(toJson(*total)).value().total, Money(250'00));
    }

    void aCountThatCannotBeIsRefusedSayingWhy() {
        const auto negative = parseCashCount(QStringLiteral("-50"));
        QVERIFY(!negative);
        QVERIFY(negative.error().detail.contains(QLatin1String("below zero")));
        const auto notEuro = parseCashCount(QStringLiteral("3x2"));
        QVERIFY(!notEuro);
        QVERIFY(notEuro.error().detail.contains(QLatin1String("3.00 euros is not a euro note or coin")));
        const auto negativePieces = countByDenomination({{2000, -1}});
        QVERIFY(!negativePieces);
        QVERIFY(negativePieces.error().detail.contains(QLatin1String("-1 pieces")));
        const auto absurd = parseCashCount(QStringLiteral("500x1000"));
        QVERIFY(!absurd);
        QVERIFY(absurd.error().detail.contains(QLatin1String("a drawer holds 0 to 100000.00 euros")));
        const auto garbage = parseCashCount(QStringLiteral("lots"));
        QVERIFY(!garbage);
        QVERIFY(garbage.error().detail.contains(QLatin1String("is not an amount of euros")));
        const auto halfPair = parseCashCount(QStringLiteral("20x"));
        QVERIFY(!halfPair);
        QVERIFY(halfPair.error().detail.contains(QLatin1String("is not a denomination and its pieces")));
    }

    void moneyLeavesTheDrawerOnlyWithAReasonAndOnlyWhatItHolds() {
        QVERIFY(checkDrawerMovement(movement(DrawerMovementKind::CashIn, 100'00, "change_from_bank"), Money()).ok());
        const auto noReason = checkDrawerMovement(movement(DrawerMovementKind::CashOut, 10'00, "lunch"), Money(50'00));
        QVERIFY(!noReason);
        QVERIFY(noReason.error().detail.contains(QLatin1String("petty_cash, supplier, bank_deposit, other")));
        const auto tooMuch =
            checkDrawerMovement(movement(DrawerMovementKind::CashOut, 60'00, "petty_cash"), Money(50'00));
        QVERIFY(!tooMuch);
        QCOMPARE(tooMuch.error().code, ErrorCode::CashOutExceedsDrawer);
        QVERIFY(describe(tooMuch.error()).contains(QLatin1String("60,00")));
        QVERIFY(describe(tooMuch.error()).contains(QLatin1String("50,00")));
        const auto dropTooMuch =
            checkDrawerMovement(movement(DrawerMovementKind::SafeDrop, 60'00, "safe_drop"), Money(50'00));
        QCOMPARE(dropTooMuch.error().code, ErrorCode::CashOutExceedsDrawer);
        const auto zero = checkDrawerMovement(movement(DrawerMovementKind::CashIn, 0, "float_top_up"), Money());
        QVERIFY(!zero);
        QVERIFY(zero.error().detail.contains(QLatin1String("above zero")));
        QVERIFY(checkDrawerMovement(movement(DrawerMovementKind::NoSale, 0, "give_change"), Money()).ok());
        const auto noSaleMoney =
            checkDrawerMovement(movement(DrawerMovementKind::NoSale, 5'00, "give_change"), Money(50'00));
        QVERIFY(!noSaleMoney);
        QVERIFY(noSaleMoney.error().detail.contains(QLatin1String("moves no money")));
        QCOMPARE(drawerMovementKindFromString(u"safe_drop"), std::optional(DrawerMovementKind::SafeDrop));
        QVERIFY(!drawerMovementKindFromString(u"borrow"));
    }

    // Split tenders, cash rounding both ways, a return in cash and one to a card, every kind of
    // drawer movement: each figure from what happened, and the cash the drawer should hold.
    void theFiguresAddUpTheShift() {
        ShiftTally tally(Money(150'00));
        tally.addSale(sale(12'33, {tender(Tender::Kind::Cash, 12'35)}, 2)); // 12.33 rounded up to 12.35
        tally.addSale(sale(50'00, {tender(Tender::Kind::Card, 30'00), tender(Tender::Kind::Cash, 20'00)}));
        CompletedSale voided = sale(8'99, {tender(Tender::Kind::Card, 8'99)}, 0, "2001");
        SaleLine gone;
        gone.gross = Money(4'50);
        gone.voided = true;
        voided.lines.push_back(gone);
        tally.addSale(voided);
        tally.addReturn(refund(6'22, refundKinds::kCash, -2)); // 6.22 refunded as 6.20
        tally.addReturn(refund(8'99, refundKinds::kCard));
        tally.addMovement(movement(DrawerMovementKind::CashIn, 50'00, "change_from_bank"));
        tally.addMovement(movement(DrawerMovementKind::CashOut, 12'40, "petty_cash"));
        tally.addMovement(movement(DrawerMovementKind::SafeDrop, 100'00, "safe_drop"));
        tally.addMovement(movement(DrawerMovementKind::NoSale, 0, "give_change"));

        const ShiftFigures& f = tally.figures();
        QCOMPARE(f.sales, 3);
        QCOMPARE(f.returns, 2);
        QCOMPARE(f.salesTotal, Money(12'33 + 50'00 + 8'99));
        QCOMPARE(f.returnsTotal, Money(6'22 + 8'99));
        QCOMPARE(f.tenders.at(QStringLiteral("cash")).taken, Money(12'35 + 20'00));
        QCOMPARE(f.tenders.at(QStringLiteral("cash")).refunded, Money(6'20));
        QCOMPARE(f.tenders.at(QStringLiteral("cash")).sales, 2);
        QCOMPARE(f.tenders.at(QStringLiteral("card")).taken, Money(30'00 + 8'99));
        QCOMPARE(f.tenders.at(QStringLiteral("card")).refunded, Money(8'99));
        QCOMPARE(f.rounding, Money(2 + 2));
        QCOMPARE(f.voidedLines, 1);
        QCOMPARE(f.voidedAmount, Money(4'50));
        QCOMPARE(f.cashIn, Money(50'00));
        QCOMPARE(f.cashOut, Money(12'40));
        QCOMPARE(f.safeDrops, Money(100'00));
        QCOMPARE(f.noSales, 1);
        QCOMPARE(f.drawerOpenings, 2 + 1 + 4); // two cash sales, a cash refund, four movements
        QCOMPARE(f.operators, (QStringList{QStringLiteral("1001"), QStringLiteral("2001"), QStringLiteral("3001")}));
        QCOMPARE(f.expectedCash(), Money(150'00 + 12'35 + 20'00 - 6'20 + 50'00 - 12'40 - 100'00));
        QCOMPARE(f.vat.size(), std::size_t(1));
        QCOMPARE(f.vat.front().gross, Money(12'33 + 50'00 + 8'99 - 6'22 - 8'99));
        QCOMPARE(f.vat.front().gross, f.vat.front().net + f.vat.front().vat);
    }

    void aBlindCountAboveTheLimitNeedsAManager() {
        const CountJudgement short5 = judgeCount(Money(213'75), Money(208'75), Money(5'00));
        QCOMPARE(short5.difference, Money(-5'00));
        QVERIFY(!short5.needsApproval); // at the limit
        QVERIFY(judgeCount(Money(213'75), Money(208'70), Money(5'00)).needsApproval);
        QVERIFY(judgeCount(Money(213'75), Money(218'80), Money(5'00)).needsApproval); // over counts too
        QVERIFY(!judgeCount(Money(213'75), Money(213'75), Money()).needsApproval);
    }
};

QTEST_GUILESS_MAIN(TestShift)
#include "TestShift.moc"
