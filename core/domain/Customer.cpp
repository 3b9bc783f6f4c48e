#include "Customer.h"

#include "Barcode.h"
#include "JsonFields.h"
#include "SearchText.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

namespace kassa::core {

namespace {

Error invalid(const QString& reason) {
    return makeError(ErrorCode::InvalidInput, reason);
}

const QString kPhoneHelp = QStringLiteral(
    "write a phone number with its area or mobile code, such as 040 123 4567, or with its country code, such as "
    "+46 70 123 45 67");

// Spaces, dashes, dots and brackets people write numbers with; nothing else.
QString phoneDigits(const QString& text, bool* onlyDigits) {
    QString digits;
    *onlyDigits = true;
    for (const QChar c : text) {
        if (c.isDigit()) {
            digits += c;
        } else if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QLatin1Char('.') && c != QLatin1Char('(') &&
                   c != QLatin1Char(')') && c != QChar(0x00A0)) {
            *onlyDigits = false;
        }
    }
    return digits;
}

Consent consentFromJson(const QJsonValue& value) {
    const QJsonObject json = value.toObject();
    Consent consent;
    consent.given = json.value(QStringLiteral("given")).toBool();
    consent.at = parseZonedTime(json.value(QStringLiteral("at"))).value_or(QDateTime());
    consent.storeId = json.value(QStringLiteral("store_id")).toString();
    consent.tillId = json.value(QStringLiteral("till_id")).toString();
    return consent;
}

QJsonObject toJson(const Consent& consent) {
    QJsonObject json{{QStringLiteral("given"), consent.given}};
    if (consent.at.isValid()) {
        json.insert(QStringLiteral("at"), utcText(consent.at));
        json.insert(QStringLiteral("store_id"), consent.storeId);
        json.insert(QStringLiteral("till_id"), consent.tillId);
    }
    return json;
}

QStringList preferenceList(const QJsonValue& value) {
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        const QString text = item.toString().trimmed().left(40);
        if (!text.isEmpty() && !list.contains(text)) {
            list << text;
        }
    }
    return list.mid(0, 20);
}

} // namespace

Result<QString> normalizePhone(const QString& text) {
    const QString trimmed = text.trimmed();
    bool onlyDigits = true;
    QString digits = phoneDigits(trimmed.startsWith(QLatin1Char('+')) ? trimmed.mid(1) : trimmed, &onlyDigits);
    if (!onlyDigits || digits.isEmpty()) {
        return invalid(kPhoneHelp);
    }
    if (trimmed.startsWith(QLatin1Char('+'))) {
        // E.164: a country code and the number, at most 15 digits.
    } else if (digits.startsWith(QLatin1String("00"))) {
        digits = digits.mid(2);
    } else if (digits.startsWith(QLatin1Char('0'))) {
        digits = QStringLiteral("358") + digits.mid(1); // a Finnish national number
    } else {
        return invalid(kPhoneHelp);
    }
    if (digits.size() < 8 || digits.size() > 15 || digits.startsWith(QLatin1Char('0'))) {
        return invalid(kPhoneHelp);
    }
    return QLatin1Char('+') + digits;
}

Result<QString> normalizeEmail(const QString& text) {
    static const QRegularExpression shape(QStringLiteral(
        "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"));
    const QString trimmed = text.trimmed();
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    const QString local = trimmed.left(at);
    if (trimmed.size() > 254 || !shape.match(trimmed).hasMatch() || local.startsWith(QLatin1Char('.')) ||
        local.endsWith(QLatin1Char('.')) || local.contains(QLatin1String(".."))) {
        return invalid(QStringLiteral("write an e-mail address such as maija.virtanen@example.fi"));
    }
    return local + QLatin1Char('@') + trimmed.mid(at + 1).toLower();
}

Result<QString> normalizeLoyaltyCard(const QString& text) {
    QString digits = text;
    digits.remove(QLatin1Char(' '));
    const bool allDigits =
        !digits.isEmpty() && std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); });
    if (!allDigits || digits.size() < 8 || digits.size() > 19 ||
        gs1CheckDigit(QStringView(digits).left(digits.size() - 1)) != digits.back().digitValue()) {
        return invalid(QStringLiteral("a loyalty card number is its 8 to 19 digits as printed under the barcode, "
                                      "the last a check digit: scan the card or type the number again"));
    }
    return digits;
}

Result<Customer> checkCustomer(Customer customer) {
    customer.name = customer.name.simplified();
    if (customer.name.isEmpty() || customer.name.size() > kMaxCustomerNameLength) {
        return invalid(QStringLiteral("give the customer's name in 1 to %1 characters").arg(kMaxCustomerNameLength));
    }
    for (const auto& [field, normalize] :
         {std::pair{&customer.phone, &normalizePhone}, std::pair{&customer.email, &normalizeEmail},
          std::pair{&customer.loyaltyCard, &normalizeLoyaltyCard}}) {
        if (field->trimmed().isEmpty()) {
            field->clear();
            continue;
        }
        auto normalized = normalize(*field);
        if (!normalized) {
            return normalized.error();
        }
        *field = normalized.value();
    }
    if (customer.phone.isEmpty() && customer.email.isEmpty() && customer.loyaltyCard.isEmpty()) {
        return invalid(QStringLiteral("give a phone number, an e-mail address or a loyalty card: the customer is "
                                      "found again by one of them"));
    }
    if (customer.origin != QLatin1String("web")) {
        customer.origin = QStringLiteral("store");
    }
    return customer;
}

Result<Customer> customerFromJson(const QJsonObject& json) {
    Customer customer;
    customer.id = json.value(QStringLiteral("id")).toString().trimmed();
    if (customer.id.isEmpty() || customer.id.size() > 64) {
        return invalid(QStringLiteral("\"id\" must be the customer's id in 1 to 64 characters"));
    }
    customer.name = json.value(QStringLiteral("name")).toString();
    customer.phone = json.value(QStringLiteral("phone")).toString();
    customer.email = json.value(QStringLiteral("email")).toString();
    customer.loyaltyCard = json.value(QStringLiteral("loyalty_card")).toString();
    const QJsonObject consents = json.value(QStringLiteral("consents")).toObject();
    customer.emailMarketing = consentFromJson(consents.value(QStringLiteral("email_marketing")));
    customer.smsMarketing = consentFromJson(consents.value(QStringLiteral("sms_marketing")));
    const QJsonObject preferences = json.value(QStringLiteral("preferences")).toObject();
    customer.sizes = preferenceList(preferences.value(QStringLiteral("sizes")));
    customer.brands = preferenceList(preferences.value(QStringLiteral("brands")));
    customer.origin = json.value(QStringLiteral("origin")).toString();
    customer.createdAt = parseZonedTime(json.value(QStringLiteral("created_at"))).value_or(QDateTime());
    return checkCustomer(std::move(customer));
}

QJsonObject toJson(const Customer& customer) {
    QJsonObject json{
        {QStringLiteral("id"), customer.id},
        {QStringLiteral("name"), customer.name},
        {QStringLiteral("consents"), QJsonObject{{QStringLiteral("email_marketing"), toJson(customer.emailMarketing)},
                                                 {QStringLiteral("sms_marketing"), toJson(customer.smsMarketing)}}},
        {QStringLiteral("preferences"),
         QJsonObject{{QStringLiteral("sizes"), QJsonArray::fromStringList(customer.sizes)},
                     {QStringLiteral("brands"), QJsonArray::fromStringList(customer.brands)}}},
        {QStringLiteral("origin"), customer.origin}};
    for (const auto& [key, value] : {std::pair{"phone", &customer.phone}, std::pair{"email", &customer.email},
                                     std::pair{"loyalty_card", &customer.loyaltyCard}}) {
        if (!value->isEmpty()) {
            json.insert(QLatin1String(key), *value);
        }
    }
    if (customer.createdAt.isValid()) {
        json.insert(QStringLiteral("created_at"), utcText(customer.createdAt));
    }
    return json;
}

QString customerSearchText(const Customer& customer) {
    QStringList parts{customer.name, customer.email, customer.loyaltyCard};
    if (!customer.phone.isEmpty()) {
        parts << customer.phone.mid(1); // "358401234567"
        if (customer.phone.startsWith(QLatin1String("+358"))) {
            parts << QLatin1Char('0') + customer.phone.mid(4); // "0401234567", as Finns say it
        }
    }
    return foldedSearchText(parts.join(QLatin1Char(' ')));
}

} // namespace kassa::core
