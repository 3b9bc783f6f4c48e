#include "Format.h"

#include <QLocale>

namespace kassa::ui {

QChar decimalSeparator() {
    const QString point = QLocale().decimalPoint();
    return point.isEmpty() ? QLatin1Char(',') : point.front();
}

QString formatMoney(core::Money amount) {
    return amount.format(decimalSeparator());
}

QString formatLineQuantity(std::int64_t quantityMilli, core::Unit unit) {
    return core::formatQuantity(quantityMilli, unit, decimalSeparator());
}

} // namespace kassa::ui
