#include "common/OpenShift.h"
#include "core/store/DemoCatalog.h"
#include "core/till/Checkout.h"
#include "sync/protocol/EventBatch.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;

namespace {

QString sha256(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

core::OutboxEvent outboxEvent(std::int64_t seq, const QByteArray& payload) {
    return core::OutboxEvent{seq,
                             1,
                             QStringLiteral("doc-%1").arg(seq),
                             QStringLiteral("sale.completed"),
                             core::kSaleSchemaVersion,
                             payload,
                             sha256(payload),
                             QStringLiteral("2026-11-24T12:00:00Z"),
                             QString()};
}

// A batch written by hand, for the shapes a well-behaved encoder never makes.
QByteArray handMade(const QJsonObject& root) {
    return sync::compress(QJsonDocument(root).toJson());
}

QJsonObject eventJson(std::int64_t seq, const QByteArray& payload) {
    return {{QStringLiteral("seq"), static_cast<qint64>(seq)},
            {QStringLiteral("document_id"), QStringLiteral("doc-%1").arg(seq)},
            {QStringLiteral("kind"), QStringLiteral("sale.completed")},
            {QStringLiteral("schema_version"), core::kSaleSchemaVersion},
            {QStringLiteral("payload"), QString::fromUtf8(payload)},
            {QStringLiteral("payload_hash"), sha256(payload)}};
}

} // namespace

class TestEventBatch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTripsRealSalesByteForByte() {
        QTemporaryDir dir;
        core::TillDatabase till(dir.path());
        till.initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("Test"));
        core::seedDemoCatalog(till, 100);
        kassa::testing::openShiftWithoutItsFact(till);
        core::SimulatedPaymentTerminal terminal;
        core::Checkout checkout(till, terminal);
        QVERIFY(checkout.login(QStringLiteral("1001"), u"1234").ok());
        for (int i = 0; i < 3; ++i) {
            QVERIFY(checkout.scan(core::demoGtin(i)).ok());
            QVERIFY(checkout.startPayment().ok());
            QVERIFY(checkout.payCash(core::Money(10000)).ok());
            QVERIFY(checkout.complete().ok());
        }
        sync::EventBatch batch{till.settings().identity().deviceId, 1, till.outbox().pending(500, 1 << 20)};
        const QByteArray body = sync::encodeBatch(batch);
        boost::system::error_code error;
        const auto decoded = sync::decodeBatch(body, error);
        QVERIFY2(decoded, error.message().c_str());
        QCOMPARE(decoded->deviceId, batch.deviceId);
        QCOMPARE(decoded->events.size(), std::size_t(3));
        for (std::size_t i = 0; i < 3; ++i) {
            QCOMPARE(decoded->events[i].payload, batch.events[i].payload);
            QCOMPARE(decoded->events[i].chainHash, batch.events[i].chainHash);
            QCOMPARE(decoded->events[i].seq, batch.events[i].seq);
        }
    }

    void escapesWhatJsonStringsMustEscape() {
        // Payloads are JSON already, but the encoder must not trust that: quotes, backslashes,
        // control characters and non-ASCII text all come back byte for byte.
        const QByteArray payload =
            QStringLiteral("{\"name\":\"Kahvi \\\"Juhla\\\" \\\\ \u00e4\u20ac\",\"x\":\"\t\n\u0001\"}").toUtf8();
        core::OutboxEvent event;
        event.seq = 1;
        event.epoch = 1;
        event.documentId = QStringLiteral("0190f0e0-0000-7000-8000-000000000001");
        event.kind = QStringLiteral("sale.completed");
        event.schemaVersion = core::kSaleSchemaVersion;
        event.payload = payload;
        event.payloadHash = sha256(payload);
        event.createdAt = QStringLiteral("2026-11-25T10:00:00.000Z");
        boost::system::error_code error;
        const auto decoded = sync::decodeBatch(sync::encodeBatch({QStringLiteral("dev\"ice"), 2, {event}}), error);
        QVERIFY2(decoded, error.message().c_str());
        QCOMPARE(decoded->deviceId, QStringLiteral("dev\"ice"));
        QCOMPARE(decoded->epoch, 2);
        QCOMPARE(decoded->events.front().payload, payload);
    }

    void compressesWell() {
        QByteArray payload;
        for (int i = 0; i < 200; ++i) {
            payload += R"({"name":"Valio kevytmaito 1 l","price":109},)";
        }
        sync::EventBatch batch{QStringLiteral("dev"), 1, {outboxEvent(1, payload)}};
        QVERIFY(sync::encodeBatch(batch).size() < payload.size() / 5);
    }

    void refusesWhatIsNotABatch_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expected");
        const int malformed = int(sync::ProtocolError::MalformedBody);
        const QByteArray good = R"({"a":1})";
        QTest::newRow("empty") << QByteArray() << malformed;
        QTest::newRow("plain json") << QByteArray(R"({"device_id":"d","epoch":1,"events":[]})") << malformed;
        QTest::newRow("zstd of junk") << sync::compress("\x01\x02 not json") << malformed;
        QByteArray truncated = sync::encodeBatch({QStringLiteral("d"), 1, {outboxEvent(1, good)}});
        truncated.chop(3);
        QTest::newRow("truncated") << truncated << malformed;
        QTest::newRow("trailing junk") << sync::encodeBatch({QStringLiteral("d"), 1, {outboxEvent(1, good)}}) + "junk"
                                       << malformed;
        QTest::newRow("no device") << handMade({{QStringLiteral("epoch"), 1}, {QStringLiteral("events"), QJsonArray()}})
                                   << malformed;
        QTest::newRow("epoch zero") << handMade({{QStringLiteral("device_id"), QStringLiteral("d")},
                                                 {QStringLiteral("epoch"), 0},
                                                 {QStringLiteral("events"), QJsonArray()}})
                                    << malformed;
        QJsonObject noSeq = eventJson(1, good);
        noSeq.remove(QStringLiteral("seq"));
        QTest::newRow("event without seq") << handMade({{QStringLiteral("device_id"), QStringLiteral("d")},
                                                        {QStringLiteral("epoch"), 1},
                                                        {QStringLiteral("events"), QJsonArray{noSeq}}})
                                           << malformed;
        QJsonObject badHash = eventJson(1, good);
        badHash.insert(QStringLiteral("payload_hash"), sha256("something else"));
        QTest::newRow("payload hash") << handMade({{QStringLiteral("device_id"), QStringLiteral("d")},
                                                   {QStringLiteral("epoch"), 1},
                                                   {QStringLiteral("events"), QJsonArray{badHash}}})
                                      << int(sync::ProtocolError::PayloadHashMismatch);
        QJsonObject noSchema = eventJson(1, good);
        noSchema.insert(QStringLiteral("schema_version"), 0);
        QTest::newRow("schema version 0") << handMade({{QStringLiteral("device_id"), QStringLiteral("d")},
                                                       {QStringLiteral("epoch"), 1},
                                                       {QStringLiteral("events"), QJsonArray{noSchema}}})
                                          << malformed;
        QTest::newRow("gap inside batch")
            << handMade({{QStringLiteral("device_id"), QStringLiteral("d")},
                         {QStringLiteral("epoch"), 1},
                         {QStringLiteral("events"), QJsonArray{eventJson(1, good), eventJson(3, good)}}})
            << int(sync::ProtocolError::EventsOutOfOrder);
        QJsonArray many;
        for (int i = 1; i <= sync::kMaxBatchEvents + 1; ++i) {
            many.append(eventJson(i, good));
        }
        QTest::newRow("too many events") << handMade({{QStringLiteral("device_id"), QStringLiteral("d")},
                                                      {QStringLiteral("epoch"), 1},
                                                      {QStringLiteral("events"), many}})
                                         << int(sync::ProtocolError::TooManyEvents);
        QTest::newRow("too large") << QByteArray(sync::kMaxCompressedBodyBytes + 1, 'x')
                                   << int(sync::ProtocolError::BodyTooLarge);
        // 64 MiB of zeros compress to a few kilobytes: refused while inflating, not after.
        QTest::newRow("decompression bomb") << sync::compress(QByteArray(64 << 20, '\0')) << malformed;
    }
    void refusesWhatIsNotABatch() {
        QFETCH(QByteArray, body);
        QFETCH(int, expected);
        boost::system::error_code error;
        QVERIFY(!sync::decodeBatch(body, error));
        QCOMPARE(error.value(), expected);
        QCOMPARE(std::string(error.category().name()), std::string("kassa.sync"));
        QVERIFY(!error.message().empty());
    }
};

QTEST_GUILESS_MAIN(TestEventBatch)
#include "TestEventBatch.moc"
