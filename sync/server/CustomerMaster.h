#pragma once

// Customers as central's master data, the rules kept once for every backend and every way a
// customer arrives: a till's fact (customer.created, customer.updated, customer.note_added) or
// an integration's PUT /v1/customers.
//
// - A customer central has never seen who has the loyalty card, e-mail address or phone number
//   of a live customer is that customer (a store's new customer and the web shop's account of
//   the same person): the newcomer's id is merged into the record central had (mergedCustomer
//   in core/domain/Customer.h), the merge is recorded with what matched and where it came from,
//   and the tills get the newcomer's id removed with "merged_into" and the kept record updated.
// - An edit applies to the record the id is (or was merged into) by editedCustomer's rules.
// - Erasure keeps the id, the time and hashes of the contacts: a fact or upload about the id,
//   or a new customer with one of those contacts recorded at or before the erasure (a till that
//   was offline), is dropped, and the tills get the id's removal again. A customer created after
//   the erasure is a new relationship and is kept.
// - Every item of feed `customers` is what stores need: the customer's JSON (no merge history,
//   no read log), for a member "loyalty": the points central has counted (core/domain/
//   Loyalty.h), and "suggestions" when they have any (CustomerSuggestions.h); a removal is
//   {"id", "merged_into"} or {"id", "erased": true}.

#include "CentralStore.h"
#include "core/store/LookupKey.h"

namespace kassa::sync {

// Merges form chains only through bugs or hand edits; a chain longer than this is not followed.
inline constexpr int kMaxMergeHops = 8;

// Who gives central a customer: a till ("store 001 till 02") or an integration by its token's name.
struct CustomerSource {
    QString name;
};

enum class CustomerFate {
    Created,   // a new record
    Edited,    // an edit of a record central holds
    Merged,    // the same person as a live customer: merged into it
    Erased,    // the person was erased: nothing kept
    CardInUse, // an edit gave a loyalty card another customer holds: applied without the card
};

struct CustomerWritten {
    CustomerFate fate = CustomerFate::Created;
    QString id;          // the record it went to (for Merged: the kept one; CardInUse: the holder)
    QString matchedOn{}; // for Merged: "loyalty_card", "email", "phone"
};

// Brings a customer in as a till or an integration gives it, in the caller's transaction.
[[nodiscard]] CustomerWritten receiveCustomer(CentralWrite& write, const core::Customer& customer,
                                              const CustomerSource& source, const QDateTime& at);

// Adds a note to the customer `id` is (or was merged into); nothing when they are erased or unknown.
[[nodiscard]] std::optional<QString> addCustomerNote(CentralWrite& write, const QString& id,
                                                     const core::CustomerNote& note);

// The live record `id` is, following merges; nothing when unknown or erased.
[[nodiscard]] std::optional<CustomerRow> resolveCustomer(CentralWrite& write, const QString& id);

struct CustomerErasure {
    QString id;      // the record erased
    QStringList ids; // it and every id merged into it
    QString erasedAt;
    bool already = false; // it was erased before: nothing changed
};

// Erases the customer `id` is (or was merged into); nothing when central never knew the id.
[[nodiscard]] std::optional<CustomerErasure> eraseCustomer(CentralWrite& write, const QString& id, const QDateTime& at);

// A web order in its customer's history: the customer whose id the web shop gives in the order
// ("customer": {"id": ...}), or else the live customer with the order's e-mail address or phone.
void linkWebOrder(CentralWrite& write, const core::WebOrder& order);

// A store receipt or return in the history of the customer the till attached to it (none for
// a customer erased meanwhile).
void linkStoreDocument(CentralWrite& write, const CustomerDocument& document);

// A member's points as central counts them now (of every id merged into them), with their tier.
[[nodiscard]] std::optional<core::LoyaltyStanding> loyaltyOf(CentralWrite& write, const core::Customer& customer);

// The live customer's id and every id merged into them.
[[nodiscard]] QStringList customerIds(CentralWrite& write, const QString& liveId);

// Feeds the customer `id` is (or was merged into) again, with their points as they stand now;
// the live id, or nothing when they are unknown or erased.
std::optional<QString> refeedCustomer(CentralWrite& write, const QString& id);

// The customer's documents (of every id merged into them too), newest first: `limit` after the
// first `skip`.
[[nodiscard]] std::vector<CustomerDocument> customerHistory(CentralWrite& write, const CustomerRow& live, int limit,
                                                            int skip = 0);

// The key the contacts of erased customers are remembered by (HMAC-SHA256), which central keeps
// in its data folder as `erasure.key`, never in its database and never at a till: a phone
// number's few digits would let anyone reverse a plain hash. Set once before central serves;
// until it is, one made for this process.
inline constexpr char kErasureKeyFile[] = "erasure.key";
void useErasureKey(core::LookupKey key);

// The chain's lookup key (core/store/LookupKey.h), which central keeps in its data folder and
// gives its tills: the checks of the limited records central derives as it writes a customer
// (CustomerFeedForms) and serves to tills of other stores. Set once before central serves;
// until it is, one made for this process.
void useLookupKey(core::LookupKey key);
[[nodiscard]] const core::LookupKey& chainLookupKey();

// What a till's first load needs of a customer's feed item (CustomerFeedForms in CentralStore.h),
// the checks made with `key`.
[[nodiscard]] CustomerFeedForms customerFeedForms(const QJsonObject& item, const core::LookupKey& key);
// Derives the forms of the customers written before central kept them, or with another lookup
// key than the chain's, in slices of one transaction each: how many. Central runs it in the
// background when it starts; until it is done such customers are limited when served.
int deriveMissingCustomerForms(CentralStore& store);

// The keyed hashes a customer's contacts are remembered by after erasure.
[[nodiscard]] QStringList contactHashes(const core::Customer& customer);
// The plain SHA-256 hashes erasures before keyed ones kept: still looked for, never written.
[[nodiscard]] QStringList legacyContactHashes(const core::Customer& customer);

} // namespace kassa::sync
