#include "Shifts.h"

#include "../domain/Dates.h"
#include "Journal.h"
#include "Outbox.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kassa::core {

namespace {

QString utc(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// The store's trading day a shift belongs to: the till's local date when it opened (a shift
// that closes after midnight still belongs to the day it opened).
QString businessDate(const QDateTime& openedAt) {
    return openedAt.toLocalTime().date().toString(Qt::ISODate);
}

QDateTime fromUtc(const QString& text) {
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QJsonObject parsed(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// The row's columns: id, number, opened_at, opened_by, float_json, closed_at, closed_by, z_number.
ShiftRecord shiftFrom(const Statement& row) {
    ShiftRecord shift;
    shift.id = row.text(0);
    shift.number = row.int64(1);
    shift.openedAt = fromUtc(row.text(2));
    shift.openedBy = row.text(3);
    shift.openingFloat = cashCountFromJson(parsed(row.text(4))).value_or(CashCount{});
    if (!row.isNull(5)) {
        shift.closedAt = fromUtc(row.text(5));
        shift.closedBy = row.text(6);
        shift.zNumber = row.int64(7);
    }
    return shift;
}

QJsonObject tendersJson(const std::map<QString, TenderFigures>& tenders) {
    QJsonObject json;
    for (const auto& [kind, figures] : tenders) {
        json.insert(kind, QJsonObject{{QStringLiteral("taken"), figures.taken.toDecimalString()},
                                      {QStringLiteral("refunded"), figures.refunded.toDecimalString()},
                                      {QStringLiteral("sales"), figures.sales},
                                      {QStringLiteral("refunds"), figures.refunds}});
    }
    return json;
}

std::map<QString, TenderFigures> tendersFromJson(const QJsonObject& json) {
    std::map<QString, TenderFigures> tenders;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QJsonObject figures = it.value().toObject();
        tenders[it.key()] = TenderFigures{
            Money::parse(figures.value(QStringLiteral("taken")).toString()).value_or(Money()),
            Money::parse(figures.value(QStringLiteral("refunded")).toString()).value_or(Money()),
            figures.value(QStringLiteral("sales")).toInt(), figures.value(QStringLiteral("refunds")).toInt()};
    }
    return tenders;
}

QString money(Money amount) {
    return amount.toDecimalString();
}

Money moneyOf(const QJsonObject& json, const char* key) {
    return Money::parse(json.value(QLatin1String(key)).toString()).value_or(Money());
}

ShiftFigures figuresFromJson(const QJsonObject& json) {
    ShiftFigures f;
    f.openingFloat = moneyOf(json, "float");
    f.tenders = tendersFromJson(json.value(QStringLiteral("tenders")).toObject());
    f.vat = vatFromJson(json.value(QStringLiteral("vat")).toArray());
    f.sales = json.value(QStringLiteral("sales")).toInt();
    f.returns = json.value(QStringLiteral("returns")).toInt();
    f.salesTotal = moneyOf(json, "sales_total");
    f.returnsTotal = moneyOf(json, "returns_total");
    f.discounts = moneyOf(json, "discounts");
    f.voidedLines = json.value(QStringLiteral("voided_lines")).toInt();
    f.voidedAmount = moneyOf(json, "voided_amount");
    f.rounding = moneyOf(json, "rounding");
    f.cashIn = moneyOf(json, "cash_in");
    f.cashOut = moneyOf(json, "cash_out");
    f.safeDrops = moneyOf(json, "safe_drops");
    f.noSales = json.value(QStringLiteral("no_sales")).toInt();
    f.drawerOpenings = json.value(QStringLiteral("drawer_openings")).toInt();
    for (const QJsonValue& id : json.value(QStringLiteral("operators")).toArray()) {
        f.operators << id.toString();
    }
    return f;
}

} // namespace

QJsonObject shiftFiguresToJson(const ShiftFigures& f) {
    return QJsonObject{{QStringLiteral("float"), money(f.openingFloat)},
                       {QStringLiteral("tenders"), tendersJson(f.tenders)},
                       {QStringLiteral("vat"), vatToJson(f.vat)},
                       {QStringLiteral("sales"), f.sales},
                       {QStringLiteral("returns"), f.returns},
                       {QStringLiteral("sales_total"), money(f.salesTotal)},
                       {QStringLiteral("returns_total"), money(f.returnsTotal)},
                       {QStringLiteral("discounts"), money(f.discounts)},
                       {QStringLiteral("voided_lines"), f.voidedLines},
                       {QStringLiteral("voided_amount"), money(f.voidedAmount)},
                       {QStringLiteral("rounding"), money(f.rounding)},
                       {QStringLiteral("cash_in"), money(f.cashIn)},
                       {QStringLiteral("cash_out"), money(f.cashOut)},
                       {QStringLiteral("safe_drops"), money(f.safeDrops)},
                       {QStringLiteral("no_sales"), f.noSales},
                       {QStringLiteral("drawer_openings"), f.drawerOpenings},
                       {QStringLiteral("operators"), QJsonArray::fromStringList(f.operators)},
                       {QStringLiteral("expected_cash"), money(f.expectedCash())}};
}

void Shifts::appendFact(const QString& kind, const QJsonObject& payload, const QString& documentId,
                        const QDateTime& at) {
    Outbox(m_db).append(
        NewEvent{kind, kShiftSchemaVersion, QJsonDocument(payload).toJson(QJsonDocument::Compact), documentId, at});
}

Result<ShiftRecord> Shifts::open(const CashCount& openingFloat, const Operator& by, const QDateTime& at) {
    Transaction transaction(m_db);
    if (const std::optional<ShiftRecord> open = current()) {
        return makeError(ErrorCode::ShiftAlreadyOpen,
                         QStringLiteral("%1 / %2").arg(open->number).arg(formatDateTime(open->openedAt)));
    }
    Query last = m_db.prepare("SELECT coalesce(max(number), 0) FROM shifts");
    last->step();
    ShiftRecord shift{makeUuidV7(at), last->int64(0) + 1, at, by.id, openingFloat, {}, {}, 0};
    Query insert = m_db.prepare("INSERT INTO shifts (id, number, opened_at, opened_by, float_json) "
                                "VALUES (?1, ?2, ?3, ?4, ?5)");
    insert->bind(1, shift.id).bind(2, shift.number).bind(3, utc(at)).bind(4, by.id);
    insert->bind(5, QString::fromUtf8(QJsonDocument(toJson(openingFloat)).toJson(QJsonDocument::Compact))).run();
    appendFact(QStringLiteral("shift.opened"),
               QJsonObject{{QStringLiteral("shift_id"), shift.id},
                           {QStringLiteral("number"), static_cast<qint64>(shift.number)},
                           {QStringLiteral("opened_at"), utc(at)},
                           {QStringLiteral("business_date"), businessDate(at)},
                           {QStringLiteral("operator_id"), by.id},
                           {QStringLiteral("float"), toJson(openingFloat)}},
               shift.id, at);
    transaction.commit();
    return shift;
}

std::optional<ShiftRecord> Shifts::current() {
    Query query = m_db.prepare("SELECT id, number, opened_at, opened_by, float_json, closed_at, closed_by, z_number "
                               "FROM shifts WHERE closed_at IS NULL");
    return query->step() ? std::optional(shiftFrom(*query)) : std::nullopt;
}

Result<DrawerMovement> Shifts::move(const DrawerMovement& movement) {
    Transaction transaction(m_db);
    const std::optional<ShiftRecord> shift = current();
    if (!shift) {
        return makeError(ErrorCode::ShiftNotOpen);
    }
    if (Result<void> checked = checkDrawerMovement(movement, figures(*shift).expectedCash()); !checked) {
        return checked.error();
    }
    const QString documentId = makeUuidV7(movement.at);
    Query insert = m_db.prepare("INSERT INTO drawer_movements (document_id, shift_id, kind, amount_cents, reason, "
                                "note, operator_id, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    insert->bind(1, documentId).bind(2, shift->id).bind(3, drawerMovementKindToString(movement.kind));
    insert->bind(4, movement.amount.cents()).bind(5, movement.reason).bind(6, movement.note);
    insert->bind(7, movement.operatorId).bind(8, utc(movement.at)).run();
    appendFact(QStringLiteral("drawer.moved"),
               QJsonObject{{QStringLiteral("document_id"), documentId},
                           {QStringLiteral("shift_id"), shift->id},
                           {QStringLiteral("kind"), drawerMovementKindToString(movement.kind)},
                           {QStringLiteral("amount"), money(movement.amount)},
                           {QStringLiteral("reason"), movement.reason},
                           {QStringLiteral("note"), movement.note},
                           {QStringLiteral("operator_id"), movement.operatorId},
                           {QStringLiteral("at"), utc(movement.at)}},
               documentId, movement.at);
    transaction.commit();
    return movement;
}

ShiftFigures Shifts::figures(const ShiftRecord& shift) {
    // Sales, returns and movements in the order they happened, each kind by its own order.
    ShiftTally tally(shift.openingFloat.total);
    Query sales = m_db.prepare("SELECT body FROM sales WHERE shift_id = ?1 ORDER BY number");
    sales->bind(1, shift.id);
    while (sales->step()) {
        if (const Result<CompletedSale> sale = saleFromJson(parsed(sales->text(0)))) {
            tally.addSale(*sale);
        }
    }
    Query returns = m_db.prepare("SELECT body FROM returns WHERE shift_id = ?1 ORDER BY number");
    returns->bind(1, shift.id);
    while (returns->step()) {
        if (const Result<CompletedReturn> completed = returnFromJson(parsed(returns->text(0)))) {
            tally.addReturn(*completed);
        }
    }
    Query movements = m_db.prepare("SELECT kind, amount_cents, reason, note, operator_id, at FROM drawer_movements "
                                   "WHERE shift_id = ?1 ORDER BY at, document_id");
    movements->bind(1, shift.id);
    while (movements->step()) {
        tally.addMovement(
            DrawerMovement{drawerMovementKindFromString(movements->text(0)).value_or(DrawerMovementKind::NoSale),
                           Money(movements->int64(1)), movements->text(2), movements->text(3), movements->text(4),
                           fromUtc(movements->text(5))});
    }
    return tally.figures();
}

Result<ZReport> Shifts::close(const CashCount& counted, const Operator& by, const std::optional<Operator>& approver,
                              const QString& reason, Money limit, const QDateTime& at) {
    Transaction transaction(m_db);
    std::optional<ShiftRecord> shift = current();
    if (!shift) {
        return refuseClosingAgain();
    }
    ZReport z{*shift, figures(*shift), counted, {}, {}, reason.trimmed(), 0};
    z.judgement = judgeCount(z.figures.expectedCash(), counted.total, limit);
    if (z.judgement.needsApproval) {
        if (!approver || approver->role < Role::Manager || z.reason.isEmpty()) {
            return makeError(ErrorCode::CountNeedsApproval, limit.format()); // blind: not the difference
        }
        z.approverId = approver->id;
    }
    z.unsentFacts = Journal(m_db).outboxDepth().waiting;
    Query span = m_db.prepare("SELECT coalesce(min(number), 0), coalesce(max(number), 0) FROM "
                              "(SELECT number FROM sales WHERE shift_id = ?1 "
                              "UNION ALL SELECT number FROM returns WHERE shift_id = ?1)");
    span->bind(1, shift->id);
    span->step();
    z.firstReceipt = span->int64(0);
    z.lastReceipt = span->int64(1);
    Query last = m_db.prepare("SELECT coalesce(max(z_number), 0) FROM shifts");
    last->step();
    z.shift.zNumber = last->int64(0) + 1;
    z.shift.closedAt = at;
    z.shift.closedBy = by.id;
    const QJsonObject payload{{QStringLiteral("shift_id"), shift->id},
                              {QStringLiteral("number"), static_cast<qint64>(shift->number)},
                              {QStringLiteral("z_number"), static_cast<qint64>(z.shift.zNumber)},
                              {QStringLiteral("opened_at"), utc(shift->openedAt)},
                              {QStringLiteral("business_date"), businessDate(shift->openedAt)},
                              {QStringLiteral("closed_at"), utc(at)},
                              {QStringLiteral("operator_id"), by.id},
                              {QStringLiteral("figures"), shiftFiguresToJson(z.figures)},
                              {QStringLiteral("counted"), toJson(counted)},
                              {QStringLiteral("difference"), money(z.judgement.difference)},
                              {QStringLiteral("approver_id"), z.approverId},
                              {QStringLiteral("reason"), z.reason},
                              {QStringLiteral("unsent_facts"), static_cast<qint64>(z.unsentFacts)},
                              {QStringLiteral("first_receipt"), static_cast<qint64>(z.firstReceipt)},
                              {QStringLiteral("last_receipt"), static_cast<qint64>(z.lastReceipt)}};
    Query update = m_db.prepare("UPDATE shifts SET closed_at = ?2, closed_by = ?3, z_number = ?4, z_json = ?5 "
                                "WHERE id = ?1");
    update->bind(1, shift->id).bind(2, utc(at)).bind(3, by.id).bind(4, z.shift.zNumber);
    update->bind(5, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))).run();
    appendFact(QStringLiteral("shift.closed"), payload, makeUuidV7(at), at);
    transaction.commit();
    return z;
}

// Closing when no shift is open: the last shift was closed already (at this till's screen, or by
// kassactl meanwhile), and the refusal says by whom and when; or none was ever opened.
Error Shifts::refuseClosingAgain() {
    Query last = m_db.prepare("SELECT number, z_number, closed_at, closed_by FROM shifts "
                              "WHERE closed_at IS NOT NULL ORDER BY z_number DESC LIMIT 1");
    if (!last->step()) {
        return Error{ErrorCode::ShiftNotOpen, {}};
    }
    return Error{ErrorCode::ShiftAlreadyClosed, QStringLiteral("%1 / %2 / %3 / %4")
                                                    .arg(last->int64(0))
                                                    .arg(last->int64(1))
                                                    .arg(formatDateTime(fromUtc(last->text(2))), last->text(3))};
}

std::optional<QJsonObject> Shifts::zReportJson(std::int64_t zNumber) {
    Query query = m_db.prepare("SELECT z_json FROM shifts WHERE z_number = ?1");
    query->bind(1, zNumber);
    return query->step() ? std::optional(parsed(query->text(0))) : std::nullopt;
}

std::optional<ZReport> Shifts::zReport(std::int64_t zNumber) {
    Query query = m_db.prepare("SELECT id, number, opened_at, opened_by, float_json, closed_at, closed_by, z_number, "
                               "z_json FROM shifts WHERE z_number = ?1");
    query->bind(1, zNumber);
    if (!query->step()) {
        return std::nullopt;
    }
    const QJsonObject json = parsed(query->text(8));
    ZReport z;
    z.shift = shiftFrom(*query);
    z.figures = figuresFromJson(json.value(QStringLiteral("figures")).toObject());
    z.counted = cashCountFromJson(json.value(QStringLiteral("counted")).toObject()).value_or(CashCount{});
    z.judgement = {z.figures.expectedCash(), z.counted.total, moneyOf(json, "difference"), false};
    z.approverId = json.value(QStringLiteral("approver_id")).toString();
    z.reason = json.value(QStringLiteral("reason")).toString();
    z.unsentFacts = json.value(QStringLiteral("unsent_facts")).toInteger();
    z.firstReceipt = json.value(QStringLiteral("first_receipt")).toInteger();
    z.lastReceipt = json.value(QStringLiteral("last_receipt")).toInteger();
    return z;
}

} // namespace kassa::core
