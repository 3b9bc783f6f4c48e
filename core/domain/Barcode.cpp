#include "Barcode.h"

#include <QStringList>
#include <algorithm>

namespace kassa::core {

namespace {

bool allDigits(QStringView text) {
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

std::int64_t digitsValue(QStringView digits) {
    std::int64_t value = 0;
    for (QChar c : digits) {
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

Result<LabelTemplate> parseOneTemplate(QStringView spec) {
    const auto parts = spec.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts[0].size() != 2 || !allDigits(parts[0]) || parts[0][0] != QLatin1Char('2')) {
        return makeError(ErrorCode::InvalidInput, spec.toString());
    }
    LabelTemplate result;
    result.prefix = parts[0].toString();
    if (!parts[1].startsWith(QLatin1String("plu"))) {
        return makeError(ErrorCode::InvalidInput, spec.toString());
    }
    bool ok = false;
    result.pluDigits = parts[1].mid(3).toInt(&ok);
    if (!ok) {
        return makeError(ErrorCode::InvalidInput, spec.toString());
    }
    QStringView value = parts[2];
    if (value.startsWith(QLatin1String("weight"))) {
        result.value = LabelTemplate::Value::WeightGrams;
        value = value.mid(6);
    } else if (value.startsWith(QLatin1String("price"))) {
        result.value = LabelTemplate::Value::PriceCents;
        value = value.mid(5);
    } else {
        return makeError(ErrorCode::InvalidInput, spec.toString());
    }
    result.valueDigits = value.toInt(&ok);
    // An EAN-13 has 2 prefix digits and a check digit: PLU and value share the other 10.
    if (!ok || result.pluDigits < 1 || result.valueDigits < 1 || result.pluDigits + result.valueDigits != 10) {
        return makeError(ErrorCode::InvalidInput, spec.toString());
    }
    return result;
}

} // namespace

std::vector<LabelTemplate> defaultLabelTemplates() {
    return {
        {QStringLiteral("23"), 5, LabelTemplate::Value::WeightGrams, 5},
        {QStringLiteral("24"), 5, LabelTemplate::Value::PriceCents, 5},
    };
}

Result<std::vector<LabelTemplate>> parseLabelTemplates(QStringView spec) {
    std::vector<LabelTemplate> templates;
    for (QStringView part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto parsed = parseOneTemplate(part.trimmed());
        if (!parsed) {
            return parsed.error();
        }
        templates.push_back(parsed.value());
    }
    return templates;
}

QString formatLabelTemplates(const std::vector<LabelTemplate>& templates) {
    QStringList parts;
    for (const LabelTemplate& t : templates) {
        parts << QStringLiteral("%1:plu%2:%3%4")
                     .arg(t.prefix)
                     .arg(t.pluDigits)
                     .arg(t.value == LabelTemplate::Value::WeightGrams ? QStringLiteral("weight")
                                                                       : QStringLiteral("price"))
                     .arg(t.valueDigits);
    }
    return parts.join(QLatin1Char(','));
}

int gs1CheckDigit(QStringView digitsWithoutCheck) {
    // Weights alternate 3, 1, 3 ... starting from the rightmost digit.
    int sum = 0;
    int weight = 3;
    for (auto it = digitsWithoutCheck.rbegin(); it != digitsWithoutCheck.rend(); ++it) {
        sum += (it->unicode() - '0') * weight;
        weight = 4 - weight;
    }
    return (10 - sum % 10) % 10;
}

bool hasValidGs1CheckDigit(QStringView digits) {
    if (digits.size() < 2 || !allDigits(digits)) {
        return false;
    }
    return gs1CheckDigit(digits.first(digits.size() - 1)) == digits.back().unicode() - '0';
}

Result<QString> normalizeGtin(QStringView code) {
    if (code.isEmpty()) {
        return makeError(ErrorCode::EmptyCode);
    }
    if (!allDigits(code)) {
        return makeError(ErrorCode::InvalidCharacters, code.toString());
    }
    if (code.size() != 8 && code.size() != 12 && code.size() != 13 && code.size() != 14) {
        return makeError(ErrorCode::InvalidLength, code.toString());
    }
    if (!hasValidGs1CheckDigit(code)) {
        return makeError(ErrorCode::InvalidCheckDigit, code.toString());
    }
    return QString(14 - code.size(), QLatin1Char('0')) + code.toString();
}

Result<ScannedCode> BarcodeReader::read(QStringView text) const {
    const QStringView code = text.trimmed();
    auto gtin = normalizeGtin(code);
    if (!gtin) {
        return gtin.error();
    }
    if (code.size() == 13) {
        for (const LabelTemplate& t : m_templates) {
            if (!code.startsWith(t.prefix)) {
                continue;
            }
            ScannedCode label;
            label.kind = t.value == LabelTemplate::Value::WeightGrams ? ScannedCode::Kind::WeighedLabel
                                                                      : ScannedCode::Kind::PricedLabel;
            label.plu = static_cast<int>(digitsValue(code.mid(2, t.pluDigits)));
            label.value = digitsValue(code.mid(2 + t.pluDigits, t.valueDigits));
            return label;
        }
    }
    ScannedCode scanned;
    scanned.gtin = gtin.value();
    return scanned;
}

QString displayGtin(const QString& gtin14) {
    if (gtin14.size() != 14) {
        return gtin14;
    }
    if (gtin14.startsWith(QLatin1String("000000"))) {
        return gtin14.right(8);
    }
    return gtin14.startsWith(QLatin1Char('0')) ? gtin14.right(13) : gtin14;
}

} // namespace kassa::core
