#pragma once

// Amounts and quantities as the cashier reads them, in the language the till runs in.

#include "core/domain/Dates.h"
#include "core/domain/Money.h"
#include "core/domain/Product.h"

#include <QString>

namespace kassa::ui {

[[nodiscard]] QString formatMoney(core::Money amount);
[[nodiscard]] QString formatLineQuantity(std::int64_t quantityMilli, core::Unit unit);
[[nodiscard]] QChar decimalSeparator();

} // namespace kassa::ui
