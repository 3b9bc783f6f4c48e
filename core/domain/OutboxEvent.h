#pragma once

// An event of a business fact as it leaves the till for central, in seq order: the outbox
// (core/store/Outbox.h) keeps them, the protocol (sync/protocol/EventBatch.h) carries them, and
// central records each once in its inbox.

#include <QByteArray>
#include <QString>
#include <cstdint>

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
    QString chainHash;   // for receipts: the link in the receipt chain, which central verifies
};

} // namespace kassa::core
