#include "EventBatch.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>
#include <zstd.h>

namespace kassa::sync {

namespace {

constexpr int kCompressionLevel = 1; // ~470 MB/s here; higher levels cost CPU the till needs

// Appends `text` as a JSON string. Quotes, backslashes and control characters are escaped;
// UTF-8 passes through as it is. Runs with nothing to escape are copied whole.
void appendJsonString(QByteArray& out, QByteArrayView text) {
    out.append('"');
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\') {
            continue;
        }
        out.append(text.sliced(runStart, i - runStart));
        if (c == '"' || c == '\\') {
            out.append('\\').append(static_cast<char>(c));
        } else {
            static const char hex[] = "0123456789abcdef";
            out.append("\\u00").append(hex[c >> 4]).append(hex[c & 0xF]);
        }
        runStart = i + 1;
    }
    out.append(text.sliced(runStart)).append('"');
}

// The event as the batch carries it, written straight into the batch: the payload is already
// canonical JSON, so building JSON objects for it would only convert it back and forth.
void appendEvent(QByteArray& out, const core::OutboxEvent& event) {
    out.append("{\"seq\":").append(QByteArray::number(static_cast<qlonglong>(event.seq)));
    out.append(",\"document_id\":");
    appendJsonString(out, event.documentId.toUtf8());
    out.append(",\"kind\":");
    appendJsonString(out, event.kind.toUtf8());
    out.append(",\"schema_version\":").append(QByteArray::number(event.schemaVersion));
    out.append(",\"payload\":");
    appendJsonString(out, event.payload);
    out.append(",\"payload_hash\":");
    appendJsonString(out, event.payloadHash.toLatin1());
    out.append(",\"chain_hash\":");
    appendJsonString(out, event.chainHash.toLatin1());
    out.append(",\"created_at\":");
    appendJsonString(out, event.createdAt.toUtf8());
    out.append('}');
}

bool isHexHash(const QString& text) {
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](QChar c) {
               return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                      (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
           });
}

// Reads one event; sets `error` and returns nothing when a field is missing or wrong.
std::optional<core::OutboxEvent> eventFromJson(const QJsonValue& value, int epoch, boost::system::error_code& error) {
    const QJsonObject json = value.toObject();
    const QJsonValue seq = json.value(QStringLiteral("seq"));
    const QJsonValue schema = json.value(QStringLiteral("schema_version"));
    const QJsonValue payload = json.value(QStringLiteral("payload"));
    if (!value.isObject() || !seq.isDouble() || seq.toInteger() < 1 || !schema.isDouble() || !payload.isString() ||
        !json.value(QStringLiteral("document_id")).isString() || !json.value(QStringLiteral("kind")).isString()) {
        error = ProtocolError::MalformedBody;
        return std::nullopt;
    }
    core::OutboxEvent event;
    event.seq = seq.toInteger();
    event.epoch = epoch;
    event.documentId = json.value(QStringLiteral("document_id")).toString();
    event.kind = json.value(QStringLiteral("kind")).toString();
    event.schemaVersion = schema.toInt();
    event.payload = payload.toString().toUtf8();
    event.payloadHash = json.value(QStringLiteral("payload_hash")).toString();
    event.chainHash = json.value(QStringLiteral("chain_hash")).toString();
    event.createdAt = json.value(QStringLiteral("created_at")).toString();
    if (event.documentId.isEmpty() || event.documentId.size() > 64 || event.kind.isEmpty() || event.kind.size() > 64 ||
        !isHexHash(event.payloadHash) || (!event.chainHash.isEmpty() && !isHexHash(event.chainHash))) {
        error = ProtocolError::MalformedBody;
        return std::nullopt;
    }
    // Which schema versions are accepted is for the kind's handler at central to say: an event of
    // a kind central does not know yet is held whatever its version.
    if (event.schemaVersion < 1) {
        error = ProtocolError::MalformedBody;
        return std::nullopt;
    }
    if (QString::fromLatin1(QCryptographicHash::hash(event.payload, QCryptographicHash::Sha256).toHex()) !=
        event.payloadHash) {
        error = ProtocolError::PayloadHashMismatch;
        return std::nullopt;
    }
    return event;
}

} // namespace

QByteArray compress(const QByteArray& bytes) {
    QByteArray out(static_cast<qsizetype>(ZSTD_compressBound(static_cast<size_t>(bytes.size()))), Qt::Uninitialized);
    const size_t written = ZSTD_compress(out.data(), static_cast<size_t>(out.size()), bytes.constData(),
                                         static_cast<size_t>(bytes.size()), kCompressionLevel);
    out.resize(ZSTD_isError(written) ? 0 : static_cast<qsizetype>(written));
    return out;
}

namespace {

// Inflates `bytes`, handing each piece to `sink`, streamed with a cap, so a small body that claims
// (or turns out) to inflate hugely is refused after at most `maxBytes`, whatever its frame header
// says. False when it is not one whole zstd frame, inflates past the cap, or `sink` says no.
bool inflate(const QByteArray& bytes, qint64 maxBytes, const std::function<bool(const char*, qsizetype)>& sink) {
    ZSTD_DCtx* context = ZSTD_createDCtx();
    if (context == nullptr) {
        return false;
    }
    QByteArray chunk(static_cast<qsizetype>(ZSTD_DStreamOutSize()), Qt::Uninitialized);
    ZSTD_inBuffer input{bytes.constData(), static_cast<size_t>(bytes.size()), 0};
    size_t status = 1;
    qint64 inflated = 0;
    while (input.pos < input.size) {
        ZSTD_outBuffer output{chunk.data(), static_cast<size_t>(chunk.size()), 0};
        status = ZSTD_decompressStream(context, &output, &input);
        inflated += static_cast<qint64>(output.pos);
        if (ZSTD_isError(status) || inflated > maxBytes ||
            !sink(chunk.constData(), static_cast<qsizetype>(output.pos))) {
            ZSTD_freeDCtx(context);
            return false;
        }
        if (status == 0 && input.pos < input.size) {
            break; // trailing bytes after a complete frame: refused below
        }
    }
    ZSTD_freeDCtx(context);
    return status == 0 && input.pos == input.size; // else a truncated frame or junk after it
}

} // namespace

std::optional<QByteArray> decompress(const QByteArray& bytes, qsizetype maxBytes) {
    QByteArray out;
    const bool whole = inflate(bytes, maxBytes, [&out](const char* data, qsizetype size) {
        out.append(data, size);
        return true;
    });
    return whole ? std::optional(std::move(out)) : std::nullopt;
}

bool decompressToFile(const QByteArray& bytes, const QString& path, qint64 maxBytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    const bool whole =
        inflate(bytes, maxBytes, [&file](const char* data, qsizetype size) { return file.write(data, size) == size; });
    file.close();
    if (!whole || file.error() != QFileDevice::NoError) {
        QFile::remove(path);
        return false;
    }
    return true;
}

std::optional<QJsonObject> decompressObject(const QByteArray& bytes, qsizetype maxBytes) {
    const std::optional<QByteArray> json = decompress(bytes, maxBytes);
    if (!json) {
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(*json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    return document.object();
}

QByteArray encodeBatch(const EventBatch& batch) {
    qsizetype size = 64;
    for (const core::OutboxEvent& event : batch.events) {
        size += event.payload.size() + event.payload.size() / 8 + 320;
    }
    QByteArray json;
    json.reserve(size);
    json.append("{\"device_id\":");
    appendJsonString(json, batch.deviceId.toUtf8());
    json.append(",\"epoch\":").append(QByteArray::number(batch.epoch)).append(",\"events\":[");
    for (const core::OutboxEvent& event : batch.events) {
        if (&event != &batch.events.front()) {
            json.append(',');
        }
        appendEvent(json, event);
    }
    json.append("]}");
    return compress(json);
}

std::optional<EventBatch> decodeBatch(const QByteArray& body, boost::system::error_code& error) {
    error = {};
    if (body.size() > kMaxCompressedBodyBytes) {
        error = ProtocolError::BodyTooLarge;
        return std::nullopt;
    }
    const std::optional<QJsonObject> decoded = decompressObject(body, kMaxDecompressedBodyBytes);
    const QJsonObject root = decoded.value_or(QJsonObject());
    const QJsonValue epoch = root.value(QStringLiteral("epoch"));
    const QJsonValue events = root.value(QStringLiteral("events"));
    if (!decoded || !root.value(QStringLiteral("device_id")).isString() || !epoch.isDouble() || epoch.toInt() < 1 ||
        !events.isArray()) {
        error = ProtocolError::MalformedBody;
        return std::nullopt;
    }
    if (events.toArray().size() > kMaxBatchEvents) {
        error = ProtocolError::TooManyEvents;
        return std::nullopt;
    }
    EventBatch batch;
    batch.deviceId = root.value(QStringLiteral("device_id")).toString();
    batch.epoch = epoch.toInt();
    for (const QJsonValue& value : events.toArray()) {
        std::optional<core::OutboxEvent> event = eventFromJson(value, batch.epoch, error);
        if (!event) {
            return std::nullopt;
        }
        if (!batch.events.empty() && event->seq != batch.events.back().seq + 1) {
            error = ProtocolError::EventsOutOfOrder;
            return std::nullopt;
        }
        batch.events.push_back(std::move(*event));
    }
    if (batch.deviceId.isEmpty() || batch.deviceId.size() > 64) {
        error = ProtocolError::MalformedBody;
        return std::nullopt;
    }
    return batch;
}

} // namespace kassa::sync
