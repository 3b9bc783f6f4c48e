// The product card: the price in force and the price-book entry behind it, VAT, the variant
// matrix of a style, and stock by location: central's figures as the stock feed brought them,
// and for this store the till's own movements central had not counted yet.

#include "common/Refusal.h"
#include "core/store/DemoCatalog.h"
#include "core/store/MasterDataFeeds.h"
#include "core/till/ProductCard.h"
#include "core/till/StockDesk.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa::core;
using kassa::testing::why;

class TestProductCard : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TillDatabase> m_till;
    const QDateTime m_at{QDate(2026, 11, 30), QTime(12, 0), Qt::UTC};

    void feed(const char* name, const QJsonObject& item) {
        const FeedChange change{1, QString::fromLatin1(name), item, false};
        findMasterDataFeed(change.feed)->apply(m_till->db(), change, FeedTarget::Live);
    }

    // Central's figures of a location, as one page of the stock feed, caught up.
    void centralSays(const QString& location, const QString& sku, std::int64_t milli, std::int64_t countedThrough) {
        StockFeedPage page;
        page.location = location;
        page.firstLoad = true;
        page.head = 10;
        page.items = {{sku, milli, QStringLiteral("2026-11-30T11:00:00.000Z")}};
        page.at = m_at;
        page.countedThrough = countedThrough;
        m_till->stockFigures().applyPage(page);
    }

    Product product(const char* sku) { return m_till->catalog().bySku(QString::fromLatin1(sku)).value(); }

    Result<StockOperation> record(StockOperationKind kind, const QString& sku, std::int64_t pieces,
                                  const QDateTime& at) {
        StockRequest request;
        request.kind = kind;
        request.items = {{sku, pieces * kQuantityOne}};
        request.reason = QStringLiteral("damaged");
        request.countedAt = at;
        return StockDesk(*m_till, Operator{QStringLiteral("1001"), QStringLiteral("Maija"), Role::Cashier},
                         [at] { return at; })
            .record(request);
    }

private Q_SLOTS:
    void init() {
        m_till = std::make_unique<TillDatabase>(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())));
        m_till->initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("Test"));
        seedDemoCatalog(*m_till, 300);
    }

    void showsThePriceBookPriceInForceAndTheVat() {
        feed(feeds::kPrices, QJsonObject{{QStringLiteral("book"), QStringLiteral("campaign")},
                                         {QStringLiteral("sku"), QStringLiteral("SKU-0000004")},
                                         {QStringLiteral("price"), QStringLiteral("0.99")},
                                         {QStringLiteral("valid_from"), QStringLiteral("2020-01-01T00:00:00Z")},
                                         {QStringLiteral("valid_to"), QStringLiteral("2099-01-01T00:00:00Z")}});
        const ProductCard card = productCard(*m_till, product("SKU-0000004"), m_at.date());
        QCOMPARE(card.product.price, Money(99));
        QCOMPARE(card.ownPrice, Money(159));
        QVERIFY(card.bookPrice);
        QCOMPARE(card.bookPrice->book, QStringLiteral("campaign"));
        QCOMPARE(card.vatBasisPoints, 1350); // food, B
        QCOMPARE(card.gtins, QStringList{demoGtin(4)});
        QCOMPARE(toJson(card).value(QStringLiteral("price_book")).toObject().value(QStringLiteral("price")).toString(),
                 QStringLiteral("0.99"));
    }

    void groupsAStylesVariantsBySizeAndColourWithTheStoresStock() {
        // Index 187 is style TPAITA-00001, black, M; its neighbours are the other cells.
        centralSays(QStringLiteral("001"), QStringLiteral("SKU-0000187"), 4 * kQuantityOne, 0);
        const ProductCard card = productCard(*m_till, product("SKU-0000187"), m_at.date());
        QCOMPARE(card.sizes, (QStringList{QStringLiteral("XS"), QStringLiteral("S"), QStringLiteral("M"),
                                          QStringLiteral("L"), QStringLiteral("XL")}));
        QCOMPARE(card.colours,
                 (QStringList{QStringLiteral("musta"), QStringLiteral("valkoinen"), QStringLiteral("sininen")}));
        QCOMPARE(card.variants.size(), std::size_t(15));
        const Variant* blackM = card.variantAt(QStringLiteral("M"), QStringLiteral("musta"));
        QVERIFY(blackM);
        QCOMPARE(blackM->product.sku, QStringLiteral("SKU-0000187"));
        QCOMPARE(blackM->onHandMilli, 4 * kQuantityOne);
        QCOMPARE(card.variantAt(QStringLiteral("M"), QStringLiteral("sininen"))->onHandMilli, 0);
        // A product of no style has no matrix.
        QVERIFY(productCard(*m_till, product("SKU-0000004"), m_at.date()).variants.empty());
    }

    void addsThisTillsMovementsThatCentralHasNotCounted() {
        const QString sku = QStringLiteral("SKU-0000004");
        feed(feeds::kStores, QJsonObject{{QStringLiteral("store_id"), QStringLiteral("001")},
                                         {QStringLiteral("name"), QStringLiteral("Kamppi")},
                                         {QStringLiteral("nearby"), QJsonArray{QStringLiteral("002")}}});
        feed(feeds::kStores, QJsonObject{{QStringLiteral("store_id"), QStringLiteral("002")},
                                         {QStringLiteral("name"), QStringLiteral("Iso Omena")}});
        QVERIFY(record(StockOperationKind::Received, sku, 10, m_at.addSecs(-3600)).ok());
        // Central had counted everything up to here when it sent the figure.
        const std::int64_t counted = m_till->outbox().acknowledgedThrough() + 1;
        centralSays(QStringLiteral("001"), sku, 10 * kQuantityOne, counted);
        centralSays(QStringLiteral("002"), sku, 3 * kQuantityOne, counted);
        auto damaged = record(StockOperationKind::Adjusted, sku, 2, m_at);
        QVERIFY2(damaged.ok(), why(damaged).constData());

        std::vector<LocationStock> stock = m_till->stockFigures().of(sku);
        QCOMPARE(stock.size(), std::size_t(3));
        QCOMPARE(stock[0].location, QStringLiteral("001"));
        QVERIFY(stock[0].ownStore);
        QCOMPARE(stock[0].centralMilli, 10 * kQuantityOne);
        QCOMPARE(stock[0].uncountedMovements, 1);
        QCOMPARE(stock[0].onHandMilli, 8 * kQuantityOne);
        QCOMPARE(stock[0].asOf, m_at);
        QCOMPARE(stock[1].name, QStringLiteral("Iso Omena"));
        QCOMPARE(stock[1].onHandMilli, 3 * kQuantityOne);
        QCOMPARE(stock[2].location, QStringLiteral("web"));
        QVERIFY(!stock[2].known);

        // A count not yet at central stands for the shelf at its time; what came after it adds.
        QVERIFY(record(StockOperationKind::Counted, sku, 5, m_at.addSecs(60)).ok());
        QVERIFY(record(StockOperationKind::Adjusted, sku, 1, m_at.addSecs(120)).ok());
        stock = m_till->stockFigures().of(sku);
        QCOMPARE(*stock[0].uncountedCountMilli, 5 * kQuantityOne);
        QCOMPARE(stock[0].onHandMilli, 4 * kQuantityOne);

        // A store no longer nearby is forgotten.
        feed(feeds::kStores, QJsonObject{{QStringLiteral("store_id"), QStringLiteral("001")},
                                         {QStringLiteral("name"), QStringLiteral("Kamppi")}});
        m_till->stockFigures().forgetOthers(m_till->stockFigures().followedLocations());
        QCOMPARE(m_till->stockFigures().of(sku).size(), std::size_t(2));
    }

    // Asked online, central's figures of every location replace the fed ones and add those the
    // till does not follow; this store's gets the till's movements central has not had yet.
    void takesEveryLocationFromCentralOnline() {
        const QString sku = QStringLiteral("SKU-0000004");
        QVERIFY(record(StockOperationKind::Adjusted, sku, 2, m_at).ok()); // not yet sent
        ProductCard card = productCard(*m_till, product("SKU-0000004"), m_at.date());
        CentralStock central;
        central.answered = true;
        central.levels = {{QStringLiteral("001"), 10 * kQuantityOne, QStringLiteral("2026-11-30T11:59:00.000Z")},
                          {QStringLiteral("017"), -1 * kQuantityOne, QStringLiteral("2026-11-30T10:00:00.000Z")},
                          {QStringLiteral("web"), 250 * kQuantityOne, QStringLiteral("2026-11-30T09:00:00.000Z")}};
        QVERIFY(addStockFromCentral(*m_till, card, central, m_at).ok());
        QCOMPARE(card.stock.size(), std::size_t(3)); // 001, web, and 017 added
        QCOMPARE(card.stock[0].onHandMilli, 8 * kQuantityOne);
        QCOMPARE(card.stock[0].asOf, m_at);
        QCOMPARE(card.stock[1].onHandMilli, 250 * kQuantityOne);
        QCOMPARE(card.stock[2].location, QStringLiteral("017"));
        QCOMPARE(card.stock[2].onHandMilli, -1 * kQuantityOne);
        // Not reachable: said why, and the card keeps what it had.
        const auto refused =
            addStockFromCentral(*m_till, card, CentralStock{false, {}, QStringLiteral("timed out")}, m_at);
        QCOMPARE(refused.error().code, ErrorCode::HeadOfficeUnavailable);
        QVERIFY(describe(refused.error()).contains(QStringLiteral("timed out")));
        QCOMPARE(card.stock.size(), std::size_t(3));
    }

    // A first load cut after its first page goes on after the last SKU it has; once done,
    // changes go on from the head of its first page, so what moved meanwhile comes again.
    void aFirstLoadCutHalfwayGoesOnFromItsLastSku() {
        StockFigures figures = m_till->stockFigures();
        const auto page = [this](bool firstLoad, std::int64_t head, std::vector<StockFigureItem> items, bool more) {
            return StockFeedPage{QStringLiteral("002"), firstLoad, head, std::move(items), more, m_at, 0};
        };
        figures.applyPage(page(true, 10, {{QStringLiteral("A"), 1000, {}}, {QStringLiteral("B"), 2000, {}}}, true));
        StockFeedPlace place = figures.place(QStringLiteral("002"));
        QVERIFY(place.loading());
        QCOMPARE(place.loadAfter, QStringLiteral("B"));
        QCOMPARE(*place.loadHead, 10);
        // The till stopped here; the next round asks for what comes after B.
        figures.applyPage(page(true, 12, {{QStringLiteral("C"), 3000, {}}}, false));
        place = figures.place(QStringLiteral("002"));
        QVERIFY(!place.loading());
        QCOMPARE(place.cursor, 10);
        QVERIFY(place.loadAfter.isEmpty());
        QCOMPARE(place.syncedAt, m_at);
        figures.applyPage(page(false, 15, {{QStringLiteral("A"), 500, {}}}, false));
        QCOMPARE(figures.place(QStringLiteral("002")).cursor, 15);
        QCOMPARE(figures.figureCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestProductCard)
#include "TestProductCard.moc"
