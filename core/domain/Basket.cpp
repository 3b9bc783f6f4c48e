#include "Basket.h"

#include <QJsonArray>
#include <algorithm>

namespace kassa::core {

Money discountAmount(const Discount& discount, Money base) {
    if (discount.kind == Discount::Kind::Percent) {
        return Money(divideRoundHalfUp(base.cents() * discount.value, 10'000));
    }
    return Money(discount.value);
}

Money BasketLine::gross() const {
    return priceOf(unitPrice, quantityMilli);
}

Money BasketLine::lineDiscount() const {
    return discount ? discountAmount(*discount, gross()) : Money();
}

BasketLine* Basket::findActive(int lineNo) {
    auto it = std::find_if(m_lines.begin(), m_lines.end(), [&](const BasketLine& l) { return l.lineNo == lineNo; });
    return it == m_lines.end() ? nullptr : &*it;
}

const BasketLine* Basket::line(int lineNo) const {
    auto it = std::find_if(m_lines.begin(), m_lines.end(), [&](const BasketLine& l) { return l.lineNo == lineNo; });
    return it == m_lines.end() ? nullptr : &*it;
}

std::size_t Basket::activeLineCount() const {
    return static_cast<std::size_t>(
        std::count_if(m_lines.begin(), m_lines.end(), [](const BasketLine& l) { return !l.voided; }));
}

Result<void> Basket::checkQuantity(Unit unit, std::int64_t quantityMilli) const {
    if (quantityMilli <= 0) {
        return makeError(ErrorCode::InvalidQuantity, QString::number(quantityMilli));
    }
    if (unit == Unit::Pieces && quantityMilli % kQuantityOne != 0) {
        return makeError(ErrorCode::InvalidQuantity, formatQuantity(quantityMilli, Unit::Kilograms));
    }
    const std::int64_t limit = unit == Unit::Pieces ? m_policy.maxPiecesMilli : m_policy.maxKilogramsMilli;
    if (quantityMilli > limit) {
        return makeError(ErrorCode::QuantityTooLarge, formatQuantity(limit, unit));
    }
    return {};
}

Result<int> Basket::addProduct(const Product& product, int taxBasisPoints, std::int64_t quantityMilli,
                               const QString& code) {
    if (auto checked = checkQuantity(product.unit, quantityMilli); !checked) {
        return checked.error();
    }
    BasketLine line;
    line.lineNo = m_nextLineNo++;
    line.product = product;
    line.code = code;
    line.taxBasisPoints = taxBasisPoints;
    line.quantityMilli = quantityMilli;
    line.unitPrice = product.price;
    m_lines.push_back(std::move(line));
    return m_lines.back().lineNo;
}

Result<int> Basket::addPricedLabel(const Product& product, int taxBasisPoints, Money price, const QString& code) {
    if (price.isNegative() || price.isZero()) {
        return makeError(ErrorCode::InvalidAmount, price.formatForPeople());
    }
    Product package = product;
    package.unit = Unit::Pieces; // the label prices one package, however it was weighed
    package.price = price;
    return addProduct(package, taxBasisPoints, kQuantityOne, code);
}

Result<int> Basket::addOrderLine(const Product& product, int taxBasisPoints, std::int64_t quantityMilli,
                                 Money unitPrice, Money discount, int orderLine) {
    Product priced = product;
    priced.price = unitPrice;
    auto added = addProduct(priced, taxBasisPoints, quantityMilli, priced.sku);
    if (added) {
        m_lines.back().orderLine = orderLine;
        if (!discount.isZero()) {
            m_lines.back().discount = Discount{Discount::Kind::Amount, discount.cents()};
        }
    }
    return added;
}

Result<void> Basket::setQuantity(int lineNo, std::int64_t quantityMilli) {
    BasketLine* line = findActive(lineNo);
    if (line == nullptr) {
        return makeError(ErrorCode::NoSuchLine, QString::number(lineNo));
    }
    if (line->voided) {
        return makeError(ErrorCode::LineVoided, QString::number(lineNo));
    }
    if (auto checked = checkQuantity(line->product.unit, quantityMilli); !checked) {
        return checked;
    }
    line->quantityMilli = quantityMilli;
    return {};
}

Result<void> Basket::voidLine(int lineNo) {
    BasketLine* line = findActive(lineNo);
    if (line == nullptr) {
        return makeError(ErrorCode::NoSuchLine, QString::number(lineNo));
    }
    if (line->voided) {
        return makeError(ErrorCode::LineVoided, QString::number(lineNo));
    }
    line->voided = true;
    return {};
}

Result<void> Basket::checkDiscount(const Discount& discount, Money base, const std::optional<Approval>& approval,
                                   const QString& kind) {
    if (discount.value < 0 || (discount.kind == Discount::Kind::Percent && discount.value > 10'000)) {
        return makeError(ErrorCode::InvalidDiscount, QString::number(discount.value));
    }
    const Money amount = discountAmount(discount, base);
    if (amount > base) {
        return makeError(ErrorCode::InvalidDiscount, amount.formatForPeople());
    }
    // A percentage is judged as asked, so rounding 10 % of 2.79 up to 0.28 stays within a 10 % limit.
    const bool overPercent = discount.kind == Discount::Kind::Percent
                                 ? discount.value > m_policy.approvalAbovePercentBp
                                 : amount.cents() * 10'000 > base.cents() * m_policy.approvalAbovePercentBp;
    const bool overAmount = amount > m_policy.approvalAboveAmount;
    if (overPercent || overAmount) {
        if (!approval) {
            return makeError(ErrorCode::ApprovalRequired, amount.formatForPeople());
        }
        Approval recorded = *approval;
        recorded.kind = kind;
        m_approvals.push_back(std::move(recorded));
    }
    return {};
}

Result<void> Basket::setLineDiscount(int lineNo, Discount discount, const std::optional<Approval>& approval) {
    BasketLine* line = findActive(lineNo);
    if (line == nullptr) {
        return makeError(ErrorCode::NoSuchLine, QString::number(lineNo));
    }
    if (line->voided) {
        return makeError(ErrorCode::LineVoided, QString::number(lineNo));
    }
    if (auto checked = checkDiscount(discount, line->gross(), approval, QStringLiteral("line_discount")); !checked) {
        return checked;
    }
    if (discount.value == 0) {
        line->discount.reset();
    } else {
        line->discount = discount;
    }
    return {};
}

Result<void> Basket::setBasketDiscount(Discount discount, const std::optional<Approval>& approval) {
    if (isEmpty()) {
        return makeError(ErrorCode::EmptyBasket);
    }
    if (auto checked = checkDiscount(discount, subtotal(), approval, QStringLiteral("basket_discount")); !checked) {
        return checked;
    }
    if (discount.value == 0) {
        m_basketDiscount.reset();
    } else {
        m_basketDiscount = discount;
    }
    return {};
}

void Basket::clear() {
    m_lines.clear();
    m_basketDiscount.reset();
    m_approvals.clear();
    m_customerId.clear();
    m_nextLineNo = 1;
}

Money Basket::subtotal() const {
    Money sum;
    for (const BasketLine& line : m_lines) {
        if (!line.voided) {
            sum += line.net();
        }
    }
    return sum;
}

Money Basket::basketDiscountAmount() const {
    if (!m_basketDiscount) {
        return Money();
    }
    // A fixed amount never exceeds what is left after voids.
    return std::min(discountAmount(*m_basketDiscount, subtotal()), subtotal());
}

Money Basket::discountTotal() const {
    Money sum = basketDiscountAmount();
    for (const BasketLine& line : m_lines) {
        if (!line.voided) {
            sum += line.lineDiscount();
        }
    }
    return sum;
}

Money Basket::total() const {
    return subtotal() - basketDiscountAmount();
}

std::vector<Money> Basket::basketDiscountShares() const {
    std::vector<Money> shares(m_lines.size());
    const std::int64_t discount = basketDiscountAmount().cents();
    const std::int64_t base = subtotal().cents();
    if (discount == 0 || base <= 0) {
        return shares;
    }
    std::vector<std::pair<std::int64_t, std::size_t>> remainders; // (remainder, index)
    std::int64_t allocated = 0;
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        if (m_lines[i].voided) {
            continue;
        }
        const std::int64_t weighted = m_lines[i].net().cents() * discount;
        shares[i] = Money(weighted / base);
        allocated += weighted / base;
        remainders.emplace_back(weighted % base, i);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t k = 0; allocated < discount && k < remainders.size(); ++k, ++allocated) {
        shares[remainders[k].second] += Money(1);
    }
    return shares;
}

VatBreakdown Basket::vatBreakdown() const {
    VatBreakdown breakdown;
    const std::vector<Money> shares = basketDiscountShares();
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        const BasketLine& line = m_lines[i];
        if (!line.voided) {
            breakdown.add(line.product.taxCode, line.taxBasisPoints, line.net() - shares[i]);
        }
    }
    return breakdown;
}

namespace {

QJsonObject discountToJson(const Discount& discount) {
    return {{QStringLiteral("kind"),
             discount.kind == Discount::Kind::Percent ? QStringLiteral("percent") : QStringLiteral("amount")},
            {QStringLiteral("value"), static_cast<qint64>(discount.value)}};
}

Discount discountFromJson(const QJsonObject& json) {
    Discount discount;
    discount.kind = json.value(QStringLiteral("kind")).toString() == QLatin1String("percent") ? Discount::Kind::Percent
                                                                                              : Discount::Kind::Amount;
    discount.value = json.value(QStringLiteral("value")).toInteger();
    return discount;
}

} // namespace

QJsonObject Basket::toJson() const {
    QJsonArray lines;
    for (const BasketLine& line : m_lines) {
        QJsonObject json{
            {QStringLiteral("line"), line.lineNo},
            {QStringLiteral("product_id"), static_cast<qint64>(line.product.id)},
            {QStringLiteral("sku"), line.product.sku},
            {QStringLiteral("name"), line.product.name},
            {QStringLiteral("brand"), line.product.brand},
            {QStringLiteral("tax_code"), line.product.taxCode},
            {QStringLiteral("tax_bp"), line.taxBasisPoints},
            {QStringLiteral("unit"), unitToString(line.product.unit)},
            {QStringLiteral("plu"), line.product.plu},
            {QStringLiteral("code"), line.code},
            {QStringLiteral("quantity_milli"), static_cast<qint64>(line.quantityMilli)},
            {QStringLiteral("unit_price_cents"), static_cast<qint64>(line.unitPrice.cents())},
            {QStringLiteral("voided"), line.voided},
        };
        if (line.discount) {
            json.insert(QStringLiteral("discount"), discountToJson(*line.discount));
        }
        lines.append(json);
    }
    QJsonArray approvals;
    for (const Approval& approval : m_approvals) {
        approvals.append(QJsonObject{{QStringLiteral("kind"), approval.kind},
                                     {QStringLiteral("approver"), approval.approverId},
                                     {QStringLiteral("detail"), approval.detail}});
    }
    QJsonObject json{{QStringLiteral("lines"), lines}, {QStringLiteral("approvals"), approvals}};
    if (m_basketDiscount) {
        json.insert(QStringLiteral("discount"), discountToJson(*m_basketDiscount));
    }
    if (!m_customerId.isEmpty()) {
        json.insert(QStringLiteral("customer_id"), m_customerId);
    }
    return json;
}

Result<Basket> Basket::fromJson(const QJsonObject& json, DiscountPolicy policy) {
    Basket basket(policy);
    for (const QJsonValue& value : json.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject object = value.toObject();
        BasketLine line;
        line.lineNo = object.value(QStringLiteral("line")).toInt();
        line.product.id = object.value(QStringLiteral("product_id")).toInteger();
        line.product.sku = object.value(QStringLiteral("sku")).toString();
        line.product.name = object.value(QStringLiteral("name")).toString();
        line.product.brand = object.value(QStringLiteral("brand")).toString();
        line.product.taxCode = object.value(QStringLiteral("tax_code")).toString();
        line.product.plu = object.value(QStringLiteral("plu")).toInt();
        if (!unitFromString(object.value(QStringLiteral("unit")).toString(), &line.product.unit) || line.lineNo <= 0) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("suspended basket"));
        }
        line.taxBasisPoints = object.value(QStringLiteral("tax_bp")).toInt();
        line.code = object.value(QStringLiteral("code")).toString();
        line.quantityMilli = object.value(QStringLiteral("quantity_milli")).toInteger();
        line.unitPrice = Money(object.value(QStringLiteral("unit_price_cents")).toInteger());
        line.product.price = line.unitPrice;
        line.voided = object.value(QStringLiteral("voided")).toBool();
        if (object.contains(QStringLiteral("discount"))) {
            line.discount = discountFromJson(object.value(QStringLiteral("discount")).toObject());
        }
        basket.m_nextLineNo = std::max(basket.m_nextLineNo, line.lineNo + 1);
        basket.m_lines.push_back(std::move(line));
    }
    for (const QJsonValue& value : json.value(QStringLiteral("approvals")).toArray()) {
        const QJsonObject object = value.toObject();
        basket.m_approvals.push_back(Approval{object.value(QStringLiteral("kind")).toString(),
                                              object.value(QStringLiteral("approver")).toString(),
                                              object.value(QStringLiteral("detail")).toString()});
    }
    if (json.contains(QStringLiteral("discount"))) {
        basket.m_basketDiscount = discountFromJson(json.value(QStringLiteral("discount")).toObject());
    }
    basket.m_customerId = json.value(QStringLiteral("customer_id")).toString();
    return basket;
}

} // namespace kassa::core
