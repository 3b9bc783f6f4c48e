#pragma once

// A batch of outbox events as it travels from a till to central: JSON compressed with zstd.
// Encoding and decoding are pure functions, so the protocol is tested (and fuzzed) without
// sockets. The decoder trusts nothing: sizes are bounded before and while decompressing,
// every field is checked, and every payload must hash to its declared SHA-256.
//
// {"device_id": "...", "epoch": 1,
//  "events": [{"seq": 1, "document_id": "...", "kind": "sale.completed", "schema_version": 1,
//              "payload": "<canonical JSON as a string, byte for byte>", "payload_hash": "...",
//              "chain_hash": "...", "created_at": "..."}]}

#include "ProtocolError.h"
#include "core/domain/OutboxEvent.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>
#include <vector>

namespace kassa::sync {

inline constexpr int kMaxBatchEvents = 2000;
inline constexpr qsizetype kMaxBatchPayloadBytes = 2 << 20;     // what the till packs per batch
inline constexpr qsizetype kMaxCompressedBodyBytes = 4 << 20;   // what central reads per request
inline constexpr qsizetype kMaxDecompressedBodyBytes = 8 << 20; // ... and inflates at most

struct EventBatch {
    QString deviceId;
    int epoch = 1;
    std::vector<core::OutboxEvent> events;
};

[[nodiscard]] QByteArray encodeBatch(const EventBatch& batch);
[[nodiscard]] std::optional<EventBatch> decodeBatch(const QByteArray& body, boost::system::error_code& error);

// zstd with a hard cap on the inflated size; nothing when the input is not a zstd frame or
// would inflate past `maxBytes`.
[[nodiscard]] QByteArray compress(const QByteArray& bytes);
[[nodiscard]] std::optional<QByteArray> decompress(const QByteArray& bytes, qsizetype maxBytes);
// The same into a file at `path` (replaced); false, and no file, when it is not a whole frame.
[[nodiscard]] bool decompressToFile(const QByteArray& bytes, const QString& path, qint64 maxBytes);
// A zstd frame holding one JSON object, inflated to at most `maxBytes`; nothing otherwise.
[[nodiscard]] std::optional<QJsonObject> decompressObject(const QByteArray& bytes, qsizetype maxBytes);

} // namespace kassa::sync
