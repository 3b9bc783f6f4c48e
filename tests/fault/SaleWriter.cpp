// Rings up sales on a till through Checkout, exactly as the screens do, and reports each one
// on stdout the moment commit returns. With --die-after-commit it kills itself with SIGKILL
// right after the first commit returns: the power cut after the receipt starts printing. With
// --sales N it rings up N sales and exits, so a test gets a known number of them however busy
// the machine is.
//
//   kassa-sale-writer DATA_DIR [--die-after-commit | --sales N]

#include "core/store/DemoCatalog.h"
#include "core/till/Checkout.h"

#include <QCoreApplication>
#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace kassa::core;

namespace {

void report(const CompletedSale& sale) {
    // write(2), not stdio: nothing may sit in a buffer when the process is killed.
    const QByteArray line = QStringLiteral("COMMITTED %1 %2\n").arg(sale.number).arg(sale.total.cents()).toLatin1();
    if (::write(STDOUT_FILENO, line.constData(), static_cast<size_t>(line.size())) != line.size()) {
        std::_Exit(4);
    }
}

bool sellOne(Checkout& checkout, std::uint64_t round) {
    // Three to six lines, one of them voided now and then, paid by card, cash or both.
    const int lines = 3 + static_cast<int>(round % 4);
    for (int i = 0; i < lines; ++i) {
        if (!checkout.scan(
                demoGtin(static_cast<std::int64_t>((round * 7 + static_cast<std::uint64_t>(i) * 13) % 250)))) {
            return false;
        }
    }
    if (round % 3 == 0 && !checkout.voidLine(2)) {
        return false;
    }
    if (!checkout.startPayment()) {
        return false;
    }
    if (round % 2 == 0 && !checkout.payCard(Money(100))) {
        return false;
    }
    if (!checkout.payCash(checkout.payment()->cashDue())) {
        return false;
    }
    auto sale = checkout.complete();
    if (!sale) {
        std::fprintf(stderr, "%s\n", qPrintable(describe(sale.error())));
        return false;
    }
    report(sale.value());
    return true;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: kassa-sale-writer DATA_DIR [--die-after-commit | --sales N]\n");
        return 1;
    }
    const bool dieAfterCommit = argc > 2 && QByteArray(argv[2]) == "--die-after-commit";
    const std::uint64_t salesWanted =
        argc > 3 && QByteArray(argv[2]) == "--sales" ? QByteArray(argv[3]).toULongLong() : ~std::uint64_t{0};
    TillDatabase till(QString::fromLocal8Bit(argv[1]));
    SimulatedPaymentTerminal terminal;
    Checkout checkout(till, terminal);
    if (!checkout.login(QStringLiteral("1001"), u"1234")) {
        return 2;
    }
    if (::write(STDOUT_FILENO, "READY\n", 6) != 6) {
        return 4; // the test that started us is gone
    }
    const auto first = static_cast<std::uint64_t>(till.journal().saleCount());
    for (std::uint64_t round = first; round - first < salesWanted; ++round) {
        if (!sellOne(checkout, round)) {
            return 3;
        }
        if (dieAfterCommit) {
            ::kill(::getpid(), SIGKILL);
        }
    }
    return 0;
}
