#include "Format.h"

#include <QLocale>

namespace kassa::ui {

QChar decimalSeparator() {
    const QString point = QLocale().decimalPoint();
    return point.isEmpty() ? QLatin1Char(',') : point.front();
}

QLocale tillLocale(const QString& language) {
    if (language == QLatin1String("fi")) {
        return QLocale(QLocale::Finnish, QLocale::Finland);
    }
    if (language == QLatin1String("sv")) {
        return QLocale(QLocale::Swedish, QLocale::Finland);
    }
    return QLocale(QLocale::English, QLocale::Finland);
}

QString formatMoney(core::Money amount) {
    return amount.format(decimalSeparator());
}

QString formatLineQuantity(std::int64_t quantityMilli, core::Unit unit) {
    return core::formatQuantity(quantityMilli, unit, decimalSeparator());
}

} // namespace kassa::ui
