#pragma once

// The till's outbox as the sync engine sees it: business events waiting for central, in seq
// order, and the acknowledgement that marks them delivered. Events are written by the
// repositories in the same transaction as their fact (see Journal::commit); they are never
// changed afterwards, and acknowledged ones are kept for 30 days.

#include "Database.h"

#include <QDateTime>
#include <vector>

namespace kassa::core {

struct OutboxEvent {
    std::int64_t seq = 0;
    int epoch = 1;
    QString documentId;
    QString kind; // "sale.completed"
    int schemaVersion = 0;
    QByteArray payload;  // canonical JSON of the fact
    QString payloadHash; // SHA-256 of payload, hex
    QString createdAt;   // the till's clock, ISO 8601
    QString chainHash;   // for sales: the receipt chain link, which central verifies
};

class Outbox {
public:
    explicit Outbox(Database& db)
        : m_db(db) {}

    // Unacknowledged events from the oldest, at most `maxEvents` and about `maxBytes` of
    // payload (always at least one event, however large).
    [[nodiscard]] std::vector<OutboxEvent> pending(int maxEvents, qsizetype maxBytes);
    // Central holds everything of `epoch` up to `highWaterMark`: mark those delivered. Returns
    // how many events this newly acknowledged; a mark beyond what the till has sent is refused.
    // Per epoch: after a restore, central's mark for the old epoch may pass seq numbers the
    // till has since used again for new, unsent sales of the new epoch.
    Result<int> acknowledge(int epoch, std::int64_t highWaterMark, const QDateTime& at);
    // Central lost events it had acknowledged (it was restored from a backup): everything from
    // `fromSeq` on is sent again. Refused when those events were already pruned.
    Result<int> resendFrom(std::int64_t fromSeq);
    // Acknowledged events older than `keepDays` are deleted.
    Result<int> prune(const QDateTime& now, int keepDays = 30);

private:
    Database& m_db;
};

} // namespace kassa::core
