#include "CentralServer.h"

#include "HttpSupport.h"
#include "sync/tls/Pki.h"

#include <atomic>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <chrono>
#include <cstdio>
#include <limits>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <optional>
#include <stdexcept>
#include <thread>
#include <utility> // before Boost: Boost 1.74 uses std::exchange without including it
#include <vector>

namespace kassa::sync {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = net::ssl;
using tcp = net::ip::tcp;
using namespace std::chrono_literals;

namespace {

constexpr auto kHandshakeTimeout = 10s;
constexpr auto kRequestTimeout = 30s;
constexpr auto kShutdownTimeout = 5s;
constexpr std::uint64_t kMaxHeaderBytes = 16 * 1024;

ssl::context makeTlsContext(const ServerTls& tls) {
    ssl::context context(ssl::context::tls_server);
    context.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                        ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::single_dh_use);
    SSL_CTX_set_min_proto_version(context.native_handle(), TLS1_2_VERSION);
    // TLS 1.2 suites: forward secret AEAD only (TLS 1.3's suites are all of that kind).
    SSL_CTX_set_cipher_list(context.native_handle(), "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
                                                     "ECDHE-ECDSA-CHACHA20-POLY1305");
    SSL_CTX_set_options(context.native_handle(), SSL_OP_CIPHER_SERVER_PREFERENCE | SSL_OP_NO_RENEGOTIATION);
    context.use_certificate_chain(
        net::buffer(tls.certificatePem.constData(), static_cast<size_t>(tls.certificatePem.size())));
    context.use_private_key(net::buffer(tls.keyPem.constData(), static_cast<size_t>(tls.keyPem.size())),
                            ssl::context::pem);
    context.add_certificate_authority(net::buffer(tls.caPem.constData(), static_cast<size_t>(tls.caPem.size())));
    context.set_verify_mode(ssl::verify_peer); // a presented client certificate must chain to our CA
    // Tills resume their TLS sessions (session tickets) instead of a full handshake each time
    // they connect; with client certificates OpenSSL needs a session context to allow it.
    static const unsigned char kSessionContext[] = "kassa-central";
    SSL_CTX_set_session_id_context(context.native_handle(), kSessionContext, sizeof kSessionContext - 1);
    return context;
}

// The till the verified client certificate names, if the client presented one.
std::optional<TillPrincipal> peerTill(SSL* connection) {
    X509* certificate = SSL_get1_peer_certificate(connection);
    if (certificate == nullptr || SSL_get_verify_result(connection) != X509_V_OK) {
        X509_free(certificate);
        return std::nullopt;
    }
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, certificate);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    const QByteArray pem(data, static_cast<qsizetype>(size));
    BIO_free(bio);
    X509_free(certificate);
    const std::optional<TillCertificateSubject> subject = tillSubjectOf(pem);
    if (!subject) {
        return std::nullopt;
    }
    return TillPrincipal{subject->deviceId, subject->storeId, subject->tillId, certificateFingerprint(pem)};
}

http::response<http::string_body> toBeast(const HttpResponse& response, unsigned version, bool keepAlive) {
    http::response<http::string_body> out{static_cast<http::status>(response.status), version};
    out.set(http::field::server, "kassa-central");
    out.set(http::field::content_type, response.contentType.toStdString());
    if (response.retryAfterSeconds > 0) {
        out.set(http::field::retry_after, std::to_string(response.retryAfterSeconds));
    }
    for (const auto& [name, value] : response.headers) {
        out.set(name.toStdString(), value.toStdString());
    }
    out.keep_alive(keepAlive);
    out.body() = response.body.toStdString();
    out.prepare_payload();
    return out;
}

} // namespace

struct CentralServer::Impl {
    Impl(CentralService& service, const ServerTls& tls, int threads, int workers)
        : service(service)
        , tlsContext(makeTlsContext(tls))
        , io(threads)
        , acceptor(io)
        , threadCount(threads)
        , work(static_cast<std::size_t>(workers)) {}

    // The service reports what it expects as responses; anything else (a storage failure it
    // did not foresee) is a 500 for this request, logged, and central keeps serving. The log
    // names the route, never its query or path parameters (a customer's id, a voucher's code).
    HttpResponse answerSafely(const HttpRequest& request, const std::optional<TillPrincipal>& till,
                              const std::optional<Admission>& admission) {
        try {
            return admission ? service.handle(request, till, *admission) : service.handle(request, till);
        } catch (const std::exception& error) {
            service.countRefusal("internal");
            std::fprintf(stderr, "kassa-central: internal error on %s %s: %s\n", request.method.constData(),
                         service.routeOf(request).constData(),
                         qPrintable(redactedForLog(QString::fromUtf8(error.what()))));
            return {500, "application/json",
                    R"({"error":"internal","message":"central could not answer this request: see its log"})"};
        }
    }

    // Answered on the worker threads: admitting may read the database (a token, a revocation).
    net::awaitable<Admission> admitOnWorkers(const HttpRequest& head, const std::optional<TillPrincipal>& till) {
        co_return co_await net::co_spawn(
            work, [this, &head, &till]() -> net::awaitable<Admission> { co_return service.admit(head, till); },
            net::use_awaitable);
    }

    net::awaitable<void> session(beast::ssl_stream<beast::tcp_stream> stream, QString peer) {
        beast::error_code error;
        beast::get_lowest_layer(stream).expires_after(kHandshakeTimeout);
        co_await stream.async_handshake(ssl::stream_base::server, net::redirect_error(net::use_awaitable, error));
        if (error) {
            // No certificate from our CA, an old protocol, a scanner: nothing reached the service.
            service.countRefusal("tls_handshake");
            co_return;
        }
        service.countHandshake(SSL_session_reused(stream.native_handle()) == 1);
        const std::optional<TillPrincipal> till = peerTill(stream.native_handle());
        beast::flat_buffer buffer;
        for (;;) {
            http::request_parser<http::string_body> parser;
            parser.header_limit(kMaxHeaderBytes);
            // The body's limit is set once the head is admitted: Beast would refuse a large
            // Content-Length as it reads the head, before anyone asked who sends it.
            parser.body_limit(std::numeric_limits<std::uint64_t>::max());
            beast::get_lowest_layer(stream).expires_after(kRequestTimeout);
            co_await http::async_read_header(stream, buffer, parser, net::redirect_error(net::use_awaitable, error));
            std::optional<Admission> admission;
            if (!error && !parser.is_done()) {
                // A body follows: whoever may not call the route is answered before a byte of it
                // is read, so an unauthenticated upload costs central nothing.
                const auto& head = parser.get();
                const HttpRequest headOnly{QByteArray::fromStdString(std::string(head.method_string())),
                                           QByteArray::fromStdString(std::string(head.target())),
                                           {},
                                           QByteArray::fromStdString(std::string(head[http::field::authorization])),
                                           peer};
                admission = co_await admitOnWorkers(headOnly, till);
                if (admission->refusal) {
                    auto response = toBeast(*admission->refusal, head.version(), false);
                    co_await http::async_write(stream, response, net::redirect_error(net::use_awaitable, error));
                    break;
                }
                // Integrations put master data in large uploads; everything else is small.
                const auto limit = static_cast<std::uint64_t>(
                    head.method() == http::verb::put ? kMaxMasterDataBodyBytes : kMaxCompressedBodyBytes);
                parser.body_limit(limit); // a chunked body, counted as it comes
                if (parser.content_length().value_or(0) > limit) {
                    error = http::error::body_limit;
                } else {
                    if (beast::iequals(head[http::field::expect], "100-continue")) {
                        http::response<http::empty_body> goOn{http::status::continue_, head.version()};
                        co_await http::async_write(stream, goOn, net::redirect_error(net::use_awaitable, error));
                    }
                    co_await http::async_read(stream, buffer, parser, net::redirect_error(net::use_awaitable, error));
                }
            }
            if (error == http::error::body_limit || error == http::error::header_limit) {
                service.countRefusal("too_large");
                HttpResponse tooLarge{413, "application/json",
                                      R"({"error":"too_large","message":"the request is larger than allowed"})"};
                auto response = toBeast(tooLarge, 11, false);
                co_await http::async_write(stream, response, net::redirect_error(net::use_awaitable, error));
                break;
            }
            if (error) {
                break; // the client went away, timed out, or sent something that is not HTTP
            }
            const http::request<http::string_body>& request = parser.get();
            const HttpRequest ours{QByteArray::fromStdString(std::string(request.method_string())),
                                   QByteArray::fromStdString(std::string(request.target())),
                                   QByteArray::fromStdString(request.body()),
                                   QByteArray::fromStdString(std::string(request[http::field::authorization])), peer};
            // The answer is worked out on the worker threads: a request waiting for the
            // database never holds up the network threads that serve every other till.
            const HttpResponse answer = co_await net::co_spawn(
                work,
                [this, &ours, &till, &admission]() -> net::awaitable<HttpResponse> {
                    co_return answerSafely(ours, till, admission);
                },
                net::use_awaitable);
            auto response = toBeast(answer, request.version(), request.keep_alive());
            co_await http::async_write(stream, response, net::redirect_error(net::use_awaitable, error));
            if (error || !response.keep_alive()) {
                break;
            }
        }
        beast::get_lowest_layer(stream).expires_after(kShutdownTimeout);
        co_await stream.async_shutdown(net::redirect_error(net::use_awaitable, error));
        // stream_truncated and timeouts here only mean the client did not say goodbye.
    }

    net::awaitable<void> accept() {
        for (;;) {
            beast::error_code error;
            tcp::socket socket =
                co_await acceptor.async_accept(net::make_strand(io), net::redirect_error(net::use_awaitable, error));
            if (error) {
                if (!acceptor.is_open()) {
                    co_return; // stopping
                }
                continue;
            }
            if (openConnections.load() >= maxConnections) {
                // Closed before its TLS handshake costs anything: the client tries again later.
                service.countRefusal("too_many_connections");
                socket.close(error);
                continue;
            }
            // Responses go out as header and body records: without this, Nagle's algorithm holds
            // the body for the client's delayed ACK.
            socket.set_option(tcp::no_delay(true), error);
            const auto remote = socket.remote_endpoint(error);
            QString peer = error ? QString() : QString::fromStdString(remote.address().to_string());
            beast::ssl_stream<beast::tcp_stream> stream(std::move(socket), tlsContext);
            const auto executor = stream.get_executor();
            ++openConnections;
            net::co_spawn(executor, session(std::move(stream), std::move(peer)),
                          [this](const std::exception_ptr&) { --openConnections; });
        }
    }

    // The loopback listener of `serve --metrics-listen`: plain HTTP, GET /metrics only, for the
    // Prometheus on the same machine, as exporters are usually scraped.
    net::awaitable<void> metricsSession(beast::tcp_stream stream) {
        beast::error_code error;
        beast::flat_buffer buffer;
        http::request_parser<http::empty_body> parser;
        parser.header_limit(kMaxHeaderBytes);
        stream.expires_after(kRequestTimeout);
        co_await http::async_read(stream, buffer, parser, net::redirect_error(net::use_awaitable, error));
        if (error) {
            co_return;
        }
        const auto& request = parser.get();
        HttpResponse answer{404, "text/plain", "only GET /metrics is served here\n"};
        if (request.method() == http::verb::get && request.target() == "/metrics") {
            answer = co_await net::co_spawn(
                work, [this]() -> net::awaitable<HttpResponse> { co_return service.metrics(); }, net::use_awaitable);
        }
        auto response = toBeast(answer, request.version(), false);
        co_await http::async_write(stream, response, net::redirect_error(net::use_awaitable, error));
        stream.socket().shutdown(tcp::socket::shutdown_send, error);
    }

    net::awaitable<void> acceptMetrics() {
        for (;;) {
            beast::error_code error;
            tcp::socket socket = co_await metricsAcceptor.async_accept(net::make_strand(io),
                                                                       net::redirect_error(net::use_awaitable, error));
            if (error) {
                if (!metricsAcceptor.is_open()) {
                    co_return;
                }
                continue;
            }
            beast::tcp_stream stream(std::move(socket));
            const auto executor = stream.get_executor();
            net::co_spawn(executor, metricsSession(std::move(stream)), net::detached);
        }
    }

    CentralService& service;
    ssl::context tlsContext;
    net::io_context io;
    tcp::acceptor acceptor;
    tcp::acceptor metricsAcceptor{io};
    int threadCount;
    int maxConnections = kDefaultMaxConnections;
    std::atomic<int> openConnections{0};
    std::vector<std::thread> threads;
    net::thread_pool work; // where requests are answered (CentralService, the store)
};

CentralServer::CentralServer(CentralService& service, ServerTls tls, int threads, int workers) {
    try {
        m_impl = std::make_unique<Impl>(service, tls, std::max(threads, 1), std::max(workers, 1));
    } catch (const boost::system::system_error& error) {
        throw std::runtime_error(std::string("the server's TLS certificate or key cannot be used: ") + error.what());
    }
}

CentralServer::~CentralServer() {
    stop();
}

void CentralServer::setMaxConnections(int connections) {
    m_impl->maxConnections = std::max(connections, 1);
}

namespace {

void bindAndListen(tcp::acceptor& acceptor, const std::string& address, std::uint16_t port) {
    try {
        const tcp::endpoint endpoint(net::ip::make_address(address), port);
        acceptor.open(endpoint.protocol());
        acceptor.set_option(net::socket_base::reuse_address(true));
        acceptor.bind(endpoint);
        acceptor.listen(net::socket_base::max_listen_connections);
    } catch (const boost::system::system_error& error) {
        throw std::runtime_error("cannot listen on " + address + ":" + std::to_string(port) + ": " + error.what());
    }
}

} // namespace

std::uint16_t CentralServer::listenForMetrics(const std::string& address, std::uint16_t port) {
    boost::system::error_code error;
    const net::ip::address ip = net::ip::make_address(address, error);
    if (error || !ip.is_loopback()) {
        throw std::runtime_error("--metrics-listen takes a loopback address (127.0.0.1 or ::1), not " + address +
                                 ": elsewhere /metrics is served on the HTTPS port to a token with reports:read");
    }
    bindAndListen(m_impl->metricsAcceptor, address, port);
    net::co_spawn(m_impl->io, m_impl->acceptMetrics(), net::detached);
    return m_impl->metricsAcceptor.local_endpoint().port();
}

std::uint16_t CentralServer::start(const std::string& address, std::uint16_t port) {
    bindAndListen(m_impl->acceptor, address, port);
    net::co_spawn(m_impl->io, m_impl->accept(), net::detached);
    for (int i = 0; i < m_impl->threadCount; ++i) {
        m_impl->threads.emplace_back([this] { m_impl->io.run(); });
    }
    return m_impl->acceptor.local_endpoint().port();
}

void CentralServer::stop() {
    if (!m_impl || m_impl->threads.empty()) {
        return;
    }
    net::post(m_impl->io, [this] {
        beast::error_code ignored;
        m_impl->acceptor.close(ignored);
        m_impl->metricsAcceptor.close(ignored);
    });
    m_impl->io.stop();
    for (std::thread& thread : m_impl->threads) {
        thread.join();
    }
    m_impl->threads.clear();
    m_impl->work.join(); // requests being answered finish; nothing new reaches the service
}

} // namespace kassa::sync
