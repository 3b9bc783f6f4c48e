#include "Customers.h"

#include "../domain/JsonFields.h"
#include "../domain/SearchText.h"
#include "CustomerRecords.h"
#include "Outbox.h"
#include "Settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <limits>

namespace kassa::core {

namespace {

// A search reads at most this many index hits: enough to sort a page of names from.
constexpr int kMaxCandidates = 2000;
constexpr int kMaxSearchLength = 200;
constexpr int kMaxSearchWords = 8;

std::optional<Customer> readCustomer(Statement& statement) {
    if (!statement.step()) {
        return std::nullopt;
    }
    auto customer = customerFromJson(QJsonDocument::fromJson(statement.text(0).toUtf8()).object());
    return customer ? std::optional(std::move(customer).value()) : std::nullopt;
}

// A consent the customer was asked for (given, or declined: `at` set by the asking screen) is
// recorded with this moment and till.
void recordConsent(Consent& consent, const TillIdentity& till, const QDateTime& at) {
    if (consent.given || consent.at.isValid()) {
        consent.at = at.toUTC();
        consent.storeId = till.storeId;
        consent.tillId = till.tillId;
    }
}

} // namespace

Result<Customer> Customers::create(Customer customer, const TillIdentity& till, const QDateTime& at) {
    auto checked = checkCustomer(std::move(customer));
    if (!checked) {
        return checked.error();
    }
    Customer created = std::move(checked).value();
    created.id = makeUuidV7(at);
    created.origin = QStringLiteral("store");
    created.homeStore = till.storeId;
    created.createdAt = at.toUTC();
    created.updatedAt = created.createdAt;
    recordConsent(created.emailMarketing, till, at);
    recordConsent(created.smsMarketing, till, at);
    try {
        Transaction transaction(m_db);
        if (!created.loyaltyCard.isEmpty()) {
            if (const std::optional<Customer> holder = byContact(created.loyaltyCard)) {
                return makeError(ErrorCode::LoyaltyCardInUse, holder->name);
            }
        }
        const QByteArray body = QJsonDocument(toJson(created)).toJson(QJsonDocument::Compact);
        keep(created);
        Outbox(m_db).append(
            NewEvent{QStringLiteral("customer.created"), kCustomerSchemaVersion, body, created.id, at.toUTC()});
        transaction.commit();
    } catch (const StoreError& error) {
        return error.toError();
    }
    return created;
}

Result<Customer> Customers::edit(Customer customer, const TillIdentity& till, const QDateTime& at) {
    auto checked = checkCustomer(std::move(customer));
    if (!checked) {
        return checked.error();
    }
    Customer edited = std::move(checked).value();
    try {
        Transaction transaction(m_db);
        const std::optional<Customer> stored = byId(edited.id);
        if (!stored) {
            return makeError(ErrorCode::UnknownCustomer, edited.id);
        }
        if (stored->limited) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("this till keeps only the first name of another store's customer: open "
                                            "their record while the till is online, then edit it"));
        }
        if (!edited.loyaltyCard.isEmpty()) {
            const std::optional<Customer> holder = byContact(edited.loyaltyCard);
            if (holder && holder->id != edited.id) {
                return makeError(ErrorCode::LoyaltyCardInUse, holder->name);
            }
        }
        for (const auto& [consent, before] : {std::pair{&edited.emailMarketing, &stored->emailMarketing},
                                              std::pair{&edited.smsMarketing, &stored->smsMarketing}}) {
            if (consent->given != before->given) {
                *consent = Consent{consent->given, at.toUTC(), till.storeId, till.tillId};
            } else {
                *consent = *before;
            }
        }
        edited.origin = stored->origin;
        edited.createdAt = stored->createdAt;
        edited.notes = stored->notes;
        edited.updatedAt = at.toUTC();
        keep(edited);
        Outbox(m_db).append(NewEvent{QStringLiteral("customer.updated"), kCustomerSchemaVersion,
                                     QJsonDocument(toJson(edited)).toJson(QJsonDocument::Compact), makeUuidV7(at),
                                     at.toUTC()});
        transaction.commit();
    } catch (const StoreError& error) {
        return error.toError();
    }
    return edited;
}

Result<CustomerNote> Customers::addNote(const QString& customerId, const QString& text, const QString& author,
                                        const TillIdentity& till, const QDateTime& at) {
    auto note = checkNote(CustomerNote{makeUuidV7(at), text, author, at.toUTC(), till.storeId, till.tillId});
    if (!note) {
        return note.error();
    }
    try {
        Transaction transaction(m_db);
        std::optional<Customer> customer = byId(customerId);
        if (!customer) {
            return makeError(ErrorCode::UnknownCustomer, customerId);
        }
        customer->notes.push_back(*note);
        keep(*customer);
        const QJsonObject payload{{QStringLiteral("customer_id"), customerId}, {QStringLiteral("note"), toJson(*note)}};
        Outbox(m_db).append(NewEvent{QStringLiteral("customer.note_added"), kCustomerSchemaVersion,
                                     QJsonDocument(payload).toJson(QJsonDocument::Compact), note->id, at.toUTC()});
        transaction.commit();
    } catch (const StoreError& error) {
        return error.toError();
    }
    return note;
}

void Customers::keep(const Customer& customer) {
    keepAs(customer, QString::fromUtf8(QJsonDocument(toJson(customer)).toJson(QJsonDocument::Compact)));
}

Result<void> Customers::keepLimited(const QJsonObject& item) {
    Customer limited;
    limited.limited = true;
    auto id = customerIdFromJson(item);
    if (!id) {
        return id.error();
    }
    limited.id = std::move(id).value();
    auto checks = limitedChecksFromJson(item);
    if (!checks) {
        return checks.error();
    }
    limited.checks = std::move(checks).value();
    limited.name = item.value(QStringLiteral("first_name")).toString();
    keepAs(limited, QString::fromUtf8(QJsonDocument(item).toJson(QJsonDocument::Compact)));
    keepSuggestions(limited.id, {}); // a limited record has none: those of a whole one before go
    return {};
}

void Customers::keepAs(const Customer& customer, const QString& body) {
    if (!customer.loyaltyCard.isEmpty()) {
        Query release = m_db.prepare("UPDATE customers SET loyalty_card = NULL WHERE loyalty_card = ?1 AND id <> ?2");
        release->bind(1, customer.loyaltyCard).bind(2, customer.id).run();
    }
    Query upsert = m_db.prepare(
        "INSERT INTO customers (id, name, phone, email, loyalty_card, search_text, body, card_check, phone_check, "
        "email_check, full_until) VALUES (?1, ?2, ?3, lower(?4), ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
        "ON CONFLICT (id) DO UPDATE SET name = excluded.name, phone = excluded.phone, email = excluded.email, "
        "loyalty_card = excluded.loyalty_card, search_text = excluded.search_text, body = excluded.body, "
        "card_check = excluded.card_check, phone_check = excluded.phone_check, email_check = excluded.email_check, "
        "full_until = excluded.full_until "
        // Unchanged (fed again for its suggestions): the search index is left alone.
        "WHERE customers.body IS NOT excluded.body");
    const auto bindOrNull = [&upsert](int index, const QString& value) {
        value.isEmpty() ? upsert->bindNull(index) : upsert->bind(index, value);
    };
    upsert->bind(1, customer.id).bind(2, customer.name);
    bindOrNull(3, customer.phone);
    bindOrNull(4, customer.email);
    bindOrNull(5, customer.loyaltyCard);
    // A limited record is found by its exact card, phone or e-mail only, never by a name typed.
    upsert->bind(6, customer.limited ? QString() : customerSearchText(customer));
    upsert->bind(7, body);
    bindOrNull(8, customer.checks.card);
    bindOrNull(9, customer.checks.phone);
    bindOrNull(10, customer.checks.email);
    bindOrNull(11, customer.fullUntil.isValid() ? utcText(customer.fullUntil) : QString());
    upsert->run();
}

namespace {

// As schema version 17 made them (core/store/Migrations.cpp).
constexpr const char* kCheckIndexes[][2] = {
    {"customers_card_check", "CREATE INDEX IF NOT EXISTS customers_card_check ON customers (card_check) "
                             "WHERE card_check IS NOT NULL"},
    {"customers_phone_check", "CREATE INDEX IF NOT EXISTS customers_phone_check ON customers (phone_check) "
                              "WHERE phone_check IS NOT NULL"},
    {"customers_email_check", "CREATE INDEX IF NOT EXISTS customers_email_check ON customers (email_check) "
                              "WHERE email_check IS NOT NULL"},
};

} // namespace

void Customers::dropCheckIndexes(Database& db) {
    for (const auto& [name, create] : kCheckIndexes) {
        db.exec(QStringLiteral("DROP INDEX IF EXISTS ") + QLatin1String(name));
    }
}

void Customers::buildCheckIndexes(Database& db, void (*between)()) {
    for (const auto& [name, create] : kCheckIndexes) {
        Transaction transaction(db);
        db.exec(create);
        transaction.commit();
        between();
    }
}

int Customers::limitLapsed(const QDateTime& now) {
    if (!m_key) {
        return 0;
    }
    std::vector<Customer> lapsed;
    Query due = m_db.prepare("SELECT body FROM customers WHERE full_until < ?1");
    due->bind(1, utcText(now));
    while (auto customer = readCustomer(*due)) {
        lapsed.push_back(std::move(*customer));
    }
    for (const Customer& customer : lapsed) {
        // Another store's member keeps a limited record and nothing of the whole one (central's
        // history of their purchases, their suggestions); of a customer who is not one, nothing.
        forget(customer.id);
        if (customer.isMember()) {
            keep(limitedCustomer(customer, *m_key));
        }
    }
    return static_cast<int>(lapsed.size());
}

void Customers::keepLookedUp(Customer customer, const QDateTime& at) {
    const std::optional<Customer> here = byId(customer.id);
    if (here && !here->limited && !here->fullUntil.isValid()) {
        customer.fullUntil = QDateTime(); // this store's own customer stays for good
    } else {
        const QDateTime cached = at.addDays(Settings(m_db).customersCacheDays());
        customer.fullUntil = here && here->fullUntil.isValid() ? std::max(here->fullUntil, cached) : cached;
    }
    keep(customer);
}

void Customers::keepSuggestions(const QString& id, const std::vector<Suggestion>& suggestions) {
    if (suggestions.empty()) {
        Query remove = m_db.prepare("DELETE FROM customer_suggestions WHERE customer_id = ?1");
        remove->bind(1, id).run();
        return;
    }
    Query keep = m_db.prepare("INSERT OR REPLACE INTO customer_suggestions (customer_id, body) VALUES (?1, ?2)");
    keep->bind(1, id).bind(2, QString::fromUtf8(QJsonDocument(toJson(suggestions)).toJson(QJsonDocument::Compact)));
    keep->run();
}

std::vector<Suggestion> Customers::suggestionsFor(const QString& id) {
    Query query = m_db.prepare("SELECT body FROM customer_suggestions WHERE customer_id = ?1");
    query->bind(1, id);
    if (!query->step()) {
        return {};
    }
    Result<std::vector<Suggestion>> suggestions =
        suggestionsFromJson(QJsonDocument::fromJson(query->text(0).toUtf8()).array());
    return suggestions ? std::move(suggestions.value()) : std::vector<Suggestion>{};
}

void Customers::forget(const QString& id) {
    Query suggestions = m_db.prepare("DELETE FROM customer_suggestions WHERE customer_id = ?1");
    suggestions->bind(1, id).run();
    Query remove = m_db.prepare("DELETE FROM customers WHERE id = ?1");
    remove->bind(1, id).run();
    Query history = m_db.prepare("DELETE FROM customer_histories WHERE customer_id = ?1");
    history->bind(1, id).run();
}

void Customers::leaveNothingOfForgotten() {
    (void)Outbox(m_db).forgetCustomerFactsNotKept(0, std::numeric_limits<std::int64_t>::max());
    // FTS5 keeps a deleted row's terms in its older segments until they are merged: rewritten
    // into one, the index holds only the customers kept.
    m_db.exec("INSERT INTO customer_search (customer_search) VALUES ('optimize')");
}

void Customers::merge(const QString& id, const QString& intoId) {
    for (const char* sql : {"UPDATE sales SET customer_id = ?2 WHERE customer_id = ?1",
                            "UPDATE returns SET customer_id = ?2 WHERE customer_id = ?1",
                            "UPDATE loyalty_entries SET customer_id = ?2 WHERE customer_id = ?1"}) {
        std::unique_ptr<Statement> update = m_db.prepareOnce(QString::fromLatin1(sql));
        update->bind(1, id).bind(2, intoId).run();
    }
    forget(id);
}

std::vector<PurchaseRecord> Customers::history(const QString& id, int limit) {
    Query query = m_db.prepare(
        "SELECT 'sale', receipt_number, completed_at, total_cents FROM sales WHERE customer_id = ?1 "
        "UNION ALL SELECT 'return', receipt_number, completed_at, -total_cents FROM returns WHERE customer_id = ?1 "
        "ORDER BY 3 DESC, 2 DESC LIMIT ?2");
    query->bind(1, id).bind(2, limit);
    const QString store = Settings(m_db).identity().storeId;
    std::vector<PurchaseRecord> records;
    QSet<QString> numbers;
    while (query->step()) {
        numbers.insert(query->text(1));
        records.push_back(PurchaseRecord{query->text(0), QStringLiteral("store"), query->text(1), store,
                                         QDateTime::fromString(query->text(2), Qt::ISODateWithMs),
                                         Money(query->int64(3))});
    }
    Query central = m_db.prepare("SELECT body FROM customer_histories WHERE customer_id = ?1");
    central->bind(1, id);
    if (central->step()) {
        for (const QJsonValue& value :
             QJsonDocument::fromJson(central->text(0).toUtf8()).object().value(QStringLiteral("documents")).toArray()) {
            const QJsonObject document = value.toObject();
            const QString number = document.value(QStringLiteral("number")).toString();
            if (number.isEmpty() || numbers.contains(number)) {
                continue;
            }
            const QString kind = document.value(QStringLiteral("kind")).toString();
            const auto parsed = Money::parse(document.value(QStringLiteral("total")).toString());
            const Money total = parsed ? parsed.value() : Money();
            records.push_back(PurchaseRecord{kind, document.value(QStringLiteral("channel")).toString(), number,
                                             document.value(QStringLiteral("store_id")).toString(),
                                             parseZonedTime(document.value(QStringLiteral("at"))).value_or(QDateTime()),
                                             kind == QLatin1String("return") ? -total : total});
        }
    }
    std::stable_sort(records.begin(), records.end(),
                     [](const PurchaseRecord& a, const PurchaseRecord& b) { return a.at > b.at; });
    if (records.size() > static_cast<std::size_t>(limit)) {
        records.resize(static_cast<std::size_t>(limit));
    }
    return records;
}

Result<void> Customers::takeCentralHistory(const QString& id, const CentralHistory& central, const QDateTime& at) {
    try {
        if (central.outcome == CentralHistory::Outcome::Erased) {
            Transaction transaction(m_db);
            forget(id);
            leaveNothingOfForgotten();
            transaction.commit();
            m_db.emptyWriteAheadLog();
            return makeError(ErrorCode::UnknownCustomer, id);
        }
        if (central.outcome != CentralHistory::Outcome::Found) {
            return makeError(ErrorCode::HeadOfficeUnavailable, central.why);
        }
        Transaction transaction(m_db);
        Query keep = m_db.prepare("INSERT INTO customer_histories (customer_id, body, fetched_at) VALUES (?1, ?2, ?3) "
                                  "ON CONFLICT (customer_id) DO UPDATE SET body = excluded.body, "
                                  "fetched_at = excluded.fetched_at");
        keep->bind(1, id).bind(2, QString::fromUtf8(central.documents)).bind(3, utcText(at)).run();
        const QJsonObject record =
            QJsonDocument::fromJson(central.documents).object().value(QStringLiteral("customer")).toObject();
        if (Result<Customer> full = customerFromJson(record); full && !full->limited && full->id == id) {
            keepLookedUp(std::move(full).value(), at);
        }
        transaction.commit();
    } catch (const StoreError& error) {
        return error.toError();
    }
    return {};
}

std::optional<Customer> Customers::byId(const QString& id) {
    Query query = m_db.prepare("SELECT body FROM customers WHERE id = ?1");
    query->bind(1, id);
    return readCustomer(*query);
}

std::optional<Customer> Customers::byLoyaltyCard(const QString& code) {
    const Result<QString> card = normalizeLoyaltyCard(code);
    if (!card) {
        return std::nullopt;
    }
    // One query for a card kept whole or as a limited record's check: every scan at the till asks.
    Query query = m_db.prepare("SELECT body FROM customers WHERE loyalty_card = ?1 OR card_check = ?2 LIMIT 1");
    query->bind(1, card.value());
    if (m_key) {
        query->bind(2, m_key->hash(QStringView(kCardCheck), card.value()).left(kCustomerCheckDigits));
    } else {
        query->bindNull(2);
    }
    return readCustomer(*query);
}

// A member kept as a limited record, by the keyed hash of an exact card, phone or e-mail.
std::optional<Customer> Customers::byCheck(const char* sql, const char16_t* purpose, const QString& value) {
    if (!m_key) {
        return std::nullopt;
    }
    Query query = m_db.prepare(sql);
    query->bind(1, m_key->hash(QStringView(purpose), value).left(kCustomerCheckDigits));
    return readCustomer(*query);
}

std::optional<Customer> Customers::byContact(const QString& text) {
    if (auto found = byLoyaltyCard(text)) {
        return found;
    }
    if (const Result<QString> phone = normalizePhone(text)) {
        Query query = m_db.prepare("SELECT body FROM customers WHERE phone = ?1 ORDER BY name LIMIT 1");
        query->bind(1, phone.value());
        if (auto found = readCustomer(*query)) {
            return found;
        }
        if (auto found =
                byCheck("SELECT body FROM customers WHERE phone_check = ?1 LIMIT 1", kPhoneCheck, phone.value())) {
            return found;
        }
    }
    if (const Result<QString> email = normalizeEmail(text)) {
        Query query = m_db.prepare("SELECT body FROM customers WHERE email = ?1 ORDER BY name LIMIT 1");
        query->bind(1, email->toLower());
        if (auto found = readCustomer(*query)) {
            return found;
        }
        return byCheck("SELECT body FROM customers WHERE email_check = ?1 LIMIT 1", kEmailCheck, email->toLower());
    }
    return std::nullopt;
}

std::vector<Customer> Customers::search(const QString& text, int limit) {
    std::vector<Customer> found;
    if (std::optional<Customer> exact = byContact(text.trimmed())) {
        found.push_back(std::move(*exact));
    }
    const QStringList words = searchWords(text.left(kMaxSearchLength)).mid(0, kMaxSearchWords);
    QStringList wordStarts;
    const QString query = searchIndexQuery(words, true, wordStarts);
    if (query.isEmpty()) {
        return found;
    }
    // Candidates by name; only the page shown is read whole.
    struct Candidate {
        QString name;
        QString id;
        QString body;
    };
    std::vector<Candidate> candidates;
    Query hits = m_db.prepare("SELECT c.name, c.id, c.body, c.search_text FROM customer_search s "
                              "JOIN customers c ON c.n = s.rowid WHERE customer_search MATCH ?1 LIMIT ?2");
    hits->bind(1, query).bind(2, kMaxCandidates);
    while (hits->step()) {
        const QString searchText = hits->text(3);
        const bool startsEveryWord = std::all_of(wordStarts.begin(), wordStarts.end(), [&](const QString& word) {
            return searchText.contains(QLatin1Char(' ') + word);
        });
        if (startsEveryWord && (found.empty() || hits->text(1) != found.front().id)) {
            candidates.push_back(Candidate{hits->text(0), hits->text(1), hits->text(2)});
        }
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate& a, const Candidate& b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    for (const Candidate& candidate : candidates) {
        if (static_cast<int>(found.size()) >= limit) {
            break;
        }
        if (auto customer = customerFromJson(QJsonDocument::fromJson(candidate.body.toUtf8()).object())) {
            found.push_back(std::move(customer).value());
        }
    }
    return found;
}

std::int64_t Customers::count() {
    Query query = m_db.prepare("SELECT count(*) FROM customers");
    query->step();
    return query->int64(0);
}

void Customers::recordLoyalty(const LoyaltyEntry& entry) {
    Query insert = m_db.prepare("INSERT INTO loyalty_entries (document_id, customer_id, sale_document_id, epoch, seq, "
                                "points, earned) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    insert->bind(1, entry.documentId).bind(2, entry.customerId).bind(3, entry.saleDocumentId).bind(4, entry.epoch);
    insert->bind(5, entry.seq).bind(6, entry.points).bind(7, entry.earned).run();
}

void Customers::recordTakeBack(const QString& returnDocumentId, const QString& saleDocumentId, int epoch,
                               std::int64_t seq, std::int64_t points) {
    Query insert = m_db.prepare("INSERT INTO loyalty_entries (document_id, customer_id, sale_document_id, epoch, seq, "
                                "points, earned) SELECT ?1, customer_id, ?2, ?3, ?4, ?5, ?5 FROM loyalty_entries "
                                "WHERE document_id = ?2");
    insert->bind(1, returnDocumentId).bind(2, saleDocumentId).bind(3, epoch).bind(4, seq).bind(5, -points).run();
}

std::optional<LoyaltyStanding> Customers::loyaltyOf(const QString& customerId) {
    const std::optional<Customer> customer = byId(customerId);
    const std::optional<LoyaltyRules> rules = Settings(m_db).loyaltyRules();
    if (!customer || !customer->isMember() || !rules) {
        return std::nullopt;
    }
    LoyaltyStanding standing = customer->loyalty.value_or(LoyaltyStanding{});
    const TillIdentity till = Settings(m_db).identity();
    const auto counted = standing.counted.find(till.deviceId + QLatin1Char(':') + QString::number(till.epoch));
    Query own = m_db.prepare("SELECT coalesce(sum(points), 0), coalesce(sum(earned), 0) FROM loyalty_entries "
                             "WHERE customer_id = ?1 AND epoch = ?2 AND seq > ?3");
    own->bind(1, customer->id).bind(2, till.epoch).bind(3, counted == standing.counted.end() ? 0 : counted->second);
    own->step();
    standing.balance += own->int64(0);
    standing.earnedTotal += own->int64(1);
    if (const LoyaltyTier* tier = rules->tierFor(standing.earnedTotal)) {
        standing.tier = tier->name;
    }
    return standing;
}

std::optional<std::pair<QString, std::int64_t>> Customers::takeBackFor(const QString& saleDocumentId,
                                                                       std::int64_t returnedCents) {
    Query sale = m_db.prepare(
        "SELECT e.customer_id, e.earned, (SELECT coalesce(sum(net_cents), 0) FROM sale_lines l WHERE l.sale_id = s.id "
        "AND l.voided = 0), (SELECT coalesce(-sum(points), 0) FROM loyalty_entries t WHERE t.sale_document_id = "
        "e.document_id AND t.document_id <> e.document_id), (SELECT coalesce(sum(r.total_cents), 0) FROM returns r "
        "WHERE r.original_number = s.receipt_number) FROM loyalty_entries e JOIN sales s ON s.document_id = "
        "e.document_id WHERE e.document_id = ?1");
    sale->bind(1, saleDocumentId);
    if (!sale->step() || sale->int64(1) <= 0) {
        return std::nullopt;
    }
    const std::int64_t points =
        pointsToTakeBack(sale->int64(1), sale->int64(2), sale->int64(4) + returnedCents, sale->int64(3));
    return std::pair{sale->text(0), points};
}

} // namespace kassa::core
