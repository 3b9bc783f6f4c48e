#include "Pickup.h"

#include "JsonFields.h"
#include "Key.h"
#include "Product.h"

#include <QJsonArray>
#include <QTimeZone>
#include <array>
#include <utility>

namespace kassa::core {

namespace {

constexpr std::array<std::pair<PickupStatus, const char*>, 6> kNames{{
    {PickupStatus::New, "new"},
    {PickupStatus::Picking, "picking"},
    {PickupStatus::Ready, "ready"},
    {PickupStatus::Collected, "collected"},
    {PickupStatus::Cancelled, "cancelled"},
    {PickupStatus::Expired, "expired"},
}};

bool allowed(PickupStatus from, PickupStatus to) {
    switch (to) {
    case PickupStatus::Picking:
        return from == PickupStatus::New;
    case PickupStatus::Ready:
        return from == PickupStatus::New || from == PickupStatus::Picking; // a one-item order is ready at once
    case PickupStatus::Collected:
    case PickupStatus::Expired:
        return from == PickupStatus::Ready;
    case PickupStatus::Cancelled:
        return from == PickupStatus::New || from == PickupStatus::Picking || from == PickupStatus::Ready;
    case PickupStatus::New:
        break;
    }
    return false;
}

} // namespace

QString pickupStatusToString(PickupStatus status) {
    for (const auto& [each, name] : kNames) {
        if (each == status) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

std::optional<PickupStatus> pickupStatusFromString(QStringView text) {
    for (const auto& [status, name] : kNames) {
        if (text == QLatin1String(name)) {
            return status;
        }
    }
    return std::nullopt;
}

Result<void> checkPickupStep(const QString& order, PickupStatus from, PickupStatus to) {
    if (allowed(from, to)) {
        return {};
    }
    return makeError(ErrorCode::PickupStepRefused,
                     QStringLiteral("%1 / %2 / %3").arg(order, pickupStatusToString(from), pickupStatusToString(to)));
}

QDateTime collectBy(const QDateTime& readyAt, int days) {
    const QDateTime local = readyAt.toLocalTime();
    return QDateTime(local.date().addDays(days), QTime(23, 59, 59, 999), local.timeZone());
}

Money PickupLine::pickedNet() const {
    const Money gross(divideRoundHalfUp(unitPrice.cents() * pickedMilli, kQuantityOne));
    return gross - Money(divideRoundHalfUp(discount.cents() * pickedMilli, quantityMilli));
}

const PickupLine* Pickup::line(int number) const {
    for (const PickupLine& each : lines) {
        if (each.line == number) {
            return &each;
        }
    }
    return nullptr;
}

PickupLine* Pickup::line(int number) {
    return const_cast<PickupLine*>(std::as_const(*this).line(number));
}

bool Pickup::isOpen() const {
    return status == PickupStatus::New || status == PickupStatus::Picking || status == PickupStatus::Ready;
}

Pickup pickupOf(const WebOrder& order, const QString& code, const QDateTime& at) {
    Pickup pickup;
    pickup.order = order.number;
    pickup.store = order.pickupStore;
    pickup.paid = order.paid;
    pickup.payment = order.payment;
    pickup.code = code;
    pickup.customerName = order.customer.value(QStringLiteral("name")).toString();
    pickup.customerPhone = order.customer.value(QStringLiteral("phone")).toString();
    pickup.placedAt = order.placedAt.toUTC();
    pickup.updatedAt = at.toUTC();
    for (const WebOrderLine& line : order.lines) {
        pickup.lines.push_back(
            PickupLine{line.line, line.sku, line.quantityMilli, line.unitPrice, line.taxCode, line.discount, 0, 0});
    }
    return pickup;
}

namespace {

QJsonValue optionalTime(const std::optional<QDateTime>& at) {
    return at ? QJsonValue(utcText(*at)) : QJsonValue();
}

Error unreadable(const QString& field) {
    return makeError(ErrorCode::InvalidInput, QStringLiteral("pickup: \"%1\" is missing or wrong").arg(field));
}

// A time that may be null; false when it is there and not a time.
bool readOptionalTime(const QJsonObject& json, const char* field, std::optional<QDateTime>& into) {
    const QJsonValue value = json.value(QLatin1String(field));
    if (value.isNull() || value.isUndefined()) {
        return true;
    }
    into = parseZonedTime(value);
    return into.has_value();
}

std::optional<std::int64_t> readQuantity(const QJsonObject& json, const char* field) {
    auto quantity = parseSignedQuantity(json.value(QLatin1String(field)).toString());
    if (!quantity || quantity.value() < 0) {
        return std::nullopt;
    }
    return quantity.value();
}

Result<PickupLine> readLine(const QJsonObject& json) {
    PickupLine line;
    line.line = json.value(QStringLiteral("line")).toInt();
    line.sku = validKey(json.value(QStringLiteral("sku")).toString());
    line.taxCode = json.value(QStringLiteral("tax_code")).toString();
    const auto quantity = readQuantity(json, "quantity");
    const auto picked = readQuantity(json, "picked");
    const auto shortOf = readQuantity(json, "short");
    const auto price = parseAmount(json.value(QStringLiteral("unit_price")));
    const auto discount = parseAmount(json.value(QStringLiteral("discount")));
    if (line.line < 1 || line.sku.isEmpty() || !quantity || *quantity == 0 || !picked || !shortOf || !price ||
        !discount || *picked + *shortOf > *quantity) {
        return unreadable(QStringLiteral("lines"));
    }
    line.quantityMilli = *quantity;
    line.pickedMilli = *picked;
    line.shortMilli = *shortOf;
    line.unitPrice = *price;
    line.discount = *discount;
    return line;
}

} // namespace

QJsonObject toJson(const Pickup& pickup) {
    QJsonArray lines;
    for (const PickupLine& line : pickup.lines) {
        lines.append(QJsonObject{{QStringLiteral("line"), line.line},
                                 {QStringLiteral("sku"), line.sku},
                                 {QStringLiteral("quantity"), formatQuantity(line.quantityMilli)},
                                 {QStringLiteral("unit_price"), line.unitPrice.toDecimalString()},
                                 {QStringLiteral("tax_code"), line.taxCode},
                                 {QStringLiteral("discount"), line.discount.toDecimalString()},
                                 {QStringLiteral("picked"), formatQuantity(line.pickedMilli)},
                                 {QStringLiteral("short"), formatQuantity(line.shortMilli)}});
    }
    QJsonObject json{{QStringLiteral("order"), pickup.order},
                     {QStringLiteral("store"), pickup.store},
                     {QStringLiteral("status"), pickupStatusToString(pickup.status)},
                     {QStringLiteral("paid"), pickup.paid},
                     {QStringLiteral("payment"), pickup.payment},
                     {QStringLiteral("placed_at"), utcText(pickup.placedAt)},
                     {QStringLiteral("updated_at"), utcText(pickup.updatedAt)},
                     {QStringLiteral("ready_at"), optionalTime(pickup.readyAt)},
                     {QStringLiteral("collect_by"), optionalTime(pickup.collectBy)},
                     {QStringLiteral("collected_at"), optionalTime(pickup.collectedAt)},
                     {QStringLiteral("collected_by"), pickup.collectedBy},
                     {QStringLiteral("customer"), QJsonObject{{QStringLiteral("name"), pickup.customerName},
                                                              {QStringLiteral("phone"), pickup.customerPhone}}},
                     {QStringLiteral("lines"), lines}};
    if (!pickup.code.isEmpty()) {
        json.insert(QStringLiteral("code"), pickup.code);
    }
    if (!pickup.codeCheck.isEmpty()) {
        json.insert(QStringLiteral("code_check"), pickup.codeCheck);
    }
    return json;
}

Result<Pickup> pickupFromJson(const QJsonObject& json) {
    Pickup pickup;
    pickup.order = validKey(json.value(QStringLiteral("order")).toString());
    pickup.store = json.value(QStringLiteral("store")).toString();
    const auto status = pickupStatusFromString(json.value(QStringLiteral("status")).toString());
    if (pickup.order.isEmpty() || pickup.store.isEmpty() || !status) {
        return unreadable(QStringLiteral("order, store or status"));
    }
    pickup.status = *status;
    pickup.paid = json.value(QStringLiteral("paid")).toBool(true);
    pickup.payment = json.value(QStringLiteral("payment")).toString();
    pickup.code = json.value(QStringLiteral("code")).toString();
    pickup.codeCheck = json.value(QStringLiteral("code_check")).toString();
    pickup.collectedBy = json.value(QStringLiteral("collected_by")).toString();
    const QJsonObject customer = json.value(QStringLiteral("customer")).toObject();
    pickup.customerName = customer.value(QStringLiteral("name")).toString();
    pickup.customerPhone = customer.value(QStringLiteral("phone")).toString();
    const auto placed = parseZonedTime(json.value(QStringLiteral("placed_at")));
    const auto updated = parseZonedTime(json.value(QStringLiteral("updated_at")));
    if (!placed || !updated) {
        return unreadable(QStringLiteral("placed_at"));
    }
    pickup.placedAt = *placed;
    pickup.updatedAt = *updated;
    if (!readOptionalTime(json, "ready_at", pickup.readyAt) ||
        !readOptionalTime(json, "collect_by", pickup.collectBy) ||
        !readOptionalTime(json, "collected_at", pickup.collectedAt)) {
        return unreadable(QStringLiteral("ready_at"));
    }
    const QJsonArray lines = json.value(QStringLiteral("lines")).toArray();
    if (lines.isEmpty()) {
        return unreadable(QStringLiteral("lines"));
    }
    for (const QJsonValue& value : lines) {
        auto line = readLine(value.toObject());
        if (!line) {
            return line.error();
        }
        pickup.lines.push_back(line.value());
    }
    return pickup;
}

QString pickupFactKind(PickupStatus to) {
    switch (to) {
    case PickupStatus::Picking:
    case PickupStatus::Ready:
    case PickupStatus::Collected:
    case PickupStatus::Cancelled:
        return QStringLiteral("pickup.") + pickupStatusToString(to);
    case PickupStatus::New:
    case PickupStatus::Expired:
        break;
    }
    return {};
}

std::optional<PickupStatus> pickupFactStatus(QStringView kind) {
    if (!kind.startsWith(u"pickup.")) {
        return std::nullopt;
    }
    const auto status = pickupStatusFromString(kind.mid(7));
    return status && !pickupFactKind(*status).isEmpty() ? status : std::nullopt;
}

QJsonObject toJson(const PickupStep& step) {
    QJsonObject json{{QStringLiteral("order"), step.order},
                     {QStringLiteral("operator_id"), step.operatorId},
                     {QStringLiteral("at"), utcText(step.at)}};
    if (step.to == PickupStatus::Ready) {
        QJsonArray lines;
        for (const auto& [line, pick] : step.picked) {
            lines.append(QJsonObject{{QStringLiteral("line"), line},
                                     {QStringLiteral("picked"), formatQuantity(pick.pickedMilli)},
                                     {QStringLiteral("short"), formatQuantity(pick.shortMilli)}});
        }
        json.insert(QStringLiteral("lines"), lines);
    }
    if (step.to == PickupStatus::Collected) {
        QJsonArray refused;
        for (const auto& [line, quantity] : step.refused) {
            refused.append(
                QJsonObject{{QStringLiteral("line"), line}, {QStringLiteral("quantity"), formatQuantity(quantity)}});
        }
        json.insert(QStringLiteral("refused"), refused);
        json.insert(QStringLiteral("receipt"), step.receipt);
    }
    if (step.to == PickupStatus::Cancelled) {
        json.insert(QStringLiteral("reason"), step.reason);
    }
    return json;
}

Result<PickupStep> pickupStepFromJson(PickupStatus to, const QJsonObject& json) {
    PickupStep step;
    step.to = to;
    step.order = validKey(json.value(QStringLiteral("order")).toString());
    step.operatorId = json.value(QStringLiteral("operator_id")).toString();
    step.receipt = json.value(QStringLiteral("receipt")).toString();
    step.reason = json.value(QStringLiteral("reason")).toString().left(200);
    const auto at = parseZonedTime(json.value(QStringLiteral("at")));
    if (step.order.isEmpty() || !at) {
        return unreadable(QStringLiteral("order"));
    }
    step.at = *at;
    for (const QJsonValue& value : json.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject line = value.toObject();
        const auto picked = readQuantity(line, "picked");
        const auto shortOf = readQuantity(line, "short");
        const int number = line.value(QStringLiteral("line")).toInt();
        if (number < 1 || !picked || !shortOf || step.picked.contains(number)) {
            return unreadable(QStringLiteral("lines"));
        }
        step.picked[number] = PickupPick{*picked, *shortOf};
    }
    for (const QJsonValue& value : json.value(QStringLiteral("refused")).toArray()) {
        const QJsonObject line = value.toObject();
        const auto quantity = readQuantity(line, "quantity");
        const int number = line.value(QStringLiteral("line")).toInt();
        if (number < 1 || !quantity || *quantity == 0 || step.refused.contains(number)) {
            return unreadable(QStringLiteral("refused"));
        }
        step.refused[number] = *quantity;
    }
    return step;
}

namespace {

Error wrongLine(const Pickup& pickup, int line, const QString& what) {
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("order %1 line %2: %3").arg(pickup.order).arg(line).arg(what));
}

Result<void> pick(Pickup& pickup, const std::map<int, PickupPick>& picked) {
    for (const auto& [number, pick] : picked) {
        const PickupLine* line = pickup.line(number);
        if (line == nullptr) {
            return wrongLine(pickup, number, QStringLiteral("the order has no such line"));
        }
        if (pick.pickedMilli + pick.shortMilli > line->quantityMilli) {
            return wrongLine(pickup, number,
                             QStringLiteral("picked %1 and short %2 are more than the %3 ordered")
                                 .arg(formatQuantity(pick.pickedMilli), formatQuantity(pick.shortMilli),
                                      formatQuantity(line->quantityMilli)));
        }
    }
    for (PickupLine& line : pickup.lines) {
        const auto named = picked.find(line.line);
        const PickupPick pick =
            named != picked.end() ? named->second : PickupPick{line.quantityMilli - line.shortMilli, line.shortMilli};
        line.pickedMilli = pick.pickedMilli;
        line.shortMilli = pick.shortMilli;
    }
    return {};
}

Result<void> checkRefused(const Pickup& pickup, const std::map<int, std::int64_t>& refused) {
    for (const auto& [number, quantity] : refused) {
        const PickupLine* line = pickup.line(number);
        if (line == nullptr) {
            return wrongLine(pickup, number, QStringLiteral("the order has no such line"));
        }
        if (quantity > line->pickedMilli) {
            return wrongLine(pickup, number,
                             QStringLiteral("%1 refused is more than the %2 picked")
                                 .arg(formatQuantity(quantity), formatQuantity(line->pickedMilli)));
        }
    }
    return {};
}

} // namespace

Result<void> applyPickupStep(Pickup& pickup, const PickupStep& step) {
    if (Result<void> allowed = checkPickupStep(pickup.order, pickup.status, step.to); !allowed) {
        return allowed;
    }
    if (step.to == PickupStatus::Ready) {
        Pickup picked = pickup;
        if (Result<void> done = pick(picked, step.picked); !done) {
            return done;
        }
        pickup = std::move(picked);
    }
    if (step.to == PickupStatus::Collected) {
        if (Result<void> refused = checkRefused(pickup, step.refused); !refused) {
            return refused;
        }
    }
    pickup.status = step.to;
    return {};
}

QString pickupClaimText(const QString& order, const QString& code) {
    return QStringLiteral("PU:%1:%2").arg(order, code);
}

QString pickupLabelText(const QString& order) {
    return QStringLiteral("PL:") + order;
}

std::optional<PickupScan> parsePickupScan(const QString& text) {
    const QString scanned = text.trimmed();
    if (scanned.startsWith(QLatin1String("PL:"))) {
        const QString order = validKey(scanned.mid(3));
        return order.isEmpty() ? std::nullopt : std::optional(PickupScan{order, {}, true});
    }
    if (!scanned.startsWith(QLatin1String("PU:"))) {
        return std::nullopt;
    }
    // The code is the part after the last colon: an order number may hold colons of its own.
    const qsizetype colon = scanned.lastIndexOf(QLatin1Char(':'));
    const QString order = validKey(scanned.mid(3, colon - 3));
    const QString code = scanned.mid(colon + 1);
    if (colon < 3 || order.isEmpty() || code.isEmpty()) {
        return std::nullopt;
    }
    return PickupScan{order, code, false};
}

} // namespace kassa::core
