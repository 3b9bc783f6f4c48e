#pragma once

// Amounts and quantities as the cashier reads them, in the language the till runs in.

#include "core/domain/Dates.h"
#include "core/domain/Money.h"
#include "core/domain/Product.h"

#include <QLocale>
#include <QString>

namespace kassa::ui {

[[nodiscard]] QString formatMoney(core::Money amount);
[[nodiscard]] QString formatLineQuantity(std::int64_t quantityMilli, core::Unit unit);
[[nodiscard]] QChar decimalSeparator();
// The locale the till runs in for `language` (fi, sv, en): each as written in Finland, so money
// has a decimal comma in all three, as on the receipt; dates are core::formatDate's everywhere.
[[nodiscard]] QLocale tillLocale(const QString& language);

} // namespace kassa::ui
