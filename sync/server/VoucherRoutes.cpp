// Central's store-credit routes (CentralService.h lists them): a voucher looked up by its code,
// the legacy vouchers head office reissues; and the audit trail and the tills' lookup key.

#include "CentralService.h"
#include "CustomerMaster.h"
#include "HttpSupport.h"

#include <QJsonArray>
#include <QUuid>

namespace kassa::sync {

namespace {

QJsonObject auditJson(const AuditRecord& r) {
    return {{QStringLiteral("cursor"), static_cast<qint64>(r.cursor)},
            {QStringLiteral("kind"), r.kind},
            {QStringLiteral("store_id"), r.storeId},
            {QStringLiteral("till_id"), r.tillId},
            {QStringLiteral("actor"), r.actor},
            {QStringLiteral("subject"), r.subject},
            {QStringLiteral("before"), r.before.isUndefined() ? QJsonValue() : r.before},
            {QStringLiteral("after"), r.after.isUndefined() ? QJsonValue() : r.after},
            {QStringLiteral("detail"), r.detail},
            {QStringLiteral("at"), r.at},
            {QStringLiteral("received_at"), r.receivedAt}};
}

} // namespace

// A voucher is found only by its whole code: an unknown number, a number without its secret and
// a wrong secret get the same answer, so that the answer says nothing to someone guessing.
HttpResponse CentralService::showVoucher(const HttpRequest& request, const std::optional<TillPrincipal>& till) {
    if (auto refused = refuseTooFast(m_voucherLookups, readerOf(request, till), QStringLiteral("voucher lookups"))) {
        return *refused;
    }
    const QString typed = pathSegment(request.target, 3);
    const std::optional<core::VoucherCode> code = core::parseVoucherCode(typed);
    if (!code) {
        return refuseVoucherCode(request, till, typed.left(40));
    }
    const std::optional<VoucherRecord> voucher = m_store.voucher(code->number);
    if (!voucher || !core::codeOpens(*code, voucher->check)) {
        return refuseVoucherCode(request, till, code->number);
    }
    QJsonObject body = voucherJson(*voucher, false);
    QJsonArray spends;
    for (const VoucherSpend& spend : voucher->spends) {
        spends.append(QJsonObject{{QStringLiteral("receipt"), spend.receipt},
                                  {QStringLiteral("store_id"), spend.storeId},
                                  {QStringLiteral("amount"), core::Money(spend.amountCents).toDecimalString()},
                                  {QStringLiteral("received_at"), spend.receivedAt}});
    }
    body.insert(QStringLiteral("spends"), spends);
    return {200, "application/json", json(body)};
}

// The one answer for every wrong code; a client with many in an hour raises voucher_guessing.
HttpResponse CentralService::refuseVoucherCode(const HttpRequest& request, const std::optional<TillPrincipal>& till,
                                               const QString& number) {
    const QString client = readerOf(request, till);
    const QDateTime at = now();
    if (m_wrongVoucherCodes.count(client, at)) {
        std::unique_ptr<CentralWrite> write = m_store.beginWrite();
        write->addException(CentralException{
            0, QStringLiteral("voucher_guessing"), till ? till->deviceId : QString(), till ? till->storeId : QString(),
            till ? till->tillId : QString(), QString(),
            QStringLiteral("%1 asked for %2 vouchers that do not exist or with a wrong code within an hour (the last "
                           "%3): someone may be guessing voucher codes")
                .arg(client)
                .arg(WrongCodeWatch::kDefaultLimit)
                .arg(number),
            at.toString(Qt::ISODateWithMs)});
        write->commit();
    }
    return refuse(404, "not_found",
                  QStringLiteral("there is no voucher %1 with this code: check the whole code printed under its "
                                 "barcode")
                      .arg(number));
}

HttpResponse CentralService::listLegacyVouchers(const HttpRequest& request) {
    const QUrlQuery query = queryOf(request.target);
    bool limitOk = true;
    const int limit = query.hasQueryItem(QStringLiteral("limit"))
                          ? query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk)
                          : 500;
    if (query.queryItemValue(QStringLiteral("legacy")) != QLatin1String("true")) {
        return refuse(400, "malformed",
                      QStringLiteral("only legacy=true lists vouchers; look one voucher up by its code"));
    }
    if (!limitOk || limit < 1 || limit > 5000) {
        return refuse(400, "malformed", QStringLiteral("limit must be 1..5000"));
    }
    QJsonArray vouchers;
    QString next = query.queryItemValue(QStringLiteral("after"));
    for (const VoucherRecord& voucher : m_store.legacyVouchers(next, limit)) {
        QJsonObject item = voucherJson(voucher, false);
        item.remove(QStringLiteral("spent_by")); // not read for the list
        item.insert(QStringLiteral("issued_by"), voucher.issuedBy);
        vouchers.append(item);
        next = voucher.number;
    }
    return {200, "application/json", json({{QStringLiteral("vouchers"), vouchers}, {QStringLiteral("next"), next}})};
}

// For enrolled tills only: with it, a copy of a till's database alone cannot test guesses of the
// codes it keeps hashed.
HttpResponse CentralService::lookupKey(const std::optional<TillPrincipal>& till) {
    if (auto refused = refuseWithoutCertificate(till)) {
        return *refused;
    }
    if (auto refused = refuseRevoked(*till)) {
        return *refused;
    }
    return {200, "application/json",
            json({{QStringLiteral("key"), QString::fromLatin1(chainLookupKey().bytes().toBase64())}})};
}

void CentralService::recordCentralAudit(const QString& kind, const QString& actor, const QString& subject,
                                        const QJsonValue& after, const QString& detail) {
    const QString at = now().toString(Qt::ISODateWithMs);
    std::unique_ptr<CentralWrite> write = m_store.beginWrite();
    write->addAudit(AuditRecord{0, kind, QString(), QString(), actor, subject, QJsonValue(), after, detail, at, at,
                                QUuid::createUuid().toString(QUuid::WithoutBraces)});
    write->commit();
}

HttpResponse CentralService::listAudit(const HttpRequest& request) {
    const auto page = pageParameters(request.target, 500, 5000);
    const QString store = queryOf(request.target).queryItemValue(QStringLiteral("store"));
    if (!page) {
        return refuse(400, "malformed", QStringLiteral("since must be a cursor from an earlier page, limit 1..5000"));
    }
    QJsonArray entries;
    qint64 next = page->first;
    for (const AuditRecord& record : m_store.audit(store, page->first, page->second)) {
        entries.append(auditJson(record));
        next = record.cursor;
    }
    return {200, "application/json", json({{QStringLiteral("audit"), entries}, {QStringLiteral("next"), next}})};
}

} // namespace kassa::sync
