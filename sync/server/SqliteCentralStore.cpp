#include "SqliteCentralStore.h"

#include "core/domain/Sale.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <stdexcept>
#include <string>

namespace kassa::sync {

namespace {

constexpr int kCentralSchemaVersion = 2;

// A random id for this database's history: a restored copy gets a new one (see restore),
// which tells the tills to load their master data again from zero.
QString newGeneration() {
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(bytes.data()),
                                         reinterpret_cast<quint32*>(bytes.data() + bytes.size()));
    return QString::fromLatin1(bytes.toHex());
}

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

void migrateCentral(core::Database& db) {
    const int current = db.userVersion();
    if (current > kCentralSchemaVersion) {
        throw std::runtime_error("central's database " + db.path().toStdString() + " has schema version " +
                                 std::to_string(current) + ", newer than this kassa-central knows");
    }
    if (current == kCentralSchemaVersion) {
        return;
    }
    core::Transaction transaction(db);
    if (current < 1) {
        migrateCentralTo1(db);
    }
    if (current < 2) {
        migrateCentralTo2(db);
    }
    db.setUserVersion(kCentralSchemaVersion);
    transaction.commit();
}

QString iso(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QString hashCode(const QString& code) {
    return QString::fromLatin1(QCryptographicHash::hash(code.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

SqliteCentralStore::SqliteCentralStore(const QString& dataDir) {
    if (!QDir().mkpath(dataDir)) {
        throw core::StoreError(14, "cannot create central's data folder " + dataDir.toStdString());
    }
    m_db = std::make_unique<core::Database>(QDir(dataDir).filePath(QStringLiteral("central.db")));
    migrateCentral(*m_db);
}

void SqliteCentralStore::backupTo(const QString& file) {
    if (QFileInfo::exists(file)) {
        throw core::StoreError(1, file.toStdString() + " exists already: choose a new file for the backup");
    }
    // On a connection of its own, as the nightly snapshot: holding the store's mutex for the
    // whole copy would stop every till's request meanwhile.
    core::Database(m_db->path()).copyInto(file);
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
    SqliteCentralStore restored(dataDir); // migrates a backup from an older kassa-central
    core::Query generation = restored.m_db->prepare("UPDATE central_meta SET value = ?1 WHERE key = 'generation'");
    generation->bind(1, newGeneration()).run();
}

void SqliteCentralStore::registerTill(const TillPrincipal& till) {
    std::lock_guard lock(m_mutex);
    registerTillLocked(till);
}

void SqliteCentralStore::registerTillLocked(const TillPrincipal& till) {
    core::Query query = m_db->prepare("INSERT INTO tills (device_id, store_id, till_id) VALUES (?1, ?2, ?3) "
                                      "ON CONFLICT (device_id) DO UPDATE SET store_id = excluded.store_id, "
                                      "till_id = excluded.till_id");
    query->bind(1, till.deviceId).bind(2, till.storeId).bind(3, till.tillId).run();
}

QString SqliteCentralStore::createEnrollmentCode(const QString& storeId, const QString& tillId,
                                                 const QDateTime& expiresAt) {
    // 60 bits of randomness in 12 characters a person can type: no 0/O or 1/I to confuse.
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 12; ++i) {
        if (i > 0 && i % 4 == 0) {
            code += QLatin1Char('-');
        }
        code += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]);
    }
    std::lock_guard lock(m_mutex);
    core::Query query = m_db->prepare(
        "INSERT INTO enrollment_codes (code_hash, store_id, till_id, expires_at) VALUES (?1, ?2, ?3, ?4)");
    query->bind(1, hashCode(code)).bind(2, storeId).bind(3, tillId).bind(4, iso(expiresAt)).run();
    return code;
}

std::optional<std::pair<QString, QString>> SqliteCentralStore::peekEnrollmentCode(const QString& code,
                                                                                  const QDateTime& now) {
    std::lock_guard lock(m_mutex);
    core::Query query =
        m_db->prepare("SELECT store_id, till_id FROM enrollment_codes WHERE code_hash = ?1 AND used_at IS NULL "
                      "AND expires_at >= ?2");
    query->bind(1, hashCode(code.trimmed().toUpper())).bind(2, iso(now));
    if (!query->step()) {
        return std::nullopt;
    }
    return std::pair{query->text(0), query->text(1)};
}

std::optional<TillPrincipal> SqliteCentralStore::redeemEnrollmentCode(const QString& code, const QString& deviceId,
                                                                      const QDateTime& now) {
    std::lock_guard lock(m_mutex);
    core::Transaction transaction(*m_db);
    TillPrincipal till;
    {
        core::Query query = m_db->prepare("SELECT store_id, till_id, expires_at, used_at FROM enrollment_codes "
                                          "WHERE code_hash = ?1");
        query->bind(1, hashCode(code.trimmed().toUpper()));
        if (!query->step() || !query->isNull(3) ||
            QDateTime::fromString(query->text(2), Qt::ISODateWithMs) < now.toUTC()) {
            return std::nullopt;
        }
        till = TillPrincipal{deviceId, query->text(0), query->text(1)};
    }
    core::Query use = m_db->prepare("UPDATE enrollment_codes SET used_at = ?2, device_id = ?3 WHERE code_hash = ?1");
    use->bind(1, hashCode(code.trimmed().toUpper())).bind(2, iso(now)).bind(3, deviceId).run();
    registerTillLocked(till);
    transaction.commit();
    return till;
}

SqliteCentralStore::Progress SqliteCentralStore::progressOf(const QString& deviceId, int epoch) {
    core::Query query = m_db->prepare("SELECT high_water_mark, last_chain_hash, last_sale_number FROM device_progress "
                                      "WHERE device_id = ?1 AND epoch = ?2");
    query->bind(1, deviceId).bind(2, epoch);
    if (!query->step()) {
        return {};
    }
    return Progress{query->int64(0), query->text(1), query->int64(2), true, false};
}

void SqliteCentralStore::saveProgress(const QString& deviceId, int epoch, const Progress& progress) {
    core::Query query = m_db->prepare(
        "INSERT INTO device_progress (device_id, epoch, high_water_mark, last_chain_hash, last_sale_number) "
        "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (device_id, epoch) DO UPDATE SET "
        "high_water_mark = excluded.high_water_mark, last_chain_hash = excluded.last_chain_hash, "
        "last_sale_number = excluded.last_sale_number");
    query->bind(1, deviceId).bind(2, epoch).bind(3, progress.highWaterMark).bind(4, progress.lastChainHash);
    query->bind(5, progress.lastSaleNumber).run();
}

std::optional<QString> SqliteCentralStore::storedPayloadHash(const QString& deviceId, int epoch, std::int64_t seq) {
    core::Query query =
        m_db->prepare("SELECT payload_hash FROM inbox WHERE device_id = ?1 AND epoch = ?2 AND seq = ?3");
    query->bind(1, deviceId).bind(2, epoch).bind(3, seq);
    if (!query->step()) {
        return std::nullopt;
    }
    return query->text(0);
}

void SqliteCentralStore::raise(const QString& kind, const TillPrincipal& till, const QString& documentId,
                               const QString& detail, const QDateTime& at) {
    core::Query query =
        m_db->prepare("INSERT INTO exceptions (kind, device_id, store_id, till_id, document_id, detail, "
                      "raised_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    query->bind(1, kind).bind(2, till.deviceId).bind(3, till.storeId).bind(4, till.tillId).bind(5, documentId);
    query->bind(6, detail).bind(7, iso(at)).run();
}

void SqliteCentralStore::quarantine(const TillPrincipal& till, const QString& reason, const QDateTime& at) {
    core::Transaction transaction(*m_db);
    core::Query query = m_db->prepare("UPDATE tills SET quarantined = 1, quarantine_reason = ?2 WHERE device_id = ?1");
    query->bind(1, till.deviceId).bind(2, reason).run();
    raise(QStringLiteral("cloned_till"), till, QString(), reason, at);
    transaction.commit();
}

boost::system::error_code SqliteCentralStore::applySale(const TillPrincipal& from, const EventBatch& batch,
                                                        const core::OutboxEvent& event, Progress& progress,
                                                        const QDateTime& at) {
    auto sale = core::saleFromJson(QJsonDocument::fromJson(event.payload).object());
    if (!sale) {
        return ProtocolError::MalformedBody;
    }
    if (sale->till.deviceId != from.deviceId || sale->till.storeId != from.storeId ||
        sale->till.tillId != from.tillId) {
        return ProtocolError::WrongTill;
    }
    // The receipt chain: each sale must link to the one before it from the same till.
    const QString expectedLink = core::chainHash(progress.lastChainHash, event.payload);
    if (event.chainHash != expectedLink && !progress.chainStarts) {
        raise(QStringLiteral("broken_chain"), from, event.documentId,
              QStringLiteral("receipt %1 does not link to the receipt before it").arg(sale->receiptNumber), at);
    }
    if (progress.lastSaleNumber != 0 && sale->number != progress.lastSaleNumber + 1) {
        raise(QStringLiteral("receipt_gap"), from, event.documentId,
              QStringLiteral("receipt %1 follows number %2").arg(sale->receiptNumber).arg(progress.lastSaleNumber), at);
    }
    core::Query insert = m_db->prepare(
        "INSERT INTO sales (document_id, device_id, epoch, seq, store_id, till_id, receipt_number, total_cents, "
        "completed_at, received_at, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
        "ON CONFLICT (document_id) DO NOTHING");
    insert->bind(1, event.documentId).bind(2, from.deviceId).bind(3, batch.epoch).bind(4, event.seq);
    insert->bind(5, from.storeId).bind(6, from.tillId).bind(7, sale->receiptNumber).bind(8, sale->total.cents());
    insert->bind(9, sale->completedAt.toString(Qt::ISODateWithMs)).bind(10, iso(at));
    insert->bind(11, QString::fromUtf8(event.payload)).run();
    if (m_db->changes() == 0) {
        raise(QStringLiteral("duplicate_document"), from, event.documentId,
              QStringLiteral("sale %1 arrived again under another seq").arg(sale->receiptNumber), at);
    }
    progress.lastChainHash = event.chainHash;
    progress.chainStarts = false;
    progress.lastSaleNumber = sale->number;
    return {};
}

IngestResult SqliteCentralStore::ingest(const TillPrincipal& from, const EventBatch& batch,
                                        const QDateTime& receivedAt) {
    std::lock_guard lock(m_mutex);
    IngestResult result;
    if (batch.deviceId != from.deviceId) {
        result.error = ProtocolError::WrongTill;
        return result;
    }
    std::optional<QString> clonedDetail;
    try {
        core::Transaction transaction(*m_db);
        {
            core::Query till = m_db->prepare("SELECT store_id, till_id, quarantined FROM tills WHERE device_id = ?1");
            till->bind(1, from.deviceId);
            if (!till->step()) {
                result.error = ProtocolError::UnknownTill;
                return result;
            }
            if (till->text(0) != from.storeId || till->text(1) != from.tillId) {
                result.error = ProtocolError::WrongTill;
                return result;
            }
            if (till->integer(2) != 0) {
                result.error = ProtocolError::TillQuarantined;
                return result;
            }
        }
        Progress progress = progressOf(from.deviceId, batch.epoch);
        if (!progress.known && batch.epoch > 1 && !batch.events.empty()) {
            // A till restored from a backup (or reinstalled) goes on under a new epoch from where
            // its backup ended: its numbering continues, and what it sold after the backup stays
            // in the old epoch. Head office is told.
            progress.highWaterMark = batch.events.front().seq - 1;
            progress.chainStarts = true;
            raise(QStringLiteral("epoch_started"), from, batch.events.front().documentId,
                  QStringLiteral("the till was restored or reinstalled: epoch %1 starts at seq %2")
                      .arg(batch.epoch)
                      .arg(batch.events.front().seq),
                  receivedAt);
        }
        for (const core::OutboxEvent& event : batch.events) {
            if (const std::optional<QString> stored = storedPayloadHash(from.deviceId, batch.epoch, event.seq)) {
                if (*stored == event.payloadHash) {
                    ++result.duplicates;
                    continue;
                }
                clonedDetail = QStringLiteral("seq %1 of epoch %2 arrived again with another payload")
                                   .arg(event.seq)
                                   .arg(batch.epoch);
                break;
            }
            if (event.seq != progress.highWaterMark + 1) {
                result.error = ProtocolError::SeqGap;
                result.expectedSeq = progress.highWaterMark + 1;
                break;
            }
            core::Query inbox = m_db->prepare("INSERT INTO inbox (device_id, epoch, seq, document_id, kind, "
                                              "schema_version, payload_hash, payload, received_at) "
                                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
            inbox->bind(1, from.deviceId).bind(2, batch.epoch).bind(3, event.seq).bind(4, event.documentId);
            inbox->bind(5, event.kind).bind(6, event.schemaVersion).bind(7, event.payloadHash);
            inbox->bind(8, QString::fromUtf8(event.payload)).bind(9, iso(receivedAt)).run();
            if (event.kind == QLatin1String("sale.completed")) {
                if (const boost::system::error_code refused = applySale(from, batch, event, progress, receivedAt)) {
                    result.error = refused; // the transaction rolls back: nothing of the batch is kept
                    return result;
                }
            }
            progress.highWaterMark = event.seq;
            ++result.applied;
        }
        if (!clonedDetail) {
            saveProgress(from.deviceId, batch.epoch, progress);
            noteContact(from.deviceId, batch, receivedAt);
            transaction.commit();
        }
    } catch (const core::StoreError&) {
        result = IngestResult{};
        result.error = ProtocolError::StorageFailed;
        return result;
    }
    if (clonedDetail) {
        // Nothing of this batch is kept; the till is stopped and head office told.
        result = IngestResult{};
        result.error = ProtocolError::ClonedTill;
        quarantine(from, *clonedDetail, receivedAt);
    }
    result.highWaterMark = progressOf(from.deviceId, batch.epoch).highWaterMark;
    return result;
}

void SqliteCentralStore::recordCertificate(const QString& fingerprint, const TillPrincipal& till,
                                           const QDateTime& issuedAt) {
    std::lock_guard lock(m_mutex);
    core::Query query = m_db->prepare("INSERT OR IGNORE INTO till_certificates (fingerprint, device_id, store_id, "
                                      "till_id, issued_at) VALUES (?1, ?2, ?3, ?4, ?5)");
    query->bind(1, fingerprint).bind(2, till.deviceId).bind(3, till.storeId).bind(4, till.tillId);
    query->bind(5, iso(issuedAt)).run();
}

int SqliteCentralStore::revokeTill(const QString& storeId, const QString& tillId, const QDateTime& at) {
    std::lock_guard lock(m_mutex);
    core::Query query = m_db->prepare("UPDATE till_certificates SET revoked_at = ?3 "
                                      "WHERE store_id = ?1 AND till_id = ?2 AND revoked_at IS NULL");
    query->bind(1, storeId).bind(2, tillId).bind(3, iso(at)).run();
    return m_db->changes();
}

bool SqliteCentralStore::isRevoked(const QString& fingerprint) {
    std::lock_guard lock(m_mutex);
    core::Query query =
        m_db->prepare("SELECT 1 FROM till_certificates WHERE fingerprint = ?1 AND revoked_at IS NOT NULL");
    query->bind(1, fingerprint);
    return query->step();
}

// For /metrics: when central last heard from the till, and how old its newest event was then
// by the till's clock (informative only: nothing is decided by it).
void SqliteCentralStore::noteContact(const QString& deviceId, const EventBatch& batch, const QDateTime& receivedAt) {
    const QDateTime newest =
        batch.events.empty() ? receivedAt : QDateTime::fromString(batch.events.back().createdAt, Qt::ISODateWithMs);
    core::Query query = m_db->prepare("UPDATE tills SET last_seen_at = ?1, last_lag_ms = ?2 WHERE device_id = ?3");
    query->bind(1, iso(receivedAt))
        .bind(2, static_cast<std::int64_t>(newest.isValid() ? std::max<qint64>(newest.msecsTo(receivedAt), 0) : 0));
    query->bind(3, deviceId).run();
}

std::vector<TillStatus> SqliteCentralStore::tillStatuses() {
    std::lock_guard lock(m_mutex);
    std::vector<TillStatus> tills;
    core::Query query = m_db->prepare("SELECT store_id, till_id, quarantined, last_seen_at, coalesce(last_lag_ms, 0) "
                                      "FROM tills ORDER BY store_id, till_id");
    while (query->step()) {
        tills.push_back(TillStatus{query->text(0), query->text(1), query->integer(2) != 0,
                                   QDateTime::fromString(query->text(3), Qt::ISODateWithMs), query->int64(4)});
    }
    return tills;
}

std::int64_t SqliteCentralStore::highWaterMark(const QString& deviceId, int epoch) {
    std::lock_guard lock(m_mutex);
    return progressOf(deviceId, epoch).highWaterMark;
}

std::int64_t SqliteCentralStore::saleCount() {
    std::lock_guard lock(m_mutex);
    core::Query query = m_db->prepare("SELECT count(*) FROM sales");
    query->step();
    return query->int64(0);
}

std::vector<CentralException> SqliteCentralStore::exceptions(std::int64_t afterId, int limit) {
    std::lock_guard lock(m_mutex);
    std::vector<CentralException> found;
    core::Query query = m_db->prepare("SELECT id, kind, device_id, store_id, till_id, document_id, detail, raised_at "
                                      "FROM exceptions WHERE id > ?1 ORDER BY id LIMIT ?2");
    query->bind(1, afterId).bind(2, limit);
    while (query->step()) {
        found.push_back(CentralException{query->int64(0), query->text(1), query->text(2), query->text(3),
                                         query->text(4), query->text(5), query->text(6), query->text(7)});
    }
    return found;
}

std::vector<StoredSale> SqliteCentralStore::salesSince(std::int64_t cursor, int limit) {
    std::lock_guard lock(m_mutex);
    std::vector<StoredSale> sales;
    core::Query query = m_db->prepare("SELECT id, document_id, store_id, till_id, received_at, body FROM sales "
                                      "WHERE id > ?1 ORDER BY id LIMIT ?2");
    query->bind(1, cursor).bind(2, limit);
    while (query->step()) {
        sales.push_back(StoredSale{query->int64(0), query->text(1), query->text(2), query->text(3), query->text(4),
                                   query->text(5).toUtf8()});
    }
    return sales;
}

std::int64_t SqliteCentralStore::putMasterData(const QString& feed, const std::vector<core::FeedItem>& items) {
    std::lock_guard lock(m_mutex);
    core::Transaction transaction(*m_db);
    std::int64_t changeNo = 0;
    {
        core::Query head = m_db->prepare("SELECT coalesce(max(change_no), 0) FROM master_data");
        head->step();
        changeNo = head->int64(0);
    }
    for (const core::FeedItem& item : items) {
        core::Query write =
            m_db->prepare("INSERT INTO master_data (feed, key, change_no, removed, item) VALUES (?1, ?2, ?3, ?4, ?5) "
                          "ON CONFLICT (feed, key) DO UPDATE SET change_no = excluded.change_no, "
                          "removed = excluded.removed, item = excluded.item");
        write->bind(1, feed).bind(2, item.key).bind(3, ++changeNo).bind(4, item.removed ? 1 : 0);
        write->bind(5, QString::fromUtf8(QJsonDocument(item.item).toJson(QJsonDocument::Compact))).run();
    }
    transaction.commit();
    return changeNo;
}

ChangeSlice SqliteCentralStore::changesSince(std::int64_t since, int limit, qsizetype maxBytes) {
    std::lock_guard lock(m_mutex);
    ChangeSlice slice;
    slice.generation = generationLocked();
    qsizetype bytes = 0;
    core::Query query = m_db->prepare("SELECT change_no, feed, removed, item FROM master_data "
                                      "WHERE change_no > ?1 ORDER BY change_no LIMIT ?2");
    query->bind(1, since).bind(2, limit);
    while (bytes < maxBytes && query->step()) {
        StoredChange change{query->int64(0), query->text(1), query->blob(3), query->integer(2) != 0};
        bytes += change.item.size();
        slice.changes.push_back(std::move(change));
    }
    // One connection under the mutex: no write can come between the page and the head.
    core::Query head = m_db->prepare("SELECT coalesce(max(change_no), 0) FROM master_data");
    head->step();
    slice.head = head->int64(0);
    return slice;
}

core::TaxTable SqliteCentralStore::taxTable() {
    std::lock_guard lock(m_mutex);
    std::vector<core::TaxRate> rates;
    core::Query query = m_db->prepare("SELECT item FROM master_data WHERE feed = 'tax_codes' AND removed = 0");
    while (query->step()) {
        auto rate = core::parseTaxRateItem(QJsonDocument::fromJson(query->blob(0)).object());
        if (rate) {
            rates.push_back(rate.value());
        }
    }
    return core::TaxTable(std::move(rates));
}

QString SqliteCentralStore::generation() {
    std::lock_guard lock(m_mutex);
    return generationLocked();
}

QString SqliteCentralStore::generationLocked() {
    core::Query query = m_db->prepare("SELECT value FROM central_meta WHERE key = 'generation'");
    return query->step() ? query->text(0) : QString();
}

QString SqliteCentralStore::createToken(const QString& name) {
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(secret.data()), 8);
    const QString token = QStringLiteral("kc_") + QString::fromLatin1(secret.toBase64(QByteArray::Base64UrlEncoding |
                                                                                      QByteArray::OmitTrailingEquals));
    std::lock_guard lock(m_mutex);
    core::Query query =
        m_db->prepare("INSERT INTO integration_tokens (token_hash, name, created_at) VALUES (?1, ?2, ?3)");
    query->bind(1, hashCode(token)).bind(2, name).bind(3, iso(QDateTime::currentDateTimeUtc())).run();
    return token;
}

std::optional<QString> SqliteCentralStore::tokenOwner(const QString& token) {
    std::lock_guard lock(m_mutex);
    core::Query query = m_db->prepare("SELECT name FROM integration_tokens WHERE token_hash = ?1");
    query->bind(1, hashCode(token));
    if (!query->step()) {
        return std::nullopt;
    }
    return query->text(0);
}

} // namespace kassa::sync
