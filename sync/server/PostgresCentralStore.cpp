#include "PostgresCentralStore.h"

#include "CentralSecrets.h"
#include "Postgres.h"
#include "PostgresCentralSchema.h"
#include "SaleNeverArrived.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kassa::sync {

namespace {

// Advisory lock keys (one 64-bit namespace per database; schema changes have
// PostgresCentralSchema.cpp's): master-data writers, and the numbering of sales and exceptions
// for their readers.
constexpr std::int64_t kMasterDataLock = 0x4b61737361000002;
constexpr std::int64_t kNumberingLock = 0x4b61737361000003;

QString iso(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// An empty contact is kept as NULL: it matches nobody.
PgParam contactParam(const QString& value) {
    return value.isEmpty() ? PgParam(std::nullopt) : PgParam(value);
}

// A customer's limited record, NULL for one who is no member.
PgParam limitedItemParam(const QByteArray& item) {
    return item.isEmpty() ? PgParam(std::nullopt) : PgParam(item);
}

// An item central writes into one of its own feeds (till_certificates, vouchers), under the
// master-data lock so that change numbers follow commits (see putMasterData).
// An item written again loses the forms derived from what it was (an erased customer's checks
// with them) unless `forms` brings new ones.
void feedItem(PgConnection& db, const QString& feed, const QString& key, const QJsonObject& item, bool removed,
              const CustomerFeedForms* forms = nullptr) {
    db.exec("SELECT pg_advisory_xact_lock($1)", {kMasterDataLock});
    db.exec("INSERT INTO master_data (feed, key, change_no, removed, item, home_store, limited_item, limited_key) "
            "VALUES ($1, $2, (SELECT coalesce(max(change_no), 0) + 1 FROM master_data), $3, $4, $5, $6, $7) "
            "ON CONFLICT (feed, key) DO UPDATE SET change_no = excluded.change_no, removed = excluded.removed, "
            "item = excluded.item, home_store = excluded.home_store, limited_item = excluded.limited_item, "
            "limited_key = excluded.limited_key",
            {feed, key, removed, QJsonDocument(item).toJson(QJsonDocument::Compact),
             forms != nullptr ? PgParam(forms->homeStore) : PgParam(std::nullopt),
             forms != nullptr ? limitedItemParam(forms->limitedItem) : PgParam(std::nullopt),
             forms != nullptr ? PgParam(forms->keyFingerprint) : PgParam(std::nullopt)});
}

std::optional<QJsonObject> readFeedItem(PgConnection& db, const QString& feed, const QString& key) {
    const PgResult row = db.exec("SELECT item FROM master_data WHERE feed = $1 AND key = $2", {feed, key});
    return row.rows() == 0 ? std::nullopt : std::optional(QJsonDocument::fromJson(row.bytes(0, 0)).object());
}

std::optional<VoucherRecord> readVoucher(PgConnection& db, const QString& number) {
    const PgResult row = db.exec("SELECT number, issued_by, store_id, amount_cents, balance_cents, issued_at, "
                                 "coalesce(check_hash, '') FROM vouchers WHERE number = $1",
                                 {number});
    if (row.rows() == 0) {
        return std::nullopt;
    }
    VoucherRecord voucher{row.text(0, 0),  row.text(0, 1),  row.text(0, 2),
                          row.int64(0, 3), row.int64(0, 4), row.text(0, 5)};
    voucher.check = row.text(0, 6);
    const PgResult spends = db.exec("SELECT document_id, receipt, store_id, amount_cents, received_at "
                                    "FROM voucher_spends WHERE number = $1 ORDER BY id",
                                    {number});
    for (int i = 0; i < spends.rows(); ++i) {
        voucher.spends.push_back(VoucherSpend{number, spends.text(i, 0), spends.text(i, 1), spends.text(i, 2),
                                              spends.int64(i, 3), spends.text(i, 4)});
    }
    return voucher;
}

// A voucher spent in full leaves the feed.
QString storeList(const QStringList& stores) {
    return stores.isEmpty() ? QString() : QLatin1Char(' ') + stores.join(QLatin1Char(' ')) + QLatin1Char(' ');
}

std::optional<SoldDocument> readSoldDocument(PgConnection& db, const QString& channel, const QString& number,
                                             bool lock) {
    const PgResult rows =
        lock ? db.exec("SELECT line, sku, quantity_milli, unit_price_cents, net_cents, tax_code, returned_milli, "
                       "store_id, sold_at FROM sold_lines WHERE channel = $1 AND document = $2 ORDER BY line "
                       "FOR UPDATE",
                       {channel, number})
             : db.exec("SELECT line, sku, quantity_milli, unit_price_cents, net_cents, tax_code, returned_milli, "
                       "store_id, sold_at FROM sold_lines WHERE channel = $1 AND document = $2 ORDER BY line",
                       {channel, number});
    if (rows.rows() == 0) {
        return std::nullopt;
    }
    SoldDocument document{channel, number, rows.text(0, 7), rows.text(0, 8), {}};
    for (int i = 0; i < rows.rows(); ++i) {
        document.lines.push_back(SoldLine{static_cast<int>(rows.int64(i, 0)), rows.text(i, 1), rows.int64(i, 2),
                                          rows.int64(i, 3), rows.int64(i, 4), rows.text(i, 5), rows.int64(i, 6)});
    }
    const PgResult payments = db.exec("SELECT kind, amount_cents, auth_code, masked_pan FROM sold_payments "
                                      "WHERE channel = $1 AND document = $2 ORDER BY position",
                                      {channel, number});
    for (int i = 0; i < payments.rows(); ++i) {
        document.payments.push_back(
            SoldPayment{payments.text(i, 0), payments.int64(i, 1), payments.text(i, 2), payments.text(i, 3)});
    }
    return document;
}

std::map<int, std::int64_t> readReserved(PgConnection& db, const QString& channel, const QString& number,
                                         const QString& exceptDevice, const QDateTime& now) {
    const PgResult rows =
        db.exec("SELECT l.line, sum(l.quantity_milli)::bigint FROM return_leases r "
                "JOIN return_lease_lines l ON l.lease_id = r.id WHERE r.channel = $1 AND r.document = $2 "
                "AND r.ended_at IS NULL AND r.expires_at > $3 AND r.device_id <> $4 GROUP BY l.line",
                {channel, number, iso(now), exceptDevice});
    std::map<int, std::int64_t> reserved;
    for (int i = 0; i < rows.rows(); ++i) {
        reserved[static_cast<int>(rows.int64(i, 0))] = rows.int64(i, 1);
    }
    return reserved;
}

SoldLineReturns readLineReturns(PgConnection& db, const QString& channel, const QString& number, int line) {
    SoldLineReturns state;
    const PgResult sold =
        db.exec("SELECT quantity_milli FROM sold_lines WHERE channel = $1 AND document = $2 AND line = $3",
                {channel, number, line});
    if (sold.rows() > 0) {
        state.soldMilli = sold.int64(0, 0);
    }
    const PgResult rows = db.exec("SELECT return_receipt, store_id, quantity_milli FROM returned_lines "
                                  "WHERE channel = $1 AND document = $2 AND line = $3 ORDER BY id",
                                  {channel, number, line});
    for (int i = 0; i < rows.rows(); ++i) {
        if (!state.returns.contains(rows.text(i, 0))) {
            state.returns << rows.text(i, 0);
            state.stores << rows.text(i, 1);
        }
        state.returnedMilli += rows.int64(i, 2);
    }
    return state;
}

CentralException exceptionAt(const PgResult& rows, int i) {
    CentralException e{rows.int64(i, 0), rows.text(i, 1), rows.text(i, 2), rows.text(i, 3),
                       rows.text(i, 4),  rows.text(i, 5), rows.text(i, 6), rows.text(i, 7)};
    e.otherStores = rows.text(i, 8).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return e;
}

} // namespace

// One transaction on a pooled connection, which it holds until it ends.
class PostgresCentralStore::Write final : public CentralWrite {
public:
    explicit Write(PgPool::Lease lease)
        : m_lease(std::move(lease))
        , m_transaction(*m_lease) {}

    std::optional<TillRecord> till(const QString& deviceId) override {
        const PgResult row =
            db().exec("SELECT store_id, till_id, quarantined FROM tills WHERE device_id = $1", {deviceId});
        if (row.rows() == 0) {
            return std::nullopt;
        }
        return TillRecord{row.text(0, 0), row.text(0, 1), row.boolean(0, 2)};
    }

    // The row is made if missing (a concurrent maker wins and this one waits for it), then
    // locked for this transaction: another process's batch for the till waits until it ends.
    DeviceProgress lockProgress(const QString& deviceId, int epoch) override {
        const PgResult made = db().exec(
            "INSERT INTO device_progress (device_id, epoch, high_water_mark, last_chain_hash, last_sale_number) "
            "VALUES ($1, $2, -1, '', 0) ON CONFLICT (device_id, epoch) DO NOTHING",
            {deviceId, epoch});
        const PgResult row = db().exec("SELECT high_water_mark, last_chain_hash, last_sale_number "
                                       "FROM device_progress WHERE device_id = $1 AND epoch = $2 FOR UPDATE",
                                       {deviceId, epoch});
        const std::int64_t mark = row.int64(0, 0);
        // -1 marks a row made for a batch that has not committed progress yet: this one or one
        // that rolled back.
        if (made.affected() == 1 || mark < 0) {
            return {};
        }
        return DeviceProgress{mark, row.text(0, 1), row.int64(0, 2), true};
    }

    void saveProgress(const QString& deviceId, int epoch, const DeviceProgress& progress) override {
        db().exec("UPDATE device_progress SET high_water_mark = $3, last_chain_hash = $4, last_sale_number = $5 "
                  "WHERE device_id = $1 AND epoch = $2",
                  {deviceId, epoch, progress.highWaterMark, progress.lastChainHash, progress.lastReceiptNumber});
    }

    std::optional<QString> inboxPayloadHash(const QString& deviceId, int epoch, std::int64_t seq) override {
        const PgResult row = db().exec(
            "SELECT payload_hash FROM inbox WHERE device_id = $1 AND epoch = $2 AND seq = $3", {deviceId, epoch, seq});
        if (row.rows() == 0) {
            return std::nullopt;
        }
        return row.text(0, 0);
    }

    void addToInbox(const QString& deviceId, int epoch, const core::OutboxEvent& event, const QDateTime& receivedAt,
                    bool applied) override {
        db().exec("INSERT INTO inbox (device_id, epoch, seq, document_id, kind, schema_version, payload_hash, "
                  "payload, chain_hash, received_at, applied_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                  {deviceId, epoch, event.seq, event.documentId, event.kind, event.schemaVersion, event.payloadHash,
                   event.payload, event.chainHash.isEmpty() ? PgParam(std::nullopt) : PgParam(event.chainHash),
                   iso(receivedAt), applied ? PgParam(iso(receivedAt)) : PgParam(std::nullopt)});
    }

    bool claimHeld(const QString& deviceId, int epoch, std::int64_t seq, const QDateTime& at) override {
        return db().exec("UPDATE inbox SET applied_at = $4 WHERE device_id = $1 AND epoch = $2 AND seq = $3 "
                         "AND applied_at IS NULL",
                         {deviceId, epoch, seq, iso(at)})
                   .affected() == 1;
    }

    void addException(const CentralException& e) override {
        db().exec(
            "INSERT INTO exceptions (kind, device_id, store_id, till_id, document_id, detail, raised_at, "
            "other_stores) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            {e.kind, e.deviceId, e.storeId, e.tillId, e.documentId, e.detail, e.raisedAt, storeList(e.otherStores)});
    }

    bool addAudit(const AuditRecord& r) override {
        const auto optionalParam = [](const std::optional<QString>& text) {
            return text ? PgParam(*text) : PgParam(std::nullopt);
        };
        return db().exec("INSERT INTO audit (document_id, kind, store_id, till_id, actor, subject, before, after, "
                         "detail, at, received_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) "
                         "ON CONFLICT (document_id) DO NOTHING",
                         {r.documentId, r.kind, r.storeId, r.tillId, r.actor, r.subject,
                          optionalParam(auditValueText(r.before)), optionalParam(auditValueText(r.after)), r.detail,
                          r.at, r.receivedAt})
                   .affected() == 1;
    }

    void quarantine(const QString& deviceId, const QString& reason) override {
        db().exec("UPDATE tills SET quarantined = true, quarantine_reason = $2 WHERE device_id = $1",
                  {deviceId, reason});
    }

    void noteContact(const QString& deviceId, const QDateTime& at, std::int64_t lagMs) override {
        db().exec("UPDATE tills SET last_seen_at = $1, last_lag_ms = $2 WHERE device_id = $3",
                  {iso(at), lagMs, deviceId});
    }

    bool addSale(const SaleRecord& sale) override {
        return db().exec("INSERT INTO sales (document_id, device_id, epoch, seq, store_id, till_id, receipt_number, "
                         "total_cents, completed_at, received_at, body) "
                         "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (document_id) DO NOTHING",
                         {sale.documentId, sale.deviceId, sale.epoch, sale.seq, sale.storeId, sale.tillId,
                          sale.receiptNumber, sale.totalCents, sale.completedAt, sale.receivedAt, sale.body})
                   .affected() == 1;
    }

    std::vector<int> addSoldDocument(const SoldDocument& document) override {
        std::vector<int> overReturned;
        for (const SoldLine& line : document.lines) {
            const PgResult added = db().exec(
                "INSERT INTO sold_lines (channel, document, line, store_id, sold_at, sku, quantity_milli, "
                "unit_price_cents, net_cents, tax_code, returned_milli) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
                "$10, (SELECT coalesce(sum(quantity_milli), 0) FROM returned_lines WHERE channel = $1 "
                "AND document = $2 AND line = $3)) ON CONFLICT (channel, document, line) DO NOTHING "
                "RETURNING returned_milli > quantity_milli",
                {document.channel, document.number, line.line, document.storeId, document.soldAt, line.sku,
                 line.quantityMilli, line.unitPriceCents, line.netCents, line.taxCode});
            if (added.rows() > 0 && added.boolean(0, 0)) {
                overReturned.push_back(line.line);
            }
        }
        int position = 0;
        for (const SoldPayment& payment : document.payments) {
            db().exec("INSERT INTO sold_payments (channel, document, position, kind, amount_cents, auth_code, "
                      "masked_pan) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING",
                      {document.channel, document.number, ++position, payment.kind, payment.amountCents,
                       payment.authCode, payment.maskedPan});
        }
        return overReturned;
    }

    SoldLineReturns returnsOfLine(const QString& channel, const QString& number, int line) override {
        return readLineReturns(db(), channel, number, line);
    }

    bool addReturn(const ReturnRecord& r) override {
        return db().exec("INSERT INTO returns (document_id, device_id, epoch, seq, store_id, till_id, receipt_number, "
                         "original_channel, original_number, total_cents, decided_offline, completed_at, received_at, "
                         "body) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) "
                         "ON CONFLICT (document_id) DO NOTHING",
                         {r.documentId, r.deviceId, r.epoch, r.seq, r.storeId, r.tillId, r.receiptNumber,
                          r.originalChannel, r.originalNumber, r.totalCents, r.decidedOffline, r.completedAt,
                          r.receivedAt, r.body})
                   .affected() == 1;
    }

    // The sold line's row is locked first, so two returns of one line count one after the other.
    SoldLineReturns addReturnedLine(const ReturnedLine& l) override {
        db().exec("UPDATE sold_lines SET returned_milli = returned_milli + $4 "
                  "WHERE channel = $1 AND document = $2 AND line = $3",
                  {l.channel, l.number, l.line, l.quantityMilli});
        db().exec("INSERT INTO returned_lines (return_document_id, return_receipt, store_id, channel, document, line, "
                  "quantity_milli) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                  {l.returnDocumentId, l.returnReceipt, l.storeId, l.channel, l.number, l.line, l.quantityMilli});
        return readLineReturns(db(), l.channel, l.number, l.line);
    }

    void addStockMovement(const StockMovementRecord& m) override {
        db().exec("INSERT INTO stock_movements (location, sku, delta_milli, kind, disposition, document_id, "
                  "recorded_at, received_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                  {m.location, m.sku, m.deltaMilli, m.kind, m.disposition, m.documentId, m.recordedAt, m.receivedAt});
    }

    std::int64_t onHandAsOf(const QString& location, const QString& sku, const QString& at) override {
        return db()
            .exec("SELECT coalesce(sum(delta_milli), 0) FROM stock_movements "
                  "WHERE location = $1 AND sku = $2 AND recorded_at <= $3 AND disposition = 'sellable'",
                  {location, sku, at})
            .int64(0, 0);
    }

    bool hasStockDocument(const QString& documentId) override {
        return db().exec("SELECT 1 FROM stock_movements WHERE document_id = $1 LIMIT 1", {documentId}).rows() > 0;
    }

    // Under the receipt's key: a second till receiving the same papers waits for the first's
    // transaction and then finds its receipt.
    std::optional<StockReceipt> recordStockReceipt(const StockReceipt& r) override {
        const PgResult inserted =
            db().exec("INSERT INTO stock_receipts (kind, number, document_id, store_id, till_id, received_at) "
                      "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (kind, number) DO NOTHING RETURNING number",
                      {r.kind, r.number, r.documentId, r.storeId, r.tillId, r.receivedAt});
        if (inserted.rows() > 0) {
            return std::nullopt;
        }
        const PgResult earlier = db().exec("SELECT document_id, store_id, till_id, received_at FROM stock_receipts "
                                           "WHERE kind = $1 AND number = $2",
                                           {r.kind, r.number});
        return StockReceipt{
            r.kind, r.number, earlier.text(0, 0), earlier.text(0, 1), earlier.text(0, 2), earlier.text(0, 3)};
    }

    void feedItem(const QString& feed, const QString& key, const QJsonObject& item, bool removed) override {
        kassa::sync::feedItem(db(), feed, key, item, removed);
    }

    void feedCustomerItem(const QJsonObject& item, const CustomerFeedForms& forms) override {
        kassa::sync::feedItem(db(), QString::fromLatin1(core::feeds::kCustomers), forms.id, item, false, &forms);
    }

    std::vector<QJsonObject> customersWithoutForms(const QString& fingerprint, const QString& after,
                                                   int limit) override {
        const PgResult rows = db().exec("SELECT item FROM master_data WHERE feed = 'customers' AND key > $1 AND "
                                        "NOT removed AND limited_key IS DISTINCT FROM $2 ORDER BY key LIMIT $3",
                                        {after, fingerprint, limit});
        std::vector<QJsonObject> items;
        for (int i = 0; i < rows.rows(); ++i) {
            items.push_back(QJsonDocument::fromJson(rows.bytes(i, 0)).object());
        }
        return items;
    }

    void keepCustomerForms(const CustomerFeedForms& forms) override {
        db().exec("UPDATE master_data SET home_store = $2, limited_item = $3, limited_key = $4 "
                  "WHERE feed = 'customers' AND key = $1 AND NOT removed AND limited_key IS DISTINCT FROM $4",
                  {forms.id, forms.homeStore, limitedItemParam(forms.limitedItem), forms.keyFingerprint});
    }

    std::optional<QJsonObject> feedItemOf(const QString& feed, const QString& key) override {
        return readFeedItem(db(), feed, key);
    }

    std::optional<QString> latestCountAt(const QString& location, const QString& sku) override {
        const PgResult row = db().exec("SELECT max(recorded_at) FROM stock_movements "
                                       "WHERE location = $1 AND sku = $2 AND kind = 'count'",
                                       {location, sku});
        return row.isNull(0, 0) ? std::nullopt : std::optional(row.text(0, 0));
    }

    void addRefund(const RefundRecord& r) override {
        db().exec("INSERT INTO refunds (return_document_id, return_receipt, store_id, original_channel, "
                  "original_number, payment, amount_cents, status, created_at) "
                  "VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', $8)",
                  {r.returnDocumentId, r.returnReceipt, r.storeId, r.originalChannel, r.originalNumber, r.payment,
                   r.amountCents, r.createdAt});
    }

    bool addVoucher(const VoucherRecord& v) override {
        return db().exec("INSERT INTO vouchers (number, issued_by, store_id, amount_cents, balance_cents, issued_at, "
                         "check_hash) VALUES ($1, $2, $3, $4, $4, $5, $6) ON CONFLICT (number) DO NOTHING "
                         "RETURNING number",
                         {v.number, v.issuedBy, v.storeId, v.amountCents, v.issuedAt,
                          v.check.isEmpty() ? PgParam(std::nullopt) : PgParam(v.check)})
                   .rows() == 1;
    }

    bool addCertificate(const QString& fingerprint, const QByteArray& certificatePem, const TillPrincipal& till,
                        const QDateTime& issuedAt) override {
        return db().exec("INSERT INTO till_certificates (fingerprint, device_id, store_id, till_id, issued_at, pem) "
                         "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (fingerprint) DO NOTHING",
                         {fingerprint, till.deviceId, till.storeId, till.tillId, iso(issuedAt), certificatePem})
                   .affected() == 1;
    }

    std::vector<RevokedCertificate> revokeCertificates(const QString& storeId, const QString& tillId,
                                                       const QDateTime& at) override {
        const PgResult revoked = db().exec("UPDATE till_certificates SET revoked_at = $3 WHERE store_id = $1 "
                                           "AND till_id = $2 AND revoked_at IS NULL RETURNING fingerprint, "
                                           "coalesce(pem, '')",
                                           {storeId, tillId, iso(at)});
        std::vector<RevokedCertificate> certificates;
        for (int i = 0; i < revoked.rows(); ++i) {
            certificates.push_back({revoked.text(i, 0), revoked.text(i, 1)});
        }
        return certificates;
    }

    std::optional<VoucherRecord> spendVoucher(const VoucherSpend& spend) override {
        db().exec("INSERT INTO voucher_spends (number, document_id, receipt, store_id, amount_cents, received_at) "
                  "VALUES ($1, $2, $3, $4, $5, $6)",
                  {spend.number, spend.documentId, spend.receipt, spend.storeId, spend.amountCents, spend.receivedAt});
        db().exec("UPDATE vouchers SET balance_cents = balance_cents - $2 WHERE number = $1",
                  {spend.number, spend.amountCents});
        return readVoucher(db(), spend.number);
    }

    std::optional<SoldDocument> lockSoldDocument(const QString& channel, const QString& number) override {
        return readSoldDocument(db(), channel, number, true);
    }

    std::map<int, std::int64_t> reservedByOthers(const QString& channel, const QString& number, const QString& deviceId,
                                                 const QDateTime& now) override {
        return readReserved(db(), channel, number, deviceId, now);
    }

    void endDeviceLeases(const QString& channel, const QString& number, const QString& deviceId,
                         const QDateTime& at) override {
        db().exec("UPDATE return_leases SET ended_at = $4, ended_how = 'replaced' WHERE channel = $1 "
                  "AND document = $2 AND device_id = $3 AND ended_at IS NULL",
                  {channel, number, deviceId, iso(at)});
    }

    void addLease(const LeaseRecord& lease) override {
        db().exec("INSERT INTO return_leases (id, channel, document, device_id, store_id, till_id, created_at, "
                  "expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                  {lease.id, lease.channel, lease.number, lease.deviceId, lease.storeId, lease.tillId,
                   iso(lease.createdAt), iso(lease.expiresAt)});
        for (const auto& [line, quantity] : lease.lines) {
            db().exec("INSERT INTO return_lease_lines (lease_id, line, quantity_milli) VALUES ($1, $2, $3)",
                      {lease.id, line, quantity});
        }
    }

    bool endLease(const QString& id, const QString& deviceId, const QString& how, const QDateTime& at) override {
        return db().exec("UPDATE return_leases SET ended_at = $3, ended_how = $4 WHERE id = $1 AND device_id = $2 "
                         "AND ended_at IS NULL",
                         {id, deviceId, iso(at), how})
                   .affected() == 1;
    }

    // Under the master-data lock that feeding the customer takes anyway, taken before the
    // customer is looked for: two processes never both find no match and create the person twice.
    void lockCustomers() override { db().exec("SELECT pg_advisory_xact_lock($1)", {kMasterDataLock}); }

    std::optional<CustomerRow> customerRow(const QString& id) override {
        const PgResult row = db().exec("SELECT body, merged_into, erased_at FROM customers WHERE id = $1", {id});
        if (row.rows() == 0) {
            return std::nullopt;
        }
        return customerRowOf(id, row.isNull(0, 0) ? QByteArray() : row.bytes(0, 0), row.text(0, 1), row.text(0, 2));
    }

    std::optional<QString> liveCustomerWith(CustomerContact contact, const QString& value,
                                            const QString& exceptId) override {
        const PgResult row = [&] {
            switch (contact) {
            case CustomerContact::LoyaltyCard:
                return db().exec("SELECT id FROM customers WHERE loyalty_card = $1 AND id <> $2 LIMIT 1",
                                 {value, exceptId});
            case CustomerContact::Email:
                return db().exec("SELECT id FROM customers WHERE email = lower($1) AND id <> $2 LIMIT 1",
                                 {value, exceptId});
            case CustomerContact::Phone:
                break;
            }
            return db().exec("SELECT id FROM customers WHERE phone = $1 AND id <> $2 LIMIT 1", {value, exceptId});
        }();
        return row.rows() == 0 ? std::nullopt : std::optional(row.text(0, 0));
    }

    void saveCustomer(const core::Customer& customer) override {
        db().exec("INSERT INTO customers (id, body, email, phone, loyalty_card) VALUES ($1, $2, lower($3), $4, $5) "
                  "ON CONFLICT (id) DO UPDATE SET body = excluded.body, email = excluded.email, "
                  "phone = excluded.phone, loyalty_card = excluded.loyalty_card",
                  {customer.id, customerBody(customer), contactParam(customer.email), contactParam(customer.phone),
                   contactParam(customer.loyaltyCard)});
    }

    void recordCustomerMerge(const CustomerMerge& m) override {
        db().exec("INSERT INTO customers (id, merged_into) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET "
                  "body = NULL, email = NULL, phone = NULL, loyalty_card = NULL, merged_into = excluded.merged_into",
                  {m.mergedId, m.intoId});
        db().exec("INSERT INTO customer_merges (merged_id, into_id, matched_on, source, merged_at) "
                  "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (merged_id) DO UPDATE SET into_id = excluded.into_id, "
                  "matched_on = excluded.matched_on, source = excluded.source, merged_at = excluded.merged_at",
                  {m.mergedId, m.intoId, m.matchedOn, m.source, m.mergedAt});
    }

    std::vector<CustomerMerge> customerMerges(const QString& intoId) override {
        const PgResult rows = db().exec("SELECT merged_id, matched_on, source, merged_at FROM customer_merges "
                                        "WHERE into_id = $1 ORDER BY merged_at, merged_id",
                                        {intoId});
        std::vector<CustomerMerge> merges;
        for (int i = 0; i < rows.rows(); ++i) {
            merges.push_back(CustomerMerge{rows.text(i, 0), intoId, rows.text(i, 1), rows.text(i, 2), rows.text(i, 3)});
        }
        return merges;
    }

    void eraseCustomer(const QString& id, const QStringList& contactHashes, const QString& at) override {
        db().exec("INSERT INTO customers (id, erased_at) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET "
                  "body = NULL, email = NULL, phone = NULL, loyalty_card = NULL, erased_at = excluded.erased_at",
                  {id, at});
        for (const QString& hash : contactHashes) {
            db().exec("INSERT INTO erased_contacts (contact_hash, erased_at) VALUES ($1, $2) "
                      "ON CONFLICT (contact_hash) DO UPDATE SET erased_at = excluded.erased_at",
                      {hash, at});
        }
        db().exec("UPDATE inbox SET payload = '{\"erased\":true}' WHERE (device_id, epoch, seq) IN "
                  "(SELECT device_id, epoch, seq FROM customer_facts WHERE customer_id = $1)",
                  {id});
        db().exec("UPDATE web_orders SET body = (body::jsonb - 'customer')::text WHERE order_no IN "
                  "(SELECT number FROM customer_documents WHERE customer_id = $1 AND kind = 'order')",
                  {id});
        db().exec("DELETE FROM customer_documents WHERE customer_id = $1", {id});
        db().exec("DELETE FROM customer_suggestions WHERE customer_id = $1", {id});
    }

    void addCustomerDocument(const CustomerDocument& d) override {
        db().exec("INSERT INTO customer_documents (customer_id, kind, channel, number, document_id, store_id, at, "
                  "total_cents) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING",
                  {d.customerId, d.kind, d.channel, d.number, d.documentId, d.storeId, d.at, d.totalCents});
    }

    std::vector<CustomerDocument> customerDocuments(const QStringList& ids, int limit, int skip) override {
        const PgResult rows = db().exec(
            "SELECT customer_id, kind, channel, number, document_id, store_id, at, total_cents FROM customer_documents "
            "WHERE customer_id IN (SELECT json_array_elements_text($1::json)) ORDER BY at DESC, number DESC "
            "LIMIT $2 OFFSET $3",
            {jsonList(QSet<QString>(ids.begin(), ids.end())), limit, skip});
        std::vector<CustomerDocument> documents;
        for (int i = 0; i < rows.rows(); ++i) {
            documents.push_back(CustomerDocument{rows.text(i, 0), rows.text(i, 1), rows.text(i, 2), rows.text(i, 3),
                                                 rows.text(i, 4), rows.text(i, 5), rows.text(i, 6), rows.int64(i, 7)});
        }
        return documents;
    }

    std::optional<QString> erasedContactAt(const QStringList& contactHashes) override {
        const PgResult row = db().exec("SELECT max(erased_at) FROM erased_contacts WHERE contact_hash IN "
                                       "(SELECT json_array_elements_text($1::json))",
                                       {jsonList(QSet<QString>(contactHashes.begin(), contactHashes.end()))});
        return row.isNull(0, 0) ? std::nullopt : std::optional(row.text(0, 0));
    }

    void noteCustomerFact(const QString& customerId, const QString& deviceId, int epoch, std::int64_t seq) override {
        db().exec("INSERT INTO customer_facts (customer_id, device_id, epoch, seq) VALUES ($1, $2, $3, $4) "
                  "ON CONFLICT DO NOTHING",
                  {customerId, deviceId, epoch, seq});
        db().exec("UPDATE inbox SET payload = '{\"erased\":true}' WHERE device_id = $2 AND epoch = $3 AND seq = $4 "
                  "AND EXISTS (SELECT 1 FROM customers WHERE id = $1 AND erased_at IS NOT NULL)",
                  {customerId, deviceId, epoch, seq});
    }

    void addLoyaltyEntry(const LoyaltyLedgerEntry& e) override {
        db().exec("INSERT INTO loyalty_entries (customer_id, kind, points, earned, sale_receipt, document_id, "
                  "device_id, epoch, seq, store_id, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                  {e.customerId, e.kind, e.points, e.earned, e.saleReceipt, e.documentId, e.deviceId, e.epoch, e.seq,
                   e.storeId, e.at});
    }

    core::LoyaltyStanding loyaltyStanding(const QStringList& ids) override {
        core::LoyaltyStanding standing;
        const PgResult rows =
            db().exec("SELECT device_id, epoch, sum(points), sum(earned), max(seq) FROM loyalty_entries "
                      "WHERE customer_id IN (SELECT json_array_elements_text($1::json)) GROUP BY device_id, epoch",
                      {jsonList(QSet<QString>(ids.begin(), ids.end()))});
        for (int i = 0; i < rows.rows(); ++i) {
            standing.balance += rows.int64(i, 2);
            standing.earnedTotal += rows.int64(i, 3);
            standing.counted[rows.text(i, 0) + QLatin1Char(':') + rows.text(i, 1)] = rows.int64(i, 4);
        }
        return standing;
    }

    std::vector<LoyaltyLedgerEntry> loyaltyRedemptions(const QStringList& ids) override {
        const PgResult rows = db().exec(
            "SELECT customer_id, points, sale_receipt, document_id, store_id, at FROM loyalty_entries "
            "WHERE customer_id IN (SELECT json_array_elements_text($1::json)) AND kind = 'redeem' ORDER BY id",
            {jsonList(QSet<QString>(ids.begin(), ids.end()))});
        std::vector<LoyaltyLedgerEntry> entries;
        for (int i = 0; i < rows.rows(); ++i) {
            entries.push_back(LoyaltyLedgerEntry{rows.text(i, 0),
                                                 QStringLiteral("redeem"),
                                                 rows.int64(i, 1),
                                                 0,
                                                 rows.text(i, 2),
                                                 rows.text(i, 3),
                                                 {},
                                                 1,
                                                 0,
                                                 rows.text(i, 4),
                                                 rows.text(i, 5)});
        }
        return entries;
    }

    std::optional<SaleLoyaltyRecord> saleLoyalty(const QString& saleReceipt) override {
        const PgResult row = db().exec(
            "SELECT max(CASE WHEN kind = 'earn' THEN customer_id END), sum(CASE WHEN kind = 'earn' THEN earned END), "
            "coalesce(-sum(CASE WHEN kind = 'take_back' THEN points END), 0) FROM loyalty_entries "
            "WHERE sale_receipt = $1",
            {saleReceipt});
        if (row.isNull(0, 0)) {
            return std::nullopt;
        }
        return SaleLoyaltyRecord{row.text(0, 0), row.int64(0, 1), row.int64(0, 2)};
    }

    void logCustomerRead(const CustomerRead& read) override {
        db().exec("INSERT INTO customer_reads (customer_id, reader, purpose, read_at) VALUES ($1, $2, $3, $4)",
                  {read.customerId, read.reader, read.purpose, read.readAt});
    }

    std::vector<CustomerRead> customerReads(const QString& id) override {
        const PgResult rows =
            db().exec("SELECT reader, purpose, read_at FROM customer_reads WHERE customer_id = $1 ORDER BY id", {id});
        std::vector<CustomerRead> reads;
        for (int i = 0; i < rows.rows(); ++i) {
            reads.push_back(CustomerRead{id, rows.text(i, 0), rows.text(i, 1), rows.text(i, 2)});
        }
        return reads;
    }

    void saveShift(const ShiftRow& s) override {
        // A close arriving first (an opening lost with a restored till) records the shift too.
        db().exec("INSERT INTO shifts (shift_id, device_id, store_id, till_id, number, opened_at, opened_by, "
                  "closed_at, z_number, z_json, received_at, business_date, opened_epoch, opened_seq, closed_epoch, "
                  "closed_seq) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) "
                  "ON CONFLICT (shift_id) DO UPDATE SET closed_at = coalesce(shifts.closed_at, excluded.closed_at), "
                  "z_number = coalesce(shifts.z_number, excluded.z_number), "
                  "z_json = coalesce(shifts.z_json, excluded.z_json), "
                  "opened_epoch = coalesce(shifts.opened_epoch, excluded.opened_epoch), "
                  "opened_seq = coalesce(shifts.opened_seq, excluded.opened_seq), "
                  "closed_epoch = coalesce(shifts.closed_epoch, excluded.closed_epoch), "
                  "closed_seq = coalesce(shifts.closed_seq, excluded.closed_seq)",
                  {s.shiftId, s.deviceId, s.storeId, s.tillId, s.number, s.openedAt, s.openedBy,
                   s.closedAt.isEmpty() ? PgParam(std::nullopt) : PgParam(s.closedAt),
                   s.zNumber == 0 ? PgParam(std::nullopt) : PgParam(s.zNumber),
                   s.zJson.isEmpty() ? PgParam(std::nullopt) : PgParam(s.zJson), s.receivedAt, s.businessDate,
                   s.opened ? PgParam(s.opened->epoch) : PgParam(std::nullopt),
                   s.opened ? PgParam(s.opened->seq) : PgParam(std::nullopt),
                   s.closed ? PgParam(s.closed->epoch) : PgParam(std::nullopt),
                   s.closed ? PgParam(s.closed->seq) : PgParam(std::nullopt)});
    }

    std::int64_t shiftZNumber(const QString& shiftId) override {
        const PgResult row = db().exec("SELECT coalesce(z_number, 0) FROM shifts WHERE shift_id = $1", {shiftId});
        return row.rows() == 0 ? 0 : row.int64(0, 0);
    }

    std::int64_t lastZNumber(const QString& storeId, const QString& tillId) override {
        return db()
            .exec("SELECT coalesce(max(z_number), 0) FROM shifts WHERE store_id = $1 AND till_id = $2",
                  {storeId, tillId})
            .int64(0, 0);
    }

    QString customerSuggestions(const QString& id) override {
        const PgResult row = db().exec("SELECT body FROM customer_suggestions WHERE customer_id = $1", {id});
        return row.rows() == 0 ? QStringLiteral("[]") : row.text(0, 0);
    }

    void saveCustomerSuggestions(const QString& id, const QString& json, const QString& at) override {
        if (json == QLatin1String("[]")) {
            db().exec("DELETE FROM customer_suggestions WHERE customer_id = $1", {id});
            return;
        }
        db().exec("INSERT INTO customer_suggestions (customer_id, body, computed_at) VALUES ($1, $2, $3) "
                  "ON CONFLICT (customer_id) DO UPDATE SET body = excluded.body, computed_at = excluded.computed_at",
                  {id, json, at});
    }

    std::optional<core::Pickup> lockPickup(const QString& order) override {
        const PgResult row = db().exec("SELECT body FROM pickups WHERE order_no = $1 FOR UPDATE", {order});
        if (row.rows() == 0) {
            return std::nullopt;
        }
        return storedPickup(row.bytes(0, 0));
    }

    void savePickup(const core::Pickup& pickup) override {
        db().exec("INSERT INTO pickups (order_no, store_id, status, placed_at, collect_by, body) "
                  "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (order_no) DO UPDATE SET status = excluded.status, "
                  "collect_by = excluded.collect_by, body = excluded.body",
                  {pickup.order, pickup.store, core::pickupStatusToString(pickup.status), iso(pickup.placedAt),
                   pickup.collectBy ? iso(*pickup.collectBy) : QString(), pickupBody(pickup)});
        db().exec("DELETE FROM pickup_reservations WHERE order_no = $1", {pickup.order});
        if (!pickup.isOpen()) {
            return;
        }
        for (const core::PickupLine& line : pickup.lines) {
            db().exec("INSERT INTO pickup_reservations (order_no, line, store_id, sku, reserved_milli) "
                      "VALUES ($1, $2, $3, $4, $5)",
                      {pickup.order, line.line, pickup.store, line.sku, line.reservedMilli()});
        }
    }

    void addPickupChange(const PickupChange& change) override {
        db().exec("INSERT INTO pickup_changes (order_no, store_id, status, at, source, document_id, detail) "
                  "VALUES ($1, $2, $3, $4, $5, $6, $7)",
                  {change.order, change.storeId, change.status, change.at, change.source, change.documentId,
                   compactJson(change.detail)});
    }

    QStringList pickupsDue(const QDateTime& at) override {
        const PgResult rows = db().exec("SELECT order_no FROM pickups WHERE status = 'ready' AND collect_by < $1 "
                                        "AND collect_by <> '' ORDER BY collect_by",
                                        {iso(at)});
        QStringList due;
        for (int i = 0; i < rows.rows(); ++i) {
            due << rows.text(i, 0);
        }
        return due;
    }

    WebOrderStored addWebOrder(const core::WebOrder& order, const QDateTime& receivedAt) override {
        const QByteArray body = QJsonDocument(core::toJson(order)).toJson(QJsonDocument::Compact);
        // The insert that finds the number taken waits for (and then sees) a concurrent one.
        if (db().exec("INSERT INTO web_orders (order_no, placed_at, payment, body, received_at) "
                      "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (order_no) DO NOTHING",
                      {order.number, iso(order.placedAt), order.payment, body, iso(receivedAt)})
                .affected() > 0) {
            return WebOrderStored::Added;
        }
        const PgResult held = db().exec("SELECT body FROM web_orders WHERE order_no = $1", {order.number});
        return held.rows() > 0 && held.bytes(0, 0) != body ? WebOrderStored::Conflict : WebOrderStored::Unchanged;
    }

    void dropWebOrdersFromFeed(const QDateTime& placedBefore) override {
        db().exec("DELETE FROM master_data WHERE feed = 'web_orders' AND key IN "
                  "(SELECT order_no FROM web_orders WHERE placed_at < $1)",
                  {iso(placedBefore)});
    }

    void commit() override { m_transaction.commit(); }
    // The transaction's connection, for the store's own statements in it.
    PgConnection& db() { return *m_lease; }

private:
    PgPool::Lease m_lease;
    PgTransaction m_transaction;
};

PostgresCentralStore::PostgresCentralStore(const QString& url, int poolSize)
    : m_pool(std::make_unique<PgPool>(url, poolSize)) {
    PgPool::Lease db = m_pool->acquire();
    migratePostgresCentral(*db, url);
}

PostgresCentralStore::~PostgresCentralStore() = default;

bool PostgresCentralStore::isEmptyDatabase(const QString& url) {
    PgConnection db(url);
    return db.exec("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()").int64(0, 0) == 0;
}

void PostgresCentralStore::startNewGeneration() {
    PgPool::Lease db = m_pool->acquire();
    db->exec("UPDATE central_meta SET value = $1 WHERE key = 'generation'", {newGeneration()});
}

std::unique_ptr<CentralWrite> PostgresCentralStore::beginWrite() {
    return std::make_unique<Write>(m_pool->acquire());
}

void PostgresCentralStore::registerTill(const TillPrincipal& till) {
    PgPool::Lease db = m_pool->acquire();
    db->exec("INSERT INTO tills (device_id, store_id, till_id) VALUES ($1, $2, $3) ON CONFLICT (device_id) "
             "DO UPDATE SET store_id = excluded.store_id, till_id = excluded.till_id",
             {till.deviceId, till.storeId, till.tillId});
}

QString PostgresCentralStore::createEnrollmentCode(const QString& storeId, const QString& tillId,
                                                   const QDateTime& expiresAt) {
    const QString code = newEnrollmentCode();
    PgPool::Lease db = m_pool->acquire();
    db->exec("INSERT INTO enrollment_codes (code_hash, store_id, till_id, expires_at) VALUES ($1, $2, $3, $4)",
             {secretHash(code), storeId, tillId, iso(expiresAt)});
    return code;
}

std::optional<std::pair<QString, QString>> PostgresCentralStore::peekEnrollmentCode(const QString& code,
                                                                                    const QDateTime& now) {
    PgPool::Lease db = m_pool->acquire();
    const PgResult row = db->exec("SELECT store_id, till_id FROM enrollment_codes WHERE code_hash = $1 "
                                  "AND used_at IS NULL AND expires_at >= $2",
                                  {secretHash(normalizedEnrollmentCode(code)), iso(now)});
    if (row.rows() == 0) {
        return std::nullopt;
    }
    return std::pair{row.text(0, 0), row.text(0, 1)};
}

std::optional<TillPrincipal> PostgresCentralStore::redeemEnrollmentCode(const QString& code, const QString& deviceId,
                                                                        const QDateTime& now) {
    PgPool::Lease db = m_pool->acquire();
    PgTransaction transaction(*db);
    // The row lock of the UPDATE makes a concurrent redemption wait, then find the code used.
    const PgResult used = db->exec("UPDATE enrollment_codes SET used_at = $2, device_id = $3 WHERE code_hash = $1 "
                                   "AND used_at IS NULL AND expires_at >= $2 RETURNING store_id, till_id",
                                   {secretHash(normalizedEnrollmentCode(code)), iso(now), deviceId});
    if (used.rows() == 0) {
        return std::nullopt;
    }
    const TillPrincipal till{deviceId, used.text(0, 0), used.text(0, 1)};
    db->exec("INSERT INTO tills (device_id, store_id, till_id) VALUES ($1, $2, $3) ON CONFLICT (device_id) "
             "DO UPDATE SET store_id = excluded.store_id, till_id = excluded.till_id",
             {till.deviceId, till.storeId, till.tillId});
    transaction.commit();
    return till;
}

bool PostgresCentralStore::isRevoked(const QString& fingerprint) {
    PgPool::Lease db = m_pool->acquire();
    return db->exec("SELECT 1 FROM till_certificates WHERE fingerprint = $1 AND revoked_at IS NOT NULL", {fingerprint})
               .rows() > 0;
}

std::vector<TillStatus> PostgresCentralStore::tillStatuses() {
    PgPool::Lease db = m_pool->acquire();
    const PgResult rows = db->exec("SELECT store_id, till_id, quarantined, coalesce(last_seen_at, ''), "
                                   "coalesce(last_lag_ms, 0) FROM tills ORDER BY store_id, till_id");
    std::vector<TillStatus> tills;
    for (int i = 0; i < rows.rows(); ++i) {
        tills.push_back(TillStatus{rows.text(i, 0), rows.text(i, 1), rows.boolean(i, 2),
                                   QDateTime::fromString(rows.text(i, 3), Qt::ISODateWithMs), rows.int64(i, 4)});
    }
    return tills;
}

std::vector<ShiftRow> PostgresCentralStore::shiftsOfDay(const QString& storeId, const QString& date) {
    PgPool::Lease db = m_pool->acquire();
    const PgResult rows = db->exec(
        "SELECT shift_id, device_id, store_id, till_id, number, opened_at, opened_by, coalesce(closed_at, ''), "
        "coalesce(z_number, 0), coalesce(z_json, ''), received_at, business_date, opened_epoch, opened_seq, "
        "closed_epoch, closed_seq FROM shifts WHERE business_date = $2 AND ($1 = '' OR store_id = $1) "
        "ORDER BY store_id, till_id, number",
        {storeId, date});
    std::vector<ShiftRow> shifts;
    for (int i = 0; i < rows.rows(); ++i) {
        ShiftRow& shift = shifts.emplace_back(ShiftRow{rows.text(i, 0),
                                                       rows.text(i, 1),
                                                       rows.text(i, 2),
                                                       rows.text(i, 3),
                                                       rows.int64(i, 4),
                                                       rows.text(i, 5),
                                                       rows.text(i, 6),
                                                       rows.text(i, 7),
                                                       rows.int64(i, 8),
                                                       rows.text(i, 9),
                                                       rows.text(i, 10),
                                                       rows.text(i, 11),
                                                       {},
                                                       {}});
        if (!rows.isNull(i, 12)) {
            shift.opened = StreamPosition{static_cast<int>(rows.int64(i, 12)), rows.int64(i, 13)};
        }
        if (!rows.isNull(i, 14)) {
            shift.closed = StreamPosition{static_cast<int>(rows.int64(i, 14)), rows.int64(i, 15)};
        }
    }
    return shifts;
}

std::optional<ReceiptTotals> PostgresCentralStore::shiftReceiptTotals(const ShiftRow& shift) {
    if (!shift.opened) {
        return std::nullopt;
    }
    PgPool::Lease db = m_pool->acquire();
    // After the opening and, when closed, before the close; (epoch, seq) in the till's order.
    const PgResult row =
        db->exec("SELECT (SELECT count(*) FROM sales WHERE device_id = $1 AND (epoch, seq) > ($2, $3) "
                 "AND ($4 = 0 OR (epoch, seq) < ($4, $5))), "
                 "(SELECT coalesce(sum(total_cents), 0) FROM sales WHERE device_id = $1 AND (epoch, seq) > ($2, $3) "
                 "AND ($4 = 0 OR (epoch, seq) < ($4, $5))), "
                 "(SELECT count(*) FROM returns WHERE device_id = $1 AND (epoch, seq) > ($2, $3) "
                 "AND ($4 = 0 OR (epoch, seq) < ($4, $5))), "
                 "(SELECT coalesce(sum(total_cents), 0) FROM returns WHERE device_id = $1 AND (epoch, seq) > ($2, $3) "
                 "AND ($4 = 0 OR (epoch, seq) < ($4, $5)))",
                 {shift.deviceId, shift.opened->epoch, shift.opened->seq, shift.closed ? shift.closed->epoch : 0,
                  shift.closed ? shift.closed->seq : std::int64_t{0}});
    return ReceiptTotals{row.int64(0, 0), row.int64(0, 1), row.int64(0, 2), row.int64(0, 3)};
}

std::int64_t PostgresCentralStore::highWaterMark(const QString& deviceId, int epoch) {
    PgPool::Lease db = m_pool->acquire();
    const PgResult row = db->exec("SELECT greatest(high_water_mark, 0) FROM device_progress "
                                  "WHERE device_id = $1 AND epoch = $2",
                                  {deviceId, epoch});
    return row.rows() == 0 ? 0 : row.int64(0, 0);
}

std::int64_t PostgresCentralStore::saleCount() {
    PgPool::Lease db = m_pool->acquire();
    return db->exec("SELECT count(*) FROM sales").int64(0, 0);
}

// Readers page sales and exceptions by a cursor that must never let a row slip in below one a
// reader has passed. A row's id is taken when it is inserted, but transactions commit in any
// order, so ids are no such cursor. Cursors are handed out here instead, under an advisory lock
// and to committed rows only: a row committed later always gets a higher cursor.
void PostgresCentralStore::numberForReaders(Paged table) {
    struct Numbering {
        const char* pending;
        const char* number;
    };
#define KASSA_NUMBERING(TABLE)                                                                                         \
    Numbering {                                                                                                        \
        "SELECT EXISTS (SELECT 1 FROM " TABLE " WHERE cursor IS NULL)",                                                \
            "WITH pending AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM " TABLE " WHERE cursor IS NULL), "  \
            "base AS (SELECT coalesce(max(cursor), 0) AS b FROM " TABLE ") "                                           \
            "UPDATE " TABLE " SET cursor = base.b + pending.n FROM pending, base WHERE " TABLE ".id = pending.id"      \
    }
    static constexpr Numbering kNumberings[] = {KASSA_NUMBERING("sales"),   KASSA_NUMBERING("exceptions"),
                                                KASSA_NUMBERING("returns"), KASSA_NUMBERING("stock_movements"),
                                                KASSA_NUMBERING("refunds"), KASSA_NUMBERING("pickup_changes"),
                                                KASSA_NUMBERING("audit")};
#undef KASSA_NUMBERING
    const Numbering& numbering = kNumberings[static_cast<int>(table)];
    PgPool::Lease db = m_pool->acquire();
    if (!db->exec(numbering.pending).boolean(0, 0)) {
        return;
    }
    PgTransaction transaction(*db);
    db->exec("SELECT pg_advisory_xact_lock($1)", {kNumberingLock});
    db->exec(numbering.number);
    transaction.commit();
}

std::vector<CentralException> PostgresCentralStore::exceptions(std::int64_t afterId, int limit) {
    numberForReaders(Paged::Exceptions);
    PgPool::Lease db = m_pool->acquire();
    const PgResult rows = db->exec("SELECT cursor, kind, device_id, store_id, till_id, document_id, detail, raised_at, "
                                   "other_stores FROM exceptions WHERE cursor > $1 ORDER BY cursor LIMIT $2",
                                   {afterId, limit});
    std::vector<CentralException> found;
    for (int i = 0; i < rows.rows(); ++i) {
        found.push_back(exceptionAt(rows, i));
    }
    return found;
}

std::vector<CentralException> PostgresCentralStore::storeExceptions(const QString& storeId, std::int64_t afterId,
                                                                    int limit) {
    numberForReaders(Paged::Exceptions);
    PgPool::Lease db = m_pool->acquire();
    const PgResult rows =
        db->exec("SELECT cursor, kind, device_id, store_id, till_id, document_id, detail, raised_at, other_stores "
                 "FROM exceptions WHERE cursor > $1 AND (store_id = $2 OR other_stores LIKE '% ' || $2 || ' %') "
                 "ORDER BY cursor LIMIT $3",
                 {afterId, storeId, limit});
    std::vector<CentralException> found;
    for (int i = 0; i < rows.rows(); ++i) {
        found.push_back(exceptionAt(rows, i));
    }
    return found;
}

std::vector<StoredSale> PostgresCentralStore::returnsSince(std::int64_t cursor, int limit) {
    numberForReaders(Paged::Returns);
    PgPool::Lease db = m_pool->acquire();
    const PgResult rows = db->exec("SELECT cursor, document_id, store_id, till_id, received_at, body FROM returns "
                                   "WHERE cursor > $1 ORDER BY cursor LIMIT $2",
                                   {cursor, limit});
    std::vector<StoredSale> found;
    for (int i = 0; i < rows.rows(); ++i) {
        found.push_back(StoredSale{rows.int64(i, 0), rows.text(i, 1), rows.text(i, 2), rows.text(i, 3), rows.text(i, 4),
                                   rows.bytes(i, 5)});
    }
    return found;
}

std::vector<StockLevel> PostgresCentralStore::stockLevels(const QString& location, const QString& sku,
                                                          const QString& afterSku, int limit) {
    PgPool::Lease db = m_pool->acquire();
    // One statement per index: an item at every location (by SKU), or a location's items.
    const PgResult rows =
        location.isEmpty()
            ? db->exec("SELECT m.location, m.sku, sum(m.delta_milli), max(m.received_at), "
                       "(SELECT coalesce(sum(r.reserved_milli), 0) FROM pickup_reservations r "
                       "WHERE r.store_id = m.location AND r.sku = m.sku) FROM stock_movements m "
                       "WHERE $1 = '' AND m.sku = $2 AND m.sku > $3 AND m.disposition = 'sellable' "
                       "GROUP BY m.location, m.sku ORDER BY m.location, m.sku LIMIT $4",
                       {location, sku, afterSku, limit})
            : db->exec("SELECT m.location, m.sku, sum(m.delta_milli), max(m.received_at), "
                       "(SELECT coalesce(sum(r.reserved_milli), 0) FROM pickup_reservations r "
                       "WHERE r.store_id = m.location AND r.sku = m.sku) FROM stock_movements m "
                       "WHERE m.location = $1 AND ($2 = '' OR m.sku = $2) AND m.sku > $3 "
                       "AND m.disposition = 'sellable' GROUP BY m.location, m.sku ORDER BY m.location, m.sku "
                       "LIMIT $4",
                       {location, sku, afterSku, limit});
    std::vector<StockLevel> levels;
    for (int i = 0; i < rows.rows(); ++i) {
        levels.push_back(
            StockLevel{rows.text(i, 0), rows.text(i, 1), rows.int64(i, 2), rows.text(i, 3), rows.int64(i, 4)});
    }
    return levels;
}

StockFeedSlice PostgresCentralStore::stockFeed(const QString& location, std::int64_t after, const QString& afterSku,
                                               int limit) {
    numberForReaders(Paged::StockMovements);
    PgPool::Lease db = m_pool->acquire();
    PgTransaction snapshot(*db, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    StockFeedSlice slice;
    if (after == 0) {
        slice.head = db->exec("SELECT coalesce(max(cursor), 0) FROM stock_movements").int64(0, 0);
        const PgResult rows =
            db->exec("SELECT sku, sum(CASE WHEN disposition = 'sellable' THEN delta_milli ELSE 0 END), "
                     "max(received_at) FROM stock_movements WHERE location = $1 AND sku > $2 AND cursor IS NOT NULL "
                     "GROUP BY sku ORDER BY sku LIMIT $3",
                     {location, afterSku, limit});
        for (int i = 0; i < rows.rows(); ++i) {
            slice.levels.push_back(StockLevel{location, rows.text(i, 0), rows.int64(i, 1), rows.text(i, 2)});
        }
        slice.more = rows.rows() == limit;
        snapshot.commit();
        return slice;
    }
    const PgResult moved = db->exec("SELECT cursor, sku FROM stock_movements WHERE location = $1 AND cursor > $2 "
                                    "ORDER BY cursor LIMIT $3",
                                    {location, after, limit});
    slice.head = moved.rows() > 0 ? moved.int64(moved.rows() - 1, 0) : after;
    QSet<QString> skus;
    for (int i = 0; i < moved.rows(); ++i) {
        skus.insert(moved.text(i, 1));
    }
    // The moved items' whole figures, in one pass over their part of the ledger.
    const PgResult levels =
        db->exec("SELECT sku, sum(CASE WHEN disposition = 'sellable' THEN delta_milli ELSE 0 END), max(received_at) "
                 "FROM stock_movements WHERE location = $1 AND sku IN (SELECT json_array_elements_text($2::json)) "
                 "AND cursor IS NOT NULL GROUP BY sku",
                 {location, jsonList(skus)});
    for (int i = 0; i < levels.rows(); ++i) {
        slice.levels.push_back(StockLevel{location, levels.text(i, 0), levels.int64(i, 1), levels.text(i, 2)});
    }
    slice.more = moved.rows() == limit;
    snapshot.commit();
    return slice;
}

std::optional<std::pair<QJsonObject, std::optional<StockReceipt>>>
PostgresCentralStore::delivery(const QString& number) {
    PgPool::Lease db = m_pool->acquire();
    PgTransaction snapshot(*db, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const std::optional<QJsonObject> item = readFeedItem(*db, QString::fromLatin1(core::feeds::kDeliveries), number);
    if (!item) {
        return std::nullopt;
    }
    const PgResult receipt = db->exec("SELECT document_id, store_id, till_id, received_at FROM stock_receipts "
                                      "WHERE kind = 'delivery' AND number = $1",
                                      {number});
    std::optional<StockReceipt> received;
    if (receipt.rows() > 0) {
        received =
            StockReceipt{QStringLiteral("delivery"), number, receipt.text(0, 0), receipt.text(0, 1), receipt.text(0, 2),
                         receipt.text(0, 3)};
    }
    snapshot.commit();
    return std::pair{*item, received};
}

std::vector<StockMovementRecord> PostgresCentralStore::stockMovementsSince(std::int64_t cursor, int limit) {
    numberForReaders(Paged::StockMovements);
    PgPool::Lease db = m_pool->acquire();
    const PgResult rows = db->exec("SELECT cursor, location, sku, delta_milli, kind, disposition, document_id, "
                                   "recorded_at, received_at FROM stock_movements WHERE cursor > $1 "
                                   "ORDER BY cursor LIMIT $2",
                                   {cursor, limit});
    std::vector<StockMovementRecord> found;
    for (int i = 0; i < rows.rows(); ++i) {
        found.push_back(StockMovementRecord{rows.int64(i, 0), rows.text(i, 1), rows.text(i, 2), rows.int64(i, 3),
                                            rows.text(i, 4), rows.text(i, 5), rows.text(i, 6), rows.text(i, 7),
                                            rows.text(i, 8)});
    }
    return found;
}

std::vector<RefundRecord> PostgresCentralStore::refunds(const QString& status, std::int64_t afterId, int limit) {
    numberForReaders(Paged::Refunds);
    PgPool::Lease db = m_pool->acquire();
    const PgResult rows = db->exec(
        "SELECT cursor, return_document_id, return_receipt, store_id, original_channel, original_number, payment, "
        "amount_cents, status, created_at, coalesce(paid_at, ''), coalesce(paid_reference, ''), "
        "coalesce(paid_by, '') FROM refunds WHERE cursor > $1 AND ($2 = '' OR status = $2) ORDER BY cursor LIMIT $3",
        {afterId, status, limit});
    std::vector<RefundRecord> found;
    for (int i = 0; i < rows.rows(); ++i) {
        found.push_back(RefundRecord{rows.int64(i, 0), rows.text(i, 1), rows.text(i, 2), rows.text(i, 3),
                                     rows.text(i, 4), rows.text(i, 5), rows.text(i, 6), rows.int64(i, 7),
                                     rows.text(i, 8), rows.text(i, 9), rows.text(i, 10), rows.text(i, 11),
                                     rows.text(i, 12)});
    }
    return found;
}

// A refund is named by its cursor, the number integrations see.
MarkPaid PostgresCentralStore::markRefundPaid(std::int64_t id, const QString& reference, const QString& by,
                                              const QDateTime& at) {
    numberForReaders(Paged::Refunds);
    PgPool::Lease db = m_pool->acquire();
    if (db->exec("UPDATE refunds SET status = 'paid', paid_at = $2, paid_reference = $3, paid_by = $4 "
                 "WHERE cursor = $1 AND status = 'pending'",
                 {id, iso(at), reference, by})
            .affected() == 1) {
        return MarkPaid::Done;
    }
    return db->exec("SELECT 1 FROM refunds WHERE cursor = $1", {id}).rows() > 0 ? MarkPaid::AlreadyPaid
                                                                                : MarkPaid::Unknown;
}

std::vector<VoucherRecord> PostgresCentralStore::legacyVouchers(const QString& afterNumber, int limit) {
    PgPool::Lease db = m_pool->acquire();
    // One query: the list shows each voucher's balance, not the sales that spent it.
    const PgResult rows = db->exec("SELECT number, issued_by, store_id, amount_cents, balance_cents, issued_at "
                                   "FROM vouchers WHERE check_hash IS NULL AND balance_cents > 0 AND number > $1 "
                                   "ORDER BY number LIMIT $2",
                                   {afterNumber, limit});
    std::vector<VoucherRecord> found;
    for (int i = 0; i < rows.rows(); ++i) {
        found.push_back(VoucherRecord{rows.text(i, 0), rows.text(i, 1), rows.text(i, 2), rows.int64(i, 3),
                                      rows.int64(i, 4), rows.text(i, 5)});
    }
    return found;
}

std::vector<ReturnWithoutSale> PostgresCentralStore::returnsWithoutTheirSale(const QString& receivedBefore, int limit) {
    PgPool::Lease db = m_pool->acquire();
    const PgResult rows = db->exec(kReturnsWithoutTheirSaleSql, {receivedBefore, limit});
    std::vector<ReturnWithoutSale> found;
    for (int i = 0; i < rows.rows(); ++i) {
        found.push_back(ReturnWithoutSale{rows.text(i, 0), rows.text(i, 1), rows.text(i, 2), rows.text(i, 3),
                                          rows.text(i, 4), rows.text(i, 5), rows.int64(i, 6), rows.text(i, 7)});
    }
    return found;
}

std::vector<AuditRecord> PostgresCentralStore::audit(const QString& storeId, std::int64_t afterCursor, int limit) {
    numberForReaders(Paged::Audit);
    PgPool::Lease db = m_pool->acquire();
    const PgResult rows =
        db->exec("SELECT cursor, kind, store_id, till_id, actor, subject, coalesce(before, ''), coalesce(after, ''), "
                 "detail, at, received_at, document_id FROM audit WHERE cursor > $1 AND ($2 = '' OR store_id = $2) "
                 "ORDER BY cursor LIMIT $3",
                 {afterCursor, storeId, limit});
    std::vector<AuditRecord> found;
    for (int i = 0; i < rows.rows(); ++i) {
        found.push_back(AuditRecord{rows.int64(i, 0), rows.text(i, 1), rows.text(i, 2), rows.text(i, 3),
                                    rows.text(i, 4), rows.text(i, 5), auditValueFrom(rows.text(i, 6)),
                                    auditValueFrom(rows.text(i, 7)), rows.text(i, 8), rows.text(i, 9), rows.text(i, 10),
                                    rows.text(i, 11)});
    }
    return found;
}

std::optional<VoucherRecord> PostgresCentralStore::voucher(const QString& number) {
    PgPool::Lease db = m_pool->acquire();
    return readVoucher(*db, number);
}

std::vector<StoredSale> PostgresCentralStore::salesSince(std::int64_t cursor, int limit) {
    numberForReaders(Paged::Sales);
    PgPool::Lease db = m_pool->acquire();
    const PgResult rows = db->exec("SELECT cursor, document_id, store_id, till_id, received_at, body FROM sales "
                                   "WHERE cursor > $1 ORDER BY cursor LIMIT $2",
                                   {cursor, limit});
    std::vector<StoredSale> sales;
    for (int i = 0; i < rows.rows(); ++i) {
        sales.push_back(StoredSale{rows.int64(i, 0), rows.text(i, 1), rows.text(i, 2), rows.text(i, 3), rows.text(i, 4),
                                   rows.bytes(i, 5)});
    }
    return sales;
}

std::vector<HeldEvent> PostgresCentralStore::heldEvents(const HeldEventKey& after, int limit) {
    PgPool::Lease db = m_pool->acquire();
    const PgResult rows = db->exec(
        "SELECT device_id, epoch, seq, document_id, kind, schema_version, payload, payload_hash, received_at, "
        "coalesce(chain_hash, '') FROM inbox WHERE applied_at IS NULL AND (device_id, epoch, seq) > ($1, $2, $3) "
        "ORDER BY device_id, epoch, seq LIMIT $4",
        {after.deviceId, after.epoch, after.seq, limit});
    std::vector<HeldEvent> held;
    for (int i = 0; i < rows.rows(); ++i) {
        const int epoch = static_cast<int>(rows.int64(i, 1));
        held.push_back(HeldEvent{rows.text(i, 0), epoch,
                                 core::OutboxEvent{rows.int64(i, 2), epoch, rows.text(i, 3), rows.text(i, 4),
                                                   static_cast<int>(rows.int64(i, 5)), rows.bytes(i, 6),
                                                   rows.text(i, 7), QString(), rows.text(i, 9)},
                                 rows.text(i, 8)});
    }
    return held;
}

std::int64_t PostgresCentralStore::heldEventCount() {
    PgPool::Lease db = m_pool->acquire();
    return db->exec("SELECT count(*) FROM inbox WHERE applied_at IS NULL").int64(0, 0);
}

std::int64_t PostgresCentralStore::putMasterData(const QString& feed, const std::vector<core::FeedItem>& items) {
    PgPool::Lease db = m_pool->acquire();
    PgTransaction transaction(*db);
    // Master-data writers one at a time, held until commit: change numbers are handed out in
    // commit order, so a reader never sees a number above one still to come.
    db->exec("SELECT pg_advisory_xact_lock($1)", {kMasterDataLock});
    std::int64_t changeNo = db->exec("SELECT coalesce(max(change_no), 0) FROM master_data").int64(0, 0);
    const bool products = feed == QLatin1String(core::feeds::kProducts);
    if (products) {
        for (const core::FeedItem& item : items) {
            db->exec("DELETE FROM master_gtins WHERE sku = $1", {item.key});
        }
    }
    for (const core::FeedItem& item : items) {
        db->exec("INSERT INTO master_data (feed, key, change_no, removed, item) VALUES ($1, $2, $3, $4, $5) "
                 "ON CONFLICT (feed, key) DO UPDATE SET change_no = excluded.change_no, removed = excluded.removed, "
                 "item = excluded.item",
                 {feed, item.key, ++changeNo, item.removed, QJsonDocument(item.item).toJson(QJsonDocument::Compact)});
        if (products && !item.removed) {
            for (const QString& gtin : core::productItemGtins(item.item)) {
                if (db->exec("INSERT INTO master_gtins (gtin, sku) VALUES ($1, $2) ON CONFLICT (gtin) DO NOTHING",
                             {gtin, item.key})
                        .affected() == 0) {
                    throw GtinTaken(gtin); // the transaction rolls back
                }
            }
        }
    }
    transaction.commit();
    return changeNo;
}

namespace {

// Steps through the rows a cursor declared in the caller's transaction gives, `fetch` a page at a time.
void fetchAll(PgConnection& db, const char* fetch, const std::function<void(const PgResult&, int)>& row) {
    for (;;) {
        const PgResult page = db.exec(fetch);
        for (int i = 0; i < page.rows(); ++i) {
            row(page, i);
        }
        if (page.rows() == 0) {
            return;
        }
    }
}

} // namespace

void PostgresCentralStore::readSuggestionInputs(const SuggestionInputs& inputs) {
    PgPool::Lease db = m_pool->acquire();
    // One snapshot for the three reads; a cursor each, so a million customers never sit in memory at once.
    PgTransaction transaction(*db, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    db->exec("DECLARE products NO SCROLL CURSOR FOR "
             "SELECT item FROM master_data WHERE feed = 'products' AND NOT removed");
    fetchAll(*db, "FETCH 5000 FROM products",
             [&](const PgResult& rows, int i) { inputs.product(QJsonDocument::fromJson(rows.bytes(i, 0)).object()); });
    db->exec("DECLARE customers NO SCROLL CURSOR FOR SELECT id, coalesce(merged_into, ''), coalesce(body, '') "
             "FROM customers WHERE erased_at IS NULL");
    fetchAll(*db, "FETCH 5000 FROM customers",
             [&](const PgResult& rows, int i) { inputs.customer(rows.text(i, 0), rows.text(i, 1), rows.text(i, 2)); });
    db->exec("DECLARE purchases NO SCROLL CURSOR FOR SELECT d.customer_id, l.sku FROM customer_documents d "
             "JOIN sold_lines l ON l.channel = d.channel AND l.document = d.number "
             "WHERE d.kind IN ('sale', 'order') AND l.quantity_milli > l.returned_milli");
    fetchAll(*db, "FETCH 5000 FROM purchases",
             [&](const PgResult& rows, int i) { inputs.purchase(rows.text(i, 0), rows.text(i, 1)); });
    transaction.commit();
}

std::optional<QJsonObject> PostgresCentralStore::masterDataItem(const QString& feed, const QString& key) {
    PgPool::Lease db = m_pool->acquire();
    const PgResult row =
        db->exec("SELECT item FROM master_data WHERE feed = $1 AND key = $2 AND NOT removed", {feed, key});
    if (row.rows() == 0) {
        return std::nullopt;
    }
    return QJsonDocument::fromJson(row.bytes(0, 0)).object();
}

std::optional<SoldDocument> PostgresCentralStore::soldDocument(const QString& channel, const QString& number,
                                                               const QDateTime& now, const QString& askingDevice) {
    PgPool::Lease db = m_pool->acquire();
    PgTransaction snapshot(*db, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    std::optional<SoldDocument> document = readSoldDocument(*db, channel, number, false);
    if (document) {
        const std::map<int, std::int64_t> reserved = readReserved(*db, channel, number, askingDevice, now);
        for (SoldLine& line : document->lines) {
            const auto held = reserved.find(line.line);
            line.reservedMilli = held == reserved.end() ? 0 : held->second;
        }
    }
    snapshot.commit();
    return document;
}

std::map<QString, QString> PostgresCentralStore::gtinOwners(const QStringList& gtins) {
    PgPool::Lease db = m_pool->acquire();
    std::map<QString, QString> owners;
    // One round trip: the GTINs as a text array.
    QJsonArray array;
    for (const QString& gtin : gtins) {
        array.append(gtin);
    }
    const PgResult rows = db->exec("SELECT gtin, sku FROM master_gtins WHERE gtin IN "
                                   "(SELECT json_array_elements_text($1::json))",
                                   {QJsonDocument(array).toJson(QJsonDocument::Compact)});
    for (int i = 0; i < rows.rows(); ++i) {
        owners.emplace(rows.text(i, 0), rows.text(i, 1));
    }
    return owners;
}

ChangeSlice PostgresCentralStore::changesSince(std::int64_t since, int limit, qsizetype maxBytes,
                                               const LeftOutOfFeed& leftOut) {
    PgPool::Lease db = m_pool->acquire();
    // One snapshot for the page and the head (see putMasterData for why it is a prefix).
    PgTransaction snapshot(*db, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    ChangeSlice slice;
    slice.generation = db->exec("SELECT value FROM central_meta WHERE key = 'generation'").text(0, 0);
    const PgResult rows =
        db->exec("SELECT change_no, feed, removed, item, key, home_store, limited_item, limited_key FROM master_data "
                 "WHERE change_no > $1 AND NOT (change_no <= $3 AND feed = 'customers' AND NOT removed AND "
                 "limited_key IS NOT DISTINCT FROM $4 AND home_store IS DISTINCT FROM $5) "
                 "ORDER BY change_no LIMIT $2",
                 {since, limit, leftOut.through, leftOut.keyFingerprint, leftOut.storeId});
    qsizetype bytes = 0;
    int i = 0;
    for (; i < rows.rows() && bytes < maxBytes; ++i) {
        StoredChange change{rows.int64(i, 0), rows.text(i, 1), rows.bytes(i, 3), rows.boolean(i, 2)};
        bytes += change.item.size();
        if (!rows.isNull(i, 5)) {
            slice.customerForms.emplace(change.changeNo, CustomerFeedForms{rows.text(i, 4), rows.text(i, 5),
                                                                           rows.bytes(i, 6), rows.text(i, 7)});
        }
        slice.changes.push_back(std::move(change));
    }
    slice.head = db->exec("SELECT coalesce(max(change_no), 0) FROM master_data").int64(0, 0);
    const bool readAll = i == rows.rows() && rows.rows() < limit;
    slice.through = readAll ? slice.head : (slice.changes.empty() ? since : slice.changes.back().changeNo);
    snapshot.commit();
    return slice;
}

std::vector<core::Pickup> PostgresCentralStore::pickups(const QString& storeId, const QString& status, int limit) {
    PgPool::Lease db = m_pool->acquire();
    const PgResult rows = db->exec("SELECT body FROM pickups WHERE ($1 = '' OR store_id = $1) AND "
                                   "($2 = '' OR status = $2) ORDER BY placed_at DESC, order_no DESC LIMIT $3",
                                   {storeId, status, limit});
    std::vector<core::Pickup> found;
    for (int i = 0; i < rows.rows(); ++i) {
        found.push_back(storedPickup(rows.bytes(i, 0)));
    }
    return found;
}

std::optional<core::Pickup> PostgresCentralStore::pickup(const QString& order) {
    PgPool::Lease db = m_pool->acquire();
    const PgResult row = db->exec("SELECT body FROM pickups WHERE order_no = $1", {order});
    if (row.rows() == 0) {
        return std::nullopt;
    }
    return storedPickup(row.bytes(0, 0));
}

FeedPoint PostgresCentralStore::readMembers(const QString& keyFingerprint,
                                            const std::function<void(const QByteArray& limitedItem)>& each) {
    PgPool::Lease db = m_pool->acquire();
    PgTransaction snapshot(*db, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    FeedPoint point;
    point.generation = db->exec("SELECT value FROM central_meta WHERE key = 'generation'").text(0, 0);
    point.head = db->exec("SELECT coalesce(max(change_no), 0) FROM master_data").int64(0, 0);
    // In pages by change number, each from the transaction's one snapshot: a million members
    // are never one result in memory.
    constexpr int kPage = 20'000;
    for (std::int64_t after = 0;;) {
        const PgResult rows = db->exec("SELECT change_no, limited_item FROM master_data WHERE change_no > $1 AND "
                                       "feed = 'customers' AND NOT removed AND limited_key = $2 AND "
                                       "limited_item IS NOT NULL ORDER BY change_no LIMIT $3",
                                       {after, keyFingerprint, kPage});
        for (int i = 0; i < rows.rows(); ++i) {
            each(rows.bytes(i, 1));
        }
        if (rows.rows() < kPage) {
            break;
        }
        after = rows.int64(rows.rows() - 1, 0);
    }
    snapshot.commit();
    return point;
}

bool PostgresCentralStore::customerErasedAfter(std::int64_t change) {
    PgPool::Lease db = m_pool->acquire();
    return db
        ->exec("SELECT EXISTS (SELECT 1 FROM master_data WHERE change_no > $1 AND feed = 'customers' AND "
               "removed AND item::jsonb ->> 'erased' = 'true')",
               {change})
        .boolean(0, 0);
}

std::map<QString, QString> PostgresCentralStore::customersSeenAt(const QString& storeId, const QStringList& ids,
                                                                 const QString& since) {
    PgPool::Lease db = m_pool->acquire();
    const PgResult rows = db->exec("SELECT customer_id, max(at) FROM customer_documents WHERE customer_id IN "
                                   "(SELECT json_array_elements_text($1::json)) AND store_id = $2 AND at >= $3 "
                                   "GROUP BY customer_id",
                                   {jsonList(QSet<QString>(ids.begin(), ids.end())), storeId, since});
    std::map<QString, QString> seen;
    for (int row = 0; row < rows.rows(); ++row) {
        seen.emplace(rows.text(row, 0), rows.text(row, 1));
    }
    return seen;
}

std::vector<PickupChange> PostgresCentralStore::pickupChanges(std::int64_t cursor, const QString& storeId, int limit) {
    numberForReaders(Paged::PickupChanges);
    PgPool::Lease db = m_pool->acquire();
    const PgResult rows =
        db->exec("SELECT c.cursor, c.order_no, c.store_id, c.status, c.at, c.source, c.document_id, c.detail, "
                 "coalesce(p.body, '') FROM pickup_changes c LEFT JOIN pickups p ON p.order_no = c.order_no "
                 "WHERE c.cursor > $1 AND ($2 = '' OR c.store_id = $2) ORDER BY c.cursor LIMIT $3",
                 {cursor, storeId, limit});
    std::vector<PickupChange> changes;
    for (int i = 0; i < rows.rows(); ++i) {
        const QByteArray body = rows.bytes(i, 8);
        changes.push_back(PickupChange{rows.int64(i, 0), rows.text(i, 1), rows.text(i, 2), rows.text(i, 3),
                                       rows.text(i, 4), rows.text(i, 5), rows.text(i, 6),
                                       QJsonDocument::fromJson(rows.bytes(i, 7)).object(),
                                       body.isEmpty() ? std::nullopt : std::optional(storedPickup(body))});
    }
    return changes;
}

core::TaxTable PostgresCentralStore::taxTable() {
    PgPool::Lease db = m_pool->acquire();
    const PgResult rows = db->exec("SELECT item FROM master_data WHERE feed = 'tax_codes' AND NOT removed");
    std::vector<core::TaxRate> rates;
    for (int i = 0; i < rows.rows(); ++i) {
        if (auto rate = core::parseTaxRateItem(QJsonDocument::fromJson(rows.bytes(i, 0)).object())) {
            rates.push_back(rate.value());
        }
    }
    return core::TaxTable(std::move(rates));
}

QString PostgresCentralStore::generation() {
    PgPool::Lease db = m_pool->acquire();
    const PgResult row = db->exec("SELECT value FROM central_meta WHERE key = 'generation'");
    return row.rows() == 0 ? QString() : row.text(0, 0);
}

} // namespace kassa::sync
