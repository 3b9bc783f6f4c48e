#pragma once

// The customers this till knows: those central feeds (feed `customers`) and those created here,
// offline too. A customer created here is kept at once, found by the next search, and sent to
// central as the fact `customer.created` in the transaction that keeps it; central merges it
// with the web shop's account of the same person, and its feed then removes the till's id
// ("merged_into") and brings the merged record. An erased customer's removal takes them off the
// till.

#include "../domain/Customer.h"
#include "../domain/Sale.h"
#include "Database.h"

#include <optional>
#include <vector>

namespace kassa::core {

inline constexpr int kCustomerSchemaVersion = 1;

class Customers {
public:
    explicit Customers(Database& db)
        : m_db(db) {}

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
    // Central's record (feed `customers`), inside the caller's transaction: replaces this till's
    // copy, and takes the loyalty card off any other customer here (central decides whose it is).
    void keep(const Customer& customer);
    // A customer central merged into another or erased, inside the caller's transaction.
    void forget(const QString& id);
    [[nodiscard]] std::optional<Customer> byId(const QString& id);
    // By a loyalty card scanned or typed, a phone number or an e-mail address, exactly.
    [[nodiscard]] std::optional<Customer> byContact(const QString& text);
    // As the clerk types: an exact card, phone or e-mail first, then names and contacts that
    // hold every word typed (inside words too, three letters or more), by name. Any text is safe.
    [[nodiscard]] std::vector<Customer> search(const QString& text, int limit);
    [[nodiscard]] std::int64_t count();

private:
    Database& m_db;
};

} // namespace kassa::core
