#include "Money.h"

#include <QLocale>
#include <cstdlib>

namespace kassa::core {

std::int64_t divideRoundHalfUp(std::int64_t numerator, std::int64_t denominator) {
    const std::int64_t quotient = numerator / denominator;
    const std::int64_t remainder = numerator % denominator;
    if (2 * std::llabs(remainder) >= denominator) {
        return quotient + (numerator < 0 ? -1 : 1);
    }
    return quotient;
}

Money roundForCash(Money amount) {
    const std::int64_t cents = amount.cents();
    const std::int64_t rest = ((cents % 5) + 5) % 5; // 0..4 also for refunds (negative totals)
    return Money(rest <= 2 ? cents - rest : cents + (5 - rest));
}

Result<Money> Money::parse(QStringView text) {
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty()) {
        return makeError(ErrorCode::InvalidAmount, trimmed);
    }
    qsizetype pos = 0;
    bool negative = false;
    if (trimmed[0] == QLatin1Char('-')) {
        negative = true;
        pos = 1;
    }
    std::int64_t units = 0;
    int integerDigits = 0;
    for (; pos < trimmed.size() && trimmed[pos].isDigit(); ++pos, ++integerDigits) {
        units = units * 10 + trimmed[pos].digitValue();
        if (units * 100 > kMaxAmountCents) {
            return makeError(ErrorCode::InvalidAmount, trimmed);
        }
    }
    std::int64_t fraction = 0;
    int fractionDigits = 0;
    if (pos < trimmed.size() && (trimmed[pos] == QLatin1Char('.') || trimmed[pos] == QLatin1Char(','))) {
        for (++pos; pos < trimmed.size() && trimmed[pos].isDigit(); ++pos, ++fractionDigits) {
            if (fractionDigits == 2) {
                return makeError(ErrorCode::InvalidAmount, trimmed);
            }
            fraction = fraction * 10 + trimmed[pos].digitValue();
        }
        if (fractionDigits == 0 && integerDigits == 0) {
            return makeError(ErrorCode::InvalidAmount, trimmed);
        }
    }
    if (pos != trimmed.size() || (integerDigits == 0 && fractionDigits == 0)) {
        return makeError(ErrorCode::InvalidAmount, trimmed);
    }
    if (fractionDigits == 1) {
        fraction *= 10;
    }
    const std::int64_t cents = units * 100 + fraction;
    return Money(negative ? -cents : cents);
}

QString Money::format(QChar decimalSeparator) const {
    const std::int64_t magnitude = std::llabs(m_cents);
    QString text = QString::number(magnitude / 100) + decimalSeparator +
                   QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return m_cents < 0 ? QLatin1Char('-') + text : text;
}

QString Money::toDecimalString() const {
    return format(QLatin1Char('.'));
}

QString Money::formatForPeople() const {
    const QString point = QLocale().decimalPoint();
    return format(point.isEmpty() ? QLatin1Char('.') : point.front());
}

} // namespace kassa::core
