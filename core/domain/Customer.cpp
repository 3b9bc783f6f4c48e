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

QString phoneForPeople(const QString& phone) {
    if (!phone.startsWith(QLatin1String("+358")) || phone.size() < 9) {
        return phone;
    }
    const QString national = QLatin1Char('0') + phone.mid(4); // "0401234567"
    // Mobile numbers (04x, 050) group as 040 123 4567; others by their area code's two digits.
    const int area = national.startsWith(QLatin1String("04")) || national.startsWith(QLatin1String("050")) ? 3 : 2;
    return national.left(area) + QLatin1Char(' ') + national.mid(area, 3) + QLatin1Char(' ') + national.mid(area + 3);
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

namespace {

// A keyed hash as central computes them (core/store/CustomerRecords.h): 16 hex digits, or none.
bool isCheck(const QString& check) {
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{16}$"));
    return check.isEmpty() || hex.match(check).hasMatch();
}

Result<Customer> limitedCustomerFromJson(Customer customer, const QJsonObject& json) {
    customer.limited = true;
    customer.name = json.value(QStringLiteral("first_name")).toString().simplified().left(kMaxCustomerNameLength);
    auto checks = limitedChecksFromJson(json);
    if (!checks) {
        return checks.error();
    }
    customer.checks = std::move(checks).value();
    customer.updatedAt = parseZonedTime(json.value(QStringLiteral("updated_at"))).value_or(QDateTime());
    if (json.contains(QStringLiteral("loyalty"))) {
        customer.loyalty = loyaltyStandingFromJson(json.value(QStringLiteral("loyalty")).toObject());
    }
    return customer;
}

} // namespace

Result<QString> customerIdFromJson(const QJsonObject& json) {
    QString id = json.value(QStringLiteral("id")).toString().trimmed();
    if (id.isEmpty() || id.size() > 64) {
        return invalid(QStringLiteral("\"id\" must be the customer's id in 1 to 64 characters"));
    }
    return id;
}

Result<Customer::Checks> limitedChecksFromJson(const QJsonObject& json) {
    Customer::Checks checks{json.value(QStringLiteral("card_check")).toString(),
                            json.value(QStringLiteral("phone_check")).toString(),
                            json.value(QStringLiteral("email_check")).toString()};
    if (!isCheck(checks.card) || !isCheck(checks.phone) || !isCheck(checks.email)) {
        return invalid(QStringLiteral("a limited customer's checks are 16 hex digits each"));
    }
    return checks;
}

Result<Customer> customerFromJson(const QJsonObject& json) {
    Customer customer;
    auto id = customerIdFromJson(json);
    if (!id) {
        return id.error();
    }
    customer.id = std::move(id).value();
    if (json.value(QStringLiteral("limited")).toBool()) {
        return limitedCustomerFromJson(std::move(customer), json);
    }
    customer.homeStore = json.value(QStringLiteral("home_store")).toString();
    customer.fullUntil = parseZonedTime(json.value(QStringLiteral("full_until"))).value_or(QDateTime());
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
    customer.updatedAt = parseZonedTime(json.value(QStringLiteral("updated_at"))).value_or(customer.createdAt);
    const QJsonArray notes = json.value(QStringLiteral("notes")).toArray();
    for (qsizetype i = 0; i < notes.size(); ++i) {
        auto note = noteFromJson(notes[i].toObject());
        if (!note) {
            return invalid(QStringLiteral("note %1: %2").arg(i + 1).arg(note.error().detail));
        }
        customer.notes.push_back(std::move(note).value());
    }
    if (json.contains(QStringLiteral("loyalty"))) {
        customer.loyalty = loyaltyStandingFromJson(json.value(QStringLiteral("loyalty")).toObject());
    }
    return checkCustomer(std::move(customer));
}

Result<CustomerNote> checkNote(CustomerNote note) {
    note.text = note.text.trimmed();
    if (note.text.isEmpty() || note.text.size() > kMaxCustomerNoteLength) {
        return invalid(QStringLiteral("write the note in 1 to %1 characters").arg(kMaxCustomerNoteLength));
    }
    if (note.id.isEmpty() || note.id.size() > 64 || !note.at.isValid()) {
        return invalid(QStringLiteral("a note needs its id and the time it was written"));
    }
    note.author = note.author.simplified().left(kMaxCustomerNameLength);
    return note;
}

Result<CustomerNote> noteFromJson(const QJsonObject& json) {
    return checkNote(CustomerNote{
        json.value(QStringLiteral("id")).toString(), json.value(QStringLiteral("text")).toString(),
        json.value(QStringLiteral("author")).toString(),
        parseZonedTime(json.value(QStringLiteral("at"))).value_or(QDateTime()),
        json.value(QStringLiteral("store_id")).toString(), json.value(QStringLiteral("till_id")).toString()});
}

QJsonObject toJson(const CustomerNote& note) {
    return QJsonObject{{QStringLiteral("id"), note.id},
                       {QStringLiteral("text"), note.text},
                       {QStringLiteral("author"), note.author},
                       {QStringLiteral("at"), utcText(note.at)},
                       {QStringLiteral("store_id"), note.storeId},
                       {QStringLiteral("till_id"), note.tillId}};
}

namespace {

// The consent given or withdrawn last; one never asked about loses to any answer.
Consent latestConsent(const Consent& a, const Consent& b) {
    if (!b.at.isValid()) {
        return a;
    }
    return !a.at.isValid() || b.at > a.at ? b : a;
}

void addMissing(QStringList& list, const QStringList& more) {
    for (const QString& item : more) {
        if (!list.contains(item)) {
            list << item;
        }
    }
}

// Both records' notes, each once, oldest first.
void addNotes(std::vector<CustomerNote>& notes, const std::vector<CustomerNote>& more) {
    for (const CustomerNote& note : more) {
        const bool known =
            std::any_of(notes.begin(), notes.end(), [&](const CustomerNote& have) { return have.id == note.id; });
        if (!known) {
            notes.push_back(note);
        }
    }
    std::stable_sort(notes.begin(), notes.end(),
                     [](const CustomerNote& a, const CustomerNote& b) { return a.at < b.at; });
}

} // namespace

Customer mergedCustomer(Customer kept, const Customer& newcomer) {
    for (const auto& [field, offered] :
         {std::pair{&kept.phone, &newcomer.phone}, std::pair{&kept.email, &newcomer.email},
          std::pair{&kept.loyaltyCard, &newcomer.loyaltyCard}, std::pair{&kept.homeStore, &newcomer.homeStore}}) {
        if (field->isEmpty()) {
            *field = *offered;
        }
    }
    kept.emailMarketing = latestConsent(kept.emailMarketing, newcomer.emailMarketing);
    kept.smsMarketing = latestConsent(kept.smsMarketing, newcomer.smsMarketing);
    addMissing(kept.sizes, newcomer.sizes);
    addMissing(kept.brands, newcomer.brands);
    addNotes(kept.notes, newcomer.notes);
    kept.updatedAt = std::max(kept.updatedAt, newcomer.updatedAt);
    return kept;
}

Customer editedCustomer(Customer stored, const Customer& edit) {
    if (!stored.updatedAt.isValid() || edit.updatedAt >= stored.updatedAt) {
        stored.name = edit.name;
        stored.phone = edit.phone;
        stored.email = edit.email;
        stored.loyaltyCard = edit.loyaltyCard;
        stored.sizes = edit.sizes;
        stored.brands = edit.brands;
        stored.updatedAt = edit.updatedAt;
    }
    stored.emailMarketing = latestConsent(stored.emailMarketing, edit.emailMarketing);
    stored.smsMarketing = latestConsent(stored.smsMarketing, edit.smsMarketing);
    addNotes(stored.notes, edit.notes);
    if (stored.homeStore.isEmpty()) {
        stored.homeStore = edit.homeStore;
    }
    return stored;
}

namespace {

QJsonObject limitedJson(const Customer& customer) {
    QJsonObject json{{QStringLiteral("id"), customer.id},
                     {QStringLiteral("limited"), true},
                     {QStringLiteral("first_name"), customer.name}};
    for (const auto& [key, value] :
         {std::pair{"card_check", &customer.checks.card}, std::pair{"phone_check", &customer.checks.phone},
          std::pair{"email_check", &customer.checks.email}}) {
        if (!value->isEmpty()) {
            json.insert(QLatin1String(key), *value);
        }
    }
    if (customer.updatedAt.isValid()) {
        json.insert(QStringLiteral("updated_at"), utcText(customer.updatedAt));
    }
    if (customer.loyalty) {
        json.insert(QStringLiteral("loyalty"), toJson(*customer.loyalty));
    }
    return json;
}

} // namespace

QJsonObject toJson(const Customer& customer) {
    if (customer.limited) {
        return limitedJson(customer);
    }
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
    if (customer.updatedAt.isValid()) {
        json.insert(QStringLiteral("updated_at"), utcText(customer.updatedAt));
    }
    if (!customer.notes.empty()) {
        QJsonArray notes;
        for (const CustomerNote& note : customer.notes) {
            notes.append(toJson(note));
        }
        json.insert(QStringLiteral("notes"), notes);
    }
    if (customer.loyalty) {
        json.insert(QStringLiteral("loyalty"), toJson(*customer.loyalty));
    }
    if (!customer.homeStore.isEmpty()) {
        json.insert(QStringLiteral("home_store"), customer.homeStore);
    }
    if (customer.fullUntil.isValid()) {
        json.insert(QStringLiteral("full_until"), utcText(customer.fullUntil));
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
