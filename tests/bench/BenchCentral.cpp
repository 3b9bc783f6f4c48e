// Central at chain scale, against real kassa-central processes over loopback TLS, with the
// load generator, central and PostgreSQL all on this machine:
//   ingest: KASSA_BENCH_CENTRAL_TILLS tills (50 and 200 by default) push at once, each over its
//     own kept TLS connection with its own certificate, KASSA_BENCH_CENTRAL_SALES sales each in
//     batches of KASSA_BENCH_BATCH (what waits on a busy till while its last push is on the way),
//     on SQLite, on PostgreSQL, and on two central instances over one PostgreSQL: sales per
//     second and batch latency (p50, p99). Goal: 5,000 sales/s.
//   master data: KASSA_BENCH_MD_TILLS tills (real till databases) take one change of
//     KASSA_BENCH_MD_PRODUCTS products at once: seconds until all have it.
// PostgreSQL runs durable (fsync on), as in production. The sales are generated in memory with
// real receipt chains and certificates, before the clock starts.

#include "BenchSupport.h"
#include "common/CardSales.h"
#include "common/OpenShift.h"
#include "common/Programs.h"
#include "common/ThrowawayPostgres.h"
#include "core/store/DemoCatalog.h"
#include "sync/client/TillLink.h"
#include "sync/server/PostgresCentralStore.h"
#include "sync/server/SqliteCentralStore.h"
#include "sync/tls/Pki.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <atomic>
#include <benchmark/benchmark.h>
#include <thread>
#include <unistd.h>

using namespace kassa;
using namespace kassa::bench;
using namespace std::chrono_literals;

namespace {

enum class Backend { Sqlite, Postgres, TwoInstances };

// A real sale rung up on a scratch till: what the simulated tills' sales are copied from.
core::CompletedSale templateSale() {
    QTemporaryDir dir;
    core::TillDatabase till(dir.filePath(QStringLiteral("till")));
    till.initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("Bench"));
    core::seedDemoCatalog(till, 100);
    kassa::testing::openShiftOrExit(till);
    core::SimulatedPaymentTerminal terminal;
    core::Checkout checkout(till, terminal);
    if (!checkout.login(QStringLiteral("1001"), u"1234")) {
        qFatal("no demo cashier");
    }
    for (int i = 0; i < 4; ++i) {
        (void)checkout.scan(core::demoGtin(i));
    }
    if (!checkout.startPayment() || !checkout.payCard() || !checkout.complete()) {
        qFatal("the template sale failed");
    }
    return till.journal().last(1).front();
}

// A till as central sees it: its certificate, and sales with a real receipt chain.
struct SimulatedTill {
    sync::TillPrincipal principal;
    sync::ClientTls tls;
    std::vector<QByteArray> batches; // encoded, ready to send
};

SimulatedTill simulateTill(int index, const core::CompletedSale& model, const sync::KeyAndCertificate& ca, int sales,
                           int batchSize) {
    SimulatedTill till;
    const QString deviceId = QStringLiteral("bench-device-%1").arg(index);
    till.principal = {deviceId, QStringLiteral("%1").arg(100 + index / 10),
                      QStringLiteral("%1").arg(1 + index % 10, 2, 10, QLatin1Char('0'))};
    const sync::KeyAndRequest request = sync::createTillRequest(deviceId);
    till.tls = {ca.certificatePem,
                sync::signTillRequest(ca, request.requestPem, {till.principal.storeId, till.principal.tillId, deviceId})
                    .value_or(QByteArray()),
                request.keyPem};
    core::CompletedSale sale = model;
    sale.till = core::TillIdentity{till.principal.storeId, till.principal.tillId, QStringLiteral("Bench"), deviceId, 1};
    QString previous;
    std::vector<core::OutboxEvent> batch;
    for (int number = 1; number <= sales; ++number) {
        sale.number = number;
        sale.receiptNumber = core::formatReceiptNumber(sale.till, number);
        sale.completedAt = QDateTime::currentDateTimeUtc();
        sale.documentId = core::makeUuidV7(sale.completedAt);
        sale.previousHash = previous;
        const QByteArray payload = core::canonicalBytes(sale);
        previous = core::chainHash(previous, payload);
        batch.push_back({number, 1, sale.documentId, QStringLiteral("sale.completed"), core::kSaleSchemaVersion,
                         payload,
                         QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex()),
                         sale.completedAt.toString(Qt::ISODateWithMs), previous});
        if (static_cast<int>(batch.size()) == batchSize || number == sales) {
            till.batches.push_back(sync::encodeBatch({deviceId, 1, batch}));
            batch.clear();
        }
    }
    return till;
}

// One or two kassa-central processes on SQLite or on a durable PostgreSQL of the benchmark's own.
class Centrals {
public:
    explicit Centrals(Backend backend) {
        QStringList init{QStringLiteral("init"), QStringLiteral("--san"), QStringLiteral("127.0.0.1")};
        if (backend != Backend::Sqlite) {
            m_postgres = std::make_unique<testing::ThrowawayPostgres>(true);
            if (!m_postgres->skipReason().isEmpty()) {
                m_skipReason = m_postgres->skipReason();
                return;
            }
            m_url = m_postgres->createDatabase(QStringLiteral("bench"));
            init << QStringLiteral("--database") << m_url;
        }
        const QString first = m_dir.filePath(QStringLiteral("central-1"));
        if (testing::run(QStringLiteral("kassa-central"), QStringList{QStringLiteral("--data-dir"), first} + init)
                .exitCode != 0) {
            qFatal("kassa-central init failed");
        }
        m_folders << first;
        if (backend == Backend::TwoInstances) {
            m_folders << m_dir.filePath(QStringLiteral("central-2"));
            copyFolder(first, m_folders.back());
        }
        const QByteArray key = readAll(first + QStringLiteral("/ca-key.pem"));
        m_ca = {key, readAll(first + QStringLiteral("/ca.pem"))};
    }

    [[nodiscard]] const QString& skipReason() const { return m_skipReason; }
    [[nodiscard]] const sync::KeyAndCertificate& ca() const { return m_ca; }

    // Central's store, as the integrations' side of the benchmark reaches it.
    std::unique_ptr<sync::CentralStore> store() {
        if (m_url.isEmpty()) {
            return std::make_unique<sync::SqliteCentralStore>(m_folders.front());
        }
        return std::make_unique<sync::PostgresCentralStore>(m_url, 2);
    }

    void start() {
        for (const QString& folder : m_folders) {
            m_processes.push_back(std::make_unique<testing::CentralProcess>(folder));
            if (!m_processes.back()->start(0, {QStringLiteral("--threads"), QStringLiteral("2"),
                                               QStringLiteral("--pool"), QStringLiteral("16"),
                                               QStringLiteral("--snapshots"), QStringLiteral("0")})) {
                qFatal("kassa-central did not start");
            }
        }
    }

    // Tills are spread over the instances, as a TCP load balancer would.
    [[nodiscard]] sync::CentralAddress addressFor(int till) const {
        const auto& process = m_processes[static_cast<size_t>(till) % m_processes.size()];
        return {"127.0.0.1", process->port()};
    }

    [[nodiscard]] double cpuSeconds() const {
        double seconds = 0;
        for (const auto& process : m_processes) {
            seconds += processCpuSeconds(process->pid());
        }
        return seconds;
    }

private:
    static QByteArray readAll(const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<testing::ThrowawayPostgres> m_postgres;
    QString m_url;
    QString m_skipReason;
    QStringList m_folders;
    sync::KeyAndCertificate m_ca;
    std::vector<std::unique_ptr<testing::CentralProcess>> m_processes;
};

void BM_Ingest(benchmark::State& state, Backend backend) {
    const int tills = static_cast<int>(state.range(0));
    const int salesPerTill = static_cast<int>(setting("KASSA_BENCH_CENTRAL_SALES", 100));
    const int batchSize = static_cast<int>(setting("KASSA_BENCH_BATCH", 10));
    QString failure;
    for (auto _ : state) {
        state.PauseTiming();
        Centrals centrals(backend);
        if (!centrals.skipReason().isEmpty()) {
            state.SkipWithError(qPrintable(QStringLiteral("no PostgreSQL: ") + centrals.skipReason()));
            break;
        }
        const core::CompletedSale model = templateSale();
        std::vector<SimulatedTill> simulated;
        {
            const std::unique_ptr<sync::CentralStore> store = centrals.store();
            for (int i = 0; i < tills; ++i) {
                simulated.push_back(simulateTill(i, model, centrals.ca(), salesPerTill, batchSize));
                store->registerTill(simulated.back().principal);
            }
        }
        centrals.start();
        const double cpuBefore = centrals.cpuSeconds();
        std::vector<std::vector<double>> latencies(static_cast<size_t>(tills));
        std::atomic<int> refused{0};
        std::atomic<int> ready{0};
        std::atomic<bool> go{false};
        std::vector<std::thread> pushers;
        for (int i = 0; i < tills; ++i) {
            pushers.emplace_back([&, i] {
                SimulatedTill& till = simulated[static_cast<size_t>(i)];
                sync::CentralConnection connection(centrals.addressFor(i), till.tls);
                boost::system::error_code error;
                (void)connection.request("GET", "/healthz", {}, 30s, error); // connected before the start
                ++ready;
                while (!go) {
                    std::this_thread::yield();
                }
                for (const QByteArray& body : till.batches) {
                    QElapsedTimer timer;
                    timer.start();
                    const auto answer = connection.request("POST", "/v1/events", body, 60s, error);
                    latencies[static_cast<size_t>(i)].push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
                    if (!answer || answer->status != 200) {
                        ++refused;
                    }
                }
            });
        }
        while (ready < tills) {
            std::this_thread::sleep_for(10ms);
        }
        state.ResumeTiming();
        QElapsedTimer wall;
        wall.start();
        go = true;
        for (std::thread& pusher : pushers) {
            pusher.join();
        }
        const double seconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
        state.PauseTiming();
        std::vector<double> all;
        for (const auto& one : latencies) {
            all.insert(all.end(), one.begin(), one.end());
        }
        const std::int64_t stored = centrals.store()->saleCount();
        if (refused > 0 || stored != static_cast<std::int64_t>(tills) * salesPerTill) {
            failure = QStringLiteral("%1 batches refused; central holds %2 sales").arg(refused.load()).arg(stored);
        }
        state.counters["tills"] = tills;
        state.counters["sales"] = static_cast<double>(stored);
        state.counters["batch"] = batchSize;
        state.counters["wall_s"] = seconds;
        state.counters["sales_per_s"] = static_cast<double>(stored) / seconds;
        state.counters["batch_p50_ms"] = percentile(all, 0.5);
        state.counters["batch_p99_ms"] = percentile(all, 0.99);
        state.counters["central_cpu_s"] = centrals.cpuSeconds() - cpuBefore;
        state.ResumeTiming();
    }
    if (!failure.isEmpty()) {
        state.SkipWithError(qPrintable(failure));
    }
}
BENCHMARK_CAPTURE(BM_Ingest, sqlite, Backend::Sqlite)->Arg(50)->Arg(200)->Unit(benchmark::kSecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_Ingest, postgresql, Backend::Postgres)->Arg(50)->Arg(200)->Unit(benchmark::kSecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_Ingest, two_instances_postgresql, Backend::TwoInstances)
    ->Arg(50)
    ->Arg(200)
    ->Unit(benchmark::kSecond)
    ->Iterations(1);

std::vector<core::FeedItem> changedProducts(std::int64_t count) {
    std::vector<core::FeedItem> items;
    core::forEachDemoProduct(count + 12, [&](const core::DemoProduct& demo) {
        core::CatalogItem item = demo.item;
        item.product.price = item.product.price + core::Money(10); // everything ten cents dearer
        if (static_cast<std::int64_t>(items.size()) < count) {
            items.push_back({item.product.sku, core::toCatalogJson(item), false});
        }
    });
    return items;
}

void BM_MasterDataChangeReachesTills(benchmark::State& state) {
    const int tills = static_cast<int>(setting("KASSA_BENCH_MD_TILLS", 200));
    const std::int64_t products = setting("KASSA_BENCH_MD_PRODUCTS", 10'000);
    QString failure;
    for (auto _ : state) {
        state.PauseTiming();
        Centrals centrals(Backend::Sqlite);
        {
            std::vector<core::FeedItem> rates;
            for (const core::TaxRate& rate : core::finnishTaxRates()) {
                rates.push_back({core::feedKey(rate), core::toJson(rate), false});
            }
            centrals.store()->putMasterData(QString::fromLatin1(core::feeds::kTaxCodes), rates);
        }
        centrals.start();
        QTemporaryDir dir;
        std::vector<std::unique_ptr<core::TillDatabase>> databases;
        std::vector<std::unique_ptr<sync::CentralConnection>> connections;
        const core::CompletedSale model = templateSale();
        {
            const std::unique_ptr<sync::CentralStore> store = centrals.store();
            for (int i = 0; i < tills; ++i) {
                SimulatedTill till = simulateTill(i, model, centrals.ca(), 0, 1);
                store->registerTill(till.principal);
                databases.push_back(std::make_unique<core::TillDatabase>(dir.filePath(QString::number(i))));
                databases.back()->initialise(till.principal.storeId, till.principal.tillId, QStringLiteral("Bench"));
                connections.push_back(std::make_unique<sync::CentralConnection>(centrals.addressFor(i), till.tls));
                // Caught up with central before the change: its first load (the tax codes) done.
                if (!sync::pullMasterData(*databases.back(), *connections.back()).problem.isEmpty()) {
                    qFatal("a till could not take central's master data");
                }
            }
        }
        const std::int64_t head =
            centrals.store()->putMasterData(QString::fromLatin1(core::feeds::kProducts), changedProducts(products));
        const double cpuBefore = centrals.cpuSeconds();
        state.ResumeTiming();
        QElapsedTimer wall;
        wall.start();
        std::vector<double> doneAt(static_cast<size_t>(tills));
        std::atomic<int> short_{0};
        std::vector<std::thread> pullers;
        for (int i = 0; i < tills; ++i) {
            pullers.emplace_back([&, i] {
                const sync::PullOutcome outcome =
                    sync::pullMasterData(*databases[static_cast<size_t>(i)], *connections[static_cast<size_t>(i)]);
                doneAt[static_cast<size_t>(i)] = static_cast<double>(wall.nsecsElapsed()) / 1e9;
                if (!outcome.problem.isEmpty() ||
                    databases[static_cast<size_t>(i)]->masterData().checkpoint().cursor != head) {
                    ++short_;
                }
            });
        }
        for (std::thread& puller : pullers) {
            puller.join();
        }
        const double seconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
        state.PauseTiming();
        if (short_ > 0) {
            failure = QStringLiteral("%1 tills did not take the whole change").arg(short_.load());
        }
        state.counters["tills"] = tills;
        state.counters["products"] = static_cast<double>(products);
        state.counters["all_have_it_s"] = seconds;
        state.counters["median_till_s"] = percentile(doneAt, 0.5);
        state.counters["central_cpu_s"] = centrals.cpuSeconds() - cpuBefore;
        state.ResumeTiming();
    }
    if (!failure.isEmpty()) {
        state.SkipWithError(qPrintable(failure));
    }
}
BENCHMARK(BM_MasterDataChangeReachesTills)->Unit(benchmark::kSecond)->Iterations(1);

} // namespace

KASSA_BENCHMARK_MAIN()
