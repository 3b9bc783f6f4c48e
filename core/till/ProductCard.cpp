#include "ProductCard.h"

#include "../domain/Barcode.h"
#include "../domain/WebOrder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace kassa::core {

namespace {

QString attributeOf(const QJsonObject& attributes, std::initializer_list<const char*> names) {
    for (const char* name : names) {
        const QJsonValue value = attributes.value(QLatin1String(name));
        if (value.isString() || value.isDouble()) {
            return value.isString() ? value.toString() : QString::number(value.toDouble());
        }
    }
    return {};
}

QJsonObject attributesOf(const Product& product) {
    return QJsonDocument::fromJson(product.attributesJson.toUtf8()).object();
}

// Clothing sizes in the order they are worn, then sizes that are numbers by value, then the
// rest as they came.
int sizeRank(const QString& size) {
    static const QStringList worn{QStringLiteral("XXS"), QStringLiteral("XS"), QStringLiteral("S"),
                                  QStringLiteral("M"),   QStringLiteral("L"),  QStringLiteral("XL"),
                                  QStringLiteral("XXL"), QStringLiteral("3XL")};
    const qsizetype at = worn.indexOf(size.trimmed().toUpper());
    return at >= 0 ? static_cast<int>(at) : static_cast<int>(worn.size());
}

void sortSizes(QStringList& sizes) {
    std::stable_sort(sizes.begin(), sizes.end(), [](const QString& a, const QString& b) {
        if (sizeRank(a) != sizeRank(b)) {
            return sizeRank(a) < sizeRank(b);
        }
        bool aNumber = false;
        bool bNumber = false;
        const double x = a.toDouble(&aNumber);
        const double y = b.toDouble(&bNumber);
        return aNumber && bNumber ? x < y : (aNumber && !bNumber);
    });
}

void addVariants(TillDatabase& till, ProductCard& card) {
    if (card.product.style.isEmpty()) {
        return;
    }
    const std::vector<Product> products = till.catalog().variantsOf(card.product.style);
    QStringList skus;
    for (const Product& product : products) {
        skus << product.sku;
    }
    const std::vector<std::int64_t> onHand = till.stockFigures().ownOnHand(skus);
    for (std::size_t i = 0; i < products.size(); ++i) {
        const QJsonObject attributes = attributesOf(products[i]);
        Variant variant{products[i], attributeOf(attributes, {"size"}), attributeOf(attributes, {"colour", "color"}),
                        onHand[i]};
        if (!card.sizes.contains(variant.size)) {
            card.sizes << variant.size;
        }
        if (!card.colours.contains(variant.colour)) {
            card.colours << variant.colour;
        }
        card.variants.push_back(std::move(variant));
    }
    sortSizes(card.sizes);
}

QJsonObject toJson(const LocationStock& at) {
    QJsonObject json{
        {QStringLiteral("location"), at.location},
        {QStringLiteral("name"), at.name},
        {QStringLiteral("this_store"), at.ownStore},
        {QStringLiteral("known"), at.known},
        {QStringLiteral("on_hand"), formatQuantity(at.onHandMilli)},
        {QStringLiteral("central"), formatQuantity(at.centralMilli)},
        {QStringLiteral("as_of"), at.asOf.isValid() ? QJsonValue(at.asOf.toUTC().toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("changed_at"), at.changedAt.isEmpty() ? QJsonValue() : QJsonValue(at.changedAt)}};
    if (at.ownStore) {
        json.insert(
            QStringLiteral("not_yet_at_central"),
            QJsonObject{{QStringLiteral("movements"), at.uncountedMovements},
                        {QStringLiteral("quantity"), formatQuantity(at.uncountedMilli)},
                        {QStringLiteral("count"),
                         at.uncountedCountMilli ? QJsonValue(formatQuantity(*at.uncountedCountMilli)) : QJsonValue()}});
    }
    return json;
}

} // namespace

const Variant* ProductCard::variantAt(const QString& size, const QString& colour) const {
    const auto found = std::find_if(variants.begin(), variants.end(), [&](const Variant& variant) {
        return variant.size == size && variant.colour == colour;
    });
    return found == variants.end() ? nullptr : &*found;
}

ProductCard productCard(TillDatabase& till, const Product& product, const QDate& today) {
    ProductCard card;
    card.product = product;
    Catalog catalog = till.catalog();
    card.bookPrice = catalog.bookPriceInForce(product.sku);
    Query own = till.db().prepare("SELECT price_cents FROM products WHERE sku = ?1");
    own->bind(1, product.sku);
    card.ownPrice = own->step() ? Money(own->int64(0)) : product.price;
    const TaxTable taxes = till.settings().taxTable();
    if (const TaxRate* rate = taxes.rateOn(product.taxCode, today)) {
        card.vatBasisPoints = rate->basisPoints;
    }
    for (const QString& gtin : catalog.gtinsOf(product.id)) {
        card.gtins << displayGtin(gtin);
    }
    card.attributes = attributesOf(product);
    addVariants(till, card);
    card.stock = till.stockFigures().of(product.sku);
    return card;
}

Result<void> addStockFromCentral(TillDatabase& till, ProductCard& card, const CentralStock& central,
                                 const QDateTime& at) {
    if (!central.answered) {
        return makeError(ErrorCode::HeadOfficeUnavailable, central.why);
    }
    const QString own = till.settings().identity().storeId;
    StockFigures figures = till.stockFigures();
    for (const CentralStockLevel& level : central.levels) {
        const QString& location = level.location;
        const std::int64_t onHand = level.onHandMilli;
        LocationStock stock;
        if (location == own) {
            stock = figures.ownStoreNow(card.product.sku, onHand, at);
        } else {
            stock.location = location;
            stock.known = true;
            stock.centralMilli = onHand;
            stock.onHandMilli = onHand;
            stock.asOf = at;
        }
        stock.changedAt = level.changedAt;
        const auto same = std::find_if(card.stock.begin(), card.stock.end(),
                                       [&location](const LocationStock& s) { return s.location == location; });
        stock.name = same != card.stock.end() ? same->name : figures.storeName(location);
        if (same != card.stock.end()) {
            *same = stock;
        } else {
            card.stock.push_back(stock);
        }
    }
    return {};
}

QJsonObject toJson(const ProductCard& card) {
    const Product& p = card.product;
    QJsonArray stock;
    for (const LocationStock& at : card.stock) {
        stock.append(toJson(at));
    }
    QJsonArray variants;
    for (const Variant& variant : card.variants) {
        variants.append(QJsonObject{{QStringLiteral("sku"), variant.product.sku},
                                    {QStringLiteral("size"), variant.size},
                                    {QStringLiteral("colour"), variant.colour},
                                    {QStringLiteral("price"), variant.product.price.toDecimalString()},
                                    {QStringLiteral("on_hand"), formatQuantity(variant.onHandMilli)}});
    }
    QJsonObject json{{QStringLiteral("sku"), p.sku},
                     {QStringLiteral("name"), p.name},
                     {QStringLiteral("brand"), p.brand},
                     {QStringLiteral("gtins"), QJsonArray::fromStringList(card.gtins)},
                     {QStringLiteral("unit"), unitToString(p.unit)},
                     {QStringLiteral("price"), p.price.toDecimalString()},
                     {QStringLiteral("own_price"), card.ownPrice.toDecimalString()},
                     {QStringLiteral("tax_code"), p.taxCode},
                     {QStringLiteral("vat_percent"), card.vatBasisPoints < 0
                                                         ? QJsonValue()
                                                         : QJsonValue(Money(card.vatBasisPoints).toDecimalString())},
                     {QStringLiteral("attributes"), card.attributes},
                     {QStringLiteral("style"), p.style.isEmpty() ? QJsonValue() : QJsonValue(p.style)},
                     {QStringLiteral("variants"), variants},
                     {QStringLiteral("stock"), stock}};
    if (card.bookPrice) {
        json.insert(QStringLiteral("price_book"),
                    QJsonObject{{QStringLiteral("book"), card.bookPrice->book},
                                {QStringLiteral("price"), card.bookPrice->price.toDecimalString()},
                                {QStringLiteral("valid_from"), card.bookPrice->validFrom.toUTC().toString(Qt::ISODate)},
                                {QStringLiteral("valid_to"),
                                 card.bookPrice->validTo.isValid()
                                     ? QJsonValue(card.bookPrice->validTo.toUTC().toString(Qt::ISODate))
                                     : QJsonValue()}});
    }
    return json;
}

} // namespace kassa::core
