#include "PostgresCentralSchema.h"

#include "CentralSchema.h"
#include "CentralSecrets.h"

#include <algorithm>
#include <iterator>
#include <string>

namespace kassa::sync {

namespace {

// Schema changes are made under this advisory lock, so central processes starting together
// migrate once.
constexpr std::int64_t kSchemaLock = 0x4b61737361000001;

// Version 3: what SQLite's versions 1 to 3 hold, in PostgreSQL's types (central on PostgreSQL
// begins here). Times are ISO 8601 text in
// UTC, as on SQLite, so both backends read and write them alike.
const char kVersion3[] = R"sql(
    CREATE TABLE central_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE tills (
        device_id         TEXT PRIMARY KEY,
        store_id          TEXT NOT NULL,
        till_id           TEXT NOT NULL,
        quarantined       BOOLEAN NOT NULL DEFAULT false,
        quarantine_reason TEXT,
        last_seen_at      TEXT,
        last_lag_ms       BIGINT
    );
    -- Every event ever received, once: the key is what makes a resend harmless.
    CREATE TABLE inbox (
        device_id      TEXT NOT NULL,
        epoch          INTEGER NOT NULL,
        seq            BIGINT NOT NULL,
        document_id    TEXT NOT NULL,
        kind           TEXT NOT NULL,
        schema_version INTEGER NOT NULL,
        payload_hash   TEXT NOT NULL,
        payload        TEXT NOT NULL,
        chain_hash     TEXT,
        received_at    TEXT NOT NULL,
        applied_at     TEXT,
        PRIMARY KEY (device_id, epoch, seq)
    );
    CREATE INDEX inbox_held ON inbox (device_id, epoch, seq) WHERE applied_at IS NULL;
    CREATE TABLE device_progress (
        device_id        TEXT NOT NULL,
        epoch            INTEGER NOT NULL,
        high_water_mark  BIGINT NOT NULL,
        last_chain_hash  TEXT NOT NULL,
        last_sale_number BIGINT NOT NULL,
        PRIMARY KEY (device_id, epoch)
    );
    -- id orders rows as they were written; cursor is what readers page by, given to committed
    -- rows only (see numberForReaders).
    CREATE TABLE sales (
        id             BIGSERIAL PRIMARY KEY,
        cursor         BIGINT UNIQUE,
        document_id    TEXT NOT NULL UNIQUE,
        device_id      TEXT NOT NULL,
        epoch          INTEGER NOT NULL,
        seq            BIGINT NOT NULL,
        store_id       TEXT NOT NULL,
        till_id        TEXT NOT NULL,
        receipt_number TEXT NOT NULL,
        total_cents    BIGINT NOT NULL,
        completed_at   TEXT NOT NULL,
        received_at    TEXT NOT NULL,
        body           TEXT NOT NULL
    );
    CREATE INDEX sales_unnumbered ON sales (id) WHERE cursor IS NULL;
    CREATE TABLE enrollment_codes (
        code_hash  TEXT PRIMARY KEY,
        store_id   TEXT NOT NULL,
        till_id    TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at    TEXT,
        device_id  TEXT
    );
    CREATE TABLE integration_tokens (
        token_hash TEXT PRIMARY KEY,
        name       TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE exceptions (
        id          BIGSERIAL PRIMARY KEY,
        cursor      BIGINT UNIQUE,
        kind        TEXT NOT NULL,
        device_id   TEXT NOT NULL,
        store_id    TEXT NOT NULL,
        till_id     TEXT NOT NULL,
        document_id TEXT NOT NULL,
        detail      TEXT NOT NULL,
        raised_at   TEXT NOT NULL
    );
    CREATE INDEX exceptions_unnumbered ON exceptions (id) WHERE cursor IS NULL;
    CREATE TABLE master_data (
        feed      TEXT NOT NULL,
        key       TEXT NOT NULL,
        change_no BIGINT NOT NULL UNIQUE,
        removed   BOOLEAN NOT NULL DEFAULT false,
        item      TEXT NOT NULL,
        PRIMARY KEY (feed, key)
    );
    CREATE TABLE master_gtins (
        gtin TEXT PRIMARY KEY,
        sku  TEXT NOT NULL
    );
    CREATE INDEX master_gtins_sku ON master_gtins (sku);
    CREATE TABLE till_certificates (
        fingerprint TEXT PRIMARY KEY,
        device_id   TEXT NOT NULL,
        store_id    TEXT NOT NULL,
        till_id     TEXT NOT NULL,
        issued_at   TEXT NOT NULL,
        revoked_at  TEXT
    );
)sql";

// Version 4: every sold line of any channel with what has been returned of it, and the web
// orders. Receipts central already has are entered from their stored bodies.
const char kVersion4[] = R"sql(
    CREATE TABLE web_orders (
        order_no    TEXT PRIMARY KEY,
        placed_at   TEXT NOT NULL,
        payment     TEXT NOT NULL,
        body        TEXT NOT NULL,
        received_at TEXT NOT NULL
    );
    CREATE TABLE sold_lines (
        channel          TEXT NOT NULL,
        document         TEXT NOT NULL,
        line             INTEGER NOT NULL,
        store_id         TEXT NOT NULL DEFAULT '',
        sold_at          TEXT NOT NULL,
        sku              TEXT NOT NULL,
        quantity_milli   BIGINT NOT NULL,
        unit_price_cents BIGINT NOT NULL,
        net_cents        BIGINT NOT NULL,
        tax_code         TEXT NOT NULL,
        returned_milli   BIGINT NOT NULL DEFAULT 0,
        PRIMARY KEY (channel, document, line)
    );
    INSERT INTO sold_lines (channel, document, line, store_id, sold_at, sku, quantity_milli, unit_price_cents,
                            net_cents, tax_code)
        SELECT 'store', s.receipt_number, (l->>'line')::int, s.store_id, s.completed_at, l->>'sku',
               (l->>'quantity_milli')::bigint, (l->>'unit_price')::bigint, (l->>'net')::bigint, l->>'tax_code'
        FROM sales s, json_array_elements(s.body::json->'lines') l
        WHERE NOT (l->>'voided')::boolean
        ORDER BY s.id
        ON CONFLICT DO NOTHING;
)sql";

// Version 5: returns (see SqliteCentralSchema.cpp's version 5 for the why of each table). Returns,
// stock movements and refunds are paged by a cursor given to committed rows only.
const char kVersion5[] = R"sql(
    CREATE TABLE returns (
        id               BIGSERIAL PRIMARY KEY,
        cursor           BIGINT UNIQUE,
        document_id      TEXT NOT NULL UNIQUE,
        device_id        TEXT NOT NULL,
        epoch            INTEGER NOT NULL,
        seq              BIGINT NOT NULL,
        store_id         TEXT NOT NULL,
        till_id          TEXT NOT NULL,
        receipt_number   TEXT NOT NULL,
        original_channel TEXT NOT NULL,
        original_number  TEXT NOT NULL,
        total_cents      BIGINT NOT NULL,
        decided_offline  BOOLEAN NOT NULL,
        completed_at     TEXT NOT NULL,
        received_at      TEXT NOT NULL,
        body             TEXT NOT NULL
    );
    CREATE INDEX returns_unnumbered ON returns (id) WHERE cursor IS NULL;
    CREATE TABLE returned_lines (
        id                 BIGSERIAL PRIMARY KEY,
        return_document_id TEXT NOT NULL,
        return_receipt     TEXT NOT NULL,
        store_id           TEXT NOT NULL,
        channel            TEXT NOT NULL,
        document           TEXT NOT NULL,
        line               INTEGER NOT NULL,
        quantity_milli     BIGINT NOT NULL
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
    );
    CREATE INDEX return_leases_open ON return_leases (channel, document) WHERE ended_at IS NULL;
    CREATE TABLE return_lease_lines (
        lease_id       TEXT NOT NULL,
        line           INTEGER NOT NULL,
        quantity_milli BIGINT NOT NULL,
        PRIMARY KEY (lease_id, line)
    );
    CREATE TABLE stock_movements (
        id          BIGSERIAL PRIMARY KEY,
        cursor      BIGINT UNIQUE,
        location    TEXT NOT NULL,
        sku         TEXT NOT NULL,
        delta_milli BIGINT NOT NULL,
        kind        TEXT NOT NULL,
        disposition TEXT NOT NULL,
        document_id TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        received_at TEXT NOT NULL
    );
    CREATE INDEX stock_movements_unnumbered ON stock_movements (id) WHERE cursor IS NULL;
    CREATE INDEX stock_movements_item ON stock_movements (location, sku);
    CREATE TABLE refunds (
        id                 BIGSERIAL PRIMARY KEY,
        cursor             BIGINT UNIQUE,
        return_document_id TEXT NOT NULL,
        return_receipt     TEXT NOT NULL,
        store_id           TEXT NOT NULL,
        original_channel   TEXT NOT NULL,
        original_number    TEXT NOT NULL,
        payment            TEXT NOT NULL,
        amount_cents       BIGINT NOT NULL,
        status             TEXT NOT NULL CHECK (status IN ('pending', 'paid')),
        created_at         TEXT NOT NULL,
        paid_at            TEXT,
        paid_reference     TEXT
    );
    CREATE INDEX refunds_unnumbered ON refunds (id) WHERE cursor IS NULL;
    CREATE TABLE vouchers (
        number        TEXT PRIMARY KEY,
        issued_by     TEXT NOT NULL,
        store_id      TEXT NOT NULL,
        amount_cents  BIGINT NOT NULL,
        balance_cents BIGINT NOT NULL,
        issued_at     TEXT NOT NULL
    );
    ALTER TABLE exceptions ADD COLUMN other_stores TEXT NOT NULL DEFAULT '';
    ALTER TABLE till_certificates ADD COLUMN pem TEXT;
    CREATE TABLE sold_payments (
        channel      TEXT NOT NULL,
        document     TEXT NOT NULL,
        position     INTEGER NOT NULL,
        kind         TEXT NOT NULL,
        amount_cents BIGINT NOT NULL,
        auth_code    TEXT NOT NULL DEFAULT '',
        masked_pan   TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (channel, document, position)
    );
    INSERT INTO sold_payments (channel, document, position, kind, amount_cents, auth_code, masked_pan)
        SELECT 'store', s.receipt_number, t.n, t.v->>'kind', (t.v->>'amount')::bigint, coalesce(t.v->>'auth_code', ''),
               coalesce(t.v->>'masked_pan', '')
        FROM sales s, json_array_elements(s.body::json->'tenders') WITH ORDINALITY AS t(v, n)
        ON CONFLICT DO NOTHING;
    INSERT INTO master_data (feed, key, change_no, removed, item)
        SELECT 'web_orders', w.order_no,
               (SELECT coalesce(max(change_no), 0) FROM master_data) + row_number() OVER (ORDER BY w.placed_at),
               false, (w.body::jsonb - 'customer')::text
        FROM web_orders w;
    INSERT INTO sold_payments (channel, document, position, kind, amount_cents)
        SELECT 'web', w.order_no, 1, w.payment,
               (SELECT coalesce(sum(net_cents), 0) FROM sold_lines l WHERE l.channel = 'web' AND l.document = w.order_no)
        FROM web_orders w
        ON CONFLICT DO NOTHING;
)sql";

// Version 6: vouchers spent as a tender, every spend kept in arrival order; vouchers with a
// balance go to the tills in feed vouchers. Sales recorded so far enter the stock ledger.
const char kVersion6[] = R"sql(
    CREATE TABLE voucher_spends (
        id           BIGSERIAL PRIMARY KEY,
        number       TEXT NOT NULL,
        document_id  TEXT NOT NULL,
        receipt      TEXT NOT NULL,
        store_id     TEXT NOT NULL,
        amount_cents BIGINT NOT NULL,
        received_at  TEXT NOT NULL
    );
    CREATE INDEX voucher_spends_number ON voucher_spends (number);
    CREATE INDEX stock_movements_document ON stock_movements (document_id);
    CREATE INDEX stock_movements_counts ON stock_movements (location, sku, recorded_at) WHERE kind = 'count';
    INSERT INTO stock_movements (location, sku, delta_milli, kind, disposition, document_id, recorded_at, received_at)
        SELECT s.store_id, l.v->>'sku', -((l.v->>'quantity_milli')::bigint), 'sale', 'sellable', s.document_id,
               to_char((s.body::json->>'completed_at')::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
               s.received_at
        FROM sales s, json_array_elements(s.body::json->'lines') WITH ORDINALITY AS l(v, n)
        WHERE (l.v->>'voided')::boolean = false ORDER BY s.id, l.n;
    INSERT INTO master_data (feed, key, change_no, removed, item)
        SELECT 'vouchers', v.number,
               (SELECT coalesce(max(change_no), 0) FROM master_data) + row_number() OVER (ORDER BY v.number), false,
               json_build_object('number', v.number, 'store_id', v.store_id,
                                 'amount', to_char(v.amount_cents / 100.0, 'FM999999990.00'),
                                 'balance', to_char(v.balance_cents / 100.0, 'FM999999990.00'),
                                 'issued_at', v.issued_at, 'spent_by', json_build_array())::text
        FROM vouchers v WHERE v.balance_cents > 0;
)sql";

// Version 7: stock across locations.
const char kVersion7[] = R"sql(
    CREATE TABLE stock_receipts (
        kind        TEXT NOT NULL,
        number      TEXT NOT NULL,
        document_id TEXT NOT NULL,
        store_id    TEXT NOT NULL,
        till_id     TEXT NOT NULL,
        received_at TEXT NOT NULL,
        PRIMARY KEY (kind, number)
    );
    CREATE INDEX stock_movements_feed ON stock_movements (location, cursor);
)sql";

// Version 8: customers as master data.
const char kVersion8[] = R"sql(
    CREATE TABLE customers (
        id           TEXT PRIMARY KEY,
        body         TEXT,
        email        TEXT,
        phone        TEXT,
        loyalty_card TEXT,
        merged_into  TEXT,
        erased_at    TEXT
    );
    CREATE INDEX customers_email ON customers (email) WHERE email IS NOT NULL;
    CREATE INDEX customers_phone ON customers (phone) WHERE phone IS NOT NULL;
    CREATE INDEX customers_card ON customers (loyalty_card) WHERE loyalty_card IS NOT NULL;
    CREATE TABLE customer_merges (
        merged_id  TEXT PRIMARY KEY,
        into_id    TEXT NOT NULL,
        matched_on TEXT NOT NULL,
        source     TEXT NOT NULL,
        merged_at  TEXT NOT NULL
    );
    CREATE INDEX customer_merges_into ON customer_merges (into_id);
    CREATE TABLE erased_contacts (
        contact_hash TEXT PRIMARY KEY,
        erased_at    TEXT NOT NULL
    );
    CREATE TABLE customer_facts (
        customer_id TEXT NOT NULL,
        device_id   TEXT NOT NULL,
        epoch       INTEGER NOT NULL,
        seq         BIGINT NOT NULL,
        PRIMARY KEY (customer_id, device_id, epoch, seq)
    );
    CREATE TABLE customer_reads (
        id          BIGSERIAL PRIMARY KEY,
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
        total_cents BIGINT NOT NULL,
        PRIMARY KEY (customer_id, kind, number)
    );
    CREATE INDEX customer_documents_at ON customer_documents (customer_id, at);
    CREATE TABLE loyalty_entries (
        id           BIGSERIAL PRIMARY KEY,
        customer_id  TEXT NOT NULL,
        kind         TEXT NOT NULL,
        points       BIGINT NOT NULL,
        earned       BIGINT NOT NULL,
        sale_receipt TEXT NOT NULL,
        document_id  TEXT NOT NULL,
        device_id    TEXT NOT NULL,
        epoch        INTEGER NOT NULL,
        seq          BIGINT NOT NULL,
        store_id     TEXT NOT NULL,
        at           TEXT NOT NULL
    );
    CREATE INDEX loyalty_entries_customer ON loyalty_entries (customer_id);
    CREATE INDEX loyalty_entries_sale ON loyalty_entries (sale_receipt);
)sql";

// Version 9: each customer's suggestions as last computed (sync/server/CustomerSuggestions.h).
const char kVersion9[] = R"sql(
    CREATE TABLE customer_suggestions (
        customer_id TEXT PRIMARY KEY,
        body        TEXT NOT NULL,
        computed_at TEXT NOT NULL
    );
)sql";

// Version 10: the tills' shifts and their Z reports.
const char kVersion10[] = R"sql(
    CREATE TABLE shifts (
        shift_id    TEXT PRIMARY KEY,
        device_id   TEXT NOT NULL,
        store_id    TEXT NOT NULL,
        till_id     TEXT NOT NULL,
        number      BIGINT NOT NULL,
        opened_at   TEXT NOT NULL,
        opened_by   TEXT NOT NULL,
        closed_at   TEXT,
        z_number    BIGINT,
        z_json      TEXT,
        received_at TEXT NOT NULL
    );
    CREATE INDEX shifts_till ON shifts (store_id, till_id, z_number);
    CREATE INDEX shifts_store_opened ON shifts (store_id, opened_at);
)sql";

// Version 11: each shift's business day and where its opening and close stand in the till's
// stream of facts; shifts recorded before are filled in from the inbox.
const char kVersion11[] = R"sql(
    ALTER TABLE shifts ADD COLUMN business_date TEXT;
    ALTER TABLE shifts ADD COLUMN opened_epoch INTEGER;
    ALTER TABLE shifts ADD COLUMN opened_seq BIGINT;
    ALTER TABLE shifts ADD COLUMN closed_epoch INTEGER;
    ALTER TABLE shifts ADD COLUMN closed_seq BIGINT;
    UPDATE shifts SET business_date = substr(opened_at, 1, 10);
    UPDATE shifts SET (opened_epoch, opened_seq) = (SELECT epoch, seq FROM inbox i WHERE i.device_id = shifts.device_id
        AND i.kind = 'shift.opened' AND i.payload::json->>'shift_id' = shifts.shift_id);
    UPDATE shifts SET (closed_epoch, closed_seq) = (SELECT epoch, seq FROM inbox i WHERE i.device_id = shifts.device_id
        AND i.kind = 'shift.closed' AND i.payload::json->>'shift_id' = shifts.shift_id);
    CREATE INDEX shifts_store_day ON shifts (store_id, business_date);
    CREATE INDEX sales_stream ON sales (device_id, epoch, seq);
    CREATE INDEX returns_stream ON returns (device_id, epoch, seq);
)sql";

// Version 12: pickup orders, what open ones reserve of their store's stock, and their steps
// (numbered for readers like sales: see numberForReaders).
const char kVersion12[] = R"sql(
    CREATE TABLE pickups (
        order_no   TEXT PRIMARY KEY,
        store_id   TEXT NOT NULL,
        status     TEXT NOT NULL,
        placed_at  TEXT NOT NULL,
        collect_by TEXT,
        body       TEXT NOT NULL
    );
    CREATE INDEX pickups_store ON pickups (store_id, status, placed_at);
    CREATE INDEX pickups_due ON pickups (status, collect_by);
    CREATE TABLE pickup_reservations (
        order_no       TEXT NOT NULL,
        line           INTEGER NOT NULL,
        store_id       TEXT NOT NULL,
        sku            TEXT NOT NULL,
        reserved_milli BIGINT NOT NULL,
        PRIMARY KEY (order_no, line)
    );
    CREATE INDEX pickup_reservations_item ON pickup_reservations (store_id, sku);
    CREATE TABLE pickup_changes (
        id          BIGSERIAL PRIMARY KEY,
        cursor      BIGINT UNIQUE,
        order_no    TEXT NOT NULL,
        store_id    TEXT NOT NULL,
        status      TEXT NOT NULL,
        at          TEXT NOT NULL,
        source      TEXT NOT NULL,
        document_id TEXT NOT NULL,
        detail      TEXT NOT NULL
    );
    CREATE INDEX pickup_changes_unnumbered ON pickup_changes (id) WHERE cursor IS NULL;
    CREATE INDEX pickup_changes_store ON pickup_changes (store_id, cursor);
    CREATE INDEX stock_movements_by_sku ON stock_movements (sku, location);
)sql";

// Version 13: a voucher's code's check (NULL: a legacy voucher), who marked a refund paid, and
// the audit trail (numbered
// for readers like sales: see numberForReaders).
const char kVersion13[] = R"sql(
    ALTER TABLE vouchers ADD COLUMN check_hash TEXT;
    ALTER TABLE refunds ADD COLUMN paid_by TEXT;
    CREATE INDEX vouchers_legacy ON vouchers (number) WHERE check_hash IS NULL AND balance_cents > 0;
    -- Returns whose store receipt has not arrived are looked for by age (sale_never_arrived).
    CREATE INDEX returns_store_received ON returns (original_channel, received_at);
    CREATE INDEX exceptions_kind_document ON exceptions (kind, document_id);
    CREATE TABLE audit (
        id          BIGSERIAL PRIMARY KEY,
        cursor      BIGINT UNIQUE,
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
    CREATE INDEX audit_unnumbered ON audit (id) WHERE cursor IS NULL;
    CREATE INDEX audit_store ON audit (store_id, cursor);
)sql";

// Version 14: integration tokens get scopes, when each was last used and when it was revoked.
constexpr char kVersion14[] = R"sql(
    ALTER TABLE integration_tokens ADD COLUMN scopes TEXT NOT NULL DEFAULT 'all',
        ADD COLUMN last_used_at TEXT, ADD COLUMN revoked_at TEXT;
)sql";

// Version 15: what a till's first load needs of each customer, derived as central writes them
// (CustomerFeedForms in CentralStore.h): their home store and a member's limited record.
constexpr char kVersion15[] = R"sql(
    ALTER TABLE master_data ADD COLUMN home_store TEXT, ADD COLUMN limited_item TEXT, ADD COLUMN limited_key TEXT;
)sql";

struct Step {
    int version;
    const char* sql;
};

// Central's schema on PostgreSQL, one step per version of central's schema (CentralSchema.h).
// Central on PostgreSQL began at version 3: its first step creates what SQLite's first three did.
constexpr Step kSteps[] = {
    {3, kVersion3},   {4, kVersion4},   {5, kVersion5},   {6, kVersion6},   {7, kVersion7},
    {8, kVersion8},   {9, kVersion9},   {10, kVersion10}, {11, kVersion11}, {12, kVersion12},
    {13, kVersion13}, {14, kVersion14}, {15, kVersion15},
};
static_assert(kSteps[std::size(kSteps) - 1].version == kCentralSchemaVersion,
              "every version of central's schema has its PostgreSQL step");

// Until central's backends shared one schema number, PostgreSQL counted its own from 1 (its 1
// was central's 3) under the key schema_version. Since then "schema" holds the shared number,
// and schema_version the same (see storeVersion).
constexpr int kOwnCountBegan = 2;

struct StoredVersion {
    int version = 0;
    bool shared = false; // written with the shared number
};

StoredVersion storedVersion(PgConnection& db) {
    if (!db.exec("SELECT to_regclass('central_meta') IS NOT NULL").boolean(0, 0)) {
        return {};
    }
    const PgResult shared = db.exec("SELECT value FROM central_meta WHERE key = 'schema'");
    const PgResult own = db.exec("SELECT value FROM central_meta WHERE key = 'schema_version'");
    const int ownVersion = own.rows() == 0 ? 0 : static_cast<int>(own.int64(0, 0));
    if (shared.rows() == 0) {
        return {ownVersion == 0 ? 0 : ownVersion + kOwnCountBegan, false};
    }
    return {std::max(static_cast<int>(shared.int64(0, 0)), ownVersion), true};
}

void storeVersion(PgConnection& db, int version) {
    // schema_version carries the same number, so that a kassa-central from before the shared
    // number refuses a database it no longer knows instead of reading it as its own.
    for (const char* key : {"schema", "schema_version"}) {
        db.exec("INSERT INTO central_meta (key, value) VALUES ($1, $2) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                {QString::fromLatin1(key), QString::number(version)});
    }
}

} // namespace

void migratePostgresCentral(PgConnection& db, const QString& url) {
    PgTransaction transaction(db);
    db.exec("SELECT pg_advisory_xact_lock($1)", {kSchemaLock});
    const auto [current, shared] = storedVersion(db);
    if (current > kCentralSchemaVersion) {
        throw core::StoreError(1, newerSchemaMessage(redactedDatabaseUrl(url), current));
    }
    if (current == kCentralSchemaVersion && shared) {
        return;
    }
    for (const Step& step : kSteps) {
        if (current < step.version) {
            db.script(step.sql);
            if (step.version == kSteps[0].version) {
                db.exec("INSERT INTO central_meta (key, value) VALUES ('generation', $1)", {newGeneration()});
            }
        }
    }
    storeVersion(db, kCentralSchemaVersion);
    transaction.commit();
}

} // namespace kassa::sync
