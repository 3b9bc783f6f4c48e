#include "SqliteCentralSchema.h"

#include "CentralSchema.h"
#include "CentralSecrets.h"

#include <string>

namespace kassa::sync {

namespace {

void migrateCentralTo1(core::Database& db) {
    db.exec(R"sql(
        CREATE TABLE tills (
            device_id         TEXT PRIMARY KEY,
            store_id          TEXT NOT NULL,
            till_id           TEXT NOT NULL,
            quarantined       INTEGER NOT NULL DEFAULT 0,
            quarantine_reason TEXT
        ) WITHOUT ROWID;

        -- Every event ever received, once: the key is what makes a resend harmless.
        CREATE TABLE inbox (
            device_id      TEXT NOT NULL,
            epoch          INTEGER NOT NULL,
            seq            INTEGER NOT NULL,
            document_id    TEXT NOT NULL,
            kind           TEXT NOT NULL,
            schema_version INTEGER NOT NULL,
            payload_hash   TEXT NOT NULL,
            payload        TEXT NOT NULL,
            received_at    TEXT NOT NULL,
            PRIMARY KEY (device_id, epoch, seq)
        ) WITHOUT ROWID;

        CREATE TABLE device_progress (
            device_id        TEXT NOT NULL,
            epoch            INTEGER NOT NULL,
            high_water_mark  INTEGER NOT NULL,
            last_chain_hash  TEXT NOT NULL,
            last_sale_number INTEGER NOT NULL,
            PRIMARY KEY (device_id, epoch)
        ) WITHOUT ROWID;

        -- Sales in arrival order: id is central's change number for GET /v1/sales?since=.
        CREATE TABLE sales (
            id             INTEGER PRIMARY KEY,
            document_id    TEXT NOT NULL UNIQUE,
            device_id      TEXT NOT NULL,
            epoch          INTEGER NOT NULL,
            seq            INTEGER NOT NULL,
            store_id       TEXT NOT NULL,
            till_id        TEXT NOT NULL,
            receipt_number TEXT NOT NULL,
            total_cents    INTEGER NOT NULL,
            completed_at   TEXT NOT NULL,
            received_at    TEXT NOT NULL,
            body           TEXT NOT NULL
        );

        -- One-time enrollment codes, stored as SHA-256 hashes only.
        CREATE TABLE enrollment_codes (
            code_hash  TEXT PRIMARY KEY,
            store_id   TEXT NOT NULL,
            till_id    TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            used_at    TEXT,
            device_id  TEXT
        ) WITHOUT ROWID;

        CREATE TABLE integration_tokens (
            token_hash TEXT PRIMARY KEY,
            name       TEXT NOT NULL,
            created_at TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE exceptions (
            id          INTEGER PRIMARY KEY,
            kind        TEXT NOT NULL,
            device_id   TEXT NOT NULL,
            store_id    TEXT NOT NULL,
            till_id     TEXT NOT NULL,
            document_id TEXT NOT NULL,
            detail      TEXT NOT NULL,
            raised_at   TEXT NOT NULL
        );
    )sql");
}

// Version 2: master data for the tills' change feed, and the database's generation.
void migrateCentralTo2(core::Database& db) {
    db.exec(R"sql(
        -- The latest state of every item, one row per (feed, key): writing an item again moves
        -- it to a new change number, so the feed from zero is always a full, compact snapshot.
        -- A removal stays as a row with removed = 1 for the tills that hold the item.
        CREATE TABLE master_data (
            feed      TEXT NOT NULL,
            key       TEXT NOT NULL,
            change_no INTEGER NOT NULL UNIQUE,
            removed   INTEGER NOT NULL DEFAULT 0,
            item      TEXT NOT NULL,
            PRIMARY KEY (feed, key)
        ) WITHOUT ROWID;

        -- Every till certificate central signed, for revocation.
        CREATE TABLE till_certificates (
            fingerprint TEXT PRIMARY KEY,
            device_id   TEXT NOT NULL,
            store_id    TEXT NOT NULL,
            till_id     TEXT NOT NULL,
            issued_at   TEXT NOT NULL,
            revoked_at  TEXT
        ) WITHOUT ROWID;

        ALTER TABLE tills ADD COLUMN last_seen_at TEXT;
        ALTER TABLE tills ADD COLUMN last_lag_ms INTEGER;

        CREATE TABLE central_meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;
    )sql");
    core::Query generation = db.prepare("INSERT INTO central_meta (key, value) VALUES ('generation', ?1)");
    generation->bind(1, newGeneration()).run();
}

// Version 3: events of kinds this central does not know yet are held in the inbox unapplied;
// a GTIN belongs to one live product (the key enforces it, also across central processes).
void migrateCentralTo3(core::Database& db) {
    db.exec(R"sql(
        ALTER TABLE inbox ADD COLUMN applied_at TEXT;
        ALTER TABLE inbox ADD COLUMN chain_hash TEXT;
        UPDATE inbox SET applied_at = received_at;
        CREATE INDEX inbox_held ON inbox (device_id, epoch, seq) WHERE applied_at IS NULL;

        CREATE TABLE master_gtins (
            gtin TEXT PRIMARY KEY,
            sku  TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX master_gtins_sku ON master_gtins (sku);
    )sql");
    // Central took duplicates before: the product put last has the GTIN, as on the tills.
    db.exec(R"sql(
        INSERT OR REPLACE INTO master_gtins (gtin, sku)
            SELECT g.value, m.key FROM master_data m, json_each(m.item, '$.gtins') g
            WHERE m.feed = 'products' AND m.removed = 0 ORDER BY m.change_no;
    )sql");
}

// Version 4: every sold line of any channel, with what has been returned of it, and the web
// orders. Receipts central already has are entered from their stored bodies.
void migrateCentralTo4(core::Database& db) {
    db.exec(R"sql(
        CREATE TABLE web_orders (
            order_no    TEXT PRIMARY KEY,
            placed_at   TEXT NOT NULL,
            payment     TEXT NOT NULL,
            body        TEXT NOT NULL,
            received_at TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE sold_lines (
            channel          TEXT NOT NULL,
            document         TEXT NOT NULL,
            line             INTEGER NOT NULL,
            store_id         TEXT NOT NULL DEFAULT '',
            sold_at          TEXT NOT NULL,
            sku              TEXT NOT NULL,
            quantity_milli   INTEGER NOT NULL,
            unit_price_cents INTEGER NOT NULL,
            net_cents        INTEGER NOT NULL,
            tax_code         TEXT NOT NULL,
            returned_milli   INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (channel, document, line)
        ) WITHOUT ROWID;

        INSERT OR IGNORE INTO sold_lines (channel, document, line, store_id, sold_at, sku, quantity_milli,
                                          unit_price_cents, net_cents, tax_code)
            SELECT 'store', s.receipt_number, json_extract(l.value, '$.line'), s.store_id, s.completed_at,
                   json_extract(l.value, '$.sku'), json_extract(l.value, '$.quantity_milli'),
                   json_extract(l.value, '$.unit_price'), json_extract(l.value, '$.net'),
                   json_extract(l.value, '$.tax_code')
            FROM sales s, json_each(s.body, '$.lines') l
            WHERE json_extract(l.value, '$.voided') = 0 ORDER BY s.id;
    )sql");
}

// Version 5: returns. Each return's lines count against the sold line they name (also before
// central has the sale), leases hold quantities while a till takes them back online, the goods'
// movements are recorded by location and disposition, online payments wait for the web shop to
// pay them back, and store credit is a voucher with a balance. An exception may concern more
// stores than the one that raised it.
void migrateCentralTo5(core::Database& db) {
    db.exec(R"sql(
        CREATE TABLE returns (
            id               INTEGER PRIMARY KEY,
            document_id      TEXT NOT NULL UNIQUE,
            device_id        TEXT NOT NULL,
            epoch            INTEGER NOT NULL,
            seq              INTEGER NOT NULL,
            store_id         TEXT NOT NULL,
            till_id          TEXT NOT NULL,
            receipt_number   TEXT NOT NULL,
            original_channel TEXT NOT NULL,
            original_number  TEXT NOT NULL,
            total_cents      INTEGER NOT NULL,
            decided_offline  INTEGER NOT NULL,
            completed_at     TEXT NOT NULL,
            received_at      TEXT NOT NULL,
            body             TEXT NOT NULL
        );

        CREATE TABLE returned_lines (
            id                 INTEGER PRIMARY KEY,
            return_document_id TEXT NOT NULL,
            return_receipt     TEXT NOT NULL,
            store_id           TEXT NOT NULL,
            channel            TEXT NOT NULL,
            document           TEXT NOT NULL,
            line               INTEGER NOT NULL,
            quantity_milli     INTEGER NOT NULL
        );
        CREATE INDEX returned_lines_sold ON returned_lines (channel, document, line);

        CREATE TABLE return_leases (
            id         TEXT PRIMARY KEY,
            channel    TEXT NOT NULL,
            document   TEXT NOT NULL,
            device_id  TEXT NOT NULL,
            store_id   TEXT NOT NULL,
            till_id    TEXT NOT NULL,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            ended_at   TEXT,
            ended_how  TEXT
        ) WITHOUT ROWID;
        CREATE INDEX return_leases_open ON return_leases (channel, document) WHERE ended_at IS NULL;

        CREATE TABLE return_lease_lines (
            lease_id       TEXT NOT NULL,
            line           INTEGER NOT NULL,
            quantity_milli INTEGER NOT NULL,
            PRIMARY KEY (lease_id, line)
        ) WITHOUT ROWID;

        CREATE TABLE stock_movements (
            id          INTEGER PRIMARY KEY,
            location    TEXT NOT NULL,
            sku         TEXT NOT NULL,
            delta_milli INTEGER NOT NULL,
            kind        TEXT NOT NULL,
            disposition TEXT NOT NULL,
            document_id TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            received_at TEXT NOT NULL
        );
        CREATE INDEX stock_movements_item ON stock_movements (location, sku);

        CREATE TABLE refunds (
            id                 INTEGER PRIMARY KEY,
            return_document_id TEXT NOT NULL,
            return_receipt     TEXT NOT NULL,
            store_id           TEXT NOT NULL,
            original_channel   TEXT NOT NULL,
            original_number    TEXT NOT NULL,
            payment            TEXT NOT NULL,
            amount_cents       INTEGER NOT NULL,
            status             TEXT NOT NULL CHECK (status IN ('pending', 'paid')),
            created_at         TEXT NOT NULL,
            paid_at            TEXT,
            paid_reference     TEXT
        );
        CREATE INDEX refunds_status ON refunds (status, id);

        CREATE TABLE vouchers (
            number        TEXT PRIMARY KEY,
            issued_by     TEXT NOT NULL,
            store_id      TEXT NOT NULL,
            amount_cents  INTEGER NOT NULL,
            balance_cents INTEGER NOT NULL,
            issued_at     TEXT NOT NULL
        ) WITHOUT ROWID;

        ALTER TABLE exceptions ADD COLUMN other_stores TEXT NOT NULL DEFAULT '';
        -- Certificates issued from now on are kept whole, for the tills' feed.
        ALTER TABLE till_certificates ADD COLUMN pem TEXT;

        CREATE TABLE sold_payments (
            channel      TEXT NOT NULL,
            document     TEXT NOT NULL,
            position     INTEGER NOT NULL,
            kind         TEXT NOT NULL,
            amount_cents INTEGER NOT NULL,
            auth_code    TEXT NOT NULL DEFAULT '',
            masked_pan   TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (channel, document, position)
        ) WITHOUT ROWID;
        INSERT OR IGNORE INTO sold_payments (channel, document, position, kind, amount_cents, auth_code, masked_pan)
            SELECT 'store', s.receipt_number, t.key + 1, json_extract(t.value, '$.kind'),
                   json_extract(t.value, '$.amount'), coalesce(json_extract(t.value, '$.auth_code'), ''),
                   coalesce(json_extract(t.value, '$.masked_pan'), '')
            FROM sales s, json_each(s.body, '$.tenders') t ORDER BY s.id;
        INSERT INTO master_data (feed, key, change_no, removed, item)
            SELECT 'web_orders', w.order_no,
                   (SELECT coalesce(max(change_no), 0) FROM master_data) + row_number() OVER (ORDER BY w.placed_at),
                   0, json_remove(w.body, '$.customer')
            FROM web_orders w;
        INSERT OR IGNORE INTO sold_payments (channel, document, position, kind, amount_cents)
            SELECT 'web', w.order_no, 1, w.payment,
                   (SELECT coalesce(sum(net_cents), 0) FROM sold_lines l WHERE l.channel = 'web' AND l.document = w.order_no)
            FROM web_orders w;
    )sql");
}

// Version 6: vouchers are spent as a tender. Every spend is kept in arrival order, and the
// vouchers with a balance go to every till in feed vouchers so that they are taken offline.
// Sales recorded so far enter the stock ledger.
void migrateCentralTo6(core::Database& db) {
    db.exec(R"sql(
        CREATE TABLE voucher_spends (
            id           INTEGER PRIMARY KEY,
            number       TEXT NOT NULL,
            document_id  TEXT NOT NULL,
            receipt      TEXT NOT NULL,
            store_id     TEXT NOT NULL,
            amount_cents INTEGER NOT NULL,
            received_at  TEXT NOT NULL
        );
        CREATE INDEX voucher_spends_number ON voucher_spends (number);
        CREATE INDEX stock_movements_document ON stock_movements (document_id);
        -- Every movement asks for its item's latest count: that must not read the item's whole ledger.
        CREATE INDEX stock_movements_counts ON stock_movements (location, sku, recorded_at) WHERE kind = 'count';
        -- Sales count in the stock ledger as returns do: the goods left the store's shelf.
        INSERT INTO stock_movements (location, sku, delta_milli, kind, disposition, document_id, recorded_at,
                                     received_at)
            SELECT s.store_id, json_extract(l.value, '$.sku'), -json_extract(l.value, '$.quantity_milli'), 'sale',
                   'sellable', s.document_id, strftime('%Y-%m-%dT%H:%M:%fZ', json_extract(s.body, '$.completed_at')),
                   s.received_at
            FROM sales s, json_each(s.body, '$.lines') l
            WHERE json_extract(l.value, '$.voided') = 0 ORDER BY s.id;
        INSERT INTO master_data (feed, key, change_no, removed, item)
            SELECT 'vouchers', v.number,
                   (SELECT coalesce(max(change_no), 0) FROM master_data) + row_number() OVER (ORDER BY v.number), 0,
                   json_object('number', v.number, 'store_id', v.store_id,
                               'amount', printf('%d.%02d', v.amount_cents / 100, v.amount_cents % 100),
                               'balance', printf('%d.%02d', v.balance_cents / 100, v.balance_cents % 100),
                               'issued_at', v.issued_at, 'spent_by', json_array())
            FROM vouchers v WHERE v.balance_cents > 0;
    )sql");
}

// Version 7: stock across locations. Deliveries and transfers received are kept, so a second
// receipt of the same papers is raised; a location's stock feed pages its movements by id.
void migrateCentralTo7(core::Database& db) {
    db.exec(R"sql(
        CREATE TABLE stock_receipts (
            kind        TEXT NOT NULL,
            number      TEXT NOT NULL,
            document_id TEXT NOT NULL,
            store_id    TEXT NOT NULL,
            till_id     TEXT NOT NULL,
            received_at TEXT NOT NULL,
            PRIMARY KEY (kind, number)
        ) WITHOUT ROWID;
        CREATE INDEX stock_movements_feed ON stock_movements (location, id);
    )sql");
}

// Version 8: customers as master data (sync/server/CustomerMaster.h): the live records with the
// contacts they are matched by, merges, erasures, the facts of each customer (blanked when they
// are erased) and every read of a record.
void migrateCentralTo8(core::Database& db) {
    db.exec(R"sql(
        CREATE TABLE customers (
            id           TEXT PRIMARY KEY,
            body         TEXT,
            email        TEXT,
            phone        TEXT,
            loyalty_card TEXT,
            merged_into  TEXT,
            erased_at    TEXT
        ) WITHOUT ROWID;
        CREATE INDEX customers_email ON customers (email) WHERE email IS NOT NULL;
        CREATE INDEX customers_phone ON customers (phone) WHERE phone IS NOT NULL;
        CREATE INDEX customers_card ON customers (loyalty_card) WHERE loyalty_card IS NOT NULL;
        CREATE TABLE customer_merges (
            merged_id  TEXT PRIMARY KEY,
            into_id    TEXT NOT NULL,
            matched_on TEXT NOT NULL,
            source     TEXT NOT NULL,
            merged_at  TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX customer_merges_into ON customer_merges (into_id);
        CREATE TABLE erased_contacts (
            contact_hash TEXT PRIMARY KEY,
            erased_at    TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE customer_facts (
            customer_id TEXT NOT NULL,
            device_id   TEXT NOT NULL,
            epoch       INTEGER NOT NULL,
            seq         INTEGER NOT NULL,
            PRIMARY KEY (customer_id, device_id, epoch, seq)
        ) WITHOUT ROWID;
        CREATE TABLE customer_reads (
            id          INTEGER PRIMARY KEY,
            customer_id TEXT NOT NULL,
            reader      TEXT NOT NULL,
            purpose     TEXT NOT NULL,
            read_at     TEXT NOT NULL
        );
        CREATE INDEX customer_reads_customer ON customer_reads (customer_id, id);
        CREATE TABLE customer_documents (
            customer_id TEXT NOT NULL,
            kind        TEXT NOT NULL,
            channel     TEXT NOT NULL,
            number      TEXT NOT NULL,
            document_id TEXT NOT NULL,
            store_id    TEXT NOT NULL,
            at          TEXT NOT NULL,
            total_cents INTEGER NOT NULL,
            PRIMARY KEY (customer_id, kind, number)
        ) WITHOUT ROWID;
        CREATE INDEX customer_documents_at ON customer_documents (customer_id, at);
        CREATE TABLE loyalty_entries (
            id           INTEGER PRIMARY KEY,
            customer_id  TEXT NOT NULL,
            kind         TEXT NOT NULL,
            points       INTEGER NOT NULL,
            earned       INTEGER NOT NULL,
            sale_receipt TEXT NOT NULL,
            document_id  TEXT NOT NULL,
            device_id    TEXT NOT NULL,
            epoch        INTEGER NOT NULL,
            seq          INTEGER NOT NULL,
            store_id     TEXT NOT NULL,
            at           TEXT NOT NULL
        );
        CREATE INDEX loyalty_entries_customer ON loyalty_entries (customer_id);
        CREATE INDEX loyalty_entries_sale ON loyalty_entries (sale_receipt);
    )sql");
}

// Version 9: each customer's suggestions as last computed (sync/server/CustomerSuggestions.h).
void migrateCentralTo9(core::Database& db) {
    db.exec(R"sql(
        CREATE TABLE customer_suggestions (
            customer_id TEXT PRIMARY KEY,
            body        TEXT NOT NULL,
            computed_at TEXT NOT NULL
        ) WITHOUT ROWID;
    )sql");
}

// Version 10: the tills' shifts and their Z reports.
void migrateCentralTo10(core::Database& db) {
    db.exec(R"sql(
        CREATE TABLE shifts (
            shift_id    TEXT PRIMARY KEY,
            device_id   TEXT NOT NULL,
            store_id    TEXT NOT NULL,
            till_id     TEXT NOT NULL,
            number      INTEGER NOT NULL,
            opened_at   TEXT NOT NULL,
            opened_by   TEXT NOT NULL,
            closed_at   TEXT,
            z_number    INTEGER,
            z_json      TEXT,
            received_at TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX shifts_till ON shifts (store_id, till_id, z_number);
        CREATE INDEX shifts_store_opened ON shifts (store_id, opened_at);
    )sql");
}

// Version 11: each shift's business day (the till's date at opening), and where its opening and
// its close stand in the till's stream of facts, so that central totals the sales and returns
// between them. Shifts recorded before are filled in from the inbox.
void migrateCentralTo11(core::Database& db) {
    db.exec(R"sql(
        ALTER TABLE shifts ADD COLUMN business_date TEXT;
        ALTER TABLE shifts ADD COLUMN opened_epoch INTEGER;
        ALTER TABLE shifts ADD COLUMN opened_seq INTEGER;
        ALTER TABLE shifts ADD COLUMN closed_epoch INTEGER;
        ALTER TABLE shifts ADD COLUMN closed_seq INTEGER;
        UPDATE shifts SET business_date = substr(opened_at, 1, 10);
        UPDATE shifts SET (opened_epoch, opened_seq) = (SELECT epoch, seq FROM inbox i WHERE i.device_id = shifts.device_id
            AND i.kind = 'shift.opened' AND json_extract(i.payload, '$.shift_id') = shifts.shift_id);
        UPDATE shifts SET (closed_epoch, closed_seq) = (SELECT epoch, seq FROM inbox i WHERE i.device_id = shifts.device_id
            AND i.kind = 'shift.closed' AND json_extract(i.payload, '$.shift_id') = shifts.shift_id);
        CREATE INDEX shifts_store_day ON shifts (store_id, business_date);
        CREATE INDEX sales_stream ON sales (device_id, epoch, seq);
        CREATE INDEX returns_stream ON returns (device_id, epoch, seq);
    )sql");
}

// Version 12: pickup orders (buy online, pick up in store): each as it stands, what open ones hold
// of their store's stock, and their steps in arrival order for integrations and the store's tills.
void migrateCentralTo12(core::Database& db) {
    db.exec(R"sql(
        CREATE TABLE pickups (
            order_no   TEXT PRIMARY KEY,
            store_id   TEXT NOT NULL,
            status     TEXT NOT NULL,
            placed_at  TEXT NOT NULL,
            collect_by TEXT,
            body       TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX pickups_store ON pickups (store_id, status, placed_at);
        CREATE INDEX pickups_due ON pickups (status, collect_by);

        CREATE TABLE pickup_reservations (
            order_no       TEXT NOT NULL,
            line           INTEGER NOT NULL,
            store_id       TEXT NOT NULL,
            sku            TEXT NOT NULL,
            reserved_milli INTEGER NOT NULL,
            PRIMARY KEY (order_no, line)
        ) WITHOUT ROWID;
        CREATE INDEX pickup_reservations_item ON pickup_reservations (store_id, sku);

        CREATE TABLE pickup_changes (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            order_no    TEXT NOT NULL,
            store_id    TEXT NOT NULL,
            status      TEXT NOT NULL,
            at          TEXT NOT NULL,
            source      TEXT NOT NULL,
            document_id TEXT NOT NULL,
            detail      TEXT NOT NULL
        );
        CREATE INDEX pickup_changes_store ON pickup_changes (store_id, id);

        -- The web shop asks what an item has at every store before it promises a pickup.
        CREATE INDEX stock_movements_by_sku ON stock_movements (sku, location);
    )sql");
}

// Version 13: a voucher's code carries a secret, of which central keeps the check (NULL: a
// voucher from before, spent by its number until head office reissues it); who marked a refund
// paid; the audit trail of changes of money and rights, from the tills and through central's API.
void migrateCentralTo13(core::Database& db) {
    db.exec(R"sql(
        ALTER TABLE vouchers ADD COLUMN check_hash TEXT;
        ALTER TABLE refunds ADD COLUMN paid_by TEXT;
        CREATE INDEX vouchers_legacy ON vouchers (number) WHERE check_hash IS NULL AND balance_cents > 0;
        -- Returns whose store receipt has not arrived are looked for by age (sale_never_arrived).
        CREATE INDEX returns_store_received ON returns (original_channel, received_at);
        CREATE INDEX exceptions_kind_document ON exceptions (kind, document_id);

        CREATE TABLE audit (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            document_id TEXT NOT NULL UNIQUE,
            kind        TEXT NOT NULL,
            store_id    TEXT NOT NULL,
            till_id     TEXT NOT NULL,
            actor       TEXT NOT NULL,
            subject     TEXT NOT NULL,
            before      TEXT,
            after       TEXT,
            detail      TEXT NOT NULL,
            at          TEXT NOT NULL,
            received_at TEXT NOT NULL
        );
        CREATE INDEX audit_store ON audit (store_id, id);
    )sql");
}

// Version 14: integration tokens get scopes (those made before hold every one), and central
// keeps when each was last used and when it was revoked.
void migrateCentralTo14(core::Database& db) {
    db.exec(R"sql(
        ALTER TABLE integration_tokens ADD COLUMN scopes TEXT NOT NULL DEFAULT 'all';
        ALTER TABLE integration_tokens ADD COLUMN last_used_at TEXT;
        ALTER TABLE integration_tokens ADD COLUMN revoked_at TEXT;
    )sql");
}

// Version 15: what a till's first load needs of each customer, derived as central writes them
// (CustomerFeedForms in CentralStore.h): their home store and a member's limited record.
void migrateCentralTo15(core::Database& db) {
    db.exec(R"sql(
        ALTER TABLE master_data ADD COLUMN home_store TEXT;
        ALTER TABLE master_data ADD COLUMN limited_item TEXT;
        ALTER TABLE master_data ADD COLUMN limited_key TEXT;
    )sql");
}

struct Step {
    int version;
    void (*apply)(core::Database&);
};

// Central's schema on SQLite, one step per version of central's schema (CentralSchema.h).
constexpr Step kSteps[] = {
    {1, migrateCentralTo1},   {2, migrateCentralTo2},   {3, migrateCentralTo3},   {4, migrateCentralTo4},
    {5, migrateCentralTo5},   {6, migrateCentralTo6},   {7, migrateCentralTo7},   {8, migrateCentralTo8},
    {9, migrateCentralTo9},   {10, migrateCentralTo10}, {11, migrateCentralTo11}, {12, migrateCentralTo12},
    {13, migrateCentralTo13}, {14, migrateCentralTo14}, {15, migrateCentralTo15},
};
static_assert(std::size(kSteps) == kCentralSchemaVersion &&
                  kSteps[std::size(kSteps) - 1].version == kCentralSchemaVersion,
              "every version of central's schema has its SQLite step");

} // namespace

void migrateSqliteCentral(core::Database& db) {
    const int current = db.userVersion();
    if (current > kCentralSchemaVersion) {
        throw core::StoreError(1, newerSchemaMessage(db.path(), current));
    }
    if (current == kCentralSchemaVersion) {
        return;
    }
    core::Transaction transaction(db);
    for (const Step& step : kSteps) {
        if (current < step.version) {
            step.apply(db);
        }
    }
    db.setUserVersion(kCentralSchemaVersion);
    transaction.commit();
}

} // namespace kassa::sync
