#include "CentralAnswers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace kassa::sync {

namespace {

QJsonObject bodyOf(const CentralReply& reply) {
    return QJsonDocument::fromJson(reply.body).object();
}

// Why an answer is not one the till can use: central could not be asked, or answered something
// other than what the question expects.
QString whyNot(const CentralReply& reply) {
    if (reply.status == 0) {
        return reply.unreachable;
    }
    const QString message = bodyOf(reply).value(QStringLiteral("message")).toString();
    return message.isEmpty()
               ? QCoreApplication::translate("kassa::sync::CentralAnswers", "head office answered %1").arg(reply.status)
               : QCoreApplication::translate("kassa::sync::CentralAnswers", "head office answered %1: %2")
                     .arg(reply.status)
                     .arg(message);
}

QString unreadable() {
    return QCoreApplication::translate("kassa::sync::CentralAnswers", "head office's answer could not be read");
}

core::CentralLease refusedLease(core::Error refusal) {
    core::CentralLease lease;
    lease.outcome = core::CentralLease::Outcome::Refused;
    lease.refusal = std::move(refusal);
    return lease;
}

// Central's copy of a receipt or order, or nothing when it cannot be read.
std::optional<core::ReturnableDocument> returnableOf(const QJsonObject& json) {
    const auto quantity = [](const QJsonValue& value) {
        const auto parsed = core::parseQuantity(value.toString(), core::Unit::Kilograms);
        return parsed ? *parsed : 0;
    };
    const auto amount = [](const QJsonValue& value) {
        const auto parsed = core::Money::parse(value.toString());
        return parsed ? *parsed : core::Money();
    };
    core::ReturnableDocument document;
    document.channel = json.value(QStringLiteral("channel")).toString();
    document.number = json.value(QStringLiteral("number")).toString();
    document.storeId = json.value(QStringLiteral("store_id")).toString();
    document.soldAt = QDateTime::fromString(json.value(QStringLiteral("sold_at")).toString(), Qt::ISODateWithMs);
    document.source = core::DocumentSource::Central;
    if (document.number.isEmpty() || !document.soldAt.isValid()) {
        return std::nullopt;
    }
    for (const QJsonValue& value : json.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = value.toObject();
        core::ReturnableLine line;
        line.line = l.value(QStringLiteral("line")).toInt();
        line.sku = l.value(QStringLiteral("sku")).toString();
        line.name = line.sku; // the till's catalog names it
        line.quantityMilli = quantity(l.value(QStringLiteral("sold")));
        line.returnedMilli =
            quantity(l.value(QStringLiteral("returned"))) + quantity(l.value(QStringLiteral("reserved")));
        line.unitPrice = amount(l.value(QStringLiteral("unit_price")));
        line.net = amount(l.value(QStringLiteral("net")));
        line.taxCode = l.value(QStringLiteral("tax_code")).toString();
        document.lines.push_back(std::move(line));
    }
    for (const QJsonValue& value : json.value(QStringLiteral("payments")).toArray()) {
        const QJsonObject p = value.toObject();
        document.tenders.push_back(core::OriginalTender{
            p.value(QStringLiteral("kind")).toString(), amount(p.value(QStringLiteral("amount"))),
            p.value(QStringLiteral("auth_code")).toString(), p.value(QStringLiteral("masked_pan")).toString()});
    }
    return document;
}

CentralReply replyOf(const std::optional<ClientResponse>& response, const boost::system::error_code& error) {
    if (!response) {
        return {0,
                {},
                QCoreApplication::translate("kassa::sync::CentralAnswers", "head office cannot be reached (%1)")
                    .arg(QString::fromStdString(error.message()))};
    }
    return {response->status, response->body, QString()};
}

} // namespace

CentralReply askCentral(const std::optional<TillLinkFiles>& link, const std::string& method, const std::string& target,
                        const QByteArray& body, std::chrono::milliseconds timeout) {
    if (!link) {
        return {
            0,
            {},
            QCoreApplication::translate("kassa::sync::CentralAnswers", "this till is not enrolled with head office")};
    }
    boost::system::error_code error;
    return replyOf(requestCentral(link->address, link->tls, method, target, body, timeout, error), error);
}

core::CentralDocument readSoldDocument(const CentralReply& reply) {
    core::CentralDocument found;
    if (reply.status == 404) {
        found.outcome = core::CentralDocument::Outcome::Unknown;
    } else if (reply.status != 200) {
        found.unreachable = whyNot(reply);
    } else if ((found.document = returnableOf(bodyOf(reply)))) {
        found.outcome = core::CentralDocument::Outcome::Found;
    } else {
        found.unreachable = unreadable();
    }
    return found;
}

core::CentralLease readLease(const CentralReply& reply, const QString& number) {
    const QJsonObject body = bodyOf(reply);
    if (reply.status == 201) {
        core::CentralLease lease;
        lease.outcome = core::CentralLease::Outcome::Held;
        lease.leaseId = body.value(QStringLiteral("lease")).toString();
        return lease;
    }
    if (reply.status == 409 && body.value(QStringLiteral("error")) == QLatin1String("not_collected")) {
        return refusedLease(
            core::makeError(core::ErrorCode::PickupNotCollected,
                            number + QStringLiteral(" / ") + body.value(QStringLiteral("store")).toString()));
    }
    if (reply.status == 409) {
        return refusedLease(
            core::makeError(core::ErrorCode::ExceedsReturnable, body.value(QStringLiteral("message")).toString()));
    }
    if (reply.status == 404) {
        return refusedLease(core::makeError(core::ErrorCode::UnknownDocument, number));
    }
    core::CentralLease lease;
    lease.unreachable = whyNot(reply);
    return lease;
}

core::CentralVoucher readVoucher(const CentralReply& reply) {
    core::CentralVoucher voucher;
    if (reply.status == 404) {
        voucher.outcome = core::CentralVoucher::Outcome::Unknown;
        return voucher;
    }
    if (reply.status != 200) {
        voucher.why = whyNot(reply);
        return voucher;
    }
    core::Result<core::VoucherCopy> copy = core::voucherFromJson(bodyOf(reply));
    if (!copy) {
        voucher.outcome = core::CentralVoucher::Outcome::Unreadable;
        voucher.why = copy.error().detail;
        return voucher;
    }
    voucher.outcome = core::CentralVoucher::Outcome::Found;
    voucher.voucher = std::move(copy).value();
    return voucher;
}

core::CentralStock readStock(const CentralReply& reply) {
    core::CentralStock stock;
    if (reply.status != 200) {
        stock.why = whyNot(reply);
        return stock;
    }
    stock.answered = true;
    for (const QJsonValue& value : bodyOf(reply).value(QStringLiteral("stock")).toArray()) {
        const QJsonObject level = value.toObject();
        const QString location = level.value(QStringLiteral("location")).toString();
        const core::Result<std::int64_t> onHand =
            core::parseSignedQuantity(level.value(QStringLiteral("on_hand")).toString());
        if (location.isEmpty() || !onHand) {
            continue;
        }
        stock.levels.push_back({location, onHand.value(), level.value(QStringLiteral("as_of")).toString()});
    }
    return stock;
}

core::CentralHistory readHistory(const CentralReply& reply) {
    core::CentralHistory history;
    if (reply.status == 410) {
        history.outcome = core::CentralHistory::Outcome::Erased;
    } else if (reply.status == 200) {
        history.outcome = core::CentralHistory::Outcome::Found;
        history.documents = reply.body;
    } else {
        history.why = whyNot(reply);
    }
    return history;
}

CentralQuestions::CentralQuestions(QString dataDir)
    : m_dataDir(std::move(dataDir)) {}

CentralQuestions::~CentralQuestions() = default;

CentralReply CentralQuestions::ask(const std::string& method, const std::string& target, const QByteArray& body,
                                   std::chrono::milliseconds timeout) {
    std::lock_guard lock(m_mutex);
    const bool wasConnected = m_connection != nullptr;
    if (!m_connection && !connect()) {
        return askCentral(std::nullopt, method, target, body, timeout); // says the till is not enrolled
    }
    boost::system::error_code error;
    auto response = m_connection->request(method, target, body, timeout, error);
    if (!response && wasConnected) {
        // Central may have moved (central.url rewritten) since the connection was made: asked
        // once more at the address the link names now, never twice at the same one.
        const CentralAddress before = m_connection->address();
        if (connect() && (m_connection->address().host != before.host || m_connection->address().port != before.port)) {
            response = m_connection->request(method, target, body, timeout, error);
        }
    }
    if (!response || response->status == 401 || response->status == 403) {
        m_connection.reset(); // the link's files are read again for the next question
    }
    return replyOf(response, error);
}

bool CentralQuestions::connect() {
    m_connection.reset();
    const std::optional<TillLinkFiles> link = loadTillLink(m_dataDir);
    if (link) {
        m_connection = std::make_unique<CentralConnection>(link->address, link->tls);
    }
    return m_connection != nullptr;
}

std::string voucherTarget(const QString& code) {
    return "/v1/vouchers/" + QUrl::toPercentEncoding(code).toStdString();
}

std::string stockTarget(const QString& sku) {
    return "/v1/stock?limit=1000&sku=" + QUrl::toPercentEncoding(sku).toStdString();
}

std::string customerHistoryTarget(const QString& id) {
    return "/v1/customers/" + QUrl::toPercentEncoding(id).toStdString() + "/history?limit=200";
}

core::CentralVoucher requestVoucher(const std::optional<TillLinkFiles>& link, const QString& code,
                                    std::chrono::milliseconds timeout) {
    return readVoucher(askCentral(link, "GET", voucherTarget(code), {}, timeout));
}

core::CentralStock requestStock(const std::optional<TillLinkFiles>& link, const QString& sku,
                                std::chrono::milliseconds timeout) {
    return readStock(askCentral(link, "GET", stockTarget(sku), {}, timeout));
}

core::CentralHistory requestCustomerHistory(const std::optional<TillLinkFiles>& link, const QString& id,
                                            std::chrono::milliseconds timeout) {
    return readHistory(askCentral(link, "GET", customerHistoryTarget(id), {}, timeout));
}

} // namespace kassa::sync
