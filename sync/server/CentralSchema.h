#pragma once

// The version of central's schema, one number for both backends: each version is a step in
// SqliteCentralSchema.cpp and in PostgresCentralSchema.cpp (central on PostgreSQL began at 3), so
// a central's data can move between them (kassa-central migrate --to) and a newer schema is
// refused alike. A change of the schema adds the same version to both, with a fixture of the
// schema before it in tests/sync/fixtures.

#include <QString>
#include <string>

namespace kassa::sync {

inline constexpr int kCentralSchemaVersion = 15;

// Why a database written by a newer kassa-central is not opened: an older program could
// silently drop what the newer one records.
[[nodiscard]] inline std::string newerSchemaMessage(const QString& database, int version) {
    return "central's database " + database.toStdString() + " has schema version " + std::to_string(version) +
           ", newer than this kassa-central knows (" + std::to_string(kCentralSchemaVersion) +
           "): install the newer kassa-central that wrote it";
}

} // namespace kassa::sync
