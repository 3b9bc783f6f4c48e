// kassactl products: the clerk's search and the product card, through the same core code as
// the lookup screen and the card screen.
//
//   products search TEXT [--limit N]
//   products show SKU|CODE [--format text|json] [--online]
//     --online: asks head office for the item's stock at every location now

#include "CommandSupport.h"
#include "Commands.h"
#include "core/domain/WebOrder.h"
#include "core/till/ProductCard.h"
#include "sync/client/CentralAnswers.h"

#include <QJsonDocument>

namespace kassa::app {

using namespace kassa::core;

namespace {

const QString kProductsUsage =
    QStringLiteral("use: products search TEXT [--limit N]; products show SKU|CODE [--format text|json] [--online]");

int searchProducts(const CommandContext& context, const QStringList& args) {
    int limit = 20;
    QStringList words;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--limit")) {
            auto value = valueAfter(args, i);
            bool ok = value.has_value();
            limit = ok ? value->toInt(&ok) : 0;
            if (!ok || limit < 1 || limit > 1000) {
                return usage(context, QStringLiteral("--limit takes a number from 1 to 1000"));
            }
        } else {
            words << args[i];
        }
    }
    if (words.isEmpty()) {
        return usage(context, QStringLiteral("products search needs some text to look for"));
    }
    auto till = openInitialisedTill(context);
    if (!till) {
        return kStorage;
    }
    Catalog catalog = till->catalog();
    const std::vector<Product> found = catalog.search(words.join(QLatin1Char(' ')), limit);
    for (const Product& product : found) {
        const std::vector<QString> gtins = catalog.gtinsOf(product.id);
        // The code a cashier would type: the GTIN without its padding, or the PLU.
        QString code = gtins.empty() ? QStringLiteral("PLU %1").arg(product.plu) : gtins.front();
        if (!gtins.empty() && code.startsWith(QLatin1Char('0'))) {
            code = code.mid(1);
        }
        context.out << code << "\t" << product.sku << "\t" << product.price.toDecimalString()
                    << (product.unit == Unit::Kilograms ? "/kg" : "") << "\t" << product.taxCode << "\t" << product.name
                    << "\n";
    }
    context.out.flush();
    if (found.empty()) {
        context.err << "kassactl: no product matches \"" << words.join(QLatin1Char(' ')) << "\"." << Qt::endl;
        return kRefused;
    }
    return kOk;
}

QString priceText(const ProductCard& card) {
    QString text = card.product.price.toDecimalString() + QStringLiteral(" EUR") +
                   (card.product.unit == Unit::Kilograms ? QStringLiteral("/kg") : QString());
    if (card.bookPrice) {
        text += QStringLiteral(" (price book %1 from %2%3; own price %4)")
                    .arg(card.bookPrice->book, card.bookPrice->validFrom.toLocalTime().toString(Qt::ISODate),
                         card.bookPrice->validTo.isValid()
                             ? QStringLiteral(" until ") + card.bookPrice->validTo.toLocalTime().toString(Qt::ISODate)
                             : QString(),
                         card.ownPrice.toDecimalString());
    }
    return text;
}

void printVariants(const CommandContext& context, const ProductCard& card) {
    context.out << "Variants of " << card.product.style << " (this store's stock):\n  " << QString().leftJustified(12);
    for (const QString& size : card.sizes) {
        context.out << (size.isEmpty() ? QStringLiteral("-") : size).rightJustified(6);
    }
    context.out << "\n";
    for (const QString& colour : card.colours) {
        context.out << "  " << (colour.isEmpty() ? QStringLiteral("-") : colour).leftJustified(12);
        for (const QString& size : card.sizes) {
            const Variant* variant = card.variantAt(size, colour);
            context.out << (variant ? stockQuantityText(variant->onHandMilli) : QStringLiteral("")).rightJustified(6);
        }
        context.out << "\n";
    }
}

void printCard(const CommandContext& context, const ProductCard& card) {
    const Product& p = card.product;
    context.out << p.sku << "  " << p.name
                << (p.brand.isEmpty() ? QString() : QStringLiteral("  (") + p.brand + QLatin1Char(')')) << "\n"
                << "  Codes       "
                << (card.gtins.isEmpty() ? QStringLiteral("PLU %1").arg(p.plu) : card.gtins.join(QStringLiteral(", ")))
                << "\n"
                << "  Price       " << priceText(card) << "\n"
                << "  VAT         " << p.taxCode << " "
                << (card.vatBasisPoints < 0 ? QStringLiteral("(no rate known today)")
                                            : Money(card.vatBasisPoints).toDecimalString() + QStringLiteral(" %"))
                << "\n";
    for (auto it = card.attributes.begin(); it != card.attributes.end(); ++it) {
        context.out << "  " << (it.key() + QLatin1Char(':')).leftJustified(11) << " "
                    << (it.value().isString() ? it.value().toString() : QString::number(it.value().toDouble())) << "\n";
    }
    if (!card.variants.empty()) {
        printVariants(context, card);
    }
    context.out << "Stock by location:\n";
    printStockByLocation(context, card.stock);
}

int showProduct(const CommandContext& context, const QStringList& args) {
    QString code;
    QString format = QStringLiteral("text");
    bool online = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--online")) {
            online = true;
        } else if (args[i] == QLatin1String("--format")) {
            format = valueAfter(args, i).value_or(QString());
        } else if (code.isEmpty()) {
            code = args[i];
        } else {
            return usage(context, kProductsUsage);
        }
    }
    if (code.isEmpty() || (format != QLatin1String("text") && format != QLatin1String("json"))) {
        return usage(context, kProductsUsage);
    }
    auto till = openInitialisedTill(context);
    if (!till) {
        return kStorage;
    }
    const std::optional<Product> product = till->catalog().byCode(code);
    if (!product) {
        return refuse(context, makeError(ErrorCode::UnknownProduct, code.left(64)));
    }
    ProductCard card = productCard(*till, *product, QDate::currentDate());
    if (online) {
        const CentralStock answer = sync::requestStock(sync::loadTillLink(context.dataDir), product->sku);
        if (const Result<void> added = addStockFromCentral(*till, card, answer, QDateTime::currentDateTimeUtc());
            !added) {
            context.err << "kassactl: " << describe(added.error()) << Qt::endl;
        }
    }
    if (format == QLatin1String("json")) {
        context.out << QJsonDocument(toJson(card)).toJson(QJsonDocument::Indented);
    } else {
        printCard(context, card);
    }
    context.out.flush();
    return kOk;
}

} // namespace

int runProducts(const CommandContext& context, const QStringList& args) {
    if (args.value(0) == QLatin1String("search")) {
        return searchProducts(context, args.mid(1));
    }
    if (args.value(0) == QLatin1String("show")) {
        return showProduct(context, args.mid(1));
    }
    return usage(context, kProductsUsage);
}

} // namespace kassa::app
