#pragma once

// Central's schema on PostgreSQL: a table of numbered steps, one per version of central's
// schema (CentralSchema.h), applied forward in one transaction under an advisory lock, so that
// central processes starting together over one database migrate it once. The version is kept
// in central_meta.

#include "Postgres.h"

namespace kassa::sync {

// Brings central's PostgreSQL database to kCentralSchemaVersion; refuses one written by a newer
// kassa-central (core::StoreError saying so). `url` names the database in that message
// (without its password).
void migratePostgresCentral(PgConnection& db, const QString& url);

} // namespace kassa::sync
