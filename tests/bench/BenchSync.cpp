// Sync at scale over loopback TLS, against a real kassa-central process:
//   upload of KASSA_BENCH_SALES offline sales after reconnect (goal: < 60 s, < 1 s of till CPU)
//   first load of KASSA_BENCH_PRODUCTS products while the till keeps selling (goal: < 30 s)
//   central's ingest rate with KASSA_BENCH_TILLS tills pushing KASSA_BENCH_TILL_SALES each at once
// Tills full of sales and the seeded central are built once into KASSA_BENCH_DIR and copied
// for every run, so each run starts from the same state.

#include "BenchSupport.h"
#include "common/CardSales.h"
#include "common/OpenShift.h"
#include "common/Programs.h"
#include "common/TillReturns.h"
#include "core/till/Checkout.h"
#include "sync/client/CentralAnswers.h"
#include "sync/client/SyncEngine.h"
#include "sync/client/TillLink.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <ctime>
#include <thread>
#include <unistd.h>

using namespace kassa;
using namespace kassa::bench;

namespace {

QString benchDir() {
    const QByteArray dir = qgetenv("KASSA_BENCH_DIR");
    return dir.isEmpty() ? QDir::temp().filePath(QStringLiteral("kassa-bench")) : QString::fromLocal8Bit(dir);
}

// A till folder with `sales` card sales waiting in its outbox, built once.
QString tillWithSales(const QString& tillNumber, int sales) {
    const QString dir = benchDir() + QStringLiteral("/till-%1-%2-sales").arg(tillNumber).arg(sales);
    if (QFile::exists(dir + QStringLiteral("/ready"))) {
        return dir;
    }
    QDir(dir).removeRecursively();
    {
        core::TillDatabase till(dir);
        till.initialise(QStringLiteral("001"), tillNumber, QStringLiteral("Bench"));
        core::seedDemoCatalog(till, 200);
        kassa::testing::openShiftOrExit(till);
        if (!testing::ringUpCardSales(till, sales)) {
            qFatal("could not ring up the benchmark's sales");
        }
        till.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    QFile ready(dir + QStringLiteral("/ready"));
    (void)ready.open(QIODevice::WriteOnly);
    return dir;
}

// A central data folder with `products` demo products as master data, built once.
QString centralWithProducts(std::int64_t products) {
    const QString dir = benchDir() + QStringLiteral("/central-%1-products").arg(products);
    if (QFile::exists(dir + QStringLiteral("/ready"))) {
        return dir;
    }
    QDir(dir).removeRecursively();
    testing::CentralProcess central(dir);
    if (central.command({QStringLiteral("init"), QStringLiteral("--san"), QStringLiteral("127.0.0.1")}).exitCode != 0 ||
        (products > 0 &&
         central.command({QStringLiteral("seed-demo"), QStringLiteral("--products"), QString::number(products)})
                 .exitCode != 0)) {
        qFatal("could not make the benchmark's central");
    }
    QFile ready(dir + QStringLiteral("/ready"));
    (void)ready.open(QIODevice::WriteOnly);
    return dir;
}

// A running central (a copy of a template) and enrolled copies of tills, in a temporary folder.
class Setup {
public:
    // `options` go to central's serve.
    explicit Setup(const QString& centralTemplate, const QStringList& options = {})
        : m_central(m_dir.filePath(QStringLiteral("central"))) {
        if (!copyFolder(centralTemplate, m_central.dataDir()) || !m_central.start(0, options)) {
            qFatal("could not start the benchmark's central");
        }
    }

    // Copies a till folder (or makes a fresh demo till) and enrolls it.
    QString enrolledTill(const QString& tillNumber, const QString& templateDir = {}) {
        const QString dir = m_dir.filePath(QStringLiteral("till-") + tillNumber);
        if (!templateDir.isEmpty() && !copyFolder(templateDir, dir)) {
            qFatal("could not copy a till");
        }
        core::TillDatabase till(dir);
        if (!till.isInitialised()) {
            till.initialise(QStringLiteral("001"), tillNumber, QStringLiteral("Bench"));
            core::seedDemoCatalog(till, 200);
            kassa::testing::openShiftOrExit(till);
        }
        const auto problem =
            sync::enrollTill(till, m_central.url(), m_central.enrollmentCode(QStringLiteral("001"), tillNumber));
        if (problem) {
            qFatal("enrollment failed: %s", qPrintable(*problem));
        }
        return dir;
    }

    [[nodiscard]] double centralCpu() const { return processCpuSeconds(m_central.pid()); }

private:
    QTemporaryDir m_dir;
    testing::CentralProcess m_central;
};

void BM_UploadOfflineSales(benchmark::State& state) {
    const int sales = static_cast<int>(setting("KASSA_BENCH_SALES", 50'000));
    const QString tillTemplate = tillWithSales(QStringLiteral("01"), sales);
    QString failure; // reported after the loop: Google Benchmark wants no timing calls after a skip
    for (auto _ : state) {
        state.PauseTiming();
        Setup setup(centralWithProducts(0));
        const QString dir = setup.enrolledTill(QStringLiteral("01"), tillTemplate);
        core::TillDatabase till(dir);
        const auto link = sync::loadTillLink(dir);
        // The sales and the shift's opening: every event waiting must be acknowledged.
        const std::int64_t waiting = till.journal().outboxDepth().waiting;
        const double centralBefore = setup.centralCpu();
        state.ResumeTiming();

        QElapsedTimer wall;
        wall.start();
        const double cpuBefore = threadCpuSeconds();
        const sync::PushOutcome outcome = sync::pushOutbox(till, *link);
        const double tillCpu = threadCpuSeconds() - cpuBefore;
        const double seconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;

        state.PauseTiming();
        if (!outcome.problem.isEmpty() || waiting < sales || outcome.acknowledged != waiting) {
            failure = outcome.problem.isEmpty() ? QStringLiteral("%1 of %2 events waiting (%3 sales) acknowledged")
                                                      .arg(outcome.acknowledged)
                                                      .arg(waiting)
                                                      .arg(sales)
                                                : outcome.problem;
        }
        state.counters["sales"] = sales;
        state.counters["wall_s"] = seconds;
        state.counters["till_cpu_s"] = tillCpu;
        state.counters["central_cpu_s"] = setup.centralCpu() - centralBefore;
        state.counters["sales_per_s"] = sales / seconds;
        state.ResumeTiming();
    }
    if (!failure.isEmpty()) {
        state.SkipWithError(qPrintable(failure));
    }
}
BENCHMARK(BM_UploadOfflineSales)->Unit(benchmark::kSecond)->Iterations(1);

// A one-line card sale; what went wrong, or nothing.
QString ringUpOneSale(core::Checkout& checkout, std::int64_t number) {
    if (auto scanned = checkout.scan(core::demoGtin(number % 50)); !scanned) {
        return core::describe(scanned.error());
    }
    if (auto started = checkout.startPayment(); !started) {
        return core::describe(started.error());
    }
    if (auto paid = checkout.payCard(); !paid) {
        return core::describe(paid.error());
    }
    if (auto completed = checkout.complete(); !completed) {
        return core::describe(completed.error());
    }
    return {};
}

void BM_FirstLoadWhileSelling(benchmark::State& state) {
    const std::int64_t products = setting("KASSA_BENCH_PRODUCTS", 1'000'000);
    const QString centralTemplate = centralWithProducts(products);
    QString failure; // reported after the loop: Google Benchmark wants no timing calls after a skip
    for (auto _ : state) {
        state.PauseTiming();
        Setup setup(centralTemplate);
        const QString dir = setup.enrolledTill(QStringLiteral("02"));
        core::TillDatabase cashierSide(dir);
        core::SimulatedPaymentTerminal terminal;
        std::optional<core::Checkout> checkout;
        const auto openCheckout = [&] {
            checkout.emplace(cashierSide, terminal);
            (void)checkout->login(QStringLiteral("1001"), u"1234");
        };
        openCheckout();
        state.ResumeTiming();

        // The sync engine's side: its own connection on its own thread, as in the till.
        std::atomic<bool> loaded{false};
        double loadSeconds = 0;
        double loaderCpu = 0;
        sync::PullOutcome outcome;
        std::thread loader([&] {
            core::TillDatabase syncSide(dir);
            QElapsedTimer wall;
            wall.start();
            const double cpuBefore = threadCpuSeconds();
            sync::TillConnections connections(*sync::loadTillLink(dir));
            outcome = sync::pullMasterData(syncSide, connections.changes);
            loaderCpu = threadCpuSeconds() - cpuBefore;
            loadSeconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
            loaded = true;
        });
        // The cashier's side: a one-line card sale every 100 ms until the load is in.
        std::vector<double> saleMs;
        int failedSales = 0;
        QString saleProblem;
        while (!loaded) {
            QElapsedTimer sale;
            sale.start();
            const QString problem = ringUpOneSale(*checkout, static_cast<std::int64_t>(saleMs.size()));
            saleMs.push_back(static_cast<double>(sale.nsecsElapsed()) / 1e6);
            if (!problem.isEmpty()) {
                ++failedSales;
                saleProblem = problem;
                openCheckout(); // a fresh basket for the next customer
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        loader.join();

        state.PauseTiming();
        if (!outcome.problem.isEmpty() || !outcome.swapped || failedSales > 0) {
            failure = outcome.problem + QStringLiteral(" (%1 sales failed: %2)").arg(failedSales).arg(saleProblem);
        }
        state.counters["products"] = static_cast<double>(products);
        state.counters["load_s"] = loadSeconds;
        state.counters["loader_cpu_s"] = loaderCpu;
        state.counters["sales_meanwhile"] = static_cast<double>(saleMs.size());
        state.counters["sale_p50_ms"] = percentile(saleMs, 0.5);
        state.counters["sale_p99_ms"] = percentile(saleMs, 0.99);
        state.counters["sale_max_ms"] = percentile(saleMs, 1.0);
        state.ResumeTiming();
    }
    if (!failure.isEmpty()) {
        state.SkipWithError(qPrintable(failure));
    }
}
BENCHMARK(BM_FirstLoadWhileSelling)->Unit(benchmark::kSecond)->Iterations(1);

void BM_CentralIngestManyTills(benchmark::State& state) {
    const int tills = static_cast<int>(setting("KASSA_BENCH_TILLS", 4));
    const int salesPerTill = static_cast<int>(setting("KASSA_BENCH_TILL_SALES", 10'000));
    std::vector<QString> templates;
    for (int i = 0; i < tills; ++i) {
        templates.push_back(tillWithSales(QStringLiteral("%1").arg(10 + i), salesPerTill));
    }
    QString failure; // reported after the loop: Google Benchmark wants no timing calls after a skip
    for (auto _ : state) {
        state.PauseTiming();
        Setup setup(centralWithProducts(0));
        std::vector<QString> dirs;
        std::int64_t waiting = 0; // the sales and each shift's opening: every one must be acknowledged
        for (int i = 0; i < tills; ++i) {
            dirs.push_back(setup.enrolledTill(QStringLiteral("%1").arg(10 + i), templates[static_cast<size_t>(i)]));
            waiting += core::TillDatabase(dirs.back()).journal().outboxDepth().waiting;
        }
        const double centralBefore = setup.centralCpu();
        state.ResumeTiming();

        QElapsedTimer wall;
        wall.start();
        std::atomic<std::int64_t> acknowledged{0};
        std::vector<QString> problems(dirs.size());
        std::vector<std::thread> pushers;
        for (size_t i = 0; i < dirs.size(); ++i) {
            pushers.emplace_back([&acknowledged, &problems, i, dir = dirs[i]] {
                core::TillDatabase till(dir);
                const sync::PushOutcome outcome = sync::pushOutbox(till, *sync::loadTillLink(dir));
                acknowledged += outcome.acknowledged;
                problems[i] = outcome.problem;
            });
        }
        for (std::thread& pusher : pushers) {
            pusher.join();
        }
        const double seconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;

        state.PauseTiming();
        const std::int64_t sales = static_cast<std::int64_t>(tills) * salesPerTill;
        if (waiting < sales || acknowledged != waiting) {
            failure = QStringLiteral("%1 of %2 events waiting (%3 sales) acknowledged: ")
                          .arg(acknowledged.load())
                          .arg(waiting)
                          .arg(sales) +
                      QStringList(problems.begin(), problems.end()).join(QStringLiteral("; "));
        }
        state.counters["tills"] = tills;
        state.counters["sales"] = static_cast<double>(sales);
        state.counters["wall_s"] = seconds;
        state.counters["sales_per_s"] = static_cast<double>(sales) / seconds;
        state.counters["central_cpu_s"] = setup.centralCpu() - centralBefore;
        state.ResumeTiming();
    }
    if (!failure.isEmpty()) {
        state.SkipWithError(qPrintable(failure));
    }
}
BENCHMARK(BM_CentralIngestManyTills)->Unit(benchmark::kSecond)->Iterations(1);

// A store-credit voucher issued at the till in `dir`: one sale taken back for store credit, and
// the return sent to central. Its code, or why there is none.
std::pair<QString, QString> voucherIssuedAt(const QString& dir) {
    core::TillDatabase till(dir);
    core::SimulatedPaymentTerminal terminal;
    core::Checkout checkout(till, terminal);
    if (!checkout.login(QStringLiteral("1001"), u"1234")) {
        return {{}, QStringLiteral("login failed")};
    }
    if (const QString problem = ringUpOneSale(checkout, 1); !problem.isEmpty()) {
        return {{}, problem};
    }
    const std::vector<core::CompletedSale> sold = till.journal().last(1);
    if (sold.empty()) {
        return {{}, QStringLiteral("the sale is not in the journal")};
    }
    const auto returned = testing::takeBack(till, core::returnableOf(sold.front()), {{1, core::kQuantityOne}},
                                            QDateTime::currentDateTimeUtc(), core::RefundMethod::StoreCredit);
    if (!returned || returned->refunds.empty()) {
        return {{}, QStringLiteral("the return for store credit was refused")};
    }
    const sync::PushOutcome pushed = sync::pushOutbox(till, *sync::loadTillLink(dir));
    if (!pushed.problem.isEmpty()) {
        return {{}, pushed.problem};
    }
    return {returned->refunds.front().voucherCode().text(), {}};
}

// A cashier's voucher check online, as the till makes it: the question to central (loopback, its
// own process) and what may be spent decided from central's answer. Arg 1: on the kept
// connection the till's sync engine holds for a cashier's questions (the first question
// connects); Arg 0: on a connection of its own, with a TLS handshake, as kassactl asks.
void BM_VoucherCheckedOnline(benchmark::State& state) {
    const bool kept = state.range(0) == 1;
    state.SetLabel(kept ? "kept connection" : "connection per question");
    Setup setup(centralWithProducts(0), {QStringLiteral("--voucher-lookups-per-minute"), QStringLiteral("100000")});
    const QString dir = setup.enrolledTill(QStringLiteral("05"));
    const auto [code, problem] = voucherIssuedAt(dir);
    if (!problem.isEmpty()) {
        state.SkipWithError(qPrintable(problem));
        return;
    }
    core::TillDatabase till(dir);
    sync::SyncEngine engine(dir); // not started: its questions only
    (void)engine.fetchVoucher(code);
    std::vector<double> latencies;
    QString failure;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        const core::CentralVoucher central =
            kept ? engine.fetchVoucher(code) : sync::requestVoucher(sync::loadTillLink(dir), code);
        const auto standing = core::voucherStanding(till, code, central);
        latencies.push_back(static_cast<double>(timer.nsecsElapsed()) / 1000.0);
        if (central.outcome != core::CentralVoucher::Outcome::Found || !standing) {
            failure = standing ? QStringLiteral("central did not find the voucher: ") + central.why
                               : core::describe(standing.error());
            break;
        }
    }
    if (!failure.isEmpty()) {
        state.SkipWithError(qPrintable(failure));
        return;
    }
    bench::reportPercentiles(state, latencies);
}
BENCHMARK(BM_VoucherCheckedOnline)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

} // namespace

KASSA_BENCHMARK_MAIN()
