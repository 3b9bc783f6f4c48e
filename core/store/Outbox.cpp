#include "Outbox.h"

#include "Counters.h"
#include "Settings.h"

#include <QCryptographicHash>

namespace kassa::core {

std::int64_t Outbox::append(const NewEvent& event) {
    if (!m_db.inTransaction()) {
        throw StoreError(1, "an outbox event of kind " + event.kind.toStdString() +
                                " must be appended in the transaction that records its fact");
    }
    const std::int64_t seq = nextCounter(m_db, counters::kOutboxSeq);
    Query insert = m_db.prepare("INSERT INTO outbox (seq, epoch, document_id, kind, schema_version, payload, "
                                "payload_hash, created_at, chain_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    insert->bind(1, seq).bind(2, Settings(m_db).intValue(settingKeys::kEpoch, 1)).bind(3, event.documentId);
    insert->bind(4, event.kind).bind(5, event.schemaVersion).bind(6, QString::fromUtf8(event.payload));
    insert->bind(7, QString::fromLatin1(QCryptographicHash::hash(event.payload, QCryptographicHash::Sha256).toHex()));
    insert->bind(8, event.createdAt.toString(Qt::ISODateWithMs));
    event.chainHash.isEmpty() ? insert->bindNull(9) : insert->bind(9, event.chainHash);
    insert->run();
    return seq;
}

std::vector<OutboxEvent> Outbox::pending(int maxEvents, qsizetype maxBytes) {
    std::vector<OutboxEvent> events;
    qsizetype bytes = 0;
    Query query = m_db.prepare(
        "SELECT o.seq, o.epoch, o.document_id, o.kind, o.schema_version, o.payload, o.payload_hash, o.created_at, "
        "coalesce(o.chain_hash, '') FROM outbox o WHERE o.acked_at IS NULL "
        // One epoch per batch: events from before a restore go out under their own epoch first.
        "AND o.epoch = (SELECT epoch FROM outbox WHERE acked_at IS NULL ORDER BY seq LIMIT 1) "
        "ORDER BY o.seq LIMIT ?1");
    query->bind(1, maxEvents);
    while (query->step()) {
        OutboxEvent event{query->int64(0), query->integer(1), query->text(2), query->text(3), query->integer(4),
                          query->blob(5),  query->text(6),    query->text(7), query->text(8)};
        if (!events.empty() && bytes + event.payload.size() > maxBytes) {
            break;
        }
        bytes += event.payload.size();
        events.push_back(std::move(event));
    }
    return events;
}

Result<int> Outbox::acknowledge(int epoch, std::int64_t highWaterMark, const QDateTime& at) {
    try {
        Transaction transaction(m_db);
        {
            // Beyond the last event of the epoch the till sells in: central cannot hold what was
            // never sent. For an older epoch it can: the till was restored from a backup older
            // than what it had sent.
            const bool olderEpoch = epoch < Settings(m_db).intValue(settingKeys::kEpoch, 1);
            Query last = m_db.prepare("SELECT coalesce(max(seq), 0) FROM outbox");
            last->step();
            if ((!olderEpoch && highWaterMark > last->int64(0)) || highWaterMark < 0) {
                return makeError(ErrorCode::InvalidInput, QStringLiteral("acknowledged seq %1 beyond the last event %2")
                                                              .arg(highWaterMark)
                                                              .arg(last->int64(0)));
            }
        }
        Query firstWaiting = m_db.prepare("SELECT min(seq) FROM outbox WHERE acked_at IS NULL");
        firstWaiting->step();
        const std::int64_t from = firstWaiting->isNull(0) ? highWaterMark + 1 : firstWaiting->int64(0);
        Query mark =
            m_db.prepare("UPDATE outbox SET acked_at = ?2 WHERE seq <= ?1 AND epoch = ?3 AND acked_at IS NULL");
        mark->bind(1, highWaterMark).bind(2, at.toUTC().toString(Qt::ISODateWithMs)).bind(3, epoch).run();
        const int marked = m_db.changes();
        if (marked > 0) {
            (void)forgetCustomerFactsNotKept(from, highWaterMark);
        }
        transaction.commit();
        return marked;
    } catch (const StoreError& error) {
        return error.toError();
    }
}

int Outbox::forgetCustomerFactsNotKept(std::int64_t fromSeq, std::int64_t toSeq) {
    static const QByteArray blank = QByteArrayLiteral("{\"erased\":true}");
    static const QString blankHash =
        QString::fromLatin1(QCryptographicHash::hash(blank, QCryptographicHash::Sha256).toHex());
    // By the primary key's range: an acknowledgement looks at the events it acknowledged only.
    Query forget = m_db.prepare(
        "UPDATE outbox SET payload = ?3, payload_hash = ?4 WHERE seq BETWEEN ?1 AND ?2 AND acked_at IS NOT NULL "
        "AND kind IN ('customer.created', 'customer.updated', 'customer.note_added') AND payload <> ?3 "
        "AND coalesce(json_extract(payload, '$.customer_id'), json_extract(payload, '$.id')) "
        "NOT IN (SELECT id FROM customers)");
    forget->bind(1, fromSeq).bind(2, toSeq).bind(3, QString::fromLatin1(blank)).bind(4, blankHash).run();
    return m_db.changes();
}

Result<int> Outbox::resendFrom(std::int64_t fromSeq) {
    try {
        Transaction transaction(m_db);
        {
            Query first = m_db.prepare("SELECT coalesce(min(seq), 1) FROM outbox");
            first->step();
            if (fromSeq < first->int64(0)) {
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("central asks for seq %1, but the till keeps events from %2 on")
                                     .arg(fromSeq)
                                     .arg(first->int64(0)));
            }
        }
        Query reopen = m_db.prepare("UPDATE outbox SET acked_at = NULL WHERE seq >= ?1 AND acked_at IS NOT NULL");
        reopen->bind(1, fromSeq).run();
        const int reopened = m_db.changes();
        transaction.commit();
        return reopened;
    } catch (const StoreError& error) {
        return error.toError();
    }
}

// Events are acknowledged from the oldest on, so what may go is the front of the outbox in seq
// order. The check and every slice look at that front only, by the primary key: a push after
// each sale finds nothing due with one read and takes no write lock.
Result<int> Outbox::prune(const QDateTime& now, int keepDays) {
    constexpr int kSlice = 1000;
    const QString before = now.addDays(-keepDays).toUTC().toString(Qt::ISODateWithMs);
    int pruned = 0;
    try {
        {
            Query oldest = m_db.prepare("SELECT acked_at FROM outbox ORDER BY seq LIMIT 1");
            if (!oldest->step() || oldest->isNull(0) || oldest->text(0) >= before) {
                return 0;
            }
        }
        for (;;) {
            Query remove =
                m_db.prepare("DELETE FROM outbox WHERE seq IN (SELECT seq FROM outbox ORDER BY seq LIMIT ?2) "
                             "AND acked_at IS NOT NULL AND acked_at < ?1 AND seq < (SELECT max(seq) FROM outbox)");
            remove->bind(1, before).bind(2, kSlice).run();
            const int removed = m_db.changes();
            pruned += removed;
            if (removed < kSlice) {
                return pruned;
            }
        }
    } catch (const StoreError& error) {
        return error.toError();
    }
}

KeptEvents Outbox::kept() {
    Query query = m_db.prepare("SELECT count(*), min(acked_at) FROM outbox WHERE acked_at IS NOT NULL");
    query->step();
    return KeptEvents{query->int64(0), query->isNull(1) ? QString() : query->text(1)};
}

// Acknowledgement is contiguous: everything before the first waiting event (found through the
// index of waiting events) has been acknowledged.
std::int64_t Outbox::acknowledgedThrough() {
    Query query = m_db.prepare("SELECT coalesce((SELECT min(seq) FROM outbox WHERE acked_at IS NULL) - 1, "
                               "(SELECT max(seq) FROM outbox), 0)");
    query->step();
    return query->int64(0);
}

} // namespace kassa::core
