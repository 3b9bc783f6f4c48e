// Returns at scale:
//   from scanning a receipt's QR code to the return's lines ready on screen, offline: the code
//   checked against the signing till's certificate and opened in ReturnDesk (goal: < 100 ms)
//   the web-order feed of KASSA_BENCH_WEB_ORDERS orders (default 300,000): central storing
//   them, the feed's size on the wire (zstd pages, as tills fetch them), and a till applying it
//   a store-credit voucher checked at the till offline, with KASSA_BENCH_VOUCHERS (default
//   100,000) vouchers in the feed and 2,000 of this till's sales already paid with them; and
//   the time the till takes to apply that voucher feed

#include "common/CardSales.h"
#include "common/OpenShift.h"
#include "core/store/DemoCatalog.h"
#include "core/store/MasterDataFeeds.h"
#include "core/till/Checkout.h"
#include "core/till/ReturnDesk.h"
#include "sync/client/ReceiptSigning.h"
#include "sync/protocol/ChangeFeed.h"
#include "sync/server/SqliteCentralStore.h"
#include "sync/server/WebOrderIntake.h"
#include "sync/tls/Pki.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace kassa;

namespace {

sync::TillLinkFiles enrolledLink(const sync::KeyAndCertificate& ca, const QString& store) {
    const QString device = QStringLiteral("bench-%1").arg(store);
    const sync::KeyAndRequest request = sync::createTillRequest(device);
    const auto certificate = sync::signTillRequest(ca, request.requestPem, {store, QStringLiteral("01"), device});
    return sync::TillLinkFiles{{"127.0.0.1", 1}, {ca.certificatePem, certificate.value(), request.keyPem}};
}

// A sale of `lines` different items, paid by card.
core::CompletedSale sellLines(core::TillDatabase& till, int lines) {
    core::SimulatedPaymentTerminal terminal;
    core::Checkout checkout(till, terminal);
    (void)checkout.login(QStringLiteral("1001"), u"1234");
    for (int i = 0; i < lines; ++i) {
        (void)checkout.scan(core::demoGtin(i));
    }
    (void)checkout.startPayment();
    (void)checkout.payCard();
    return checkout.complete().value();
}

void BM_ReceiptCodeToReturnLines(benchmark::State& state) {
    QTemporaryDir dir;
    const sync::KeyAndCertificate ca = sync::createCertificateAuthority(QStringLiteral("Bench"));
    const sync::TillLinkFiles seller = enrolledLink(ca, QStringLiteral("001"));
    const sync::TillLinkFiles reader = enrolledLink(ca, QStringLiteral("002"));
    core::TillDatabase selling(dir.filePath(QStringLiteral("a")));
    selling.initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("A"));
    core::seedDemoCatalog(selling, 1000);
    kassa::testing::openShiftOrExit(selling);
    core::TillDatabase reading(dir.filePath(QStringLiteral("b")));
    reading.initialise(QStringLiteral("002"), QStringLiteral("01"), QStringLiteral("B"));
    core::seedDemoCatalog(reading, static_cast<std::int64_t>(state.range(1)));
    kassa::testing::openShiftOrExit(reading);
    core::Query fed = reading.db().prepare("INSERT INTO till_certificates (fingerprint, store_id, till_id, pem, "
                                           "revoked) VALUES (?1, '001', '01', ?2, 0)");
    fed->bind(1, sync::certificateFingerprint(seller.tls.certificatePem));
    fed->bind(2, QString::fromLatin1(seller.tls.certificatePem)).run();
    const QByteArray code = *sync::signedReceiptCode(sellLines(selling, static_cast<int>(state.range(0))), seller);
    core::SimulatedPaymentTerminal terminal;
    for (auto _ : state) {
        auto document = sync::readReceiptCode(reading, reader, code);
        core::ReturnDesk desk(reading, terminal, core::Operator{QStringLiteral("1001"), QStringLiteral("B")});
        if (!document || !desk.open(std::move(document).value())) {
            state.SkipWithError("the code was not taken");
            return;
        }
        benchmark::DoNotOptimize(desk.document()->lines.size());
    }
    state.counters["code_bytes"] = static_cast<double>(code.size());
}
BENCHMARK(BM_ReceiptCodeToReturnLines)
    ->Args({1, 10000})
    ->Args({10, 10000})
    ->Args({30, 10000})
    ->Unit(benchmark::kMillisecond);

std::int64_t benchWebOrders() {
    const QByteArray count = qgetenv("KASSA_BENCH_WEB_ORDERS");
    return count.isEmpty() ? 300'000 : count.toLongLong();
}

// Order n: one to three lines of demo products, as the web shop sends them.
core::WebOrder webOrder(std::int64_t n, const QDateTime& placedAt) {
    core::WebOrder order;
    order.number = QStringLiteral("W%1").arg(n, 8, 10, QLatin1Char('0'));
    order.placedAt = placedAt;
    order.payment = QStringLiteral("online:card");
    order.customer = QJsonObject{{QStringLiteral("email"), QStringLiteral("customer%1@example.fi").arg(n)}};
    for (int line = 1; line <= 1 + n % 3; ++line) {
        core::WebOrderLine sold;
        sold.line = line;
        sold.sku = QStringLiteral("SKU-%1").arg((n * 7 + line) % 100000, 7, 10, QLatin1Char('0'));
        sold.quantityMilli = core::kQuantityOne * (1 + (n + line) % 2);
        sold.unitPrice = core::Money(199 + (n * 13 + line) % 5000);
        sold.taxCode = QStringLiteral("A");
        order.lines.push_back(sold);
    }
    return order;
}

void BM_WebOrderFeed(benchmark::State& state) {
    const std::int64_t orders = benchWebOrders();
    for (auto _ : state) {
        QTemporaryDir dir;
        sync::SqliteCentralStore central(dir.filePath(QStringLiteral("central")));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QElapsedTimer timer;
        timer.start();
        std::vector<core::WebOrder> batch;
        for (std::int64_t n = 0; n < orders; ++n) {
            // Spread over the last 40 days: all within the feed's window of 30 + 14 days.
            batch.push_back(webOrder(n, now.addSecs(-(n % (40 * 24)) * 3600)));
            if (batch.size() == 1000 || n + 1 == orders) {
                (void)sync::takeWebOrders(central, batch, now, now.addDays(-44));
                batch.clear();
            }
        }
        const double storeSeconds = static_cast<double>(timer.elapsed()) / 1000.0;

        core::TillDatabase till(dir.filePath(QStringLiteral("till")));
        till.initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("Bench"));
        const qint64 tillBefore = QFileInfo(dir.filePath(QStringLiteral("till/kassa.db"))).size();
        qint64 wireBytes = 0;
        double applySeconds = 0;
        std::int64_t since = 0;
        for (;;) {
            const sync::ChangeSlice slice = central.changesSince(since, 2000, 4 << 20);
            if (slice.changes.empty()) {
                break;
            }
            const QByteArray page = sync::encodeChangePage(slice.generation, slice.head, slice.changes);
            wireBytes += page.size();
            boost::system::error_code error;
            const auto decoded = sync::decodeChangePage(page, error);
            timer.restart();
            auto progress = till.masterData().take(*decoded, since);
            applySeconds += static_cast<double>(timer.elapsed()) / 1000.0;
            if (!progress) {
                state.SkipWithError("the till refused a page");
                return;
            }
            since = slice.changes.back().changeNo;
        }
        till.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        state.counters["orders"] = static_cast<double>(orders);
        state.counters["held_by_till"] = static_cast<double>(till.webOrders().count());
        state.counters["central_store_s"] = storeSeconds;
        state.counters["feed_MB"] = static_cast<double>(wireBytes) / 1e6;
        state.counters["till_apply_s"] = applySeconds;
        state.counters["till_db_MB"] =
            static_cast<double>(QFileInfo(dir.filePath(QStringLiteral("till/kassa.db"))).size() - tillBefore) / 1e6;
    }
}
BENCHMARK(BM_WebOrderFeed)->Iterations(1)->Unit(benchmark::kSecond);

std::int64_t benchVouchers() {
    const QByteArray count = qgetenv("KASSA_BENCH_VOUCHERS");
    return count.isEmpty() ? 100'000 : count.toLongLong();
}

QString benchVoucherNumber(std::int64_t n) {
    return QStringLiteral("SC-%1-01-%2").arg(n % 50 + 1, 3, 10, QLatin1Char('0')).arg(n, 6, 10, QLatin1Char('0'));
}

// A secret per voucher that the bench can make again (a real one comes from the CSPRNG).
QString benchVoucherSecret(std::int64_t n) {
    static constexpr char kAlphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    QString secret;
    for (int i = 0; i < 13; ++i) {
        secret += QLatin1Char(kAlphabet[(n >> (i * 2)) % 32]);
    }
    return secret;
}

// The voucher's code as a customer shows it: with its secret (`coded`), or a legacy voucher's
// number alone.
QString benchVoucherCode(std::int64_t n, bool coded) {
    return coded ? benchVoucherNumber(n) + QLatin1Char('-') + benchVoucherSecret(n) : benchVoucherNumber(n);
}

// The feed of `count` vouchers with a balance, in pages of 2,000 as central sends them; `coded`:
// each with its code's check, otherwise legacy vouchers spent by number.
double applyVoucherFeed(core::TillDatabase& till, std::int64_t count, bool coded) {
    double seconds = 0;
    QElapsedTimer timer;
    for (std::int64_t first = 0; first < count; first += 2000) {
        core::ChangePage page{QStringLiteral("bench"), count, {}};
        for (std::int64_t n = first; n < std::min(count, first + 2000); ++n) {
            const core::VoucherCopy voucher{benchVoucherNumber(n),
                                            QStringLiteral("001"),
                                            core::Money(5000),
                                            core::Money(5000 - n % 3000),
                                            QStringLiteral("2026-11-01T10:00:00Z"),
                                            {},
                                            coded ? core::voucherCheck(benchVoucherNumber(n), benchVoucherSecret(n))
                                                  : QString()};
            page.changes.push_back(
                core::FeedChange{n + 1, QString::fromLatin1(core::feeds::kVouchers), core::toJson(voucher)});
        }
        timer.restart();
        if (!till.masterData().take(page, first)) {
            return -1;
        }
        seconds += static_cast<double>(timer.elapsed()) / 1000.0;
    }
    return seconds;
}

// Arg 0: legacy vouchers by number (the check before codes had a secret); 1: whole codes, each
// checked against its SHA-256 check. Side by side in one run.
void BM_VoucherCheckedOffline(benchmark::State& state) {
    const bool coded = state.range(0) == 1;
    QTemporaryDir dir;
    core::TillDatabase till(dir.filePath(QStringLiteral("till")));
    till.initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("Bench"));
    const std::int64_t vouchers = benchVouchers();
    const double applySeconds = applyVoucherFeed(till, vouchers, coded);
    if (applySeconds < 0) {
        state.SkipWithError("the till refused the voucher feed");
        return;
    }
    core::seedDemoCatalog(till, 1000);
    kassa::testing::openShiftOrExit(till);
    core::SimulatedPaymentTerminal terminal;
    core::Checkout checkout(till, terminal);
    (void)checkout.login(QStringLiteral("1001"), u"1234");
    for (int sale = 0; sale < 2000; ++sale) {
        if (auto scanned = checkout.scan(core::demoGtin(sale % 20), core::kQuantityOne); !scanned) {
            state.SkipWithError(qPrintable(core::describe(scanned.error())));
            return;
        }
        (void)checkout.startPayment();
        (void)checkout.payVoucher(benchVoucherCode(sale % vouchers, coded), core::CentralVoucher{}, core::Money(1));
        (void)checkout.payCard();
        if (auto sale = checkout.complete(); !sale) {
            state.SkipWithError(qPrintable(core::describe(sale.error())));
            return;
        }
    }
    std::int64_t n = 0;
    for (auto _ : state) {
        const auto standing = core::voucherStanding(till, benchVoucherCode(n++ * 7919 % vouchers, coded), {});
        if (!standing) {
            state.SkipWithError(qPrintable(core::describe(standing.error())));
            return;
        }
        benchmark::DoNotOptimize(standing.ok());
    }
    state.counters["vouchers"] = static_cast<double>(vouchers);
    state.counters["feed_apply_s"] = applySeconds;
}
BENCHMARK(BM_VoucherCheckedOffline)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
