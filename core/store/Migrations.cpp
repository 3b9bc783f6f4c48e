#include "Migrations.h"

#include <string>

namespace kassa::core {

namespace {

// Version 1: the single-till foundation. Table and column names are written out here and
// never reused from elsewhere, so later code changes cannot alter what this step did.
void migrateTo1(Database& db) {
    db.exec(R"sql(
        CREATE TABLE settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE counters (
            name  TEXT PRIMARY KEY,
            value INTEGER NOT NULL
        ) WITHOUT ROWID;

        -- Key columns first: SQLite 3.40's integrity_check misreports NULLs in a WITHOUT ROWID
        -- table whose other columns sit between its key columns.
        CREATE TABLE tax_rates (
            code       TEXT NOT NULL,
            valid_from TEXT NOT NULL,
            rate_bp    INTEGER NOT NULL CHECK (rate_bp >= 0 AND rate_bp < 10000),
            PRIMARY KEY (code, valid_from)
        ) WITHOUT ROWID;

        CREATE TABLE products (
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
            quick_key   INTEGER UNIQUE
        );

        CREATE TABLE product_gtins (
            gtin       TEXT PRIMARY KEY,
            product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE
        ) WITHOUT ROWID;
        CREATE INDEX product_gtins_product ON product_gtins (product_id);

        CREATE VIRTUAL TABLE product_search USING fts5 (
            name, brand, sku,
            content = 'products', content_rowid = 'id',
            prefix = '2 3', tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER products_search_insert AFTER INSERT ON products BEGIN
            INSERT INTO product_search (rowid, name, brand, sku) VALUES (new.id, new.name, new.brand, new.sku);
        END;
        CREATE TRIGGER products_search_delete AFTER DELETE ON products BEGIN
            INSERT INTO product_search (product_search, rowid, name, brand, sku)
                VALUES ('delete', old.id, old.name, old.brand, old.sku);
        END;
        CREATE TRIGGER products_search_update AFTER UPDATE OF name, brand, sku ON products BEGIN
            INSERT INTO product_search (product_search, rowid, name, brand, sku)
                VALUES ('delete', old.id, old.name, old.brand, old.sku);
            INSERT INTO product_search (rowid, name, brand, sku) VALUES (new.id, new.name, new.brand, new.sku);
        END;

        CREATE TABLE operators (
            id              TEXT PRIMARY KEY,
            name            TEXT NOT NULL,
            role            TEXT NOT NULL CHECK (role IN ('cashier', 'supervisor', 'manager', 'admin')),
            pin_salt        BLOB NOT NULL,
            pin_hash        BLOB NOT NULL,
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until    TEXT
        ) WITHOUT ROWID;

        CREATE TABLE sales (
            id             INTEGER PRIMARY KEY,
            document_id    TEXT NOT NULL UNIQUE,
            number         INTEGER NOT NULL UNIQUE,
            receipt_number TEXT NOT NULL UNIQUE,
            operator_id    TEXT NOT NULL,
            completed_at   TEXT NOT NULL,
            currency       TEXT NOT NULL,
            total_cents    INTEGER NOT NULL,
            rounding_cents INTEGER NOT NULL,
            line_count     INTEGER NOT NULL,
            tender_count   INTEGER NOT NULL,
            body           TEXT NOT NULL,
            previous_hash  TEXT NOT NULL,
            hash           TEXT NOT NULL UNIQUE
        );

        CREATE TABLE sale_lines (
            sale_id         INTEGER NOT NULL REFERENCES sales (id),
            line_no         INTEGER NOT NULL,
            product_id      INTEGER,
            sku             TEXT NOT NULL,
            name            TEXT NOT NULL,
            tax_code        TEXT NOT NULL,
            rate_bp         INTEGER NOT NULL,
            quantity_milli  INTEGER NOT NULL,
            unit_price      INTEGER NOT NULL,
            net_cents       INTEGER NOT NULL,
            voided          INTEGER NOT NULL,
            PRIMARY KEY (sale_id, line_no)
        ) WITHOUT ROWID;

        CREATE TABLE sale_tenders (
            sale_id      INTEGER NOT NULL REFERENCES sales (id),
            position     INTEGER NOT NULL,
            kind         TEXT NOT NULL CHECK (kind IN ('cash', 'card')),
            amount_cents INTEGER NOT NULL,
            given_cents  INTEGER NOT NULL,
            change_cents INTEGER NOT NULL,
            masked_pan   TEXT,
            auth_code    TEXT,
            PRIMARY KEY (sale_id, position)
        ) WITHOUT ROWID;

        CREATE TABLE sale_approvals (
            sale_id     INTEGER NOT NULL REFERENCES sales (id),
            position    INTEGER NOT NULL,
            kind        TEXT NOT NULL,
            approver_id TEXT NOT NULL,
            detail      TEXT NOT NULL,
            PRIMARY KEY (sale_id, position)
        ) WITHOUT ROWID;

        CREATE TABLE stock_movements (
            id             INTEGER PRIMARY KEY,
            product_id     INTEGER,
            sku            TEXT NOT NULL,
            delta_milli    INTEGER NOT NULL,
            reason         TEXT NOT NULL,
            document_id    TEXT NOT NULL,
            recorded_at    TEXT NOT NULL
        );
        CREATE INDEX stock_movements_sku ON stock_movements (sku);
        CREATE INDEX stock_movements_document ON stock_movements (document_id);

        CREATE TABLE outbox (
            seq            INTEGER PRIMARY KEY,
            epoch          INTEGER NOT NULL,
            document_id    TEXT NOT NULL UNIQUE,
            kind           TEXT NOT NULL,
            schema_version INTEGER NOT NULL,
            payload        TEXT NOT NULL,
            payload_hash   TEXT NOT NULL,
            created_at     TEXT NOT NULL,
            acked_at       TEXT
        );

        -- AUTOINCREMENT: an id is never reused, so a stale list cannot recall another basket.
        -- Only the events still waiting: finding the next batch never walks the acknowledged ones.
        CREATE INDEX outbox_waiting ON outbox (seq) WHERE acked_at IS NULL;

        CREATE TABLE suspended_baskets (
            id           INTEGER PRIMARY KEY AUTOINCREMENT,
            operator_id  TEXT NOT NULL,
            suspended_at TEXT NOT NULL,
            total_cents  INTEGER NOT NULL,
            line_count   INTEGER NOT NULL,
            payload      TEXT NOT NULL
        );
    )sql");
}

// Version 2: price books from central. An entry overrides the product's own price while it is
// valid; times are UTC ISO 8601 ("2026-12-01T00:00:00Z"), so they compare as text.
void migrateTo2(Database& db) {
    db.exec(R"sql(
        CREATE TABLE product_prices (
            sku         TEXT NOT NULL,
            valid_from  TEXT NOT NULL,
            book        TEXT NOT NULL,
            valid_to    TEXT,
            price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
            PRIMARY KEY (sku, valid_from, book)
        ) WITHOUT ROWID;
    )sql");
}

// Version 3: any fact may be a receipt in the chain (returns will be), so an outbox event
// carries its own chain link instead of borrowing it from the sales table.
void migrateTo3(Database& db) {
    db.exec(R"sql(
        ALTER TABLE outbox ADD COLUMN chain_hash TEXT;
        UPDATE outbox SET chain_hash = (SELECT hash FROM sales WHERE sales.document_id = outbox.document_id);
    )sql");
}

struct Step {
    int version;
    void (*apply)(Database&);
};

constexpr Step kSteps[] = {
    {1, migrateTo1},
    {2, migrateTo2},
    {3, migrateTo3},
};

} // namespace

void migrate(Database& db) {
    const int current = db.userVersion();
    if (current > kSchemaVersion) {
        throw SchemaError("the database " + db.path().toStdString() + " has schema version " + std::to_string(current) +
                          ", newer than this Kassa knows (" + std::to_string(kSchemaVersion) +
                          "): install the newer Kassa that wrote it");
    }
    if (current == kSchemaVersion) {
        return;
    }
    Transaction transaction(db);
    for (const Step& step : kSteps) {
        if (current < step.version) {
            step.apply(db);
        }
    }
    db.setUserVersion(kSchemaVersion);
    transaction.commit();
}

} // namespace kassa::core
