#pragma once

// VAT as data: a tax code (the letter receipts mark lines with) has a rate in basis points
// from a valid-from date on. Prices are VAT-inclusive; the VAT of a rate is computed once from
// the gross total of that rate, so line roundings never add up to a wrong VAT.

#include "Money.h"

#include <QDate>
#include <QString>
#include <vector>

namespace kassa::core {

struct TaxRate {
    QString code;      // "A", "B", "C", "Z"
    int basisPoints{}; // 2550 = 25.5 %
    QDate validFrom;
};

// Finland's rates with the dates they took effect: A general (24 % -> 25.5 % on 2024-09-01),
// B food and restaurants (14 % -> 13.5 % on 2026-01-01), C newspapers and magazines (10 %),
// Z zero-rated. Sales pick the rate in force on their day, so a change is just a new row.
[[nodiscard]] std::vector<TaxRate> finnishTaxRates();

// The rates of all codes, each with its history; rateOn() picks the one in force on a day.
class TaxTable {
public:
    TaxTable() = default;
    explicit TaxTable(std::vector<TaxRate> rates);

    [[nodiscard]] const TaxRate* rateOn(const QString& code, QDate day) const;
    [[nodiscard]] bool hasCode(const QString& code) const;
    [[nodiscard]] const std::vector<TaxRate>& rates() const { return m_rates; }

private:
    std::vector<TaxRate> m_rates; // sorted by code, then validFrom
};

struct VatLine {
    QString code;
    int basisPoints{};
    Money gross;
    Money net;
    Money vat;
};

// Accumulates gross amounts per (code, rate) and yields the receipt's VAT breakdown:
// vat = gross * rate / (100 % + rate), rounded half up to the cent; net = gross - vat.
class VatBreakdown {
public:
    void add(const QString& code, int basisPoints, Money gross);
    [[nodiscard]] std::vector<VatLine> lines() const;
    [[nodiscard]] Money totalGross() const;
    [[nodiscard]] Money totalVat() const;

private:
    std::vector<VatLine> m_lines;
};

[[nodiscard]] Money vatIncluded(Money gross, int basisPoints);

// "25,5 %" / "14 %"
[[nodiscard]] QString formatRate(int basisPoints, QChar decimalSeparator = QLatin1Char(','));

} // namespace kassa::core
