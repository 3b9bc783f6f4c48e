#pragma once

// How central applies each kind of business fact a till sends. EventIngest keeps the protocol's
// rules for every event alike; a FactHandler knows one kind's payload and writes it to that
// kind's tables, in the transaction that records the event in the inbox. An event of a kind no
// handler knows is kept in the inbox unapplied and applied once central has a handler for it.

#include "CentralStore.h"
#include "sync/protocol/Protocol.h"

#include <memory>
#include <optional>
#include <vector>

namespace kassa::sync {

struct FactContext {
    const TillPrincipal& till; // who sent it (or, for a held event, who the device is enrolled as)
    int epoch = 1;
    const core::OutboxEvent& event;
    QDateTime receivedAt;
};

// A fact that is a receipt: its place in the till's gapless numbering, and its printed number.
struct ReceiptRef {
    std::int64_t number = 0;
    QString label; // "001-02-000123"
};

struct FactOutcome {
    boost::system::error_code error;     // the event cannot be applied: its whole batch is refused
    std::optional<ReceiptRef> receipt{}; // for the receipt-number check
};

class FactHandler {
public:
    virtual ~FactHandler() = default;
    [[nodiscard]] virtual QString kind() const = 0;
    // The payload schema versions this central reads for the kind: the current one and the one
    // before it, so tills can be upgraded store by store.
    [[nodiscard]] virtual bool acceptsSchema(int version) const { return acceptsEventSchema(version); }
    // Reads the payload, checks that it is the sending till's own fact, and writes it.
    [[nodiscard]] virtual FactOutcome apply(const FactContext& fact, CentralWrite& write) const = 0;
};

// The handlers a central knows, by kind.
class FactHandlers {
public:
    // Every kind this build of central knows.
    [[nodiscard]] static FactHandlers standard();

    void add(std::unique_ptr<FactHandler> handler);
    // Nothing when this central does not know the kind (yet).
    [[nodiscard]] const FactHandler* find(const QString& kind) const;

private:
    std::vector<std::shared_ptr<const FactHandler>> m_handlers;
};

} // namespace kassa::sync
