#pragma once

// The customers this till knows: those central feeds (feed `customers`, to come) and those
// created here, offline too. A customer created here is kept at once, found by the next search,
// and sent to central as the fact `customer.created` in the transaction that keeps it; central
// merges it with the web shop's account of the same person.

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
