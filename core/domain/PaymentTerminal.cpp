#include "PaymentTerminal.h"

#include <QCryptographicHash>

namespace kassa::core {

Result<CardAuthorization> SimulatedPaymentTerminal::authorize(Money amount, const QString& reference) {
    if (m_mode == Mode::Decline) {
        return makeError(ErrorCode::CardDeclined, amount.formatForPeople());
    }
    if (m_mode == Mode::NoAnswer) {
        return makeError(ErrorCode::TerminalUnavailable);
    }
    CardAuthorization authorization = answer(reference + QLatin1Char('/') + amount.toDecimalString());
    m_cardOf[authorization.authCode] = authorization.maskedPan;
    return authorization;
}

Result<CardAuthorization> SimulatedPaymentTerminal::refund(Money amount, const QString& originalAuthCode,
                                                           const QString& reference) {
    if (m_mode == Mode::Decline || originalAuthCode.isEmpty()) {
        return makeError(ErrorCode::RefundDeclined, amount.formatForPeople());
    }
    if (m_mode == Mode::NoAnswer) {
        return makeError(ErrorCode::TerminalUnavailable);
    }
    CardAuthorization refunded = answer(QStringLiteral("refund/") + originalAuthCode + QLatin1Char('/') + reference +
                                        QLatin1Char('/') + amount.toDecimalString());
    if (const auto card = m_cardOf.find(originalAuthCode); card != m_cardOf.end()) {
        refunded.maskedPan = card->second;
    }
    return refunded;
}

CardAuthorization SimulatedPaymentTerminal::answer(const QString& seed) {
    ++m_authorizations;
    // Deterministic for a given reference and amount, so test receipts are reproducible.
    const QByteArray digest = QCryptographicHash::hash(
        (seed + QLatin1Char('/') + QString::number(m_authorizations)).toUtf8(), QCryptographicHash::Sha256);
    CardAuthorization authorization;
    authorization.scheme = QStringLiteral("VISA");
    // A card number's last four are digits, as receipts and reconciliation reports expect them.
    const auto lastFour = (static_cast<quint8>(digest[0]) << 8 | static_cast<quint8>(digest[1])) % 10000;
    authorization.maskedPan = QStringLiteral("************%1").arg(lastFour, 4, 10, QLatin1Char('0'));
    authorization.authCode = QString::fromLatin1(digest.toHex().mid(4, 6)).toUpper();
    return authorization;
}

} // namespace kassa::core
