#include "CustomerRecords.h"

namespace kassa::core {

namespace {

// "Maija" of "Maija Virtanen": enough for the cashier to greet them.
QString firstNameOf(const QString& name) {
    return name.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
}

QString checkOf(const LookupKey& key, const char16_t* purpose, const QString& value) {
    return value.isEmpty() ? QString() : key.hash(QStringView(purpose), value).left(kCustomerCheckDigits);
}

} // namespace

Customer::Checks customerChecks(const LookupKey& key, const Customer& full) {
    return {checkOf(key, kCardCheck, full.loyaltyCard), checkOf(key, kPhoneCheck, full.phone),
            checkOf(key, kEmailCheck, full.email.toLower())};
}

Customer limitedCustomer(const Customer& full, const LookupKey& key) {
    Customer limited;
    limited.id = full.id;
    limited.limited = true;
    limited.name = firstNameOf(full.name);
    limited.checks = customerChecks(key, full);
    limited.loyalty = full.loyalty;
    limited.updatedAt = full.updatedAt;
    return limited;
}

QJsonObject limitedCustomerItem(const QJsonObject& fullItem, const LookupKey& key) {
    const auto text = [&fullItem](const char* field) {
        return fullItem.value(QLatin1String(field)).toString();
    };
    QJsonObject limited{{QStringLiteral("id"), text("id")},
                        {QStringLiteral("limited"), true},
                        {QStringLiteral("first_name"), firstNameOf(text("name"))}};
    const std::pair<const char*, QString> checks[] = {
        {"card_check", checkOf(key, kCardCheck, text("loyalty_card"))},
        {"phone_check", checkOf(key, kPhoneCheck, text("phone"))},
        {"email_check", checkOf(key, kEmailCheck, text("email").toLower())}};
    for (const auto& [field, check] : checks) {
        if (!check.isEmpty()) {
            limited.insert(QLatin1String(field), check);
        }
    }
    // A record read without "updated_at" was last updated when it was created (customerFromJson).
    for (const auto& [field, from] : {std::pair{"updated_at", "updated_at"}, std::pair{"updated_at", "created_at"},
                                      std::pair{"loyalty", "loyalty"}}) {
        const QJsonValue value = fullItem.value(QLatin1String(from));
        if (!limited.contains(QLatin1String(field)) && (value.isString() || value.isObject())) {
            limited.insert(QLatin1String(field), value);
        }
    }
    return limited;
}

} // namespace kassa::core
