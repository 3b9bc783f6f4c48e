#pragma once

// HTTPS requests from a till (or kassactl) to central: TLS 1.2+ with central's CA pinned, the
// host name (or IP address) checked against central's certificate, and the till's own
// certificate when it has one. Every step has a timeout. A CentralConnection keeps its TLS
// connection open between requests and resumes its TLS session when it must connect again, so
// hundreds of tills pushing after every sale do not cost central a full handshake each. Beast
// stays inside CentralClient.cpp.

#include <QByteArray>
#include <boost/system/error_code.hpp>
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
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
    bool keepAlive = false;                   // central keeps the connection open for the next request
    std::map<QByteArray, QByteArray> headers; // by name in lower case

    // A header's value; empty when central sent none.
    [[nodiscard]] QByteArray header(const char* name) const {
        const auto found = headers.find(QByteArray(name).toLower());
        return found == headers.end() ? QByteArray() : found->second;
    }
};

// One till's connection to central, used by one thread at a time. A request on a connection
// central has closed meanwhile (idle too long, restarted) is sent once more on a new one: every
// request a till makes is safe to repeat (pushes are exactly-once in effect, reads are reads).
class CentralConnection {
public:
    CentralConnection(CentralAddress address, ClientTls tls);
    CentralConnection(const CentralConnection&) = delete;
    CentralConnection& operator=(const CentralConnection&) = delete;
    ~CentralConnection();

    // As requestCentral below, on the kept connection.
    [[nodiscard]] std::optional<ClientResponse> request(const std::string& method, const std::string& target,
                                                        const QByteArray& body, std::chrono::milliseconds timeout,
                                                        boost::system::error_code& error,
                                                        const std::string& bearerToken = {});
    // Closes the TLS connection; the next request connects again, resuming the session.
    void disconnect();
    [[nodiscard]] const CentralAddress& address() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// Sends one request on a connection of its own and waits for the answer, at most `timeout` in all. Nothing, with
// `error` set, when central could not be reached or the TLS handshake failed. `bearerToken` is for integrations, which
// have a token instead of a till certificate.
[[nodiscard]] std::optional<ClientResponse> requestCentral(const CentralAddress& address, const ClientTls& tls,
                                                           const std::string& method, const std::string& target,
                                                           const QByteArray& body, std::chrono::milliseconds timeout,
                                                           boost::system::error_code& error,
                                                           const std::string& bearerToken = {});

} // namespace kassa::sync
