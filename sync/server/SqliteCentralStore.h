#pragma once

// CentralStore on one SQLite file: the embedded default for a small chain. One writer at a time
// (SQLite's own rule) on a connection of its own; reads go to a pool of reader connections, so a
// till reading the change feed or an integration paging sales never waits for a batch being
// written, and no lock is held around the whole store.

#include "CentralStore.h"
#include "core/store/Database.h"

#include <memory>
#include <mutex>

namespace kassa::sync {

class SqliteCentralStore final : public CentralStore {
public:
    // Opens or creates central.db in `dataDir` and brings its schema up to date.
    explicit SqliteCentralStore(const QString& dataDir);
    ~SqliteCentralStore() override;

    // A consistent copy of the database while central runs (VACUUM INTO); `file` must not exist.
    void backupTo(const QString& file);
    // Puts a backup in place of central.db (central must be stopped) and gives it a new
    // generation: the tills then load their master data again and send again what the backup
    // lacks. Throws StoreError with a reason a person can act on.
    static void restore(const QString& dataDir, const QString& backupFile);
    // A new generation for central.db in `dataDir` (central stopped): see restore.
    static void startNewGeneration(const QString& dataDir);

    [[nodiscard]] std::unique_ptr<CentralWrite> beginWrite() override;
    void readSuggestionInputs(const SuggestionInputs& inputs) override;
    void registerTill(const TillPrincipal& till) override;
    QString createEnrollmentCode(const QString& storeId, const QString& tillId, const QDateTime& expiresAt) override;
    std::optional<std::pair<QString, QString>> peekEnrollmentCode(const QString& code, const QDateTime& now) override;
    std::optional<TillPrincipal> redeemEnrollmentCode(const QString& code, const QString& deviceId,
                                                      const QDateTime& now) override;
    [[nodiscard]] bool isRevoked(const QString& fingerprint) override;
    [[nodiscard]] std::int64_t highWaterMark(const QString& deviceId, int epoch) override;
    [[nodiscard]] std::int64_t saleCount() override;
    [[nodiscard]] std::vector<CentralException> exceptions(std::int64_t afterId, int limit) override;
    [[nodiscard]] std::vector<StoredSale> salesSince(std::int64_t cursor, int limit) override;
    [[nodiscard]] std::vector<HeldEvent> heldEvents(const HeldEventKey& after, int limit) override;
    [[nodiscard]] std::int64_t heldEventCount() override;
    std::int64_t putMasterData(const QString& feed, const std::vector<core::FeedItem>& items) override;
    [[nodiscard]] std::map<QString, QString> gtinOwners(const QStringList& gtins) override;
    [[nodiscard]] std::optional<QJsonObject> masterDataItem(const QString& feed, const QString& key) override;
    [[nodiscard]] std::optional<SoldDocument> soldDocument(const QString& channel, const QString& number,
                                                           const QDateTime& now,
                                                           const QString& askingDevice = {}) override;
    [[nodiscard]] std::vector<StoredSale> returnsSince(std::int64_t cursor, int limit) override;
    [[nodiscard]] std::vector<StockMovementRecord> stockMovementsSince(std::int64_t cursor, int limit) override;
    [[nodiscard]] StockFeedSlice stockFeed(const QString& location, std::int64_t after, const QString& afterSku,
                                           int limit) override;
    [[nodiscard]] std::optional<std::pair<QJsonObject, std::optional<StockReceipt>>>
    delivery(const QString& number) override;
    [[nodiscard]] std::vector<StockLevel> stockLevels(const QString& location, const QString& sku,
                                                      const QString& afterSku, int limit) override;
    [[nodiscard]] std::vector<RefundRecord> refunds(const QString& status, std::int64_t afterId, int limit) override;
    MarkPaid markRefundPaid(std::int64_t id, const QString& reference, const QString& by, const QDateTime& at) override;
    [[nodiscard]] std::optional<VoucherRecord> voucher(const QString& number) override;
    [[nodiscard]] std::vector<VoucherRecord> legacyVouchers(const QString& afterNumber, int limit) override;
    [[nodiscard]] std::vector<ReturnWithoutSale> returnsWithoutTheirSale(const QString& receivedBefore,
                                                                         int limit) override;
    [[nodiscard]] std::vector<AuditRecord> audit(const QString& storeId, std::int64_t afterCursor, int limit) override;
    [[nodiscard]] std::vector<CentralException> storeExceptions(const QString& storeId, std::int64_t afterId,
                                                                int limit) override;
    using CentralStore::changesSince;
    [[nodiscard]] ChangeSlice changesSince(std::int64_t since, int limit, qsizetype maxBytes,
                                           const LeftOutOfFeed& leftOut) override;
    void leaveNoCopyOfErased() override;
    [[nodiscard]] core::TaxTable taxTable() override;
    [[nodiscard]] QString generation() override;
    [[nodiscard]] std::vector<TillStatus> tillStatuses() override;
    [[nodiscard]] std::vector<ShiftRow> shiftsOfDay(const QString& storeId, const QString& date) override;
    [[nodiscard]] std::optional<ReceiptTotals> shiftReceiptTotals(const ShiftRow& shift) override;
    [[nodiscard]] std::vector<core::Pickup> pickups(const QString& storeId, const QString& status, int limit) override;
    [[nodiscard]] std::optional<core::Pickup> pickup(const QString& order) override;
    [[nodiscard]] std::vector<PickupChange> pickupChanges(std::int64_t cursor, const QString& storeId,
                                                          int limit) override;
    [[nodiscard]] FeedPoint readMembers(const QString& keyFingerprint,
                                        const std::function<void(const QByteArray& limitedItem)>& each) override;
    [[nodiscard]] bool customerErasedAfter(std::int64_t change) override;
    [[nodiscard]] std::map<QString, QString> customersSeenAt(const QString& storeId, const QStringList& ids,
                                                             const QString& since) override;
    // Integration tokens: SqliteCentralTokens.cpp, PostgresCentralTokens.cpp.
    QString createToken(const QString& name, const QStringList& scopes) override;
    [[nodiscard]] std::optional<IntegrationToken> findToken(const QString& token) override;
    void noteTokenUsed(const QString& token, const QString& at) override;
    [[nodiscard]] std::vector<IntegrationToken> tokens() override;
    int revokeToken(const QString& name, const QString& at) override;

private:
    class Readers;
    class Write;

    // The writer connection, for one transaction: waits while another holds it.
    struct WriterLease {
        std::unique_lock<std::mutex> lock;
        core::Database& db;
    };
    WriterLease writer();

    QString m_path;
    std::mutex m_writerMutex;
    std::unique_ptr<core::Database> m_writer;
    std::unique_ptr<Readers> m_readers;
};

} // namespace kassa::sync
