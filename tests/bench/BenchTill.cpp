// The till's speed where a cashier feels it, on a catalog of KASSA_BENCH_PRODUCTS products
// (default 1,000,000; the catalog is built once into KASSA_BENCH_DIR and reused):
//   scan to basket line (lookup, pricing, model update and painting), p50/p99
//   durable sale commit (5 lines, WAL + synchronous=FULL), p50/p99
//   start to ready-to-scan (open, migrate, build the window), and resident memory
//   the nightly snapshot: how long it takes, and sale commits while it runs, p50/p99
//   the product card opening (price book, VAT, variants with stock, stock at five locations), p50/p99
// Goals: scan p99 < 50 ms, commit p99 < 20 ms (during a snapshot too), start < 1 s, all flat in
// catalog size.

#include "BenchSupport.h"
#include "common/OpenShift.h"
#include "core/domain/ShiftReport.h"
#include "core/store/DemoCatalog.h"
#include "core/store/LookupKey.h"
#include "core/store/NightlySnapshots.h"
#include "core/till/Checkout.h"
#include "core/till/ProductCard.h"
#include "resources/Resources.h"
#include "ui/MainWindow.h"
#include "ui/printing/ReceiptPrinter.h"
#include "ui/sale/SaleScreen.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <future>
#include <memory>
#include <vector>

using namespace kassa;

namespace {

std::int64_t catalogSize() {
    const QByteArray text = qgetenv("KASSA_BENCH_PRODUCTS");
    return text.isEmpty() ? 1'000'000 : text.toLongLong();
}

QString dataDir() {
    const QByteArray dir = qgetenv("KASSA_BENCH_DIR");
    return (dir.isEmpty() ? QDir::temp().filePath(QStringLiteral("kassa-bench")) : QString::fromLocal8Bit(dir)) +
           QStringLiteral("/catalog-%1").arg(catalogSize());
}

// The shared catalog, built on first use; sales from earlier runs are left in place.
core::TillDatabase& till() {
    static std::unique_ptr<core::TillDatabase> database = [] {
        auto opened = std::make_unique<core::TillDatabase>(dataDir());
        if (!opened->isInitialised()) {
            QElapsedTimer timer;
            timer.start();
            opened->initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("Bench"));
            core::seedDemoCatalog(*opened, catalogSize());
            kassa::testing::openShiftOrExit(*opened);
            std::fprintf(stderr, "built a catalog of %lld products in %.1f s\n", static_cast<long long>(catalogSize()),
                         static_cast<double>(timer.elapsed()) / 1000.0);
        }
        if (!opened->lookupKey()) {
            // Every enrolled till holds the chain's lookup key: each scan hashes a code that could
            // be a loyalty card with it.
            (void)opened->keepLookupKey(core::LookupKey::generate());
        }
        opened->startBackgroundCheckpoints(); // as the till runs
        return opened;
    }();
    return *database;
}

double residentMegabytes() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return 0;
}

QString randomGtin(std::uint64_t& seed) {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    const std::int64_t packaged = catalogSize() - 30; // the weighed items and the bag come first
    return core::demoGtin(static_cast<std::int64_t>((seed >> 33) % static_cast<std::uint64_t>(packaged)));
}

void BM_BarcodeLookup(benchmark::State& state) {
    core::Catalog catalog = till().catalog();
    std::uint64_t seed = 42;
    std::vector<QString> keys;
    for (int i = 0; i < 4096; ++i) {
        keys.push_back(core::normalizeGtin(randomGtin(seed)).value());
    }
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(catalog.byGtin(keys[i++ % keys.size()]));
    }
}
BENCHMARK(BM_BarcodeLookup);

// Scan to basket line as the cashier sees it: the scan field's Enter through Checkout, the
// basket model and the totals, and the screen painted.
void BM_ScanToBasketLine(benchmark::State& state) {
    core::SimulatedPaymentTerminal terminal;
    core::Checkout checkout(till(), terminal);
    if (!checkout.login(QStringLiteral("1001"), u"1234")) {
        state.SkipWithError("login failed");
        return;
    }
    ui::SaleScreen screen(checkout);
    screen.resize(1280, 800);
    screen.show();
    QApplication::processEvents();
    auto* scanField = screen.findChild<QLineEdit*>(QStringLiteral("scanLineEdit"));
    std::uint64_t seed = 7;
    std::vector<double> latencies;
    for (auto _ : state) {
        state.PauseTiming();
        if (checkout.basket().lines().size() >= 40) {
            (void)checkout.suspend(); // a fresh basket; a real one rarely has more lines
            screen.refresh();
        }
        scanField->setText(randomGtin(seed));
        state.ResumeTiming();
        QElapsedTimer timer;
        timer.start();
        Q_EMIT scanField->returnPressed();
        screen.repaint();
        latencies.push_back(static_cast<double>(timer.nsecsElapsed()) / 1000.0);
    }
    bench::reportPercentiles(state, latencies);
    state.counters["rss_mb"] = residentMegabytes();
    state.counters["products"] = static_cast<double>(catalogSize());
}
BENCHMARK(BM_ScanToBasketLine)->Unit(benchmark::kMicrosecond);

// Five random products scanned and paid in cash, ready to complete.
void basketOfFivePaidInCash(core::Checkout& checkout, std::uint64_t& seed) {
    for (int i = 0; i < 5; ++i) {
        (void)checkout.scan(randomGtin(seed));
    }
    (void)checkout.startPayment();
    (void)checkout.payCash(checkout.payment()->cashDue());
}

// Completes the sale, adding how long the durable commit took (µs); false when it failed.
bool timedCommit(core::Checkout& checkout, std::vector<double>& latencies) {
    QElapsedTimer timer;
    timer.start();
    if (!checkout.complete()) {
        return false;
    }
    latencies.push_back(static_cast<double>(timer.nsecsElapsed()) / 1000.0);
    return true;
}

// A sale of five lines paid in cash, recorded durably: lines, tenders, stock movements, the
// receipt chain link and the outbox event in one transaction with synchronous=FULL.
void BM_DurableSaleCommit(benchmark::State& state) {
    core::SimulatedPaymentTerminal terminal;
    core::Checkout checkout(till(), terminal);
    if (!checkout.login(QStringLiteral("1001"), u"1234")) {
        state.SkipWithError("login failed");
        return;
    }
    std::uint64_t seed = 11;
    std::vector<double> latencies;
    for (auto _ : state) {
        state.PauseTiming();
        basketOfFivePaidInCash(checkout, seed);
        state.ResumeTiming();
        if (!timedCommit(checkout, latencies)) {
            state.SkipWithError("commit failed");
            return;
        }
    }
    bench::reportPercentiles(state, latencies);
}
BENCHMARK(BM_DurableSaleCommit)->Unit(benchmark::kMicrosecond);

// Cash handed over with change to give: with the check for an amount far above what is due
// (argument 1, what the till does; it reads payment.cash_confirm_above) and without it (0, as
// the till took cash before the check, and as a confirmed amount is taken). Side by side, the
// difference is what the check adds to the sale's path.
void BM_CashTenderWithChange(benchmark::State& state) {
    core::SimulatedPaymentTerminal terminal;
    core::Checkout checkout(till(), terminal);
    if (!checkout.login(QStringLiteral("1001"), u"1234")) {
        state.SkipWithError("login failed");
        return;
    }
    const auto large = state.range(0) == 1 ? core::Checkout::LargeCash::AskFirst : core::Checkout::LargeCash::Confirmed;
    std::uint64_t seed = 13;
    std::vector<double> latencies;
    for (auto _ : state) {
        state.PauseTiming();
        (void)checkout.scan(randomGtin(seed));
        (void)checkout.startPayment();
        const core::Money given = checkout.payment()->cashDue() + core::Money(20'00);
        state.ResumeTiming();
        QElapsedTimer timer;
        timer.start();
        const bool paid = checkout.payCash(given, large).ok();
        latencies.push_back(static_cast<double>(timer.nsecsElapsed()) / 1000.0);
        state.PauseTiming();
        if (!paid || !checkout.complete()) {
            state.SkipWithError("the cash sale was not recorded");
            return;
        }
        state.ResumeTiming();
    }
    bench::reportPercentiles(state, latencies);
}
BENCHMARK(BM_CashTenderWithChange)->Arg(0)->Arg(1)->Iterations(500)->Unit(benchmark::kMicrosecond);

// The nightly snapshot of the whole database (VACUUM INTO on its own connection and thread),
// with a cashier committing five-line sales back to back meanwhile: the snapshot's length and
// what it does to the commits.
void BM_SaleCommitDuringNightlySnapshot(benchmark::State& state) {
    core::SimulatedPaymentTerminal terminal;
    core::Checkout checkout(till(), terminal);
    if (!checkout.login(QStringLiteral("1001"), u"1234")) {
        state.SkipWithError("login failed");
        return;
    }
    const core::SnapshotFolder snapshots(dataDir() + QStringLiteral("-snapshots"), QStringLiteral("kassa"));
    std::uint64_t seed = 23;
    std::vector<double> latencies;
    double snapshotSeconds = 0;
    for (auto _ : state) {
        QElapsedTimer snapshotTimer;
        snapshotTimer.start();
        auto taking = std::async(std::launch::async,
                                 [&] { return snapshots.take(till().db().path(), QDate::currentDate(), 1).ok(); });
        while (taking.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
            basketOfFivePaidInCash(checkout, seed);
            if (!timedCommit(checkout, latencies)) {
                state.SkipWithError("commit failed");
                return;
            }
        }
        if (!taking.get()) {
            state.SkipWithError("snapshot failed");
            return;
        }
        snapshotSeconds += static_cast<double>(snapshotTimer.nsecsElapsed()) / 1e9;
    }
    state.counters["snapshot_s"] = snapshotSeconds / static_cast<double>(state.iterations());
    state.counters["sales_during"] = static_cast<double>(latencies.size());
    bench::reportPercentiles(state, latencies);
}
BENCHMARK(BM_SaleCommitDuringNightlySnapshot)->Unit(benchmark::kMillisecond)->Iterations(3);

// What `kassa` does between start and the login screen: open and migrate the database, read
// the settings, build every screen (quick keys included) and show the window.
void BM_StartToReadyToScan(benchmark::State& state) {
    (void)till(); // the catalog exists before timing
    std::vector<double> latencies;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        core::TillDatabase database(dataDir());
        core::SimulatedPaymentTerminal terminal;
        core::Checkout checkout(database, terminal);
        ui::ReceiptPrinter printer(ui::PrinterTarget{});
        ui::MainWindow window(checkout, printer);
        window.resize(1280, 800);
        window.show();
        QApplication::processEvents();
        latencies.push_back(static_cast<double>(timer.nsecsElapsed()) / 1000.0);
    }
    bench::reportPercentiles(state, latencies);
}
BENCHMARK(BM_StartToReadyToScan)->Unit(benchmark::kMillisecond)->Iterations(10);

// A clerk typing, one search per keystroke ("m", "ma", "mai" ...): brands, words, parts of
// compounds ("maito" in "kevytmaito", "leipä" in "ruisleipä"), several words, accents left out,
// a GTIN typed in full. Goal: p95 < 30 ms, p99 < 100 ms.
void BM_ProductSearch(benchmark::State& state) {
    core::Catalog catalog = till().catalog();
    const QStringList typed{QStringLiteral("maito"),         QStringLiteral("leipä"),
                            QStringLiteral("juhla 500"),     QStringLiteral("valio kevyt"),
                            QStringLiteral("kahvi"),         QStringLiteral("creme"),
                            QStringLiteral("paa"),           QStringLiteral("pirkka wc"),
                            QStringLiteral("fazer sininen"), QStringLiteral("ruis"),
                            QStringLiteral("jogurtti m"),    QStringLiteral("laktoositon"),
                            QStringLiteral("xyzzy"),         core::demoGtin(123'456 % catalogSize())};
    bench::measureEachKeystroke(state, typed, [&](const QString& text) { return catalog.search(text, 50); });
}
BENCHMARK(BM_ProductSearch)->Unit(benchmark::kMicrosecond);

// The card of products a clerk looks up, with central's figures at the five locations the till
// follows (its store, three nearby stores, the web warehouse) for every product. T-shirts open
// with their style's fifteen variants and their stock. Goal: well under 100 ms.
void BM_ProductCardOpen(benchmark::State& state) {
    core::TillDatabase& database = till();
    {
        core::Query filled = database.db().prepare("SELECT count(*) FROM stock_figures");
        filled->step();
        if (filled->int64(0) == 0) {
            database.db().exec("INSERT OR REPLACE INTO stores (store_id, name, nearby) VALUES "
                               "('001', 'Bench', '[\"002\",\"003\",\"004\"]')");
            database.db().exec("INSERT INTO stock_figures (location, sku, on_hand_milli, changed_at) "
                               "SELECT l.value, p.sku, (p.id % 40) * 1000, '2026-11-30T08:00:00.000Z' FROM products p, "
                               "json_each('[\"001\",\"002\",\"003\",\"004\",\"web\"]') l");
            database.db().exec(
                "INSERT INTO stock_feeds (location, cursor, synced_at) SELECT value, 1, "
                "'2026-11-30T08:00:00.000Z' FROM json_each('[\"001\",\"002\",\"003\",\"004\",\"web\"]')");
        }
    }
    std::vector<core::Product> products;
    for (std::int64_t i = 0; i < 200; ++i) {
        if (auto product = database.catalog().byCode(core::demoGtin((i * 4999) % (catalogSize() - 100)))) {
            products.push_back(*product);
        }
    }
    std::vector<double> latencies;
    std::size_t i = 0;
    std::size_t variants = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        const core::ProductCard card =
            core::productCard(database, products[i++ % products.size()], QDate::currentDate());
        latencies.push_back(static_cast<double>(timer.nsecsElapsed()) / 1000.0);
        variants += card.variants.size();
    }
    bench::reportPercentiles(state, latencies);
    state.counters["variants_seen"] = static_cast<double>(variants);
}
BENCHMARK(BM_ProductCardOpen)->Unit(benchmark::kMicrosecond);

// The X report of a busy shift (the same figures make the Z): every sale and movement of the
// shift read back and tallied. The shift is topped up to KASSA_BENCH_SHIFT_SALES five-line cash
// sales (default 2,000, a long day at a busy till) before it is timed. Goal: well under a second.
void BM_ShiftXReport(benchmark::State& state) {
    core::SimulatedPaymentTerminal terminal;
    core::Checkout checkout(till(), terminal);
    if (!checkout.login(QStringLiteral("1001"), u"1234")) {
        state.SkipWithError("login failed");
        return;
    }
    core::Shifts shifts = till().shifts();
    const std::int64_t wanted = bench::setting("KASSA_BENCH_SHIFT_SALES", 2000);
    std::uint64_t seed = 31;
    for (int sales = shifts.figures(*shifts.current()).sales; sales < wanted; ++sales) {
        basketOfFivePaidInCash(checkout, seed);
        if (!checkout.complete()) {
            state.SkipWithError("a sale failed");
            return;
        }
    }
    std::vector<double> latencies;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        const core::ShiftRecord shift = *shifts.current();
        const QString report = core::renderXReportText(shift, shifts.figures(shift), till().settings().identity(),
                                                       checkout.receiptHeader());
        latencies.push_back(static_cast<double>(timer.nsecsElapsed()) / 1000.0);
        benchmark::DoNotOptimize(report);
    }
    bench::reportPercentiles(state, latencies);
    state.counters["sales_in_shift"] = shifts.figures(*shifts.current()).sales;
}
BENCHMARK(BM_ShiftXReport)->Unit(benchmark::kMillisecond)->Iterations(10);

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    app.setStyleSheet(resources::styleSheet());
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
