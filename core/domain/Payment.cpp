#include "Payment.h"

namespace kassa::core {

QString tenderKindToString(Tender::Kind kind) {
    switch (kind) {
    case Tender::Kind::Card:
        return QStringLiteral("card");
    case Tender::Kind::Voucher:
        return QStringLiteral("store_credit");
    case Tender::Kind::LoyaltyPoints:
        return QStringLiteral("loyalty_points");
    case Tender::Kind::Cash:
        break;
    }
    return QStringLiteral("cash");
}

Tender::Kind tenderKindFromString(QStringView text) {
    if (text == QLatin1String("card")) {
        return Tender::Kind::Card;
    }
    if (text == QLatin1String("loyalty_points")) {
        return Tender::Kind::LoyaltyPoints;
    }
    return text == QLatin1String("store_credit") ? Tender::Kind::Voucher : Tender::Kind::Cash;
}

Money Payment::paid() const {
    Money sum;
    for (const Tender& tender : m_tenders) {
        sum += tender.amount;
    }
    return sum;
}

Money Payment::change() const {
    Money sum;
    for (const Tender& tender : m_tenders) {
        sum += tender.change;
    }
    return sum;
}

Result<void> Payment::addCash(Money given) {
    if (m_complete) {
        return makeError(ErrorCode::TenderTooLarge, given.formatForPeople());
    }
    if (given.isNegative() || given.cents() > kMaxAmountCents) {
        return makeError(ErrorCode::InvalidAmount, given.formatForPeople());
    }
    const Money due = cashDue();
    if (given >= due) {
        // Cash settles the sale: the rounding becomes part of what was paid.
        m_rounding += due - remaining();
        m_tenders.push_back(Tender{Tender::Kind::Cash, due, given, given - due, {}, {}, false});
        m_complete = true;
        return {};
    }
    if (given.isZero()) {
        return makeError(ErrorCode::InvalidAmount, given.formatForPeople());
    }
    m_tenders.push_back(Tender{Tender::Kind::Cash, given, given, Money(), {}, {}, false});
    return {};
}

bool Payment::cashFarAboveDue(Money given, Money margin) const {
    return given > cashDue() + margin;
}

Result<Tender> Payment::removeTender(std::size_t index) {
    if (m_complete) {
        return makeError(ErrorCode::PaymentComplete);
    }
    if (index >= m_tenders.size()) {
        return makeError(ErrorCode::NoSuchTender, QString::number(index + 1));
    }
    const Tender tender = m_tenders[index];
    if (tender.kind == Tender::Kind::Card) {
        return makeError(ErrorCode::CardTenderStays, tender.amount.formatForPeople());
    }
    m_tenders.erase(m_tenders.begin() + static_cast<std::ptrdiff_t>(index));
    return tender;
}

Result<void> Payment::checkCard(Money amount) const {
    if (m_complete || amount > remaining()) {
        return makeError(ErrorCode::TenderTooLarge, amount.formatForPeople());
    }
    if (amount.isNegative() || amount.isZero()) {
        return makeError(ErrorCode::InvalidAmount, amount.formatForPeople());
    }
    return {};
}

Result<void> Payment::addAuthorizedCard(Money amount, const CardAuthorization& authorization) {
    if (Result<void> allowed = checkCard(amount); !allowed) {
        return allowed;
    }
    m_tenders.push_back(Tender{Tender::Kind::Card, amount, amount, Money(), authorization, {}, false});
    m_complete = remaining().isZero();
    return {};
}

Result<void> Payment::addCard(Money amount, PaymentTerminal& terminal, const QString& reference) {
    if (Result<void> allowed = checkCard(amount); !allowed) {
        return allowed;
    }
    auto authorization = terminal.authorize(amount, reference);
    if (!authorization) {
        return authorization.error();
    }
    return addAuthorizedCard(amount, authorization.value());
}

Money Payment::takenFrom(const QString& voucherNumber) const {
    Money sum;
    for (const Tender& tender : m_tenders) {
        if (tender.kind == Tender::Kind::Voucher && tender.voucher == voucherNumber) {
            sum += tender.amount;
        }
    }
    return sum;
}

Result<void> Payment::addVoucher(const VoucherStanding& standing, std::optional<Money> amount) {
    const Money taken = takenFrom(standing.number);
    const Money left = standing.balance - taken;
    if (left.isNegative() || left.isZero()) {
        return makeError(ErrorCode::VoucherSpent, standing.number);
    }
    Money most = std::min(left, remaining());
    if (standing.limit) {
        most = std::min(most, *standing.limit - taken);
    }
    const Money take = amount.value_or(most);
    if (standing.limit && (taken >= *standing.limit || take + taken > *standing.limit)) {
        return makeError(ErrorCode::OfflineLimitExceeded, standing.limit->formatForPeople());
    }
    if (m_complete || take > remaining()) {
        return makeError(ErrorCode::TenderTooLarge, take.formatForPeople());
    }
    if (take.isNegative() || take.isZero()) {
        return makeError(ErrorCode::InvalidAmount, take.formatForPeople());
    }
    if (take > left) {
        return makeError(ErrorCode::VoucherBalanceExceeded, left.formatForPeople());
    }
    m_tenders.push_back(
        Tender{Tender::Kind::Voucher, take, take, Money(), {}, standing.number, standing.decidedOffline()});
    m_complete = remaining().isZero();
    return {};
}

Result<void> Payment::addLoyaltyPoints(std::int64_t points, Money amount) {
    if (points <= 0 || amount.isNegative() || amount.isZero()) {
        return makeError(ErrorCode::InvalidAmount, amount.formatForPeople());
    }
    if (m_complete || amount > remaining()) {
        return makeError(ErrorCode::TenderTooLarge, amount.formatForPeople());
    }
    Tender tender{Tender::Kind::LoyaltyPoints, amount, amount, Money(), {}, {}, false};
    tender.points = points;
    m_tenders.push_back(tender);
    m_complete = remaining().isZero();
    return {};
}

std::int64_t Payment::pointsRedeemed() const {
    std::int64_t points = 0;
    for (const Tender& tender : m_tenders) {
        points += tender.points;
    }
    return points;
}

} // namespace kassa::core
