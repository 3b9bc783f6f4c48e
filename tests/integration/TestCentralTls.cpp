// kassa-central's HTTPS server on loopback with real TLS and real certificates: a till pushes
// its sales with its enrolled certificate; clients without one, with one from another CA or
// with an expired one are refused for that reason, and the refusals are counted. Each test
// checks what it caused (counters as differences), so the tests hold in any order.

#include "common/CardSales.h"
#include "common/OpenShift.h"
#include "sync/client/CentralClient.h"
#include "sync/server/CentralServer.h"
#include "sync/server/SqliteCentralStore.h"
#include "sync/tls/Pki.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <boost/asio/connect.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <optional>
#include <sys/socket.h>
#include <thread>
#include <utility> // before Boost: Boost 1.74 uses std::exchange without including it

using namespace kassa;
using namespace std::chrono_literals;

namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

struct Answer {
    unsigned status = 0;
    QByteArray body;
};

// A blocking read gives up after a while: a server that never answers fails the test, not hangs it.
void giveUpReadingAfter(tcp::socket& socket, int seconds) {
    const timeval timeout{seconds, 0};
    setsockopt(socket.native_handle(), SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
}

// What central answers to `request` written as it is (a head alone, say), on a TLS connection
// of its own without a client certificate; nothing when it closed without answering.
std::optional<Answer> answerToRaw(std::uint16_t port, const QByteArray& caPem, const std::string& request) {
    net::io_context io;
    net::ssl::context context(net::ssl::context::tls_client);
    context.add_certificate_authority(net::buffer(caPem.constData(), static_cast<std::size_t>(caPem.size())));
    context.set_verify_mode(net::ssl::verify_peer);
    beast::ssl_stream<tcp::socket> stream(io, context);
    beast::error_code error;
    stream.next_layer().connect({net::ip::make_address("127.0.0.1"), port}, error);
    giveUpReadingAfter(stream.next_layer(), 10);
    stream.handshake(net::ssl::stream_base::client, error);
    net::write(stream, net::buffer(request), error);
    beast::flat_buffer buffer;
    http::response<http::string_body> response;
    http::read(stream, buffer, response, error);
    if (error) {
        return std::nullopt;
    }
    return Answer{response.result_int(), QByteArray::fromStdString(response.body())};
}

// GET in plain HTTP, as a Prometheus on the same machine scrapes the loopback listener.
std::optional<Answer> plainGet(std::uint16_t port, const std::string& target) {
    net::io_context io;
    tcp::socket socket(io);
    beast::error_code error;
    socket.connect({net::ip::make_address("127.0.0.1"), port}, error);
    giveUpReadingAfter(socket, 10);
    http::request<http::empty_body> request{http::verb::get, target, 11};
    request.set(http::field::host, "127.0.0.1");
    http::write(socket, request, error);
    beast::flat_buffer buffer;
    http::response<http::string_body> response;
    http::read(socket, buffer, response, error);
    if (error && error != http::error::end_of_stream) {
        return std::nullopt;
    }
    return Answer{response.result_int(), QByteArray::fromStdString(response.body())};
}

} // namespace

class TestCentralTls : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    sync::KeyAndCertificate m_ca;
    std::unique_ptr<core::TillDatabase> m_till;
    std::unique_ptr<sync::SqliteCentralStore> m_store;
    std::unique_ptr<sync::CentralService> m_service;
    std::unique_ptr<sync::CentralServer> m_server;
    sync::CentralAddress m_address;
    sync::ClientTls m_tillTls;
    std::uint16_t m_metricsPort = 0;

    sync::ClientTls enrolledTls(const sync::KeyAndCertificate& ca, int days = 825,
                                const QDateTime& issuedAt = QDateTime::currentDateTimeUtc()) {
        const sync::KeyAndRequest request = sync::createTillRequest(m_till->settings().identity().deviceId);
        const auto certificate = sync::signTillRequest(
            ca, request.requestPem,
            {QStringLiteral("001"), QStringLiteral("01"), m_till->settings().identity().deviceId}, days, issuedAt);
        return {m_ca.certificatePem, certificate.value_or(QByteArray()), request.keyPem};
    }

    std::optional<sync::ClientResponse> call(const sync::ClientTls& tls, const std::string& method,
                                             const std::string& target, const QByteArray& body,
                                             boost::system::error_code& error) {
        return sync::requestCentral(m_address, tls, method, target, body, 5s, error);
    }

    // A counter of central's /metrics, as the service has it now.
    std::int64_t metric(const QByteArray& line) {
        const QByteArray text = m_service->metrics().body;
        for (const QByteArray& row : text.split('\n')) {
            if (row.startsWith(line + ' ')) {
                return row.mid(line.size() + 1).toLongLong();
            }
        }
        return 0;
    }

    // The reason OpenSSL gives for a failed handshake or first read, as a client sees it.
    static QString tlsReason(const boost::system::error_code& error) { return QString::fromStdString(error.message()); }

    QByteArray pendingBody() {
        return sync::encodeBatch({m_till->settings().identity().deviceId, 1, m_till->outbox().pending(500, 1 << 20)});
    }

private Q_SLOTS:
    void initTestCase() {
        m_ca = sync::createCertificateAuthority(QStringLiteral("Test chain"));
        const sync::KeyAndCertificate server =
            sync::issueServerCertificate(m_ca, {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")});
        m_till = std::make_unique<core::TillDatabase>(m_dir.filePath(QStringLiteral("till")));
        m_till->initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("Test"));
        core::seedDemoCatalog(*m_till, 100);
        kassa::testing::openShiftWithoutItsFact(*m_till);
        QVERIFY(testing::ringUpCardSales(*m_till, 4));
        m_store = std::make_unique<sync::SqliteCentralStore>(m_dir.filePath(QStringLiteral("central")));
        m_store->registerTill({m_till->settings().identity().deviceId, QStringLiteral("001"), QStringLiteral("01")});
        m_service = std::make_unique<sync::CentralService>(*m_store, m_ca);
        m_server = std::make_unique<sync::CentralServer>(
            *m_service, sync::ServerTls{server.certificatePem, server.keyPem, m_ca.certificatePem}, 2);
        m_metricsPort = m_server->listenForMetrics("127.0.0.1", 0);
        m_address = {"127.0.0.1", m_server->start("127.0.0.1", 0)};
        m_tillTls = enrolledTls(m_ca);
    }

    void cleanupTestCase() { m_server->stop(); }

    void answersHealthWithoutAClientCertificate() {
        boost::system::error_code error;
        const auto response = call({m_ca.certificatePem, {}, {}}, "GET", "/healthz", {}, error);
        QVERIFY2(response, error.message().c_str());
        QCOMPARE(response->status, 200);
    }

    void anEnrolledTillPushesItsSalesExactlyOnce() {
        boost::system::error_code error;
        const auto first = call(m_tillTls, "POST", "/v1/events", pendingBody(), error);
        QVERIFY2(first, error.message().c_str());
        QCOMPARE(first->status, 200);
        QCOMPARE(QJsonDocument::fromJson(first->body).object().value(QStringLiteral("high_water_mark")).toInt(), 4);
        const auto again = call(m_tillTls, "POST", "/v1/events", pendingBody(), error);
        QCOMPARE(again->status, 200);
        QCOMPARE(QJsonDocument::fromJson(again->body).object().value(QStringLiteral("duplicates")).toInt(), 4);
        QCOMPARE(m_store->saleCount(), 4);
    }

    void refusesPushesWithoutACertificate() {
        boost::system::error_code error;
        const auto response = call({m_ca.certificatePem, {}, {}}, "POST", "/v1/events", pendingBody(), error);
        QVERIFY(response);
        QCOMPARE(response->status, 401);
    }

    void refusesACertificateFromAnotherCa() {
        const std::int64_t refusedBefore = metric(R"(kassa_central_refusals_total{reason="tls_handshake"})");
        const sync::KeyAndCertificate otherCa = sync::createCertificateAuthority(QStringLiteral("Impostor"));
        sync::ClientTls impostor = enrolledTls(otherCa);
        boost::system::error_code error;
        const auto response = call(impostor, "POST", "/v1/events", pendingBody(), error);
        QVERIFY(!response); // TLS 1.3: the server's refusal arrives on the first read
        QVERIFY2(tlsReason(error).contains(QStringLiteral("unknown ca")), qPrintable(tlsReason(error)));
        // The server counts the refusal on its own thread after sending the alert the client has
        // already read: wait for the count, however long a busy machine takes to get there.
        QTRY_COMPARE_WITH_TIMEOUT(metric(R"(kassa_central_refusals_total{reason="tls_handshake"})"), refusedBefore + 1,
                                  30000);
        QCOMPARE(m_store->saleCount(), 4);
    }

    void refusesAnExpiredCertificate() {
        // Issued two days ago for one day: expired by central's clock, no waiting needed.
        const sync::ClientTls expired = enrolledTls(m_ca, 1, QDateTime::currentDateTimeUtc().addDays(-2));
        boost::system::error_code error;
        QVERIFY(!call(expired, "POST", "/v1/events", pendingBody(), error));
        QVERIFY2(tlsReason(error).contains(QStringLiteral("certificate expired")), qPrintable(tlsReason(error)));
    }

    void tillRefusesACentralItDoesNotPin() {
        const sync::KeyAndCertificate otherCa = sync::createCertificateAuthority(QStringLiteral("Not ours"));
        sync::ClientTls pinsOther = m_tillTls;
        pinsOther.caPem = otherCa.certificatePem;
        boost::system::error_code error;
        QVERIFY(!call(pinsOther, "GET", "/healthz", {}, error));
        QVERIFY2(tlsReason(error).contains(QStringLiteral("certificate verify failed")), qPrintable(tlsReason(error)));
    }

    void refusesOversizedBodies() {
        const std::int64_t tooLargeBefore = metric(R"(kassa_central_refusals_total{reason="too_large"})");
        boost::system::error_code error;
        const auto response =
            call(m_tillTls, "POST", "/v1/events", QByteArray(sync::kMaxCompressedBodyBytes + 10, 'x'), error);
        // Central answers 413 as soon as it sees the length and closes; a client still busy
        // writing the body may see the connection reset before it reads the answer. Central's
        // count says what it did either way.
        if (response) {
            QCOMPARE(response->status, 413);
        }
        QCOMPARE(metric(R"(kassa_central_refusals_total{reason="too_large"})"), tooLargeBefore + 1);
        QCOMPARE(m_store->saleCount(), 4);
    }

    void countsWhatItTookAndRefusedInMetrics() {
        const std::int64_t noCertificateBefore = metric(R"(kassa_central_refusals_total{reason="no_certificate"})");
        const std::int64_t duplicatesBefore = metric("kassa_central_duplicates_ignored_total");
        boost::system::error_code error;
        QCOMPARE(call({m_ca.certificatePem, {}, {}}, "POST", "/v1/events", pendingBody(), error)->status, 401);
        QCOMPARE(call(m_tillTls, "POST", "/v1/events", pendingBody(), error)->status, 200);
        // On the loopback listener, without a token; on the HTTPS port, a till may not read it.
        const std::optional<Answer> metrics = plainGet(m_metricsPort, "/metrics");
        QVERIFY(metrics);
        QCOMPARE(metrics->status, 200u);
        QVERIFY2(metrics->body.contains("kassa_central_events_applied_total 4"), metrics->body.constData());
        QCOMPARE(plainGet(m_metricsPort, "/v1/sales")->status, 404u);
        QCOMPARE(call(m_tillTls, "GET", "/metrics", {}, error)->status, 401);
        QCOMPARE(metric(R"(kassa_central_refusals_total{reason="no_certificate"})"), noCertificateBefore + 1);
        QCOMPARE(metric("kassa_central_duplicates_ignored_total"), duplicatesBefore + 4);
    }

    void servesMetricsWithoutATokenOnlyOnLoopback() {
        const sync::KeyAndCertificate server = sync::issueServerCertificate(m_ca, {QStringLiteral("127.0.0.1")});
        sync::CentralServer other(*m_service,
                                  sync::ServerTls{server.certificatePem, server.keyPem, m_ca.certificatePem}, 1);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, (void)other.listenForMetrics("0.0.0.0", 0));
    }

    // The head of a 60 MB upload without a valid token is answered 401 at once, and one whose
    // token lacks the scope 403: the body was never sent, so central answered without reading it.
    void anUploadCentralWouldRefuseIsAnsweredBeforeItsBodyIsRead() {
        const std::string head = "PUT /v1/products HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 62914560\r\n";
        const std::optional<Answer> anonymous =
            answerToRaw(m_address.port, m_ca.certificatePem, head + "Authorization: Bearer kc_guess\r\n\r\n");
        QVERIFY(anonymous);
        QCOMPARE(anonymous->status, 401u);
        QCOMPARE(QJsonDocument::fromJson(anonymous->body).object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("no_token"));
        const QString reader = m_store->createToken(QStringLiteral("reader"), {QStringLiteral("sales:read")});
        const std::optional<Answer> outside = answerToRaw(
            m_address.port, m_ca.certificatePem, head + "Authorization: Bearer " + reader.toStdString() + "\r\n\r\n");
        QVERIFY(outside);
        QCOMPARE(outside->status, 403u);
        QCOMPARE(QJsonDocument::fromJson(outside->body).object().value(QStringLiteral("scope")).toString(),
                 QStringLiteral("master-data:write"));
        // A till's push without a certificate alike.
        const std::optional<Answer> noCertificate =
            answerToRaw(m_address.port, m_ca.certificatePem,
                        "POST /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1048576\r\n\r\n");
        QVERIFY(noCertificate);
        QCOMPARE(noCertificate->status, 401u);
    }

    // Beyond the cap a new connection is closed before its handshake; once one closes, the next
    // is served.
    void connectionsBeyondTheCapAreClosedAtOnce() {
        const sync::KeyAndCertificate server = sync::issueServerCertificate(m_ca, {QStringLiteral("127.0.0.1")});
        sync::CentralServer capped(*m_service,
                                   sync::ServerTls{server.certificatePem, server.keyPem, m_ca.certificatePem}, 1);
        capped.setMaxConnections(1);
        const sync::CentralAddress address{"127.0.0.1", capped.start("127.0.0.1", 0)};
        const QByteArray refusals = R"(kassa_central_refusals_total{reason="too_many_connections"})";
        const std::int64_t refusedBefore = metric(refusals);
        boost::system::error_code error;
        sync::CentralConnection kept(address, m_tillTls);
        QCOMPARE(kept.request("GET", "/healthz", {}, 5s, error)->status, 200);
        QVERIFY(!sync::requestCentral(address, m_tillTls, "GET", "/healthz", {}, 5s, error));
        QCOMPARE(metric(refusals), refusedBefore + 1);
        kept.disconnect();
        QTRY_VERIFY_WITH_TIMEOUT(sync::requestCentral(address, m_tillTls, "GET", "/healthz", {}, 5s, error), 10000);
        capped.stop();
    }

    void aTillKeepsItsConnectionAndResumesItsSession() {
        const QByteArray full = R"(kassa_central_tls_handshakes_total{kind="full"})";
        const QByteArray resumed = R"(kassa_central_tls_handshakes_total{kind="resumed"})";
        const std::int64_t fullBefore = metric(full);
        const std::int64_t resumedBefore = metric(resumed);
        sync::CentralConnection connection(m_address, m_tillTls);
        boost::system::error_code error;
        for (int i = 0; i < 5; ++i) {
            const auto health = connection.request("GET", "/healthz", {}, 5s, error);
            QVERIFY2(health && health->status == 200, error.message().c_str());
        }
        QCOMPARE(metric(full), fullBefore + 1); // five requests, one handshake
        QCOMPARE(metric(resumed), resumedBefore);

        // Connected again (central closed an idle connection, say): the session is resumed, and
        // it still names the till, so the till may push.
        connection.disconnect();
        QVERIFY(testing::ringUpCardSales(*m_till, 1));
        const auto pushed = connection.request("POST", "/v1/events", pendingBody(), 5s, error);
        QVERIFY2(pushed && pushed->status == 200, pushed ? pushed->body.constData() : error.message().c_str());
        QCOMPARE(metric(full), fullBefore + 1);
        QCOMPARE(metric(resumed), resumedBefore + 1);
    }

    void aRequestWaitingForTheDatabaseDoesNotHoldUpOtherTills() {
        // One network thread. A till's push waits behind another writer of central's database
        // (here: this test holding its write lock); meanwhile central must still answer others.
        const sync::KeyAndCertificate server = sync::issueServerCertificate(m_ca, {QStringLiteral("127.0.0.1")});
        sync::CentralServer oneThread(*m_service,
                                      sync::ServerTls{server.certificatePem, server.keyPem, m_ca.certificatePem}, 1, 4);
        const sync::CentralAddress address{"127.0.0.1", oneThread.start("127.0.0.1", 0)};
        QVERIFY(testing::ringUpCardSales(*m_till, 1));
        const std::int64_t salesBefore = m_store->saleCount();
        core::Database writer(m_dir.filePath(QStringLiteral("central/central.db")));
        auto holdsLock = std::make_unique<core::Transaction>(writer);
        const std::int64_t batchesBefore = metric("kassa_central_batches_total");
        std::optional<sync::ClientResponse> pushed;
        std::atomic<bool> pushDone{false};
        std::thread till([&] {
            boost::system::error_code error;
            pushed = sync::requestCentral(address, m_tillTls, "POST", "/v1/events", pendingBody(), 30s, error);
            pushDone = true;
        });
        // Until central has taken the push in and is waiting for the database with it.
        while (metric("kassa_central_batches_total") == batchesBefore) {
            std::this_thread::sleep_for(1ms);
        }
        boost::system::error_code error;
        const auto health =
            sync::requestCentral(address, {m_ca.certificatePem, {}, {}}, "GET", "/healthz", {}, 30s, error);
        const bool answeredWhilePushWaited = !pushDone;
        holdsLock.reset(); // the other writer is done
        till.join();
        QVERIFY2(health && health->status == 200, error.message().c_str());
        QVERIFY(answeredWhilePushWaited);
        QVERIFY(pushed && pushed->status == 200);
        QCOMPARE(m_store->saleCount(), salesBefore + 1);
        oneThread.stop();
    }
};

QTEST_GUILESS_MAIN(TestCentralTls)
#include "TestCentralTls.moc"
