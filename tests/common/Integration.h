#pragma once

// An integration's request to a kassa-central process over real TLS, with a bearer token, as
// the web shop or head office's ERP makes it.

#include "common/Programs.h"
#include "sync/client/TillLink.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace kassa::testing {

// The status and the JSON body; status 0 when central could not be asked.
inline std::pair<int, QJsonObject> integrationRequest(const CentralProcess& central, const std::string& token,
                                                      const char* method, const std::string& target,
                                                      const QByteArray& body = {}) {
    QFile ca(central.dataDir() + QStringLiteral("/ca.pem"));
    if (!ca.open(QIODevice::ReadOnly)) {
        return {0, {}};
    }
    boost::system::error_code error;
    const auto response =
        sync::requestCentral(*sync::parseCentralUrl(central.url()), sync::ClientTls{ca.readAll(), {}, {}}, method,
                             target, body, std::chrono::seconds(20), error, token);
    return response ? std::pair{response->status, QJsonDocument::fromJson(response->body).object()}
                    : std::pair{0, QJsonObject{}};
}

} // namespace kassa::testing
