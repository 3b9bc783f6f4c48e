#pragma once

// Dates and times as people read them on the till's screens and in its messages, in each of its
// languages alike: 7.12.2026 and 7.12.2026 14:05, local time. Finnish and Swedish in Finland
// write them so, and the till's English follows its country (Qt's English and Swedish short
// formats would print 07/12/2026 and 2026-12-07 beside it).

#include <QDateTime>
#include <QString>

namespace kassa::core {

[[nodiscard]] QString formatDate(const QDate& date);
[[nodiscard]] QString formatDateTime(const QDateTime& at);

} // namespace kassa::core
