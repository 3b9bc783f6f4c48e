// kassactl stock: the store's stock operations through StockDesk, the rules the stock screens
// use, and what this till's ledger says of an item.
//
//   stock receive      --operator ID [--qty Q] (--sku SKU | --scan CODE)... [--delivery NUMBER]
//   stock count        --operator ID [--qty Q] (--sku | --scan)... [--area AREA] [--counted-at TIME]
//   stock adjust       --operator ID [--qty Q] (--sku | --scan)... --reason damaged|shrink|found
//   stock transfer-out --operator ID [--qty Q] (--sku | --scan)... --to STORE
//   stock transfer-in  --operator ID [--qty Q] (--sku | --scan)... --transfer ST-NNN-NN-NNNNNN [--from STORE]
//   stock show         (--sku SKU | --scan CODE)
//   stock deliveries   what head office has on its way to this store and the till has not received
//
// --qty applies to the next item (one piece without it). The PIN comes from $KASSA_PIN.

#include "CommandSupport.h"
#include "Commands.h"
#include "core/till/StockDesk.h"

namespace kassa::app {

using namespace kassa::core;

namespace {

struct Verb {
    const char* name;
    StockOperationKind kind;
    const char* done; // what the printout says happened
};

constexpr Verb kVerbs[] = {
    {"receive", StockOperationKind::Received, "Received"},
    {"count", StockOperationKind::Counted, "Counted"},
    {"adjust", StockOperationKind::Adjusted, "Adjusted"},
    {"transfer-out", StockOperationKind::TransferredOut, "Sent"},
    {"transfer-in", StockOperationKind::TransferredIn, "Received transfer"},
};

const Verb* verbNamed(const QString& name) {
    for (const Verb& verb : kVerbs) {
        if (name == QLatin1String(verb.name)) {
            return &verb;
        }
    }
    return nullptr;
}

const QString kStockUsage = QStringLiteral(
    "use: stock receive|count|adjust|transfer-out|transfer-in --operator ID [--qty Q] (--sku SKU | --scan CODE)... "
    "[--delivery N] [--area AREA] [--counted-at TIME] [--reason damaged|shrink|found] [--to STORE] "
    "[--transfer ST-...] [--from STORE]; stock show (--sku SKU | --scan CODE); stock deliveries");

// Everything after the verb; nothing or what is wrong.
std::optional<QString> parseRequest(const QStringList& args, StockRequest& request, QString& operatorId) {
    std::optional<std::int64_t> pendingQuantity;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& flag = args[i];
        const auto value = valueAfter(args, i);
        if (!value) {
            return QStringLiteral("%1 needs a value").arg(flag);
        }
        if (flag == QLatin1String("--sku") || flag == QLatin1String("--scan")) {
            request.items.push_back(StockItem{*value, pendingQuantity.value_or(kQuantityOne)});
            pendingQuantity.reset();
        } else if (flag == QLatin1String("--qty") && value->trimmed() == QLatin1String("0")) {
            pendingQuantity = 0; // a count that found none on the shelf
        } else if (flag == QLatin1String("--qty")) {
            auto quantity = parseQuantity(*value, Unit::Kilograms);
            if (!quantity) {
                return describe(quantity.error());
            }
            pendingQuantity = quantity.value();
        } else if (flag == QLatin1String("--operator")) {
            operatorId = *value;
        } else if (flag == QLatin1String("--reason")) {
            request.reason = *value;
        } else if (flag == QLatin1String("--to") || flag == QLatin1String("--from")) {
            request.otherStore = *value;
        } else if (flag == QLatin1String("--delivery")) {
            request.delivery = *value;
        } else if (flag == QLatin1String("--transfer")) {
            request.transfer = *value;
        } else if (flag == QLatin1String("--area")) {
            request.area = *value;
        } else if (flag == QLatin1String("--counted-at")) {
            request.countedAt = QDateTime::fromString(*value, Qt::ISODate);
            if (!request.countedAt.isValid()) {
                return QStringLiteral("--counted-at takes a time such as 2026-11-30T08:00:00+02:00");
            }
        } else {
            return QStringLiteral("unknown option for stock: %1").arg(flag);
        }
    }
    if (pendingQuantity) {
        return QStringLiteral("--qty must come before the --sku or --scan it applies to");
    }
    if (operatorId.isEmpty()) {
        return QStringLiteral("stock needs --operator ID");
    }
    return std::nullopt;
}

int showItem(const CommandContext& context, TillDatabase& till, const QStringList& args) {
    if (args.size() != 2 || (args[0] != QLatin1String("--sku") && args[0] != QLatin1String("--scan"))) {
        return usage(context, kStockUsage);
    }
    const std::optional<Product> product = till.catalog().byCode(args[1]);
    if (!product) {
        return refuse(context, makeError(ErrorCode::UnknownProduct, args[1].left(64)));
    }
    const ItemLedger ledger = till.stock().itemLedger(product->sku);
    context.out << product->sku << "  " << product->name << "\n"
                << "This till's movements:\n"
                << "  sold        " << stockQuantityText(-ledger.soldMilli) << "\n"
                << "  returned    " << stockQuantityText(ledger.returnedMilli) << "\n"
                << "  received    " << stockQuantityText(ledger.receivedMilli) << "\n"
                << "  adjusted    " << stockQuantityText(ledger.adjustedMilli) << "\n"
                << "  transferred " << stockQuantityText(ledger.transferredMilli) << "\n";
    if (ledger.lastCountMilli) {
        context.out << "Last count:   " << stockQuantityText(*ledger.lastCountMilli) << " at "
                    << ledger.lastCountedAt.toLocalTime().toString(Qt::ISODate) << "\n";
    }
    context.out << "Stock by location:\n";
    printStockByLocation(context, till.stockFigures().of(product->sku));
    context.out.flush();
    return kOk;
}

int listDeliveries(const CommandContext& context, TillDatabase& till) {
    const std::vector<Delivery> open = till.stock().openDeliveries();
    if (open.empty()) {
        context.out << "No deliveries on their way to this store (as of the last sync with head office).\n";
    }
    for (const Delivery& delivery : open) {
        context.out << delivery.number;
        if (!delivery.supplier.isEmpty()) {
            context.out << "  from " << delivery.supplier;
        }
        if (delivery.expectedAt) {
            context.out << "  expected " << delivery.expectedAt->toLocalTime().toString(Qt::ISODate);
        }
        context.out << "\n";
        for (const DeliveryLine& line : delivery.lines) {
            const std::optional<Product> product = till.catalog().bySku(line.sku);
            context.out << "  " << stockQuantityText(line.quantityMilli) << "  " << line.sku << "  "
                        << (product ? product->name : QStringLiteral("(not in this till's catalog)")) << "\n";
        }
    }
    context.out.flush();
    return kOk;
}

} // namespace

int runStock(const CommandContext& context, const QStringList& args) {
    if (args.isEmpty()) {
        return usage(context, kStockUsage);
    }
    auto till = openInitialisedTill(context);
    if (!till) {
        return kStorage;
    }
    if (args[0] == QLatin1String("show")) {
        return showItem(context, *till, args.mid(1));
    }
    if (args[0] == QLatin1String("deliveries")) {
        return args.size() == 1 ? listDeliveries(context, *till) : usage(context, kStockUsage);
    }
    const Verb* verb = verbNamed(args[0]);
    if (verb == nullptr) {
        return usage(context, kStockUsage);
    }
    StockRequest request;
    request.kind = verb->kind;
    QString operatorId;
    if (auto problem = parseRequest(args.mid(1), request, operatorId)) {
        return usage(context, *problem);
    }
    auto clerk =
        till->operators().login(operatorId, pinFromEnvironmentOrTerminal(context), QDateTime::currentDateTime());
    if (!clerk) {
        return refuse(context, clerk.error());
    }
    auto recorded = StockDesk(*till, clerk.value()).record(request);
    if (!recorded) {
        context.err << "kassactl: nothing was recorded." << Qt::endl;
        return refuse(context, recorded.error());
    }
    context.out << verb->done << " " << recorded->number;
    if (!recorded->otherStore.isEmpty()) {
        context.out << (verb->kind == StockOperationKind::TransferredOut ? " to store " : " from store ")
                    << recorded->otherStore;
    }
    context.out << "\n";
    for (const StockLine& line : recorded->lines) {
        context.out << "  " << stockQuantityText(line.quantityMilli) << "  " << line.sku << "  " << line.name << "\n";
    }
    context.out.flush();
    return kOk;
}

} // namespace kassa::app
