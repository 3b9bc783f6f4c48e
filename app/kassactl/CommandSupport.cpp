#include "CommandSupport.h"

#include "core/store/Migrations.h"
#include "sync/client/CentralAnswers.h"

#include <cstdio>
#include <utility>
#ifdef _WIN32
#define NOMINMAX
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace kassa::app {

using namespace kassa::core;

namespace {

// While it lives, what is typed on an interactive standard input is not echoed (a PIN); input
// from a pipe is left alone.
class EchoOff {
public:
    EchoOff() {
#ifdef _WIN32
        m_console = GetStdHandle(STD_INPUT_HANDLE);
        m_interactive = m_console != INVALID_HANDLE_VALUE && GetConsoleMode(m_console, &m_saved) != 0;
        if (m_interactive) {
            SetConsoleMode(m_console, m_saved & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
        }
#else
        m_interactive = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_interactive) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
#endif
    }
    ~EchoOff() {
        if (m_interactive) {
#ifdef _WIN32
            SetConsoleMode(m_console, m_saved);
#else
            tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
#endif
        }
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

    [[nodiscard]] bool interactive() const {
        return m_interactive;
    }

private:
    bool m_interactive = false;
#ifdef _WIN32
    HANDLE m_console = nullptr;
    DWORD m_saved = 0;
#else
    termios m_saved{};
#endif
};

QString readPinFromTerminal(const CommandContext& context, const char* prompt = "PIN: ") {
    context.err << prompt << Qt::flush;
    char buffer[64] = {};
    bool read = false;
    {
        const EchoOff echoOff;
        read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
        if (echoOff.interactive()) {
            context.err << Qt::endl; // the Enter that was not echoed
        }
    }
    return read ? QString::fromLatin1(buffer).trimmed() : QString();
}

} // namespace

// Opens the till's database, reporting a damaged, newer or unwritable one in plain words.
std::unique_ptr<TillDatabase> openTill(const CommandContext& context) {
    try {
        return std::make_unique<TillDatabase>(context.dataDir);
    } catch (const SchemaError& error) {
        context.err << "kassactl: " << error.what() << Qt::endl;
    } catch (const StoreError& error) {
        context.err << "kassactl: cannot open the till's data in " << context.dataDir << ": " << error.what()
                    << "\n  Check that the folder exists, is writable, and holds a Kassa database "
                       "(restore the latest backup if the file is damaged)."
                    << Qt::endl;
    }
    return nullptr;
}

std::unique_ptr<TillDatabase> openInitialisedTill(const CommandContext& context) {
    auto till = openTill(context);
    if (till && !till->isInitialised()) {
        context.err << "kassactl: " << context.dataDir << " holds no till yet: run `kassactl --data-dir "
                    << context.dataDir << " init` first." << Qt::endl;
        return nullptr;
    }
    return till;
}

// The value after a flag, or nothing when the flag is last.
std::optional<QString> valueAfter(const QStringList& args, qsizetype& index) {
    if (index + 1 >= args.size()) {
        return std::nullopt;
    }
    return args[++index];
}

int refuse(const CommandContext& context, const Error& error) {
    context.err << "kassactl: " << describe(error) << Qt::endl;
    return error.code == ErrorCode::StorageFailed || error.code == ErrorCode::StorageFull ||
                   error.code == ErrorCode::StorageReadOnly
               ? kStorage
               : kRefused;
}

int usage(const CommandContext& context, const QString& problem) {
    context.err << "kassactl: " << problem << "\nRun `kassactl --help` for usage." << Qt::endl;
    return kUsage;
}

QString pinFromEnvironmentOrTerminal(const CommandContext& context) {
    const QByteArray fromEnvironment = qgetenv("KASSA_PIN");
    return fromEnvironment.isEmpty() ? readPinFromTerminal(context) : QString::fromLatin1(fromEnvironment);
}

Result<Operator> operatorFromArgs(const CommandContext& context, TillDatabase& till, QStringList& args) {
    const qsizetype flag = args.indexOf(QStringLiteral("--operator"));
    if (flag < 0 || flag + 1 >= args.size()) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("--operator ID is needed: customers' personal data is shown to an operator "
                                        "who logs in with their PIN ($KASSA_PIN, or asked for)"));
    }
    const QString id = args[flag + 1];
    args.remove(flag, 2);
    return till.operators().login(id, pinFromEnvironmentOrTerminal(context), QDateTime::currentDateTime());
}

ApproverCredentials approverFromEnvironmentOrTerminal(const CommandContext& context) {
    ApproverCredentials approver{qEnvironmentVariable("KASSA_APPROVER"), qEnvironmentVariable("KASSA_APPROVER_PIN")};
    if (approver.id.isEmpty()) {
        context.err << "Manager's operator number: " << Qt::flush;
        char buffer[64] = {};
        approver.id =
            std::fgets(buffer, sizeof buffer, stdin) != nullptr ? QString::fromLatin1(buffer).trimmed() : QString();
    }
    if (approver.pin.isEmpty()) {
        approver.pin = readPinFromTerminal(context, "Manager's PIN: ");
    }
    return approver;
}

Result<std::optional<std::int64_t>> takePendingQuantity(std::optional<QString>& pendingQuantity) {
    if (!pendingQuantity) {
        return std::optional<std::int64_t>();
    }
    // Whole pieces or kilograms: the product decides which is valid, later.
    auto parsed = parseQuantity(*std::exchange(pendingQuantity, std::nullopt), Unit::Kilograms);
    if (!parsed) {
        return parsed.error();
    }
    return std::optional<std::int64_t>(parsed.value());
}

std::optional<QString> readCodes(const QStringList& args, qsizetype& index, std::optional<QString>& pendingQuantity,
                                 const std::function<void(const QString& code, std::optional<std::int64_t>)>& take) {
    const QString flag = args[index];
    if (index + 1 >= args.size() || args[index + 1].startsWith(QLatin1String("--"))) {
        return QStringLiteral("%1 needs at least one code").arg(flag);
    }
    while (index + 1 < args.size() && !args[index + 1].startsWith(QLatin1String("--"))) {
        const auto quantity = takePendingQuantity(pendingQuantity);
        if (!quantity) {
            return describe(quantity.error());
        }
        take(args[++index], quantity.value());
    }
    return std::nullopt;
}

const char kPayUsage[] =
    "use cash:AMOUNT, cash:AMOUNT:confirmed (far more than is due, and meant), card, card:AMOUNT, voucher:CODE, "
    "voucher:CODE:AMOUNT, points or points:COUNT";

std::optional<QString> parseTender(const QString& value, SaleTender& tender) {
    QStringList parts = value.split(QLatin1Char(':'));
    if (parts[0] == QLatin1String("cash") && parts.size() == 3 && parts[2] == QLatin1String("confirmed")) {
        tender.kind = Tender::Kind::Cash;
        tender.largeCashConfirmed = true;
        parts.removeLast();
    } else if (parts[0] == QLatin1String("cash") && parts.size() == 2) {
        tender.kind = Tender::Kind::Cash;
    } else if (parts[0] == QLatin1String("card") && parts.size() <= 2) {
        tender.kind = Tender::Kind::Card;
    } else if (parts[0] == QLatin1String("voucher") && (parts.size() == 2 || parts.size() == 3)) {
        tender.kind = Tender::Kind::Voucher;
        tender.voucher = parts.takeAt(1);
    } else if (parts[0] == QLatin1String("points") && parts.size() <= 2) {
        tender.kind = Tender::Kind::LoyaltyPoints;
        if (parts.size() == 2) {
            bool whole = false;
            tender.points = parts[1].toLongLong(&whole);
            if (!whole || *tender.points <= 0) {
                return QStringLiteral("--pay %1: the number of points is a whole number above zero").arg(value);
            }
        }
        return std::nullopt;
    } else {
        return QStringLiteral("--pay %1: %2").arg(value, QLatin1String(kPayUsage));
    }
    if (parts.size() == 2) {
        auto amount = Money::parse(parts[1]);
        if (!amount) {
            return describe(amount.error());
        }
        tender.amount = amount.value();
    }
    return std::nullopt;
}

namespace {

// A voucher is checked with central first; unreachable (or not asked), the till's offline rules
// decide, and the reason is said on stderr.
Result<void> payVoucher(const CommandContext& context, Checkout& checkout, const SaleTender& tender,
                        const std::optional<sync::TillLinkFiles>& link) {
    if (auto open = checkout.checkVoucherEntry(); !open) {
        return open.error(); // a blocked till asks nobody about another code
    }
    const CentralVoucher central = sync::requestVoucher(link, tender.voucher.trimmed().toUpper());
    if (central.outcome == CentralVoucher::Outcome::Unreachable) {
        context.err << "kassactl: head office was not asked about voucher " << tender.voucher << " (" << central.why
                    << "): decided offline." << Qt::endl;
    }
    return checkout.payVoucher(tender.voucher, central, tender.amount);
}

Result<void> payPoints(Checkout& checkout, const SaleTender& tender) {
    if (auto taken = checkout.payLoyaltyPoints(tender.points); !taken) {
        return taken.error();
    }
    return {};
}

} // namespace

Result<void> payAll(const CommandContext& context, Checkout& checkout, const std::vector<SaleTender>& tenders,
                    const std::optional<sync::TillLinkFiles>& link) {
    for (const SaleTender& tender : tenders) {
        if (checkout.payment()->isComplete()) {
            return makeError(ErrorCode::TenderTooLarge, tender.amount ? tender.amount->format() : QString());
        }
        const auto large = tender.largeCashConfirmed ? Checkout::LargeCash::Confirmed : Checkout::LargeCash::AskFirst;
        Result<void> paid = tender.kind == Tender::Kind::Cash            ? checkout.payCash(*tender.amount, large)
                            : tender.kind == Tender::Kind::Card          ? checkout.payCard(tender.amount)
                            : tender.kind == Tender::Kind::LoyaltyPoints ? payPoints(checkout, tender)
                                                                         : payVoucher(context, checkout, tender, link);
        if (!paid) {
            return paid;
        }
    }
    if (!checkout.payment()->isComplete()) {
        return makeError(ErrorCode::TenderDoesNotCover, checkout.payment()->remaining().format());
    }
    return {};
}

QString stockQuantityText(std::int64_t milli) {
    return formatQuantity(milli, milli % kQuantityOne == 0 ? Unit::Pieces : Unit::Kilograms);
}

// "  001 Kamppi (this store)  23  (central: 24 as of 2026-11-30T15:40:00; since, this till: -1 in 1 movement)"
void printStockByLocation(const CommandContext& context, const std::vector<LocationStock>& locations) {
    for (const LocationStock& at : locations) {
        QString place = at.location == QLatin1String(kWebWarehouse) ? QStringLiteral("web warehouse") : at.location;
        if (!at.name.isEmpty()) {
            place += QLatin1Char(' ') + at.name;
        }
        if (at.ownStore) {
            place += QStringLiteral(" (this store)");
        }
        context.out << "  " << place.leftJustified(32) << "  ";
        if (!at.known) {
            context.out << "no figure from head office yet\n";
            continue;
        }
        context.out << stockQuantityText(at.onHandMilli);
        if (at.asOf.isValid()) {
            context.out << "  (head office: " << stockQuantityText(at.centralMilli) << " as of "
                        << at.asOf.toLocalTime().toString(Qt::ISODate);
        } else {
            context.out << "  (head office: none yet";
        }
        if (at.uncountedMovements > 0) {
            context.out << "; not yet at head office: " << at.uncountedMovements << " movement(s) of this till";
            if (at.uncountedCountMilli) {
                context.out << ", a count of " << stockQuantityText(*at.uncountedCountMilli);
            }
        }
        context.out << ")\n";
    }
}

Result<void> approveIfNeeded(ReturnDesk& desk) {
    if (desk.approvalsNeeded().empty()) {
        return {};
    }
    const QString approver = qEnvironmentVariable("KASSA_APPROVER");
    if (approver.isEmpty()) {
        return makeError(ErrorCode::ReturnApprovalRequired, desk.approvalsNeeded().front().detail);
    }
    return desk.approve(approver, qEnvironmentVariable("KASSA_APPROVER_PIN"));
}

} // namespace kassa::app
