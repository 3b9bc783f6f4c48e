#include "CustomerRecords.h"

namespace kassa::core {

namespace {

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
    // "Maija" of "Maija Virtanen": enough for the cashier to greet them.
    limited.name = full.name.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    limited.checks = customerChecks(key, full);
    limited.loyalty = full.loyalty;
    limited.updatedAt = full.updatedAt;
    return limited;
}

} // namespace kassa::core
