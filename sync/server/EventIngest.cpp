#include "EventIngest.h"

#include "core/domain/Sale.h"

#include <map>

namespace kassa::sync {

struct EventIngest::Round {
    const TillPrincipal& from;
    int epoch;
    QDateTime receivedAt;
    DeviceProgress progress;
    bool chainStarts = false; // a restored till's new epoch: its first receipt starts the chain
    IngestResult result;
    std::optional<QString> clonedDetail;
    std::map<QString, std::pair<int, QString>> heldKinds; // kind -> (count, first document id)
};

namespace {

// Until central has taken something of the epoch, the progress is from before the first batch.
void startRestoredEpoch(CentralWrite& write, const TillPrincipal& from, const EventBatch& batch,
                        DeviceProgress& progress, const QDateTime& at) {
    // A till restored from a backup (or reinstalled) goes on under a new epoch from where its
    // backup ended: its numbering continues, and what it sold after the backup stays in the old
    // epoch. Head office is told.
    progress.highWaterMark = batch.events.front().seq - 1;
    write.raise(QStringLiteral("epoch_started"), from, batch.events.front().documentId,
                QStringLiteral("the till was restored or reinstalled: epoch %1 starts at seq %2")
                    .arg(batch.epoch)
                    .arg(batch.events.front().seq),
                at);
}

// Only an enrolled, unquarantined till may write, and only as itself.
boost::system::error_code refuseTill(const std::optional<TillRecord>& till, const TillPrincipal& from) {
    if (!till) {
        return ProtocolError::UnknownTill;
    }
    if (till->storeId != from.storeId || till->tillId != from.tillId) {
        return ProtocolError::WrongTill;
    }
    if (till->quarantined) {
        return ProtocolError::TillQuarantined;
    }
    return {};
}

std::int64_t lagMs(const EventBatch& batch, const QDateTime& receivedAt) {
    if (batch.events.empty()) {
        return 0;
    }
    const QDateTime newest = QDateTime::fromString(batch.events.back().createdAt, Qt::ISODateWithMs);
    return newest.isValid() ? std::max<qint64>(newest.msecsTo(receivedAt), 0) : 0;
}

} // namespace

IngestResult EventIngest::ingest(const TillPrincipal& from, const EventBatch& batch, const QDateTime& receivedAt) {
    Round round{from, batch.epoch, receivedAt, {}, false, {}, std::nullopt, {}};
    if (batch.deviceId != from.deviceId) {
        round.result.error = ProtocolError::WrongTill;
        return round.result;
    }
    try {
        std::unique_ptr<CentralWrite> write = m_store.beginWrite();
        if (const boost::system::error_code refused = refuseTill(write->till(from.deviceId), from)) {
            round.result.error = refused;
            return round.result;
        }
        round.progress = write->lockProgress(from.deviceId, batch.epoch);
        if (!round.progress.known && batch.epoch > 1 && !batch.events.empty()) {
            startRestoredEpoch(*write, from, batch, round.progress, receivedAt);
            round.chainStarts = true;
        }
        for (const core::OutboxEvent& event : batch.events) {
            const Verdict verdict = takeEvent(*write, round, event);
            if (verdict == Verdict::Stop) {
                break;
            }
        }
        if (round.result.error && round.result.error != ProtocolError::SeqGap) {
            return round.result; // refused: the transaction rolls back, nothing of the batch is kept
        }
        if (!round.clonedDetail) {
            reportHeldKinds(*write, round);
            write->saveProgress(from.deviceId, batch.epoch, round.progress);
            write->noteContact(from.deviceId, receivedAt, lagMs(batch, receivedAt));
            write->commit();
        }
    } catch (const StoreUnavailable&) {
        throw; // the service answers 503: try again later
    } catch (const core::StoreError&) {
        IngestResult failed;
        failed.error = ProtocolError::StorageFailed;
        return failed;
    }
    if (round.clonedDetail) {
        quarantineClone(from, *round.clonedDetail, receivedAt);
        round.result = IngestResult{};
        round.result.error = ProtocolError::ClonedTill;
    }
    // What was committed is what this batch saved; a clone's batch saved nothing, so ask.
    round.result.highWaterMark =
        round.clonedDetail ? m_store.highWaterMark(from.deviceId, batch.epoch) : round.progress.highWaterMark;
    return round.result;
}

// Nothing of the cloned till's batch was kept; the till is stopped and head office told.
void EventIngest::quarantineClone(const TillPrincipal& from, const QString& detail, const QDateTime& at) {
    std::unique_ptr<CentralWrite> write = m_store.beginWrite();
    write->quarantine(from.deviceId, detail);
    write->raise(QStringLiteral("cloned_till"), from, QString(), detail, at);
    write->commit();
}

EventIngest::Verdict EventIngest::takeEvent(CentralWrite& write, Round& round, const core::OutboxEvent& event) {
    // Central holds every seq up to its high-water mark (and none above it): only those can be
    // resends, so a new event costs no look-up.
    const std::optional<QString> stored = event.seq <= round.progress.highWaterMark
                                              ? write.inboxPayloadHash(round.from.deviceId, round.epoch, event.seq)
                                              : std::nullopt;
    if (stored) {
        if (*stored == event.payloadHash) {
            ++round.result.duplicates;
            return Verdict::Duplicate;
        }
        round.clonedDetail =
            QStringLiteral("seq %1 of epoch %2 arrived again with another payload").arg(event.seq).arg(round.epoch);
        return Verdict::Stop;
    }
    if (event.seq != round.progress.highWaterMark + 1) {
        round.result.error = ProtocolError::SeqGap;
        round.result.expectedSeq = round.progress.highWaterMark + 1;
        return Verdict::Stop;
    }
    const FactHandler* handler = m_handlers.find(event.kind);
    if (handler != nullptr && !handler->acceptsSchema(event.schemaVersion)) {
        round.result.error = ProtocolError::UnknownSchemaVersion; // the whole batch is refused
        return Verdict::Stop;
    }
    write.addToInbox(round.from.deviceId, round.epoch, event, round.receivedAt, handler != nullptr);
    std::optional<ReceiptRef> receipt;
    if (handler != nullptr) {
        const FactOutcome outcome =
            handler->apply(FactContext{round.from, round.epoch, event, round.receivedAt}, write);
        if (outcome.error) {
            round.result.error = outcome.error;
            return Verdict::Stop;
        }
        receipt = outcome.receipt;
        ++round.result.applied;
    } else {
        auto& [count, firstDocument] = round.heldKinds[event.kind];
        firstDocument = count++ == 0 ? event.documentId : firstDocument;
        ++round.result.held;
    }
    checkReceipt(write, round, event, receipt);
    round.progress.highWaterMark = event.seq;
    return Verdict::Taken;
}

// A receipt (an event with a chain link, or one its handler reads as a receipt) must extend
// the till's receipt chain, and its number must follow the last one. A break is accepted, since
// money moved, and reported. A receipt of a kind this central cannot read has a number it cannot
// see: the next one's number is not checked against an older one.
void EventIngest::checkReceipt(CentralWrite& write, Round& round, const core::OutboxEvent& event,
                               const std::optional<ReceiptRef>& receipt) {
    if (!receipt && event.chainHash.isEmpty()) {
        return;
    }
    const QString label = receipt ? receipt->label : QStringLiteral("%1 %2").arg(event.kind, event.documentId);
    if (!round.chainStarts && event.chainHash != core::chainHash(round.progress.lastChainHash, event.payload)) {
        write.raise(QStringLiteral("broken_chain"), round.from, event.documentId,
                    QStringLiteral("receipt %1 does not link to the receipt before it").arg(label), round.receivedAt);
    }
    if (receipt && round.progress.lastReceiptNumber != 0 && receipt->number != round.progress.lastReceiptNumber + 1) {
        write.raise(QStringLiteral("receipt_gap"), round.from, event.documentId,
                    QStringLiteral("receipt %1 follows number %2").arg(label).arg(round.progress.lastReceiptNumber),
                    round.receivedAt);
    }
    round.progress.lastChainHash = event.chainHash;
    round.progress.lastReceiptNumber = receipt ? receipt->number : 0;
    round.chainStarts = false;
}

void EventIngest::reportHeldKinds(CentralWrite& write, const Round& round) {
    for (const auto& [kind, held] : round.heldKinds) {
        write.raise(QStringLiteral("unknown_kind"), round.from, held.second,
                    QStringLiteral("%1 event(s) of kind \"%2\" are kept unapplied: this central does not know the "
                                   "kind yet; upgrade kassa-central and they are applied when it starts")
                        .arg(held.first)
                        .arg(kind),
                    round.receivedAt);
    }
}

int EventIngest::applyHeld(const QDateTime& now) {
    int applied = 0;
    HeldEventKey after;
    for (;;) {
        const std::vector<HeldEvent> page = m_store.heldEvents(after, 500);
        for (const HeldEvent& held : page) {
            if (m_handlers.find(held.event.kind) != nullptr && applyOneHeld(held, now)) {
                ++applied;
            }
        }
        if (page.size() < 500) {
            return applied;
        }
        after = HeldEventKey{page.back().deviceId, page.back().epoch, page.back().event.seq};
    }
}

bool EventIngest::applyOneHeld(const HeldEvent& held, const QDateTime& now) {
    const FactHandler* handler = m_handlers.find(held.event.kind);
    std::unique_ptr<CentralWrite> write = m_store.beginWrite();
    (void)write->lockProgress(held.deviceId, held.epoch); // the till's batches wait meanwhile
    const std::optional<TillRecord> till = write->till(held.deviceId);
    if (!till || !write->claimHeld(held.deviceId, held.epoch, held.event.seq, now)) {
        return false; // another central process applied it first
    }
    const TillPrincipal principal{held.deviceId, till->storeId, till->tillId};
    const FactOutcome outcome = handler->acceptsSchema(held.event.schemaVersion)
                                    ? handler->apply(FactContext{principal, held.epoch, held.event, now}, *write)
                                    : FactOutcome{ProtocolError::UnknownSchemaVersion};
    if (!outcome.error) {
        write->commit();
        return true;
    }
    write.reset(); // rolled back: the event stays held
    std::unique_ptr<CentralWrite> report = m_store.beginWrite();
    report->raise(QStringLiteral("unapplicable_event"), principal, held.event.documentId,
                  QStringLiteral("held %1 event seq %2 of epoch %3 cannot be applied: %4")
                      .arg(held.event.kind)
                      .arg(held.event.seq)
                      .arg(held.epoch)
                      .arg(QString::fromStdString(outcome.error.message())),
                  now);
    report->commit();
    return false;
}

} // namespace kassa::sync
