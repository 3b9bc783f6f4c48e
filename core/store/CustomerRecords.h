#pragma once

// A customer's record as much as a till needs it (data minimisation). A till keeps in full its
// own store's customers and those it looked up online lately; of every other member it keeps a
// limited record: the first name, the points, and keyed hashes (HMAC with the chain's lookup
// key, core/store/LookupKey.h) of the card, phone and e-mail. An exact card scanned or a phone or
// e-mail typed in is hashed with the same key and found; a name typed in finds only full records.
// Central limits the records it feeds a till of another store, and of another store's customer
// who is not a member sends nothing (selling offline needs no record of them); the till limits a
// full record itself when its time is up (Customer::fullUntil).

#include "../domain/Customer.h"
#include "LookupKey.h"

namespace kassa::core {

// The purposes of LookupKey::hash for a customer's contacts: a card's hash never matches a phone's.
inline constexpr char16_t kCardCheck[] = u"loyalty_card";
inline constexpr char16_t kPhoneCheck[] = u"phone";
inline constexpr char16_t kEmailCheck[] = u"email";

// A check is the keyed hash's first 64 bits, in hex: enough to tell a chain's millions of members
// apart (a false match among 10 million: about 1 in 2 million lookups), and each is sent to every
// till of the chain, where random bytes do not compress.
inline constexpr int kCustomerCheckDigits = 16;

// The keyed hashes of a full record's card, phone and e-mail (each as it is kept: normalised).
[[nodiscard]] Customer::Checks customerChecks(const LookupKey& key, const Customer& full);

// What a till of another store keeps of `full`, a member: the first name, the points, the checks.
[[nodiscard]] Customer limitedCustomer(const Customer& full, const LookupKey& key);
// The same from a full record's feed item as central wrote it (toJson of a customer central
// read and normalised), as toJson(limitedCustomer(...)) gives it, without reading the whole
// record first: central limits every other store's member this way for each till's first load.
[[nodiscard]] QJsonObject limitedCustomerItem(const QJsonObject& fullItem, const LookupKey& key);

} // namespace kassa::core
