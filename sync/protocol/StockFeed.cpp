#include "StockFeed.h"

#include "EventBatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kassa::sync {

QByteArray encodeStockPage(const core::StockFeedPage& page) {
    QJsonArray items;
    for (const core::StockFigureItem& item : page.items) {
        items.append(QJsonArray{item.sku, static_cast<qint64>(item.onHandMilli), item.changedAt});
    }
    const QJsonObject json{{QStringLiteral("location"), page.location},
                           {QStringLiteral("first_load"), page.firstLoad},
                           {QStringLiteral("head"), static_cast<qint64>(page.head)},
                           {QStringLiteral("more"), page.more},
                           {QStringLiteral("at"), page.at.toUTC().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("items"), items}};
    return compress(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

namespace {

std::optional<core::StockFigureItem> decodeItem(const QJsonValue& value) {
    const QJsonArray item = value.toArray();
    if (item.size() != 3 || !item.at(0).isString() || item.at(0).toString().isEmpty() || !item.at(1).isDouble() ||
        !item.at(2).isString()) {
        return std::nullopt;
    }
    return core::StockFigureItem{item.at(0).toString(), item.at(1).toInteger(), item.at(2).toString()};
}

} // namespace

std::optional<core::StockFeedPage> decodeStockPage(const QByteArray& body, boost::system::error_code& error) {
    error = ProtocolError::MalformedBody;
    const std::optional<QJsonObject> decoded = decompressObject(body, kMaxStockPageBytes);
    if (!decoded) {
        return std::nullopt;
    }
    const QJsonObject& root = *decoded;
    core::StockFeedPage page;
    page.location = root.value(QStringLiteral("location")).toString();
    page.firstLoad = root.value(QStringLiteral("first_load")).toBool();
    page.head = root.value(QStringLiteral("head")).toInteger(-1);
    page.more = root.value(QStringLiteral("more")).toBool();
    page.at = QDateTime::fromString(root.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    if (page.location.isEmpty() || page.head < 0 || !page.at.isValid() ||
        !root.value(QStringLiteral("items")).isArray()) {
        return std::nullopt;
    }
    for (const QJsonValue& value : root.value(QStringLiteral("items")).toArray()) {
        std::optional<core::StockFigureItem> item = decodeItem(value);
        if (!item) {
            return std::nullopt;
        }
        page.items.push_back(std::move(*item));
    }
    error = {};
    return page;
}

} // namespace kassa::sync
