#pragma once

// The till database's schema, version by version. Migrations only go forward, run at start-up
// in one transaction, and a database written by a newer Kassa is refused: opening it with an
// older program could silently drop facts the newer one records.

#include "Database.h"

namespace kassa::core {

constexpr int kSchemaVersion = 18;

class SchemaError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Brings the database to kSchemaVersion. Throws SchemaError for a newer schema and StoreError
// when the file is damaged.
void migrate(Database& db);

} // namespace kassa::core
