#include "CentralClient.h"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <openssl/ssl.h>

namespace kassa::sync {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = net::ssl;
using tcp = net::ip::tcp;

namespace {

net::const_buffer bufferOf(const QByteArray& bytes) {
    return net::buffer(bytes.constData(), static_cast<size_t>(bytes.size()));
}

ssl::context makeClientContext(const CentralAddress& address, const ClientTls& tls) {
    ssl::context context(ssl::context::tls_client);
    context.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                        ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);
    SSL_CTX_set_min_proto_version(context.native_handle(), TLS1_2_VERSION);
    if (tls.caPem.isEmpty()) {
        context.set_verify_mode(ssl::verify_none); // see ClientTls::caPem
        return context;
    }
    context.add_certificate_authority(bufferOf(tls.caPem)); // only central's own CA is trusted
    context.set_verify_mode(ssl::verify_peer);
    context.set_verify_callback(ssl::host_name_verification(address.host));
    if (!tls.certificatePem.isEmpty()) {
        context.use_certificate_chain(bufferOf(tls.certificatePem));
        context.use_private_key(bufferOf(tls.keyPem), ssl::context::pem);
    }
    return context;
}

using Stream = beast::ssl_stream<beast::tcp_stream>;

// Connects, with SNI for a host name (never for an IP address) and the kept TLS session offered
// for resumption.
net::awaitable<void> connect(Stream& stream, const CentralAddress& address, std::chrono::milliseconds timeout,
                             boost::system::error_code& error) {
    tcp::resolver resolver(co_await net::this_coro::executor);
    const auto endpoints = co_await resolver.async_resolve(address.host, std::to_string(address.port),
                                                           net::redirect_error(net::use_awaitable, error));
    if (error) {
        co_return;
    }
    beast::get_lowest_layer(stream).expires_after(timeout);
    co_await beast::get_lowest_layer(stream).async_connect(endpoints, net::redirect_error(net::use_awaitable, error));
    if (error) {
        co_return;
    }
    // A request goes out as TLS records for the header and the body: with Nagle's algorithm the
    // second waits for the server's delayed ACK, 40 ms a request.
    beast::get_lowest_layer(stream).socket().set_option(net::ip::tcp::no_delay(true), error);
    co_await stream.async_handshake(ssl::stream_base::client, net::redirect_error(net::use_awaitable, error));
}

net::awaitable<void> exchange(Stream& stream, beast::flat_buffer& buffer, http::request<http::string_body>& request,
                              std::chrono::milliseconds timeout, ClientResponse& out,
                              boost::system::error_code& error) {
    beast::get_lowest_layer(stream).expires_after(timeout);
    co_await http::async_write(stream, request, net::redirect_error(net::use_awaitable, error));
    if (error) {
        co_return;
    }
    http::response_parser<http::string_body> parser;
    parser.body_limit(64 * 1024 * 1024);
    co_await http::async_read(stream, buffer, parser, net::redirect_error(net::use_awaitable, error));
    if (error) {
        co_return;
    }
    out.status = static_cast<int>(parser.get().result_int());
    out.body = QByteArray::fromStdString(parser.get().body());
    out.keepAlive = parser.get().keep_alive();
    for (const auto& field : parser.get()) {
        const beast::string_view name = field.name_string();
        const beast::string_view value = field.value();
        out.headers[QByteArray(name.data(), static_cast<qsizetype>(name.size())).toLower()] =
            QByteArray(value.data(), static_cast<qsizetype>(value.size()));
    }
}

} // namespace

struct CentralConnection::Impl {
    Impl(CentralAddress address, ClientTls tls)
        : address(std::move(address))
        , tls(std::move(tls)) {}

    ~Impl() {
        close();
        SSL_SESSION_free(session);
    }

    // Drops the connection. Marked as shut down first: OpenSSL would otherwise mark the session
    // of a connection dropped without close_notify as not resumable.
    void close() {
        if (stream) {
            SSL_set_shutdown(stream->native_handle(), SSL_SENT_SHUTDOWN | SSL_RECEIVED_SHUTDOWN);
            boost::system::error_code ignored;
            beast::get_lowest_layer(*stream).socket().close(ignored);
            stream.reset();
        }
        buffer.clear();
    }

    void keepSession() {
        SSL_SESSION* latest = SSL_get1_session(stream->native_handle());
        if (latest != nullptr && SSL_SESSION_is_resumable(latest) == 1) {
            SSL_SESSION_free(session);
            session = latest;
        } else {
            SSL_SESSION_free(latest);
        }
    }

    // Runs one step on the connection's own io_context, at most `timeout` (plus a second for the
    // step's own timers to fire); a step that outlives it is cut off.
    template <typename Step>
    void runStep(Step step, std::chrono::milliseconds timeout, boost::system::error_code& error) {
        io.restart();
        net::co_spawn(io, std::move(step), net::detached);
        io.run_for(timeout + std::chrono::seconds(1));
        if (!io.stopped()) {
            boost::system::error_code ignored;
            beast::get_lowest_layer(*stream).socket().close(ignored);
            io.run(); // the step ends, aborted, before its stream goes
            close();
            error = net::error::timed_out;
        }
    }

    // A new stream, connected; false (and `error`) when central cannot be reached.
    bool open(std::chrono::milliseconds timeout, boost::system::error_code& error) {
        stream = std::make_unique<Stream>(io, *context);
        boost::system::error_code notAnAddress;
        net::ip::make_address(address.host, notAnAddress);
        if (notAnAddress && !SSL_set_tlsext_host_name(stream->native_handle(), address.host.c_str())) {
            error = net::error::invalid_argument; // SNI only for names, never for IP addresses
            close();
            return false;
        }
        if (session != nullptr) {
            SSL_set_session(stream->native_handle(), session);
        }
        runStep(connect(*stream, address, timeout, error), timeout, error);
        if (error) {
            close();
            return false;
        }
        return true;
    }

    CentralAddress address;
    ClientTls tls;
    net::io_context io;
    std::optional<ssl::context> context;
    std::unique_ptr<Stream> stream;
    beast::flat_buffer buffer;
    SSL_SESSION* session = nullptr;
};

CentralConnection::CentralConnection(CentralAddress address, ClientTls tls)
    : m_impl(std::make_unique<Impl>(std::move(address), std::move(tls))) {}

CentralConnection::~CentralConnection() = default;

const CentralAddress& CentralConnection::address() const {
    return m_impl->address;
}

void CentralConnection::disconnect() {
    m_impl->close();
}

std::optional<ClientResponse> CentralConnection::request(const std::string& method, const std::string& target,
                                                         const QByteArray& body, std::chrono::milliseconds timeout,
                                                         boost::system::error_code& error,
                                                         const std::string& bearerToken) {
    error = {};
    Impl& impl = *m_impl;
    try {
        if (!impl.context) {
            impl.context.emplace(makeClientContext(impl.address, impl.tls));
        }
    } catch (const boost::system::system_error& failure) {
        error = failure.code(); // unusable TLS material
        return std::nullopt;
    }
    http::request<http::string_body> request{http::string_to_verb(method), target, 11};
    request.set(http::field::host, impl.address.host);
    request.set(http::field::user_agent, "kassa");
    request.set(http::field::content_type, "application/zstd");
    if (!bearerToken.empty()) {
        request.set(http::field::authorization, "Bearer " + bearerToken);
    }
    request.keep_alive(true);
    request.body() = body.toStdString();
    request.prepare_payload();
    for (int attempt = 0; attempt < 2; ++attempt) {
        const bool reused = impl.stream != nullptr;
        if (!reused && !impl.open(timeout, error)) {
            return std::nullopt;
        }
        ClientResponse response;
        error = {};
        impl.runStep(exchange(*impl.stream, impl.buffer, request, timeout, response, error), timeout, error);
        if (!error) {
            impl.keepSession();
            if (!response.keepAlive) {
                impl.close();
            }
            return response;
        }
        impl.close();
        if (!reused || error == net::error::timed_out || error == beast::error::timeout) {
            return std::nullopt;
        }
        // Central closed the kept connection (idle too long, restarted): once more on a new one.
    }
    return std::nullopt;
}

std::optional<ClientResponse> requestCentral(const CentralAddress& address, const ClientTls& tls,
                                             const std::string& method, const std::string& target,
                                             const QByteArray& body, std::chrono::milliseconds timeout,
                                             boost::system::error_code& error, const std::string& bearerToken) {
    CentralConnection connection(address, tls);
    return connection.request(method, target, body, timeout, error, bearerToken);
}

} // namespace kassa::sync
