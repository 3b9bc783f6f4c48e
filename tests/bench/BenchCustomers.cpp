// Clienteling at scale, with KASSA_BENCH_CUSTOMERS customers (default 1,000,000; built once into
// KASSA_BENCH_DIR and reused):
//   customer search per keystroke at the till (name, phone, e-mail, card, as typed), p50/p95/p99
//     (goal p95 < 30 ms)
//   the customer screen opening for a member with 500 purchases at this till and 500 more in
//     head office's history, the screen's own work (record, points, history table) included,
//     p50/p99 (goal < 100 ms)
//   feed `customers` for a first load at a till of store 002, whose own customers are one in
//     fifty: central's pages of every customer, the bytes on the wire (zstd) and the time to build
//     them, and the till's time to apply them; `full` as central fed every till before data
//     minimisation (every record whole), `minimised` through central's route (limited records of
//     other stores' customers), `snapshot` the same with the members snapshot taken first (its
//     background build's time apart)
//   suggestions at central for every customer, each with the demo's web orders (about four
//     orders, 13 lines): the first run (every customer's suggestions new and fed) and a run that
//     finds nothing changed, with the process's peak memory

#include "BenchSupport.h"
#include "common/MemberSnapshotAnswer.h"
#include "common/OpenShift.h"
#include "core/store/DemoCatalog.h"
#include "core/store/MasterData.h"
#include "core/store/Settings.h"
#include "core/store/TillDatabase.h"
#include "core/till/Checkout.h"
#include "sync/client/TillLink.h"
#include "sync/protocol/ChangeFeed.h"
#include "sync/protocol/EventBatch.h"
#include "sync/protocol/MemberSnapshot.h"
#include "sync/server/CentralService.h"
#include "sync/server/CustomerMaster.h"
#include "sync/server/CustomerSuggestions.h"
#include "sync/server/SqliteCentralStore.h"
#include "sync/server/WebOrderIntake.h"
#include "ui/customers/CustomerScreen.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <functional>
#include <memory>
#include <sys/resource.h>
#include <vector>

using namespace kassa;

namespace {

std::int64_t customerCount() {
    const QByteArray text = qgetenv("KASSA_BENCH_CUSTOMERS");
    return text.isEmpty() ? 1'000'000 : text.toLongLong();
}

QString benchDir(const QString& name) {
    const QByteArray dir = qgetenv("KASSA_BENCH_DIR");
    return (dir.isEmpty() ? QDir::temp().filePath(QStringLiteral("kassa-bench")) : QString::fromLocal8Bit(dir)) +
           QStringLiteral("/%1-%2").arg(name).arg(customerCount());
}

const QDateTime kNow(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);

long peakRssKb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Customer `i` of the chain: the demo's names and contacts, made unique by their number.
core::Customer benchCustomer(std::int64_t i) {
    static const std::vector<core::Customer> names = core::demoCustomers(300, kNow);
    core::Customer customer = names[static_cast<std::size_t>(i % 300)];
    customer.id = QStringLiteral("c-%1").arg(i);
    customer.phone = QStringLiteral("+3584%1").arg(10'000'000 + i, 8, 10, QLatin1Char('0'));
    customer.email = customer.email.section(QLatin1Char('@'), 0, 0) + QStringLiteral(".%1@example.fi").arg(i);
    // One in fifty is store 002's own (20,000 of a million): created there.
    customer.homeStore = i % 50 == 0 ? QStringLiteral("002") : QStringLiteral("001");
    if (!customer.loyaltyCard.isEmpty()) {
        const QString body = QStringLiteral("29%1").arg(2'000'000'000 + i, 10, 10, QLatin1Char('0'));
        customer.loyaltyCard = body + QString::number(core::gs1CheckDigit(body));
    }
    return customer;
}

// The till's customers, built on first use, and a demo catalog for the member's purchases.
core::TillDatabase& till() {
    static std::unique_ptr<core::TillDatabase> database = [] {
        auto opened = std::make_unique<core::TillDatabase>(benchDir(QStringLiteral("till-customers")));
        if (!opened->isInitialised()) {
            QElapsedTimer timer;
            timer.start();
            opened->initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("Bench"));
            core::seedDemoCatalog(*opened, 2000);
            kassa::testing::openShiftOrExit(*opened);
            core::Customers customers = opened->customers();
            for (std::int64_t start = 0; start < customerCount(); start += 50'000) {
                core::Transaction transaction(opened->db());
                for (std::int64_t i = start; i < std::min(customerCount(), start + 50'000); ++i) {
                    customers.keep(benchCustomer(i));
                }
                transaction.commit();
            }
            std::fprintf(stderr, "built a till with %lld customers in %.1f s\n",
                         static_cast<long long>(customerCount()), static_cast<double>(timer.elapsed()) / 1000.0);
        }
        return opened;
    }();
    return *database;
}

void BM_CustomerSearch(benchmark::State& state) {
    core::Customers customers = till().customers();
    const core::Customer known = benchCustomer(customerCount() / 2);
    const QStringList typed{QStringLiteral("virtanen"),
                            QStringLiteral("maija virt"),
                            QStringLiteral("åsa lindq"),
                            QStringLiteral("040 1"),
                            core::phoneForPeople(known.phone),
                            known.email.left(14),
                            QStringLiteral("mäkinen juha"),
                            QStringLiteral("xyzzy"),
                            QStringLiteral("\"*("),
                            known.loyaltyCard.isEmpty() ? known.name : known.loyaltyCard};
    bench::measureEachKeystroke(
        state, typed, [&](const QString& text) { return customers.search(text, 50); }, bench::Scale::Milliseconds);
    state.counters["customers"] = static_cast<double>(customerCount());
}
BENCHMARK(BM_CustomerSearch)->Unit(benchmark::kMicrosecond);

// A member with 500 purchases at this till (real sales through the checkout) and head office's
// history of 500 more; the screen opens on the sale's customer.
void BM_CustomerScreenOpen(benchmark::State& state) {
    core::TillDatabase& database = till();
    database.settings().setValue(QString::fromLatin1(core::settingKeys::kLoyaltyRules),
                                 QString::fromUtf8(QJsonDocument(core::toJson(core::demoLoyaltyRules())).toJson()));
    core::Customer member = benchCustomer(0);
    core::SimulatedPaymentTerminal terminal;
    core::Checkout checkout(database, terminal, [] { return kNow; });
    (void)checkout.login(QStringLiteral("1001"), u"1234");
    for (std::int64_t done = static_cast<std::int64_t>(database.customers().history(member.id, 500).size()); done < 500;
         ++done) {
        (void)checkout.attachCustomer(member.id);
        (void)checkout.scan(core::demoGtin(done % 1500));
        (void)checkout.startPayment();
        (void)checkout.payCard();
        (void)checkout.complete();
    }
    QJsonArray documents;
    for (int i = 0; i < 500; ++i) {
        documents.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("order")},
                                     {QStringLiteral("channel"), QStringLiteral("web")},
                                     {QStringLiteral("number"), QStringLiteral("W-%1").arg(100000 + i)},
                                     {QStringLiteral("at"), kNow.addDays(-i).toString(Qt::ISODate)},
                                     {QStringLiteral("total"), QStringLiteral("49.90")}});
    }
    (void)database.customers().takeCentralHistory(
        member.id,
        core::CentralHistory{core::CentralHistory::Outcome::Found,
                             QJsonDocument(QJsonObject{{QStringLiteral("documents"), documents}}).toJson(),
                             {}},
        kNow);
    (void)checkout.attachCustomer(member.id);
    ui::CustomerScreen screen(checkout, nullptr);
    screen.resize(1280, 800);
    std::vector<double> latencies;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        screen.start();
        latencies.push_back(static_cast<double>(timer.nsecsElapsed()) / 1000.0);
    }
    bench::reportPercentiles(state, latencies, bench::Scale::Milliseconds);
    state.counters["purchases"] = static_cast<double>(database.customers().history(member.id, 2000).size());
}
BENCHMARK(BM_CustomerScreenOpen)->Unit(benchmark::kMicrosecond);

// Central in the bench folder `name`, built by `build` the first time (which says what it put).
std::unique_ptr<sync::SqliteCentralStore>
centralBuiltOnce(const QString& name, const std::function<QString(sync::SqliteCentralStore&)>& build) {
    const QString dir = benchDir(name);
    const bool built = QFile::exists(dir + QStringLiteral("/central.db"));
    auto opened = std::make_unique<sync::SqliteCentralStore>(dir);
    if (!built) {
        QElapsedTimer timer;
        timer.start();
        const QString what = build(*opened);
        std::fprintf(stderr, "put %s to central in %.1f s\n", qPrintable(what),
                     static_cast<double>(timer.elapsed()) / 1000.0);
    }
    return opened;
}

// Customers `start` .. `end` as integrations and tills put them, in one transaction.
std::vector<core::Customer> putCustomers(sync::SqliteCentralStore& store, std::int64_t start, std::int64_t end) {
    std::vector<core::Customer> customers;
    std::unique_ptr<sync::CentralWrite> write = store.beginWrite();
    for (std::int64_t i = start; i < end; ++i) {
        customers.push_back(benchCustomer(i));
        (void)sync::receiveCustomer(*write, customers.back(), {QStringLiteral("bench")}, kNow);
    }
    write->commit();
    return customers;
}

// The lookup key kept in central's folder, as kassa-central keeps it: the limited records central
// derived as it put the customers were made with it.
void useLookupKeyOf(const QString& name) {
    const QString dir = benchDir(name);
    std::optional<core::LookupKey> key = core::LookupKey::load(dir);
    if (!key) {
        key = core::LookupKey::generate();
        QDir().mkpath(dir);
        (void)key->save(dir);
    }
    sync::useLookupKey(*key);
}

// Central with every customer; built once.
sync::SqliteCentralStore& central() {
    useLookupKeyOf(QStringLiteral("central-customer-forms"));
    static std::unique_ptr<sync::SqliteCentralStore> store =
        centralBuiltOnce(QStringLiteral("central-customer-forms"), [](sync::SqliteCentralStore& opened) {
            opened.putMasterData(QString::fromLatin1(core::feeds::kLoyaltyRules),
                                 {{QStringLiteral("chain"), core::toJson(core::demoLoyaltyRules()), false}});
            // (Named anew when what is put changes: a folder built before is reused.)
            for (std::int64_t start = 0; start < customerCount(); start += 20'000) {
                (void)putCustomers(opened, start, std::min(customerCount(), start + 20'000));
            }
            return QStringLiteral("%1 customers").arg(customerCount());
        });
    return *store;
}

// Central's route for a till of store 002, and the members snapshot it serves.
struct CentralRoute {
    sync::KeyAndCertificate ca = sync::createCertificateAuthority(QStringLiteral("Bench"));
    sync::CentralService service;
    sync::MemberSnapshots snapshots;
    sync::TillPrincipal till{QStringLiteral("bench-device"), QStringLiteral("002"), QStringLiteral("01")};

    explicit CentralRoute(sync::SqliteCentralStore& store)
        : service(store, ca)
        , snapshots(store, ca, benchDir(QStringLiteral("member-snapshot"))) {
        service.setMemberSnapshots(&snapshots);
    }
};

CentralRoute& routeOf(sync::SqliteCentralStore& store) {
    static CentralRoute route(store);
    return route;
}

// One page of feed `customers` for a till of store 002: every record whole (as before data
// minimisation), or through central's route, which limits other stores' customers and leaves out
// what a members snapshot brought.
QByteArray customerPage(sync::SqliteCentralStore& store, bool minimised, std::int64_t since,
                        const std::optional<core::MembersFromSnapshot>& members) {
    if (!minimised) {
        const sync::ChangeSlice slice =
            store.changesSince(since, sync::kMaxChangePageItems, sync::kMaxChangePageBytes / 2);
        return sync::encodeChangePage(slice.generation, slice.head, slice.changes);
    }
    QByteArray target = "/v1/changes?limit=" + QByteArray::number(sync::kMaxChangePageItems) +
                        "&since=" + QByteArray::number(static_cast<qlonglong>(since));
    if (members) {
        target += "&members_through=" + QByteArray::number(static_cast<qlonglong>(members->through)) +
                  "&members_key=" + members->keyFingerprint.toLatin1();
    }
    return routeOf(store).service.handle({"GET", target}, routeOf(store).till).body;
}

// The members snapshot as a till takes it: fetched, checked, inflated and copied in. Its bytes.
qint64 takeMemberSnapshot(benchmark::State& state, sync::SqliteCentralStore& store, core::TillDatabase& till,
                          double& centralSeconds, double& tillSeconds) {
    CentralRoute& route = routeOf(store);
    QElapsedTimer timer;
    timer.start();
    const sync::HttpResponse answer = route.service.handle({"GET", "/v1/member-snapshot"}, route.till);
    centralSeconds += static_cast<double>(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    const sync::MemberSnapshotHeader header = testing::memberSnapshotHeaderOf(answer);
    const QString path = benchDir(QStringLiteral("till-member-snapshot.db"));
    if (answer.status != 200 || !sync::isSignedMemberSnapshot(header, answer.body, route.ca.certificatePem) ||
        !sync::decompressToFile(answer.body, path, sync::kMaxMemberSnapshotBytes)) {
        state.SkipWithError("the members snapshot was not served whole and signed");
        return 0;
    }
    const auto taken =
        till.masterData().takeMemberSnapshot({path, header.generation, header.change, header.keyFingerprint});
    QFile::remove(path);
    tillSeconds += static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!taken) {
        state.SkipWithError(core::describe(taken.error()).toStdString().c_str());
    }
    return answer.body.size();
}

// A till's first load of feed `customers` (every customer central holds), page by page as the
// sync engine asks for them: bytes on the wire, central's time, the till's time. Arg 0: every
// record whole; 1: minimised through central's route; 2: the same with the members snapshot
// first (built in the background before, its build time reported apart).
void BM_CustomerFeedFirstLoad(benchmark::State& state) {
    sync::SqliteCentralStore& store = central();
    const bool minimised = state.range(0) != 0;
    const bool fromSnapshot = state.range(0) == 2;
    state.SetLabel(fromSnapshot ? "snapshot" : (minimised ? "minimised" : "full"));
    if (fromSnapshot) {
        QElapsedTimer build;
        build.start();
        state.counters["snapshot_members"] = static_cast<double>(routeOf(store).snapshots.build(kNow));
        state.counters["snapshot_build_s"] = static_cast<double>(build.nsecsElapsed()) / 1e9;
    }
    for (auto _ : state) {
        const QString tillDir = benchDir(QStringLiteral("till-first-load"));
        QDir(tillDir).removeRecursively();
        core::TillDatabase fresh(tillDir);
        fresh.initialise(QStringLiteral("002"), QStringLiteral("01"), QStringLiteral("Bench"));
        qint64 bytes = 0;
        double centralSeconds = 0;
        double tillSeconds = 0;
        if (fromSnapshot) {
            bytes += takeMemberSnapshot(state, store, fresh, centralSeconds, tillSeconds);
        }
        const std::optional<core::MembersFromSnapshot> members = fresh.masterData().membersFromSnapshot();
        std::int64_t since = 0;
        for (;;) {
            QElapsedTimer timer;
            timer.start();
            const QByteArray page = customerPage(store, minimised, since, members);
            centralSeconds += static_cast<double>(timer.nsecsElapsed()) / 1e9;
            bytes += page.size();
            timer.restart();
            boost::system::error_code error;
            const auto decoded = sync::decodeChangePage(page, error);
            const auto progress = fresh.masterData().take(*decoded, since);
            tillSeconds += static_cast<double>(timer.nsecsElapsed()) / 1e9;
            if (!progress) {
                state.SkipWithError(core::describe(progress.error()).toStdString().c_str());
                break;
            }
            if (progress->caughtUp) {
                break;
            }
            since = progress->nextSince;
        }
        state.counters["customers_at_till"] = static_cast<double>(fresh.customers().count());
        core::Query full = fresh.db().prepare("SELECT count(*) FROM customers WHERE card_check IS NULL AND "
                                              "phone_check IS NULL AND email_check IS NULL");
        full->step();
        state.counters["full_records"] = static_cast<double>(full->int64(0));
        state.counters["wire_MB"] = static_cast<double>(bytes) / 1e6;
        state.counters["central_s"] = centralSeconds;
        state.counters["till_s"] = tillSeconds;
    }
}
BENCHMARK(BM_CustomerFeedFirstLoad)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kSecond)->Iterations(1);

// Central with every customer and the demo's web orders for each; built once.
sync::SqliteCentralStore& centralWithOrders() {
    static std::unique_ptr<sync::SqliteCentralStore> store =
        centralBuiltOnce(QStringLiteral("central-orders"), [](sync::SqliteCentralStore& opened) {
            std::vector<core::FeedItem> products;
            core::forEachDemoProduct(2000, [&](const core::DemoProduct& demo) {
                products.push_back({demo.item.product.sku, core::toCatalogJson(demo.item), false});
            });
            opened.putMasterData(QString::fromLatin1(core::feeds::kProducts), products);
            std::int64_t orders = 0;
            // (Named anew when what is put changes: a folder built before is reused.)
            for (std::int64_t start = 0; start < customerCount(); start += 20'000) {
                const std::vector<core::Customer> customers =
                    putCustomers(opened, start, std::min(customerCount(), start + 20'000));
                std::vector<core::WebOrder> placed = core::demoWebOrders(customers, 2000, kNow);
                for (core::WebOrder& order : placed) {
                    order.number = QStringLiteral("W-%1-%2").arg(start).arg(order.number);
                }
                orders += sync::takeWebOrders(opened, placed, kNow, kNow);
            }
            return QStringLiteral("%1 customers and %2 web orders").arg(customerCount()).arg(orders);
        });
    return *store;
}

// Every customer's suggestions at central: the first run writes and feeds them all, the second
// finds none changed.
void BM_SuggestionsAtCentral(benchmark::State& state) {
    sync::SqliteCentralStore& store = centralWithOrders();
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        const sync::SuggestionRun first = sync::computeSuggestions(store, kNow);
        const double firstSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        timer.restart();
        const sync::SuggestionRun again = sync::computeSuggestions(store, kNow);
        state.counters["customers"] = static_cast<double>(first.customers);
        state.counters["lines"] = static_cast<double>(first.purchases);
        state.counters["with_suggestions"] = static_cast<double>(first.withSuggestions);
        state.counters["first_changed"] = static_cast<double>(first.changed);
        state.counters["first_s"] = firstSeconds;
        state.counters["again_changed"] = static_cast<double>(again.changed);
        state.counters["again_s"] = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        state.counters["peak_rss_MB"] = static_cast<double>(peakRssKb()) / 1024.0;
    }
}
BENCHMARK(BM_SuggestionsAtCentral)->Unit(benchmark::kSecond)->Iterations(1);

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
