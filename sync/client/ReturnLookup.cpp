#include "ReturnLookup.h"

#include "ReceiptSigning.h"
#include "core/domain/WebOrder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace kassa::sync {

namespace {

std::int64_t quantityOf(const QJsonValue& value) {
    const auto parsed = core::parseQuantity(value.toString(), core::Unit::Kilograms);
    return parsed ? *parsed : 0;
}

core::Money moneyOf(const QJsonValue& value) {
    const auto parsed = core::Money::parse(value.toString());
    return parsed ? *parsed : core::Money();
}

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

// What the till knows itself when central cannot say more: its own receipts, and the web
// orders central fed it.
std::optional<core::ReturnableDocument> fromTill(core::TillDatabase& till, const QString& channel,
                                                 const QString& number) {
    if (channel == QLatin1String(core::returnChannels::kWeb)) {
        return till.webOrders().find(number);
    }
    const std::optional<core::CompletedSale> sale = till.journal().byReceiptNumber(number);
    return sale ? std::optional(core::returnableOf(*sale)) : std::nullopt;
}

} // namespace

bool looksLikeReceiptNumber(const QString& text) {
    static const QRegularExpression receipt(QStringLiteral("^\\d{3}-\\d{2}-\\d{6,}$"));
    return receipt.match(text).hasMatch();
}

std::optional<core::ReturnableDocument> returnableFromCentral(const QJsonObject& json, core::TillDatabase& till) {
    core::ReturnableDocument document;
    document.channel = json.value(QStringLiteral("channel")).toString();
    document.number = json.value(QStringLiteral("number")).toString();
    document.storeId = json.value(QStringLiteral("store_id")).toString();
    document.soldAt = QDateTime::fromString(json.value(QStringLiteral("sold_at")).toString(), Qt::ISODateWithMs);
    document.source = core::DocumentSource::Central;
    if (document.number.isEmpty() || !document.soldAt.isValid()) {
        return std::nullopt;
    }
    const core::TaxTable taxes = till.settings().taxTable();
    core::Catalog catalog = till.catalog();
    for (const QJsonValue& value : json.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = value.toObject();
        core::ReturnableLine line;
        line.line = l.value(QStringLiteral("line")).toInt();
        line.sku = l.value(QStringLiteral("sku")).toString();
        line.quantityMilli = quantityOf(l.value(QStringLiteral("sold")));
        // What other tills are taking back right now cannot come back here either.
        line.returnedMilli =
            quantityOf(l.value(QStringLiteral("returned"))) + quantityOf(l.value(QStringLiteral("reserved")));
        line.unitPrice = moneyOf(l.value(QStringLiteral("unit_price")));
        line.net = moneyOf(l.value(QStringLiteral("net")));
        line.taxCode = l.value(QStringLiteral("tax_code")).toString();
        if (const core::TaxRate* rate = taxes.rateOn(line.taxCode, document.soldAt.toLocalTime().date())) {
            line.taxBasisPoints = rate->basisPoints;
        }
        line.name = line.sku;
        if (const std::optional<core::Product> product = catalog.bySku(line.sku)) {
            line.productId = product->id;
            line.name = product->name;
            line.unit = product->unit;
        }
        document.lines.push_back(std::move(line));
    }
    for (const QJsonValue& value : json.value(QStringLiteral("payments")).toArray()) {
        const QJsonObject p = value.toObject();
        document.tenders.push_back(core::OriginalTender{
            p.value(QStringLiteral("kind")).toString(), moneyOf(p.value(QStringLiteral("amount"))),
            p.value(QStringLiteral("auth_code")).toString(), p.value(QStringLiteral("masked_pan")).toString()});
    }
    return document;
}

namespace {

// Central's copy of the document, with what has come back anywhere; nothing (and why) when
// central cannot say, or the refusal when it knows no such number.
DocumentLookup askCentral(core::TillDatabase& till, const std::optional<TillLinkFiles>& link, const QString& channel,
                          const QString& number, std::chrono::milliseconds timeout) {
    DocumentLookup lookup;
    if (!link) {
        lookup.offlineReason =
            QCoreApplication::translate("kassa::sync::ReturnLookup", "this till is not enrolled with head office");
        return lookup;
    }
    boost::system::error_code error;
    const auto response = requestCentral(link->address, link->tls, "GET", pathOf(channel, number), {}, timeout, error);
    if (response && response->status == 200) {
        lookup.document = returnableFromCentral(QJsonDocument::fromJson(response->body).object(), till);
        if (!lookup.document) {
            lookup.offlineReason =
                QCoreApplication::translate("kassa::sync::ReturnLookup", "head office's answer could not be read");
        }
    } else if (response && response->status == 404) {
        lookup.refusal = core::makeError(core::ErrorCode::UnknownDocument, number);
    } else if (response) {
        lookup.offlineReason = QCoreApplication::translate("kassa::sync::ReturnLookup", "head office answered %1: %2")
                                   .arg(response->status)
                                   .arg(centralMessage(*response));
    } else {
        lookup.offlineReason = unreachable(error);
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
    lookup.document = fromTill(till, channel, number);
    if (!lookup.document) {
        lookup.refusal = core::makeError(core::ErrorCode::UnknownDocument, number);
    }
    return lookup;
}

LeaseOutcome leaseReturn(const TillLinkFiles& link, const core::ReturnableDocument& document,
                         const std::map<int, std::int64_t>& lines, std::chrono::milliseconds timeout) {
    QJsonArray held;
    for (const auto& [line, quantity] : lines) {
        held.append(
            QJsonObject{{QStringLiteral("line"), line}, {QStringLiteral("quantity"), core::formatQuantity(quantity)}});
    }
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("channel"), document.channel},
                                                      {QStringLiteral("number"), document.number},
                                                      {QStringLiteral("lines"), held}})
                                .toJson(QJsonDocument::Compact);
    boost::system::error_code error;
    const auto response = requestCentral(link.address, link.tls, "POST", "/v1/return-leases", body, timeout, error);
    LeaseOutcome outcome;
    if (!response) {
        outcome.offlineReason = unreachable(error);
    } else if (response->status == 201) {
        outcome.leaseId = QJsonDocument::fromJson(response->body).object().value(QStringLiteral("lease")).toString();
    } else if (response->status == 409) {
        outcome.refusal = core::makeError(core::ErrorCode::ExceedsReturnable, centralMessage(*response));
    } else if (response->status == 404) {
        outcome.refusal = core::makeError(core::ErrorCode::UnknownDocument, document.number);
    } else {
        outcome.offlineReason = QCoreApplication::translate("kassa::sync::ReturnLookup", "head office answered %1: %2")
                                    .arg(response->status)
                                    .arg(centralMessage(*response));
    }
    return outcome;
}

void releaseLease(const TillLinkFiles& link, const QString& leaseId, std::chrono::milliseconds timeout) {
    boost::system::error_code error;
    (void)requestCentral(link.address, link.tls, "DELETE",
                         "/v1/return-leases/" + QUrl::toPercentEncoding(leaseId).toStdString(), {}, timeout, error);
}

} // namespace kassa::sync
