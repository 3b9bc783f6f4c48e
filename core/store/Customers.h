#pragma once

// The customers this till knows: those central feeds (feed `customers`) and those created here,
// offline too. A customer created here is kept at once, found by the next search, and sent to
// central as the fact `customer.created` in the transaction that keeps it; central merges it
// with the web shop's account of the same person, and its feed then removes the till's id
// ("merged_into") and brings the merged record. An erased customer's removal takes them off the
// till.

#include "../domain/Customer.h"
#include "../domain/Sale.h"
#include "../domain/Suggestions.h"
#include "../sync/CentralAnswer.h"
#include "Database.h"
#include "LookupKey.h"

#include <optional>
#include <vector>

namespace kassa::core {

inline constexpr int kCustomerSchemaVersion = 1;

// What one of this till's sales or returns did to a member's points: kept until central has
// counted it (the standing it feeds names the highest seq it counted of this till's epoch).
struct LoyaltyEntry {
    QString documentId;
    QString customerId;
    QString saleDocumentId; // the sale whose points these are (for a return: the one returned)
    int epoch = 1;
    std::int64_t seq = 0;
    std::int64_t points = 0; // earned less redeemed; below zero for a take-back
    std::int64_t earned = 0; // what counts towards the tier
};

// A receipt in a customer's history.
struct PurchaseRecord {
    QString kind;    // "sale", "return", "order"
    QString channel; // "store", "web"
    QString number;  // the receipt or order number
    QString storeId;
    QDateTime at;
    Money total;
};

class Customers {
public:
    // `key`: the chain's lookup key, with which members kept as limited records are found by an
    // exact card, phone or e-mail (CustomerRecords.h); without it they are found by id only.
    explicit Customers(Database& db, std::optional<LookupKey> key = std::nullopt)
        : m_db(db)
        , m_key(std::move(key)) {}

    // Checks the customer (domain/Customer.h), gives them an id, records each consent given or
    // declined (a declined one has `at` set by whoever asked) with `at` and this till, keeps them
    // and appends their fact. A loyalty card another customer has is refused.
    Result<Customer> create(Customer customer, const TillIdentity& till, const QDateTime& at);
    // Changes a customer's name, contact details, consents or preferences, checked as create():
    // a consent changed is recorded with `at` and this till; the fact `customer.updated` (the
    // whole record, `updated_at` = `at`) goes to central in the same transaction.
    Result<Customer> edit(Customer customer, const TillIdentity& till, const QDateTime& at);
    // A note staff add to a customer: kept at once, the fact `customer.note_added` for central.
    Result<CustomerNote> addNote(const QString& customerId, const QString& text, const QString& author,
                                 const TillIdentity& till, const QDateTime& at);
    // Central's record (feed `customers`), full or limited, inside the caller's transaction:
    // replaces this till's copy, and takes the loyalty card off any other customer here (central
    // decides whose it is).
    void keep(const Customer& customer);
    // Another store's member as central feeds them (a limited record, CustomerRecords.h), kept
    // as central wrote them inside the caller's transaction (with no suggestions): a first load
    // keeps half a million, each checked but not read into a Customer and written out again.
    Result<void> keepLimited(const QJsonObject& item);
    // The indexes that find a limited record by its card's, phone's or e-mail's check. A first
    // load drops them (MasterData::startLoad) and builds them once at its end: half a million
    // members inserted into three indexes keyed by random hashes rewrite most of their pages at
    // every page's commit, where building each by one sort takes a fraction of a second.
    // Until then a member is found by a scan of the table.
    static void dropCheckIndexes(Database& db);
    // Each index in a transaction of its own, `between` called after each (a sale's turn).
    static void buildCheckIndexes(Database& db, void (*between)());
    // Full records whose time here is up (Customer::fullUntil before `now`) become limited ones
    // (a customer who is no member is forgotten), inside the caller's transaction: how many.
    // Needs the lookup key (none: nothing limited).
    int limitLapsed(const QDateTime& now);
    // The suggestions central computed for the customer (feed `customers`), inside the caller's
    // transaction; none removes them.
    void keepSuggestions(const QString& id, const std::vector<Suggestion>& suggestions);
    // As central last fed them: the customer screen shows them offline too.
    [[nodiscard]] std::vector<Suggestion> suggestionsFor(const QString& id);
    // A customer central erased, inside the caller's transaction.
    void forget(const QString& id);
    // A customer central found to be `intoId` too: this till's sales, returns and points of the
    // id become `intoId`'s, inside the caller's transaction.
    void merge(const QString& id, const QString& intoId);
    // After customers were erased or merged away: the outbox's facts of them are blanked
    // (Outbox::forgetCustomerFactsNotKept) and the search index holds no word of them.
    void leaveNothingOfForgotten();
    // The customer's purchases and returns: at this till, and in every channel as central last
    // gave them (takeCentralHistory), newest first, each once.
    [[nodiscard]] std::vector<PurchaseRecord> history(const QString& id, int limit);
    // Keeps central's history of the customer for offline, and the full record it came with for
    // `customers.cache_days` (a limited record here becomes full for that long). Central saying
    // the customer was erased takes them off this till at once. Central not asked, or not answering:
    // HeadOfficeUnavailable with the reason, and the history kept is left as it was.
    Result<void> takeCentralHistory(const QString& id, const CentralHistory& central, const QDateTime& at);
    [[nodiscard]] std::optional<Customer> byId(const QString& id);
    // By a loyalty card scanned: one indexed query, cheap enough for every scan at the till.
    [[nodiscard]] std::optional<Customer> byLoyaltyCard(const QString& code);
    // By a loyalty card scanned or typed, a phone number or an e-mail address, exactly.
    [[nodiscard]] std::optional<Customer> byContact(const QString& text);
    // As the clerk types: an exact card, phone or e-mail first, then names and contacts that
    // hold every word typed (inside words too, three letters or more), by name. Any text is safe.
    [[nodiscard]] std::vector<Customer> search(const QString& text, int limit);
    [[nodiscard]] std::int64_t count();

    // Inside the caller's transaction (the sale's or return's).
    void recordLoyalty(const LoyaltyEntry& entry);
    // A return's take-back of the points this till's sale earned, for the sale's member.
    void recordTakeBack(const QString& returnDocumentId, const QString& saleDocumentId, int epoch, std::int64_t seq,
                        std::int64_t points);
    // A member's points now: central's standing, with this till's sales and returns central had
    // not counted yet added. Nothing for a customer who is not a member (or not known here), or
    // while the chain has no loyalty programme.
    [[nodiscard]] std::optional<LoyaltyStanding> loyaltyOf(const QString& customerId);
    // The member and the points a return of `returnedCents` more of this till's sale takes back
    // of what it earned (earlier returns here counted); nothing when the sale earned none here.
    [[nodiscard]] std::optional<std::pair<QString, std::int64_t>> takeBackFor(const QString& saleDocumentId,
                                                                              std::int64_t returnedCents);

private:
    void keepAs(const Customer& customer, const QString& body);
    // A full record central gave when asked online, kept for `customers.cache_days`.
    void keepLookedUp(Customer customer, const QDateTime& at);
    // `sql` (a literal) selects by the check column of `purpose`.
    [[nodiscard]] std::optional<Customer> byCheck(const char* sql, const char16_t* purpose, const QString& value);

    Database& m_db;
    std::optional<LookupKey> m_key;
};

} // namespace kassa::core
