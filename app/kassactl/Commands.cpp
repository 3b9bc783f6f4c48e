#include "Commands.h"

#include "CommandSupport.h"
#include "core/store/DemoCatalog.h"
#include "core/store/Migrations.h"
#include "core/till/Checkout.h"
#include "sync/client/ReceiptSigning.h"
#include "sync/client/TillLink.h"
#include "ui/printing/ReceiptImage.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <cstdio>
#include <memory>
#include <optional>
#include <string_view>

namespace kassa::app {

using namespace kassa::core;

namespace {

struct SaleItem {
    QString code;
    std::optional<std::int64_t> quantityMilli;
};

struct SaleRequest {
    QString operatorId;
    std::vector<SaleItem> items;
    std::vector<SaleTender> tenders;
    QString customer;     // an id, loyalty card, phone or e-mail: the customer the sale is for
    bool offline = false; // vouchers are decided without asking central
};

// Parses `--operator ID [--qty N] --scan CODE... --pay cash:AMOUNT|card[:AMOUNT]|voucher:CODE[:AMOUNT]
// ... [--offline]`.
std::optional<QString> parseSaleRequest(const QStringList& args, SaleRequest& request) {
    std::optional<QString> pendingQuantity;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (arg == QLatin1String("--operator")) {
            auto value = valueAfter(args, i);
            if (!value) {
                return QStringLiteral("--operator needs an operator number");
            }
            request.operatorId = *value;
        } else if (arg == QLatin1String("--qty")) {
            pendingQuantity = valueAfter(args, i);
            if (!pendingQuantity) {
                return QStringLiteral("--qty needs a quantity");
            }
        } else if (arg == QLatin1String("--scan")) {
            if (auto problem = readCodes(args, i, pendingQuantity, [&](const QString& code, auto quantity) {
                    request.items.push_back(SaleItem{code, quantity});
                })) {
                return problem;
            }
        } else if (arg == QLatin1String("--pay")) {
            auto value = valueAfter(args, i);
            if (!value) {
                return QStringLiteral("--pay needs a tender: %1").arg(QLatin1String(kPayUsage));
            }
            SaleTender tender;
            if (auto problem = parseTender(*value, tender)) {
                return problem;
            }
            request.tenders.push_back(tender);
        } else if (arg == QLatin1String("--customer")) {
            auto value = valueAfter(args, i);
            if (!value) {
                return QStringLiteral("--customer needs the customer's id, loyalty card, phone or e-mail");
            }
            request.customer = *value;
        } else if (arg == QLatin1String("--offline")) {
            request.offline = true;
        } else {
            return QStringLiteral("unknown option for sale: %1").arg(arg);
        }
    }
    if (pendingQuantity) {
        return QStringLiteral("--qty must come before the --scan it applies to");
    }
    if (request.operatorId.isEmpty()) {
        return QStringLiteral("sale needs --operator ID");
    }
    if (request.items.empty()) {
        return QStringLiteral("sale needs at least one --scan CODE");
    }
    if (request.tenders.empty()) {
        return QStringLiteral("sale needs at least one --pay");
    }
    return std::nullopt;
}

// A sale or a return: both are receipts in one numbering.
struct PrintedReceipt {
    std::int64_t number = 0;
    std::optional<CompletedSale> sale;
    std::optional<CompletedReturn> completedReturn;
};

// The till's last `count` receipts, sales and returns, oldest first.
std::vector<PrintedReceipt> lastReceipts(TillDatabase& till, int count) {
    std::vector<PrintedReceipt> receipts;
    for (CompletedSale& sale : till.journal().last(count)) {
        receipts.push_back(PrintedReceipt{sale.number, std::move(sale), std::nullopt});
    }
    for (CompletedReturn& completed : till.returns().last(count)) {
        receipts.push_back(PrintedReceipt{completed.number, std::nullopt, std::move(completed)});
    }
    std::sort(receipts.begin(), receipts.end(),
              [](const PrintedReceipt& a, const PrintedReceipt& b) { return a.number < b.number; });
    if (receipts.size() > static_cast<std::size_t>(count)) {
        receipts.erase(receipts.begin(), receipts.end() - count);
    }
    return receipts;
}

QJsonObject receiptJson(const PrintedReceipt& receipt, TillDatabase& till,
                        const std::optional<sync::TillLinkFiles>& link) {
    QJsonObject json = receipt.sale ? saleToJson(*receipt.sale) : returnToJson(*receipt.completedReturn);
    if (receipt.sale) {
        if (const auto code = sync::receiptCodeOf(till, *receipt.sale, link)) {
            json.insert(QStringLiteral("receipt_code"), QString::fromLatin1(*code));
        }
    }
    json.insert(QStringLiteral("kind"), receipt.sale ? QStringLiteral("sale") : QStringLiteral("return"));
    if (receipt.completedReturn) {
        json.insert(QStringLiteral("confirmed"), till.returns().isConfirmed(receipt.completedReturn->documentId));
    }
    json.insert(QStringLiteral("hash"), receipt.sale ? receipt.sale->hash : receipt.completedReturn->hash);
    json.insert(QStringLiteral("previous_hash"),
                receipt.sale ? receipt.sale->previousHash : receipt.completedReturn->previousHash);
    return json;
}

// One PNG per receipt, DIR/receipt-NUMBER.png, each path printed.
int writeReceiptImages(const CommandContext& context, TillDatabase& till, const std::vector<PrintedReceipt>& receipts,
                       const ReceiptHeader& header, const std::optional<sync::TillLinkFiles>& link,
                       const QString& output) {
    if (!QDir().mkpath(output)) {
        context.err << "kassactl: cannot create " << output << Qt::endl;
        return kStorage;
    }
    for (const PrintedReceipt& receipt : receipts) {
        QImage image;
        QString number;
        if (receipt.sale) {
            number = receipt.sale->receiptNumber;
            image = ui::renderReceiptImage(renderReceiptText(*receipt.sale, header), {number},
                                           sync::receiptCodeOf(till, *receipt.sale, link).value_or(QByteArray()));
        } else {
            number = receipt.completedReturn->receiptNumber;
            std::vector<QString> codes{number};
            for (const QString& code : voucherCodes(*receipt.completedReturn)) {
                codes.push_back(code);
            }
            image = ui::renderReceiptImage(renderReturnText(*receipt.completedReturn, header), codes, {});
        }
        const QString file = QDir(output).filePath(QStringLiteral("receipt-%1.png").arg(number));
        if (!image.save(file, "PNG")) {
            context.err << "kassactl: cannot write " << file << Qt::endl;
            return kStorage;
        }
        context.out << file << "\n";
    }
    context.out.flush();
    return kOk;
}

} // namespace

QString usageText() {
    return QStringLiteral("Usage: kassactl [--data-dir DIR] COMMAND [OPTIONS]\n"
                          "\n"
                          "The till's admin and scripting tool. DIR defaults to the platform's data folder.\n"
                          "\n"
                          "Commands:\n"
                          "  init [--demo] [--products N] [--store NNN] [--till NN] [--store-name NAME]\n"
                          "      Create the till's database; --demo adds the demo catalog (N products,\n"
                          "      default 10000) and the demo operators.\n"
                          "  import products FILE.jsonl\n"
                          "      Import or update products, one JSON object per line. All or nothing.\n"
                          "  sale --operator ID [--customer ID|CARD|PHONE|EMAIL] [--qty N] --scan CODE...\n"
                          "       --pay cash:AMOUNT[:confirmed]|card[:AMOUNT]|voucher:CODE[:AMOUNT]|points[:COUNT]...\n"
                          "       [--offline]\n"
                          "      Ring up a sale through the till's own rules and print the receipt. The PIN\n"
                          "      comes from $KASSA_PIN or is asked for. --qty applies to the next code. A\n"
                          "      voucher's balance is asked of head office; unreachable (or --offline), the\n"
                          "      till takes a voucher it was sent up to the offline limit.\n"
                          "  return --operator ID (--receipt NUMBER | --order NUMBER | --no-receipt)\n"
                          "         [--qty Q] --line N... [--scan CODE...] --reason CODE\n"
                          "         [--disposition sellable|damaged] --refund original|cash|store-credit\n"
                          "         [--offline] [[--qty Q] --exchange CODE... [--pay TENDER...]]\n"
                          "      Take goods back under the chain's return policy and print the return\n"
                          "      receipt. Online, head office holds the quantities first; unreachable (or\n"
                          "      --offline), the offline rules decide. --qty applies to the next line or\n"
                          "      code; an approver's PIN comes from $KASSA_APPROVER/$KASSA_APPROVER_PIN.\n"
                          "      Reasons: changed_mind, wrong_size, defective, damaged_in_transit,\n"
                          "      not_as_described, wrong_item, other. --exchange rings up new items that\n"
                          "      the return pays for first; --pay (as for sale) pays any difference.\n"
                          "  stock receive|count|adjust|transfer-out|transfer-in --operator ID\n"
                          "        [--qty Q] (--sku SKU | --scan CODE)... [--delivery N] [--area AREA]\n"
                          "        [--counted-at TIME] [--reason damaged|shrink|found] [--to STORE]\n"
                          "        [--transfer ST-NNN-NN-NNNNNN] [--from STORE]\n"
                          "      Record a stock operation for head office's ledger; --qty applies to the\n"
                          "      next item (one piece without it).\n"
                          "  shift open --operator ID --float AMOUNT|\"20x5 10x3 0.50x4\"\n"
                          "  shift cash-in|cash-out|drop|no-sale --operator ID [--amount A] [--reason R]\n"
                          "        [--note TEXT]\n"
                          "  shift x-report --operator ID [--format json]\n"
                          "  shift close --operator ID --count C [--reason R]\n"
                          "  shift z-report N [--format text|json]\n"
                          "      The till's shift: opened with a counted float, cash in and out of the\n"
                          "      drawer with a reason, the X report (supervisors), the blind close whose\n"
                          "      difference above shift.count_difference_limit needs a manager from\n"
                          "      $KASSA_APPROVER/$KASSA_APPROVER_PIN and --reason, and Z reports.\n"
                          "  training on|off --operator ID\n"
                          "      A manager switches the till to training: its sales are practice, printed\n"
                          "      as training, in no report, never sent as sales; no vouchers, points or\n"
                          "      returns. Switch while no sale is being rung up.\n"
                          "  vouchers status | vouchers unblock\n"
                          "      Whether the till takes store-credit vouchers; after too many wrong codes\n"
                          "      (vouchers.wrong_codes_limit in 24 hours) a manager from\n"
                          "      $KASSA_APPROVER/$KASSA_APPROVER_PIN (or asked for) unblocks it.\n"
                          "  pickups list [--status new|picking|ready|collected|cancelled|expired]\n"
                          "               [--format text|json]\n"
                          "  pickups show ORDER\n"
                          "  pickups pick ORDER --operator ID [--qty Q] (--sku SKU | --scan CODE)...\n"
                          "               [--short LINE[:QTY]]...\n"
                          "  pickups ready ORDER --operator ID [--format text|escpos]\n"
                          "  pickups collect (ORDER --code CODE | --claim PU:ORDER:CODE) --operator ID\n"
                          "                  --label PL:ORDER [--refuse LINE[:QTY]]... [--pay TENDER...]\n"
                          "  pickups cancel ORDER --operator ID --reason TEXT\n"
                          "      The store's buy-online-pick-up-in-store orders (offline too): picking\n"
                          "      against the order (a wrong item or too many refused), items short,\n"
                          "      ready with its shelf label printed, the hand-over with the customer's\n"
                          "      code and the shelf label scanned. Paid online: handed over, a refused\n"
                          "      item a return to the online payment (approver from $KASSA_APPROVER);\n"
                          "      paid at collection: a sale of the order's lines at its prices, paid\n"
                          "      with --pay (as for sale), refused items not sold.\n"
                          "  stock show (--sku SKU | --scan CODE)\n"
                          "      This till's movements of an item, its last count, stock by location.\n"
                          "  stock deliveries\n"
                          "      What head office has on its way to this store, not yet received.\n"
                          "  receipts [--last N] [--format text|json|escpos|png] [--output DIR]\n"
                          "      Print the last N receipts, returns included (default 1); png writes\n"
                          "      DIR/receipt-NUMBER.png (default DIR: .) with the barcode and QR code.\n"
                          "  check\n"
                          "      Integrity check, schema version, receipt chain and outbox depth.\n"
                          "  operators list | operators add --id ID --name NAME --role ROLE\n"
                          "  operators set-pin|set-role|disable|unlock --id ID [--role ROLE]\n"
                          "      List, add or change operators (a new PIN from $KASSA_PIN or asked\n"
                          "      for). A manager approves ($KASSA_APPROVER/$KASSA_APPROVER_PIN, or\n"
                          "      asked for), except before the till has any operator.\n"
                          "  config list | config set KEY VALUE\n"
                          "      Show or change the till's settings; a change needs a manager too.\n"
                          "  products search TEXT [--limit N]\n"
                          "      Find products by name, brand or SKU: code, SKU, price, VAT code and name.\n"
                          "  products show SKU|CODE [--format text|json] [--online]\n"
                          "      The product card: price, VAT, variants, stock by location (--online:\n"
                          "      every location as head office has it now).\n"
                          "  customers search TEXT [--limit N] | customers show ID|CARD|PHONE|EMAIL\n"
                          "  customers add --name NAME [--phone P] [--email E] [--card C]\n"
                          "                [--email-marketing yes|no] [--sms-marketing yes|no]\n"
                          "      Find, show or create customers (offline too).\n"
                          "  enroll [--again] https://HOST:PORT CODE\n"
                          "      Enroll this till at central with a code from `kassa-central enroll`;\n"
                          "      --again replaces an earlier enrollment (a revoked certificate).\n"
                          "  sync\n"
                          "      Send everything waiting to central now, then take central's master data\n"
                          "      (catalog, prices, tax codes).\n"
                          "  backup FILE\n"
                          "      Copy the till's database to FILE, consistently, while it sells.\n"
                          "  restore FILE\n"
                          "      Put a backup of this till in place (kassa closed) under a new epoch.\n"
                          "  status\n"
                          "      Enrollment, events waiting, the oldest waiting, the last successful sync,\n"
                          "      how far the till's master data is, the newest nightly snapshot and the\n"
                          "      shift open.\n"
                          "\n"
                          "Exit status: 0 done, 1 wrong usage, 2 refused, 3 storage failure or central\n"
                          "unreachable.\n");
}

int runInit(const CommandContext& context, const QStringList& args) {
    bool demo = false;
    std::int64_t products = 10'000;
    QString store = QStringLiteral("001");
    QString till = QStringLiteral("01");
    QString storeName;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        std::optional<QString> value;
        if (arg == QLatin1String("--demo")) {
            demo = true;
            continue;
        }
        if (!(value = valueAfter(args, i))) {
            return usage(context, QStringLiteral("%1 needs a value").arg(arg));
        }
        bool ok = true;
        if (arg == QLatin1String("--products")) {
            products = value->toLongLong(&ok);
            ok = ok && products >= 100 && products <= 5'000'000;
        } else if (arg == QLatin1String("--store")) {
            store = *value;
            ok = store.size() == 3 && store.toInt(&ok) >= 0 && ok;
        } else if (arg == QLatin1String("--till")) {
            till = *value;
            ok = till.size() == 2 && till.toInt(&ok) >= 0 && ok;
        } else if (arg == QLatin1String("--store-name")) {
            storeName = value->trimmed();
            ok = !storeName.isEmpty() && storeName.size() <= 60;
        } else {
            return usage(context, QStringLiteral("unknown option for init: %1").arg(arg));
        }
        if (!ok) {
            return usage(context, QStringLiteral("%1 %2 is not valid (products 100..5000000, store 3 digits, "
                                                 "till 2 digits, name up to 60 characters)")
                                      .arg(arg, *value));
        }
    }
    if (storeName.isEmpty()) {
        storeName = demo ? QStringLiteral("Kassa Demo Helsinki") : QStringLiteral("Kassa");
    }
    auto database = openTill(context);
    if (!database) {
        return kStorage;
    }
    try {
        if (database->isInitialised()) {
            const TillIdentity identity = database->settings().identity();
            context.out << "The till " << identity.storeId << "-" << identity.tillId << " in " << context.dataDir
                        << " is already initialised; nothing changed." << Qt::endl;
            return kOk;
        }
        database->initialise(store, till, storeName);
        if (demo) {
            seedDemoCatalog(*database, products,
                            [&](std::int64_t done) { context.err << "  " << done << " products ..." << Qt::endl; });
        }
    } catch (const StoreError& error) {
        context.err << "kassactl: initialising failed, nothing was kept: " << error.what() << Qt::endl;
        return kStorage;
    }
    context.out << "Initialised till " << store << "-" << till << " in " << context.dataDir;
    if (demo) {
        context.out << " with " << database->catalog().productCount() << " demo products";
    }
    context.out << "." << Qt::endl;
    return kOk;
}

int runImport(const CommandContext& context, const QStringList& args) {
    if (args.size() != 2 || args[0] != QLatin1String("products")) {
        return usage(context, QStringLiteral("use: import products FILE.jsonl"));
    }
    QFile file(args[1]);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << "kassactl: cannot read " << args[1] << ": " << file.errorString() << Qt::endl;
        return kRefused;
    }
    auto till = openInitialisedTill(context);
    if (!till) {
        return kStorage;
    }
    auto summary = till->catalog().importJsonLines(file, till->settings().taxTable());
    if (!summary) {
        context.err << "kassactl: " << args[1] << ": " << describe(summary.error())
                    << "\n  Nothing from this file was imported: correct the line and import the file again."
                    << Qt::endl;
        return kRefused;
    }
    context.out << "Imported " << summary->products << " products with " << summary->gtins << " GTINs from " << args[1]
                << "." << Qt::endl;
    return kOk;
}

int runSale(const CommandContext& context, const QStringList& args) {
    SaleRequest request;
    if (auto problem = parseSaleRequest(args, request)) {
        return usage(context, *problem);
    }
    auto till = openInitialisedTill(context);
    if (!till) {
        return kStorage;
    }
    SimulatedPaymentTerminal terminal(till->settings().terminalMode());
    Checkout checkout(*till, terminal);
    if (auto login = checkout.login(request.operatorId, pinFromEnvironmentOrTerminal(context)); !login) {
        return refuse(context, login.error());
    }
    if (!request.customer.isEmpty()) {
        if (auto attached = checkout.attachCustomer(request.customer); !attached) {
            return refuse(context, attached.error());
        }
    }
    for (const SaleItem& item : request.items) {
        if (auto added = checkout.scan(item.code, item.quantityMilli); !added) {
            return refuse(context, added.error());
        }
    }
    if (auto started = checkout.startPayment(); !started) {
        return refuse(context, started.error());
    }
    const std::optional<sync::TillLinkFiles> link =
        request.offline ? std::nullopt : sync::loadTillLink(context.dataDir);
    if (auto paid = payAll(context, checkout, request.tenders, link); !paid) {
        context.err << "kassactl: nothing was recorded." << Qt::endl;
        return refuse(context, paid.error());
    }
    auto sale = checkout.complete();
    if (!sale) {
        return refuse(context, sale.error());
    }
    context.out << renderReceiptText(sale.value(), checkout.receiptHeader()) << Qt::flush;
    return kOk;
}

int runReceipts(const CommandContext& context, const QStringList& args) {
    int last = 1;
    QString format = QStringLiteral("text");
    QString output = QStringLiteral(".");
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& flag = args[i];
        auto value = valueAfter(args, i);
        bool ok = value.has_value();
        if (flag == QLatin1String("--last") && ok) {
            last = value->toInt(&ok);
            ok = ok && last > 0 && last <= 100'000;
        } else if (flag == QLatin1String("--format") && ok) {
            format = *value;
            ok = QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("escpos"),
                             QStringLiteral("png")}
                     .contains(format);
        } else if (flag == QLatin1String("--output") && ok) {
            output = *value;
        } else {
            ok = false;
        }
        if (!ok) {
            return usage(context,
                         QStringLiteral("use: receipts [--last N] [--format text|json|escpos|png] [--output DIR]"));
        }
    }
    auto till = openInitialisedTill(context);
    if (!till) {
        return kStorage;
    }
    SimulatedPaymentTerminal terminal;
    Checkout checkout(*till, terminal);
    const ReceiptHeader header = checkout.receiptHeader();
    const std::vector<PrintedReceipt> receipts = lastReceipts(*till, last);
    const std::optional<sync::TillLinkFiles> link = sync::loadTillLink(context.dataDir);
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const PrintedReceipt& receipt : receipts) {
            array.append(receiptJson(receipt, *till, link));
        }
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented) << Qt::flush;
    } else if (format == QLatin1String("png")) {
        return writeReceiptImages(context, *till, receipts, header, link, output);
    } else if (format == QLatin1String("escpos")) {
        context.out.flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly)) {
            return kStorage;
        }
        for (const PrintedReceipt& receipt : receipts) {
            stdoutFile.write(receipt.sale ? renderReceiptEscPos(
                                                *receipt.sale, header,
                                                sync::receiptCodeOf(*till, *receipt.sale, link).value_or(QByteArray()))
                                          : renderReturnEscPos(*receipt.completedReturn, header));
        }
    } else {
        for (const PrintedReceipt& receipt : receipts) {
            if (receipt.sale) {
                context.out << renderReceiptText(*receipt.sale, header) << "\n";
                continue;
            }
            const CompletedReturn& completed = *receipt.completedReturn;
            context.out << renderReturnText(completed, header) << "("
                        << returnStatusText(completed, till->returns().isConfirmed(completed.documentId)) << ")\n\n";
        }
        context.out.flush();
    }
    return kOk;
}

int runCheck(const CommandContext& context, const QStringList& args) {
    if (!args.isEmpty()) {
        return usage(context, QStringLiteral("check takes no options"));
    }
    auto till = openInitialisedTill(context);
    if (!till) {
        return kStorage;
    }
    const QString integrity = till->integrityCheck();
    const ChainReport chain = till->journal().verifyChain();
    const OutboxDepth outbox = till->journal().outboxDepth();
    const KeptEvents kept = till->outbox().kept();
    const TillIdentity identity = till->settings().identity();
    context.out << "till:           " << identity.storeId << "-" << identity.tillId << " (device " << identity.deviceId
                << ", epoch " << identity.epoch << ")\n"
                << "schema version: " << till->db().userVersion() << "\n"
                << "integrity:      " << integrity << "\n"
                << "products:       " << till->catalog().productCount() << "\n"
                << "sales:          " << till->journal().saleCount() << "\n"
                << "returns:        " << till->returns().count() << "\n"
                << "receipt chain:  " << (chain.firstBroken == 0 ? QStringLiteral("ok") : chain.problem) << "\n"
                << "outbox waiting: " << outbox.waiting
                << (outbox.oldestWaiting.isEmpty() ? QString()
                                                   : QStringLiteral(" (oldest %1)").arg(outbox.oldestWaiting))
                << "\n"
                << "last seq:       " << outbox.lastSeq << Qt::endl;
    return integrity == QLatin1String("ok") && chain.firstBroken == 0 ? kOk : kStorage;
}

namespace {

// The manager who approves a change of rights or settings, at least `minimum` (an operator
// grants no role above their own); at a till with no operators yet (its first set-up) nobody
// needs to.
Result<ChangedBy> approvedChange(const CommandContext& context, TillDatabase& till, Role minimum, const QString& what) {
    Operators operators = till.operators();
    if (!operators.any()) {
        return ChangedBy{};
    }
    const ApproverCredentials manager = approverFromEnvironmentOrTerminal(context);
    if (manager.id.isEmpty()) {
        return makeError(ErrorCode::ManagerRequired, what);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<Approval> approval =
        operators.approve(manager.id, manager.pin, std::max(minimum, Role::Manager), what, now);
    if (!approval) {
        return approval.error();
    }
    return ChangedBy{approval->approverId, now};
}

// `--id ID`, `--name NAME`, `--role ROLE` after the subcommand; what is wrong, or nothing.
std::optional<QString> readOperatorOptions(const QStringList& args, Operator& person, bool& roleGiven) {
    for (qsizetype i = 1; i < args.size(); ++i) {
        auto value = valueAfter(args, i);
        if (!value) {
            return QStringLiteral("%1 needs a value").arg(args[i]);
        }
        if (args[i - 1] == QLatin1String("--id")) {
            person.id = *value;
        } else if (args[i - 1] == QLatin1String("--name")) {
            person.name = *value;
        } else if (args[i - 1] == QLatin1String("--role")) {
            roleGiven = roleFromString(*value, &person.role);
            if (!roleGiven) {
                return QStringLiteral("--role is cashier, supervisor, manager or admin, not %1").arg(*value);
            }
        } else {
            return QStringLiteral("unknown option for operators %1: %2").arg(args[0], args[i - 1]);
        }
    }
    return std::nullopt;
}

constexpr char kOperatorsUsage[] =
    "use: operators list | operators add --id ID --name NAME --role ROLE | operators set-pin --id ID | "
    "operators set-role --id ID --role ROLE | operators disable --id ID | operators unlock --id ID";

// What one change of an existing operator does, once a manager has approved it.
Result<void> changeOperator(const CommandContext& context, Operators& operators, const QString& subcommand,
                            const Operator& person, const ChangedBy& by) {
    if (subcommand == QLatin1String("add")) {
        return operators.add(person, pinFromEnvironmentOrTerminal(context), by);
    }
    if (subcommand == QLatin1String("set-pin")) {
        return operators.setPin(person.id, pinFromEnvironmentOrTerminal(context), by);
    }
    if (subcommand == QLatin1String("set-role")) {
        return operators.setRole(person.id, person.role, by);
    }
    if (subcommand == QLatin1String("disable")) {
        return operators.disable(person.id, by);
    }
    return operators.unlock(person.id, by);
}

} // namespace

// Adding an operator and every change of one needs a manager, except at a till's first set-up;
// each change reaches head office's audit trail as operator.changed.
int runOperators(const CommandContext& context, const QStringList& args) {
    auto till = openInitialisedTill(context);
    if (!till) {
        return kStorage;
    }
    if (args == QStringList{QStringLiteral("list")}) {
        for (const Operator& person : till->operators().all()) {
            context.out << person.id << "\t" << roleToString(person.role) << "\t" << person.name << "\n";
        }
        context.out.flush();
        return kOk;
    }
    static const QStringList changes{QStringLiteral("add"), QStringLiteral("set-pin"), QStringLiteral("set-role"),
                                     QStringLiteral("disable"), QStringLiteral("unlock")};
    const QString subcommand = args.value(0);
    if (!changes.contains(subcommand)) {
        return usage(context, QString::fromLatin1(kOperatorsUsage));
    }
    Operator person;
    bool roleGiven = false;
    if (const auto problem = readOperatorOptions(args, person, roleGiven)) {
        return usage(context, *problem);
    }
    const bool adding = subcommand == QLatin1String("add");
    if (person.id.isEmpty() || (adding && (person.name.isEmpty() || !roleGiven)) ||
        (subcommand == QLatin1String("set-role") && !roleGiven)) {
        return usage(context, QString::fromLatin1(kOperatorsUsage));
    }
    Operators operators = till->operators();
    if (adding && operators.find(person.id)) { // said before a manager is asked for nothing
        return refuse(context, makeError(ErrorCode::OperatorExists, person.id));
    }
    if (!adding && !operators.find(person.id)) {
        return refuse(context,
                      makeError(ErrorCode::InvalidInput, QStringLiteral("there is no operator %1").arg(person.id)));
    }
    const Role granted = roleGiven ? person.role : Role::Manager;
    const Result<ChangedBy> by =
        approvedChange(context, *till, granted, QStringLiteral("operators %1 %2").arg(subcommand, person.id));
    if (!by) {
        return refuse(context, by.error());
    }
    if (auto changed = changeOperator(context, operators, subcommand, person, *by); !changed) {
        return refuse(context, changed.error());
    }
    const Operator saved = operators.find(person.id).value_or(person);
    context.out << "Operator " << saved.id << " (" << saved.name << ", " << roleToString(saved.role) << "): "
                << (adding                                    ? "added"
                    : subcommand == QLatin1String("set-pin")  ? "PIN changed"
                    : subcommand == QLatin1String("set-role") ? "role changed"
                    : subcommand == QLatin1String("disable")  ? "disabled"
                                                              : "unlocked")
                << "." << Qt::endl;
    return kOk;
}

int runConfig(const CommandContext& context, const QStringList& args) {
    auto till = openInitialisedTill(context);
    if (!till) {
        return kStorage;
    }
    Settings settings = till->settings();
    if (args == QStringList{QStringLiteral("list")}) {
        for (const QString& key : Settings::knownKeys()) {
            context.out << key << " = " << settings.value(key.toLatin1().constData()) << "\n";
        }
        context.out.flush();
        return kOk;
    }
    if (args.size() != 3 || args[0] != QLatin1String("set")) {
        return usage(context, QStringLiteral("use: config list | config set KEY VALUE"));
    }
    if (!Settings::knownKeys().contains(args[1])) {
        context.err << "kassactl: " << args[1]
                    << " is not a setting. Known keys: " << Settings::knownKeys().join(QStringLiteral(", "))
                    << " (docs/store-guide.md, Configuration, says their values)." << Qt::endl;
        return kRefused;
    }
    const Result<ChangedBy> by =
        approvedChange(context, *till, Role::Manager, QStringLiteral("config set %1").arg(args[1]));
    if (!by) {
        return refuse(context, by.error());
    }
    if (auto set = settings.set(args[1], args[2], *by); !set) {
        context.err << "kassactl: " << describe(set.error())
                    << "\n  Known keys: " << Settings::knownKeys().join(QStringLiteral(", "))
                    << " (docs/store-guide.md, Configuration, says their values)." << Qt::endl;
        return kRefused;
    }
    context.out << args[1] << " = " << args[2] << Qt::endl;
    return kOk;
}

int runEnroll(const CommandContext& context, const QStringList& arguments) {
    QStringList args = arguments;
    // --again: a till whose certificate was revoked (or that moves to another central) enrolls
    // anew; its link is replaced only once the new enrollment has succeeded.
    const bool again = args.removeAll(QStringLiteral("--again")) > 0;
    if (args.size() != 2) {
        return usage(context, QStringLiteral("use: enroll [--again] https://HOST:PORT CODE"));
    }
    auto till = openInitialisedTill(context);
    if (!till) {
        return kStorage;
    }
    if (sync::loadTillLink(context.dataDir) && !again) {
        context.err << "kassactl: this till is already enrolled; nothing changed. Use enroll --again with a new "
                       "code to enroll it anew."
                    << Qt::endl;
        return kRefused;
    }
    if (const auto problem = sync::enrollTill(*till, args[0], args[1])) {
        context.err << "kassactl: " << *problem << Qt::endl;
        return kRefused;
    }
    const TillIdentity identity = till->settings().identity();
    context.out << "Enrolled as store " << identity.storeId << ", till " << identity.tillId << " at " << args[0] << "."
                << Qt::endl;
    return kOk;
}

int runBackup(const CommandContext& context, const QStringList& args) {
    if (args.size() != 1) {
        return usage(context, QStringLiteral("use: backup FILE"));
    }
    auto till = openInitialisedTill(context);
    if (!till) {
        return kStorage;
    }
    try {
        till->backupTo(args[0]);
    } catch (const StoreError& error) {
        context.err << "kassactl: " << error.what() << Qt::endl;
        return kStorage;
    }
    context.out << "Backed up the till to " << args[0] << "." << Qt::endl;
    return kOk;
}

int runRestore(const CommandContext& context, const QStringList& args) {
    if (args.size() != 1) {
        return usage(context, QStringLiteral("use: restore FILE"));
    }
    QLockFile running(QDir(context.dataDir).filePath(QStringLiteral("kassa.lock")));
    if (!running.tryLock(0)) {
        context.err << "kassactl: the till is running on " << context.dataDir << ": close kassa first, then restore."
                    << Qt::endl;
        return kRefused;
    }
    try {
        TillDatabase::restore(context.dataDir, args[0]);
    } catch (const StoreError& error) {
        context.err << "kassactl: " << error.what() << Qt::endl;
        return kRefused;
    }
    context.out << "Restored the till from " << args[0]
                << " under a new epoch. Run kassactl check, then kassactl sync: central keeps the sales it "
                   "has from after the backup."
                << Qt::endl;
    return kOk;
}

namespace {

// What `kassactl sync` says of each of the till's feeds.
void reportFeed(const CommandContext& context, TillDatabase& till, const sync::TillFeed& feed,
                const sync::FeedOutcome& fed) {
    const std::string_view name = feed.name;
    if (name == "store_exceptions" && fed.taken > 0) {
        context.out << "exceptions from central concerning this store: " << fed.taken << " new" << Qt::endl;
    } else if (name == "pickups") {
        context.out << "pickup orders: " << fed.taken << " changes taken, " << till.pickups().count(PickupStatus::New)
                    << " waiting to be picked" << Qt::endl;
    } else if (name == "stock") {
        context.out << "stock: " << fed.taken << " figures taken for "
                    << till.stockFigures().followedLocations().join(QStringLiteral(", ")) << Qt::endl;
    }
}

} // namespace

int runSync(const CommandContext& context, const QStringList& args) {
    if (!args.isEmpty()) {
        return usage(context, QStringLiteral("sync takes no options"));
    }
    auto till = openInitialisedTill(context);
    if (!till) {
        return kStorage;
    }
    const auto link = sync::loadTillLink(context.dataDir);
    if (!link) {
        context.err << "kassactl: this till is not enrolled: run `kassactl enroll https://HOST:PORT CODE` first."
                    << Qt::endl;
        return kRefused;
    }
    sync::TillConnections connections(*link);
    const sync::PushOutcome pushed = sync::pushOutbox(*till, connections.events);
    if (pushed.sent > 0) {
        context.out << "sent " << pushed.sent << " events, central holds up to seq " << pushed.highWaterMark
                    << Qt::endl;
    } else if (pushed.problem.isEmpty()) {
        context.out << "no events waiting to be sent" << Qt::endl;
    }
    if (!pushed.problem.isEmpty()) {
        context.err << "kassactl: " << pushed.problem << "\n  Sales are kept on the till and sent later." << Qt::endl;
        return pushed.reached ? kRefused : kStorage;
    }
    const sync::PullOutcome pulled = sync::pullMasterData(*till, connections.changes);
    if (pulled.centralRestored) {
        const sync::PushOutcome resent = sync::pushAfterCentralRestore(*till, connections.events);
        context.out << "central was restored from a backup: sent " << resent.sent << " events again" << Qt::endl;
        if (!resent.problem.isEmpty()) {
            context.err << "kassactl: " << resent.problem << Qt::endl;
            return resent.reached ? kRefused : kStorage;
        }
    }
    const FeedCheckpoint feed = till->masterData().checkpoint();
    if (pulled.snapshotMembers > 0) {
        context.out << "members: " << pulled.snapshotMembers << " from central's members snapshot" << Qt::endl;
    }
    context.out << "master data: " << pulled.applied << " changes taken, "
                << (feed.loading ? QStringLiteral("first load at change %1").arg(feed.loadCursor)
                                 : QStringLiteral("up to change %1").arg(feed.cursor))
                << (pulled.swapped ? QStringLiteral(" (first load swapped in)") : QString()) << Qt::endl;
    if (!pulled.problem.isEmpty()) {
        context.err << "kassactl: " << pulled.problem << "\n  The till sells from the master data it has." << Qt::endl;
        return pulled.reached ? kRefused : kStorage;
    }
    for (const sync::TillFeed& feed : sync::tillFeeds()) {
        const sync::FeedOutcome fed = sync::pullFeed(*till, connections.changes, feed);
        if (!fed.problem.isEmpty()) {
            context.err << "kassactl: " << fed.problem << Qt::endl;
            return fed.reached ? kRefused : kStorage;
        }
        reportFeed(context, *till, feed, fed);
    }
    till->settings().setValue(QString::fromLatin1(settingKeys::kSyncLastSuccess),
                              QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return kOk;
}

namespace {

// What central reported about this store, newest first, as the manager reads it.
QString describeExceptions(TillDatabase& till) {
    const std::vector<StoreException> latest = till.storeExceptions().latest(3);
    if (latest.empty()) {
        return QStringLiteral("none from central");
    }
    QString text = QStringLiteral("%1 from central, the newest:").arg(till.storeExceptions().count());
    for (const StoreException& e : latest) {
        text += QStringLiteral("\n  %1 %2 (store %3): %4").arg(e.raisedAt, e.kind, e.storeId, e.detail);
    }
    return text;
}

QString describeFeed(const FeedCheckpoint& feed) {
    if (feed.loading) {
        return QStringLiteral("first load in progress (at change %1); selling from the till's own catalog")
            .arg(feed.loadCursor);
    }
    if (feed.generation.isEmpty()) {
        return QStringLiteral("not loaded from central yet; selling from the till's own catalog");
    }
    return QStringLiteral("up to change %1 of central %2").arg(feed.cursor).arg(feed.generation.left(8));
}

// The newest nightly snapshot and how many are kept, or why there is none.
QString describeSnapshots(TillDatabase& till) {
    const QStringList snapshots = till.snapshotFolder().existing();
    const SnapshotPolicy policy = till.settings().snapshotPolicy();
    if (policy.keep == 0) {
        return QStringLiteral("none: nightly snapshots are off (backup.nightly_keep 0)");
    }
    if (snapshots.isEmpty()) {
        return QStringLiteral("none yet (kassa takes one a day from %1)")
            .arg(policy.at.toString(QStringLiteral("HH:mm")));
    }
    return QStringLiteral("%1 (%2 kept, up to %3)").arg(snapshots.first()).arg(snapshots.size()).arg(policy.keep);
}

// "open: 3 since 2026-11-30T07:58:00Z by 1001", or "none open" (the till does not sell then).
QString describeShift(TillDatabase& till) {
    const std::optional<ShiftRecord> shift = till.shifts().current();
    if (!shift) {
        return QStringLiteral("none open (the till sells once one is opened: kassactl shift open)");
    }
    return QStringLiteral("open: %1 since %2 by %3")
        .arg(shift->number)
        .arg(shift->openedAt.toUTC().toString(Qt::ISODate), shift->openedBy);
}

} // namespace

int runStatus(const CommandContext& context, const QStringList& args) {
    if (!args.isEmpty()) {
        return usage(context, QStringLiteral("status takes no options"));
    }
    auto till = openInitialisedTill(context);
    if (!till) {
        return kStorage;
    }
    const auto link = sync::loadTillLink(context.dataDir);
    const OutboxDepth outbox = till->journal().outboxDepth();
    const KeptEvents kept = till->outbox().kept();
    const TillIdentity identity = till->settings().identity();
    context.out << "till:           " << identity.storeId << "-" << identity.tillId << "\n"
                << "central:        "
                << (link ? QStringLiteral("https://%1:%2")
                               .arg(QString::fromStdString(link->address.host))
                               .arg(link->address.port)
                         : QStringLiteral("not enrolled"))
                << "\n"
                << "events waiting: " << outbox.waiting << "\n"
                << "oldest waiting: " << (outbox.oldestWaiting.isEmpty() ? QStringLiteral("-") : outbox.oldestWaiting)
                << "\n"
                << "events kept:    " << kept.count << " acknowledged"
                << (kept.count > 0 ? QStringLiteral(", oldest from %1").arg(kept.oldest) : QString())
                << QStringLiteral(" (kept %1 days)")
                       .arg(till->settings().intValue(settingKeys::kKeepAcknowledgedDays, kDefaultKeepAcknowledgedDays))
                << "\n"
                << "last sync:      " << till->settings().value(settingKeys::kSyncLastSuccess, QStringLiteral("never"))
                << "\n"
                << "master data:    " << describeFeed(till->masterData().checkpoint()) << "\n"
                << "web orders:     " << till->webOrders().count() << " held for returns\n"
                << "last snapshot:  " << describeSnapshots(*till) << "\n"
                << "shift:          " << describeShift(*till) << "\n"
                << "training:       " << (till->training().state().on ? "on (sales are practice)" : "off") << "\n"
                << "exceptions:     " << describeExceptions(*till) << Qt::endl;
    return kOk;
}

} // namespace kassa::app
