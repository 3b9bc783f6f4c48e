#pragma once

// GS1 codes as a till reads them. EAN-13, EAN-8, UPC-A and GTIN-14 are validated by their check
// digit and normalised to one 14-digit key, so a product is found whichever symbol was scanned.
// In-store variable-measure labels (EAN-13 with prefix 20-29) carry a PLU and a weight or a
// price; their layout is configurable per store because scale vendors differ.

#include "Result.h"

#include <QString>
#include <cstdint>
#include <vector>

namespace kassa::core {

struct LabelTemplate {
    enum class Value { WeightGrams, PriceCents };

    QString prefix; // two digits, "20".."29"
    int pluDigits = 5;
    Value value = Value::WeightGrams;
    int valueDigits = 5;
};

// The defaults: "23" + PLU(5) + grams(5) + check, and "24" + PLU(5) + cents(5) + check.
[[nodiscard]] std::vector<LabelTemplate> defaultLabelTemplates();

// Templates written as "23:plu5:weight5,24:plu5:price5" in the settings.
[[nodiscard]] Result<std::vector<LabelTemplate>> parseLabelTemplates(QStringView spec);
[[nodiscard]] QString formatLabelTemplates(const std::vector<LabelTemplate>& templates);

struct ScannedCode {
    enum class Kind { Gtin, WeighedLabel, PricedLabel };

    Kind kind = Kind::Gtin;
    QString gtin;           // 14 digits, for Kind::Gtin
    int plu = 0;            // for labels
    std::int64_t value = 0; // grams or cents, for labels
};

// The GS1 check digit for a string of digits without its check digit.
[[nodiscard]] int gs1CheckDigit(QStringView digitsWithoutCheck);
[[nodiscard]] bool hasValidGs1CheckDigit(QStringView digits);

// Validates an 8, 12, 13 or 14 digit GTIN and pads it to 14 digits.
[[nodiscard]] Result<QString> normalizeGtin(QStringView code);
// A normalised 14-digit GTIN as people write it: EAN-8 or EAN-13 when the padding allows.
[[nodiscard]] QString displayGtin(const QString& gtin14);

class BarcodeReader {
public:
    BarcodeReader()
        : m_templates(defaultLabelTemplates()) {}
    explicit BarcodeReader(std::vector<LabelTemplate> templates)
        : m_templates(std::move(templates)) {}

    [[nodiscard]] Result<ScannedCode> read(QStringView text) const;

private:
    std::vector<LabelTemplate> m_templates;
};

constexpr int kMaxScanLength = 14;

} // namespace kassa::core
