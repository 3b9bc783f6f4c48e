#include "ChangeFeed.h"

#include "EventBatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace kassa::sync {

QByteArray encodeChangePage(const QString& generation, std::int64_t head, const std::vector<StoredChange>& changes,
                            std::int64_t through) {
    qsizetype size = 64;
    for (const StoredChange& change : changes) {
        size += change.item.size() + 64;
    }
    QByteArray json;
    json.reserve(size);
    // The generation is central's own hex id: nothing in it needs escaping.
    json.append("{\"generation\":\"").append(generation.toLatin1()).append("\",\"head\":");
    json.append(QByteArray::number(static_cast<qlonglong>(head)));
    if (through > 0) {
        json.append(",\"through\":").append(QByteArray::number(static_cast<qlonglong>(through)));
    }
    json.append(",\"changes\":[");
    for (const StoredChange& change : changes) {
        if (&change != &changes.front()) {
            json.append(',');
        }
        // Feed names are central's own constants; items were stored as compact JSON objects.
        json.append("{\"n\":").append(QByteArray::number(static_cast<qlonglong>(change.changeNo)));
        json.append(",\"feed\":\"").append(change.feed.toLatin1());
        json.append(change.removed ? "\",\"removed\":true,\"item\":" : "\",\"removed\":false,\"item\":");
        json.append(change.item).append('}');
    }
    json.append("]}");
    return compress(json);
}

std::optional<core::ChangePage> decodeChangePage(const QByteArray& body, boost::system::error_code& error) {
    error = {};
    const std::optional<QJsonObject> decoded = decompressObject(body, kMaxChangePageBytes);
    const QJsonObject root = decoded.value_or(QJsonObject());
    const QJsonValue head = root.value(QStringLiteral("head"));
    const QJsonValue changes = root.value(QStringLiteral("changes"));
    const QJsonValue through = root.value(QStringLiteral("through"));
    if (!decoded || !root.value(QStringLiteral("generation")).isString() || !head.isDouble() ||
        head.toInteger(-1) < 0 || !changes.isArray() ||
        !(through.isUndefined() ||
          (through.isDouble() && through.toInteger(-1) >= 0 && through.toInteger(-1) <= head.toInteger(-1)))) {
        error = ProtocolError::MalformedBody;
        return std::nullopt;
    }
    core::ChangePage page;
    page.generation = root.value(QStringLiteral("generation")).toString();
    page.head = head.toInteger();
    const QJsonArray array = changes.toArray();
    page.changes.reserve(static_cast<size_t>(array.size()));
    for (const QJsonValue& value : array) {
        const QJsonObject change = value.toObject();
        const std::int64_t number = change.value(QStringLiteral("n")).toInteger(-1);
        const bool ordered = page.changes.empty() || number > page.changes.back().changeNo;
        if (number < 1 || number > page.head || !ordered || !change.value(QStringLiteral("feed")).isString() ||
            !change.value(QStringLiteral("item")).isObject()) {
            error = ProtocolError::MalformedBody;
            return std::nullopt;
        }
        page.changes.push_back(core::FeedChange{number, change.value(QStringLiteral("feed")).toString(),
                                                change.value(QStringLiteral("item")).toObject(),
                                                change.value(QStringLiteral("removed")).toBool()});
    }
    const std::int64_t lastChange = page.changes.empty() ? 0 : page.changes.back().changeNo;
    page.through = std::max<std::int64_t>(lastChange, through.toInteger(0));
    return page;
}

} // namespace kassa::sync
