// Stock across a chain, at KASSA_BENCH_PRODUCTS products (default 1,000,000) and 50 stores:
//   the stock feed a till takes for the locations it follows (its store, three nearby stores
//   and the web warehouse, each stocking every product): the first load's size on the wire
//   (zstd pages as central sends them), central's time to read and encode it, and the till's
//   time to apply it; then a round after 1,000 sales at its store, size and time again
// - what the web shop asks before it promises an item for pickup: GET /v1/stock's levels with
//   what open pickup orders reserve (2,000 of them at store 001, three lines each): one item at
//   every location, and a page of 1,000 of the store's items; and a page of the store's pickup
//   changes as a till pulls them
// The other 46 stores each stock a 1 % sample: they share central's ledger and its indexes but
// are no part of this till's feed. The chain is built once into KASSA_BENCH_DIR and reused.

#include "core/store/StockFigures.h"
#include "core/store/TillDatabase.h"
#include "sync/protocol/StockFeed.h"
#include "sync/server/CentralService.h"
#include "sync/server/SqliteCentralStore.h"
#include "sync/server/StockLedger.h"
#include "sync/server/WebOrderIntake.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace kassa;

namespace {

constexpr int kStores = 50;
const QStringList kFollowed{QStringLiteral("001"), QStringLiteral("002"), QStringLiteral("003"), QStringLiteral("004"),
                            QStringLiteral("web")};

std::int64_t productCount() {
    const QByteArray text = qgetenv("KASSA_BENCH_PRODUCTS");
    return text.isEmpty() ? 1'000'000 : text.toLongLong();
}

QString chainDir() {
    const QByteArray dir = qgetenv("KASSA_BENCH_DIR");
    return (dir.isEmpty() ? QDir::temp().filePath(QStringLiteral("kassa-bench")) : QString::fromLocal8Bit(dir)) +
           QStringLiteral("/stock-chain-%1").arg(productCount());
}

QString sku(std::int64_t i) {
    return QStringLiteral("SKU-%1").arg(i, 7, 10, QLatin1Char('0'));
}

sync::StockMovementRecord receipt(const QString& location, std::int64_t i, std::int64_t milli) {
    return sync::StockMovementRecord{0,
                                     location,
                                     sku(i),
                                     milli,
                                     QStringLiteral("receipt"),
                                     QStringLiteral("sellable"),
                                     QStringLiteral("integration:%1-%2").arg(location).arg(i),
                                     QStringLiteral("2026-11-01T08:00:00.000Z"),
                                     {}};
}

// Central with the chain's stock, built on first use.
sync::SqliteCentralStore& central() {
    static std::unique_ptr<sync::SqliteCentralStore> store = [] {
        const bool built = QFileInfo::exists(chainDir() + QStringLiteral("/central.db"));
        auto opened = std::make_unique<sync::SqliteCentralStore>(chainDir());
        if (built) {
            return opened;
        }
        QElapsedTimer timer;
        timer.start();
        const QDateTime at = QDateTime::currentDateTimeUtc();
        std::vector<sync::StockMovementRecord> batch;
        const auto flush = [&] {
            (void)sync::addIntegrationMovements(*opened, batch, at);
            batch.clear();
        };
        for (std::int64_t i = 0; i < productCount(); ++i) {
            for (const QString& location : kFollowed) {
                batch.push_back(receipt(location, i, (1 + i % 40) * 1000));
            }
            if (i % 100 == 0) {
                for (int store = static_cast<int>(kFollowed.size()); store <= kStores; ++store) {
                    batch.push_back(receipt(QStringLiteral("%1").arg(store, 3, 10, QLatin1Char('0')), i, 5000));
                }
            }
            if (batch.size() >= 50'000) {
                flush();
            }
        }
        flush();
        std::fprintf(stderr, "built a chain of %d stores and %lld products in %.1f s\n", kStores,
                     static_cast<long long>(productCount()), static_cast<double>(timer.elapsed()) / 1000.0);
        return opened;
    }();
    return *store;
}

struct Round {
    qint64 bytes = 0;
    qint64 figures = 0;
    double centralSeconds = 0;
    double applySeconds = 0;
};

// One round of the till's pull, as the stock feed's round makes it (sync::tillFeeds), without the network.
Round pullAll(core::StockFigures& figures) {
    Round round;
    for (const QString& location : kFollowed) {
        for (bool more = true; more;) {
            const core::StockFeedPlace place = figures.place(location);
            QElapsedTimer timer;
            timer.start();
            const sync::StockFeedSlice slice = central().stockFeed(location, place.loading() ? 0 : place.cursor,
                                                                   place.loadAfter, sync::kDefaultStockPageItems);
            core::StockFeedPage page{
                location, place.loading(), slice.head, {}, slice.more, QDateTime::currentDateTimeUtc(), 0};
            for (const sync::StockLevel& level : slice.levels) {
                page.items.push_back({level.sku, level.onHandMilli, level.asOf});
            }
            const QByteArray body = sync::encodeStockPage(page);
            round.centralSeconds += static_cast<double>(timer.nsecsElapsed()) / 1e9;
            timer.restart();
            boost::system::error_code error;
            const std::optional<core::StockFeedPage> decoded = sync::decodeStockPage(body, error);
            figures.applyPage(*decoded);
            round.applySeconds += static_cast<double>(timer.nsecsElapsed()) / 1e9;
            round.bytes += body.size();
            round.figures += static_cast<qint64>(decoded->items.size());
            more = decoded->more;
        }
    }
    return round;
}

void report(benchmark::State& state, const char* prefix, const Round& round) {
    const std::string p(prefix);
    state.counters[p + "_figures"] = static_cast<double>(round.figures);
    state.counters[p + "_MB"] = static_cast<double>(round.bytes) / 1e6;
    state.counters[p + "_central_s"] = round.centralSeconds;
    state.counters[p + "_apply_s"] = round.applySeconds;
}

void BM_StockFeedToATill(benchmark::State& state) {
    (void)central();
    for (auto _ : state) {
        QTemporaryDir dir;
        core::TillDatabase till(dir.path());
        till.initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("Bench"));
        core::Query nearby = till.db().prepare("INSERT INTO stores (store_id, name, nearby) VALUES "
                                               "('001', 'Bench', '[\"002\",\"003\",\"004\"]')");
        nearby->run();
        core::StockFigures figures = till.stockFigures();
        const Round first = pullAll(figures);
        // A thousand sales at the store since: the next round brings only what they moved.
        std::vector<sync::StockMovementRecord> sold;
        for (int i = 0; i < 1000; ++i) {
            sync::StockMovementRecord sale = receipt(QStringLiteral("001"), (i * 7919) % productCount(), -1000);
            sale.kind = QStringLiteral("sale");
            sale.documentId = QStringLiteral("bench-sale:%1:%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(i);
            sold.push_back(sale);
        }
        (void)sync::addIntegrationMovements(central(), sold, QDateTime::currentDateTimeUtc());
        const Round next = pullAll(figures);
        report(state, "first_load", first);
        report(state, "after_1000_sales", next);
        state.counters["till_MB"] =
            static_cast<double>(QFileInfo(dir.filePath(QStringLiteral("kassa.db"))).size() +
                                QFileInfo(dir.filePath(QStringLiteral("kassa.db-wal"))).size()) /
            1e6;
    }
}
BENCHMARK(BM_StockFeedToATill)->Unit(benchmark::kSecond)->Iterations(1);

constexpr int kOpenPickups = 2000;

// Store 001's open pickup orders, put once into the chain.
void ensurePickups() {
    if (!central().pickups(QStringLiteral("001"), {}, 1).empty()) {
        return;
    }
    std::vector<core::WebOrder> orders;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int n = 0; n < kOpenPickups; ++n) {
        core::WebOrder order;
        order.number = QStringLiteral("W-BENCH-%1").arg(n);
        order.placedAt = now.addSecs(-n);
        order.payment = QStringLiteral("online:card");
        order.pickupStore = QStringLiteral("001");
        for (int line = 1; line <= 3; ++line) {
            const std::int64_t item = (static_cast<std::int64_t>(n) * 3 + line) * 7919 % productCount();
            order.lines.push_back(
                core::WebOrderLine{line, sku(item), 1000, core::Money(299), QStringLiteral("A"), core::Money()});
        }
        orders.push_back(std::move(order));
    }
    (void)sync::takeWebOrders(central(), orders, now, now.addDays(-44));
}

void BM_AvailabilityOfAnItem(benchmark::State& state) {
    ensurePickups();
    std::int64_t i = 0;
    for (auto _ : state) {
        const std::int64_t item = (i++ * 3 + 1) * 7919 % productCount(); // an item open orders reserve
        benchmark::DoNotOptimize(central().stockLevels({}, sku(item), {}, 1000));
    }
}
BENCHMARK(BM_AvailabilityOfAnItem)->Unit(benchmark::kMicrosecond);

void BM_AvailabilityOfAStorePage(benchmark::State& state) {
    ensurePickups();
    QString after;
    for (auto _ : state) {
        const std::vector<sync::StockLevel> page = central().stockLevels(QStringLiteral("001"), {}, after, 1000);
        after = page.size() == 1000 ? page.back().sku : QString();
    }
    state.counters["items_per_page"] = 1000;
}
BENCHMARK(BM_AvailabilityOfAStorePage)->Unit(benchmark::kMillisecond);

// The whole answer a till of store 001 gets: the steps with each order as it stands, as JSON.
void BM_PickupChangesPage(benchmark::State& state) {
    ensurePickups();
    sync::CentralService service(central(), sync::createCertificateAuthority(QStringLiteral("Bench")));
    const sync::TillPrincipal till{QStringLiteral("bench-till"), QStringLiteral("001"), QStringLiteral("01")};
    central().registerTill(till);
    qint64 bytes = 0;
    for (auto _ : state) {
        const sync::HttpResponse page = service.handle({"GET", "/v1/pickup-changes?since=0&limit=500"}, till);
        bytes = page.body.size();
    }
    state.counters["changes_per_page"] = 500;
    state.counters["page_KB"] = static_cast<double>(bytes) / 1e3;
}
BENCHMARK(BM_PickupChangesPage)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
