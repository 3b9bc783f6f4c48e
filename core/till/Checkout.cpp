#include "Checkout.h"

#include "../store/AuditTrail.h"

#include <algorithm>

namespace kassa::core {

Result<VoucherStanding> voucherStanding(TillDatabase& till, const QString& typed, const CentralVoucher& central) {
    const std::optional<VoucherCode> code = parseVoucherCode(typed);
    if (!code) {
        return makeError(ErrorCode::UnknownVoucher, typed.trimmed().left(kMaxScanLength));
    }
    const QString& number = code->number;
    if (central.outcome == CentralVoucher::Outcome::Unreadable) {
        return makeError(ErrorCode::InvalidInput, central.why);
    }
    const bool unknownAtCentral = central.outcome == CentralVoucher::Outcome::Unknown;
    std::optional<VoucherStanding> standing;
    try {
        VoucherCopies vouchers = till.vouchers();
        if (central.outcome == CentralVoucher::Outcome::Found && central.voucher) {
            standing = vouchers.standing(*code, *central.voucher);
        } else {
            standing = vouchers.standing(*code, std::nullopt);
            // Central does not know a voucher this till issued and has not sent yet.
            if (unknownAtCentral && standing && standing->source != VoucherStanding::Source::ThisTill) {
                standing.reset();
            }
            if (!standing) {
                return makeError(unknownAtCentral ? ErrorCode::UnknownVoucher : ErrorCode::VoucherUnknownOffline,
                                 number);
            }
            if (standing->source == VoucherStanding::Source::Feed) {
                standing->limit = till.settings().returnPolicy().offlinePerReturn;
            }
        }
    } catch (const StoreError& error) {
        return error.toError();
    }
    if (standing->balance.isNegative() || standing->balance.isZero()) {
        return makeError(ErrorCode::VoucherSpent, number);
    }
    return *standing;
}

Checkout::Checkout(TillDatabase& till, PaymentTerminal& terminal, Clock clock)
    : m_till(till)
    , m_terminal(terminal)
    , m_clock(std::move(clock))
    , m_reader(till.settings().labelTemplates())
    , m_taxes(till.settings().taxTable())
    , m_basket(till.settings().discountPolicy()) {}

Result<Operator> Checkout::login(const QString& operatorId, QStringView pin) {
    auto person = m_till.operators().login(operatorId, pin, m_clock());
    if (person) {
        m_cashier = person.value();
    }
    return person;
}

void Checkout::logout() {
    m_cashier.reset();
}

Result<void> Checkout::requireCashier() const {
    if (!m_cashier) {
        return makeError(ErrorCode::UnknownOperator, QString());
    }
    return {};
}

Result<void> Checkout::requireOpenBasket() const {
    if (auto cashier = requireCashier(); !cashier) {
        return cashier;
    }
    if (m_payment) {
        // The total is fixed while paying; go back from the payment screen to change it.
        return makeError(ErrorCode::PaymentIncomplete, m_payment->remaining().formatForPeople());
    }
    return {};
}

Result<void> Checkout::requireOpenShift() {
    try {
        if (!trainingMode() && !m_till.shifts().current()) { // practice takes no cash: no shift needed
            return makeError(ErrorCode::ShiftNotOpen);
        }
    } catch (const StoreError& error) {
        return error.toError();
    }
    return {};
}

// Asked when a sale starts (its first item) rather than at every scan, which stays free of the
// two queries; startPayment asks again, for a shift closed while the basket was open.
Result<void> Checkout::requireSaleStarted() {
    return m_basket.isEmpty() ? requireOpenShift() : Result<void>{};
}

bool Checkout::trainingMode() {
    return m_till.training().state().on;
}

Result<void> Checkout::setTrainingMode(bool on, const QString& managerId, QStringView pin) {
    if (!m_basket.isEmpty() || m_payment) {
        return makeError(ErrorCode::TrainingWithOpenBasket);
    }
    try {
        const QString detail = on ? QStringLiteral("training on") : QStringLiteral("training off");
        const Result<Approval> manager = m_till.operators().approve(managerId, pin, Role::Manager, detail, m_clock());
        if (!manager) {
            return manager.error();
        }
        m_till.training().setState(on, manager->approverId, m_clock());
    } catch (const StoreError& error) {
        return error.toError();
    }
    return {};
}

int Checkout::taxRateFor(const Product& product) const {
    const TaxRate* rate = m_taxes.rateOn(product.taxCode, m_clock().date());
    return rate != nullptr ? rate->basisPoints : 0;
}

Result<int> Checkout::scan(const QString& code, std::optional<std::int64_t> quantityMilli) {
    if (auto open = requireOpenBasket(); !open) {
        return open.error();
    }
    if (auto shift = requireSaleStarted(); !shift) {
        return shift.error();
    }
    if (code.trimmed().size() > kMaxScanLength) {
        return makeError(ErrorCode::InvalidLength, code.trimmed().left(kMaxScanLength + 4));
    }
    auto scanned = m_reader.read(code);
    if (!scanned) {
        return scanned.error();
    }
    try {
        if (scanned->kind == ScannedCode::Kind::Gtin) {
            const std::optional<Product> product = m_till.catalog().byGtin(scanned->gtin);
            if (!product) {
                return makeError(ErrorCode::UnknownProduct, code.trimmed());
            }
            return addProduct(*product, quantityMilli);
        }
        const std::optional<Product> product = m_till.catalog().byPlu(scanned->plu);
        if (!product) {
            return makeError(ErrorCode::UnknownProduct, code.trimmed());
        }
        if (scanned->kind == ScannedCode::Kind::PricedLabel) {
            return m_basket.addPricedLabel(*product, taxRateFor(*product), Money(scanned->value), code.trimmed());
        }
        // A weight label: the weight is the quantity, whatever unit the catalog says.
        Product weighed = *product;
        weighed.unit = Unit::Kilograms;
        return m_basket.addProduct(weighed, taxRateFor(weighed), scanned->value, code.trimmed());
    } catch (const StoreError& error) {
        return error.toError();
    }
}

Result<int> Checkout::addProduct(const Product& product, std::optional<std::int64_t> quantityMilli) {
    if (auto open = requireOpenBasket(); !open) {
        return open.error();
    }
    if (auto shift = requireSaleStarted(); !shift) {
        return shift.error();
    }
    if (!quantityMilli && product.unit == Unit::Kilograms) {
        return makeError(ErrorCode::WeightRequired, product.name);
    }
    return m_basket.addProduct(product, taxRateFor(product), quantityMilli.value_or(kQuantityOne), product.sku);
}

Result<void> Checkout::setQuantity(int lineNo, std::int64_t quantityMilli) {
    if (auto open = requireOpenBasket(); !open) {
        return open;
    }
    const BasketLine* line = m_basket.line(lineNo);
    if (m_pickup && line != nullptr && line->orderLine != 0) {
        // The order's price holds for what was ordered and picked: more is another purchase.
        const PickupLine* ordered = m_pickup->line(line->orderLine);
        if (ordered != nullptr && quantityMilli > ordered->pickedMilli) {
            return makeError(ErrorCode::PickupTooMany,
                             QStringList{m_pickup->order, line->product.name, formatQuantity(ordered->pickedMilli),
                                         formatQuantity(ordered->pickedMilli)}
                                 .join(QStringLiteral(" / ")));
        }
    }
    return m_basket.setQuantity(lineNo, quantityMilli);
}

Result<void> Checkout::voidLine(int lineNo) {
    if (auto open = requireOpenBasket(); !open) {
        return open;
    }
    return m_basket.voidLine(lineNo);
}

Result<void> Checkout::setLineDiscount(int lineNo, Discount discount, const std::optional<Approval>& approval) {
    if (auto open = requireOpenBasket(); !open) {
        return open;
    }
    return m_basket.setLineDiscount(lineNo, discount, approval);
}

Result<void> Checkout::setBasketDiscount(Discount discount, const std::optional<Approval>& approval) {
    if (auto open = requireOpenBasket(); !open) {
        return open;
    }
    return m_basket.setBasketDiscount(discount, approval);
}

Result<Approval> Checkout::approve(const QString& operatorId, QStringView pin, const QString& detail) {
    return m_till.operators().approve(operatorId, pin, Role::Supervisor, detail, m_clock());
}

Result<void> Checkout::startPayment() {
    if (auto open = requireOpenBasket(); !open) {
        return open;
    }
    if (m_basket.isEmpty()) {
        return makeError(ErrorCode::EmptyBasket);
    }
    if (auto shift = requireOpenShift(); !shift) {
        return shift; // the shift was closed (elsewhere) while the basket was open
    }
    try {
        // Latched for the payment: a switch made meanwhile elsewhere (kassactl) cannot turn money
        // taken for real into practice, or practice into a sale.
        m_paymentTraining = trainingMode();
    } catch (const StoreError& error) {
        return error.toError();
    }
    m_payment.emplace(m_basket.total());
    return {};
}

Result<void> Checkout::cancelPayment() {
    if (m_payment && !m_payment->tenders().empty()) {
        return makeError(ErrorCode::PaymentIncomplete, m_payment->remaining().formatForPeople());
    }
    m_payment.reset();
    return {};
}

Result<void> Checkout::payCash(Money given, LargeCash large) {
    if (!m_payment) {
        return makeError(ErrorCode::EmptyBasket);
    }
    // The setting is read only when there is change to give: an exact or part payment never asks.
    if (large == LargeCash::AskFirst && given > m_payment->cashDue() &&
        m_payment->cashFarAboveDue(given, m_till.settings().cashConfirmMargin())) {
        const Money due = m_payment->cashDue();
        return makeError(ErrorCode::CashFarAboveDue, given.formatForPeople() + QLatin1Char('/') +
                                                         due.formatForPeople() + QLatin1Char('/') +
                                                         (given - due).formatForPeople());
    }
    return m_payment->addCash(given);
}

Result<Tender> Checkout::removeTender(std::size_t index) {
    if (!m_payment) {
        return makeError(ErrorCode::EmptyBasket);
    }
    return m_payment->removeTender(index);
}

Result<Checkout::CardRequest> Checkout::prepareCard(std::optional<Money> amount) {
    if (!m_payment) {
        return makeError(ErrorCode::EmptyBasket);
    }
    CardRequest request{amount.value_or(m_payment->remaining()), {}, m_paymentTraining};
    if (Result<void> allowed = m_payment->checkCard(request.amount); !allowed) {
        return allowed.error();
    }
    const TillIdentity till = m_till.settings().identity();
    request.reference = till.storeId + QLatin1Char('-') + till.tillId + QLatin1Char('-') +
                        m_clock().toString(QStringLiteral("yyyyMMddHHmmsszzz"));
    return request;
}

Result<void> Checkout::takeCard(const CardRequest& request, const Result<CardAuthorization>& answer) {
    if (!m_payment) {
        return makeError(ErrorCode::EmptyBasket);
    }
    if (!answer) {
        return answer.error();
    }
    return m_payment->addAuthorizedCard(request.amount, answer.value());
}

Result<void> Checkout::payCard(std::optional<Money> amount) {
    auto request = prepareCard(amount);
    if (!request) {
        return request.error();
    }
    return takeCard(request.value(), authorizeCard(request.value()));
}

Result<CardAuthorization> Checkout::authorizeCard(const CardRequest& request) {
    if (request.training) {
        // No card is charged in training: the answer is the till's own, and says so.
        return CardAuthorization{QStringLiteral("TRAINING"), QStringLiteral("TRAINING"), QStringLiteral("TRAINING")};
    }
    return m_terminal.authorize(request.amount, request.reference);
}

Result<void> Checkout::payVoucher(const QString& code, const CentralVoucher& central, std::optional<Money> amount) {
    if (!m_payment) {
        return makeError(ErrorCode::EmptyBasket);
    }
    if (m_paymentTraining) {
        return makeError(ErrorCode::NotInTraining, QStringLiteral("A voucher"));
    }
    if (auto open = checkVoucherEntry(); !open) {
        return open.error();
    }
    auto standing = voucherStanding(m_till, code, central);
    if (!standing) {
        const ErrorCode refused = standing.error().code;
        if (refused == ErrorCode::UnknownVoucher || refused == ErrorCode::VoucherUnknownOffline) {
            try {
                m_till.vouchers().recordRefusal(standing.error().detail, m_clock());
            } catch (const StoreError& error) {
                return error.toError();
            }
        }
        return standing.error();
    }
    return m_payment->addVoucher(standing.value(), amount);
}

Result<void> Checkout::checkVoucherEntry() {
    try {
        const std::int64_t wrong = m_till.vouchers().refusalsSince(m_clock().addDays(-1));
        if (wrong >= m_till.settings().voucherWrongCodesLimit()) {
            return makeError(ErrorCode::VoucherEntryBlocked, QString::number(wrong));
        }
    } catch (const StoreError& error) {
        return error.toError();
    }
    return {};
}

Result<Approval> Checkout::unblockVoucherEntry(const QString& managerId, QStringView pin) {
    try {
        Result<Approval> manager =
            m_till.operators().approve(managerId, pin, Role::Manager, QStringLiteral("vouchers unblocked"), m_clock());
        if (!manager) {
            return manager.error();
        }
        Transaction transaction(m_till.db());
        const std::int64_t forgiven = m_till.vouchers().clearRefusals();
        recordAudit(m_till.db(), AuditEntry{QString::fromLatin1(auditKinds::kVouchersUnblocked), manager->approverId,
                                            QStringLiteral("vouchers"), static_cast<qint64>(forgiven), 0,
                                            QStringLiteral("wrong voucher codes forgiven"), m_clock()});
        transaction.commit();
        return manager;
    } catch (const StoreError& error) {
        return error.toError();
    }
}

Result<CompletedSale> Checkout::complete() {
    if (auto cashier = requireCashier(); !cashier) {
        return cashier.error();
    }
    if (!m_payment || !m_payment->isComplete()) {
        return makeError(ErrorCode::PaymentIncomplete,
                         m_payment ? m_payment->remaining().formatForPeople() : QString());
    }
    CompletedSale draft;
    const bool training = m_paymentTraining;
    try {
        draft =
            buildSale(m_basket, *m_payment, m_till.settings().identity(), m_cashier->id, m_cashier->name, m_clock());
        if (!training) {
            draft.loyalty = saleLoyalty(); // practice earns no points
        }
    } catch (const StoreError& error) {
        return error.toError();
    }
    std::optional<PickupStep> handOver = training ? std::nullopt : pickupHandOver();
    if (handOver) {
        draft.pickupOrder = handOver->order;
    }
    auto committed = training ? m_till.training().commit(std::move(draft))
                              : m_till.journal().commit(std::move(draft), std::move(handOver));
    if (committed) {
        m_basket.clear();
        m_payment.reset();
        m_pickup.reset();
    }
    return committed;
}

Result<Customer> Checkout::attachCustomer(const QString& idOrContact) {
    if (auto open = requireOpenBasket(); !open) {
        return open.error();
    }
    if (m_payment && m_payment->pointsRedeemed() > 0) {
        return makeError(ErrorCode::CustomerPointsTaken);
    }
    std::optional<Customer> found = m_till.customers().byId(idOrContact);
    if (!found) {
        found = m_till.customers().byContact(idOrContact);
    }
    if (!found) {
        return makeError(ErrorCode::UnknownCustomer, idOrContact.trimmed().left(40));
    }
    m_basket.setCustomer(found->id);
    return *found;
}

Result<void> Checkout::detachCustomer() {
    if (m_payment && m_payment->pointsRedeemed() > 0) {
        return makeError(ErrorCode::CustomerPointsTaken);
    }
    m_basket.setCustomer({});
    return {};
}

std::optional<LoyaltyStanding> Checkout::loyalty() {
    const std::optional<Customer> member = customer();
    std::optional<LoyaltyStanding> standing = member ? m_till.customers().loyaltyOf(member->id) : std::nullopt;
    if (standing && m_payment) {
        standing->balance -= m_payment->pointsRedeemed();
    }
    return standing;
}

Result<std::int64_t> Checkout::payLoyaltyPoints(std::optional<std::int64_t> points) {
    if (!m_payment) {
        return makeError(ErrorCode::EmptyBasket);
    }
    if (m_paymentTraining) {
        return makeError(ErrorCode::NotInTraining, QStringLiteral("Paying with points"));
    }
    try {
        const std::optional<LoyaltyRules> rules = m_till.settings().loyaltyRules();
        const std::optional<Customer> member = customer();
        if (!rules || !member || !member->isMember()) {
            return makeError(ErrorCode::NotALoyaltyMember, member ? member->name : QString());
        }
        const std::int64_t available = std::max<std::int64_t>(0, loyalty()->balance);
        const std::int64_t use = points.value_or(std::min(available, rules->pointsWorth(m_payment->remaining())));
        if (use > available || available == 0) {
            return makeError(ErrorCode::LoyaltyPointsExceeded, QString::number(available));
        }
        if (use < rules->minRedeemPoints || use <= 0) {
            return makeError(ErrorCode::LoyaltyBelowMinimum,
                             QString::number(std::max<std::int64_t>(1, rules->minRedeemPoints)));
        }
        // More points than the sale needs: only what pays the rest is taken.
        const std::int64_t taken = std::min(use, rules->pointsWorth(m_payment->remaining()));
        if (taken <= 0) {
            return makeError(ErrorCode::TenderTooLarge, rules->valueOf(use).formatForPeople());
        }
        if (auto added = m_payment->addLoyaltyPoints(taken, rules->valueOf(taken)); !added) {
            return added.error();
        }
        return taken;
    } catch (const StoreError& error) {
        return error.toError();
    }
}

// What a member's sale does to their points: earned on what they paid with money (not with
// store credit or points), by their tier.
std::optional<SaleLoyalty> Checkout::saleLoyalty() {
    const std::optional<LoyaltyRules> rules = m_till.settings().loyaltyRules();
    const std::optional<Customer> member = customer();
    if (!rules || !member || !member->isMember()) {
        return std::nullopt;
    }
    Money basis;
    for (const Tender& tender : m_payment->tenders()) {
        if (tender.kind == Tender::Kind::Cash || tender.kind == Tender::Kind::Card) {
            basis += tender.amount;
        }
    }
    const LoyaltyStanding before = *m_till.customers().loyaltyOf(member->id);
    const std::int64_t earned = rules->pointsEarned(basis, before.earnedTotal);
    const std::int64_t redeemed = m_payment->pointsRedeemed();
    // The card's last four digits, as the receipt prints it: the sale's record (kept for the
    // accounts, also after the member is erased) never holds the whole number.
    return SaleLoyalty{member->loyaltyCard.right(4), earned, redeemed, before.balance - redeemed + earned, basis};
}

std::optional<Customer> Checkout::customer() {
    return m_basket.customerId().isEmpty() ? std::nullopt : m_till.customers().byId(m_basket.customerId());
}

Result<void> Checkout::ringUpPickup(const Pickup& pickup, const std::map<int, std::int64_t>& refused) {
    if (auto open = requireOpenBasket(); !open) {
        return open;
    }
    if (!m_basket.isEmpty()) {
        return makeError(ErrorCode::PickupBasketOpen);
    }
    if (trainingMode()) {
        return makeError(ErrorCode::NotInTraining, QStringLiteral("Handing over a pickup order"));
    }
    if (auto shift = requireOpenShift(); !shift) {
        return shift;
    }
    if (Result<void> collectable = checkPickupStep(pickup.order, pickup.status, PickupStatus::Collected);
        !collectable) {
        return collectable;
    }
    Basket basket(m_basket.policy());
    basket.setCustomer(m_basket.customerId());
    try {
        for (const PickupLine& line : pickup.lines) {
            const auto found = refused.find(line.line);
            const std::int64_t handed = line.pickedMilli - (found == refused.end() ? 0 : found->second);
            if (handed <= 0) {
                continue;
            }
            const std::optional<Product> product = m_till.catalog().bySku(line.sku);
            if (!product) {
                return makeError(ErrorCode::PickupItemUnknown, pickup.order + QStringLiteral(" / ") + line.sku);
            }
            // The web shop's price for what is handed over: the line's discount shared by quantity.
            PickupLine share = line;
            share.pickedMilli = handed;
            const Money gross(divideRoundHalfUp(line.unitPrice.cents() * handed, kQuantityOne));
            if (auto added = basket.addOrderLine(*product, taxRateFor(*product), handed, line.unitPrice,
                                                 gross - share.pickedNet(), line.line);
                !added) {
                return added.error();
            }
        }
    } catch (const StoreError& error) {
        return error.toError();
    }
    m_basket = std::move(basket); // an earlier order whose lines were all voided is left on its shelf
    m_pickup = pickup;
    return {};
}

bool Checkout::sellsPickup() const {
    return m_pickup && std::any_of(m_basket.lines().begin(), m_basket.lines().end(),
                                   [](const BasketLine& line) { return line.orderLine != 0 && !line.voided; });
}

std::optional<PickupStep> Checkout::pickupHandOver() const {
    if (!sellsPickup()) {
        return std::nullopt; // every line of it voided: the order stays on its shelf, to cancel or collect later
    }
    PickupStep step{PickupStatus::Collected, m_pickup->order, m_cashier ? m_cashier->id : QString(), m_clock()};
    for (const PickupLine& line : m_pickup->lines) {
        std::int64_t sold = 0;
        for (const BasketLine& basketLine : m_basket.lines()) {
            sold += basketLine.orderLine == line.line && !basketLine.voided ? basketLine.quantityMilli : 0;
        }
        if (line.pickedMilli > sold) {
            step.refused[line.line] = line.pickedMilli - sold;
        }
    }
    return step;
}

Result<std::int64_t> Checkout::suspend() {
    if (auto open = requireOpenBasket(); !open) {
        return open.error();
    }
    if (sellsPickup()) {
        return makeError(ErrorCode::PickupNotSuspended, m_pickup->order); // it waits on its shelf, not in a basket
    }
    m_pickup.reset();
    auto id = m_till.suspendedBaskets().suspend(m_basket, m_cashier->id, m_clock());
    if (id) {
        m_basket.clear();
    }
    return id;
}

Result<void> Checkout::recall(std::int64_t suspendedId) {
    if (auto open = requireOpenBasket(); !open) {
        return open;
    }
    if (!m_basket.isEmpty()) {
        // Recalling over an open basket would lose it: suspend or finish it first.
        return makeError(ErrorCode::BasketNotEmpty);
    }
    auto basket = m_till.suspendedBaskets().recall(suspendedId, m_till.settings().discountPolicy());
    if (!basket) {
        return basket.error();
    }
    m_basket = std::move(basket).value();
    return {};
}

ReceiptHeader Checkout::receiptHeader() {
    Settings settings = m_till.settings();
    ReceiptHeader header;
    header.storeName = settings.value(settingKeys::kStoreName, QStringLiteral("Kassa"));
    header.address = settings.value(settingKeys::kStoreAddress);
    header.businessId = settings.value(settingKeys::kBusinessId);
    header.width = settings.intValue(settingKeys::kReceiptWidth, 42);
    return header;
}

} // namespace kassa::core
