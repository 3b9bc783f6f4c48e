#pragma once

// The sync protocol's rules at central, once, above every storage backend: "exactly once in
// effect". Each event of a batch is recorded in an inbox keyed by (device, epoch, seq) and
// applied by its kind's FactHandler in the same transaction. A resend of what central holds is
// a harmless duplicate; a gap answers with the seq central expects; the same seq with another
// payload means a cloned or restored till, which is quarantined and reported; a restored till's
// new epoch starts where its backup ended; receipts must extend the till's receipt chain and
// numbering (a break is accepted, since money moved, and reported). The till's progress row is
// locked for the batch, so two central processes given the same batch apply it once.
//
// An event of a kind this central does not know (a newer till) is kept in the inbox unapplied,
// acknowledged like any other so it never blocks the till, and reported as an "unknown_kind"
// exception; applyHeld() applies such events once central has been upgraded to know the kind.

#include "CentralStore.h"
#include "FactHandlers.h"

namespace kassa::sync {

class EventIngest {
public:
    EventIngest(CentralStore& store, FactHandlers handlers)
        : m_store(store)
        , m_handlers(std::move(handlers)) {}

    [[nodiscard]] IngestResult ingest(const TillPrincipal& from, const EventBatch& batch, const QDateTime& receivedAt);

    // Applies the held events whose kind this central now knows, each in a transaction of its
    // own; returns how many it applied. One that still cannot be applied stays held and is
    // reported. Safe while other central processes serve or do the same.
    int applyHeld(const QDateTime& now);

private:
    enum class Verdict { Taken, Duplicate, Stop };
    struct Round; // one batch in progress

    Verdict takeEvent(CentralWrite& write, Round& round, const core::OutboxEvent& event);
    void checkReceipt(CentralWrite& write, Round& round, const core::OutboxEvent& event,
                      const std::optional<ReceiptRef>& receipt);
    void reportHeldKinds(CentralWrite& write, const Round& round);
    void quarantineClone(const TillPrincipal& from, const QString& detail, const QDateTime& at);
    bool applyOneHeld(const HeldEvent& held, const QDateTime& now);

    CentralStore& m_store;
    FactHandlers m_handlers;
};

} // namespace kassa::sync
