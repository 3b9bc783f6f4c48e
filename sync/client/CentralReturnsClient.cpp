#include "CentralReturnsClient.h"

#include "CentralAnswers.h"
#include "ReceiptSigning.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace kassa::sync {

namespace {

std::string pathOf(const QString& channel, const QString& number) {
    const QByteArray escaped = QUrl::toPercentEncoding(number);
    return (channel == QLatin1String(core::returnChannels::kWeb) ? "/v1/orders/" : "/v1/receipts/") +
           escaped.toStdString();
}

QByteArray leaseBody(const QString& channel, const QString& number, const std::map<int, std::int64_t>& lines) {
    QJsonArray held;
    for (const auto& [line, quantity] : lines) {
        held.append(
            QJsonObject{{QStringLiteral("line"), line}, {QStringLiteral("quantity"), core::formatQuantity(quantity)}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("channel"), channel},
                                     {QStringLiteral("number"), number},
                                     {QStringLiteral("lines"), held}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

CentralReturnsClient::CentralReturnsClient(std::optional<TillLinkFiles> link, std::chrono::milliseconds timeout,
                                           bool askCentral)
    : m_link(std::move(link))
    , m_timeout(timeout)
    , m_askCentral(askCentral) {}

std::optional<QString> CentralReturnsClient::notAsked() const {
    if (m_askCentral) {
        return std::nullopt;
    }
    return QCoreApplication::translate("kassa::sync::CentralReturnsClient", "asked to decide offline");
}

core::Result<core::ReturnableDocument> CentralReturnsClient::readReceiptCode(core::TillDatabase& till,
                                                                             const QByteArray& text) {
    return sync::readReceiptCode(till, m_link, text);
}

core::CentralDocument CentralReturnsClient::soldDocument(const QString& channel, const QString& number) {
    if (const std::optional<QString> why = notAsked()) {
        core::CentralDocument none;
        none.unreachable = *why;
        return none;
    }
    return readSoldDocument(askCentral(m_link, "GET", pathOf(channel, number), {}, m_timeout));
}

core::CentralLease CentralReturnsClient::holdReturn(const QString& channel, const QString& number,
                                                    const std::map<int, std::int64_t>& lines) {
    if (const std::optional<QString> why = notAsked()) {
        core::CentralLease none;
        none.unreachable = *why;
        return none;
    }
    return readLease(askCentral(m_link, "POST", "/v1/return-leases", leaseBody(channel, number, lines), m_timeout),
                     number);
}

void CentralReturnsClient::releaseReturn(const QString& leaseId) {
    if (!notAsked()) {
        (void)askCentral(m_link, "DELETE", "/v1/return-leases/" + QUrl::toPercentEncoding(leaseId).toStdString(), {},
                         m_timeout);
    }
}

} // namespace kassa::sync
