#include "WebOrderCopies.h"

#include "../domain/JsonFields.h"
#include "../domain/WebOrder.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kassa::core {

namespace {

Money moneyOf(const QJsonValue& value) {
    const auto amount = parseAmount(value);
    return amount.value_or(Money());
}

} // namespace

std::optional<ReturnableDocument> WebOrderCopies::find(const QString& number) {
    Query query = m_db.prepare("SELECT body FROM web_orders WHERE order_no = ?1");
    query->bind(1, number);
    if (!query->step()) {
        return std::nullopt;
    }
    const QJsonObject order = QJsonDocument::fromJson(query->text(0).toUtf8()).object();
    const auto placedAt = parseZonedTime(order.value(QStringLiteral("placed_at")));
    const auto deliveredAt = parseZonedTime(order.value(QStringLiteral("delivered_at")));
    if (!placedAt) {
        return std::nullopt;
    }
    ReturnableDocument document;
    document.channel = QString::fromLatin1(returnChannels::kWeb);
    document.number = number;
    document.soldAt = deliveredAt.value_or(*placedAt).toUTC();
    document.source = DocumentSource::OrderFeed;
    Money total;
    for (const QJsonValue& value : order.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = value.toObject();
        WebOrderLine sold;
        sold.line = l.value(QStringLiteral("line")).toInt();
        sold.sku = l.value(QStringLiteral("sku")).toString();
        const auto quantity = parseQuantity(l.value(QStringLiteral("quantity")).toString(), Unit::Kilograms);
        sold.quantityMilli = quantity ? *quantity : 0;
        sold.unitPrice = moneyOf(l.value(QStringLiteral("unit_price")));
        sold.taxCode = l.value(QStringLiteral("tax_code")).toString();
        sold.discount = moneyOf(l.value(QStringLiteral("discount")));
        ReturnableLine line;
        line.line = sold.line;
        line.sku = sold.sku;
        line.name = sold.sku;
        line.taxCode = sold.taxCode;
        line.quantityMilli = sold.quantityMilli;
        line.unitPrice = sold.unitPrice;
        line.net = sold.net();
        total += line.net;
        document.lines.push_back(std::move(line));
    }
    document.tenders.push_back(OriginalTender{order.value(QStringLiteral("payment")).toString(), total, {}, {}});
    return document;
}

std::optional<QString> WebOrderCopies::pickupStoreOf(const QString& number) {
    Query query = m_db.prepare("SELECT json_extract(body, '$.fulfilment.store') FROM web_orders WHERE order_no = ?1");
    query->bind(1, number);
    if (!query->step() || query->isNull(0)) {
        return std::nullopt;
    }
    return query->text(0);
}

std::int64_t WebOrderCopies::count() {
    Query query = m_db.prepare("SELECT count(*) FROM web_orders");
    query->step();
    return query->int64(0);
}

} // namespace kassa::core
