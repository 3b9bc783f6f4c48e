#include "Dates.h"

namespace kassa::core {

QString formatDate(const QDate& date) {
    return date.toString(QStringLiteral("d.M.yyyy"));
}

QString formatDateTime(const QDateTime& at) {
    return at.toLocalTime().toString(QStringLiteral("d.M.yyyy HH:mm"));
}

} // namespace kassa::core
