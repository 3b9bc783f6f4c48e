#pragma once

// The catalog's tables, defined once: products, their GTINs, the product search index, tax
// rates and price-book entries. The live tables and a first load's load_* tables (built beside
// them and swapped in, see MasterData) are made from these definitions, and so is a new till's
// schema (the migrations that introduced them call them).
//
// A change here changes what a new till and a first load get, not an existing till's live
// tables: that takes a migration of its own. TestMigrations compares a migrated till with a
// new one, so the two cannot drift apart unnoticed.

#include "Database.h"

#include <QString>

namespace kassa::core::catalogTables {

// The index over product_gtins (product_id): index names cannot be renamed, so a load's table
// takes whichever of the two names the live one does not use.
inline constexpr char kGtinIndex[] = "product_gtins_product";
inline constexpr char kOtherGtinIndex[] = "product_gtins_by_product";

// Creates the tables under `prefix` ("" for the live catalog, "load_" for a first load).
void createProducts(Database& db, const QString& prefix, const QString& gtinIndex = QLatin1String(kGtinIndex));
void createTaxRates(Database& db, const QString& prefix);
void createPrices(Database& db, const QString& prefix);
// The triggers that keep the live search index in step with the live products table.
void createSearchTriggers(Database& db);
void dropSearchTriggers(Database& db);
// Builds the live search index from the products table in one statement (after a bulk load).
void indexAllProducts(Database& db);

// A product row's search rank (domain/SearchText.h's searchRank()) in SQL, for `row` ("p",
// "new", "old"): the rowid of its entry in the search index.
#define KASSA_SEARCH_RANK(row) "(1000000000 - min(max(" row ".popularity, 0), 999999999)) * 4294967296 + " row ".id"

} // namespace kassa::core::catalogTables
