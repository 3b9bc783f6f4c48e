#pragma once

// The web orders central feeds to this till (feed web_orders), as it looks one up to take its
// goods back while offline. The copy is read leniently: an order naming a tax code this till
// does not know yet still comes back (core/till's fillFromTill adds names and rates it knows).

#include "../domain/Return.h"
#include "Database.h"

#include <optional>

namespace kassa::core {

class WebOrderCopies {
public:
    explicit WebOrderCopies(Database& db)
        : m_db(db) {}

    // The order as a document to return against, by SKU and VAT code, paid by the order's
    // online payment, its window counted from delivery when known.
    [[nodiscard]] std::optional<ReturnableDocument> find(const QString& number);
    [[nodiscard]] std::int64_t count();
    // The store a fed order is collected in (buy online, pick up in store); nothing for an
    // order delivered, or one the till was not fed.
    [[nodiscard]] std::optional<QString> pickupStoreOf(const QString& number);

private:
    Database& m_db;
};

} // namespace kassa::core
