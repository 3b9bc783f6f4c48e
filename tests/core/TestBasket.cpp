#include "core/domain/Basket.h"

#include <QTest>

using namespace kassa::core;

namespace {

Product product(const char* sku, std::int64_t cents, const char* taxCode = "B", Unit unit = Unit::Pieces) {
    Product p;
    p.id = 1;
    p.sku = QString::fromLatin1(sku);
    p.name = QString::fromLatin1(sku);
    p.price = Money(cents);
    p.taxCode = QString::fromLatin1(taxCode);
    p.unit = unit;
    return p;
}

const Approval kSupervisor{QString(), QStringLiteral("2001"), QStringLiteral("test")};

} // namespace

class TestBasket : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void addsLinesAndTotals() {
        Basket basket;
        QCOMPARE(basket.addProduct(product("milk", 109), 1350, 2000, {}).value(), 1);
        QCOMPARE(basket.addProduct(product("soap", 249, "A"), 2550, 1000, {}).value(), 2);
        QCOMPARE(basket.total().cents(), 2 * 109 + 249);
        const auto vat = basket.vatBreakdown().lines();
        QCOMPARE(vat.size(), std::size_t(2));
        QCOMPARE(vat[0].gross.cents(), 249);
        QCOMPARE(vat[1].gross.cents(), 218);
    }

    void pricesWeightHalfUp() {
        Basket basket;
        // 0.535 kg at 1.99/kg = 1.06465 -> 1.06 ; 0.375 kg at 4.49 = 1.68375 -> 1.68
        (void)basket.addProduct(product("banana", 199, "B", Unit::Kilograms), 1350, 535, {});
        QCOMPARE(basket.lines()[0].gross().cents(), 106);
        (void)basket.addProduct(product("tomato", 449, "B", Unit::Kilograms), 1350, 375, {});
        QCOMPARE(basket.lines()[1].gross().cents(), 168);
        // 0.250 kg at 2.50/kg = 0.625 -> 0.63 (half up)
        (void)basket.addProduct(product("x", 250, "B", Unit::Kilograms), 1350, 250, {});
        QCOMPARE(basket.lines()[2].gross().cents(), 63);
    }

    void refusesBadQuantities() {
        Basket basket;
        QCOMPARE(basket.addProduct(product("a", 100), 0, 0, {}).error().code, ErrorCode::InvalidQuantity);
        QCOMPARE(basket.addProduct(product("a", 100), 0, -1000, {}).error().code, ErrorCode::InvalidQuantity);
        QCOMPARE(basket.addProduct(product("a", 100), 0, 1500, {}).error().code, ErrorCode::InvalidQuantity);
        QCOMPARE(basket.addProduct(product("a", 100), 0, 1000 * 1000, {}).error().code, ErrorCode::QuantityTooLarge);
        QCOMPARE(basket.addProduct(product("k", 100, "B", Unit::Kilograms), 0, 100'000, {}).error().code,
                 ErrorCode::QuantityTooLarge);
        QVERIFY(basket.lines().empty());
        const int line = basket.addProduct(product("a", 100), 0, 1000, {}).value();
        QCOMPARE(basket.setQuantity(line, 0).error().code, ErrorCode::InvalidQuantity);
        QCOMPARE(basket.lines()[0].quantityMilli, 1000);
        QVERIFY(basket.setQuantity(line, 3000).ok());
        QCOMPARE(basket.total().cents(), 300);
    }

    void parsesQuantities() {
        QCOMPARE(parseQuantity(u"3", Unit::Pieces).value(), 3000);
        QCOMPARE(parseQuantity(u"0,535", Unit::Kilograms).value(), 535);
        QCOMPARE(parseQuantity(u"1.5", Unit::Kilograms).value(), 1500);
        QVERIFY(!parseQuantity(u"1.5", Unit::Pieces).ok());
        QVERIFY(!parseQuantity(u"0.1234", Unit::Kilograms).ok());
        QVERIFY(!parseQuantity(u"abc", Unit::Pieces).ok());
        QVERIFY(!parseQuantity(u"", Unit::Pieces).ok());
        QCOMPARE(parseQuantity(u"12345678", Unit::Pieces).error().code, ErrorCode::QuantityTooLarge);
    }

    void voidsLinesOnceAndKeepsThemForTheRecord() {
        Basket basket;
        (void)basket.addProduct(product("a", 100), 0, 1000, {});
        const int b = basket.addProduct(product("b", 200), 0, 1000, {}).value();
        QVERIFY(basket.voidLine(b).ok());
        QCOMPARE(basket.voidLine(b).error().code, ErrorCode::LineVoided);
        QCOMPARE(basket.voidLine(99).error().code, ErrorCode::NoSuchLine);
        QCOMPARE(basket.lines().size(), std::size_t(2));
        QCOMPARE(basket.activeLineCount(), std::size_t(1));
        QCOMPARE(basket.total().cents(), 100);
        QCOMPARE(basket.setQuantity(b, 2000).error().code, ErrorCode::LineVoided);
    }

    void smallDiscountsNeedNoApproval() {
        Basket basket;
        const int line = basket.addProduct(product("a", 1000), 1350, 1000, {}).value();
        QVERIFY(basket.setLineDiscount(line, {Discount::Kind::Percent, 1000}).ok()); // 10 %
        QCOMPARE(basket.total().cents(), 900);
        QVERIFY(basket.approvals().empty());
    }

    void largeDiscountsNeedASupervisor() {
        Basket basket;
        const int line = basket.addProduct(product("a", 1000), 1350, 1000, {}).value();
        auto refused = basket.setLineDiscount(line, {Discount::Kind::Percent, 5000});
        QCOMPARE(refused.error().code, ErrorCode::ApprovalRequired);
        QCOMPARE(basket.total().cents(), 1000);
        QVERIFY(basket.setLineDiscount(line, {Discount::Kind::Percent, 5000}, kSupervisor).ok());
        QCOMPARE(basket.total().cents(), 500);
        QCOMPARE(basket.approvals().size(), std::size_t(1));
        QCOMPARE(basket.approvals()[0].kind, QStringLiteral("line_discount"));
        QCOMPARE(basket.approvals()[0].approverId, QStringLiteral("2001"));
    }

    void amountAboveLimitNeedsApprovalEvenWhenSmallInPercent() {
        Basket basket;
        (void)basket.addProduct(product("tv", 100000), 2550, 1000, {});
        QCOMPARE(basket.setBasketDiscount({Discount::Kind::Amount, 5000}).error().code, ErrorCode::ApprovalRequired);
        QVERIFY(basket.setBasketDiscount({Discount::Kind::Amount, 1500}).ok());
    }

    void refusesImpossibleDiscounts() {
        Basket basket;
        const int line = basket.addProduct(product("a", 1000), 0, 1000, {}).value();
        QCOMPARE(basket.setLineDiscount(line, {Discount::Kind::Amount, 1001}, kSupervisor).error().code,
                 ErrorCode::InvalidDiscount);
        QCOMPARE(basket.setLineDiscount(line, {Discount::Kind::Percent, 10001}, kSupervisor).error().code,
                 ErrorCode::InvalidDiscount);
        QCOMPARE(basket.setLineDiscount(line, {Discount::Kind::Amount, -1}, kSupervisor).error().code,
                 ErrorCode::InvalidDiscount);
        QCOMPARE(Basket().setBasketDiscount({Discount::Kind::Amount, 1}).error().code, ErrorCode::EmptyBasket);
    }

    void basketDiscountIsSpreadExactlyOverRates() {
        Basket basket;
        (void)basket.addProduct(product("food", 1000, "B"), 1350, 1000, {});
        (void)basket.addProduct(product("soap", 500, "A"), 2550, 1000, {});
        (void)basket.addProduct(product("paper", 333, "C"), 1000, 1000, {});
        QVERIFY(basket.setBasketDiscount({Discount::Kind::Percent, 1000}).ok()); // 10 % of 18.33 = 1.83
        QCOMPARE(basket.basketDiscountAmount().cents(), 183);
        QCOMPARE(basket.total().cents(), 1833 - 183);
        const auto shares = basket.basketDiscountShares();
        std::int64_t sum = 0;
        for (Money share : shares) {
            sum += share.cents();
        }
        QCOMPARE(sum, 183);
        QCOMPARE(shares[0].cents(), 100);
        QCOMPARE(shares[1].cents(), 50);
        QCOMPARE(shares[2].cents(), 33);
        QCOMPARE(basket.vatBreakdown().totalGross().cents(), basket.total().cents());
    }

    void roundTripsThroughJsonForSuspend() {
        Basket basket;
        (void)basket.addProduct(product("a", 1000), 1350, 2000, QStringLiteral("4006381333931"));
        const int b = basket.addProduct(product("b", 199, "B", Unit::Kilograms), 1350, 535, {}).value();
        (void)basket.setLineDiscount(b, {Discount::Kind::Percent, 500});
        (void)basket.setBasketDiscount({Discount::Kind::Percent, 5000}, kSupervisor);
        auto copy = Basket::fromJson(basket.toJson(), {});
        QVERIFY(copy.ok());
        QCOMPARE(copy->total(), basket.total());
        QCOMPARE(copy->lines().size(), basket.lines().size());
        QCOMPARE(copy->approvals().size(), std::size_t(1));
        QCOMPARE(copy->lines()[0].code, QStringLiteral("4006381333931"));
        // Line numbers continue after a recall.
        QCOMPARE(copy->addProduct(product("c", 100), 0, 1000, {}).value(), 3);
    }
};

QTEST_GUILESS_MAIN(TestBasket)
#include "TestBasket.moc"
