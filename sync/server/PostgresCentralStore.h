#pragma once

// CentralStore on PostgreSQL 15, for chains with many stores; several kassa-central processes
// may serve from one database. Everything that must happen once is enforced by the database:
//  - a till's batches take a row lock on its progress row (SELECT ... FOR UPDATE), so a batch
//    retried on a second process while the first still commits it waits, then finds it held;
//  - an enrollment code is used up by the one UPDATE that finds it unused;
//  - master-data writers take a transaction-scoped advisory lock, so change numbers are handed
//    out in commit order and a feed reader's snapshot is always a prefix;
//  - sales and exceptions are numbered for their readers (GET /v1/sales, /v1/exceptions) under
//    an advisory lock from committed rows only, so a row whose transaction commits after a
//    later-numbered one is never skipped.
// Connections come from a pool whose size is a setting; no lock is held around the store.

#include "CentralStore.h"

#include <memory>

namespace kassa::sync {

class PgPool;

class PostgresCentralStore final : public CentralStore {
public:
    // Connects and brings the schema up to date (refusing one newer than this program knows).
    // Throws StoreUnavailable when the server cannot be reached, core::StoreError otherwise;
    // messages name the URL without its password.
    PostgresCentralStore(const QString& url, int poolSize);
    ~PostgresCentralStore() override;

    // Whether the database holds no tables at all (what `migrate --to` copies into).
    [[nodiscard]] static bool isEmptyDatabase(const QString& url);
    // Copies everything an SQLite central keeps (sales, inbox and tills' progress, master data
    // with its change numbers, exceptions, tokens, tills, certificates, enrollment codes and the
    // generation) into this empty database in one transaction, and checks every table's row
    // count before committing. Tills carry on where they were: the same generation, change
    // numbers and high-water marks, and sales and exceptions keep their cursors. Returns the
    // rows copied per table; throws core::StoreError (nothing kept) when a count differs.
    std::map<QString, std::int64_t> copyFromSqlite(const QString& sqliteFile);
    // Gives the database a new generation (after it was restored from a backup): tills send
    // again what it lacks and load their master data again.
    void startNewGeneration();
    // Counts of what central keeps, table by table (for `migrate` to check its copy).
    [[nodiscard]] std::map<QString, std::int64_t> rowCounts();

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
    class Write;
    // numberForReaders' order
    enum class Paged { Sales, Exceptions, Returns, StockMovements, Refunds, PickupChanges, Audit };
    void numberForReaders(Paged table);

    std::unique_ptr<PgPool> m_pool;
};

} // namespace kassa::sync
