#include "WebOrder.h"

#include "JsonFields.h"
#include "Key.h"
#include "Product.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace kassa::core {

namespace {

Error invalid(const QString& reason) {
    return makeError(ErrorCode::InvalidInput, reason);
}

// A positive quantity with at most three decimals, as a string or a number.
std::optional<std::int64_t> quantityMilli(const QJsonValue& value) {
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,6})(?:\\.([0-9]{1,3}))?$"));
    const QString text = value.isDouble() ? QString::number(value.toDouble(), 'f', 3) : value.toString();
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const std::int64_t milli =
        match.captured(1).toLongLong() * 1000 + match.captured(2).leftJustified(3, QLatin1Char('0')).toLongLong();
    return milli > 0 ? std::optional(milli) : std::nullopt;
}

Result<WebOrderLine> parseLine(const QJsonValue& value, const TaxTable& taxes) {
    const QJsonObject json = value.toObject();
    WebOrderLine line;
    line.line = json.value(QStringLiteral("line")).toInt();
    if (!value.isObject() || line.line < 1) {
        return invalid(QStringLiteral("each of \"lines\" needs \"line\", its number from 1"));
    }
    const QString where = QStringLiteral("order line %1: ").arg(line.line);
    line.sku = validKey(json.value(QStringLiteral("sku")).toString());
    if (line.sku.isEmpty()) {
        return invalid(where + QStringLiteral("\"sku\" must be 1 to 64 characters without control characters"));
    }
    const auto quantity = quantityMilli(json.value(QStringLiteral("quantity")));
    if (!quantity) {
        return invalid(where + QStringLiteral("\"quantity\" must be above zero with at most three decimals"));
    }
    line.quantityMilli = *quantity;
    const auto price = parseAmount(json.value(QStringLiteral("unit_price")));
    if (!price) {
        return invalid(where + QStringLiteral("\"unit_price\" must be a decimal string such as \"2.99\""));
    }
    line.unitPrice = *price;
    line.taxCode = json.value(QStringLiteral("tax_code")).toString();
    if (!taxes.hasCode(line.taxCode)) {
        return invalid(where + QStringLiteral("unknown \"tax_code\" \"%1\"").arg(line.taxCode));
    }
    const QJsonValue discount = json.value(QStringLiteral("discount"));
    if (!discount.isUndefined() && !discount.isNull()) {
        const auto given = parseAmount(discount);
        if (!given) {
            return invalid(where + QStringLiteral("\"discount\" must be a decimal string such as \"0.50\""));
        }
        line.discount = *given;
    }
    if (line.discount > line.gross()) {
        return invalid(where + QStringLiteral("the discount is more than the line costs"));
    }
    return line;
}

} // namespace

Money WebOrderLine::gross() const {
    return Money(divideRoundHalfUp(unitPrice.cents() * quantityMilli, kQuantityOne));
}

Money WebOrderLine::net() const {
    return gross() - discount;
}

namespace {

// "fulfilment": {"type": "pickup", "store": "061"} and "paid"; without them, an order delivered and
// paid online.
Result<void> parseFulfilment(const QJsonObject& json, WebOrder& order) {
    const QJsonValue paid = json.value(QStringLiteral("paid"));
    if (!paid.isUndefined() && !paid.isBool()) {
        return invalid(QStringLiteral("\"paid\" must be true (paid online) or false (paid at collection)"));
    }
    order.paid = paid.toBool(true);
    const QJsonValue fulfilment = json.value(QStringLiteral("fulfilment"));
    if (fulfilment.isUndefined() || fulfilment.isNull()) {
        if (!order.paid) {
            return invalid(QStringLiteral("only an order collected in a store is paid at collection: give "
                                          "\"fulfilment\": {\"type\": \"pickup\", \"store\": \"NNN\"}"));
        }
        return {};
    }
    const QJsonObject how = fulfilment.toObject();
    static const QRegularExpression storeId(QStringLiteral("^[0-9]{3}$"));
    const QString store = how.value(QStringLiteral("store")).toString();
    if (how.value(QStringLiteral("type")).toString() != QLatin1String("pickup") || !storeId.match(store).hasMatch()) {
        return invalid(QStringLiteral("\"fulfilment\" must be {\"type\": \"pickup\", \"store\": \"NNN\"}, the "
                                      "store's three-digit number"));
    }
    order.pickupStore = store;
    return {};
}

} // namespace

Result<WebOrder> parseWebOrder(const QJsonObject& json, const TaxTable& taxes) {
    WebOrder order;
    order.number = validKey(json.value(QStringLiteral("order")).toString());
    if (order.number.isEmpty()) {
        return invalid(QStringLiteral("\"order\" must be the order's number, 1 to 64 characters"));
    }
    const auto placed = parseZonedTime(json.value(QStringLiteral("placed_at")));
    if (!placed) {
        return invalid(QStringLiteral("\"placed_at\" must be a time with its zone, such as "
                                      "\"2026-11-20T14:03:00+02:00\""));
    }
    order.placedAt = *placed;
    const QJsonValue delivered = json.value(QStringLiteral("delivered_at"));
    if (!delivered.isUndefined() && !delivered.isNull()) {
        order.deliveredAt = parseZonedTime(delivered);
        if (!order.deliveredAt || *order.deliveredAt < order.placedAt) {
            return invalid(QStringLiteral("\"delivered_at\" must be null or a time with its zone, not before "
                                          "\"placed_at\""));
        }
    }
    if (Result<void> fulfilment = parseFulfilment(json, order); !fulfilment) {
        return fulfilment.error();
    }
    static const QRegularExpression payment(QStringLiteral("^online:[a-z][a-z0-9-]{0,31}$"));
    const QJsonValue paidHow = json.value(QStringLiteral("payment"));
    if (!order.paid && (paidHow.isUndefined() || paidHow.isNull())) {
        order.payment = QString::fromLatin1(kPaidAtCollection);
    } else if (order.paid) {
        order.payment = paidHow.toString();
        if (!payment.match(order.payment).hasMatch()) {
            return invalid(QStringLiteral("\"payment\" must say how it was paid online, such as \"online:card\""));
        }
    } else {
        return invalid(QStringLiteral("an order paid at collection (\"paid\": false) has no \"payment\""));
    }
    const QJsonValue customer = json.value(QStringLiteral("customer"));
    if (!customer.isUndefined() && !customer.isNull()) {
        if (!customer.isObject()) {
            return invalid(QStringLiteral("\"customer\" must be an object with id, email, phone and name"));
        }
        // "id": the web shop's account, which central links the order to (CustomerMaster.h).
        for (const char* field : {"id", "email", "phone", "name"}) {
            const QJsonValue value = customer.toObject().value(QLatin1String(field));
            if (!value.isUndefined() && (!value.isString() || value.toString().size() > 200)) {
                return invalid(QStringLiteral("\"customer\".\"%1\" must be a text of at most 200 characters")
                                   .arg(QLatin1String(field)));
            }
            if (value.isString()) {
                order.customer.insert(QLatin1String(field), value.toString().trimmed());
            }
        }
    }
    const QJsonArray lines = json.value(QStringLiteral("lines")).toArray();
    if (lines.isEmpty() || lines.size() > 1000) {
        return invalid(QStringLiteral("\"lines\" must hold the order's lines, 1 to 1000"));
    }
    QSet<int> numbers;
    for (const QJsonValue& value : lines) {
        auto line = parseLine(value, taxes);
        if (!line) {
            return line.error();
        }
        if (numbers.contains(line->line)) {
            return invalid(QStringLiteral("order line %1 appears twice").arg(line->line));
        }
        numbers.insert(line->line);
        order.lines.push_back(std::move(line.value()));
    }
    return order;
}

QString formatQuantity(std::int64_t milli) {
    const std::int64_t magnitude = milli < 0 ? -milli : milli;
    QString text = (milli < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 1000);
    if (const std::int64_t fraction = magnitude % 1000; fraction != 0) {
        QString digits = QStringLiteral("%1").arg(fraction, 3, 10, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0'))) {
            digits.chop(1);
        }
        text += QLatin1Char('.') + digits;
    }
    return text;
}

Result<std::int64_t> parseSignedQuantity(const QString& text) {
    const QString trimmed = text.trimmed();
    const bool below = trimmed.startsWith(QLatin1Char('-'));
    auto magnitude = parseQuantity(below ? trimmed.mid(1) : trimmed, Unit::Kilograms);
    if (!magnitude) {
        return magnitude.error();
    }
    return below ? -magnitude.value() : magnitude.value();
}

QJsonObject toJson(const WebOrder& order) {
    QJsonArray lines;
    for (const WebOrderLine& line : order.lines) {
        lines.append(QJsonObject{{QStringLiteral("line"), line.line},
                                 {QStringLiteral("sku"), line.sku},
                                 {QStringLiteral("quantity"), formatQuantity(line.quantityMilli)},
                                 {QStringLiteral("unit_price"), line.unitPrice.toDecimalString()},
                                 {QStringLiteral("tax_code"), line.taxCode},
                                 {QStringLiteral("discount"), line.discount.toDecimalString()}});
    }
    QJsonObject json{
        {QStringLiteral("order"), order.number},
        {QStringLiteral("placed_at"), utcText(order.placedAt)},
        {QStringLiteral("delivered_at"), order.deliveredAt ? QJsonValue(utcText(*order.deliveredAt)) : QJsonValue()},
        {QStringLiteral("customer"), order.customer},
        {QStringLiteral("lines"), lines}};
    if (order.payment != QLatin1String(kPaidAtCollection)) {
        json.insert(QStringLiteral("payment"), order.payment);
    }
    if (order.isPickup()) { // absent for delivered orders: the form central kept before pickups
        json.insert(QStringLiteral("fulfilment"), QJsonObject{{QStringLiteral("type"), QStringLiteral("pickup")},
                                                              {QStringLiteral("store"), order.pickupStore}});
        json.insert(QStringLiteral("paid"), order.paid);
    }
    return json;
}

} // namespace kassa::core
