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

net::awaitable<void> exchange(beast::ssl_stream<beast::tcp_stream>& stream, const CentralAddress& address,
                              http::request<http::string_body>& request, std::chrono::milliseconds timeout,
                              ClientResponse& out, boost::system::error_code& error) {
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
    if (error) {
        co_return;
    }
    co_await http::async_write(stream, request, net::redirect_error(net::use_awaitable, error));
    if (error) {
        co_return;
    }
    beast::flat_buffer buffer;
    http::response_parser<http::string_body> parser;
    parser.body_limit(64 * 1024 * 1024);
    co_await http::async_read(stream, buffer, parser, net::redirect_error(net::use_awaitable, error));
    if (error) {
        co_return;
    }
    out.status = static_cast<int>(parser.get().result_int());
    out.body = QByteArray::fromStdString(parser.get().body());
    boost::system::error_code ignored; // a peer that does not say goodbye is fine once we have the answer
    co_await stream.async_shutdown(net::redirect_error(net::use_awaitable, ignored));
}

} // namespace

std::optional<ClientResponse> requestCentral(const CentralAddress& address, const ClientTls& tls,
                                             const std::string& method, const std::string& target,
                                             const QByteArray& body, std::chrono::milliseconds timeout,
                                             boost::system::error_code& error, const std::string& bearerToken) {
    error = {};
    try {
        net::io_context io;
        ssl::context context = makeClientContext(address, tls);
        beast::ssl_stream<beast::tcp_stream> stream(io, context);
        boost::system::error_code notAnAddress;
        net::ip::make_address(address.host, notAnAddress);
        if (notAnAddress && !SSL_set_tlsext_host_name(stream.native_handle(), address.host.c_str())) {
            error = net::error::invalid_argument; // SNI only for names, never for IP addresses
            return std::nullopt;
        }
        http::request<http::string_body> request{http::string_to_verb(method), target, 11};
        request.set(http::field::host, address.host);
        request.set(http::field::user_agent, "kassa");
        request.set(http::field::content_type, "application/zstd");
        if (!bearerToken.empty()) {
            request.set(http::field::authorization, "Bearer " + bearerToken);
        }
        request.body() = body.toStdString();
        request.prepare_payload();
        ClientResponse response;
        net::co_spawn(io, exchange(stream, address, request, timeout, response, error), net::detached);
        io.run_for(timeout + std::chrono::seconds(1));
        if (!io.stopped()) {
            error = net::error::timed_out;
            return std::nullopt;
        }
        if (error) {
            return std::nullopt;
        }
        return response;
    } catch (const boost::system::system_error& failure) {
        error = failure.code(); // unusable TLS material
        return std::nullopt;
    }
}

} // namespace kassa::sync
