#pragma once

// A customer as the chain serves them in every channel: who they are, how to reach and find
// them, what they have agreed to, and what they like. Central keeps customers as master data
// (PUT /v1/customers, feed `customers`); a till may create one in the store, offline too, and
// central merges it with the web shop's account of the same person.
//
// Each field is checked and kept in one form, wherever it arrives (a screen, kassactl, an
// integration, the feed): phone numbers in E.164 ("+358401234567", Finnish national numbers
// such as "040 123 4567" taken as Finland's), e-mail addresses trimmed with the domain in
// lower case, loyalty cards as their digits with a valid GS1 check digit.

#include "Loyalty.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <optional>
#include <vector>

namespace kassa::core {

// A marketing consent as the customer gave or withdrew it: when, and at which store and till
// (or "web"). Never given: `at` invalid.
struct Consent {
    bool given = false;
    QDateTime at;
    QString storeId;
    QString tillId;
};

// A note staff add to a customer ("prefers fitting on Saturdays"): who, when and where. Notes
// are only added; two tills adding notes offline keep both.
struct CustomerNote {
    QString id; // a UUIDv7 the till made
    QString text;
    QString author; // the operator's name
    QDateTime at;
    QString storeId;
    QString tillId;
};

inline constexpr int kMaxCustomerNoteLength = 500;

struct Customer {
    QString id;   // central's, or a UUIDv7 the till made when it created the customer
    QString name; // as the customer gives it
    QString phone;
    QString email;
    QString loyaltyCard;
    Consent emailMarketing;
    Consent smsMarketing;
    QStringList sizes;  // preferences, as staff note them: "M", "42"
    QStringList brands; // "Halti", "Marimekko"
    QString origin;     // "store" or "web": where the customer was first recorded
    QString homeStore;  // the store whose till created them; empty for the web shop's
    QDateTime createdAt;
    QDateTime updatedAt; // when contact details or preferences last changed: the newer change wins
    std::vector<CustomerNote> notes{};
    // A member's points as central last counted them (central computes it; fed, never kept
    // from an edit).
    std::optional<LoyaltyStanding> loyalty{};

    // A member of the loyalty programme: has a loyalty card.
    [[nodiscard]] bool isMember() const { return !loyaltyCard.isEmpty() || !checks.card.isEmpty(); }

    // What a till of another store keeps of a customer (data minimisation): the first name as
    // `name`, `loyalty`, and keyed hashes of the card, phone and e-mail to find them by exactly
    // (core/store/CustomerRecords.h); no contact details, consents, notes or preferences.
    struct Checks {
        QString card;
        QString phone;
        QString email;
    };
    bool limited = false;
    Checks checks{};
    // A full record a till keeps only until then (a customer who bought in its store, or one it
    // looked up online); invalid: for good (its own store's customer).
    QDateTime fullUntil{};
};

inline constexpr int kMaxCustomerNameLength = 100;

// "+358401234567" from "040 123 4567", "+358 40 123 4567" or "00358401234567"; other
// countries need their code ("+46 70 123 45 67"). The error says how to write it.
[[nodiscard]] Result<QString> normalizePhone(const QString& text);
// A number as people read it: Finnish numbers as dialled at home ("040 123 4567"), others as kept.
[[nodiscard]] QString phoneForPeople(const QString& phone);
// "maija.virtanen@example.fi" from " Maija.Virtanen@Example.FI ": the domain in lower case.
[[nodiscard]] Result<QString> normalizeEmail(const QString& text);
// A card's 8 to 19 digits, the last a GS1 check digit (spaces allowed between groups).
[[nodiscard]] Result<QString> normalizeLoyaltyCard(const QString& text);

// Checks every field: a name, and at least one way to find the customer again (phone, e-mail
// or loyalty card). Normalises phone, e-mail and card.
[[nodiscard]] Result<Customer> checkCustomer(Customer customer);

// A note as a till or an integration gives it: text of 1 to 500 characters, an id and a time.
[[nodiscard]] Result<CustomerNote> checkNote(CustomerNote note);

// What central keeps when the same person arrives twice (a store's new customer with the web
// shop's e-mail address): the record central had stays; the newcomer fills in contact details
// it lacks (a card another customer holds is not taken), its preferences are added, each
// consent is the one given or withdrawn last, and every note of both is kept.
[[nodiscard]] Customer mergedCustomer(Customer kept, const Customer& newcomer);
// An edit of a customer central holds: contact details, name and preferences are the edit's
// when it was made at or after the last one central applied (`updatedAt`); consents are each
// the latest given or withdrawn; notes of both are kept.
[[nodiscard]] Customer editedCustomer(Customer stored, const Customer& edit);

// The customer's JSON as central and the tills exchange it:
// {"id", "name", "phone", "email", "loyalty_card", "consents": {"email_marketing": {"given",
//  "at", "store_id", "till_id"}, "sms_marketing": {...}}, "preferences": {"sizes": [], "brands": []},
//  "origin", "created_at", "updated_at", "notes": [{"id", "text", "author", "at", "store_id",
//  "till_id"}], "loyalty": {"balance", "earned_total", "tier", "counted"} (central's, fed),
//  "home_store", "full_until"}; empty fields may be left out. A limited record:
//  {"id", "limited": true, "first_name", "card_check", "phone_check", "email_check", "loyalty",
//  "updated_at"}.
[[nodiscard]] Result<Customer> customerFromJson(const QJsonObject& json);
[[nodiscard]] QJsonObject toJson(const Customer& customer);
// Parts of customerFromJson: the id (1 to 64 characters), and a limited record's checks (each 16
// lower-case hex digits, or none).
[[nodiscard]] Result<QString> customerIdFromJson(const QJsonObject& json);
[[nodiscard]] Result<Customer::Checks> limitedChecksFromJson(const QJsonObject& json);
[[nodiscard]] Result<CustomerNote> noteFromJson(const QJsonObject& json);
[[nodiscard]] QJsonObject toJson(const CustomerNote& note);

// What customer search matches against, folded as product search is (domain/SearchText.h):
// the name, the e-mail address's words, the phone's digits both as +358… and as 0…, the card.
[[nodiscard]] QString customerSearchText(const Customer& customer);

} // namespace kassa::core
