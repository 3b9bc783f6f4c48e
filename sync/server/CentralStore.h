#pragma once

// Central's system of record, as the sync protocol uses it. An interface, because central runs
// on SQLite (one file, the embedded default) or on PostgreSQL for larger chains; the same
// tests run against every backend.
//
// ingest() is where "exactly once in effect" lives: each event is recorded in an inbox keyed
// by (device, epoch, seq) and applied to central's tables in the same transaction as the
// batch. A resend of what central holds is a harmless duplicate; a gap answers with the seq
// central expects; the same seq with another payload means a cloned or restored till, which is
// quarantined and reported as an exception.

#include "core/store/MasterData.h"
#include "sync/protocol/ChangeFeed.h"
#include "sync/protocol/EventBatch.h"

#include <QDateTime>
#include <optional>
#include <vector>

namespace kassa::sync {

// The till a request comes from, as central authenticated it (its certificate).
struct TillPrincipal {
    QString deviceId;
    QString storeId;
    QString tillId;
    QString certificateFingerprint{}; // of the certificate it presented; empty when not from TLS
};

struct IngestResult {
    boost::system::error_code error; // empty when every event was taken
    std::int64_t highWaterMark = 0;  // the highest contiguous seq central holds for the epoch
    std::int64_t expectedSeq = 0;    // with SeqGap: what central expects next
    int applied = 0;
    int duplicates = 0;
};

struct CentralException {
    std::int64_t id = 0;
    QString kind; // "cloned_till", "broken_chain", "receipt_gap"
    QString deviceId;
    QString storeId;
    QString tillId;
    QString documentId;
    QString detail;
    QString raisedAt;
};

struct StoredSale {
    std::int64_t cursor = 0; // central's change number: arrival order
    QString documentId;
    QString storeId;
    QString tillId;
    QString receivedAt;
    QByteArray body; // the sale as the till recorded it (canonical JSON)
};

// A page of the master-data feed, read in one snapshot: `head` is at least every change in it.
struct ChangeSlice {
    QString generation;
    std::int64_t head = 0;
    std::vector<StoredChange> changes;
};

// What /metrics tells about each enrolled till.
struct TillStatus {
    QString storeId;
    QString tillId;
    bool quarantined = false;
    QDateTime lastSeenAt;       // invalid before its first batch
    std::int64_t lastLagMs = 0; // receive time minus the newest event's time, by the till's clock
};

class CentralStore {
public:
    virtual ~CentralStore() = default;

    // Enrollment's outcome: the device may from now on write as store/till.
    virtual void registerTill(const TillPrincipal& till) = 0;
    // A one-time code that lets one new till enroll as store/till until `expiresAt`. Only a
    // hash of it is stored.
    virtual QString createEnrollmentCode(const QString& storeId, const QString& tillId, const QDateTime& expiresAt) = 0;
    // The store and till a valid, unused code enrolls as, without using it up.
    [[nodiscard]] virtual std::optional<std::pair<QString, QString>> peekEnrollmentCode(const QString& code,
                                                                                        const QDateTime& now) = 0;
    // Uses the code up and registers the device as its store/till: nothing when the code is
    // unknown, used or expired.
    virtual std::optional<TillPrincipal> redeemEnrollmentCode(const QString& code, const QString& deviceId,
                                                              const QDateTime& now) = 0;
    // Every certificate central issues is recorded, so head office can revoke it.
    virtual void recordCertificate(const QString& fingerprint, const TillPrincipal& till,
                                   const QDateTime& issuedAt) = 0;
    // Revokes every certificate issued to store/till so far; returns how many. The till can be
    // enrolled again with a new code.
    virtual int revokeTill(const QString& storeId, const QString& tillId, const QDateTime& at) = 0;
    [[nodiscard]] virtual bool isRevoked(const QString& fingerprint) = 0;
    virtual IngestResult ingest(const TillPrincipal& from, const EventBatch& batch, const QDateTime& receivedAt) = 0;
    [[nodiscard]] virtual std::int64_t highWaterMark(const QString& deviceId, int epoch) = 0;
    [[nodiscard]] virtual std::int64_t saleCount() = 0;
    [[nodiscard]] virtual std::vector<CentralException> exceptions(std::int64_t afterId, int limit) = 0;
    // Sales in arrival order after `cursor`, at most `limit`.
    [[nodiscard]] virtual std::vector<StoredSale> salesSince(std::int64_t cursor, int limit) = 0;

    // Master data from integrations: the items of one feed, stored in one transaction, each
    // under a new change number. Returns central's latest change number.
    virtual std::int64_t putMasterData(const QString& feed, const std::vector<core::FeedItem>& items) = 0;
    // The feed after `since`: at most `limit` changes and, past the first, about `maxBytes` of items.
    [[nodiscard]] virtual ChangeSlice changesSince(std::int64_t since, int limit, qsizetype maxBytes) = 0;
    // The tax rates integrations have put: the codes products may use.
    [[nodiscard]] virtual core::TaxTable taxTable() = 0;
    // Central's database generation: a new one after a restore (see CentralStore implementations).
    [[nodiscard]] virtual QString generation() = 0;
    [[nodiscard]] virtual std::vector<TillStatus> tillStatuses() = 0;

    // Integrations (web shop, ERP) authenticate with bearer tokens; only hashes are stored.
    virtual QString createToken(const QString& name) = 0;
    [[nodiscard]] virtual std::optional<QString> tokenOwner(const QString& token) = 0;
};

} // namespace kassa::sync
