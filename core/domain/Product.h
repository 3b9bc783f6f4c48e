#pragma once

// A product as the till sells it: the catalog row a scan resolves to.

#include "Money.h"

#include <QString>
#include <cstdint>

namespace kassa::core {

enum class Unit { Pieces, Kilograms };

[[nodiscard]] QString unitToString(Unit unit); // "pcs" / "kg", the catalog's spelling
[[nodiscard]] bool unitFromString(QStringView text, Unit* unit);

struct Product {
    std::int64_t id = 0;
    QString sku;
    QString name;
    QString brand;
    Money price; // VAT included; per kilogram for weighed items
    QString taxCode;
    Unit unit = Unit::Pieces;
    int plu = 0; // 0: none
    QString attributesJson = QStringLiteral("{}");
    QString style; // the parent product its variants share (sizes, colours); empty: none
};

// Quantities are thousandths: 1 piece = 1000, 1 kg = 1000 (so one gram = 1).
constexpr std::int64_t kQuantityOne = 1000;

// The gross price of a quantity, rounded half up to the cent.
[[nodiscard]] Money priceOf(Money unitPrice, std::int64_t quantityMilli);

// "2", "0,535 kg"
[[nodiscard]] QString formatQuantity(std::int64_t quantityMilli, Unit unit, QChar decimalSeparator = QLatin1Char(','));

// Parses a quantity typed by a cashier: whole pieces, or kilograms with up to three decimals.
[[nodiscard]] Result<std::int64_t> parseQuantity(QStringView text, Unit unit);

} // namespace kassa::core
