#include "PaymentTerminal.h"

#include <QCryptographicHash>

namespace kassa::core {

Result<CardAuthorization> SimulatedPaymentTerminal::authorize(Money amount, const QString& reference) {
    if (m_mode == Mode::Decline) {
        return makeError(ErrorCode::CardDeclined, amount.formatForPeople());
    }
    ++m_authorizations;
    // Deterministic for a given reference and amount, so test receipts are reproducible.
    const QByteArray digest = QCryptographicHash::hash(
        (reference + QLatin1Char('/') + amount.toDecimalString() + QLatin1Char('/') + QString::number(m_authorizations))
            .toUtf8(),
        QCryptographicHash::Sha256);
    CardAuthorization authorization;
    authorization.scheme = QStringLiteral("VISA");
    authorization.maskedPan = QStringLiteral("************") + QString::fromLatin1(digest.toHex().left(4)).toUpper();
    authorization.authCode = QString::fromLatin1(digest.toHex().mid(4, 6)).toUpper();
    return authorization;
}

} // namespace kassa::core
