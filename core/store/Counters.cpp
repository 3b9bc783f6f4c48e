#include "Counters.h"

namespace kassa::core {

std::int64_t nextCounter(Database& db, const char* name) {
    Query query = db.prepare("INSERT INTO counters (name, value) VALUES (?1, 1) "
                             "ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value");
    query->bind(1, QString::fromLatin1(name));
    query->step();
    return query->int64(0);
}

} // namespace kassa::core
