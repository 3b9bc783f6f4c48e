// kassactl pickups: the store's buy-online-pick-up-in-store orders through PickupDesk and
// Checkout, the rules the pickup screen uses, from the till's copies (offline too).
//
//   pickups list    --operator ID [--status STATUS] [--format text|json]
//   pickups show    ORDER --operator ID
//   pickups pick    ORDER --operator ID [--qty Q] (--sku SKU | --scan CODE)... [--short LINE[:QTY]]...
//   pickups ready   ORDER --operator ID [--format text|escpos]     prints the shelf label
//   pickups collect (ORDER --code CODE | --claim PU:ORDER:CODE) --operator ID --label PL:ORDER
//                   [--refuse LINE[:QTY]]... [--pay TENDER...]
//   pickups cancel  ORDER --operator ID --reason TEXT
//   pickups unlock  ORDER --operator ID    after five wrong codes; a manager from
//                                          $KASSA_APPROVER/$KASSA_APPROVER_PIN (or asked for)
//
// The PIN comes from $KASSA_PIN; a refused item's return may need $KASSA_APPROVER(_PIN).

#include "CommandSupport.h"
#include "Commands.h"
#include "core/domain/Receipt.h"
#include "core/till/PickupDesk.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace kassa::app {

using namespace kassa::core;

namespace {

const QString kPickupsUsage = QStringLiteral(
    "use: pickups list --operator ID [--status new|picking|ready|collected|cancelled|expired] [--format text|json]; "
    "pickups show ORDER --operator ID; pickups pick ORDER --operator ID [--qty Q] (--sku SKU | --scan CODE)... "
    "[--short LINE[:QTY]]...; "
    "pickups ready ORDER --operator ID [--format text|escpos]; pickups collect (ORDER --code CODE | --claim "
    "PU:ORDER:CODE) --operator ID --label PL:ORDER [--refuse LINE[:QTY]]... [--pay TENDER...]; pickups cancel "
    "ORDER --operator ID --reason TEXT; pickups unlock ORDER --operator ID");

// What a verb's flags say; `problem` when something is wrong with them.
struct PickupRequest {
    QString order;
    QString operatorId;
    std::vector<std::pair<QString, std::int64_t>> items; // code, quantity
    std::map<int, std::optional<std::int64_t>> shortLines;
    std::map<int, std::int64_t> refused;
    QString code;
    QString claim;
    QString label;
    QString reason;
    QString format = QStringLiteral("text");
    std::vector<SaleTender> tenders;
    QString problem;
};

// "2" or "2:1.5": an order line and, when given, a quantity.
std::optional<std::pair<int, std::optional<std::int64_t>>> lineAndQuantity(const QString& text) {
    bool ok = false;
    const int line = text.section(QLatin1Char(':'), 0, 0).toInt(&ok);
    if (!ok || line < 1) {
        return std::nullopt;
    }
    if (!text.contains(QLatin1Char(':'))) {
        return std::pair(line, std::optional<std::int64_t>());
    }
    auto quantity = parseQuantity(text.section(QLatin1Char(':'), 1), Unit::Kilograms);
    if (!quantity) {
        return std::nullopt;
    }
    return std::pair(line, std::optional<std::int64_t>(quantity.value()));
}

// Reads one flag and its value into the request; false when it is not a pickups flag.
// `pendingQuantity` is what a --qty gave the next item (0: none was given).
bool readFlag(const QString& flag, const QString& value, PickupRequest& request, std::int64_t& pendingQuantity) {
    if (flag == QLatin1String("--sku") || flag == QLatin1String("--scan")) {
        request.items.emplace_back(value, pendingQuantity > 0 ? pendingQuantity : kQuantityOne);
        pendingQuantity = 0;
    } else if (flag == QLatin1String("--qty")) {
        auto quantity = parseQuantity(value, Unit::Kilograms);
        if (!quantity) {
            request.problem = describe(quantity.error());
        }
        pendingQuantity = quantity.ok() ? quantity.value() : 0;
    } else if (flag == QLatin1String("--short") || flag == QLatin1String("--refuse")) {
        const auto line = lineAndQuantity(value);
        if (!line) {
            request.problem = QStringLiteral("%1 takes an order line and a quantity: 2 or 2:1").arg(flag);
        } else if (flag == QLatin1String("--short")) {
            request.shortLines[line->first] = line->second;
        } else {
            request.refused[line->first] = line->second.value_or(-1); // -1: all that was picked
        }
    } else if (flag == QLatin1String("--pay")) {
        SaleTender tender;
        if (auto wrong = parseTender(value, tender)) {
            request.problem = *wrong;
        }
        request.tenders.push_back(tender);
    } else if (flag == QLatin1String("--operator")) {
        request.operatorId = value;
    } else if (flag == QLatin1String("--code")) {
        request.code = value;
    } else if (flag == QLatin1String("--claim")) {
        request.claim = value;
    } else if (flag == QLatin1String("--label")) {
        request.label = value;
    } else if (flag == QLatin1String("--reason")) {
        request.reason = value;
    } else if (flag == QLatin1String("--format") || flag == QLatin1String("--status")) {
        request.format = value; // --status is read by list
    } else {
        return false;
    }
    return true;
}

PickupRequest parseRequest(const QStringList& args) {
    PickupRequest request;
    qsizetype i = 0;
    if (!args.isEmpty() && !args[0].startsWith(QLatin1String("--"))) {
        request.order = args[0].trimmed();
        i = 1;
    }
    std::int64_t pendingQuantity = 0;
    for (; i < args.size() && request.problem.isEmpty(); ++i) {
        const QString flag = args[i];
        const auto value = valueAfter(args, i);
        if (!value) {
            request.problem = QStringLiteral("%1 needs a value").arg(flag);
        } else if (!readFlag(flag, *value, request, pendingQuantity)) {
            request.problem = QStringLiteral("unknown option for pickups: %1").arg(flag);
        }
    }
    if (request.problem.isEmpty() && pendingQuantity > 0) {
        request.problem = QStringLiteral("--qty must come before the --sku or --scan it applies to");
    }
    return request;
}

QString waited(const Pickup& pickup) {
    const qint64 minutes = pickup.placedAt.secsTo(QDateTime::currentDateTimeUtc()) / 60;
    return minutes < 120 ? QStringLiteral("%1 min").arg(minutes) : QStringLiteral("%1 h").arg(minutes / 60);
}

void printPickup(const CommandContext& context, TillDatabase& till, const Pickup& pickup) {
    context.out << pickup.order << "  " << pickupStatusToString(pickup.status) << "  "
                << (pickup.paid ? QStringLiteral("paid online") : QStringLiteral("pay at collection")) << "  "
                << pickup.customerName << "  waited " << waited(pickup);
    if (pickup.collectBy && pickup.status == PickupStatus::Ready) {
        context.out << "  collect by " << pickup.collectBy->toLocalTime().toString(QStringLiteral("dd.MM.yyyy"));
    }
    context.out << "\n";
    for (const PickupLine& line : pickup.lines) {
        const std::optional<Product> product = till.catalog().bySku(line.sku);
        context.out << "  " << line.line << "  " << stockQuantityText(line.quantityMilli) << "  " << line.sku << "  "
                    << (product ? product->name : QStringLiteral("(not in this till's catalog)")) << "  picked "
                    << stockQuantityText(line.pickedMilli);
        if (line.shortMilli > 0) {
            context.out << "  short " << stockQuantityText(line.shortMilli);
        }
        context.out << "\n";
    }
}

int listPickups(const CommandContext& context, TillDatabase& till, const QStringList& args) {
    std::optional<PickupStatus> status;
    QString format = QStringLiteral("text");
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString flag = args[i];
        const auto value = valueAfter(args, i);
        if (value && flag == QLatin1String("--status") && pickupStatusFromString(*value)) {
            status = pickupStatusFromString(*value);
        } else if (value && flag == QLatin1String("--format") &&
                   (*value == QLatin1String("text") || *value == QLatin1String("json"))) {
            format = *value;
        } else {
            return usage(context, kPickupsUsage);
        }
    }
    const std::vector<Pickup> pickups = till.pickups().list(status);
    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const Pickup& pickup : pickups) {
            list.append(toJson(pickup));
        }
        context.out << QJsonDocument(list).toJson(QJsonDocument::Indented) << Qt::flush;
        return kOk;
    }
    if (pickups.empty()) {
        context.out << "No pickup orders" << (status ? QStringLiteral(" ") + pickupStatusToString(*status) : QString())
                    << " (as of the last sync with head office).\n";
    }
    for (const Pickup& pickup : pickups) {
        printPickup(context, till, pickup);
    }
    context.out.flush();
    return kOk;
}

int pick(const CommandContext& context, PickupDesk& desk, const PickupRequest& request) {
    if (request.items.empty() && request.shortLines.empty()) {
        return usage(context, QStringLiteral("pickups pick needs --sku, --scan or --short"));
    }
    Result<Pickup> picked = desk.find(request.order);
    for (const auto& [code, quantity] : request.items) {
        if (picked) {
            picked = desk.pick(request.order, code, quantity);
        }
    }
    for (const auto& [line, quantity] : request.shortLines) {
        if (picked) {
            picked = desk.markShort(request.order, line, quantity);
        }
    }
    if (!picked) {
        context.err << "kassactl: what was picked before this item is kept." << Qt::endl;
        return refuse(context, picked.error());
    }
    context.out << "Picking " << picked->order << "\n";
    for (const PickupLine& line : picked->lines) {
        context.out << "  " << line.line << "  " << line.sku << "  picked " << stockQuantityText(line.pickedMilli)
                    << " of " << stockQuantityText(line.quantityMilli)
                    << (line.shortMilli > 0 ? QStringLiteral("  short ") + stockQuantityText(line.shortMilli)
                                            : QString())
                    << "\n";
    }
    context.out.flush();
    return kOk;
}

int ready(const CommandContext& context, PickupDesk& desk, const PickupRequest& request) {
    if (request.format != QLatin1String("text") && request.format != QLatin1String("escpos")) {
        return usage(context, QStringLiteral("pickups ready --format takes text or escpos"));
    }
    const Result<Pickup> done = desk.markReady(request.order);
    if (!done) {
        return refuse(context, done.error());
    }
    const ShelfLabel label = desk.shelfLabel(*done);
    if (request.format == QLatin1String("escpos")) {
        context.out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(renderShelfLabelEscPos(label)) < 0) {
            return kStorage;
        }
        return kOk;
    }
    context.out << renderShelfLabelText(label) << Qt::flush;
    return kOk;
}

// What the customer refuses, by line: all that was picked of a line given without a quantity.
std::map<int, std::int64_t> refusedOf(const Pickup& pickup, const std::map<int, std::int64_t>& given) {
    std::map<int, std::int64_t> refused;
    for (const auto& [line, quantity] : given) {
        const PickupLine* picked = pickup.line(line);
        refused[line] = quantity < 0 && picked != nullptr ? picked->pickedMilli : quantity;
    }
    return refused;
}

// Paid online: the hand-over, then what was refused as a return to the online payment.
int handOverPaid(const CommandContext& context, TillDatabase& till, PickupDesk& desk, const Pickup& pickup,
                 const std::map<int, std::int64_t>& refused) {
    const Result<Pickup> handed = desk.handOverPaid(pickup.order, refused);
    if (!handed) {
        return refuse(context, handed.error());
    }
    SimulatedPaymentTerminal terminal(till.settings().terminalMode());
    Checkout header(till, terminal);
    context.out << renderHandOverText(desk.handedOver(*handed, refused), handed->collectedBy,
                                      QDateTime::currentDateTime(), header.receiptHeader());
    if (refused.empty()) {
        context.out.flush();
        return kOk;
    }
    auto returned = desk.returnRefused(pickup.order, refused, terminal);
    Result<void> approved = returned ? approveIfNeeded(**returned) : Result<void>(returned.error());
    auto completed =
        approved ? (*returned)->complete(RefundMethod::Original) : Result<CompletedReturn>(approved.error());
    if (!completed) {
        context.err << "kassactl: the order is handed over; the refused items' refund was not made. Take them back "
                       "with `kassactl return --order "
                    << pickup.order << "`." << Qt::endl;
        return refuse(context, completed.error());
    }
    context.out << renderReturnText(completed.value(), header.receiptHeader()) << Qt::flush;
    return kOk;
}

// Paid at collection: a sale of what the customer takes, at the order's prices.
int handOverUnpaid(const CommandContext& context, TillDatabase& till, const Pickup& pickup,
                   const PickupRequest& request) {
    if (request.tenders.empty()) {
        return usage(context, QStringLiteral("order %1 is paid at collection: give --pay").arg(pickup.order));
    }
    SimulatedPaymentTerminal terminal(till.settings().terminalMode());
    Checkout checkout(till, terminal);
    if (auto login = checkout.login(request.operatorId, pinFromEnvironmentOrTerminal(context)); !login) {
        return refuse(context, login.error());
    }
    Result<void> rung = checkout.ringUpPickup(pickup, refusedOf(pickup, request.refused));
    if (rung) {
        rung = checkout.startPayment();
    }
    if (rung) {
        rung = payAll(context, checkout, request.tenders, sync::loadTillLink(context.dataDir));
    }
    auto sale = rung ? checkout.complete() : Result<CompletedSale>(rung.error());
    if (!sale) {
        context.err << "kassactl: nothing was recorded; the order waits on its shelf." << Qt::endl;
        return refuse(context, sale.error());
    }
    context.out << renderReceiptText(sale.value(), checkout.receiptHeader()) << Qt::flush;
    return kOk;
}

int collect(const CommandContext& context, TillDatabase& till, PickupDesk& desk, const PickupRequest& request) {
    if (request.label.isEmpty() || (request.claim.isEmpty() == request.code.isEmpty())) {
        return usage(context, QStringLiteral("pickups collect needs the customer's --claim PU:... (or ORDER --code "
                                             "CODE) and the shelf --label PL:ORDER"));
    }
    const Result<Pickup> claimed =
        request.claim.isEmpty() ? desk.claim(request.order, request.code) : desk.claim(request.claim);
    if (!claimed) {
        return refuse(context, claimed.error());
    }
    if (Result<void> label = desk.checkLabel(*claimed, request.label); !label) {
        return refuse(context, label.error());
    }
    if (claimed->paid) {
        return handOverPaid(context, till, desk, *claimed, refusedOf(*claimed, request.refused));
    }
    return handOverUnpaid(context, till, *claimed, request);
}

} // namespace

int runPickups(const CommandContext& context, const QStringList& args) {
    if (args.isEmpty()) {
        return usage(context, kPickupsUsage);
    }
    auto till = openInitialisedTill(context);
    if (!till) {
        return kStorage;
    }
    const QString verb = args[0];
    if (verb == QLatin1String("list")) {
        // The customers' names and orders: for an operator logged in, as selling is.
        QStringList rest = args.mid(1);
        if (auto staff = operatorFromArgs(context, *till, rest); !staff) {
            return refuse(context, staff.error());
        }
        return listPickups(context, *till, rest);
    }
    const PickupRequest request = parseRequest(args.mid(1));
    if (!request.problem.isEmpty()) {
        return usage(context, request.problem);
    }
    if (verb == QLatin1String("show")) {
        if (request.operatorId.isEmpty()) {
            return usage(context, QStringLiteral("pickups show ORDER --operator ID: an operator logs in to see an "
                                                 "order's customer"));
        }
        if (auto staff = till->operators().login(request.operatorId, pinFromEnvironmentOrTerminal(context),
                                                 QDateTime::currentDateTime());
            !staff) {
            return refuse(context, staff.error());
        }
        Result<Pickup> found = PickupDesk(*till, Operator{}).find(request.order);
        if (!found) {
            return refuse(context, found.error());
        }
        printPickup(context, *till, *found);
        context.out.flush();
        return kOk;
    }
    if (request.operatorId.isEmpty() || (request.order.isEmpty() && request.claim.isEmpty())) {
        return usage(context, kPickupsUsage);
    }
    auto staff = till->operators().login(request.operatorId, pinFromEnvironmentOrTerminal(context),
                                         QDateTime::currentDateTime());
    if (!staff) {
        return refuse(context, staff.error());
    }
    PickupDesk desk(*till, staff.value());
    if (verb == QLatin1String("pick")) {
        return pick(context, desk, request);
    }
    if (verb == QLatin1String("ready")) {
        return ready(context, desk, request);
    }
    if (verb == QLatin1String("collect")) {
        return collect(context, *till, desk, request);
    }
    if (verb == QLatin1String("unlock")) {
        const ApproverCredentials manager = approverFromEnvironmentOrTerminal(context);
        if (const Result<Approval> unlocked = desk.unlock(request.order, manager.id, manager.pin); !unlocked) {
            return refuse(context, unlocked.error());
        }
        context.out << "Order " << request.order << " unlocked: the customer's code is taken again.\n" << Qt::flush;
        return kOk;
    }
    if (verb == QLatin1String("cancel")) {
        const Result<Pickup> cancelled = desk.cancel(request.order, request.reason);
        if (!cancelled) {
            return refuse(context, cancelled.error());
        }
        context.out << "Order " << cancelled->order << " cancelled: put its goods back on the shelf.\n" << Qt::flush;
        return kOk;
    }
    return usage(context, kPickupsUsage);
}

} // namespace kassa::app
