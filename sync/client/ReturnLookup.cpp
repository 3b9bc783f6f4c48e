#include "ReturnLookup.h"

#include "ReceiptSigning.h"
#include "core/domain/WebOrder.h"
#include "core/till/ReturnDesk.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace kassa::sync {

namespace {

QString unreachable(const boost::system::error_code& error) {
    return QCoreApplication::translate("kassa::sync::ReturnLookup", "head office cannot be reached (%1)")
        .arg(QString::fromStdString(error.message()));
}

std::string pathOf(const QString& channel, const QString& number) {
    const QByteArray escaped = QUrl::toPercentEncoding(number);
    return (channel == QLatin1String(core::returnChannels::kWeb) ? "/v1/orders/" : "/v1/receipts/") +
           escaped.toStdString();
}

QString centralMessage(const ClientResponse& response) {
    return QJsonDocument::fromJson(response.body).object().value(QStringLiteral("message")).toString();
}

// One request on a connection of its own; an answer other than 2xx or 404/409 comes with why.
core::CentralAnswer answerOf(const CentralAddress& address, const ClientTls& tls, const std::string& method,
                             const std::string& target, const QByteArray& body, std::chrono::milliseconds timeout) {
    boost::system::error_code error;
    const auto response = requestCentral(address, tls, method, target, body, timeout, error);
    if (!response) {
        return {0, {}, unreachable(error)};
    }
    core::CentralAnswer answer{response->status, response->body, QString()};
    if (answer.status >= 300 && answer.status != 404 && answer.status != 409) {
        answer.problem = QCoreApplication::translate("kassa::sync::ReturnLookup", "head office answered %1: %2")
                             .arg(response->status)
                             .arg(centralMessage(*response));
    }
    return answer;
}

} // namespace

std::optional<core::ReturnableDocument> returnableFromCentral(const QJsonObject& json, core::TillDatabase& till) {
    std::optional<core::ReturnableDocument> document = core::returnableFromCentral(json);
    if (document) {
        core::fillFromTill(till, *document);
    }
    return document;
}

namespace {

// Central's copy of the document, with what has come back anywhere; nothing (and why) when
// central cannot say, or the refusal when it knows no such number.
DocumentLookup askCentral(core::TillDatabase& till, const std::optional<TillLinkFiles>& link, const QString& channel,
                          const QString& number, std::chrono::milliseconds timeout) {
    DocumentLookup lookup;
    const core::CentralAnswer answer = requestSoldDocument(link, channel, number, timeout);
    if (answer.status == 200) {
        lookup.document = returnableFromCentral(QJsonDocument::fromJson(answer.body).object(), till);
        if (!lookup.document) {
            lookup.offlineReason =
                QCoreApplication::translate("kassa::sync::ReturnLookup", "head office's answer could not be read");
        }
    } else if (answer.status == 404) {
        lookup.refusal = core::makeError(core::ErrorCode::UnknownDocument, number);
    } else {
        lookup.offlineReason = answer.problem;
    }
    return lookup;
}

// A scanned receipt code stands on its own: checked here, it is returned from even when central
// is unreachable or has not seen the sale yet (the selling store may be offline); when central
// has the sale, its copy says what has come back meanwhile.
DocumentLookup lookUpReceiptCode(core::TillDatabase& till, const std::optional<TillLinkFiles>& link,
                                 const QString& scanned, std::chrono::milliseconds timeout) {
    DocumentLookup lookup;
    auto paper = readReceiptCode(till, link, scanned.toLatin1());
    if (!paper) {
        lookup.refusal = paper.error();
        return lookup;
    }
    DocumentLookup central =
        askCentral(till, link, QString::fromLatin1(core::returnChannels::kStore), paper->number, timeout);
    if (central.document) {
        return central;
    }
    lookup.document = std::move(paper).value();
    lookup.offlineReason = central.refusal ? QCoreApplication::translate("kassa::sync::ReturnLookup",
                                                                         "head office has not received this sale yet")
                                           : central.offlineReason;
    return lookup;
}

} // namespace

DocumentLookup lookUpDocument(core::TillDatabase& till, const std::optional<TillLinkFiles>& link,
                              const QString& channel, const QString& number, std::chrono::milliseconds timeout) {
    if (core::looksLikeReceiptCode(number)) {
        return lookUpReceiptCode(till, link, number, timeout);
    }
    if (number.trimmed().isEmpty() || number.size() > 64) {
        DocumentLookup refused;
        refused.refusal = core::makeError(core::ErrorCode::UnknownDocument, number.left(64));
        return refused;
    }
    DocumentLookup lookup = askCentral(till, link, channel, number, timeout);
    if (lookup.document || lookup.refusal) {
        return lookup;
    }
    lookup.document = core::findOnTill(till, channel, number);
    if (!lookup.document) {
        lookup.refusal = core::makeError(core::ErrorCode::UnknownDocument, number);
    }
    return lookup;
}

core::CentralAnswer requestSoldDocument(const std::optional<TillLinkFiles>& link, const QString& channel,
                                        const QString& number, std::chrono::milliseconds timeout) {
    if (!link) {
        return {0,
                {},
                QCoreApplication::translate("kassa::sync::ReturnLookup", "this till is not enrolled with head office")};
    }
    return answerOf(link->address, link->tls, "GET", pathOf(channel, number), {}, timeout);
}

namespace {

core::CentralAnswer getFromCentral(const std::optional<TillLinkFiles>& link, const std::string& target,
                                   std::chrono::milliseconds timeout) {
    if (!link) {
        return {0,
                {},
                QCoreApplication::translate("kassa::sync::ReturnLookup", "this till is not enrolled with head office")};
    }
    return answerOf(link->address, link->tls, "GET", target, {}, timeout);
}

} // namespace

core::CentralAnswer requestVoucher(const std::optional<TillLinkFiles>& link, const QString& number,
                                   std::chrono::milliseconds timeout) {
    return getFromCentral(link, "/v1/vouchers/" + QUrl::toPercentEncoding(number).toStdString(), timeout);
}

core::CentralAnswer requestStock(const std::optional<TillLinkFiles>& link, const QString& sku,
                                 std::chrono::milliseconds timeout) {
    return getFromCentral(link, "/v1/stock?limit=1000&sku=" + QUrl::toPercentEncoding(sku).toStdString(), timeout);
}

core::CentralAnswer requestCustomerHistory(const std::optional<TillLinkFiles>& link, const QString& id,
                                           std::chrono::milliseconds timeout) {
    return getFromCentral(link, "/v1/customers/" + QUrl::toPercentEncoding(id).toStdString() + "/history?limit=200",
                          timeout);
}

core::CentralAnswer requestReturnLease(const TillLinkFiles& link, const QString& channel, const QString& number,
                                       const std::map<int, std::int64_t>& lines, std::chrono::milliseconds timeout) {
    QJsonArray held;
    for (const auto& [line, quantity] : lines) {
        held.append(
            QJsonObject{{QStringLiteral("line"), line}, {QStringLiteral("quantity"), core::formatQuantity(quantity)}});
    }
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("channel"), channel},
                                                      {QStringLiteral("number"), number},
                                                      {QStringLiteral("lines"), held}})
                                .toJson(QJsonDocument::Compact);
    return answerOf(link.address, link.tls, "POST", "/v1/return-leases", body, timeout);
}

LeaseOutcome leaseReturn(const TillLinkFiles& link, const core::ReturnableDocument& document,
                         const std::map<int, std::int64_t>& lines, std::chrono::milliseconds timeout) {
    const core::CentralAnswer answer = requestReturnLease(link, document.channel, document.number, lines, timeout);
    LeaseOutcome outcome;
    if (answer.status == 201) {
        outcome.leaseId = QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("lease")).toString();
    } else if (answer.status == 409 && QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("error")) ==
                                           QLatin1String("not_collected")) {
        outcome.refusal = core::makeError(
            core::ErrorCode::PickupNotCollected,
            document.number + QStringLiteral(" / ") +
                QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("store")).toString());
    } else if (answer.status == 409) {
        outcome.refusal =
            core::makeError(core::ErrorCode::ExceedsReturnable,
                            QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("message")).toString());
    } else if (answer.status == 404) {
        outcome.refusal = core::makeError(core::ErrorCode::UnknownDocument, document.number);
    } else {
        outcome.offlineReason = answer.problem;
    }
    return outcome;
}

void releaseLease(const TillLinkFiles& link, const QString& leaseId, std::chrono::milliseconds timeout) {
    boost::system::error_code error;
    (void)requestCentral(link.address, link.tls, "DELETE",
                         "/v1/return-leases/" + QUrl::toPercentEncoding(leaseId).toStdString(), {}, timeout, error);
}

} // namespace kassa::sync
