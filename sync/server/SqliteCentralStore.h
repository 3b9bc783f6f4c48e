#pragma once

// CentralStore on one SQLite file: the embedded default for a small chain.

#include "CentralStore.h"
#include "core/store/Database.h"

#include <memory>
#include <mutex>

namespace kassa::sync {

class SqliteCentralStore final : public CentralStore {
public:
    // Opens or creates central.db in `dataDir` and brings its schema up to date.
    explicit SqliteCentralStore(const QString& dataDir);

    // A consistent copy of the database while central runs (VACUUM INTO); `file` must not exist.
    void backupTo(const QString& file);
    // Puts a backup in place of central.db (central must be stopped) and gives it a new
    // generation: the tills then load their master data again and send again what the backup
    // lacks. Throws StoreError with a reason a person can act on.
    static void restore(const QString& dataDir, const QString& backupFile);

    void registerTill(const TillPrincipal& till) override;
    QString createEnrollmentCode(const QString& storeId, const QString& tillId, const QDateTime& expiresAt) override;
    std::optional<std::pair<QString, QString>> peekEnrollmentCode(const QString& code, const QDateTime& now) override;
    std::optional<TillPrincipal> redeemEnrollmentCode(const QString& code, const QString& deviceId,
                                                      const QDateTime& now) override;
    void recordCertificate(const QString& fingerprint, const TillPrincipal& till, const QDateTime& issuedAt) override;
    int revokeTill(const QString& storeId, const QString& tillId, const QDateTime& at) override;
    [[nodiscard]] bool isRevoked(const QString& fingerprint) override;
    IngestResult ingest(const TillPrincipal& from, const EventBatch& batch, const QDateTime& receivedAt) override;
    [[nodiscard]] std::int64_t highWaterMark(const QString& deviceId, int epoch) override;
    [[nodiscard]] std::int64_t saleCount() override;
    [[nodiscard]] std::vector<CentralException> exceptions(std::int64_t afterId, int limit) override;
    [[nodiscard]] std::vector<StoredSale> salesSince(std::int64_t cursor, int limit) override;
    std::int64_t putMasterData(const QString& feed, const std::vector<core::FeedItem>& items) override;
    [[nodiscard]] ChangeSlice changesSince(std::int64_t since, int limit, qsizetype maxBytes) override;
    [[nodiscard]] core::TaxTable taxTable() override;
    [[nodiscard]] QString generation() override;
    [[nodiscard]] std::vector<TillStatus> tillStatuses() override;
    QString createToken(const QString& name) override;
    [[nodiscard]] std::optional<QString> tokenOwner(const QString& token) override;

private:
    struct Progress {
        std::int64_t highWaterMark = 0;
        QString lastChainHash;
        std::int64_t lastSaleNumber = 0;
        bool known = false;       // central has taken events of this epoch before
        bool chainStarts = false; // a restored till's new epoch: its first sale seeds the chain
    };

    void registerTillLocked(const TillPrincipal& till);
    QString generationLocked();
    void noteContact(const QString& deviceId, const EventBatch& batch, const QDateTime& receivedAt);
    Progress progressOf(const QString& deviceId, int epoch);
    void saveProgress(const QString& deviceId, int epoch, const Progress& progress);
    std::optional<QString> storedPayloadHash(const QString& deviceId, int epoch, std::int64_t seq);
    void quarantine(const TillPrincipal& till, const QString& reason, const QDateTime& at);
    void raise(const QString& kind, const TillPrincipal& till, const QString& documentId, const QString& detail,
               const QDateTime& at);
    boost::system::error_code applySale(const TillPrincipal& from, const EventBatch& batch,
                                        const core::OutboxEvent& event, Progress& progress, const QDateTime& at);

    std::mutex m_mutex; // one writer at a time; SQLite serialises writers anyway
    std::unique_ptr<core::Database> m_db;
};

} // namespace kassa::sync
