#include "Migrations.h"

#include "../domain/SearchText.h"
#include "CatalogTables.h"

#include <string>

namespace kassa::core {

namespace {

// Version 1: the single-till foundation. Table and column names are written out here, so later
// code changes cannot alter what this step did; the catalog's tables are defined once, in
// CatalogTables (see there why that is safe).
void migrateTo1(Database& db) {
    catalogTables::createTaxRates(db, QString());
    catalogTables::createProducts(db, QString());
    catalogTables::createSearchTriggers(db);
    db.exec(R"sql(
        CREATE TABLE settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE counters (
            name  TEXT PRIMARY KEY,
            value INTEGER NOT NULL
        ) WITHOUT ROWID;

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

// Version 2: price books from central.
void migrateTo2(Database& db) {
    catalogTables::createPrices(db, QString());
}

// Version 3: any fact may be a receipt in the chain (returns will be), so an outbox event
// carries its own chain link instead of borrowing it from the sales table.
void migrateTo3(Database& db) {
    db.exec(R"sql(
        ALTER TABLE outbox ADD COLUMN chain_hash TEXT;
        UPDATE outbox SET chain_hash = (SELECT hash FROM sales WHERE sales.document_id = outbox.document_id);
    )sql");
}

// Version 4: returns. A return is a receipt in the same numbering and chain as sales; its lines
// name the sold line they take back, so the till knows what it has returned of any receipt or
// order. Stock movements say whether goods went to sellable stock or aside as damaged.
void migrateTo4(Database& db) {
    db.exec(R"sql(
        CREATE TABLE returns (
            id               INTEGER PRIMARY KEY,
            document_id      TEXT NOT NULL UNIQUE,
            number           INTEGER NOT NULL UNIQUE,
            receipt_number   TEXT NOT NULL UNIQUE,
            operator_id      TEXT NOT NULL,
            completed_at     TEXT NOT NULL,
            original_channel TEXT NOT NULL,
            original_number  TEXT NOT NULL,
            lease_id         TEXT NOT NULL,
            total_cents      INTEGER NOT NULL,
            refunded_cents   INTEGER NOT NULL,
            body             TEXT NOT NULL,
            previous_hash    TEXT NOT NULL,
            hash             TEXT NOT NULL UNIQUE
        );

        CREATE TABLE return_lines (
            return_id        INTEGER NOT NULL REFERENCES returns (id),
            line_no          INTEGER NOT NULL,
            original_channel TEXT NOT NULL,
            original_number  TEXT NOT NULL,
            original_line    INTEGER NOT NULL,
            sku              TEXT NOT NULL,
            quantity_milli   INTEGER NOT NULL,
            refund_cents     INTEGER NOT NULL,
            reason           TEXT NOT NULL,
            disposition      TEXT NOT NULL CHECK (disposition IN ('sellable', 'damaged')),
            PRIMARY KEY (return_id, line_no)
        ) WITHOUT ROWID;
        CREATE INDEX return_lines_original ON return_lines (original_channel, original_number, original_line);

        CREATE TABLE return_refunds (
            return_id          INTEGER NOT NULL REFERENCES returns (id),
            position           INTEGER NOT NULL,
            kind               TEXT NOT NULL CHECK (kind IN ('cash', 'card', 'online', 'store_credit')),
            amount_cents       INTEGER NOT NULL,
            original_reference TEXT,
            masked_pan         TEXT,
            auth_code          TEXT,
            voucher            TEXT,
            PRIMARY KEY (return_id, position)
        ) WITHOUT ROWID;

        ALTER TABLE stock_movements ADD COLUMN disposition TEXT NOT NULL DEFAULT 'sellable';
    )sql");
}

// Version 5: the web orders central feeds to every till, so that a store takes a web order
// back from its number alone while offline; kept while the longest return window lasts. And
// the exceptions central raised that concern this store (an over-return of a line it took back),
// for the store's manager to follow up. And every till's certificate, to check receipts' codes.
void migrateTo5(Database& db) {
    db.exec(R"sql(
        CREATE TABLE web_orders (
            order_no  TEXT PRIMARY KEY,
            placed_at TEXT NOT NULL,
            body      TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX web_orders_placed ON web_orders (placed_at);

        -- Every enrolled till's certificate, from central: a receipt's QR code is checked against
        -- the certificate of the till that signed it.
        CREATE TABLE till_certificates (
            fingerprint TEXT PRIMARY KEY,
            store_id    TEXT NOT NULL,
            till_id     TEXT NOT NULL,
            pem         TEXT NOT NULL,
            revoked     INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID;

        -- The QR code each receipt was printed with, so that a reprint carries the same code.
        CREATE TABLE receipt_codes (
            receipt_number TEXT PRIMARY KEY,
            code           TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE store_exceptions (
            id          INTEGER PRIMARY KEY,
            kind        TEXT NOT NULL,
            store_id    TEXT NOT NULL,
            till_id     TEXT NOT NULL,
            document_id TEXT NOT NULL,
            detail      TEXT NOT NULL,
            raised_at   TEXT NOT NULL
        );
    )sql");
}

// Version 6: store-credit vouchers as a tender. A sale's tender may be a voucher (its number, and
// whether the till took it without asking central); SQLite cannot change a CHECK, so the tender
// and refund tables are rebuilt with their rows. A return's refund may be exchange credit. And
// the vouchers central feeds to every till, to take them while offline.
void migrateTo6(Database& db) {
    db.exec(R"sql(
        CREATE TABLE sale_tenders_6 (
            sale_id         INTEGER NOT NULL REFERENCES sales (id),
            position        INTEGER NOT NULL,
            kind            TEXT NOT NULL CHECK (kind IN ('cash', 'card', 'store_credit')),
            amount_cents    INTEGER NOT NULL,
            given_cents     INTEGER NOT NULL,
            change_cents    INTEGER NOT NULL,
            masked_pan      TEXT,
            auth_code       TEXT,
            voucher         TEXT,
            decided_offline INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (sale_id, position)
        ) WITHOUT ROWID;
        INSERT INTO sale_tenders_6 (sale_id, position, kind, amount_cents, given_cents, change_cents, masked_pan,
                                    auth_code)
            SELECT sale_id, position, kind, amount_cents, given_cents, change_cents, masked_pan, auth_code
            FROM sale_tenders;
        DROP TABLE sale_tenders;
        ALTER TABLE sale_tenders_6 RENAME TO sale_tenders;
        CREATE INDEX sale_tenders_voucher ON sale_tenders (voucher) WHERE voucher IS NOT NULL;

        CREATE TABLE return_refunds_6 (
            return_id          INTEGER NOT NULL REFERENCES returns (id),
            position           INTEGER NOT NULL,
            kind               TEXT NOT NULL CHECK (kind IN ('cash', 'card', 'online', 'store_credit', 'exchange')),
            amount_cents       INTEGER NOT NULL,
            original_reference TEXT,
            masked_pan         TEXT,
            auth_code          TEXT,
            voucher            TEXT,
            PRIMARY KEY (return_id, position)
        ) WITHOUT ROWID;
        INSERT INTO return_refunds_6 SELECT * FROM return_refunds;
        DROP TABLE return_refunds;
        ALTER TABLE return_refunds_6 RENAME TO return_refunds;
        CREATE INDEX return_refunds_voucher ON return_refunds (voucher) WHERE voucher IS NOT NULL;

        -- Central's vouchers with a balance (feed vouchers): spent_by lists the sales central
        -- had counted against each, so that the till knows which of its own spends to subtract.
        CREATE TABLE voucher_copies (
            number     TEXT PRIMARY KEY,
            balance    INTEGER NOT NULL,
            body       TEXT NOT NULL
        ) WITHOUT ROWID;
    )sql");
}

// A first load in progress, whose tables a migration changes the form of: the till starts it again.
void dropFirstLoad(Database& db) {
    db.exec("DROP TABLE IF EXISTS load_gtin_rows; DROP TABLE IF EXISTS load_product_gtins; "
            "DROP TABLE IF EXISTS load_products; DROP TABLE IF EXISTS load_product_search; "
            "DROP TABLE IF EXISTS load_tax_rates; DROP TABLE IF EXISTS load_product_prices; "
            "DELETE FROM settings WHERE key LIKE 'feed.load\\_%' ESCAPE '\\';");
}

// Whether the products table has the column already: a till made new gets a catalog's columns
// from CatalogTables at version 1, so the migration that added one to older tills skips it.
bool productsHaveColumn(Database& db, const char* name) {
    Query column = db.prepare("SELECT 1 FROM pragma_table_info('products') WHERE name = ?1");
    column->bind(1, QString::fromLatin1(name));
    return column->step();
}

// Version 7: product search finds parts of words. Each product keeps its name, brand and SKU
// folded (domain/SearchText.h) and a trigram index of that text replaces the word-prefix index.
// A till made new has the new tables from version 1 already (CatalogTables defines them). A first
// load in progress is dropped: its tables are of the old form, and the till starts it again.
void migrateTo7(Database& db) {
    if (productsHaveColumn(db, "search_text")) {
        return;
    }
    dropFirstLoad(db);
    catalogTables::dropSearchTriggers(db);
    db.exec("DROP TABLE product_search; ALTER TABLE products ADD COLUMN search_text TEXT NOT NULL DEFAULT ''");
    {
        Query products = db.prepare("SELECT id, name, brand, sku FROM products");
        while (products->step()) {
            Query fold = db.prepare("UPDATE products SET search_text = ?2 WHERE id = ?1");
            fold->bind(1, products->int64(0))
                .bind(2, productSearchText(products->text(1), products->text(2), products->text(3)))
                .run();
        }
    }
    db.exec("CREATE VIRTUAL TABLE product_search USING fts5 (search_text, content = '', tokenize = 'trigram')");
    catalogTables::createSearchTriggers(db);
    catalogTables::indexAllProducts(db);
}

// Version 8: the store's stock operations (goods received, counts, adjustments, transfers), each
// a fact for central's ledger; its movements go into stock_movements like a sale's.
void migrateTo8(Database& db) {
    db.exec(R"sql(
        CREATE TABLE stock_operations (
            id          INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL UNIQUE,
            number      TEXT NOT NULL UNIQUE,
            kind        TEXT NOT NULL,
            delivery    TEXT,
            transfer    TEXT,
            recorded_at TEXT NOT NULL,
            body        TEXT NOT NULL
        );
        CREATE UNIQUE INDEX stock_operations_delivery ON stock_operations (delivery) WHERE delivery IS NOT NULL;
        CREATE UNIQUE INDEX stock_operations_transfer ON stock_operations (transfer) WHERE transfer IS NOT NULL;
    )sql");
}

// Version 9: stock across locations and the catalog's styles. Products gain their `style` (the
// parent product their variants share). The stores of the chain and this store's deliveries
// come from central's feeds; stock_figures holds central's figure per location and item, and
// stock_feeds each location's place in central's stock feed: its cursor, a first load's
// progress, when it was last caught up, and which of this till's events central had counted
// then (its own movements after those are added to the store's figure).
void migrateTo9(Database& db) {
    if (!productsHaveColumn(db, "style")) {
        // A first load in progress has the old table's form: the till starts it again.
        dropFirstLoad(db);
        db.exec("ALTER TABLE products ADD COLUMN style TEXT");
        Query gtinIndex = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ?1");
        gtinIndex->bind(1, QString::fromLatin1(catalogTables::kGtinIndex));
        db.exec(gtinIndex->step() ? "CREATE INDEX products_style ON products (style) WHERE style IS NOT NULL"
                                  : "CREATE INDEX products_by_style ON products (style) WHERE style IS NOT NULL");
    }
    db.exec(R"sql(
        CREATE TABLE stores (
            store_id TEXT PRIMARY KEY,
            name     TEXT NOT NULL,
            nearby   TEXT NOT NULL DEFAULT '[]'
        ) WITHOUT ROWID;

        CREATE TABLE deliveries (
            number TEXT PRIMARY KEY,
            body   TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE stock_figures (
            location      TEXT NOT NULL,
            sku           TEXT NOT NULL,
            on_hand_milli INTEGER NOT NULL,
            changed_at    TEXT NOT NULL,
            PRIMARY KEY (location, sku)
        ) WITHOUT ROWID;

        CREATE TABLE stock_feeds (
            location        TEXT PRIMARY KEY,
            cursor          INTEGER NOT NULL DEFAULT 0,
            load_head       INTEGER,
            load_after      TEXT,
            synced_at       TEXT,
            counted_through INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID;
    )sql");
}

// Version 10: customers (domain/Customer.h), found as the clerk types by a trigram index of
// their folded name, e-mail, phone and card, and exactly by card, phone or e-mail.
void migrateTo10(Database& db) {
    db.exec(R"sql(
        CREATE TABLE customers (
            n            INTEGER PRIMARY KEY,
            id           TEXT NOT NULL UNIQUE,
            name         TEXT NOT NULL,
            phone        TEXT,
            email        TEXT,
            loyalty_card TEXT UNIQUE,
            search_text  TEXT NOT NULL,
            body         TEXT NOT NULL
        );
        CREATE INDEX customers_phone ON customers (phone) WHERE phone IS NOT NULL;
        CREATE INDEX customers_email ON customers (email) WHERE email IS NOT NULL;

        CREATE VIRTUAL TABLE customer_search USING fts5 (
            search_text, content = 'customers', content_rowid = 'n', tokenize = 'trigram'
        );
        CREATE TRIGGER customers_search_insert AFTER INSERT ON customers BEGIN
            INSERT INTO customer_search (rowid, search_text) VALUES (new.n, new.search_text);
        END;
        CREATE TRIGGER customers_search_delete AFTER DELETE ON customers BEGIN
            INSERT INTO customer_search (customer_search, rowid, search_text) VALUES ('delete', old.n, old.search_text);
        END;
        CREATE TRIGGER customers_search_update AFTER UPDATE OF search_text ON customers BEGIN
            INSERT INTO customer_search (customer_search, rowid, search_text) VALUES ('delete', old.n, old.search_text);
            INSERT INTO customer_search (rowid, search_text) VALUES (new.n, new.search_text);
        END;
    )sql");
}

// Version 11: clienteling. Loyalty points as a tender (the tender table rebuilt: SQLite cannot
// change a CHECK); the customer of each sale and return, for the customer's history; what this
// till's sales and returns did to members' points, for the balance until central has counted
// them; and the history central last gave of a customer, for offline.
void migrateTo11(Database& db) {
    db.exec(R"sql(
        CREATE TABLE sale_tenders_11 (
            sale_id         INTEGER NOT NULL REFERENCES sales (id),
            position        INTEGER NOT NULL,
            kind            TEXT NOT NULL CHECK (kind IN ('cash', 'card', 'store_credit', 'loyalty_points')),
            amount_cents    INTEGER NOT NULL,
            given_cents     INTEGER NOT NULL,
            change_cents    INTEGER NOT NULL,
            masked_pan      TEXT,
            auth_code       TEXT,
            voucher         TEXT,
            decided_offline INTEGER NOT NULL DEFAULT 0,
            points          INTEGER,
            PRIMARY KEY (sale_id, position)
        ) WITHOUT ROWID;
        INSERT INTO sale_tenders_11 (sale_id, position, kind, amount_cents, given_cents, change_cents, masked_pan,
                                     auth_code, voucher, decided_offline)
            SELECT sale_id, position, kind, amount_cents, given_cents, change_cents, masked_pan, auth_code, voucher,
                   decided_offline
            FROM sale_tenders;
        DROP TABLE sale_tenders;
        ALTER TABLE sale_tenders_11 RENAME TO sale_tenders;
        CREATE INDEX sale_tenders_voucher ON sale_tenders (voucher) WHERE voucher IS NOT NULL;

        ALTER TABLE sales ADD COLUMN customer_id TEXT;
        CREATE INDEX sales_customer ON sales (customer_id, number) WHERE customer_id IS NOT NULL;
        ALTER TABLE returns ADD COLUMN customer_id TEXT;
        CREATE INDEX returns_customer ON returns (customer_id, number) WHERE customer_id IS NOT NULL;

        CREATE TABLE loyalty_entries (
            document_id      TEXT PRIMARY KEY,
            customer_id      TEXT NOT NULL,
            sale_document_id TEXT NOT NULL,
            epoch            INTEGER NOT NULL,
            seq              INTEGER NOT NULL,
            points           INTEGER NOT NULL,
            earned           INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX loyalty_entries_sale ON loyalty_entries (sale_document_id);
        CREATE INDEX loyalty_entries_customer ON loyalty_entries (customer_id, epoch, seq);

        CREATE TABLE customer_histories (
            customer_id TEXT PRIMARY KEY,
            body        TEXT NOT NULL,
            fetched_at  TEXT NOT NULL
        ) WITHOUT ROWID;
    )sql");
}

// Version 12: each customer's suggestions as central computed them (domain/Suggestions.h).
void migrateTo12(Database& db) {
    db.exec(R"sql(
        CREATE TABLE customer_suggestions (
            customer_id TEXT PRIMARY KEY,
            body        TEXT NOT NULL
        ) WITHOUT ROWID;
    )sql");
}

// Version 13: shifts (domain/Shift.h). Every sale and return belongs to the shift open at the
// till when it was recorded; at most one shift is open; Z numbers never repeat.
void migrateTo13(Database& db) {
    db.exec(R"sql(
        CREATE TABLE shifts (
            id          TEXT PRIMARY KEY,
            number      INTEGER NOT NULL UNIQUE,
            opened_at   TEXT NOT NULL,
            opened_by   TEXT NOT NULL,
            float_json  TEXT NOT NULL,
            closed_at   TEXT,
            closed_by   TEXT,
            z_number    INTEGER UNIQUE,
            z_json      TEXT
        ) WITHOUT ROWID;
        CREATE UNIQUE INDEX shifts_one_open ON shifts (closed_at IS NULL) WHERE closed_at IS NULL;
        CREATE TABLE drawer_movements (
            document_id TEXT PRIMARY KEY,
            shift_id    TEXT NOT NULL REFERENCES shifts (id),
            kind        TEXT NOT NULL CHECK (kind IN ('cash_in', 'cash_out', 'safe_drop', 'no_sale')),
            amount_cents INTEGER NOT NULL,
            reason      TEXT NOT NULL,
            note        TEXT NOT NULL,
            operator_id TEXT NOT NULL,
            at          TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX drawer_movements_shift ON drawer_movements (shift_id, at);
        ALTER TABLE sales ADD COLUMN shift_id TEXT;
        CREATE INDEX sales_shift ON sales (shift_id, number) WHERE shift_id IS NOT NULL;
        ALTER TABLE returns ADD COLUMN shift_id TEXT;
        CREATE INDEX returns_shift ON returns (shift_id, number) WHERE shift_id IS NOT NULL;
    )sql");
}

// Version 14: training mode. Sales rung up in training are kept apart from the till's sales:
// numbered on their own, in no receipt chain, no shift, no stock and no outbox.
void migrateTo14(Database& db) {
    db.exec(R"sql(
        CREATE TABLE training_sales (
            number         INTEGER PRIMARY KEY,
            receipt_number TEXT NOT NULL,
            operator_id    TEXT NOT NULL,
            completed_at   TEXT NOT NULL,
            total_cents    INTEGER NOT NULL,
            body           TEXT NOT NULL
        );
    )sql");
}

// Version 15: the store's pickup orders as central feeds them (GET /v1/pickup-changes), with the
// steps this till took and central has not answered yet; picking and the hand-over work offline.
// A store's collection period comes with the stores feed (7 days until central sends it again).
void migrateTo15(Database& db) {
    db.exec(R"sql(
        ALTER TABLE stores ADD COLUMN collection_days INTEGER NOT NULL DEFAULT 7;
        CREATE TABLE pickups (
            order_no  TEXT PRIMARY KEY,
            status    TEXT NOT NULL,
            placed_at TEXT NOT NULL,
            body      TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX pickups_status ON pickups (status, placed_at);
    )sql");
}

// Version 16: vouchers carry a secret (domain/Voucher.h). A store credit this till issued keeps
// its code's check, never the code; the wrong codes typed at this till since a manager last
// unblocked voucher entry are counted (Checkout::payVoucher). Operators count their lock-outs
// (the third waits for a manager) and may be disabled. A pickup order counts the wrong codes typed
// for it (five lock it until a manager unlocks it); its code is kept as a keyed hash.
void migrateTo16(Database& db) {
    db.exec(R"sql(
        ALTER TABLE pickups ADD COLUMN wrong_codes INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE operators ADD COLUMN lockouts INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE operators ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE return_refunds ADD COLUMN voucher_check TEXT;
        CREATE TABLE voucher_refusals (
            id         INTEGER PRIMARY KEY,
            refused_at TEXT NOT NULL,
            number     TEXT NOT NULL
        );
    )sql");
}

// Version 17: a till keeps of another store's members only a limited record (core/store/
// CustomerRecords.h), found by keyed hashes of the card, phone and e-mail; a full record it
// keeps only for a time has that time.
void migrateTo17(Database& db) {
    db.exec(R"sql(
        ALTER TABLE customers ADD COLUMN card_check TEXT;
        ALTER TABLE customers ADD COLUMN phone_check TEXT;
        ALTER TABLE customers ADD COLUMN email_check TEXT;
        ALTER TABLE customers ADD COLUMN full_until TEXT;
        CREATE INDEX customers_card_check ON customers (card_check) WHERE card_check IS NOT NULL;
        CREATE INDEX customers_phone_check ON customers (phone_check) WHERE phone_check IS NOT NULL;
        CREATE INDEX customers_email_check ON customers (email_check) WHERE email_check IS NOT NULL;
        CREATE INDEX customers_full_until ON customers (full_until) WHERE full_until IS NOT NULL;
    )sql");
}

// Version 18: the customer search index holds only records with something to find by name. A
// limited record (another store's member) is found by its checks alone, and indexing its empty
// text from a trigger made FTS5 write its bookkeeping at every one of a first load's half a
// million inserts. The index is written again without the limited records it had.
void migrateTo18(Database& db) {
    db.exec(R"sql(
        DROP TRIGGER customers_search_insert;
        DROP TRIGGER customers_search_delete;
        DROP TRIGGER customers_search_update;
        CREATE TRIGGER customers_search_insert AFTER INSERT ON customers WHEN new.search_text <> '' BEGIN
            INSERT INTO customer_search (rowid, search_text) VALUES (new.n, new.search_text);
        END;
        CREATE TRIGGER customers_search_delete AFTER DELETE ON customers WHEN old.search_text <> '' BEGIN
            INSERT INTO customer_search (customer_search, rowid, search_text) VALUES ('delete', old.n, old.search_text);
        END;
        CREATE TRIGGER customers_search_update AFTER UPDATE OF search_text ON customers BEGIN
            INSERT INTO customer_search (customer_search, rowid, search_text)
                SELECT 'delete', old.n, old.search_text WHERE old.search_text <> '';
            INSERT INTO customer_search (rowid, search_text) SELECT new.n, new.search_text WHERE new.search_text <> '';
        END;
        INSERT INTO customer_search (customer_search) VALUES ('delete-all');
        INSERT INTO customer_search (rowid, search_text) SELECT n, search_text FROM customers WHERE search_text <> '';
    )sql");
}

struct Step {
    int version;
    void (*apply)(Database&);
};

constexpr Step kSteps[] = {
    {1, migrateTo1},   {2, migrateTo2},   {3, migrateTo3},   {4, migrateTo4},   {5, migrateTo5},   {6, migrateTo6},
    {7, migrateTo7},   {8, migrateTo8},   {9, migrateTo9},   {10, migrateTo10}, {11, migrateTo11}, {12, migrateTo12},
    {13, migrateTo13}, {14, migrateTo14}, {15, migrateTo15}, {16, migrateTo16}, {17, migrateTo17}, {18, migrateTo18},
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
