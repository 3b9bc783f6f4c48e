#pragma once

// The exceptions central raised that concern this till's store (an over-return of a line one
// of its tills took back, a till of the store cloned ...), as the sync engine fetches them:
// the till shows them to the store's manager. Central's id is the key, so fetching a page again
// changes nothing.

#include "Database.h"

#include <vector>

namespace kassa::core {

struct StoreException {
    std::int64_t id = 0; // central's
    QString kind;        // "over_return" ...
    QString storeId;     // the store whose till raised it
    QString tillId;
    QString documentId;
    QString detail;
    QString raisedAt;
};

class StoreExceptions {
public:
    explicit StoreExceptions(Database& db)
        : m_db(db) {}

    // Keeps what is new, in one transaction.
    void add(const std::vector<StoreException>& exceptions);
    // The highest id held: where the next fetch goes on from.
    [[nodiscard]] std::int64_t lastId();
    // The newest first.
    [[nodiscard]] std::vector<StoreException> latest(int count);
    [[nodiscard]] std::int64_t count();

private:
    Database& m_db;
};

} // namespace kassa::core
