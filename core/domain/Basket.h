#pragma once

// The customer's basket while a sale is open: lines added by scanning, quantities, voids and
// discounts. Every amount is computed here, once; screens and receipts only show it.
// A discount above the policy's limit needs a supervisor's approval, which the basket records.

#include "Product.h"
#include "TaxCode.h"

#include <QJsonObject>
#include <optional>
#include <vector>

namespace kassa::core {

struct Approval {
    QString kind;       // "line_discount", "basket_discount"
    QString approverId; // the supervisor who entered a PIN
    QString detail;
};

struct Discount {
    enum class Kind { Amount, Percent };
    Kind kind = Kind::Amount;
    std::int64_t value = 0; // cents, or basis points of the amount (1000 = 10 %)
};

[[nodiscard]] Money discountAmount(const Discount& discount, Money base);

struct DiscountPolicy {
    int approvalAbovePercentBp = 1000;       // a discount above 10 % needs a supervisor
    Money approvalAboveAmount = Money(2000); // ... and so does one above 20.00
    std::int64_t maxPiecesMilli = 999 * kQuantityOne;
    std::int64_t maxKilogramsMilli = 99'999; // 99.999 kg
};

struct BasketLine {
    int lineNo = 0;
    Product product;
    QString code;           // what was scanned or keyed
    int taxBasisPoints = 0; // the rate in force when the line was added
    std::int64_t quantityMilli = kQuantityOne;
    Money unitPrice; // the price charged per unit (a priced label's price per package)
    std::optional<Discount> discount;
    bool voided = false;
    int orderLine = 0; // the pickup order's line it sells at the order's price (0: none)

    [[nodiscard]] Money gross() const;        // before any discount
    [[nodiscard]] Money lineDiscount() const; // this line's own discount
    [[nodiscard]] Money net() const { return gross() - lineDiscount(); }
};

class Basket {
public:
    explicit Basket(DiscountPolicy policy = {})
        : m_policy(policy) {}

    Result<int> addProduct(const Product& product, int taxBasisPoints, std::int64_t quantityMilli, const QString& code);
    Result<int> addPricedLabel(const Product& product, int taxBasisPoints, Money price, const QString& code);
    // A line of a pickup order paid at collection: the order's price and discount, as the web
    // shop sold it (no approval: the price was agreed when the customer ordered).
    Result<int> addOrderLine(const Product& product, int taxBasisPoints, std::int64_t quantityMilli, Money unitPrice,
                             Money discount, int orderLine);
    Result<void> setQuantity(int lineNo, std::int64_t quantityMilli);
    Result<void> voidLine(int lineNo);
    Result<void> setLineDiscount(int lineNo, Discount discount, const std::optional<Approval>& approval = {});
    Result<void> setBasketDiscount(Discount discount, const std::optional<Approval>& approval = {});
    void clear();
    // The customer the sale is for (a loyalty card scanned, a customer found); empty: none.
    void setCustomer(const QString& customerId) { m_customerId = customerId; }
    [[nodiscard]] const QString& customerId() const { return m_customerId; }

    [[nodiscard]] const std::vector<BasketLine>& lines() const { return m_lines; }
    [[nodiscard]] const BasketLine* line(int lineNo) const;
    [[nodiscard]] std::size_t activeLineCount() const;
    [[nodiscard]] bool isEmpty() const { return activeLineCount() == 0; }

    [[nodiscard]] Money subtotal() const; // after line discounts, before the basket discount
    [[nodiscard]] Money basketDiscountAmount() const;
    [[nodiscard]] Money discountTotal() const; // all discounts
    [[nodiscard]] Money total() const;
    // The basket discount spread over the active lines in proportion to their net amounts
    // (largest remainder, so the shares add up exactly): each line's VAT base is then right.
    [[nodiscard]] std::vector<Money> basketDiscountShares() const;
    [[nodiscard]] VatBreakdown vatBreakdown() const;

    [[nodiscard]] const std::optional<Discount>& basketDiscount() const { return m_basketDiscount; }
    [[nodiscard]] const std::vector<Approval>& approvals() const { return m_approvals; }
    [[nodiscard]] const DiscountPolicy& policy() const { return m_policy; }

    // For suspending and recalling: the basket as it stands, products included.
    [[nodiscard]] QJsonObject toJson() const;
    static Result<Basket> fromJson(const QJsonObject& json, DiscountPolicy policy);

private:
    BasketLine* findActive(int lineNo);
    Result<void> checkQuantity(Unit unit, std::int64_t quantityMilli) const;
    Result<void> checkDiscount(const Discount& discount, Money base, const std::optional<Approval>& approval,
                               const QString& kind);

    DiscountPolicy m_policy;
    std::vector<BasketLine> m_lines;
    std::optional<Discount> m_basketDiscount;
    std::vector<Approval> m_approvals;
    QString m_customerId;
    int m_nextLineNo = 1;
};

} // namespace kassa::core
