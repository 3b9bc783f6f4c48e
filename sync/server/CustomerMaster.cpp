#include "CustomerMaster.h"

#include "core/store/CustomerRecords.h"
#include "core/store/MasterDataFeeds.h"

#include <QCryptographicHash>
#include <algorithm>
#include <limits>

namespace kassa::sync {

namespace {

QString utc(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QString customersFeed() {
    return QString::fromLatin1(core::feeds::kCustomers);
}

// The tier a member's points reach under the chain's rules, if it has any.
QString tierOf(CentralWrite& write, std::int64_t earnedTotal) {
    const std::optional<QJsonObject> item =
        write.feedItemOf(QString::fromLatin1(core::feeds::kLoyaltyRules), QStringLiteral("chain"));
    const auto rules = item ? core::parseLoyaltyRules(*item) : core::Result<core::LoyaltyRules>(core::LoyaltyRules{});
    const core::LoyaltyTier* tier = rules ? rules->tierFor(earnedTotal) : nullptr;
    return tier != nullptr ? tier->name : QString();
}

core::LookupKey& lookupKeySlot() {
    static core::LookupKey key = core::LookupKey::generate();
    return key;
}

// The record as stores get it: with a member's points as central counts them now, and the
// suggestions last computed for them; beside it, what tills of other stores get of them.
void feedCustomer(CentralWrite& write, core::Customer customer) {
    customer.loyalty = loyaltyOf(write, customer);
    QJsonObject item = core::toJson(customer);
    const QJsonArray suggestions = QJsonDocument::fromJson(write.customerSuggestions(customer.id).toUtf8()).array();
    if (!suggestions.isEmpty()) {
        item.insert(QStringLiteral("suggestions"), suggestions);
    }
    write.feedCustomerItem(item, customerFeedForms(item, chainLookupKey()));
}

void feedMerged(CentralWrite& write, const QString& id, const QString& into) {
    write.feedItem(customersFeed(), id, QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("merged_into"), into}},
                   true);
}

void feedErased(CentralWrite& write, const QString& id) {
    write.feedItem(customersFeed(), id, QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("erased"), true}},
                   true);
}

const char* contactName(CustomerContact contact) {
    switch (contact) {
    case CustomerContact::LoyaltyCard:
        return "loyalty_card";
    case CustomerContact::Email:
        return "email";
    case CustomerContact::Phone:
        break;
    }
    return "phone";
}

// The live customer (other than the newcomer) who has one of the newcomer's contacts, the card
// first: a card is one person's, an e-mail address or phone number may be a family's.
std::optional<std::pair<QString, CustomerContact>> samePerson(CentralWrite& write, const core::Customer& newcomer) {
    for (const auto& [contact, value] :
         {std::pair{CustomerContact::LoyaltyCard, &newcomer.loyaltyCard},
          std::pair{CustomerContact::Email, &newcomer.email}, std::pair{CustomerContact::Phone, &newcomer.phone}}) {
        if (value->isEmpty()) {
            continue;
        }
        if (std::optional<QString> holder = write.liveCustomerWith(contact, *value, newcomer.id)) {
            return std::pair{*holder, contact};
        }
    }
    return std::nullopt;
}

// A loyalty card is one customer's: a merged or edited record does not take one another holds.
void keepCardOfItsHolder(CentralWrite& write, core::Customer& customer, const QString& previousCard) {
    if (customer.loyaltyCard != previousCard && !customer.loyaltyCard.isEmpty() &&
        write.liveCustomerWith(CustomerContact::LoyaltyCard, customer.loyaltyCard, customer.id)) {
        customer.loyaltyCard = previousCard;
    }
}

// An edit that gives a card another customer holds keeps the card the record had and says so:
// an integration's upload is then refused whole, a till's fact raised to head office.
CustomerWritten edit(CentralWrite& write, const CustomerRow& row, core::Customer incoming) {
    incoming.id = row.id;
    const core::Customer& stored = *row.customer;
    core::Customer edited = core::editedCustomer(stored, incoming);
    std::optional<QString> holder;
    if (edited.loyaltyCard != stored.loyaltyCard && !edited.loyaltyCard.isEmpty()) {
        holder = write.liveCustomerWith(CustomerContact::LoyaltyCard, edited.loyaltyCard, row.id);
        if (holder) {
            edited.loyaltyCard = stored.loyaltyCard;
        }
    }
    write.saveCustomer(edited);
    feedCustomer(write, edited);
    return holder ? CustomerWritten{CustomerFate::CardInUse, *holder} : CustomerWritten{CustomerFate::Edited, row.id};
}

CustomerWritten merge(CentralWrite& write, const core::Customer& newcomer, const QString& intoId,
                      CustomerContact matchedOn, const CustomerSource& source, const QDateTime& at) {
    const std::optional<CustomerRow> kept = write.customerRow(intoId);
    core::Customer merged = core::mergedCustomer(*kept->customer, newcomer);
    keepCardOfItsHolder(write, merged, kept->customer->loyaltyCard);
    write.recordCustomerMerge(
        CustomerMerge{newcomer.id, intoId, QString::fromLatin1(contactName(matchedOn)), source.name, utc(at)});
    write.saveCustomer(merged);
    feedMerged(write, newcomer.id, intoId);
    feedCustomer(write, merged);
    return {CustomerFate::Merged, intoId, QString::fromLatin1(contactName(matchedOn))};
}

// A newcomer recorded at or before an erasure with a contact of the erased person is that
// person, recorded by a till that had not heard of the erasure yet.
bool erasedBefore(CentralWrite& write, const core::Customer& newcomer) {
    const std::optional<QString> erasedAt =
        write.erasedContactAt(contactHashes(newcomer) + legacyContactHashes(newcomer));
    return erasedAt && (!newcomer.createdAt.isValid() || utc(newcomer.createdAt) <= *erasedAt);
}

} // namespace

void linkWebOrder(CentralWrite& write, const core::WebOrder& order) {
    const QJsonObject& given = order.customer;
    QString id = given.value(QStringLiteral("id")).toString();
    if (id.isEmpty() || !write.customerRow(id)) {
        id.clear();
        core::Customer contact;
        if (const auto email = core::normalizeEmail(given.value(QStringLiteral("email")).toString())) {
            contact.email = *email;
        }
        if (const auto phone = core::normalizePhone(given.value(QStringLiteral("phone")).toString())) {
            contact.phone = *phone;
        }
        if (const auto same = samePerson(write, contact)) {
            id = same->first;
        }
    }
    if (id.isEmpty()) {
        return;
    }
    std::int64_t total = 0;
    for (const core::WebOrderLine& line : order.lines) {
        total += line.net().cents();
    }
    write.addCustomerDocument(CustomerDocument{id, QStringLiteral("order"), QString::fromLatin1(channels::kWeb),
                                               order.number, order.number, QString(), utc(order.placedAt), total});
}

void linkStoreDocument(CentralWrite& write, const CustomerDocument& document) {
    if (document.customerId.isEmpty()) {
        return;
    }
    // A till that had not heard of an erasure sold to the person: the sale stands, no history.
    if (const std::optional<CustomerRow> row = write.customerRow(document.customerId);
        row && !row->erasedAt.isEmpty()) {
        return;
    }
    write.addCustomerDocument(document);
    // The store's tills get the customer in full now (a member's points feed them anyway).
    if (const std::optional<CustomerRow> live = resolveCustomer(write, document.customerId);
        live && !live->customer->isMember()) {
        (void)refeedCustomer(write, live->id);
    }
}

std::optional<core::LoyaltyStanding> loyaltyOf(CentralWrite& write, const core::Customer& customer) {
    if (!customer.isMember()) {
        return std::nullopt;
    }
    core::LoyaltyStanding standing = write.loyaltyStanding(customerIds(write, customer.id));
    standing.tier = tierOf(write, standing.earnedTotal);
    return standing;
}

QStringList customerIds(CentralWrite& write, const QString& liveId) {
    QStringList ids{liveId};
    for (const CustomerMerge& merged : write.customerMerges(liveId)) {
        ids << merged.mergedId;
    }
    return ids;
}

std::vector<CustomerDocument> customerHistory(CentralWrite& write, const CustomerRow& live, int limit, int skip) {
    return write.customerDocuments(customerIds(write, live.id), limit, skip);
}

std::optional<QString> refeedCustomer(CentralWrite& write, const QString& id) {
    write.lockCustomers();
    const std::optional<CustomerRow> live = resolveCustomer(write, id);
    if (!live) {
        return std::nullopt;
    }
    feedCustomer(write, *live->customer);
    return live->id;
}

namespace {

core::LookupKey& erasureKey() {
    static core::LookupKey key = core::LookupKey::generate();
    return key;
}

// The contacts an erased customer is remembered by, as (purpose, normalised value).
std::vector<std::pair<QString, QString>> rememberedContacts(const core::Customer& customer) {
    std::vector<std::pair<QString, QString>> contacts;
    for (const auto& [kind, value] :
         {std::pair{"loyalty_card", customer.loyaltyCard}, std::pair{"email", customer.email.toLower()},
          std::pair{"phone", customer.phone}}) {
        if (!value.isEmpty()) {
            contacts.emplace_back(QString::fromLatin1(kind), value);
        }
    }
    return contacts;
}

} // namespace

void useErasureKey(core::LookupKey key) {
    erasureKey() = std::move(key);
}

CustomerFeedForms customerFeedForms(const QJsonObject& item, const core::LookupKey& key) {
    CustomerFeedForms forms{item.value(QStringLiteral("id")).toString(),
                            item.value(QStringLiteral("home_store")).toString(),
                            {},
                            key.fingerprint()};
    if (!item.value(QStringLiteral("loyalty_card")).toString().isEmpty()) {
        forms.limitedItem = QJsonDocument(core::limitedCustomerItem(item, key)).toJson(QJsonDocument::Compact);
    }
    return forms;
}

int deriveMissingCustomerForms(CentralStore& store) {
    const core::LookupKey& key = chainLookupKey();
    const QString fingerprint = key.fingerprint();
    int derived = 0;
    QString after;
    for (;;) {
        const std::unique_ptr<CentralWrite> write = store.beginWrite();
        const std::vector<QJsonObject> items = write->customersWithoutForms(fingerprint, after, 2000);
        if (items.empty()) {
            return derived;
        }
        for (const QJsonObject& item : items) {
            write->keepCustomerForms(customerFeedForms(item, key));
        }
        write->commit();
        derived += static_cast<int>(items.size());
        const QString last = items.back().value(QStringLiteral("id")).toString();
        if (last == after) {
            return derived; // an item without its id would be read again and again
        }
        after = last;
    }
}

void useLookupKey(core::LookupKey key) {
    lookupKeySlot() = std::move(key);
}

const core::LookupKey& chainLookupKey() {
    return lookupKeySlot();
}

QStringList contactHashes(const core::Customer& customer) {
    QStringList hashes;
    for (const auto& [kind, value] : rememberedContacts(customer)) {
        hashes << QStringLiteral("k:") + erasureKey().hash(kind, value);
    }
    return hashes;
}

QStringList legacyContactHashes(const core::Customer& customer) {
    QStringList hashes;
    for (const auto& [kind, value] : rememberedContacts(customer)) {
        hashes << QString::fromLatin1(
            QCryptographicHash::hash((kind + QLatin1Char(':') + value).toUtf8(), QCryptographicHash::Sha256).toHex());
    }
    return hashes;
}

std::optional<CustomerRow> resolveCustomer(CentralWrite& write, const QString& id) {
    std::optional<CustomerRow> row = write.customerRow(id);
    for (int hop = 0; row && !row->mergedInto.isEmpty() && hop < kMaxMergeHops; ++hop) {
        row = write.customerRow(row->mergedInto);
    }
    if (!row || !row->customer) {
        return std::nullopt;
    }
    return row;
}

CustomerWritten receiveCustomer(CentralWrite& write, const core::Customer& given, const CustomerSource& source,
                                const QDateTime& at) {
    core::Customer customer = given;
    customer.loyalty.reset(); // central's own count, never taken from a channel
    write.lockCustomers();
    if (const std::optional<CustomerRow> row = write.customerRow(customer.id)) {
        const std::optional<CustomerRow> live = resolveCustomer(write, customer.id);
        if (!live) {
            feedErased(write, customer.id); // a till that still shows the person forgets them again
            return {CustomerFate::Erased, customer.id};
        }
        return edit(write, *live, customer);
    }
    if (erasedBefore(write, customer)) {
        write.eraseCustomer(customer.id, {}, utc(at));
        feedErased(write, customer.id);
        return {CustomerFate::Erased, customer.id};
    }
    if (const auto same = samePerson(write, customer)) {
        return merge(write, customer, same->first, same->second, source, at);
    }
    write.saveCustomer(customer);
    feedCustomer(write, customer);
    return {CustomerFate::Created, customer.id};
}

std::optional<QString> addCustomerNote(CentralWrite& write, const QString& id, const core::CustomerNote& note) {
    write.lockCustomers();
    const std::optional<CustomerRow> live = resolveCustomer(write, id);
    if (!live) {
        return std::nullopt;
    }
    core::Customer noted = *live->customer;
    const bool known = std::any_of(noted.notes.begin(), noted.notes.end(),
                                   [&](const core::CustomerNote& have) { return have.id == note.id; });
    if (!known) {
        noted.notes.push_back(note);
        write.saveCustomer(noted);
        feedCustomer(write, noted);
    }
    return noted.id;
}

namespace {

// The store's tills hold a pickup order's customer name and phone: the erased customer's orders
// lose them at central, and a change of each makes the tills take the blanked copy.
void blankPickupsOf(CentralWrite& write, const QString& customerId, const QString& at) {
    for (const CustomerDocument& document : write.customerDocuments({customerId}, std::numeric_limits<int>::max())) {
        if (document.kind != QLatin1String("order")) {
            continue;
        }
        std::optional<core::Pickup> pickup = write.lockPickup(document.number);
        if (!pickup) {
            continue;
        }
        pickup->customerName.clear();
        pickup->customerPhone.clear();
        write.savePickup(*pickup);
        write.addPickupChange(PickupChange{0, pickup->order, pickup->store, core::pickupStatusToString(pickup->status),
                                           at, QStringLiteral("central"), QString(),
                                           QJsonObject{{QStringLiteral("erased"), true}}});
    }
}

} // namespace

std::optional<CustomerErasure> eraseCustomer(CentralWrite& write, const QString& id, const QDateTime& at) {
    write.lockCustomers();
    std::optional<CustomerRow> row = write.customerRow(id);
    for (int hop = 0; row && !row->mergedInto.isEmpty() && hop < kMaxMergeHops; ++hop) {
        row = write.customerRow(row->mergedInto);
    }
    if (!row) {
        return std::nullopt;
    }
    CustomerErasure erasure{row->id, {row->id}, row->erasedAt, !row->customer};
    for (const CustomerMerge& merged : write.customerMerges(row->id)) {
        erasure.ids << merged.mergedId;
    }
    if (erasure.already) {
        return erasure;
    }
    erasure.erasedAt = utc(at);
    const QStringList hashes = contactHashes(*row->customer);
    for (const QString& erased : erasure.ids) {
        blankPickupsOf(write, erased, erasure.erasedAt);
        write.eraseCustomer(erased, erased == row->id ? hashes : QStringList(), erasure.erasedAt);
        feedErased(write, erased);
    }
    return erasure;
}

} // namespace kassa::sync
