#pragma once

// The till's outbox: every business fact (a completed sale today; returns, stock movements,
// customer edits and shift closes as they come) leaves one event here for central. A repository
// appends its fact's event with append(), inside the transaction that records the fact, so the
// two are on disk together or not at all; nothing else writes outbox rows. The sync engine reads
// the events in seq order, marks what central acknowledges, and prunes acknowledged events after
// sync.keep_acknowledged_days (30 by default).

#include "../domain/OutboxEvent.h"
#include "Database.h"

#include <QDateTime>
#include <vector>

namespace kassa::core {

// An event as a repository appends it. The outbox gives it its seq and the till's epoch.
struct NewEvent {
    QString kind;          // "sale.completed"
    int schemaVersion = 0; // of the payload's format
    QByteArray payload;    // canonical JSON of the fact, byte for byte what central hashes
    QString documentId;    // the fact's UUIDv7
    QDateTime createdAt;   // the till's clock: recorded, never decides anything
    QString chainHash{};   // a receipt's link in the tamper-evident chain; empty for other facts
};

// How many acknowledged events the till keeps, and from when the oldest is.
struct KeptEvents {
    std::int64_t count = 0;
    QString oldest; // ISO time of acknowledgement, empty when none
};

inline constexpr int kDefaultKeepAcknowledgedDays = 30;

class Outbox {
public:
    explicit Outbox(Database& db)
        : m_db(db) {}

    // Appends `event` with the next gapless seq and returns that seq. Only inside the
    // transaction that records the fact: outside one it throws StoreError, since an event
    // without its fact (or a fact without its event) would be lost or invented at central.
    std::int64_t append(const NewEvent& event);

    // Unacknowledged events from the oldest, at most `maxEvents` and about `maxBytes` of
    // payload (always at least one event, however large).
    [[nodiscard]] std::vector<OutboxEvent> pending(int maxEvents, qsizetype maxBytes);
    // Central holds everything of `epoch` up to `highWaterMark`: mark those delivered. Returns
    // how many events this newly acknowledged; a mark beyond what the till has sent is refused.
    // Per epoch: after a restore, central's mark for the old epoch may pass seq numbers the
    // till has since used again for new, unsent sales of the new epoch.
    Result<int> acknowledge(int epoch, std::int64_t highWaterMark, const QDateTime& at);
    // Customer facts (created, updated, a note) central has acknowledged, of customers this till
    // no longer keeps (erased, merged into another, another store's non-member whose time here
    // is up), are blanked to {"erased":true} as central blanks its inbox: the outbox keeps no
    // payload of them. A resend after central's restore sends the blank, which central takes as
    // done. Looks at seqs `fromSeq`..`toSeq`; returns how many it blanked. Inside the caller's
    // transaction or its own.
    int forgetCustomerFactsNotKept(std::int64_t fromSeq, std::int64_t toSeq);
    // Central lost events it had acknowledged (it was restored from a backup): everything from
    // `fromSeq` on is sent again. Refused when those events were already pruned.
    Result<int> resendFrom(std::int64_t fromSeq);
    // Acknowledged events older than `keepDays` are deleted, in short transactions so sales
    // commit in between. The newest event always stays: after central is restored the till
    // offers it to learn from where to send again. Returns how many were deleted.
    Result<int> prune(const QDateTime& now, int keepDays = kDefaultKeepAcknowledgedDays);
    [[nodiscard]] KeptEvents kept();
    // The highest seq central has acknowledged (0: none yet).
    [[nodiscard]] std::int64_t acknowledgedThrough();

private:
    Database& m_db;
};

} // namespace kassa::core
