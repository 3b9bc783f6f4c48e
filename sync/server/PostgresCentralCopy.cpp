// A central on SQLite copied into an empty PostgreSQL database (`kassa-central migrate --to`):
// every table, row for row, in one transaction, each table's count checked before the commit,
// the sequences moved on past the copied ids and central's generation kept, so tills and
// integrations carry on where they were.

#include "Postgres.h"
#include "PostgresCentralStore.h"
#include "core/store/Database.h"

#include <string>

namespace kassa::sync {

namespace {

// A table as SQLite's schema 5 holds it and how its rows go into PostgreSQL's. Values travel as
// text (PostgreSQL reads "1"/"0" as booleans and digits as numbers); sales and exceptions keep
// their SQLite id as the cursor integrations already hold.
struct CopiedTable {
    const char* name;
    const char* sqliteSelect;
    const char* postgresInsert;
};

constexpr CopiedTable kCopiedTables[] = {
    {"tills",
     "SELECT device_id, store_id, till_id, quarantined, quarantine_reason, last_seen_at, last_lag_ms FROM tills",
     "INSERT INTO tills (device_id, store_id, till_id, quarantined, quarantine_reason, last_seen_at, last_lag_ms) "
     "VALUES ($1, $2, $3, $4, $5, $6, $7)"},
    {"inbox",
     "SELECT device_id, epoch, seq, document_id, kind, schema_version, payload_hash, payload, chain_hash, "
     "received_at, applied_at FROM inbox",
     "INSERT INTO inbox (device_id, epoch, seq, document_id, kind, schema_version, payload_hash, payload, "
     "chain_hash, received_at, applied_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"},
    {"device_progress",
     "SELECT device_id, epoch, high_water_mark, last_chain_hash, last_sale_number FROM device_progress",
     "INSERT INTO device_progress (device_id, epoch, high_water_mark, last_chain_hash, last_sale_number) "
     "VALUES ($1, $2, $3, $4, $5)"},
    {"sales",
     "SELECT id, id, document_id, device_id, epoch, seq, store_id, till_id, receipt_number, total_cents, "
     "completed_at, received_at, body FROM sales",
     "INSERT INTO sales (id, cursor, document_id, device_id, epoch, seq, store_id, till_id, receipt_number, "
     "total_cents, completed_at, received_at, body) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)"},
    {"enrollment_codes", "SELECT code_hash, store_id, till_id, expires_at, used_at, device_id FROM enrollment_codes",
     "INSERT INTO enrollment_codes (code_hash, store_id, till_id, expires_at, used_at, device_id) "
     "VALUES ($1, $2, $3, $4, $5, $6)"},
    {"integration_tokens",
     "SELECT token_hash, name, created_at, scopes, last_used_at, revoked_at FROM integration_tokens",
     "INSERT INTO integration_tokens (token_hash, name, created_at, scopes, last_used_at, revoked_at) "
     "VALUES ($1, $2, $3, $4, $5, $6)"},
    {"exceptions",
     "SELECT id, id, kind, device_id, store_id, till_id, document_id, detail, raised_at, other_stores FROM exceptions",
     "INSERT INTO exceptions (id, cursor, kind, device_id, store_id, till_id, document_id, detail, raised_at, "
     "other_stores) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"},
    {"master_data",
     "SELECT feed, key, change_no, removed, item, home_store, limited_item, limited_key FROM master_data",
     "INSERT INTO master_data (feed, key, change_no, removed, item, home_store, limited_item, limited_key) "
     "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"},
    {"master_gtins", "SELECT gtin, sku FROM master_gtins", "INSERT INTO master_gtins (gtin, sku) VALUES ($1, $2)"},
    {"web_orders", "SELECT order_no, placed_at, payment, body, received_at FROM web_orders",
     "INSERT INTO web_orders (order_no, placed_at, payment, body, received_at) VALUES ($1, $2, $3, $4, $5)"},
    {"sold_lines",
     "SELECT channel, document, line, store_id, sold_at, sku, quantity_milli, unit_price_cents, net_cents, tax_code, "
     "returned_milli FROM sold_lines",
     "INSERT INTO sold_lines (channel, document, line, store_id, sold_at, sku, quantity_milli, unit_price_cents, "
     "net_cents, tax_code, returned_milli) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"},
    {"till_certificates",
     "SELECT fingerprint, device_id, store_id, till_id, issued_at, revoked_at, pem FROM till_certificates",
     "INSERT INTO till_certificates (fingerprint, device_id, store_id, till_id, issued_at, revoked_at, pem) "
     "VALUES ($1, $2, $3, $4, $5, $6, $7)"},
    {"returns",
     "SELECT id, id, document_id, device_id, epoch, seq, store_id, till_id, receipt_number, original_channel, "
     "original_number, total_cents, decided_offline, completed_at, received_at, body FROM returns",
     "INSERT INTO returns (id, cursor, document_id, device_id, epoch, seq, store_id, till_id, receipt_number, "
     "original_channel, original_number, total_cents, decided_offline, completed_at, received_at, body) "
     "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)"},
    {"returned_lines",
     "SELECT id, return_document_id, return_receipt, store_id, channel, document, line, quantity_milli "
     "FROM returned_lines",
     "INSERT INTO returned_lines (id, return_document_id, return_receipt, store_id, channel, document, line, "
     "quantity_milli) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"},
    {"return_leases",
     "SELECT id, channel, document, device_id, store_id, till_id, created_at, expires_at, ended_at, ended_how "
     "FROM return_leases",
     "INSERT INTO return_leases (id, channel, document, device_id, store_id, till_id, created_at, expires_at, "
     "ended_at, ended_how) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"},
    {"return_lease_lines", "SELECT lease_id, line, quantity_milli FROM return_lease_lines",
     "INSERT INTO return_lease_lines (lease_id, line, quantity_milli) VALUES ($1, $2, $3)"},
    {"stock_movements",
     "SELECT id, id, location, sku, delta_milli, kind, disposition, document_id, recorded_at, received_at "
     "FROM stock_movements",
     "INSERT INTO stock_movements (id, cursor, location, sku, delta_milli, kind, disposition, document_id, "
     "recorded_at, received_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"},
    {"refunds",
     "SELECT id, id, return_document_id, return_receipt, store_id, original_channel, original_number, payment, "
     "amount_cents, status, created_at, paid_at, paid_reference, paid_by FROM refunds",
     "INSERT INTO refunds (id, cursor, return_document_id, return_receipt, store_id, original_channel, "
     "original_number, payment, amount_cents, status, created_at, paid_at, paid_reference, paid_by) "
     "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)"},
    {"sold_payments",
     "SELECT channel, document, position, kind, amount_cents, auth_code, masked_pan FROM sold_payments",
     "INSERT INTO sold_payments (channel, document, position, kind, amount_cents, auth_code, masked_pan) "
     "VALUES ($1, $2, $3, $4, $5, $6, $7)"},
    {"vouchers", "SELECT number, issued_by, store_id, amount_cents, balance_cents, issued_at, check_hash FROM vouchers",
     "INSERT INTO vouchers (number, issued_by, store_id, amount_cents, balance_cents, issued_at, check_hash) "
     "VALUES ($1, $2, $3, $4, $5, $6, $7)"},
    {"stock_receipts", "SELECT kind, number, document_id, store_id, till_id, received_at FROM stock_receipts",
     "INSERT INTO stock_receipts (kind, number, document_id, store_id, till_id, received_at) "
     "VALUES ($1, $2, $3, $4, $5, $6)"},
    {"voucher_spends",
     "SELECT id, number, document_id, receipt, store_id, amount_cents, received_at FROM voucher_spends",
     "INSERT INTO voucher_spends (id, number, document_id, receipt, store_id, amount_cents, received_at) "
     "VALUES ($1, $2, $3, $4, $5, $6, $7)"},
    {"customers", "SELECT id, body, email, phone, loyalty_card, merged_into, erased_at FROM customers",
     "INSERT INTO customers (id, body, email, phone, loyalty_card, merged_into, erased_at) "
     "VALUES ($1, $2, $3, $4, $5, $6, $7)"},
    {"customer_merges", "SELECT merged_id, into_id, matched_on, source, merged_at FROM customer_merges",
     "INSERT INTO customer_merges (merged_id, into_id, matched_on, source, merged_at) VALUES ($1, $2, $3, $4, $5)"},
    {"erased_contacts", "SELECT contact_hash, erased_at FROM erased_contacts",
     "INSERT INTO erased_contacts (contact_hash, erased_at) VALUES ($1, $2)"},
    {"customer_facts", "SELECT customer_id, device_id, epoch, seq FROM customer_facts",
     "INSERT INTO customer_facts (customer_id, device_id, epoch, seq) VALUES ($1, $2, $3, $4)"},
    {"customer_reads", "SELECT id, customer_id, reader, purpose, read_at FROM customer_reads",
     "INSERT INTO customer_reads (id, customer_id, reader, purpose, read_at) VALUES ($1, $2, $3, $4, $5)"},
    {"loyalty_entries",
     "SELECT id, customer_id, kind, points, earned, sale_receipt, document_id, device_id, epoch, seq, store_id, at "
     "FROM loyalty_entries",
     "INSERT INTO loyalty_entries (id, customer_id, kind, points, earned, sale_receipt, document_id, device_id, "
     "epoch, seq, store_id, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)"},
    {"customer_documents",
     "SELECT customer_id, kind, channel, number, document_id, store_id, at, total_cents FROM customer_documents",
     "INSERT INTO customer_documents (customer_id, kind, channel, number, document_id, store_id, at, total_cents) "
     "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"},
    {"customer_suggestions", "SELECT customer_id, body, computed_at FROM customer_suggestions",
     "INSERT INTO customer_suggestions (customer_id, body, computed_at) VALUES ($1, $2, $3)"},
    {"shifts",
     "SELECT shift_id, device_id, store_id, till_id, number, opened_at, opened_by, closed_at, z_number, z_json, "
     "received_at, business_date, opened_epoch, opened_seq, closed_epoch, closed_seq FROM shifts",
     "INSERT INTO shifts (shift_id, device_id, store_id, till_id, number, opened_at, opened_by, closed_at, z_number, "
     "z_json, received_at, business_date, opened_epoch, opened_seq, closed_epoch, closed_seq) "
     "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)"},
    {"pickups", "SELECT order_no, store_id, status, placed_at, collect_by, body FROM pickups",
     "INSERT INTO pickups (order_no, store_id, status, placed_at, collect_by, body) VALUES ($1, $2, $3, $4, $5, $6)"},
    {"pickup_reservations", "SELECT order_no, line, store_id, sku, reserved_milli FROM pickup_reservations",
     "INSERT INTO pickup_reservations (order_no, line, store_id, sku, reserved_milli) VALUES ($1, $2, $3, $4, $5)"},
    {"audit",
     "SELECT id, id, document_id, kind, store_id, till_id, actor, subject, before, after, detail, at, received_at "
     "FROM audit",
     "INSERT INTO audit (id, cursor, document_id, kind, store_id, till_id, actor, subject, before, after, detail, at, "
     "received_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)"},
    {"pickup_changes", "SELECT id, id, order_no, store_id, status, at, source, document_id, detail FROM pickup_changes",
     "INSERT INTO pickup_changes (id, cursor, order_no, store_id, status, at, source, document_id, detail) "
     "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"},
};

// The tables whose ids come from a sequence: new rows go on after the copied ids.
constexpr const char* kSerialTables[] = {"sales",           "exceptions",     "returns",        "returned_lines",
                                         "stock_movements", "refunds",        "voucher_spends", "customer_reads",
                                         "loyalty_entries", "pickup_changes", "audit"};

std::int64_t copyTable(core::Database& from, PgConnection& to, const CopiedTable& table) {
    const int columns = static_cast<int>(QByteArray(table.postgresInsert).count('$'));
    std::unique_ptr<core::Statement> rows = from.prepareOnce(QString::fromLatin1(table.sqliteSelect));
    std::int64_t copied = 0;
    std::vector<PgParam> values;
    while (rows->step()) {
        values.clear();
        for (int column = 0; column < columns; ++column) {
            values.push_back(rows->isNull(column) ? PgParam(std::nullopt) : PgParam(rows->text(column)));
        }
        to.exec(table.postgresInsert, values);
        ++copied;
    }
    return copied;
}

std::int64_t sqliteRows(core::Database& db, const char* table) {
    std::unique_ptr<core::Statement> count =
        db.prepareOnce(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table));
    count->step();
    return count->int64(0);
}

} // namespace

std::map<QString, std::int64_t> PostgresCentralStore::copyFromSqlite(const QString& sqliteFile) {
    core::Database from(sqliteFile, core::Database::Mode::ReadOnly);
    PgPool::Lease db = m_pool->acquire();
    PgTransaction transaction(*db);
    std::map<QString, std::int64_t> copied;
    for (const CopiedTable& table : kCopiedTables) {
        const std::int64_t rows = copyTable(from, *db, table);
        // A name from the list above, never input.
        const std::int64_t there = db->execOnce(QByteArray("SELECT count(*) FROM ") + table.name).int64(0, 0);
        const std::int64_t here = sqliteRows(from, table.name);
        if (there != here || rows != there) {
            throw core::StoreError(1, std::string("the copy of ") + table.name + " holds " + std::to_string(there) +
                                          " rows, the SQLite database " + std::to_string(here) + ": nothing was kept");
        }
        copied[QString::fromLatin1(table.name)] = rows;
    }
    for (const char* table : kSerialTables) {
        // A name from the list above, never input.
        db->execOnce(QByteArray("SELECT setval(pg_get_serial_sequence('") + table +
                     "', 'id'), coalesce(max(id), 0) + 1, false) FROM " + table);
    }
    core::Query generation = from.prepare("SELECT value FROM central_meta WHERE key = 'generation'");
    if (generation->step()) {
        db->exec("UPDATE central_meta SET value = $1 WHERE key = 'generation'", {generation->text(0)});
    }
    transaction.commit();
    return copied;
}

std::map<QString, std::int64_t> PostgresCentralStore::rowCounts() {
    PgPool::Lease db = m_pool->acquire();
    std::map<QString, std::int64_t> counts;
    for (const char* table : {"tills",
                              "inbox",
                              "device_progress",
                              "sales",
                              "enrollment_codes",
                              "integration_tokens",
                              "exceptions",
                              "master_data",
                              "master_gtins",
                              "till_certificates",
                              "web_orders",
                              "sold_lines",
                              "returns",
                              "returned_lines",
                              "return_leases",
                              "return_lease_lines",
                              "stock_movements",
                              "refunds",
                              "vouchers",
                              "voucher_spends",
                              "audit",
                              "sold_payments",
                              "stock_receipts",
                              "customers",
                              "customer_merges",
                              "erased_contacts",
                              "customer_facts",
                              "customer_reads",
                              "customer_documents",
                              "loyalty_entries",
                              "customer_suggestions",
                              "shifts",
                              "pickups",
                              "pickup_reservations",
                              "pickup_changes"}) {
        // A name from this list, never input.
        counts[QString::fromLatin1(table)] = db->execOnce(QByteArray("SELECT count(*) FROM ") + table).int64(0, 0);
    }
    return counts;
}

} // namespace kassa::sync
