#include "Product.h"

namespace kassa::core {

QString unitToString(Unit unit) {
    return unit == Unit::Kilograms ? QStringLiteral("kg") : QStringLiteral("pcs");
}

bool unitFromString(QStringView text, Unit* unit) {
    if (text == QLatin1String("pcs")) {
        *unit = Unit::Pieces;
        return true;
    }
    if (text == QLatin1String("kg")) {
        *unit = Unit::Kilograms;
        return true;
    }
    return false;
}

Money priceOf(Money unitPrice, std::int64_t quantityMilli) {
    return Money(divideRoundHalfUp(unitPrice.cents() * quantityMilli, kQuantityOne));
}

QString formatQuantity(std::int64_t quantityMilli, Unit unit, QChar decimalSeparator) {
    if (unit == Unit::Pieces && quantityMilli % kQuantityOne == 0) {
        return QString::number(quantityMilli / kQuantityOne);
    }
    QString text = QString::number(quantityMilli / kQuantityOne) + decimalSeparator +
                   QStringLiteral("%1").arg(quantityMilli % kQuantityOne, 3, 10, QLatin1Char('0'));
    return unit == Unit::Kilograms ? text + QStringLiteral(" kg") : text;
}

Result<std::int64_t> parseQuantity(QStringView text, Unit unit) {
    const QStringView trimmed = text.trimmed();
    std::int64_t whole = 0;
    std::int64_t fraction = 0;
    int wholeDigits = 0;
    int fractionDigits = 0;
    bool inFraction = false;
    for (QChar c : trimmed) {
        if (c == QLatin1Char('.') || c == QLatin1Char(',')) {
            if (inFraction || unit == Unit::Pieces) {
                return makeError(ErrorCode::InvalidQuantity, trimmed.toString());
            }
            inFraction = true;
        } else if (c.isDigit()) {
            if (inFraction) {
                if (++fractionDigits > 3) {
                    return makeError(ErrorCode::InvalidQuantity, trimmed.toString());
                }
                fraction = fraction * 10 + c.digitValue();
            } else {
                if (++wholeDigits > 6) {
                    return makeError(ErrorCode::QuantityTooLarge, trimmed.toString());
                }
                whole = whole * 10 + c.digitValue();
            }
        } else {
            return makeError(ErrorCode::InvalidQuantity, trimmed.toString());
        }
    }
    if (wholeDigits + fractionDigits == 0) {
        return makeError(ErrorCode::InvalidQuantity, trimmed.toString());
    }
    for (int i = fractionDigits; i < 3; ++i) {
        fraction *= 10;
    }
    return whole * kQuantityOne + fraction;
}

} // namespace kassa::core
