// kassactl return: goods back through ReturnDesk, the rules the return screen uses.
//
//   return --operator ID (--receipt NUMBER | --order NUMBER | --no-receipt) [--offline]
//          [--qty Q] --line N ... [--qty Q] --scan CODE ... --reason CODE
//          [--disposition sellable|damaged] --refund original|cash|store-credit
//          [[--qty Q] --exchange CODE ... [--pay TENDER ...]]
//
// --exchange makes it an exchange: the new items are rung up in a sale that takes the return's
// exchange credit first and `--pay` for any difference (what the new items leave over is
// refunded as --refund says).
//
// --qty applies to the next --line or scanned code; --reason and --disposition apply to the
// lines after them, and the first of each also to lines given before it. Online, central holds
// the quantities (a lease) before anything is refunded; when it cannot be reached the return is
// decided under the policy's offline rules, and kassactl says so.

#include "CommandSupport.h"
#include "Commands.h"
#include "core/domain/Receipt.h"
#include "core/till/Checkout.h"
#include "core/till/ReturnDesk.h"
#include "core/till/ReturnLookup.h"
#include "sync/client/CentralReturnsClient.h"

namespace kassa::app {

using namespace kassa::core;

namespace {

struct ReturnItem {
    int line = 0; // a sold line, or
    QString code; // an item scanned
    std::optional<std::int64_t> quantityMilli{};
    int reason = -1; // index into ReturnRequest::reasons; -1: the first one given
    int disposition = -1;
};

// A new item of an exchange.
struct ExchangeItem {
    QString code;
    std::optional<std::int64_t> quantityMilli;
};

struct ReturnRequest {
    QString operatorId;
    std::vector<ExchangeItem> exchange;
    std::vector<SaleTender> tenders; // for what the new items cost above the return
    QString channel;                 // returnChannels, kNone for --no-receipt
    QString number;
    bool offline = false;
    std::vector<ReturnItem> items;
    QStringList reasons;
    std::vector<Disposition> dispositions;
    std::optional<RefundMethod> refund;

    [[nodiscard]] QString reasonOf(const ReturnItem& item) const { return reasons.value(std::max(item.reason, 0)); }
    [[nodiscard]] Disposition dispositionOf(const ReturnItem& item) const {
        return dispositions.empty() ? Disposition::Sellable
                                    : dispositions[static_cast<std::size_t>(std::max(item.disposition, 0))];
    }
};

std::optional<QString> setDocument(ReturnRequest& request, const char* channel, const QString& number) {
    if (!request.channel.isEmpty()) {
        return QStringLiteral("give one of --receipt, --order and --no-receipt");
    }
    request.channel = QString::fromLatin1(channel);
    request.number = number.trimmed();
    return std::nullopt;
}

void addItem(ReturnRequest& request, ReturnItem item) {
    item.reason = static_cast<int>(request.reasons.size()) - 1;
    item.disposition = static_cast<int>(request.dispositions.size()) - 1;
    request.items.push_back(std::move(item));
}

std::optional<QString> parseFlag(const QStringList& args, qsizetype& i, ReturnRequest& request,
                                 std::optional<QString>& pendingQuantity) {
    const QString& arg = args[i];
    if (arg == QLatin1String("--no-receipt")) {
        return setDocument(request, returnChannels::kNone, QString());
    }
    if (arg == QLatin1String("--offline")) {
        request.offline = true;
        return std::nullopt;
    }
    if (arg == QLatin1String("--exchange")) {
        return readCodes(args, i, pendingQuantity, [&request](const QString& code, auto quantity) {
            request.exchange.push_back(ExchangeItem{code, quantity});
        });
    }
    if (arg == QLatin1String("--scan")) {
        return readCodes(args, i, pendingQuantity, [&request](const QString& code, auto quantity) {
            addItem(request, ReturnItem{0, code, quantity});
        });
    }
    const auto value = valueAfter(args, i);
    if (!value) {
        return QStringLiteral("%1 needs a value").arg(arg);
    }
    if (arg == QLatin1String("--operator")) {
        request.operatorId = *value;
    } else if (arg == QLatin1String("--receipt")) {
        return setDocument(request, returnChannels::kStore, *value);
    } else if (arg == QLatin1String("--order")) {
        return setDocument(request, returnChannels::kWeb, *value);
    } else if (arg == QLatin1String("--qty")) {
        pendingQuantity = *value;
    } else if (arg == QLatin1String("--line")) {
        bool ok = false;
        const int line = value->toInt(&ok);
        if (!ok || line < 1) {
            return QStringLiteral("--line takes the number of a line on the receipt or order, 1 or more");
        }
        const auto quantity = takePendingQuantity(pendingQuantity);
        if (!quantity) {
            return describe(quantity.error());
        }
        addItem(request, ReturnItem{line, {}, quantity.value()});
    } else if (arg == QLatin1String("--reason")) {
        if (!returnReasons().contains(*value)) {
            return QStringLiteral("--reason is one of %1").arg(returnReasons().join(QStringLiteral(", ")));
        }
        request.reasons << *value;
    } else if (arg == QLatin1String("--disposition")) {
        Disposition disposition = Disposition::Sellable;
        if (!dispositionFromString(*value, &disposition)) {
            return QStringLiteral("--disposition is sellable or damaged");
        }
        request.dispositions.push_back(disposition);
    } else if (arg == QLatin1String("--pay")) {
        SaleTender tender;
        if (auto problem = parseTender(*value, tender)) {
            return problem;
        }
        request.tenders.push_back(tender);
    } else if (arg == QLatin1String("--refund")) {
        RefundMethod method = RefundMethod::Original;
        if (!refundMethodFromString(*value, &method)) {
            return QStringLiteral("--refund is original, cash or store-credit");
        }
        request.refund = method;
    } else {
        return QStringLiteral("unknown option for return: %1").arg(arg);
    }
    return std::nullopt;
}

std::optional<QString> parseReturnRequest(const QStringList& args, ReturnRequest& request) {
    std::optional<QString> pendingQuantity;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (auto problem = parseFlag(args, i, request, pendingQuantity)) {
            return problem;
        }
    }
    if (pendingQuantity) {
        return QStringLiteral("--qty must come before the --line or --scan it applies to");
    }
    if (request.operatorId.isEmpty() || request.channel.isEmpty() || request.items.empty() ||
        request.reasons.isEmpty() || !request.refund) {
        return QStringLiteral("return needs --operator ID, one of --receipt NUMBER, --order NUMBER or --no-receipt, "
                              "at least one --line N or --scan CODE, --reason CODE and --refund "
                              "original|cash|store-credit");
    }
    if (request.channel == QLatin1String(returnChannels::kNone) &&
        std::any_of(request.items.begin(), request.items.end(), [](const ReturnItem& item) { return item.line > 0; })) {
        return QStringLiteral("a return without a receipt has no lines: scan the items with --scan");
    }
    if (request.channel != QLatin1String(returnChannels::kNone) && request.number.isEmpty()) {
        return QStringLiteral("--receipt and --order need the number");
    }
    if (!request.tenders.empty() && request.exchange.empty()) {
        return QStringLiteral("--pay pays for the new items of an exchange: give them with --exchange CODE");
    }
    return std::nullopt;
}

// The new items of an exchange in the sale's basket; refused before anything is recorded.
Result<void> ringUpExchange(Checkout& checkout, const ReturnRequest& request) {
    for (const ExchangeItem& item : request.exchange) {
        if (auto added = checkout.scan(item.code, item.quantityMilli); !added) {
            return added.error();
        }
    }
    return {};
}

// The exchange's sale: the return's credit first, then the tenders for any difference. When it
// cannot be paid the return stands, and its credit stays on the voucher printed with it.
int sellExchange(const CommandContext& context, Checkout& checkout, const ReturnRequest& request,
                 const CompletedReturn& completed, const std::optional<sync::TillLinkFiles>& link) {
    const auto credit = std::find_if(completed.refunds.begin(), completed.refunds.end(), [](const Refund& refund) {
        return refund.kind == QLatin1String(refundKinds::kExchange);
    });
    Result<void> paid = checkout.startPayment();
    if (paid && credit != completed.refunds.end()) {
        // A voucher this till has just issued: it is known here whole, without asking central.
        paid = checkout.payVoucher(credit->voucherCode().text(), CentralVoucher{});
    }
    if (paid && !checkout.payment()->isComplete()) {
        paid = payAll(context, checkout, request.tenders, request.offline ? std::nullopt : link);
    }
    auto sale = paid ? checkout.complete() : Result<CompletedSale>(paid.error());
    if (!sale) {
        context.err << "kassactl: the return is recorded, the new items are not sold." << Qt::endl;
        if (credit != completed.refunds.end()) {
            const QString code = credit->voucherCode().text();
            context.err << "  Its exchange credit stays on voucher " << code << " (" << credit->amount.format()
                        << "): sell the items with --pay voucher:" << code << Qt::endl;
        }
        return refuse(context, sale.error());
    }
    context.out << renderReceiptText(sale.value(), checkout.receiptHeader()) << Qt::flush;
    return kOk;
}

// With a receipt, a scanned item picks the first line of that product that can still come back.
Result<int> lineForCode(TillDatabase& till, const ReturnDesk& desk, const QString& code) {
    const std::optional<Product> product = till.catalog().byCode(code);
    const QString sku = product ? product->sku : code.trimmed();
    for (const ReturnableLine& line : desk.document()->lines) {
        if (line.sku == sku && line.returnableMilli() > desk.chosenOf(line.line)) {
            return line.line;
        }
    }
    return makeError(ErrorCode::NotOnDocument, QStringLiteral("%1 on %2").arg(code.trimmed(), desk.document()->number));
}

Result<void> chooseItems(TillDatabase& till, ReturnDesk& desk, const ReturnRequest& request) {
    for (const ReturnItem& item : request.items) {
        Result<int> added = makeError(ErrorCode::EmptyReturn);
        if (desk.withoutReceipt()) {
            added = desk.addItem(item.code, item.quantityMilli, request.reasonOf(item), request.dispositionOf(item));
        } else {
            const Result<int> line = item.line > 0 ? Result<int>(item.line) : lineForCode(till, desk, item.code);
            if (!line) {
                return line.error();
            }
            added = desk.addLine(*line, item.quantityMilli, request.reasonOf(item), request.dispositionOf(item));
        }
        if (!added) {
            return added.error();
        }
    }
    return {};
}

// Online, central holds the chosen quantities; when it cannot be reached the return goes on
// under the offline rules. Returns the refusal when central refused.
Result<void> holdAtCentral(const CommandContext& context, CentralReturns& central, ReturnDesk& desk) {
    if (desk.document()->source != DocumentSource::Central) {
        return {};
    }
    const CentralLease lease =
        central.holdReturn(desk.document()->channel, desk.document()->number, desk.chosenQuantities());
    if (lease.outcome == CentralLease::Outcome::Refused) {
        return *lease.refusal;
    }
    if (lease.outcome == CentralLease::Outcome::Unreachable) {
        context.err << "kassactl: " << lease.unreachable
                    << ": the return is decided under the offline rules and confirmed once head office has it."
                    << Qt::endl;
    }
    desk.setLease(lease.leaseId);
    return {};
}

Result<void> openDocument(const CommandContext& context, TillDatabase& till, CentralReturns& central,
                          const ReturnRequest& request, ReturnDesk& desk) {
    if (request.channel == QLatin1String(returnChannels::kNone)) {
        return desk.openWithoutReceipt();
    }
    const FoundDocument lookup = lookUpReturnable(till, &central, request.number, request.channel);
    if (lookup.refusal) {
        return *lookup.refusal;
    }
    if (!lookup.offlineReason.isEmpty() && !request.offline) {
        context.err << "kassactl: " << lookup.offlineReason << ": deciding from what this till knows, offline."
                    << Qt::endl;
    }
    return desk.open(*lookup.document);
}

} // namespace

int runReturn(const CommandContext& context, const QStringList& args) {
    ReturnRequest request;
    if (auto problem = parseReturnRequest(args, request)) {
        return usage(context, *problem);
    }
    auto till = openInitialisedTill(context);
    if (!till) {
        return kStorage;
    }
    const QString pin = pinFromEnvironmentOrTerminal(context);
    auto cashier = till->operators().login(request.operatorId, pin, QDateTime::currentDateTime());
    if (!cashier) {
        return refuse(context, cashier.error());
    }
    SimulatedPaymentTerminal terminal(till->settings().terminalMode());
    ReturnDesk desk(*till, terminal, cashier.value());
    Checkout exchange(*till, terminal);
    if (!request.exchange.empty()) {
        if (auto login = exchange.login(request.operatorId, pin); !login) {
            return refuse(context, login.error());
        }
        if (Result<void> rungUp = ringUpExchange(exchange, request); !rungUp) {
            return refuse(context, rungUp.error());
        }
        desk.setExchangeFor(exchange.basket().total());
    }
    const std::optional<sync::TillLinkFiles> link = sync::loadTillLink(context.dataDir);
    sync::CentralReturnsClient central(link, std::chrono::seconds(5), !request.offline);
    if (Result<void> opened = openDocument(context, *till, central, request, desk); !opened) {
        return refuse(context, opened.error());
    }
    if (Result<void> chosen = chooseItems(*till, desk, request); !chosen) {
        return refuse(context, chosen.error());
    }
    if (const auto plan = desk.refundPlan(*request.refund); !plan) {
        return refuse(context, plan.error()); // before central holds anything
    }
    if (exchange.basket().total() > desk.total() && request.tenders.empty()) {
        return usage(context, QStringLiteral("the new items cost %1 more than what comes back: pay it with --pay")
                                  .arg((exchange.basket().total() - desk.total()).format()));
    }
    if (Result<void> held = holdAtCentral(context, central, desk); !held) {
        return refuse(context, held.error());
    }
    const QString leaseId = desk.leaseId();
    Result<void> approved = approveIfNeeded(desk);
    auto completed = approved ? desk.complete(*request.refund) : Result<CompletedReturn>(approved.error());
    if (!completed) {
        if (!leaseId.isEmpty()) {
            central.releaseReturn(leaseId);
        }
        context.err << "kassactl: nothing was recorded." << Qt::endl;
        const int code = refuse(context, completed.error());
        if (completed.error().code == ErrorCode::ReturnApprovalRequired &&
            qEnvironmentVariableIsEmpty("KASSA_APPROVER")) {
            context.err << "  Set KASSA_APPROVER and KASSA_APPROVER_PIN to a manager's operator number and PIN."
                        << Qt::endl;
        }
        return code;
    }
    context.out << renderReturnText(completed.value(), exchange.receiptHeader()) << Qt::flush;
    return request.exchange.empty() ? kOk : sellExchange(context, exchange, request, completed.value(), link);
}

} // namespace kassa::app
