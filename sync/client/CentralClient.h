#pragma once

// One HTTPS request from a till (or kassactl) to central: TLS 1.2+ with central's CA pinned,
// the host name (or IP address) checked against central's certificate, and the till's own
// certificate when it has one. Every step has a timeout. Beast stays inside CentralClient.cpp.

#include <QByteArray>
#include <boost/system/error_code.hpp>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <utility> // before Boost: Boost 1.74 uses std::exchange without including it

namespace kassa::sync {

struct CentralAddress {
    std::string host; // a name or an IP address
    std::uint16_t port = 0;
};

struct ClientTls {
    // Central's CA, pinned at enrollment. Empty only to fetch /v1/ca while enrolling: the
    // caller then checks the CA's fingerprint against the one in the enrollment code.
    QByteArray caPem;
    QByteArray certificatePem; // the till's certificate; empty before enrollment
    QByteArray keyPem;
};

struct ClientResponse {
    int status = 0;
    QByteArray body;
};

// Sends one request and waits for the answer, at most `timeout` in all. Nothing, with `error`
// set, when central could not be reached or the TLS handshake failed. `bearerToken` is for
// integrations, which have a token instead of a till certificate.
[[nodiscard]] std::optional<ClientResponse> requestCentral(const CentralAddress& address, const ClientTls& tls,
                                                           const std::string& method, const std::string& target,
                                                           const QByteArray& body, std::chrono::milliseconds timeout,
                                                           boost::system::error_code& error,
                                                           const std::string& bearerToken = {});

} // namespace kassa::sync
