#include "SyncEngine.h"

#include "CentralAnswers.h"
#include "CentralReturnsClient.h"
#include "ReceiptSigning.h"

#include <QRandomGenerator>
#include <algorithm>

namespace kassa::sync {

namespace {

// A cashier waits for these: a slow central is given up on, and the till goes on offline.
constexpr std::chrono::seconds kReturnRequestTimeout{5};

} // namespace

SyncEngine::SyncEngine(QString dataDir, SyncTiming timing, QObject* parent)
    : core::SyncLink(parent)
    , m_dataDir(std::move(dataDir))
    , m_timing(timing)
    , m_questions(m_dataDir) {
    qRegisterMetaType<core::SyncState>();
}

SyncEngine::~SyncEngine() {
    stop();
}

void SyncEngine::start() {
    if (!m_thread.joinable()) {
        m_stopping = false;
        m_thread = std::thread([this] { run(); });
    }
}

void SyncEngine::stop() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void SyncEngine::requestSync() {
    {
        std::lock_guard lock(m_mutex);
        m_requested = true;
    }
    m_wake.notify_all();
}

QByteArray SyncEngine::receiptCode(core::TillDatabase& till, const core::CompletedSale& sale) {
    return receiptCodeOf(till, sale, loadTillLink(m_dataDir)).value_or(QByteArray());
}

core::CentralDocument SyncEngine::soldDocument(const QString& channel, const QString& number) {
    return CentralReturnsClient(loadTillLink(m_dataDir), kReturnRequestTimeout).soldDocument(channel, number);
}

core::CentralVoucher SyncEngine::fetchVoucher(const QString& code) {
    return readVoucher(m_questions.ask("GET", voucherTarget(code.trimmed().toUpper()), {}, kReturnRequestTimeout));
}

core::CentralStock SyncEngine::fetchStock(const QString& sku) {
    return readStock(m_questions.ask("GET", stockTarget(sku), {}, kReturnRequestTimeout));
}

core::CentralHistory SyncEngine::fetchCustomerHistory(const QString& customerId) {
    return readHistory(m_questions.ask("GET", customerHistoryTarget(customerId), {}, kReturnRequestTimeout));
}

core::CentralLease SyncEngine::holdReturn(const QString& channel, const QString& number,
                                          const std::map<int, std::int64_t>& lines) {
    return CentralReturnsClient(loadTillLink(m_dataDir), kReturnRequestTimeout).holdReturn(channel, number, lines);
}

void SyncEngine::releaseReturn(const QString& leaseId) {
    CentralReturnsClient(loadTillLink(m_dataDir), kReturnRequestTimeout).releaseReturn(leaseId);
}

core::Result<core::ReturnableDocument> SyncEngine::readReceiptCode(core::TillDatabase& till, const QByteArray& text) {
    return sync::readReceiptCode(till, loadTillLink(m_dataDir), text);
}

std::chrono::milliseconds SyncEngine::retryDelay(int failures, const SyncTiming& timing, double jitter) {
    const int doublings = std::clamp(failures - 1, 0, 20);
    const std::chrono::milliseconds base =
        std::min<std::chrono::milliseconds>(timing.firstRetry * (1LL << doublings), timing.longestRetry);
    const double factor = 0.5 + std::clamp(jitter, 0.0, 1.0); // 0.5 .. 1.5
    return std::max(std::chrono::milliseconds(static_cast<std::int64_t>(static_cast<double>(base.count()) * factor)),
                    timing.firstRetry / 2);
}

core::SyncState SyncEngine::attempt(core::TillDatabase& till, int& failures) {
    core::SyncState state;
    const std::optional<TillLinkFiles> link = loadTillLink(m_dataDir);
    state.enrolled = link.has_value();
    if (link) {
        TillConnections& connections = connectionsFor(*link);
        PushOutcome outcome = pushOutbox(till, connections.events);
        if (outcome.problem.isEmpty()) {
            // Sales made while a long first load runs go out between its pages.
            const PullOutcome pulled = pullMasterData(till, connections.changes, [this, &till, &connections] {
                if (takeRequest()) {
                    (void)pushOutbox(till, connections.events);
                }
            });
            outcome.problem = pulled.problem;
            outcome.reached = pulled.reached;
            if (pulled.centralRestored) {
                outcome = pushAfterCentralRestore(till, connections.events);
            }
            for (const TillFeed& feed : tillFeeds()) {
                if (!outcome.problem.isEmpty()) {
                    break;
                }
                const FeedOutcome fed = pullFeed(till, connections.changes, feed);
                outcome.problem = fed.problem;
                outcome.reached = fed.reached;
            }
        }
        state.online = outcome.reached;
        state.problem = outcome.problem;
        if (outcome.problem.isEmpty()) {
            failures = 0;
            till.settings().setValue(QString::fromLatin1(core::settingKeys::kSyncLastSuccess),
                                     QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        } else {
            ++failures;
        }
    }
    const core::OutboxDepth depth = till.journal().outboxDepth();
    state.waiting = depth.waiting;
    state.oldestWaiting = depth.oldestWaiting;
    state.lastSuccess = QDateTime::fromString(till.settings().value(core::settingKeys::kSyncLastSuccess), Qt::ISODate);
    core::StoreExceptions exceptions = till.storeExceptions();
    state.storeExceptions = exceptions.count();
    state.pickupsToPick = till.pickups().count(core::PickupStatus::New);
    if (const std::vector<core::StoreException> latest = exceptions.latest(1); !latest.empty()) {
        state.latestException = latest.front().detail;
    }
    return state;
}

// The connections are kept from round to round while the link stays the same.
TillConnections& SyncEngine::connectionsFor(const TillLinkFiles& link) {
    const bool same = m_connections && m_connections->madeFor.address.host == link.address.host &&
                      m_connections->madeFor.address.port == link.address.port &&
                      m_connections->madeFor.tls.certificatePem == link.tls.certificatePem &&
                      m_connections->madeFor.tls.caPem == link.tls.caPem;
    if (!same) {
        m_connections = std::make_unique<TillConnections>(link);
    }
    return *m_connections;
}

bool SyncEngine::takeRequest() {
    std::lock_guard lock(m_mutex);
    return std::exchange(m_requested, false);
}

void SyncEngine::run() {
    std::unique_ptr<core::TillDatabase> till;
    try {
        till = std::make_unique<core::TillDatabase>(m_dataDir); // a connection of this thread's own
    } catch (const std::exception& error) {
        core::SyncState state;
        state.problem = QString::fromUtf8(error.what());
        Q_EMIT stateChanged(state);
        return;
    }
    int failures = 0;
    for (;;) {
        core::SyncState state;
        try {
            state = attempt(*till, failures);
        } catch (const core::StoreError& error) {
            ++failures;
            state.problem = QString::fromUtf8(error.what());
        }
        Q_EMIT stateChanged(state); // queued to the UI thread by Qt: the receiver lives there
        const auto wait = !state.enrolled || failures == 0
                              ? m_timing.idleInterval
                              : retryDelay(failures, m_timing, QRandomGenerator::global()->generateDouble());
        std::unique_lock lock(m_mutex);
        m_wake.wait_for(lock, wait, [this] { return m_stopping || m_requested; });
        if (m_stopping) {
            return;
        }
        m_requested = false;
    }
}

} // namespace kassa::sync
