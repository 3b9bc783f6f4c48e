// Central's shift routes (CentralService.h lists them): a store's shifts of a business day with
// each Z's figures beside central's own totals of the same receipts, and which stores have closed
// their day. Head office's integrations read them with a token; a till reads its own store's.

#include "CentralService.h"
#include "HttpSupport.h"
#include "core/domain/Money.h"

#include <QJsonArray>
#include <map>
#include <set>

namespace kassa::sync {

namespace {

QString euros(std::int64_t cents) {
    return core::Money(cents).toDecimalString();
}

// The figures of the Z and of central side by side, each that differs named.
QJsonArray differencesOf(const QJsonObject& till, const ReceiptTotals& central) {
    const std::pair<const char*, QString> compared[] = {
        {"sales", QString::number(central.sales)},
        {"sales_total", euros(central.salesCents)},
        {"returns", QString::number(central.returns)},
        {"returns_total", euros(central.returnsCents)},
    };
    QJsonArray differences;
    for (const auto& [figure, centralValue] : compared) {
        const QJsonValue value = till.value(QLatin1String(figure));
        const QString tillValue = value.isString() ? value.toString() : QString::number(value.toInteger());
        if (tillValue != centralValue) {
            differences.append(QJsonObject{{QStringLiteral("figure"), QLatin1String(figure)},
                                           {QStringLiteral("till"), tillValue},
                                           {QStringLiteral("central"), centralValue}});
        }
    }
    return differences;
}

QJsonObject centralJson(const ReceiptTotals& totals) {
    return QJsonObject{{QStringLiteral("sales"), static_cast<qint64>(totals.sales)},
                       {QStringLiteral("sales_total"), euros(totals.salesCents)},
                       {QStringLiteral("returns"), static_cast<qint64>(totals.returns)},
                       {QStringLiteral("returns_total"), euros(totals.returnsCents)}};
}

// A shift as integrations read it: the Z as the till closed it (nothing while open), central's
// totals of the receipts between its opening and close, and whether the two agree.
QJsonObject shiftJson(const ShiftRow& shift, const std::optional<ReceiptTotals>& central) {
    const bool closed = shift.zNumber != 0;
    const QJsonObject z = closed ? QJsonDocument::fromJson(shift.zJson.toUtf8()).object() : QJsonObject();
    QJsonObject json{{QStringLiteral("shift_id"), shift.shiftId},
                     {QStringLiteral("till"), shift.tillId},
                     {QStringLiteral("number"), static_cast<qint64>(shift.number)},
                     {QStringLiteral("status"), closed ? QStringLiteral("closed") : QStringLiteral("open")},
                     {QStringLiteral("business_date"), shift.businessDate},
                     {QStringLiteral("opened_at"), shift.openedAt},
                     {QStringLiteral("opened_by"), shift.openedBy},
                     {QStringLiteral("central"), central ? QJsonValue(centralJson(*central)) : QJsonValue()}};
    if (!closed) {
        json.insert(QStringLiteral("agrees"), QJsonValue()); // nothing to compare before the Z
        return json;
    }
    const QJsonObject figures = z.value(QStringLiteral("figures")).toObject();
    json.insert(QStringLiteral("z_number"), static_cast<qint64>(shift.zNumber));
    json.insert(QStringLiteral("closed_at"), shift.closedAt);
    json.insert(QStringLiteral("closed_by"), z.value(QStringLiteral("operator_id")));
    json.insert(QStringLiteral("till_figures"), figures);
    for (const char* key :
         {"counted", "difference", "approver_id", "reason", "unsent_facts", "first_receipt", "last_receipt"}) {
        json.insert(QLatin1String(key), z.value(QLatin1String(key)));
    }
    if (!central) {
        json.insert(QStringLiteral("agrees"), QJsonValue()); // its opening never reached central
        return json;
    }
    const QJsonArray differences = differencesOf(figures, *central);
    json.insert(QStringLiteral("agrees"), differences.isEmpty());
    json.insert(QStringLiteral("differences"), differences);
    return json;
}

// The business day asked for (`date=YYYY-MM-DD`, today when left out); nothing when it is not
// a real day.
std::optional<QString> requestedDay(const QUrlQuery& query, const QDateTime& now) {
    const QString text = query.hasQueryItem(QStringLiteral("date")) ? query.queryItemValue(QStringLiteral("date"))
                                                                    : now.date().toString(Qt::ISODate);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() && text.size() == 10 ? std::optional(text) : std::nullopt;
}

struct TillDay {
    int open = 0;
    int closed = 0;
    std::int64_t lastZ = 0;
};

// A store's day from its tills' shifts: "closed" when every till that opened one has its Z,
// "waiting" when some have and others are still open, "open" when none has closed yet, and
// "not_opened" when no till opened a shift that day.
QJsonObject storeDayJson(const QString& store, const std::map<QString, TillDay>& tills,
                         const std::set<QString>& enrolled) {
    QJsonArray tillList;
    QJsonArray waitingFor;
    int open = 0;
    int closedTills = 0;
    std::set<QString> all = enrolled;
    for (const auto& [till, day] : tills) {
        all.insert(till);
    }
    for (const QString& till : all) {
        const auto found = tills.find(till);
        const TillDay day = found == tills.end() ? TillDay{} : found->second;
        tillList.append(
            QJsonObject{{QStringLiteral("till"), till},
                        {QStringLiteral("open_shifts"), day.open},
                        {QStringLiteral("closed_shifts"), day.closed},
                        {QStringLiteral("last_z"), day.lastZ == 0 ? QJsonValue() : QJsonValue(qint64(day.lastZ))}});
        if (day.open > 0) {
            ++open;
            waitingFor.append(till);
        } else if (day.closed > 0) {
            ++closedTills;
        }
    }
    QString status = QStringLiteral("not_opened");
    if (open > 0) {
        status = closedTills > 0 ? QStringLiteral("waiting") : QStringLiteral("open");
    } else if (closedTills > 0) {
        status = QStringLiteral("closed");
    }
    return QJsonObject{{QStringLiteral("store"), store},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("waiting_for"), status == QLatin1String("waiting") ? waitingFor : QJsonArray()},
                       {QStringLiteral("tills"), tillList}};
}

} // namespace

HttpResponse CentralService::listShifts(const HttpRequest& request, const std::optional<TillPrincipal>& till) {
    const QUrlQuery query = queryOf(request.target);
    const QString store = query.queryItemValue(QStringLiteral("store"));
    const std::optional<QString> date = requestedDay(query, now());
    if (store.isEmpty() || !date) {
        return refuse(400, "malformed",
                      QStringLiteral("give store=NNN and date=YYYY-MM-DD (the business day; today when left out)"));
    }
    if (till && till->storeId != store) {
        return refuse(
            403, "other_store",
            QStringLiteral("a till reads its own store's shifts (%1), not store %2").arg(till->storeId, store));
    }
    QJsonArray shifts;
    for (const ShiftRow& shift : m_store.shiftsOfDay(store, *date)) {
        shifts.append(shiftJson(shift, m_store.shiftReceiptTotals(shift)));
    }
    return {
        200, "application/json",
        json({{QStringLiteral("store"), store}, {QStringLiteral("date"), *date}, {QStringLiteral("shifts"), shifts}})};
}

HttpResponse CentralService::listStoreDays(const HttpRequest& request) {
    const QUrlQuery query = queryOf(request.target);
    const QString store = query.queryItemValue(QStringLiteral("store"));
    const std::optional<QString> date = requestedDay(query, now());
    if (!date) {
        return refuse(400, "malformed",
                      QStringLiteral("date is the business day as YYYY-MM-DD (today when left out); store=NNN "
                                     "narrows to one store"));
    }
    std::map<QString, std::set<QString>> enrolled; // store -> tills
    for (const TillStatus& status : m_store.tillStatuses()) {
        if (store.isEmpty() || status.storeId == store) {
            enrolled[status.storeId].insert(status.tillId);
        }
    }
    std::map<QString, std::map<QString, TillDay>> days; // store -> till -> its shifts that day
    for (const ShiftRow& shift : m_store.shiftsOfDay(store, *date)) {
        TillDay& day = days[shift.storeId][shift.tillId];
        shift.zNumber == 0 ? ++day.open : ++day.closed;
        day.lastZ = std::max(day.lastZ, shift.zNumber);
        enrolled[shift.storeId]; // a store whose tills have gone still shows its day
    }
    QJsonArray stores;
    for (const auto& [storeId, tills] : enrolled) {
        stores.append(storeDayJson(storeId, days[storeId], tills));
    }
    return {200, "application/json", json({{QStringLiteral("date"), *date}, {QStringLiteral("stores"), stores}})};
}

} // namespace kassa::sync
