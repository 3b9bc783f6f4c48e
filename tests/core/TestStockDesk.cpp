// The store's stock operations at the till: what is checked before anything is recorded, and
// what is recorded (the operation, its movements, its fact for central).

#include "common/Refusal.h"
#include "core/store/DemoCatalog.h"
#include "core/store/MasterDataFeeds.h"
#include "core/till/StockDesk.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa::core;
using kassa::testing::why;

namespace {

StockRequest request(StockOperationKind kind, std::vector<StockItem> items) {
    StockRequest r;
    r.kind = kind;
    r.items = std::move(items);
    return r;
}

} // namespace

class TestStockDesk : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TillDatabase> m_till;
    std::unique_ptr<StockDesk> m_desk;
    QDateTime m_now{QDate(2026, 11, 24), QTime(10, 30), Qt::UTC};
    QString m_coffee;

    // A delivery as central's feed brings it.
    void feedDelivery(const QString& number, const QString& store, const QJsonArray& lines) {
        const FeedChange change{1, QString::fromLatin1(feeds::kDeliveries),
                                QJsonObject{{QStringLiteral("delivery"), number},
                                            {QStringLiteral("store"), store},
                                            {QStringLiteral("lines"), lines}},
                                false};
        findMasterDataFeed(change.feed)->apply(m_till->db(), change, FeedTarget::Live);
    }

    static QJsonObject deliveryLine(const QString& sku, const char* quantity) {
        return QJsonObject{{QStringLiteral("sku"), sku}, {QStringLiteral("quantity"), QString::fromLatin1(quantity)}};
    }

    std::int64_t outboxDepth() { return static_cast<std::int64_t>(m_till->outbox().pending(100000, 1 << 30).size()); }

private Q_SLOTS:
    void init() {
        m_till = std::make_unique<TillDatabase>(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())));
        m_till->initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("Test"));
        seedDemoCatalog(*m_till, 200);
        // Stores 002 and 003 have enrolled tills: their certificates came in central's feed.
        for (const char* store : {"002", "003"}) {
            Query fed = m_till->db().prepare("INSERT INTO till_certificates (fingerprint, store_id, till_id, pem, "
                                             "revoked) VALUES (?1, ?2, '01', 'pem', 0)");
            fed->bind(1, QStringLiteral("f%1").arg(QString::fromLatin1(store)))
                .bind(2, QString::fromLatin1(store))
                .run();
        }
        m_desk = std::make_unique<StockDesk>(*m_till,
                                             Operator{QStringLiteral("1001"), QStringLiteral("Maija"), Role::Cashier},
                                             [this] { return m_now; });
        m_coffee = m_till->catalog().byGtin(normalizeGtin(demoGtin(5)).value())->sku;
    }

    void receivesByBarcodeOrSkuAndRecordsTheFact() {
        StockRequest received =
            request(StockOperationKind::Received, {{demoGtin(5), 12 * kQuantityOne}, {m_coffee, 3 * kQuantityOne}});
        received.delivery = QStringLiteral("D-1001");
        feedDelivery(received.delivery, QStringLiteral("001"), {deliveryLine(m_coffee, "15")});
        const std::int64_t before = outboxDepth();
        auto done = m_desk->record(received);
        QVERIFY2(done.ok(), why(done).constData());
        QCOMPARE(done->number, QStringLiteral("ST-001-01-000001"));
        QCOMPARE(done->lines.size(), std::size_t(2));
        QCOMPARE(done->lines.front().sku, m_coffee);
        QCOMPARE(outboxDepth(), before + 1);
        QCOMPARE(m_till->outbox().pending(10, 1 << 20).back().kind, QStringLiteral("stock.received"));
        QCOMPARE(m_till->stock().itemLedger(m_coffee).receivedMilli, 15 * kQuantityOne);
        // The same delivery again is refused, and nothing is recorded.
        QCOMPARE(m_desk->record(received).error().code, ErrorCode::AlreadyReceived);
        QCOMPARE(outboxDepth(), before + 1);
    }

    void receivesAWholeDeliveryAsCentralSentIt() {
        const QString tea = m_till->catalog().byGtin(normalizeGtin(demoGtin(6)).value())->sku;
        feedDelivery(QStringLiteral("D-2001"), QStringLiteral("001"),
                     {deliveryLine(m_coffee, "24"), deliveryLine(tea, "6")});
        // Another store's delivery reaches every till but stays with its own store.
        feedDelivery(QStringLiteral("D-2002"), QStringLiteral("002"), {deliveryLine(m_coffee, "1")});
        QCOMPARE(m_till->stock().openDeliveries().size(), std::size_t(1));
        QVERIFY(!m_till->stock().delivery(QStringLiteral("D-2002")));

        StockRequest all = request(StockOperationKind::Received, {});
        all.delivery = QStringLiteral("D-2001");
        auto done = m_desk->record(all);
        QVERIFY2(done.ok(), why(done).constData());
        QCOMPARE(done->lines.size(), std::size_t(2));
        QCOMPARE(m_till->stock().itemLedger(m_coffee).receivedMilli, 24 * kQuantityOne);
        QCOMPARE(m_till->stock().itemLedger(tea).receivedMilli, 6 * kQuantityOne);
        QVERIFY(m_till->stock().openDeliveries().empty());
    }

    void refusesGoodsAgainstADeliveryThatDoesNotBringThem() {
        feedDelivery(QStringLiteral("D-3001"), QStringLiteral("001"), {deliveryLine(m_coffee, "24")});
        const std::int64_t before = outboxDepth();
        StockRequest other = request(StockOperationKind::Received, {{demoGtin(6), kQuantityOne}});
        other.delivery = QStringLiteral("D-3001");
        QCOMPARE(m_desk->record(other).error().code, ErrorCode::NotOnDelivery);
        // A delivery central never sent to this store (here: another store's) is not received here.
        feedDelivery(QStringLiteral("D-3002"), QStringLiteral("002"), {deliveryLine(m_coffee, "1")});
        StockRequest unknown = request(StockOperationKind::Received, {{m_coffee, kQuantityOne}});
        unknown.delivery = QStringLiteral("D-3002");
        QCOMPARE(m_desk->record(unknown).error().code, ErrorCode::UnknownDelivery);
        QCOMPARE(outboxDepth(), before);
        // More than the delivery says is accepted: the goods are physically here.
        StockRequest more = request(StockOperationKind::Received, {{m_coffee, 30 * kQuantityOne}});
        more.delivery = QStringLiteral("D-3001");
        QVERIFY(m_desk->record(more).ok());
    }

    void refusesWhatCannotBeRightAndRecordsNothing() {
        const std::int64_t before = outboxDepth();
        QCOMPARE(
            m_desk->record(request(StockOperationKind::Received, {{QStringLiteral("NO-SUCH"), 1000}})).error().code,
            ErrorCode::UnknownProduct);
        QCOMPARE(m_desk->record(request(StockOperationKind::Received, {{m_coffee, 0}})).error().code,
                 ErrorCode::InvalidQuantity);
        QCOMPARE(m_desk->record(request(StockOperationKind::Counted, {{m_coffee, -1000}})).error().code,
                 ErrorCode::InvalidQuantity);
        QCOMPARE(m_desk->record(request(StockOperationKind::Counted, {{m_coffee, 5'000'000'000}})).error().code,
                 ErrorCode::QuantityTooLarge);
        QCOMPARE(m_desk->record(request(StockOperationKind::Received, {})).error().code, ErrorCode::MissingStockDetail);
        StockRequest adjusted = request(StockOperationKind::Adjusted, {{m_coffee, 1000}});
        adjusted.reason = QStringLiteral("stolen");
        QCOMPARE(m_desk->record(adjusted).error().code, ErrorCode::MissingStockDetail);
        StockRequest future = request(StockOperationKind::Counted, {{m_coffee, 1000}});
        future.countedAt = m_now.addDays(1);
        QCOMPARE(m_desk->record(future).error().code, ErrorCode::MissingStockDetail);
        QCOMPARE(outboxDepth(), before);
    }

    void transfersGoOnlyToStoresThatExistAndArriveOnce() {
        StockRequest out = request(StockOperationKind::TransferredOut, {{m_coffee, 4 * kQuantityOne}});
        out.otherStore = QStringLiteral("099");
        QCOMPARE(m_desk->record(out).error().code, ErrorCode::UnknownStore);
        out.otherStore = QStringLiteral("001"); // itself
        QCOMPARE(m_desk->record(out).error().code, ErrorCode::UnknownStore);
        out.otherStore = QString();
        QCOMPARE(m_desk->record(out).error().code, ErrorCode::MissingStockDetail);
        out.otherStore = QStringLiteral("002");
        auto sent = m_desk->record(out);
        QVERIFY2(sent.ok(), why(sent).constData());
        QCOMPARE(m_till->stock().itemLedger(m_coffee).transferredMilli, -4 * kQuantityOne);

        // A transfer from store 003 arrives: its number says where from; only once.
        StockRequest in = request(StockOperationKind::TransferredIn, {{m_coffee, 2 * kQuantityOne}});
        QCOMPARE(m_desk->record(in).error().code, ErrorCode::MissingStockDetail);
        in.transfer = QStringLiteral("ST-003-02-000017");
        in.otherStore = QStringLiteral("002");
        QCOMPARE(m_desk->record(in).error().code, ErrorCode::UnknownStore); // not where it came from
        in.otherStore.clear();
        auto arrived = m_desk->record(in);
        QVERIFY2(arrived.ok(), why(arrived).constData());
        QCOMPARE(arrived->otherStore, QStringLiteral("003"));
        QCOMPARE(m_desk->record(in).error().code, ErrorCode::AlreadyReceived);
        QCOMPARE(m_till->stock().itemLedger(m_coffee).transferredMilli, -2 * kQuantityOne);
    }

    void adjustmentsAndCountsKeepTheirReasonAndTime() {
        StockRequest damaged = request(StockOperationKind::Adjusted, {{m_coffee, 2 * kQuantityOne}});
        damaged.reason = QStringLiteral("damaged");
        QVERIFY(m_desk->record(damaged).ok());
        StockRequest found = request(StockOperationKind::Adjusted, {{m_coffee, 5 * kQuantityOne}});
        found.reason = QStringLiteral("found");
        QVERIFY(m_desk->record(found).ok());
        QCOMPARE(m_till->stock().itemLedger(m_coffee).adjustedMilli, 3 * kQuantityOne);

        StockRequest counted = request(StockOperationKind::Counted, {{m_coffee, 0}}); // none on the shelf
        counted.area = QStringLiteral("aisle 4");
        counted.countedAt = m_now.addSecs(-3600);
        auto done = m_desk->record(counted);
        QVERIFY2(done.ok(), why(done).constData());
        const ItemLedger ledger = m_till->stock().itemLedger(m_coffee);
        QCOMPARE(ledger.lastCountMilli, std::optional<std::int64_t>(0));
        QCOMPARE(ledger.lastCountedAt, m_now.addSecs(-3600));
        const StockOperation parsed =
            stockOperationFromJson(stockOperationToJson(m_till->stock().last(1).front())).value();
        QCOMPARE(parsed.area, QStringLiteral("aisle 4"));
        QCOMPARE(parsed.countedAt, m_now.addSecs(-3600));
        QCOMPARE(parsed.kind, StockOperationKind::Counted);
    }
};

QTEST_GUILESS_MAIN(TestStockDesk)
#include "TestStockDesk.moc"
