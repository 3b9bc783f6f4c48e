#pragma once

// The till's sync engine: a thread of its own with its own connection to the till's database.
// It pushes the outbox whenever asked (right after each sale) and every `idleInterval`; when
// central cannot be reached it backs off exponentially with jitter, so a store full of tills
// does not hammer central the moment it comes back. After each push it takes central's
// master-data changes (see pullMasterData). Its TLS connections to central stay open from
// round to round. Its state reaches the UI as queued signals.

#include "CentralAnswers.h"
#include "TillLink.h"
#include "core/sync/SyncLink.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace kassa::sync {

struct SyncTiming {
    std::chrono::milliseconds idleInterval{30'000};
    std::chrono::milliseconds firstRetry{1'000};
    std::chrono::milliseconds longestRetry{60'000};
};

class SyncEngine final : public core::SyncLink {
    Q_OBJECT

public:
    SyncEngine(QString dataDir, SyncTiming timing = {}, QObject* parent = nullptr);
    ~SyncEngine() override;

    void requestSync() override;
    [[nodiscard]] QByteArray receiptCode(core::TillDatabase& till, const core::CompletedSale& sale) override;
    [[nodiscard]] core::CentralDocument soldDocument(const QString& channel, const QString& number) override;
    [[nodiscard]] core::CentralVoucher fetchVoucher(const QString& code) override;
    [[nodiscard]] core::CentralStock fetchStock(const QString& sku) override;
    [[nodiscard]] core::CentralHistory fetchCustomerHistory(const QString& customerId) override;
    [[nodiscard]] core::CentralLease holdReturn(const QString& channel, const QString& number,
                                                const std::map<int, std::int64_t>& lines) override;
    void releaseReturn(const QString& leaseId) override;
    [[nodiscard]] core::Result<core::ReturnableDocument> readReceiptCode(core::TillDatabase& till,
                                                                         const QByteArray& text) override;
    void start();
    void stop();

    // The next wait after `failures` failed attempts in a row: exponential, capped, with
    // jitter of plus or minus half, never below firstRetry / 2.
    [[nodiscard]] static std::chrono::milliseconds retryDelay(int failures, const SyncTiming& timing,
                                                              double jitter /* 0..1 */);

private:
    void run();
    core::SyncState attempt(core::TillDatabase& till, int& failures);
    TillConnections& connectionsFor(const TillLinkFiles& link);
    bool takeRequest();

    QString m_dataDir;
    SyncTiming m_timing;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stopping = false;
    std::unique_ptr<TillConnections> m_connections; // used by the engine's thread only
    CentralQuestions m_questions;                   // a cashier's questions, from the UI's thread
    std::thread m_thread;
};

} // namespace kassa::sync
