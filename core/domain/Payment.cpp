#include "Payment.h"

namespace kassa::core {

QString tenderKindToString(Tender::Kind kind) {
    return kind == Tender::Kind::Card ? QStringLiteral("card") : QStringLiteral("cash");
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
        m_tenders.push_back(Tender{Tender::Kind::Cash, due, given, given - due, {}});
        m_complete = true;
        return {};
    }
    if (given.isZero()) {
        return makeError(ErrorCode::InvalidAmount, given.formatForPeople());
    }
    m_tenders.push_back(Tender{Tender::Kind::Cash, given, given, Money(), {}});
    return {};
}

Result<void> Payment::addCard(Money amount, PaymentTerminal& terminal, const QString& reference) {
    if (m_complete || amount > remaining()) {
        return makeError(ErrorCode::TenderTooLarge, amount.formatForPeople());
    }
    if (amount.isNegative() || amount.isZero()) {
        return makeError(ErrorCode::InvalidAmount, amount.formatForPeople());
    }
    auto authorization = terminal.authorize(amount, reference);
    if (!authorization) {
        return authorization.error();
    }
    m_tenders.push_back(Tender{Tender::Kind::Card, amount, amount, Money(), authorization.value()});
    m_complete = remaining().isZero();
    return {};
}

} // namespace kassa::core
