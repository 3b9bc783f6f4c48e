// kassactl shift: the till's shifts through core::Shifts, the rules the shift screens use.
//
//   shift open     --operator ID --float AMOUNT|"20x5 10x3 0.50x4"
//   shift cash-in  --operator ID --amount A [--reason change_from_bank|float_top_up|other] [--note TEXT]
//   shift cash-out --operator ID --amount A --reason petty_cash|supplier|bank_deposit|other [--note TEXT]
//   shift drop     --operator ID --amount A [--note TEXT]
//   shift no-sale  --operator ID --reason give_change|check_drawer|other [--note TEXT]
//   shift x-report --operator ID [--format json]      (a supervisor or above: it shows the cash expected)
//   shift close    --operator ID --count AMOUNT|"50x2 20x3 ..." [--reason TEXT]
//   shift z-report N [--format text|json]
//
// The operator's PIN comes from $KASSA_PIN (or is asked for); a count that differs by more than
// the setting shift.count_difference_limit needs a manager from $KASSA_APPROVER and
// $KASSA_APPROVER_PIN, and --reason.

#include "CommandSupport.h"
#include "Commands.h"
#include "core/domain/ShiftReport.h"
#include "core/till/Checkout.h"
#include "core/till/ShiftClose.h"

#include <QJsonDocument>
#include <map>

namespace kassa::app {

using namespace kassa::core;

namespace {

const QString kShiftUsage = QStringLiteral(
    "use: shift open|cash-in|cash-out|drop|no-sale|x-report|close --operator ID [--float C] [--amount A] "
    "[--reason R] [--note N] [--count C] [--format json]; shift z-report N [--format text|json]");

struct Verb {
    const char* name;
    std::optional<DrawerMovementKind> movement; // the drawer movements
};

constexpr Verb kVerbs[] = {{"open", std::nullopt},
                           {"cash-in", DrawerMovementKind::CashIn},
                           {"cash-out", DrawerMovementKind::CashOut},
                           {"drop", DrawerMovementKind::SafeDrop},
                           {"no-sale", DrawerMovementKind::NoSale},
                           {"x-report", std::nullopt},
                           {"close", std::nullopt}};

// `--flag value` pairs; nothing when a flag has no value or is not one the command knows.
std::optional<std::map<QString, QString>> optionsOf(const QStringList& args) {
    static const QStringList known{QStringLiteral("--operator"), QStringLiteral("--float"), QStringLiteral("--amount"),
                                   QStringLiteral("--reason"),   QStringLiteral("--note"),  QStringLiteral("--count"),
                                   QStringLiteral("--format")};
    std::map<QString, QString> options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString flag = args[i];
        const std::optional<QString> value = valueAfter(args, i);
        if (!known.contains(flag) || !value) {
            return std::nullopt;
        }
        options[flag] = *value;
    }
    return options;
}

ReceiptHeader headerOf(TillDatabase& till) {
    return ReceiptHeader{till.settings().identity().storeName, {}, {}, 42};
}

int printZ(const CommandContext& context, TillDatabase& till, const ZReport& z) {
    context.out << renderZReportText(z, till.settings().identity(), headerOf(till)) << Qt::flush;
    return kOk;
}

int moveDrawer(const CommandContext& context, TillDatabase& till, const Operator& by, DrawerMovementKind kind,
               const std::map<QString, QString>& options) {
    DrawerMovement movement{kind, Money(), {}, {}, by.id, QDateTime::currentDateTime()};
    if (kind != DrawerMovementKind::NoSale) {
        const Result<Money> amount = Money::parse(
            options.count(QStringLiteral("--amount")) != 0 ? options.at(QStringLiteral("--amount")) : QString());
        if (!amount) {
            return usage(
                context,
                QStringLiteral("%1 needs --amount in euros, such as 50.00").arg(drawerMovementKindToString(kind)));
        }
        movement.amount = *amount;
    }
    const auto reason = options.find(QStringLiteral("--reason"));
    movement.reason = reason != options.end() ? reason->second : drawerReasons(kind).front();
    if (kind != DrawerMovementKind::CashIn && kind != DrawerMovementKind::SafeDrop && reason == options.end()) {
        return usage(context,
                     QStringLiteral("%1 needs --reason: %2")
                         .arg(drawerMovementKindToString(kind), drawerReasons(kind).join(QStringLiteral("|"))));
    }
    if (const auto note = options.find(QStringLiteral("--note")); note != options.end()) {
        movement.note = note->second;
    }
    const Result<DrawerMovement> moved = till.shifts().move(movement);
    if (!moved) {
        context.err << "kassactl: nothing was recorded." << Qt::endl;
        return refuse(context, moved.error());
    }
    context.out << drawerMovementKindToString(kind) << " " << movement.amount.toDecimalString() << " ("
                << movement.reason << ") recorded." << Qt::endl;
    return kOk;
}

int closeShift(const CommandContext& context, TillDatabase& till, const Operator& by,
               const std::map<QString, QString>& options) {
    const auto count = options.find(QStringLiteral("--count"));
    if (count == options.end()) {
        return usage(context, QStringLiteral("close needs --count: the cash counted, as 212.40 or 50x2 20x3 ..."));
    }
    const auto reasonOption = options.find(QStringLiteral("--reason"));
    const QString reason = reasonOption == options.end() ? QString() : reasonOption->second;
    ShiftClose shiftClose(till, by);
    Result<ZReport> z = shiftClose.close(count->second, reason);
    const QString manager = qEnvironmentVariable("KASSA_APPROVER");
    if (!z && z.error().code == ErrorCode::CountNeedsApproval && !manager.isEmpty()) {
        // The manager of $KASSA_APPROVER and $KASSA_APPROVER_PIN approves the difference.
        const Result<Approval> approved =
            shiftClose.approve(manager, qEnvironmentVariable("KASSA_APPROVER_PIN"), reason);
        if (!approved) {
            context.err << "kassactl: the shift stays open." << Qt::endl;
            return refuse(context, approved.error());
        }
        z = shiftClose.close(count->second, reason, approved.value());
    }
    if (!z) {
        if (z.error().code != ErrorCode::ShiftNotOpen && z.error().code != ErrorCode::ShiftAlreadyClosed) {
            context.err << "kassactl: the shift stays open." << Qt::endl;
        }
        const int code = refuse(context, z.error());
        if (z.error().code == ErrorCode::CountNeedsApproval) {
            context.err << "  Set KASSA_APPROVER and KASSA_APPROVER_PIN to a manager's operator number and PIN, and "
                           "give --reason."
                        << Qt::endl;
        }
        return code;
    }
    return printZ(context, till, *z);
}

int runVerb(const CommandContext& context, TillDatabase& till, const Verb& verb,
            const std::map<QString, QString>& options, const Operator& by) {
    const QString name = QString::fromLatin1(verb.name);
    if (verb.movement) {
        return moveDrawer(context, till, by, *verb.movement, options);
    }
    if (name == QLatin1String("open")) {
        const auto floatText = options.find(QStringLiteral("--float"));
        if (floatText == options.end()) {
            return usage(context, QStringLiteral("open needs --float: the cash counted into the drawer"));
        }
        const Result<CashCount> counted = parseCashCount(floatText->second);
        if (!counted) {
            return refuse(context, counted.error());
        }
        const Result<ShiftRecord> opened = till.shifts().open(*counted, by, QDateTime::currentDateTime());
        if (!opened) {
            return refuse(context, opened.error());
        }
        context.out << "Shift " << opened->number << " open with a float of " << counted->total.toDecimalString() << "."
                    << Qt::endl;
        return kOk;
    }
    if (name == QLatin1String("x-report")) {
        if (by.role < Role::Supervisor) { // the X report shows the cash expected: not for a blind close
            context.err << "kassactl: an X report is for a supervisor or a manager: it shows the cash the drawer "
                           "should hold."
                        << Qt::endl;
            return kRefused;
        }
        const std::optional<ShiftRecord> shift = till.shifts().current();
        if (!shift) {
            return refuse(context, makeError(ErrorCode::ShiftNotOpen));
        }
        const ShiftFigures figures = till.shifts().figures(*shift);
        if (options.count(QStringLiteral("--format")) != 0 &&
            options.at(QStringLiteral("--format")) == QLatin1String("json")) {
            const QJsonObject x{{QStringLiteral("shift_id"), shift->id},
                                {QStringLiteral("number"), static_cast<qint64>(shift->number)},
                                {QStringLiteral("opened_at"), shift->openedAt.toUTC().toString(Qt::ISODateWithMs)},
                                {QStringLiteral("opened_by"), shift->openedBy},
                                {QStringLiteral("figures"), shiftFiguresToJson(figures)}};
            context.out << QJsonDocument(x).toJson(QJsonDocument::Indented) << Qt::flush;
            return kOk;
        }
        context.out << renderXReportText(*shift, figures, till.settings().identity(), headerOf(till)) << Qt::flush;
        return kOk;
    }
    return closeShift(context, till, by, options);
}

} // namespace

int runShift(const CommandContext& context, const QStringList& args) {
    if (args.isEmpty()) {
        return usage(context, kShiftUsage);
    }
    const auto till = openInitialisedTill(context);
    if (!till) {
        return kStorage;
    }
    if (args[0] == QLatin1String("z-report")) {
        bool ok = false;
        const std::int64_t number = args.size() >= 2 ? args[1].toLongLong(&ok) : 0;
        const bool json = args.size() == 4 && args[2] == QLatin1String("--format") && args[3] == QLatin1String("json");
        const bool text = args.size() == 2 || (args.size() == 4 && args[2] == QLatin1String("--format") &&
                                               args[3] == QLatin1String("text"));
        if (!ok || number < 1 || (!json && !text)) {
            return usage(context, QStringLiteral("use: shift z-report N [--format text|json] (N: the Z number)"));
        }
        const std::optional<ZReport> z = till->shifts().zReport(number);
        if (!z) {
            context.err << "kassactl: this till has no Z report " << number << "." << Qt::endl;
            return kRefused;
        }
        if (json) { // as the till sent it to central
            context.out << QJsonDocument(*till->shifts().zReportJson(number)).toJson(QJsonDocument::Indented)
                        << Qt::flush;
            return kOk;
        }
        return printZ(context, *till, *z);
    }
    const auto verb = std::find_if(std::begin(kVerbs), std::end(kVerbs),
                                   [&](const Verb& v) { return args[0] == QLatin1String(v.name); });
    const std::optional<std::map<QString, QString>> options = optionsOf(args.mid(1));
    if (verb == std::end(kVerbs) || !options || options->count(QStringLiteral("--operator")) == 0) {
        return usage(context, kShiftUsage);
    }
    const Result<Operator> by = till->operators().login(
        options->at(QStringLiteral("--operator")), pinFromEnvironmentOrTerminal(context), QDateTime::currentDateTime());
    if (!by) {
        return refuse(context, by.error());
    }
    return runVerb(context, *till, *verb, *options, by.value());
}

// training on|off --operator MANAGER: the till's sales are practice (store/TrainingSales.h) until
// switched off. Switch it while no sale is being rung up at the till's window: a payment under
// way keeps the mode it started in.
int runTraining(const CommandContext& context, const QStringList& args) {
    const bool known = args.size() == 3 && args[1] == QLatin1String("--operator") &&
                       (args[0] == QLatin1String("on") || args[0] == QLatin1String("off"));
    if (!known) {
        return usage(context, QStringLiteral("use: training on|off --operator ID (a manager; PIN from $KASSA_PIN)"));
    }
    const auto till = openInitialisedTill(context);
    if (!till) {
        return kStorage;
    }
    SimulatedPaymentTerminal terminal; // switching asks no terminal anything
    Checkout checkout(*till, terminal);
    const bool on = args[0] == QLatin1String("on");
    if (const Result<void> switched = checkout.setTrainingMode(on, args[2], pinFromEnvironmentOrTerminal(context));
        !switched) {
        return refuse(context, switched.error());
    }
    context.out << (on ? "Training mode is on: sales are practice, printed as training, never sent as sales."
                       : "Training mode is off: the till sells for real.")
                << Qt::endl;
    return kOk;
}

} // namespace kassa::app
