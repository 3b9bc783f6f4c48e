#pragma once

// kassa-central's HTTPS listener: Boost.Beast over Boost.Asio and OpenSSL, on a multi-threaded
// io_context. TLS 1.2 at least (1.3 preferred), ECDHE with AES-GCM or ChaCha20 only, and no
// plaintext listener at all. A client certificate is optional at the TLS level (integrations
// and enrollment come without one) but, when presented, must be issued by central's CA; the
// routes that need a till demand it. Each connection: a timeout on every operation, requests
// bounded in size, answers from CentralService on worker threads of their own. Beast stays inside
// CentralServer.cpp.

#include "CentralService.h"

#include <QByteArray>
#include <cstdint>
#include <memory>
#include <string>

namespace kassa::sync {

struct ServerTls {
    QByteArray certificatePem; // the server certificate (issued by central's CA)
    QByteArray keyPem;
    QByteArray caPem; // central's CA: client certificates must chain to it
};

// How many connections central holds open at once unless `serve --max-connections` says: a
// chain's tills each keep one, integrations a few. Beyond it a new connection is closed at once.
inline constexpr int kDefaultMaxConnections = 4096;

class CentralServer {
public:
    // `threads` run the network (TLS, HTTP); `workers` answer requests, which may wait for the
    // database, so a slow query for one till never stalls the others' connections.
    CentralServer(CentralService& service, ServerTls tls, int threads, int workers = 8);
    CentralServer(const CentralServer&) = delete;
    CentralServer& operator=(const CentralServer&) = delete;
    ~CentralServer();

    // At most this many connections open at once (before start()).
    void setMaxConnections(int connections);

    // Binds and starts serving; port 0 picks a free one. Returns the port. Throws
    // std::runtime_error when the address cannot be bound or the TLS material is unusable.
    std::uint16_t start(const std::string& address, std::uint16_t port);
    // Also serves GET /metrics in plain HTTP on a loopback address (before start()); port 0
    // picks a free one. Returns the port. Throws std::runtime_error for an address that is not
    // loopback or cannot be bound.
    std::uint16_t listenForMetrics(const std::string& address, std::uint16_t port);
    // Stops accepting, ends connections and joins the threads.
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace kassa::sync
