// The master-data page codec: what central sends round-trips, and the till's decoder refuses
// anything malformed, out of order or beyond central's own head.

#include "sync/protocol/ChangeFeed.h"
#include "sync/protocol/EventBatch.h"

#include <QTest>

using namespace kassa;

namespace {

sync::StoredChange stored(std::int64_t number, const char* item, bool removed = false) {
    return sync::StoredChange{number, QStringLiteral("products"), QByteArray(item), removed};
}

std::optional<core::ChangePage> decode(const QByteArray& body) {
    boost::system::error_code error;
    auto page = sync::decodeChangePage(body, error);
    if (!page && error != sync::ProtocolError::MalformedBody) {
        qFatal("unexpected error %s", error.message().c_str());
    }
    return page;
}

} // namespace

class TestChangeFeed : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrips() {
        const auto page = decode(sync::encodeChangePage(
            QStringLiteral("ab12"), 9,
            {stored(3, "{\"sku\":\"A\",\"name\":\"Äes\"}"), stored(9, "{\"sku\":\"B\"}", true)}));
        QVERIFY(page);
        QCOMPARE(page->generation, QStringLiteral("ab12"));
        QCOMPARE(page->head, 9);
        QCOMPARE(page->changes.size(), size_t(2));
        QCOMPARE(page->changes[0].item.value(QStringLiteral("name")).toString(), QStringLiteral("Äes"));
        QVERIFY(!page->changes[0].removed);
        QVERIFY(page->changes[1].removed);
        QVERIFY(decode(sync::encodeChangePage(QStringLiteral("ab12"), 0, {}))->changes.empty());
    }

    void refusesWhatCentralWouldNeverSend() {
        QVERIFY(!decode("not zstd"));
        QVERIFY(!decode(sync::compress("[1,2,3]")));
        QVERIFY(!decode(sync::compress("{\"generation\":\"g\",\"head\":-1,\"changes\":[]}")));
        // Out of order, beyond the head, an item that is not an object.
        QVERIFY(!decode(sync::encodeChangePage(QStringLiteral("g"), 9, {stored(5, "{}"), stored(4, "{}")})));
        QVERIFY(!decode(sync::encodeChangePage(QStringLiteral("g"), 3, {stored(5, "{}")})));
        QVERIFY(!decode(sync::encodeChangePage(QStringLiteral("g"), 9, {stored(5, "\"text\"")})));
        // Larger than a till inflates.
        QVERIFY(!decode(sync::compress(QByteArray(sync::kMaxChangePageBytes + 1, ' '))));
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "TestChangeFeed.moc"
