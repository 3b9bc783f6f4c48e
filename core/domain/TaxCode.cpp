#include "TaxCode.h"

#include <algorithm>

namespace kassa::core {

std::vector<TaxRate> finnishTaxRates() {
    const QDate since2013(2013, 1, 1);
    return {
        {QStringLiteral("A"), 2400, since2013}, {QStringLiteral("A"), 2550, QDate(2024, 9, 1)},
        {QStringLiteral("B"), 1400, since2013}, {QStringLiteral("B"), 1350, QDate(2026, 1, 1)},
        {QStringLiteral("C"), 1000, since2013}, {QStringLiteral("Z"), 0, since2013},
    };
}

TaxTable::TaxTable(std::vector<TaxRate> rates)
    : m_rates(std::move(rates)) {
    std::sort(m_rates.begin(), m_rates.end(), [](const TaxRate& a, const TaxRate& b) {
        return a.code != b.code ? a.code < b.code : a.validFrom < b.validFrom;
    });
}

const TaxRate* TaxTable::rateOn(const QString& code, QDate day) const {
    const TaxRate* inForce = nullptr;
    for (const TaxRate& rate : m_rates) {
        if (rate.code == code && rate.validFrom <= day) {
            inForce = &rate; // sorted by validFrom: the last one not in the future wins
        }
    }
    return inForce;
}

bool TaxTable::hasCode(const QString& code) const {
    return std::any_of(m_rates.begin(), m_rates.end(), [&](const TaxRate& rate) { return rate.code == code; });
}

Money vatIncluded(Money gross, int basisPoints) {
    return Money(divideRoundHalfUp(gross.cents() * basisPoints, 10'000 + basisPoints));
}

void VatBreakdown::add(const QString& code, int basisPoints, Money gross) {
    for (VatLine& line : m_lines) {
        if (line.code == code && line.basisPoints == basisPoints) {
            line.gross += gross;
            return;
        }
    }
    m_lines.push_back(VatLine{code, basisPoints, gross, Money(), Money()});
}

std::vector<VatLine> VatBreakdown::lines() const {
    std::vector<VatLine> result = m_lines;
    for (VatLine& line : result) {
        line.vat = vatIncluded(line.gross, line.basisPoints);
        line.net = line.gross - line.vat;
    }
    std::sort(result.begin(), result.end(), [](const VatLine& a, const VatLine& b) { return a.code < b.code; });
    return result;
}

Money VatBreakdown::totalGross() const {
    Money total;
    for (const VatLine& line : m_lines) {
        total += line.gross;
    }
    return total;
}

Money VatBreakdown::totalVat() const {
    Money total;
    for (const VatLine& line : lines()) {
        total += line.vat;
    }
    return total;
}

QString formatRate(int basisPoints, QChar decimalSeparator) {
    QString text = QString::number(basisPoints / 100);
    const int fraction = basisPoints % 100;
    if (fraction != 0) {
        text += decimalSeparator + (fraction % 10 == 0 ? QString::number(fraction / 10)
                                                       : QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0')));
    }
    return text + QStringLiteral(" %");
}

} // namespace kassa::core
