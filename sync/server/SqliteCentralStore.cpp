#include "SqliteCentralStore.h"

#include "CentralSecrets.h"
#include "SaleNeverArrived.h"
#include "SqliteCentralReaders.h"
#include "SqliteCentralSchema.h"
#include "core/store/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <stdexcept>
#include <string>

namespace kassa::sync {

namespace {

QString iso(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// An item central writes into one of its own feeds (till_certificates, vouchers) under a new
// change number (the caller holds the writer, so numbers follow commits); `removed` takes it out.
// An item written again loses the forms derived from what it was (an erased customer's checks
// with them) unless `forms` brings new ones.
void feedItem(core::Database& db, const QString& feed, const QString& key, const QJsonObject& item, bool removed,
              const CustomerFeedForms* forms = nullptr) {
    core::Query write = db.prepare(
        "INSERT INTO master_data (feed, key, change_no, removed, item, home_store, limited_item, limited_key) "
        "VALUES (?1, ?2, (SELECT coalesce(max(change_no), 0) + 1 FROM master_data), ?3, ?4, ?5, ?6, ?7) "
        "ON CONFLICT (feed, key) DO UPDATE SET change_no = excluded.change_no, removed = excluded.removed, "
        "item = excluded.item, home_store = excluded.home_store, limited_item = excluded.limited_item, "
        "limited_key = excluded.limited_key");
    write->bind(1, feed).bind(2, key).bind(3, removed ? 1 : 0);
    write->bind(4, QString::fromUtf8(QJsonDocument(item).toJson(QJsonDocument::Compact)));
    if (forms != nullptr) {
        write->bind(5, forms->homeStore).bind(7, forms->keyFingerprint);
        forms->limitedItem.isEmpty() ? write->bindNull(6) : write->bind(6, QString::fromUtf8(forms->limitedItem));
    } else {
        write->bindNull(5).bindNull(6).bindNull(7);
    }
    write->run();
}

std::optional<QJsonObject> readFeedItem(core::Database& db, const QString& feed, const QString& key) {
    core::Query query = db.prepare("SELECT item FROM master_data WHERE feed = ?1 AND key = ?2");
    query->bind(1, feed).bind(2, key);
    return query->step() ? std::optional(QJsonDocument::fromJson(query->blob(0)).object()) : std::nullopt;
}

std::optional<VoucherRecord> readVoucher(core::Database& db, const QString& number) {
    core::Query query = db.prepare("SELECT number, issued_by, store_id, amount_cents, balance_cents, issued_at, "
                                   "coalesce(check_hash, '') FROM vouchers WHERE number = ?1");
    query->bind(1, number);
    if (!query->step()) {
        return std::nullopt;
    }
    VoucherRecord voucher{query->text(0),  query->text(1),  query->text(2),
                          query->int64(3), query->int64(4), query->text(5)};
    voucher.check = query->text(6);
    core::Query spends = db.prepare("SELECT document_id, receipt, store_id, amount_cents, received_at "
                                    "FROM voucher_spends WHERE number = ?1 ORDER BY id");
    spends->bind(1, number);
    while (spends->step()) {
        voucher.spends.push_back(
            VoucherSpend{number, spends->text(0), spends->text(1), spends->text(2), spends->int64(3), spends->text(4)});
    }
    return voucher;
}

// An empty contact is kept as NULL: it matches nobody.
void bindContact(core::Statement& statement, int index, const QString& value) {
    value.isEmpty() ? statement.bindNull(index) : statement.bind(index, value);
}

// Further stores of an exception, kept as " 001 002 " so that one can be found with LIKE.
QString storeList(const QStringList& stores) {
    return stores.isEmpty() ? QString() : QLatin1Char(' ') + stores.join(QLatin1Char(' ')) + QLatin1Char(' ');
}

std::optional<SoldDocument> readSoldDocument(core::Database& db, const QString& channel, const QString& number) {
    core::Query query =
        db.prepare("SELECT line, sku, quantity_milli, unit_price_cents, net_cents, tax_code, returned_milli, "
                   "store_id, sold_at FROM sold_lines WHERE channel = ?1 AND document = ?2 ORDER BY line");
    query->bind(1, channel).bind(2, number);
    SoldDocument document{channel, number, {}, {}, {}};
    while (query->step()) {
        document.lines.push_back(SoldLine{query->integer(0), query->text(1), query->int64(2), query->int64(3),
                                          query->int64(4), query->text(5), query->int64(6)});
        document.storeId = query->text(7);
        document.soldAt = query->text(8);
    }
    core::Query payments = db.prepare("SELECT kind, amount_cents, auth_code, masked_pan FROM sold_payments "
                                      "WHERE channel = ?1 AND document = ?2 ORDER BY position");
    payments->bind(1, channel).bind(2, number);
    while (payments->step()) {
        document.payments.push_back(
            SoldPayment{payments->text(0), payments->int64(1), payments->text(2), payments->text(3)});
    }
    return document.lines.empty() ? std::nullopt : std::optional(std::move(document));
}

// What open, unexpired leases hold of the document's lines; those of `exceptDevice` left out.
std::map<int, std::int64_t> readReserved(core::Database& db, const QString& channel, const QString& number,
                                         const QString& exceptDevice, const QDateTime& now) {
    core::Query query = db.prepare(
        "SELECT l.line, sum(l.quantity_milli) FROM return_leases r JOIN return_lease_lines l ON l.lease_id = r.id "
        "WHERE r.channel = ?1 AND r.document = ?2 AND r.ended_at IS NULL AND r.expires_at > ?3 AND r.device_id <> ?4 "
        "GROUP BY l.line");
    query->bind(1, channel).bind(2, number).bind(3, iso(now)).bind(4, exceptDevice);
    std::map<int, std::int64_t> reserved;
    while (query->step()) {
        reserved[query->integer(0)] = query->int64(1);
    }
    return reserved;
}

CentralException readException(const core::Statement& query) {
    CentralException e{query.int64(0), query.text(1), query.text(2), query.text(3),
                       query.text(4),  query.text(5), query.text(6), query.text(7)};
    e.otherStores = query.text(8).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return e;
}

// Statements are cached by their text's address: the columns are spliced in as a literal.
#define KASSA_EXCEPTION_COLUMNS                                                                                        \
    "SELECT id, kind, device_id, store_id, till_id, document_id, detail, raised_at, other_stores FROM exceptions "

} // namespace

// One write transaction on the writer connection, which it holds until it ends.
class SqliteCentralStore::Write final : public CentralWrite {
public:
    explicit Write(WriterLease lease)
        : m_lease(std::move(lease))
        , m_transaction(m_lease.db) {}

    std::optional<TillRecord> till(const QString& deviceId) override {
        core::Query query = db().prepare("SELECT store_id, till_id, quarantined FROM tills WHERE device_id = ?1");
        query->bind(1, deviceId);
        if (!query->step()) {
            return std::nullopt;
        }
        return TillRecord{query->text(0), query->text(1), query->integer(2) != 0};
    }

    // SQLite has one writer at a time: holding the write transaction locks every till.
    DeviceProgress lockProgress(const QString& deviceId, int epoch) override {
        core::Query query = db().prepare("SELECT high_water_mark, last_chain_hash, last_sale_number "
                                         "FROM device_progress WHERE device_id = ?1 AND epoch = ?2");
        query->bind(1, deviceId).bind(2, epoch);
        if (!query->step()) {
            return {};
        }
        return DeviceProgress{query->int64(0), query->text(1), query->int64(2), true};
    }

    void saveProgress(const QString& deviceId, int epoch, const DeviceProgress& progress) override {
        core::Query query = db().prepare(
            "INSERT INTO device_progress (device_id, epoch, high_water_mark, last_chain_hash, last_sale_number) "
            "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (device_id, epoch) DO UPDATE SET "
            "high_water_mark = excluded.high_water_mark, last_chain_hash = excluded.last_chain_hash, "
            "last_sale_number = excluded.last_sale_number");
        query->bind(1, deviceId).bind(2, epoch).bind(3, progress.highWaterMark).bind(4, progress.lastChainHash);
        query->bind(5, progress.lastReceiptNumber).run();
    }

    std::optional<QString> inboxPayloadHash(const QString& deviceId, int epoch, std::int64_t seq) override {
        core::Query query =
            db().prepare("SELECT payload_hash FROM inbox WHERE device_id = ?1 AND epoch = ?2 AND seq = ?3");
        query->bind(1, deviceId).bind(2, epoch).bind(3, seq);
        if (!query->step()) {
            return std::nullopt;
        }
        return query->text(0);
    }

    void addToInbox(const QString& deviceId, int epoch, const core::OutboxEvent& event, const QDateTime& receivedAt,
                    bool applied) override {
        core::Query inbox = db().prepare("INSERT INTO inbox (device_id, epoch, seq, document_id, kind, "
                                         "schema_version, payload_hash, payload, received_at, applied_at, chain_hash) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
        inbox->bind(1, deviceId).bind(2, epoch).bind(3, event.seq).bind(4, event.documentId);
        inbox->bind(5, event.kind).bind(6, event.schemaVersion).bind(7, event.payloadHash);
        inbox->bind(8, QString::fromUtf8(event.payload)).bind(9, iso(receivedAt));
        applied ? inbox->bind(10, iso(receivedAt)) : inbox->bindNull(10);
        inbox->bind(11, event.chainHash).run();
    }

    bool claimHeld(const QString& deviceId, int epoch, std::int64_t seq, const QDateTime& at) override {
        core::Query claim = db().prepare("UPDATE inbox SET applied_at = ?4 WHERE device_id = ?1 AND epoch = ?2 "
                                         "AND seq = ?3 AND applied_at IS NULL");
        claim->bind(1, deviceId).bind(2, epoch).bind(3, seq).bind(4, iso(at)).run();
        return db().changes() == 1;
    }

    void addException(const CentralException& e) override {
        core::Query query =
            db().prepare("INSERT INTO exceptions (kind, device_id, store_id, till_id, document_id, detail, "
                         "raised_at, other_stores) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        query->bind(1, e.kind).bind(2, e.deviceId).bind(3, e.storeId).bind(4, e.tillId).bind(5, e.documentId);
        query->bind(6, e.detail).bind(7, e.raisedAt).bind(8, storeList(e.otherStores)).run();
    }

    bool addAudit(const AuditRecord& r) override {
        core::Query insert = db().prepare(
            "INSERT INTO audit (document_id, kind, store_id, till_id, actor, subject, before, after, detail, at, "
            "received_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT (document_id) DO NOTHING");
        insert->bind(1, r.documentId).bind(2, r.kind).bind(3, r.storeId).bind(4, r.tillId).bind(5, r.actor);
        insert->bind(6, r.subject);
        const std::optional<QString> before = auditValueText(r.before);
        const std::optional<QString> after = auditValueText(r.after);
        before ? insert->bind(7, *before) : insert->bindNull(7);
        after ? insert->bind(8, *after) : insert->bindNull(8);
        insert->bind(9, r.detail).bind(10, r.at).bind(11, r.receivedAt).run();
        return db().changes() == 1;
    }

    void quarantine(const QString& deviceId, const QString& reason) override {
        core::Query query =
            db().prepare("UPDATE tills SET quarantined = 1, quarantine_reason = ?2 WHERE device_id = ?1");
        query->bind(1, deviceId).bind(2, reason).run();
    }

    void noteContact(const QString& deviceId, const QDateTime& at, std::int64_t lagMs) override {
        core::Query query = db().prepare("UPDATE tills SET last_seen_at = ?1, last_lag_ms = ?2 WHERE device_id = ?3");
        query->bind(1, iso(at)).bind(2, lagMs).bind(3, deviceId).run();
    }

    bool addSale(const SaleRecord& sale) override {
        core::Query insert = db().prepare(
            "INSERT INTO sales (document_id, device_id, epoch, seq, store_id, till_id, receipt_number, total_cents, "
            "completed_at, received_at, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
            "ON CONFLICT (document_id) DO NOTHING");
        insert->bind(1, sale.documentId).bind(2, sale.deviceId).bind(3, sale.epoch).bind(4, sale.seq);
        insert->bind(5, sale.storeId).bind(6, sale.tillId).bind(7, sale.receiptNumber).bind(8, sale.totalCents);
        insert->bind(9, sale.completedAt).bind(10, sale.receivedAt).bind(11, QString::fromUtf8(sale.body)).run();
        return db().changes() == 1;
    }

    std::vector<int> addSoldDocument(const SoldDocument& document) override {
        std::vector<int> overReturned;
        for (const SoldLine& line : document.lines) {
            core::Query insert = db().prepare(
                "INSERT INTO sold_lines (channel, document, line, store_id, sold_at, sku, quantity_milli, "
                "unit_price_cents, net_cents, tax_code, returned_milli) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                "?10, (SELECT coalesce(sum(quantity_milli), 0) FROM returned_lines "
                "WHERE channel = ?1 AND document = ?2 AND line = ?3)) "
                "ON CONFLICT (channel, document, line) DO NOTHING RETURNING returned_milli > quantity_milli");
            insert->bind(1, document.channel).bind(2, document.number).bind(3, line.line).bind(4, document.storeId);
            insert->bind(5, document.soldAt).bind(6, line.sku).bind(7, line.quantityMilli);
            insert->bind(8, line.unitPriceCents).bind(9, line.netCents).bind(10, line.taxCode);
            if (insert->step() && insert->integer(0) != 0) {
                overReturned.push_back(line.line);
            }
        }
        int position = 0;
        for (const SoldPayment& payment : document.payments) {
            core::Query insert = db().prepare(
                "INSERT INTO sold_payments (channel, document, position, kind, amount_cents, auth_code, masked_pan) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (channel, document, position) DO NOTHING");
            insert->bind(1, document.channel).bind(2, document.number).bind(3, ++position).bind(4, payment.kind);
            insert->bind(5, payment.amountCents).bind(6, payment.authCode).bind(7, payment.maskedPan).run();
        }
        return overReturned;
    }

    SoldLineReturns returnsOfLine(const QString& channel, const QString& number, int line) override {
        SoldLineReturns state;
        core::Query sold =
            db().prepare("SELECT quantity_milli FROM sold_lines WHERE channel = ?1 AND document = ?2 AND line = ?3");
        sold->bind(1, channel).bind(2, number).bind(3, line);
        if (sold->step()) {
            state.soldMilli = sold->int64(0);
        }
        core::Query returned = db().prepare("SELECT return_receipt, store_id, quantity_milli FROM returned_lines "
                                            "WHERE channel = ?1 AND document = ?2 AND line = ?3 ORDER BY id");
        returned->bind(1, channel).bind(2, number).bind(3, line);
        while (returned->step()) {
            if (!state.returns.contains(returned->text(0))) {
                state.returns << returned->text(0);
                state.stores << returned->text(1);
            }
            state.returnedMilli += returned->int64(2);
        }
        return state;
    }

    bool addReturn(const ReturnRecord& r) override {
        core::Query insert = db().prepare(
            "INSERT INTO returns (document_id, device_id, epoch, seq, store_id, till_id, receipt_number, "
            "original_channel, original_number, total_cents, decided_offline, completed_at, received_at, body) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) ON CONFLICT (document_id) DO "
            "NOTHING");
        insert->bind(1, r.documentId).bind(2, r.deviceId).bind(3, r.epoch).bind(4, r.seq).bind(5, r.storeId);
        insert->bind(6, r.tillId).bind(7, r.receiptNumber).bind(8, r.originalChannel).bind(9, r.originalNumber);
        insert->bind(10, r.totalCents).bind(11, r.decidedOffline ? 1 : 0).bind(12, r.completedAt);
        insert->bind(13, r.receivedAt).bind(14, QString::fromUtf8(r.body)).run();
        return db().changes() == 1;
    }

    SoldLineReturns addReturnedLine(const ReturnedLine& l) override {
        core::Query insert = db().prepare(
            "INSERT INTO returned_lines (return_document_id, return_receipt, store_id, channel, document, line, "
            "quantity_milli) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        insert->bind(1, l.returnDocumentId).bind(2, l.returnReceipt).bind(3, l.storeId).bind(4, l.channel);
        insert->bind(5, l.number).bind(6, l.line).bind(7, l.quantityMilli).run();
        core::Query count = db().prepare("UPDATE sold_lines SET returned_milli = returned_milli + ?4 "
                                         "WHERE channel = ?1 AND document = ?2 AND line = ?3");
        count->bind(1, l.channel).bind(2, l.number).bind(3, l.line).bind(4, l.quantityMilli).run();
        return returnsOfLine(l.channel, l.number, l.line);
    }

    void addStockMovement(const StockMovementRecord& m) override {
        core::Query insert = db().prepare(
            "INSERT INTO stock_movements (location, sku, delta_milli, kind, disposition, document_id, recorded_at, "
            "received_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        insert->bind(1, m.location).bind(2, m.sku).bind(3, m.deltaMilli).bind(4, m.kind).bind(5, m.disposition);
        insert->bind(6, m.documentId).bind(7, m.recordedAt).bind(8, m.receivedAt).run();
    }

    std::int64_t onHandAsOf(const QString& location, const QString& sku, const QString& at) override {
        core::Query query = db().prepare("SELECT coalesce(sum(delta_milli), 0) FROM stock_movements "
                                         "WHERE location = ?1 AND sku = ?2 AND recorded_at <= ?3 "
                                         "AND disposition = 'sellable'");
        query->bind(1, location).bind(2, sku).bind(3, at);
        query->step();
        return query->int64(0);
    }

    bool hasStockDocument(const QString& documentId) override {
        core::Query query = db().prepare("SELECT 1 FROM stock_movements WHERE document_id = ?1 LIMIT 1");
        query->bind(1, documentId);
        return query->step();
    }

    std::optional<StockReceipt> recordStockReceipt(const StockReceipt& r) override {
        core::Query earlier = db().prepare("SELECT document_id, store_id, till_id, received_at FROM stock_receipts "
                                           "WHERE kind = ?1 AND number = ?2");
        earlier->bind(1, r.kind).bind(2, r.number);
        if (earlier->step()) {
            return StockReceipt{r.kind,           r.number,         earlier->text(0),
                                earlier->text(1), earlier->text(2), earlier->text(3)};
        }
        core::Query insert = db().prepare("INSERT INTO stock_receipts (kind, number, document_id, store_id, till_id, "
                                          "received_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        insert->bind(1, r.kind).bind(2, r.number).bind(3, r.documentId).bind(4, r.storeId).bind(5, r.tillId);
        insert->bind(6, r.receivedAt).run();
        return std::nullopt;
    }

    void feedItem(const QString& feed, const QString& key, const QJsonObject& item, bool removed) override {
        kassa::sync::feedItem(db(), feed, key, item, removed);
    }

    void feedCustomerItem(const QJsonObject& item, const CustomerFeedForms& forms) override {
        kassa::sync::feedItem(db(), QString::fromLatin1(core::feeds::kCustomers), forms.id, item, false, &forms);
    }

    std::vector<QJsonObject> customersWithoutForms(const QString& fingerprint, const QString& after,
                                                   int limit) override {
        core::Query query = db().prepare("SELECT item FROM master_data WHERE feed = 'customers' AND key > ?1 AND "
                                         "removed = 0 AND limited_key IS NOT ?2 ORDER BY key LIMIT ?3");
        query->bind(1, after).bind(2, fingerprint).bind(3, limit);
        std::vector<QJsonObject> items;
        while (query->step()) {
            items.push_back(QJsonDocument::fromJson(query->blob(0)).object());
        }
        return items;
    }

    void keepCustomerForms(const CustomerFeedForms& forms) override {
        core::Query update =
            db().prepare("UPDATE master_data SET home_store = ?2, limited_item = ?3, limited_key = ?4 "
                         "WHERE feed = 'customers' AND key = ?1 AND removed = 0 AND limited_key IS NOT ?4");
        update->bind(1, forms.id).bind(2, forms.homeStore).bind(4, forms.keyFingerprint);
        forms.limitedItem.isEmpty() ? update->bindNull(3) : update->bind(3, QString::fromUtf8(forms.limitedItem));
        update->run();
    }

    std::optional<QJsonObject> feedItemOf(const QString& feed, const QString& key) override {
        return readFeedItem(db(), feed, key);
    }

    std::optional<QString> latestCountAt(const QString& location, const QString& sku) override {
        core::Query query = db().prepare("SELECT max(recorded_at) FROM stock_movements "
                                         "WHERE location = ?1 AND sku = ?2 AND kind = 'count'");
        query->bind(1, location).bind(2, sku);
        query->step();
        return query->isNull(0) ? std::nullopt : std::optional(query->text(0));
    }

    void addRefund(const RefundRecord& r) override {
        core::Query insert = db().prepare(
            "INSERT INTO refunds (return_document_id, return_receipt, store_id, original_channel, original_number, "
            "payment, amount_cents, status, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'pending', ?8)");
        insert->bind(1, r.returnDocumentId).bind(2, r.returnReceipt).bind(3, r.storeId).bind(4, r.originalChannel);
        insert->bind(5, r.originalNumber).bind(6, r.payment).bind(7, r.amountCents).bind(8, r.createdAt).run();
    }

    bool addVoucher(const VoucherRecord& v) override {
        core::Query insert = db().prepare("INSERT INTO vouchers (number, issued_by, store_id, amount_cents, "
                                          "balance_cents, issued_at, check_hash) "
                                          "VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?6) ON CONFLICT (number) DO NOTHING");
        insert->bind(1, v.number).bind(2, v.issuedBy).bind(3, v.storeId).bind(4, v.amountCents);
        insert->bind(5, v.issuedAt);
        v.check.isEmpty() ? insert->bindNull(6) : insert->bind(6, v.check);
        insert->run();
        return db().changes() == 1;
    }

    bool addCertificate(const QString& fingerprint, const QByteArray& certificatePem, const TillPrincipal& till,
                        const QDateTime& issuedAt) override {
        core::Query query = db().prepare("INSERT OR IGNORE INTO till_certificates (fingerprint, device_id, store_id, "
                                         "till_id, issued_at, pem) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        query->bind(1, fingerprint).bind(2, till.deviceId).bind(3, till.storeId).bind(4, till.tillId);
        query->bind(5, iso(issuedAt)).bind(6, QString::fromLatin1(certificatePem)).run();
        return db().changes() == 1;
    }

    std::vector<RevokedCertificate> revokeCertificates(const QString& storeId, const QString& tillId,
                                                       const QDateTime& at) override {
        core::Query revoked = db().prepare(
            "UPDATE till_certificates SET revoked_at = ?3 WHERE store_id = ?1 AND till_id = ?2 AND revoked_at IS NULL "
            "RETURNING fingerprint, coalesce(pem, '')");
        revoked->bind(1, storeId).bind(2, tillId).bind(3, iso(at));
        std::vector<RevokedCertificate> certificates;
        while (revoked->step()) {
            certificates.push_back({revoked->text(0), revoked->text(1)});
        }
        return certificates;
    }

    std::optional<VoucherRecord> spendVoucher(const VoucherSpend& spend) override {
        core::Query insert = db().prepare("INSERT INTO voucher_spends (number, document_id, receipt, store_id, "
                                          "amount_cents, received_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        insert->bind(1, spend.number).bind(2, spend.documentId).bind(3, spend.receipt).bind(4, spend.storeId);
        insert->bind(5, spend.amountCents).bind(6, spend.receivedAt).run();
        core::Query update = db().prepare("UPDATE vouchers SET balance_cents = balance_cents - ?2 WHERE number = ?1");
        update->bind(1, spend.number).bind(2, spend.amountCents).run();
        return readVoucher(db(), spend.number);
    }

    // SQLite has one writer at a time: the write transaction locks every document.
    std::optional<SoldDocument> lockSoldDocument(const QString& channel, const QString& number) override {
        return readSoldDocument(db(), channel, number);
    }

    std::map<int, std::int64_t> reservedByOthers(const QString& channel, const QString& number, const QString& deviceId,
                                                 const QDateTime& now) override {
        return readReserved(db(), channel, number, deviceId, now);
    }

    void endDeviceLeases(const QString& channel, const QString& number, const QString& deviceId,
                         const QDateTime& at) override {
        core::Query end = db().prepare("UPDATE return_leases SET ended_at = ?4, ended_how = 'replaced' "
                                       "WHERE channel = ?1 AND document = ?2 AND device_id = ?3 AND ended_at IS NULL");
        end->bind(1, channel).bind(2, number).bind(3, deviceId).bind(4, iso(at)).run();
    }

    void addLease(const LeaseRecord& lease) override {
        core::Query insert = db().prepare(
            "INSERT INTO return_leases (id, channel, document, device_id, store_id, till_id, created_at, expires_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        insert->bind(1, lease.id).bind(2, lease.channel).bind(3, lease.number).bind(4, lease.deviceId);
        insert->bind(5, lease.storeId).bind(6, lease.tillId).bind(7, iso(lease.createdAt));
        insert->bind(8, iso(lease.expiresAt)).run();
        for (const auto& [line, quantity] : lease.lines) {
            core::Query held =
                db().prepare("INSERT INTO return_lease_lines (lease_id, line, quantity_milli) VALUES (?1, ?2, ?3)");
            held->bind(1, lease.id).bind(2, line).bind(3, quantity).run();
        }
    }

    bool endLease(const QString& id, const QString& deviceId, const QString& how, const QDateTime& at) override {
        core::Query end = db().prepare("UPDATE return_leases SET ended_at = ?3, ended_how = ?4 "
                                       "WHERE id = ?1 AND device_id = ?2 AND ended_at IS NULL");
        end->bind(1, id).bind(2, deviceId).bind(3, iso(at)).bind(4, how).run();
        return db().changes() == 1;
    }

    // SQLite has one writer at a time: the write transaction holds every customer already.
    void lockCustomers() override {}

    std::optional<CustomerRow> customerRow(const QString& id) override {
        core::Query query = db().prepare("SELECT body, merged_into, erased_at FROM customers WHERE id = ?1");
        query->bind(1, id);
        if (!query->step()) {
            return std::nullopt;
        }
        return customerRowOf(id, query->isNull(0) ? QByteArray() : query->blob(0), query->text(1), query->text(2));
    }

    std::optional<QString> liveCustomerWith(CustomerContact contact, const QString& value,
                                            const QString& exceptId) override {
        core::Query query = [&] {
            switch (contact) {
            case CustomerContact::LoyaltyCard:
                return db().prepare("SELECT id FROM customers WHERE loyalty_card = ?1 AND id <> ?2 LIMIT 1");
            case CustomerContact::Email:
                return db().prepare("SELECT id FROM customers WHERE email = lower(?1) AND id <> ?2 LIMIT 1");
            case CustomerContact::Phone:
                break;
            }
            return db().prepare("SELECT id FROM customers WHERE phone = ?1 AND id <> ?2 LIMIT 1");
        }();
        query->bind(1, value).bind(2, exceptId);
        return query->step() ? std::optional(query->text(0)) : std::nullopt;
    }

    void saveCustomer(const core::Customer& customer) override {
        core::Query save = db().prepare(
            "INSERT INTO customers (id, body, email, phone, loyalty_card) VALUES (?1, ?2, lower(?3), ?4, ?5) "
            "ON CONFLICT (id) DO UPDATE SET body = excluded.body, email = excluded.email, phone = excluded.phone, "
            "loyalty_card = excluded.loyalty_card");
        save->bind(1, customer.id).bind(2, customerBody(customer));
        bindContact(*save, 3, customer.email);
        bindContact(*save, 4, customer.phone);
        bindContact(*save, 5, customer.loyaltyCard);
        save->run();
    }

    void recordCustomerMerge(const CustomerMerge& m) override {
        core::Query alias = db().prepare("INSERT INTO customers (id, merged_into) VALUES (?1, ?2) "
                                         "ON CONFLICT (id) DO UPDATE SET body = NULL, email = NULL, phone = NULL, "
                                         "loyalty_card = NULL, merged_into = excluded.merged_into");
        alias->bind(1, m.mergedId).bind(2, m.intoId).run();
        core::Query merge = db().prepare("INSERT OR REPLACE INTO customer_merges (merged_id, into_id, matched_on, "
                                         "source, merged_at) VALUES (?1, ?2, ?3, ?4, ?5)");
        merge->bind(1, m.mergedId).bind(2, m.intoId).bind(3, m.matchedOn).bind(4, m.source).bind(5, m.mergedAt).run();
    }

    std::vector<CustomerMerge> customerMerges(const QString& intoId) override {
        core::Query query = db().prepare("SELECT merged_id, matched_on, source, merged_at FROM customer_merges "
                                         "WHERE into_id = ?1 ORDER BY merged_at, merged_id");
        query->bind(1, intoId);
        std::vector<CustomerMerge> merges;
        while (query->step()) {
            merges.push_back(CustomerMerge{query->text(0), intoId, query->text(1), query->text(2), query->text(3)});
        }
        return merges;
    }

    void eraseCustomer(const QString& id, const QStringList& contactHashes, const QString& at) override {
        core::Query erase = db().prepare(
            "INSERT INTO customers (id, erased_at) VALUES (?1, ?2) ON CONFLICT (id) DO UPDATE SET body = NULL, "
            "email = NULL, phone = NULL, loyalty_card = NULL, erased_at = excluded.erased_at");
        erase->bind(1, id).bind(2, at).run();
        for (const QString& hash : contactHashes) {
            core::Query remember = db().prepare("INSERT OR REPLACE INTO erased_contacts (contact_hash, erased_at) "
                                                "VALUES (?1, ?2)");
            remember->bind(1, hash).bind(2, at).run();
        }
        core::Query blank =
            db().prepare("UPDATE inbox SET payload = '{\"erased\":true}' WHERE (device_id, epoch, seq) IN "
                         "(SELECT device_id, epoch, seq FROM customer_facts WHERE customer_id = ?1)");
        blank->bind(1, id).run();
        core::Query orders =
            db().prepare("UPDATE web_orders SET body = json_remove(body, '$.customer') WHERE order_no IN "
                         "(SELECT number FROM customer_documents WHERE customer_id = ?1 AND kind = 'order')");
        orders->bind(1, id).run();
        core::Query history = db().prepare("DELETE FROM customer_documents WHERE customer_id = ?1");
        history->bind(1, id).run();
        core::Query suggestions = db().prepare("DELETE FROM customer_suggestions WHERE customer_id = ?1");
        suggestions->bind(1, id).run();
    }

    void addCustomerDocument(const CustomerDocument& d) override {
        core::Query add = db().prepare(
            "INSERT INTO customer_documents (customer_id, kind, channel, number, document_id, store_id, at, "
            "total_cents) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT DO NOTHING");
        add->bind(1, d.customerId).bind(2, d.kind).bind(3, d.channel).bind(4, d.number).bind(5, d.documentId);
        add->bind(6, d.storeId).bind(7, d.at).bind(8, d.totalCents).run();
    }

    std::vector<CustomerDocument> customerDocuments(const QStringList& ids, int limit, int skip) override {
        core::Query query = db().prepare(
            "SELECT customer_id, kind, channel, number, document_id, store_id, at, total_cents FROM customer_documents "
            "WHERE customer_id IN (SELECT value FROM json_each(?1)) ORDER BY at DESC, number DESC LIMIT ?2 OFFSET ?3");
        query->bind(1, jsonList(QSet<QString>(ids.begin(), ids.end()))).bind(2, limit).bind(3, skip);
        std::vector<CustomerDocument> documents;
        while (query->step()) {
            documents.push_back(CustomerDocument{query->text(0), query->text(1), query->text(2), query->text(3),
                                                 query->text(4), query->text(5), query->text(6), query->int64(7)});
        }
        return documents;
    }

    std::optional<QString> erasedContactAt(const QStringList& contactHashes) override {
        core::Query query = db().prepare("SELECT max(erased_at) FROM erased_contacts "
                                         "WHERE contact_hash IN (SELECT value FROM json_each(?1))");
        query->bind(1, jsonList(QSet<QString>(contactHashes.begin(), contactHashes.end())));
        query->step();
        return query->isNull(0) ? std::nullopt : std::optional(query->text(0));
    }

    void noteCustomerFact(const QString& customerId, const QString& deviceId, int epoch, std::int64_t seq) override {
        core::Query note = db().prepare("INSERT OR IGNORE INTO customer_facts (customer_id, device_id, epoch, seq) "
                                        "VALUES (?1, ?2, ?3, ?4)");
        note->bind(1, customerId).bind(2, deviceId).bind(3, epoch).bind(4, seq).run();
        core::Query blank = db().prepare(
            "UPDATE inbox SET payload = '{\"erased\":true}' WHERE device_id = ?2 AND epoch = ?3 AND seq = ?4 AND "
            "EXISTS (SELECT 1 FROM customers WHERE id = ?1 AND erased_at IS NOT NULL)");
        blank->bind(1, customerId).bind(2, deviceId).bind(3, epoch).bind(4, seq).run();
    }

    void addLoyaltyEntry(const LoyaltyLedgerEntry& e) override {
        core::Query add = db().prepare(
            "INSERT INTO loyalty_entries (customer_id, kind, points, earned, sale_receipt, document_id, device_id, "
            "epoch, seq, store_id, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
        add->bind(1, e.customerId).bind(2, e.kind).bind(3, e.points).bind(4, e.earned).bind(5, e.saleReceipt);
        add->bind(6, e.documentId).bind(7, e.deviceId).bind(8, e.epoch).bind(9, e.seq).bind(10, e.storeId);
        add->bind(11, e.at).run();
    }

    core::LoyaltyStanding loyaltyStanding(const QStringList& ids) override {
        core::LoyaltyStanding standing;
        core::Query query =
            db().prepare("SELECT device_id, epoch, sum(points), sum(earned), max(seq) FROM loyalty_entries "
                         "WHERE customer_id IN (SELECT value FROM json_each(?1)) GROUP BY device_id, epoch");
        query->bind(1, jsonList(QSet<QString>(ids.begin(), ids.end())));
        while (query->step()) {
            standing.balance += query->int64(2);
            standing.earnedTotal += query->int64(3);
            standing.counted[query->text(0) + QLatin1Char(':') + query->text(1)] = query->int64(4);
        }
        return standing;
    }

    std::vector<LoyaltyLedgerEntry> loyaltyRedemptions(const QStringList& ids) override {
        core::Query query =
            db().prepare("SELECT customer_id, points, sale_receipt, document_id, store_id, at FROM loyalty_entries "
                         "WHERE customer_id IN (SELECT value FROM json_each(?1)) AND kind = 'redeem' ORDER BY id");
        query->bind(1, jsonList(QSet<QString>(ids.begin(), ids.end())));
        std::vector<LoyaltyLedgerEntry> entries;
        while (query->step()) {
            entries.push_back(LoyaltyLedgerEntry{query->text(0),
                                                 QStringLiteral("redeem"),
                                                 query->int64(1),
                                                 0,
                                                 query->text(2),
                                                 query->text(3),
                                                 {},
                                                 1,
                                                 0,
                                                 query->text(4),
                                                 query->text(5)});
        }
        return entries;
    }

    std::optional<SaleLoyaltyRecord> saleLoyalty(const QString& saleReceipt) override {
        core::Query query = db().prepare(
            "SELECT max(CASE WHEN kind = 'earn' THEN customer_id END), sum(CASE WHEN kind = 'earn' THEN earned END), "
            "coalesce(-sum(CASE WHEN kind = 'take_back' THEN points END), 0) FROM loyalty_entries "
            "WHERE sale_receipt = ?1");
        query->bind(1, saleReceipt);
        if (!query->step() || query->isNull(0)) {
            return std::nullopt;
        }
        return SaleLoyaltyRecord{query->text(0), query->int64(1), query->int64(2)};
    }

    void logCustomerRead(const CustomerRead& read) override {
        core::Query log =
            db().prepare("INSERT INTO customer_reads (customer_id, reader, purpose, read_at) VALUES (?1, ?2, ?3, ?4)");
        log->bind(1, read.customerId).bind(2, read.reader).bind(3, read.purpose).bind(4, read.readAt).run();
    }

    std::vector<CustomerRead> customerReads(const QString& id) override {
        core::Query query =
            db().prepare("SELECT reader, purpose, read_at FROM customer_reads WHERE customer_id = ?1 ORDER BY id");
        query->bind(1, id);
        std::vector<CustomerRead> reads;
        while (query->step()) {
            reads.push_back(CustomerRead{id, query->text(0), query->text(1), query->text(2)});
        }
        return reads;
    }

    void saveShift(const ShiftRow& s) override {
        // A close arriving first (an opening lost with a restored till) records the shift too.
        core::Query save = db().prepare(
            "INSERT INTO shifts (shift_id, device_id, store_id, till_id, number, opened_at, opened_by, closed_at, "
            "z_number, z_json, received_at, business_date, opened_epoch, opened_seq, closed_epoch, closed_seq) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) "
            "ON CONFLICT (shift_id) DO UPDATE SET closed_at = coalesce(shifts.closed_at, excluded.closed_at), "
            "z_number = coalesce(shifts.z_number, excluded.z_number), z_json = coalesce(shifts.z_json, "
            "excluded.z_json), opened_epoch = coalesce(shifts.opened_epoch, excluded.opened_epoch), "
            "opened_seq = coalesce(shifts.opened_seq, excluded.opened_seq), "
            "closed_epoch = coalesce(shifts.closed_epoch, excluded.closed_epoch), "
            "closed_seq = coalesce(shifts.closed_seq, excluded.closed_seq)");
        save->bind(1, s.shiftId).bind(2, s.deviceId).bind(3, s.storeId).bind(4, s.tillId).bind(5, s.number);
        save->bind(6, s.openedAt).bind(7, s.openedBy);
        s.closedAt.isEmpty() ? save->bindNull(8) : save->bind(8, s.closedAt);
        s.zNumber == 0 ? save->bindNull(9) : save->bind(9, s.zNumber);
        s.zJson.isEmpty() ? save->bindNull(10) : save->bind(10, s.zJson);
        save->bind(11, s.receivedAt).bind(12, s.businessDate);
        s.opened ? save->bind(13, s.opened->epoch).bind(14, s.opened->seq) : save->bindNull(13).bindNull(14);
        s.closed ? save->bind(15, s.closed->epoch).bind(16, s.closed->seq) : save->bindNull(15).bindNull(16);
        save->run();
    }

    std::int64_t shiftZNumber(const QString& shiftId) override {
        core::Query query = db().prepare("SELECT coalesce(z_number, 0) FROM shifts WHERE shift_id = ?1");
        query->bind(1, shiftId);
        return query->step() ? query->int64(0) : 0;
    }

    std::int64_t lastZNumber(const QString& storeId, const QString& tillId) override {
        core::Query query =
            db().prepare("SELECT coalesce(max(z_number), 0) FROM shifts WHERE store_id = ?1 AND till_id = ?2");
        query->bind(1, storeId).bind(2, tillId);
        query->step();
        return query->int64(0);
    }

    QString customerSuggestions(const QString& id) override {
        core::Query query = db().prepare("SELECT body FROM customer_suggestions WHERE customer_id = ?1");
        query->bind(1, id);
        return query->step() ? query->text(0) : QStringLiteral("[]");
    }

    void saveCustomerSuggestions(const QString& id, const QString& json, const QString& at) override {
        if (json == QLatin1String("[]")) {
            core::Query remove = db().prepare("DELETE FROM customer_suggestions WHERE customer_id = ?1");
            remove->bind(1, id).run();
            return;
        }
        core::Query save = db().prepare("INSERT OR REPLACE INTO customer_suggestions (customer_id, body, computed_at) "
                                        "VALUES (?1, ?2, ?3)");
        save->bind(1, id).bind(2, json).bind(3, at).run();
    }

    std::optional<core::Pickup> lockPickup(const QString& order) override {
        core::Query query = db().prepare("SELECT body FROM pickups WHERE order_no = ?1");
        query->bind(1, order);
        if (!query->step()) {
            return std::nullopt;
        }
        return storedPickup(query->blob(0));
    }

    void savePickup(const core::Pickup& pickup) override {
        core::Query save = db().prepare(
            "INSERT INTO pickups (order_no, store_id, status, placed_at, collect_by, body) VALUES (?1, ?2, ?3, ?4, ?5, "
            "?6) "
            "ON CONFLICT (order_no) DO UPDATE SET status = excluded.status, collect_by = excluded.collect_by, "
            "body = excluded.body");
        save->bind(1, pickup.order).bind(2, pickup.store).bind(3, core::pickupStatusToString(pickup.status));
        save->bind(4, iso(pickup.placedAt)).bind(5, pickup.collectBy ? iso(*pickup.collectBy) : QString());
        save->bind(6, pickupBody(pickup)).run();
        core::Query release = db().prepare("DELETE FROM pickup_reservations WHERE order_no = ?1");
        release->bind(1, pickup.order).run();
        if (!pickup.isOpen()) {
            return;
        }
        for (const core::PickupLine& line : pickup.lines) {
            core::Query reserve = db().prepare("INSERT INTO pickup_reservations (order_no, line, store_id, sku, "
                                               "reserved_milli) VALUES (?1, ?2, ?3, ?4, ?5)");
            reserve->bind(1, pickup.order).bind(2, line.line).bind(3, pickup.store).bind(4, line.sku);
            reserve->bind(5, line.reservedMilli()).run();
        }
    }

    void addPickupChange(const PickupChange& change) override {
        core::Query add = db().prepare("INSERT INTO pickup_changes (order_no, store_id, status, at, source, "
                                       "document_id, detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        add->bind(1, change.order).bind(2, change.storeId).bind(3, change.status).bind(4, change.at);
        add->bind(5, change.source).bind(6, change.documentId).bind(7, compactJson(change.detail)).run();
    }

    QStringList pickupsDue(const QDateTime& at) override {
        core::Query query = db().prepare("SELECT order_no FROM pickups WHERE status = 'ready' AND collect_by < ?1 "
                                         "AND collect_by <> '' ORDER BY collect_by");
        query->bind(1, iso(at));
        QStringList due;
        while (query->step()) {
            due << query->text(0);
        }
        return due;
    }

    WebOrderStored addWebOrder(const core::WebOrder& order, const QDateTime& receivedAt) override {
        const QString body = QString::fromUtf8(QJsonDocument(core::toJson(order)).toJson(QJsonDocument::Compact));
        core::Query insert = db().prepare("INSERT INTO web_orders (order_no, placed_at, payment, body, received_at) "
                                          "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (order_no) DO NOTHING");
        insert->bind(1, order.number).bind(2, iso(order.placedAt)).bind(3, order.payment).bind(4, body);
        insert->bind(5, iso(receivedAt)).run();
        if (db().changes() > 0) {
            return WebOrderStored::Added;
        }
        core::Query held = db().prepare("SELECT body FROM web_orders WHERE order_no = ?1");
        held->bind(1, order.number);
        return held->step() && held->text(0) != body ? WebOrderStored::Conflict : WebOrderStored::Unchanged;
    }

    void dropWebOrdersFromFeed(const QDateTime& placedBefore) override {
        core::Query prune = db().prepare("DELETE FROM master_data WHERE feed = 'web_orders' AND key IN "
                                         "(SELECT order_no FROM web_orders WHERE placed_at < ?1)");
        prune->bind(1, iso(placedBefore)).run();
    }

    void commit() override { m_transaction.commit(); }

private:
    core::Database& db() { return m_lease.db; }

    WriterLease m_lease;
    core::Transaction m_transaction;
};

SqliteCentralStore::SqliteCentralStore(const QString& dataDir) {
    if (!core::makePrivateFolder(dataDir)) {
        throw core::StoreError(14,
                               "cannot create central's data folder " + dataDir.toStdString() + " for its owner only");
    }
    m_path = QDir(dataDir).filePath(QStringLiteral("central.db"));
    if (!core::preparePrivateDatabase(m_path)) {
        throw core::StoreError(14, "cannot make " + m_path.toStdString() + " its owner's only");
    }
    m_writer = std::make_unique<core::Database>(m_path);
    migrateSqliteCentral(*m_writer);
    m_readers = std::make_unique<Readers>(m_path);
}

SqliteCentralStore::~SqliteCentralStore() = default;

SqliteCentralStore::WriterLease SqliteCentralStore::writer() {
    return WriterLease{std::unique_lock(m_writerMutex), *m_writer};
}

void SqliteCentralStore::leaveNoCopyOfErased() {
    writer().db.emptyWriteAheadLog();
}

std::unique_ptr<CentralWrite> SqliteCentralStore::beginWrite() {
    return std::make_unique<Write>(writer());
}

void SqliteCentralStore::backupTo(const QString& file) {
    if (QFileInfo::exists(file)) {
        throw core::StoreError(1, file.toStdString() + " exists already: choose a new file for the backup");
    }
    // On a connection of its own, as the nightly snapshot: the writer goes on meanwhile.
    core::Database(m_path).copyInto(file);
}

void SqliteCentralStore::restore(const QString& dataDir, const QString& backupFile) {
    {
        core::Database backup(backupFile, core::Database::Mode::ReadOnly);
        core::Query meta = backup.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'inbox'");
        if (!meta->step() || meta->int64(0) != 1) {
            throw core::StoreError(1, backupFile.toStdString() + " is not a backup of kassa-central's database");
        }
    }
    const QString target = QDir(dataDir).filePath(QStringLiteral("central.db"));
    const QString incoming = target + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupFile, incoming)) {
        throw core::StoreError(14, "cannot copy " + backupFile.toStdString() + " into " + dataDir.toStdString());
    }
    for (const char* suffix : {"-wal", "-shm"}) {
        QFile::remove(target + QString::fromLatin1(suffix));
    }
    QFile::remove(target);
    if (!QFile::rename(incoming, target)) {
        throw core::StoreError(14, "cannot put the backup in place as " + target.toStdString());
    }
    startNewGeneration(dataDir); // migrates a backup from an older kassa-central first
}

void SqliteCentralStore::startNewGeneration(const QString& dataDir) {
    SqliteCentralStore central(dataDir);
    core::Query generation = central.m_writer->prepare("UPDATE central_meta SET value = ?1 WHERE key = 'generation'");
    generation->bind(1, newGeneration()).run();
}

void SqliteCentralStore::registerTill(const TillPrincipal& till) {
    WriterLease lease = writer();
    core::Query query = lease.db.prepare("INSERT INTO tills (device_id, store_id, till_id) VALUES (?1, ?2, ?3) "
                                         "ON CONFLICT (device_id) DO UPDATE SET store_id = excluded.store_id, "
                                         "till_id = excluded.till_id");
    query->bind(1, till.deviceId).bind(2, till.storeId).bind(3, till.tillId).run();
}

QString SqliteCentralStore::createEnrollmentCode(const QString& storeId, const QString& tillId,
                                                 const QDateTime& expiresAt) {
    const QString code = newEnrollmentCode();
    WriterLease lease = writer();
    core::Query query = lease.db.prepare(
        "INSERT INTO enrollment_codes (code_hash, store_id, till_id, expires_at) VALUES (?1, ?2, ?3, ?4)");
    query->bind(1, secretHash(code)).bind(2, storeId).bind(3, tillId).bind(4, iso(expiresAt)).run();
    return code;
}

std::optional<std::pair<QString, QString>> SqliteCentralStore::peekEnrollmentCode(const QString& code,
                                                                                  const QDateTime& now) {
    Readers::Lease db = m_readers->borrow();
    core::Query query =
        db->prepare("SELECT store_id, till_id FROM enrollment_codes WHERE code_hash = ?1 AND used_at IS NULL "
                    "AND expires_at >= ?2");
    query->bind(1, secretHash(normalizedEnrollmentCode(code))).bind(2, iso(now));
    if (!query->step()) {
        return std::nullopt;
    }
    return std::pair{query->text(0), query->text(1)};
}

std::optional<TillPrincipal> SqliteCentralStore::redeemEnrollmentCode(const QString& code, const QString& deviceId,
                                                                      const QDateTime& now) {
    WriterLease lease = writer();
    core::Transaction transaction(lease.db);
    // Used up by the update that finds it unused: of two redemptions, only one changes the row.
    core::Query use = lease.db.prepare("UPDATE enrollment_codes SET used_at = ?2, device_id = ?3 "
                                       "WHERE code_hash = ?1 AND used_at IS NULL AND expires_at >= ?2 "
                                       "RETURNING store_id, till_id");
    use->bind(1, secretHash(normalizedEnrollmentCode(code))).bind(2, iso(now)).bind(3, deviceId);
    if (!use->step()) {
        return std::nullopt;
    }
    const TillPrincipal till{deviceId, use->text(0), use->text(1)};
    use->run();
    core::Query registration = lease.db.prepare("INSERT INTO tills (device_id, store_id, till_id) VALUES (?1, ?2, ?3) "
                                                "ON CONFLICT (device_id) DO UPDATE SET store_id = excluded.store_id, "
                                                "till_id = excluded.till_id");
    registration->bind(1, till.deviceId).bind(2, till.storeId).bind(3, till.tillId).run();
    transaction.commit();
    return till;
}

bool SqliteCentralStore::isRevoked(const QString& fingerprint) {
    Readers::Lease db = m_readers->borrow();
    core::Query query =
        db->prepare("SELECT 1 FROM till_certificates WHERE fingerprint = ?1 AND revoked_at IS NOT NULL");
    query->bind(1, fingerprint);
    return query->step();
}

std::vector<TillStatus> SqliteCentralStore::tillStatuses() {
    Readers::Lease db = m_readers->borrow();
    std::vector<TillStatus> tills;
    core::Query query = db->prepare("SELECT store_id, till_id, quarantined, last_seen_at, coalesce(last_lag_ms, 0) "
                                    "FROM tills ORDER BY store_id, till_id");
    while (query->step()) {
        tills.push_back(TillStatus{query->text(0), query->text(1), query->integer(2) != 0,
                                   QDateTime::fromString(query->text(3), Qt::ISODateWithMs), query->int64(4)});
    }
    return tills;
}

std::vector<ShiftRow> SqliteCentralStore::shiftsOfDay(const QString& storeId, const QString& date) {
    Readers::Lease db = m_readers->borrow();
    core::Query query = db->prepare(
        "SELECT shift_id, device_id, store_id, till_id, number, opened_at, opened_by, coalesce(closed_at, ''), "
        "coalesce(z_number, 0), coalesce(z_json, ''), received_at, business_date, opened_epoch, opened_seq, "
        "closed_epoch, closed_seq FROM shifts WHERE business_date = ?2 AND (?1 = '' OR store_id = ?1) "
        "ORDER BY store_id, till_id, number");
    query->bind(1, storeId).bind(2, date);
    std::vector<ShiftRow> shifts;
    while (query->step()) {
        ShiftRow& shift = shifts.emplace_back(ShiftRow{query->text(0),
                                                       query->text(1),
                                                       query->text(2),
                                                       query->text(3),
                                                       query->int64(4),
                                                       query->text(5),
                                                       query->text(6),
                                                       query->text(7),
                                                       query->int64(8),
                                                       query->text(9),
                                                       query->text(10),
                                                       query->text(11),
                                                       {},
                                                       {}});
        if (!query->isNull(12)) {
            shift.opened = StreamPosition{query->integer(12), query->int64(13)};
        }
        if (!query->isNull(14)) {
            shift.closed = StreamPosition{query->integer(14), query->int64(15)};
        }
    }
    return shifts;
}

std::optional<ReceiptTotals> SqliteCentralStore::shiftReceiptTotals(const ShiftRow& shift) {
    if (!shift.opened) {
        return std::nullopt;
    }
    Readers::Lease db = m_readers->borrow();
    // After the opening and, when closed, before the close; (epoch, seq) in the till's order.
    core::Query query = db->prepare(
        "SELECT (SELECT count(*) FROM sales WHERE device_id = ?1 AND (epoch > ?2 OR (epoch = ?2 AND seq > ?3)) "
        "AND (?4 = 0 OR epoch < ?4 OR (epoch = ?4 AND seq < ?5))), "
        "(SELECT coalesce(sum(total_cents), 0) FROM sales WHERE device_id = ?1 AND (epoch > ?2 OR (epoch = ?2 AND "
        "seq > ?3)) AND (?4 = 0 OR epoch < ?4 OR (epoch = ?4 AND seq < ?5))), "
        "(SELECT count(*) FROM returns WHERE device_id = ?1 AND (epoch > ?2 OR (epoch = ?2 AND seq > ?3)) "
        "AND (?4 = 0 OR epoch < ?4 OR (epoch = ?4 AND seq < ?5))), "
        "(SELECT coalesce(sum(total_cents), 0) FROM returns WHERE device_id = ?1 AND (epoch > ?2 OR (epoch = ?2 AND "
        "seq > ?3)) AND (?4 = 0 OR epoch < ?4 OR (epoch = ?4 AND seq < ?5)))");
    query->bind(1, shift.deviceId).bind(2, shift.opened->epoch).bind(3, shift.opened->seq);
    query->bind(4, shift.closed ? shift.closed->epoch : 0).bind(5, shift.closed ? shift.closed->seq : 0);
    query->step();
    return ReceiptTotals{query->int64(0), query->int64(1), query->int64(2), query->int64(3)};
}

std::int64_t SqliteCentralStore::highWaterMark(const QString& deviceId, int epoch) {
    Readers::Lease db = m_readers->borrow();
    core::Query query = db->prepare("SELECT high_water_mark FROM device_progress WHERE device_id = ?1 AND epoch = ?2");
    query->bind(1, deviceId).bind(2, epoch);
    return query->step() ? query->int64(0) : 0;
}

std::int64_t SqliteCentralStore::saleCount() {
    Readers::Lease db = m_readers->borrow();
    core::Query query = db->prepare("SELECT count(*) FROM sales");
    query->step();
    return query->int64(0);
}

std::vector<CentralException> SqliteCentralStore::exceptions(std::int64_t afterId, int limit) {
    Readers::Lease db = m_readers->borrow();
    std::vector<CentralException> found;
    core::Query query = db->prepare(KASSA_EXCEPTION_COLUMNS "WHERE id > ?1 ORDER BY id LIMIT ?2");
    query->bind(1, afterId).bind(2, limit);
    while (query->step()) {
        found.push_back(readException(*query));
    }
    return found;
}

std::vector<CentralException> SqliteCentralStore::storeExceptions(const QString& storeId, std::int64_t afterId,
                                                                  int limit) {
    Readers::Lease db = m_readers->borrow();
    std::vector<CentralException> found;
    core::Query query =
        db->prepare(KASSA_EXCEPTION_COLUMNS "WHERE id > ?1 AND (store_id = ?2 OR other_stores LIKE '% ' || ?2 || ' %') "
                                            "ORDER BY id LIMIT ?3");
    query->bind(1, afterId).bind(2, storeId).bind(3, limit);
    while (query->step()) {
        found.push_back(readException(*query));
    }
    return found;
}

std::vector<StoredSale> SqliteCentralStore::salesSince(std::int64_t cursor, int limit) {
    Readers::Lease db = m_readers->borrow();
    std::vector<StoredSale> sales;
    core::Query query = db->prepare("SELECT id, document_id, store_id, till_id, received_at, body FROM sales "
                                    "WHERE id > ?1 ORDER BY id LIMIT ?2");
    query->bind(1, cursor).bind(2, limit);
    while (query->step()) {
        sales.push_back(StoredSale{query->int64(0), query->text(1), query->text(2), query->text(3), query->text(4),
                                   query->text(5).toUtf8()});
    }
    return sales;
}

std::vector<HeldEvent> SqliteCentralStore::heldEvents(const HeldEventKey& after, int limit) {
    Readers::Lease db = m_readers->borrow();
    std::vector<HeldEvent> held;
    core::Query query = db->prepare(
        "SELECT i.device_id, i.epoch, i.seq, i.document_id, i.kind, i.schema_version, i.payload, i.payload_hash, "
        "i.received_at, coalesce(i.chain_hash, '') FROM inbox i WHERE i.applied_at IS NULL AND (i.device_id, i.epoch, "
        "i.seq) > (?1, ?2, ?3) "
        "ORDER BY i.device_id, i.epoch, i.seq LIMIT ?4");
    query->bind(1, after.deviceId).bind(2, after.epoch).bind(3, after.seq).bind(4, limit);
    while (query->step()) {
        HeldEvent event{query->text(0), query->integer(1), {}, query->text(8)};
        event.event =
            core::OutboxEvent{query->int64(2), query->integer(1), query->text(3), query->text(4), query->integer(5),
                              query->blob(6),  query->text(7),    QString(),      query->text(9)};
        held.push_back(std::move(event));
    }
    return held;
}

std::int64_t SqliteCentralStore::heldEventCount() {
    Readers::Lease db = m_readers->borrow();
    core::Query query = db->prepare("SELECT count(*) FROM inbox WHERE applied_at IS NULL");
    query->step();
    return query->int64(0);
}

std::int64_t SqliteCentralStore::putMasterData(const QString& feed, const std::vector<core::FeedItem>& items) {
    WriterLease lease = writer();
    core::Database& db = lease.db;
    core::Transaction transaction(db);
    std::int64_t changeNo = 0;
    {
        core::Query head = db.prepare("SELECT coalesce(max(change_no), 0) FROM master_data");
        head->step();
        changeNo = head->int64(0);
    }
    const bool products = feed == QLatin1String(core::feeds::kProducts);
    if (products) {
        // Every product of the request lets go of its GTINs first, so a GTIN may move between
        // two products of one request whatever their order.
        for (const core::FeedItem& item : items) {
            core::Query release = db.prepare("DELETE FROM master_gtins WHERE sku = ?1");
            release->bind(1, item.key).run();
        }
    }
    for (const core::FeedItem& item : items) {
        core::Query write =
            db.prepare("INSERT INTO master_data (feed, key, change_no, removed, item) VALUES (?1, ?2, ?3, ?4, ?5) "
                       "ON CONFLICT (feed, key) DO UPDATE SET change_no = excluded.change_no, "
                       "removed = excluded.removed, item = excluded.item");
        write->bind(1, feed).bind(2, item.key).bind(3, ++changeNo).bind(4, item.removed ? 1 : 0);
        write->bind(5, QString::fromUtf8(QJsonDocument(item.item).toJson(QJsonDocument::Compact))).run();
        if (products && !item.removed) {
            for (const QString& gtin : core::productItemGtins(item.item)) {
                core::Query claim = db.prepare("INSERT INTO master_gtins (gtin, sku) VALUES (?1, ?2) "
                                               "ON CONFLICT (gtin) DO NOTHING");
                claim->bind(1, gtin).bind(2, item.key).run();
                if (db.changes() == 0) {
                    throw GtinTaken(gtin); // the transaction rolls back
                }
            }
        }
    }
    transaction.commit();
    return changeNo;
}

void SqliteCentralStore::readSuggestionInputs(const SuggestionInputs& inputs) {
    Readers::Lease db = m_readers->borrow();
    core::Query products = db->prepare("SELECT item FROM master_data WHERE feed = 'products' AND removed = 0");
    while (products->step()) {
        inputs.product(QJsonDocument::fromJson(products->text(0).toUtf8()).object());
    }
    core::Query customers =
        db->prepare("SELECT id, coalesce(merged_into, ''), coalesce(body, '') FROM customers WHERE erased_at IS NULL");
    while (customers->step()) {
        inputs.customer(customers->text(0), customers->text(1), customers->text(2));
    }
    core::Query purchases = db->prepare("SELECT d.customer_id, l.sku FROM customer_documents d JOIN sold_lines l "
                                        "ON l.channel = d.channel AND l.document = d.number "
                                        "WHERE d.kind IN ('sale', 'order') AND l.quantity_milli > l.returned_milli");
    while (purchases->step()) {
        inputs.purchase(purchases->text(0), purchases->text(1));
    }
}

std::optional<QJsonObject> SqliteCentralStore::masterDataItem(const QString& feed, const QString& key) {
    Readers::Lease db = m_readers->borrow();
    core::Query query = db->prepare("SELECT item FROM master_data WHERE feed = ?1 AND key = ?2 AND removed = 0");
    query->bind(1, feed).bind(2, key);
    if (!query->step()) {
        return std::nullopt;
    }
    return QJsonDocument::fromJson(query->blob(0)).object();
}

std::optional<SoldDocument> SqliteCentralStore::soldDocument(const QString& channel, const QString& number,
                                                             const QDateTime& now, const QString& askingDevice) {
    Readers::Lease db = m_readers->borrow();
    ReadSnapshot snapshot(*db);
    std::optional<SoldDocument> document = readSoldDocument(*db, channel, number);
    if (document) {
        const std::map<int, std::int64_t> reserved = readReserved(*db, channel, number, askingDevice, now);
        for (SoldLine& line : document->lines) {
            const auto held = reserved.find(line.line);
            line.reservedMilli = held == reserved.end() ? 0 : held->second;
        }
    }
    return document;
}

std::vector<StoredSale> SqliteCentralStore::returnsSince(std::int64_t cursor, int limit) {
    Readers::Lease db = m_readers->borrow();
    std::vector<StoredSale> found;
    core::Query query = db->prepare("SELECT id, document_id, store_id, till_id, received_at, body FROM returns "
                                    "WHERE id > ?1 ORDER BY id LIMIT ?2");
    query->bind(1, cursor).bind(2, limit);
    while (query->step()) {
        found.push_back(StoredSale{query->int64(0), query->text(1), query->text(2), query->text(3), query->text(4),
                                   query->text(5).toUtf8()});
    }
    return found;
}

std::vector<StockLevel> SqliteCentralStore::stockLevels(const QString& location, const QString& sku,
                                                        const QString& afterSku, int limit) {
    Readers::Lease db = m_readers->borrow();
    // One statement per index: an item at every location (by SKU), or a location's items.
    core::Query query =
        location.isEmpty()
            ? db->prepare("SELECT m.location, m.sku, sum(m.delta_milli), max(m.received_at), "
                          "(SELECT coalesce(sum(r.reserved_milli), 0) FROM pickup_reservations r "
                          "WHERE r.store_id = m.location AND r.sku = m.sku) FROM stock_movements m "
                          "WHERE ?1 = '' AND m.sku = ?2 AND m.sku > ?3 AND m.disposition = 'sellable' "
                          "GROUP BY m.location, m.sku ORDER BY m.location, m.sku LIMIT ?4")
            : db->prepare("SELECT m.location, m.sku, sum(m.delta_milli), max(m.received_at), "
                          "(SELECT coalesce(sum(r.reserved_milli), 0) FROM pickup_reservations r "
                          "WHERE r.store_id = m.location AND r.sku = m.sku) FROM stock_movements m "
                          "WHERE m.location = ?1 AND (?2 = '' OR m.sku = ?2) AND m.sku > ?3 "
                          "AND m.disposition = 'sellable' GROUP BY m.location, m.sku ORDER BY m.location, m.sku "
                          "LIMIT ?4");
    query->bind(1, location).bind(2, sku).bind(3, afterSku).bind(4, limit);
    std::vector<StockLevel> levels;
    while (query->step()) {
        levels.push_back(StockLevel{query->text(0), query->text(1), query->int64(2), query->text(3), query->int64(4)});
    }
    return levels;
}

StockFeedSlice SqliteCentralStore::stockFeed(const QString& location, std::int64_t after, const QString& afterSku,
                                             int limit) {
    Readers::Lease db = m_readers->borrow();
    ReadSnapshot snapshot(*db);
    StockFeedSlice slice;
    if (after == 0) {
        core::Query head = db->prepare("SELECT coalesce(max(id), 0) FROM stock_movements");
        head->step();
        slice.head = head->int64(0);
        core::Query levels = db->prepare(
            "SELECT sku, sum(CASE WHEN disposition = 'sellable' THEN delta_milli ELSE 0 END), max(received_at) "
            "FROM stock_movements WHERE location = ?1 AND sku > ?2 GROUP BY sku ORDER BY sku LIMIT ?3");
        levels->bind(1, location).bind(2, afterSku).bind(3, limit);
        while (levels->step()) {
            slice.levels.push_back(StockLevel{location, levels->text(0), levels->int64(1), levels->text(2)});
        }
        slice.more = static_cast<int>(slice.levels.size()) == limit;
        return slice;
    }
    slice.head = after;
    QSet<QString> moved;
    int movements = 0;
    core::Query changed = db->prepare("SELECT id, sku FROM stock_movements WHERE location = ?1 AND id > ?2 "
                                      "ORDER BY id LIMIT ?3");
    changed->bind(1, location).bind(2, after).bind(3, limit);
    while (changed->step()) {
        ++movements;
        slice.head = changed->int64(0);
        moved.insert(changed->text(1));
    }
    // The moved items' whole figures, in one pass over their part of the ledger.
    core::Query levels = db->prepare(
        "SELECT sku, sum(CASE WHEN disposition = 'sellable' THEN delta_milli ELSE 0 END), max(received_at) "
        "FROM stock_movements WHERE location = ?1 AND sku IN (SELECT value FROM json_each(?2)) GROUP BY sku");
    levels->bind(1, location).bind(2, jsonList(moved));
    while (levels->step()) {
        slice.levels.push_back(StockLevel{location, levels->text(0), levels->int64(1), levels->text(2)});
    }
    slice.more = movements == limit;
    return slice;
}

std::optional<std::pair<QJsonObject, std::optional<StockReceipt>>> SqliteCentralStore::delivery(const QString& number) {
    Readers::Lease db = m_readers->borrow();
    ReadSnapshot snapshot(*db);
    const std::optional<QJsonObject> item = readFeedItem(*db, QString::fromLatin1(core::feeds::kDeliveries), number);
    if (!item) {
        return std::nullopt;
    }
    core::Query receipt = db->prepare("SELECT document_id, store_id, till_id, received_at FROM stock_receipts "
                                      "WHERE kind = 'delivery' AND number = ?1");
    receipt->bind(1, number);
    std::optional<StockReceipt> received;
    if (receipt->step()) {
        received = StockReceipt{QStringLiteral("delivery"), number,           receipt->text(0),
                                receipt->text(1),           receipt->text(2), receipt->text(3)};
    }
    return std::pair{*item, received};
}

std::vector<StockMovementRecord> SqliteCentralStore::stockMovementsSince(std::int64_t cursor, int limit) {
    Readers::Lease db = m_readers->borrow();
    std::vector<StockMovementRecord> found;
    core::Query query = db->prepare("SELECT id, location, sku, delta_milli, kind, disposition, document_id, "
                                    "recorded_at, received_at FROM stock_movements WHERE id > ?1 ORDER BY id LIMIT ?2");
    query->bind(1, cursor).bind(2, limit);
    while (query->step()) {
        found.push_back(StockMovementRecord{query->int64(0), query->text(1), query->text(2), query->int64(3),
                                            query->text(4), query->text(5), query->text(6), query->text(7),
                                            query->text(8)});
    }
    return found;
}

std::vector<RefundRecord> SqliteCentralStore::refunds(const QString& status, std::int64_t afterId, int limit) {
    Readers::Lease db = m_readers->borrow();
    std::vector<RefundRecord> found;
    core::Query query = db->prepare(
        "SELECT id, return_document_id, return_receipt, store_id, original_channel, original_number, payment, "
        "amount_cents, status, created_at, coalesce(paid_at, ''), coalesce(paid_reference, ''), "
        "coalesce(paid_by, '') FROM refunds WHERE id > ?1 AND (?2 = '' OR status = ?2) ORDER BY id LIMIT ?3");
    query->bind(1, afterId).bind(2, status).bind(3, limit);
    while (query->step()) {
        found.push_back(RefundRecord{query->int64(0), query->text(1), query->text(2), query->text(3), query->text(4),
                                     query->text(5), query->text(6), query->int64(7), query->text(8), query->text(9),
                                     query->text(10), query->text(11), query->text(12)});
    }
    return found;
}

MarkPaid SqliteCentralStore::markRefundPaid(std::int64_t id, const QString& reference, const QString& by,
                                            const QDateTime& at) {
    WriterLease lease = writer();
    core::Query update = lease.db.prepare("UPDATE refunds SET status = 'paid', paid_at = ?2, paid_reference = ?3, "
                                          "paid_by = ?4 WHERE id = ?1 AND status = 'pending'");
    update->bind(1, id).bind(2, iso(at)).bind(3, reference).bind(4, by).run();
    if (lease.db.changes() == 1) {
        return MarkPaid::Done;
    }
    core::Query exists = lease.db.prepare("SELECT 1 FROM refunds WHERE id = ?1");
    exists->bind(1, id);
    return exists->step() ? MarkPaid::AlreadyPaid : MarkPaid::Unknown;
}

std::optional<VoucherRecord> SqliteCentralStore::voucher(const QString& number) {
    Readers::Lease db = m_readers->borrow();
    return readVoucher(*db, number);
}

std::vector<VoucherRecord> SqliteCentralStore::legacyVouchers(const QString& afterNumber, int limit) {
    Readers::Lease db = m_readers->borrow();
    // One query: the list shows each voucher's balance, not the sales that spent it.
    core::Query query = db->prepare("SELECT number, issued_by, store_id, amount_cents, balance_cents, issued_at "
                                    "FROM vouchers WHERE check_hash IS NULL AND balance_cents > 0 AND number > ?1 "
                                    "ORDER BY number LIMIT ?2");
    query->bind(1, afterNumber).bind(2, limit);
    std::vector<VoucherRecord> found;
    while (query->step()) {
        found.push_back(VoucherRecord{query->text(0), query->text(1), query->text(2), query->int64(3), query->int64(4),
                                      query->text(5)});
    }
    return found;
}

std::vector<ReturnWithoutSale> SqliteCentralStore::returnsWithoutTheirSale(const QString& receivedBefore, int limit) {
    Readers::Lease db = m_readers->borrow();
    core::Query query = db->prepare(kReturnsWithoutTheirSaleSql);
    query->bind(1, receivedBefore).bind(2, limit);
    std::vector<ReturnWithoutSale> found;
    while (query->step()) {
        found.push_back(ReturnWithoutSale{query->text(0), query->text(1), query->text(2), query->text(3),
                                          query->text(4), query->text(5), query->int64(6), query->text(7)});
    }
    return found;
}

std::vector<AuditRecord> SqliteCentralStore::audit(const QString& storeId, std::int64_t afterCursor, int limit) {
    Readers::Lease db = m_readers->borrow();
    core::Query query = db->prepare(
        "SELECT id, kind, store_id, till_id, actor, subject, coalesce(before, ''), coalesce(after, ''), detail, at, "
        "received_at, document_id FROM audit WHERE id > ?1 AND (?2 = '' OR store_id = ?2) ORDER BY id LIMIT ?3");
    query->bind(1, afterCursor).bind(2, storeId).bind(3, limit);
    std::vector<AuditRecord> found;
    while (query->step()) {
        found.push_back(AuditRecord{query->int64(0), query->text(1), query->text(2), query->text(3), query->text(4),
                                    query->text(5), auditValueFrom(query->text(6)), auditValueFrom(query->text(7)),
                                    query->text(8), query->text(9), query->text(10), query->text(11)});
    }
    return found;
}

std::map<QString, QString> SqliteCentralStore::gtinOwners(const QStringList& gtins) {
    Readers::Lease db = m_readers->borrow();
    std::map<QString, QString> owners;
    for (const QString& gtin : gtins) {
        core::Query query = db->prepare("SELECT sku FROM master_gtins WHERE gtin = ?1");
        query->bind(1, gtin);
        if (query->step()) {
            owners.emplace(gtin, query->text(0));
        }
    }
    return owners;
}

ChangeSlice SqliteCentralStore::changesSince(std::int64_t since, int limit, qsizetype maxBytes,
                                             const LeftOutOfFeed& leftOut) {
    Readers::Lease db = m_readers->borrow();
    // One snapshot for the page and the head. SQLite has one writer, which numbers its changes
    // above every committed one: what a reader sees is always a prefix no writer can add below.
    ReadSnapshot snapshot(*db);
    ChangeSlice slice;
    {
        core::Query generation = db->prepare("SELECT value FROM central_meta WHERE key = 'generation'");
        slice.generation = generation->step() ? generation->text(0) : QString();
    }
    qsizetype bytes = 0;
    core::Query query = db->prepare(
        "SELECT change_no, feed, removed, item, key, home_store, limited_item, limited_key FROM master_data "
        "WHERE change_no > ?1 AND NOT (change_no <= ?3 AND feed = 'customers' AND removed = 0 AND "
        "limited_key IS ?4 AND home_store IS NOT ?5) ORDER BY change_no LIMIT ?2");
    query->bind(1, since).bind(2, limit).bind(3, leftOut.through).bind(4, leftOut.keyFingerprint);
    query->bind(5, leftOut.storeId);
    int rows = 0;
    bool readAll = true;
    for (; query->step(); ++rows) {
        if (bytes >= maxBytes) {
            readAll = false;
            break;
        }
        StoredChange change{query->int64(0), query->text(1), query->blob(3), query->integer(2) != 0};
        bytes += change.item.size();
        if (!query->isNull(5)) {
            slice.customerForms.emplace(
                change.changeNo, CustomerFeedForms{query->text(4), query->text(5), query->blob(6), query->text(7)});
        }
        slice.changes.push_back(std::move(change));
    }
    core::Query head = db->prepare("SELECT coalesce(max(change_no), 0) FROM master_data");
    head->step();
    slice.head = head->int64(0);
    slice.through =
        readAll && rows < limit ? slice.head : (slice.changes.empty() ? since : slice.changes.back().changeNo);
    return slice;
}

std::vector<core::Pickup> SqliteCentralStore::pickups(const QString& storeId, const QString& status, int limit) {
    Readers::Lease db = m_readers->borrow();
    core::Query query = db->prepare("SELECT body FROM pickups WHERE (?1 = '' OR store_id = ?1) AND "
                                    "(?2 = '' OR status = ?2) ORDER BY placed_at DESC, order_no DESC LIMIT ?3");
    query->bind(1, storeId).bind(2, status).bind(3, limit);
    std::vector<core::Pickup> found;
    while (query->step()) {
        found.push_back(storedPickup(query->blob(0)));
    }
    return found;
}

std::optional<core::Pickup> SqliteCentralStore::pickup(const QString& order) {
    Readers::Lease db = m_readers->borrow();
    core::Query query = db->prepare("SELECT body FROM pickups WHERE order_no = ?1");
    query->bind(1, order);
    if (!query->step()) {
        return std::nullopt;
    }
    return storedPickup(query->blob(0));
}

std::vector<PickupChange> SqliteCentralStore::pickupChanges(std::int64_t cursor, const QString& storeId, int limit) {
    Readers::Lease db = m_readers->borrow();
    core::Query query =
        db->prepare("SELECT c.id, c.order_no, c.store_id, c.status, c.at, c.source, c.document_id, c.detail, p.body "
                    "FROM pickup_changes c LEFT JOIN pickups p ON p.order_no = c.order_no "
                    "WHERE c.id > ?1 AND (?2 = '' OR c.store_id = ?2) ORDER BY c.id LIMIT ?3");
    query->bind(1, cursor).bind(2, storeId).bind(3, limit);
    std::vector<PickupChange> changes;
    while (query->step()) {
        changes.push_back(PickupChange{query->int64(0), query->text(1), query->text(2), query->text(3), query->text(4),
                                       query->text(5), query->text(6), QJsonDocument::fromJson(query->blob(7)).object(),
                                       query->isNull(8) ? std::nullopt : std::optional(storedPickup(query->blob(8)))});
    }
    return changes;
}

core::TaxTable SqliteCentralStore::taxTable() {
    Readers::Lease db = m_readers->borrow();
    std::vector<core::TaxRate> rates;
    core::Query query = db->prepare("SELECT item FROM master_data WHERE feed = 'tax_codes' AND removed = 0");
    while (query->step()) {
        auto rate = core::parseTaxRateItem(QJsonDocument::fromJson(query->blob(0)).object());
        if (rate) {
            rates.push_back(rate.value());
        }
    }
    return core::TaxTable(std::move(rates));
}

QString SqliteCentralStore::generation() {
    Readers::Lease db = m_readers->borrow();
    core::Query query = db->prepare("SELECT value FROM central_meta WHERE key = 'generation'");
    return query->step() ? query->text(0) : QString();
}

} // namespace kassa::sync
