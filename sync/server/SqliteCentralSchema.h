#pragma once

// Central's schema on SQLite: a table of numbered steps, one per version of central's schema
// (CentralSchema.h), applied forward in one transaction at start-up. The version is SQLite's
// user_version.

#include "core/store/Database.h"

namespace kassa::sync {

// Brings central's SQLite database to kCentralSchemaVersion; refuses one written by a newer
// kassa-central (core::StoreError saying so).
void migrateSqliteCentral(core::Database& db);

} // namespace kassa::sync
