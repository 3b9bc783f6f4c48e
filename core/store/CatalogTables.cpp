#include "CatalogTables.h"

namespace kassa::core::catalogTables {

namespace {

// The style index alternates its name with the GTIN index's, for the same reason.
QString styleIndexBeside(const QString& gtinIndex) {
    return gtinIndex == QLatin1String(kGtinIndex) ? QStringLiteral("products_style")
                                                  : QStringLiteral("products_by_style");
}

void execWithPrefix(Database& db, const char* sql, const QString& prefix) {
    db.exec(QString::fromLatin1(sql).replace(QLatin1String("{p}"), prefix));
}

} // namespace

// The search index is a trigram index of each product's folded search text (see
// domain/SearchText.h), contentless, its rowid the product's search rank: substrings of three
// characters or more are found anywhere in a word, and results come out most popular first.
void createProducts(Database& db, const QString& prefix, const QString& gtinIndex) {
    execWithPrefix(db, R"sql(
        CREATE TABLE {p}products (
            id          INTEGER PRIMARY KEY,
            sku         TEXT NOT NULL UNIQUE,
            name        TEXT NOT NULL,
            brand       TEXT NOT NULL DEFAULT '',
            price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
            tax_code    TEXT NOT NULL,
            unit        TEXT NOT NULL CHECK (unit IN ('pcs', 'kg')),
            plu         INTEGER UNIQUE,
            attributes  TEXT NOT NULL DEFAULT '{}',
            popularity  INTEGER NOT NULL DEFAULT 0,
            quick_key   INTEGER UNIQUE,
            search_text TEXT NOT NULL DEFAULT '',
            style       TEXT
        );

        CREATE TABLE {p}product_gtins (
            gtin       TEXT PRIMARY KEY,
            product_id INTEGER NOT NULL REFERENCES {p}products (id) ON DELETE CASCADE
        ) WITHOUT ROWID;

        CREATE VIRTUAL TABLE {p}product_search USING fts5 (
            search_text, content = '', tokenize = 'trigram'
        );
    )sql",
                   prefix);
    db.exec(QStringLiteral("CREATE INDEX %1 ON %2product_gtins (product_id)").arg(gtinIndex, prefix));
    db.exec(QStringLiteral("CREATE INDEX %1 ON %2products (style) WHERE style IS NOT NULL")
                .arg(styleIndexBeside(gtinIndex), prefix));
}

// Key columns first: SQLite 3.40's integrity_check misreports NULLs in a WITHOUT ROWID table
// whose other columns sit between its key columns.
void createTaxRates(Database& db, const QString& prefix) {
    execWithPrefix(db, R"sql(
        CREATE TABLE {p}tax_rates (
            code       TEXT NOT NULL,
            valid_from TEXT NOT NULL,
            rate_bp    INTEGER NOT NULL CHECK (rate_bp >= 0 AND rate_bp < 10000),
            PRIMARY KEY (code, valid_from)
        ) WITHOUT ROWID;
    )sql",
                   prefix);
}

// An entry overrides the product's own price while it is valid; times are UTC ISO 8601
// ("2026-12-01T00:00:00Z"), so they compare as text.
void createPrices(Database& db, const QString& prefix) {
    execWithPrefix(db, R"sql(
        CREATE TABLE {p}product_prices (
            sku         TEXT NOT NULL,
            valid_from  TEXT NOT NULL,
            book        TEXT NOT NULL,
            valid_to    TEXT,
            price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
            PRIMARY KEY (sku, valid_from, book)
        ) WITHOUT ROWID;
    )sql",
                   prefix);
}

void createSearchTriggers(Database& db) {
    db.exec(
        "CREATE TRIGGER products_search_insert AFTER INSERT ON products BEGIN "
        "INSERT INTO product_search (rowid, search_text) VALUES (" KASSA_SEARCH_RANK(
            "new") ", new.search_text); "
                   "END; "
                   "CREATE TRIGGER products_search_delete AFTER DELETE ON products BEGIN "
                   "INSERT INTO product_search (product_search, rowid, search_text) "
                   "VALUES ('delete', " KASSA_SEARCH_RANK(
                       "old") ", old.search_text); "
                              "END; "
                              "CREATE TRIGGER products_search_update AFTER UPDATE OF search_text, popularity ON "
                              "products BEGIN "
                              "INSERT INTO product_search (product_search, rowid, search_text) "
                              "VALUES ('delete', " KASSA_SEARCH_RANK(
                                  "old") ", old.search_text); "
                                         "INSERT INTO product_search (rowid, search_text) VALUES (" KASSA_SEARCH_RANK(
                                             "new") ", new.search_text); "
                                                    "END;");
}

void indexAllProducts(Database& db) {
    db.exec("INSERT INTO product_search (product_search) VALUES ('delete-all'); "
            "INSERT INTO product_search (rowid, search_text) SELECT " KASSA_SEARCH_RANK("p") ", p.search_text "
                                                                                             "FROM products p");
}

void dropSearchTriggers(Database& db) {
    db.exec("DROP TRIGGER products_search_insert; DROP TRIGGER products_search_delete; "
            "DROP TRIGGER products_search_update;");
}

} // namespace kassa::core::catalogTables
