#include "MasterDataFeeds.h"

#include "../domain/Barcode.h"
#include "../domain/Delivery.h"
#include "../domain/JsonFields.h"
#include "../domain/JsonLines.h"
#include "../domain/Key.h"
#include "../domain/ReturnPolicy.h"
#include "../domain/SearchText.h"
#include "../domain/TillPolicy.h"
#include "../domain/Voucher.h"
#include "Customers.h"
#include "Settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <array>
#include <map>

namespace kassa::core {

namespace {

Error invalid(const QString& reason) {
    return makeError(ErrorCode::InvalidInput, reason);
}

QString keyOf(std::initializer_list<QString> parts) {
    QJsonArray array;
    for (const QString& part : parts) {
        array.append(part);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

bool isTaxCode(const QString& code) {
    if (code.isEmpty() || code.size() > 8) {
        return false;
    }
    return std::all_of(code.begin(), code.end(), [](QChar c) { return c.isDigit() || (c >= u'A' && c <= u'Z'); });
}

} // namespace

Result<PriceEntry> parsePriceEntry(const QJsonObject& json) {
    PriceEntry entry;
    entry.book = validKey(json.value(QStringLiteral("book")).toString());
    entry.sku = validKey(json.value(QStringLiteral("sku")).toString());
    if (entry.book.isEmpty()) {
        return invalid(
            QStringLiteral("\"book\" must name the price book in 1 to 64 characters without control characters"));
    }
    if (entry.sku.isEmpty()) {
        return invalid(QStringLiteral("\"sku\" must be a text of 1 to 64 characters without control characters"));
    }
    const auto from = parseZonedTime(json.value(QStringLiteral("valid_from")));
    if (!from) {
        return invalid(QStringLiteral("\"valid_from\" must be a time with its zone, such as "
                                      "\"2026-12-01T00:00:00+02:00\""));
    }
    entry.validFrom = *from;
    if (json.value(QStringLiteral("removed")).toBool()) {
        return entry;
    }
    const QJsonValue to = json.value(QStringLiteral("valid_to"));
    if (!to.isUndefined() && !to.isNull()) {
        entry.validTo = parseZonedTime(to);
        if (!entry.validTo || *entry.validTo <= entry.validFrom) {
            return invalid(QStringLiteral("\"valid_to\" must be null or a time with its zone after \"valid_from\""));
        }
    }
    const auto price = parseAmount(json.value(QStringLiteral("price")));
    if (!price) {
        return invalid(QStringLiteral("\"price\" must be a decimal string such as \"2.49\""));
    }
    entry.price = *price;
    return entry;
}

QJsonObject toJson(const PriceEntry& entry) {
    return QJsonObject{
        {QStringLiteral("book"), entry.book},
        {QStringLiteral("sku"), entry.sku},
        {QStringLiteral("price"), entry.price.toDecimalString()},
        {QStringLiteral("valid_from"), utcText(entry.validFrom)},
        {QStringLiteral("valid_to"), entry.validTo ? QJsonValue(utcText(*entry.validTo)) : QJsonValue()}};
}

QString feedKey(const PriceEntry& entry) {
    return keyOf({entry.book, entry.sku, utcText(entry.validFrom)});
}

Result<TaxRate> parseTaxRateItem(const QJsonObject& json) {
    TaxRate rate;
    rate.code = json.value(QStringLiteral("code")).toString();
    if (!isTaxCode(rate.code)) {
        return invalid(QStringLiteral("\"code\" must be 1 to 8 capital letters or digits, such as \"A\""));
    }
    rate.validFrom = QDate::fromString(json.value(QStringLiteral("valid_from")).toString(), Qt::ISODate);
    if (!rate.validFrom.isValid()) {
        return invalid(QStringLiteral("\"valid_from\" must be a date such as \"2026-01-01\""));
    }
    if (json.value(QStringLiteral("removed")).toBool()) {
        return rate;
    }
    // A percentage with at most two decimals is, digit for digit, an amount in cents: "25.5" -> 2550 bp.
    const auto percent = Money::parse(json.value(QStringLiteral("rate")).toString());
    if (!json.value(QStringLiteral("rate")).isString() || !percent || percent->isNegative() ||
        percent->cents() >= 10000) {
        return invalid(
            QStringLiteral("\"rate\" must be a percentage string from \"0\" to \"99.99\", such as \"25.5\""));
    }
    rate.basisPoints = static_cast<int>(percent->cents());
    return rate;
}

QJsonObject toJson(const TaxRate& rate) {
    return QJsonObject{{QStringLiteral("code"), rate.code},
                       {QStringLiteral("valid_from"), rate.validFrom.toString(Qt::ISODate)},
                       {QStringLiteral("rate"), Money(rate.basisPoints).toDecimalString()}};
}

QString feedKey(const TaxRate& rate) {
    return keyOf({rate.code, rate.validFrom.toString(Qt::ISODate)});
}

namespace {

Result<FeedItem> parseProductItem(const QJsonObject& json, const TaxTable& taxes) {
    if (json.value(QStringLiteral("removed")).toBool()) {
        const QString sku = validKey(json.value(QStringLiteral("sku")).toString());
        if (sku.isEmpty()) {
            return invalid(QStringLiteral("a removal needs the product's \"sku\" (1 to 64 characters without "
                                          "control characters)"));
        }
        return FeedItem{sku, QJsonObject{{QStringLiteral("sku"), sku}}, true};
    }
    auto item = parseCatalogItem(json, &taxes);
    if (!item) {
        return item.error();
    }
    return FeedItem{item->product.sku, toCatalogJson(item.value()), false};
}

Result<FeedItem> parsePriceItem(const QJsonObject& json, const TaxTable& /*taxes*/) {
    const bool removed = json.value(QStringLiteral("removed")).toBool();
    auto entry = parsePriceEntry(json);
    if (!entry) {
        return entry.error();
    }
    QJsonObject item = toJson(entry.value());
    if (removed) {
        item = QJsonObject{{QStringLiteral("book"), entry->book},
                           {QStringLiteral("sku"), entry->sku},
                           {QStringLiteral("valid_from"), utcText(entry->validFrom)}};
    }
    return FeedItem{feedKey(entry.value()), item, removed};
}

Result<FeedItem> parseTaxCodeItem(const QJsonObject& json, const TaxTable& /*taxes*/) {
    const bool removed = json.value(QStringLiteral("removed")).toBool();
    auto rate = parseTaxRateItem(json);
    if (!rate) {
        return rate.error();
    }
    QJsonObject item = toJson(rate.value());
    if (removed) {
        item.remove(QStringLiteral("rate"));
    }
    return FeedItem{feedKey(rate.value()), item, removed};
}

// One policy for the chain: putting it again replaces it; a removal puts the tills back on the
// default policy.
Result<FeedItem> parseReturnPolicyItem(const QJsonObject& json, const TaxTable& /*taxes*/) {
    const QString key = QStringLiteral("chain");
    if (json.value(QStringLiteral("removed")).toBool()) {
        return FeedItem{key, QJsonObject{}, true};
    }
    auto policy = parseReturnPolicy(json);
    if (!policy) {
        return policy.error();
    }
    return FeedItem{key, toJson(policy.value()), false};
}

// One till policy for the chain, as the return policy: a removal puts the tills back on the defaults.
Result<FeedItem> parseTillPolicyItem(const QJsonObject& json, const TaxTable& /*taxes*/) {
    const QString key = QStringLiteral("chain");
    if (json.value(QStringLiteral("removed")).toBool()) {
        return FeedItem{key, QJsonObject{}, true};
    }
    auto policy = parseTillPolicy(json);
    if (!policy) {
        return policy.error();
    }
    return FeedItem{key, toJson(policy.value()), false};
}

Result<FeedItem> parseLoyaltyRulesItem(const QJsonObject& json, const TaxTable& /*taxes*/) {
    const QString key = QStringLiteral("chain");
    if (json.value(QStringLiteral("removed")).toBool()) {
        return FeedItem{key, QJsonObject{}, true};
    }
    auto rules = parseLoyaltyRules(json);
    if (!rules) {
        return rules.error();
    }
    return FeedItem{key, toJson(rules.value()), false};
}

// A store of the chain, with the stores near it whose stock its tills see.
Result<FeedItem> parseStoreItem(const QJsonObject& json, const TaxTable& /*taxes*/) {
    auto store = parseStoreInfo(json);
    if (!store) {
        return store.error();
    }
    if (json.value(QStringLiteral("removed")).toBool()) {
        return FeedItem{store->id, QJsonObject{{QStringLiteral("store_id"), store->id}}, true};
    }
    return FeedItem{store->id, toJson(store.value()), false};
}

// What head office has on its way to a store. Central takes deliveries on POST /v1/deliveries
// and takes one out of the feed when a till receives it.
Result<FeedItem> parseDeliveryItem(const QJsonObject& json, const TaxTable& /*taxes*/) {
    if (json.value(QStringLiteral("removed")).toBool()) {
        const QString number = validKey(json.value(QStringLiteral("delivery")).toString());
        if (number.isEmpty()) {
            return invalid(QStringLiteral("a removal needs the delivery's \"delivery\" number"));
        }
        return FeedItem{number, QJsonObject{{QStringLiteral("delivery"), number}}, true};
    }
    auto delivery = parseDelivery(json);
    if (!delivery) {
        return delivery.error();
    }
    return FeedItem{delivery->number, toJson(delivery.value()), false};
}

// The statements that write master data, once for the live tables and once for the load_*
// tables of a first load. Built once; the statement cache is keyed by their addresses.
struct WriteSql {
    QByteArray updateProduct;
    QByteArray insertProduct;
    QByteArray freePlu;
    QByteArray deleteGtins;
    QByteArray insertGtin;
    QByteArray deleteProductGtins;
    QByteArray deleteProduct;
    QByteArray upsertPrice;
    QByteArray deletePrice;
    QByteArray upsertTaxRate;
    QByteArray deleteTaxRate;
};

// A load keeps GTINs as plain rows in load_gtin_rows: inserting a million random GTINs into a
// keyed table one page at a time would rewrite most of its pages at every commit. The keyed
// table is built from the rows in sorted slices at the end (see finishLoad).
WriteSql makeWriteSql(const char* prefix, const char* gtins) {
    const auto sql = [prefix, gtins](const char* text) {
        return QByteArray(text).replace("{p}", prefix).replace("{gtins}", gtins);
    };
    return WriteSql{
        sql("UPDATE {p}products SET name = ?2, brand = ?3, price_cents = ?4, tax_code = ?5, unit = ?6, plu = ?7, "
            "attributes = ?8, search_text = ?9, style = ?10 WHERE sku = ?1 RETURNING id"),
        // A new row keeps the id the live catalog has for the SKU; a product new to the till
        // gets an id above both tables, so a later swap never collides.
        sql("INSERT INTO {p}products (id, sku, name, brand, price_cents, tax_code, unit, plu, attributes, "
            "popularity, quick_key, search_text, style) VALUES ("
            "coalesce((SELECT id FROM products WHERE sku = ?1), max((SELECT coalesce(max(id), 0) FROM products), "
            "(SELECT coalesce(max(id), 0) FROM {p}products)) + 1), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
            "coalesce((SELECT popularity FROM products WHERE sku = ?1), 0), "
            "(SELECT quick_key FROM products WHERE sku = ?1), ?9, ?10) ON CONFLICT (sku) DO NOTHING RETURNING id"),
        // Central's latest word wins: a PLU moved to another product leaves the old one.
        sql("UPDATE {p}products SET plu = NULL WHERE plu = ?1 AND sku <> ?2"),
        sql("DELETE FROM {gtins} WHERE product_id = ?1"),
        QByteArray(gtins) == "product_gtins" ? sql("INSERT INTO product_gtins (gtin, product_id) VALUES (?1, ?2) "
                                                   "ON CONFLICT (gtin) DO UPDATE SET product_id = excluded.product_id")
                                             : sql("INSERT INTO {gtins} (gtin, product_id) VALUES (?1, ?2)"),
        sql("DELETE FROM {gtins} WHERE product_id = (SELECT id FROM {p}products WHERE sku = ?1)"),
        sql("DELETE FROM {p}products WHERE sku = ?1"),
        sql("INSERT OR REPLACE INTO {p}product_prices (sku, valid_from, book, valid_to, price_cents) "
            "VALUES (?1, ?2, ?3, ?4, ?5)"),
        sql("DELETE FROM {p}product_prices WHERE sku = ?1 AND valid_from = ?2 AND book = ?3"),
        sql("INSERT OR REPLACE INTO {p}tax_rates (code, valid_from, rate_bp) VALUES (?1, ?2, ?3)"),
        sql("DELETE FROM {p}tax_rates WHERE code = ?1 AND valid_from = ?2"),
    };
}

const WriteSql& writeSql(bool staged) {
    static const WriteSql live = makeWriteSql("", "product_gtins");
    static const WriteSql load = makeWriteSql("load_", "load_gtin_rows");
    return staged ? load : live;
}

[[noreturn]] void refuseItem(const FeedChange& change, const Error& error) {
    throw UnreadableItem(QStringLiteral("central sent a %1 item (change %2) this till cannot read: %3")
                             .arg(change.feed)
                             .arg(change.changeNo)
                             .arg(error.detail)
                             .toStdString());
}

void applyProduct(Database& db, const FeedChange& change, FeedTarget target) {
    const WriteSql& sql = writeSql(target == FeedTarget::Staged);
    if (change.removed) {
        Query gtins = db.prepare(sql.deleteProductGtins.constData());
        gtins->bind(1, change.item.value(QStringLiteral("sku")).toString()).run();
        Query remove = db.prepare(sql.deleteProduct.constData());
        remove->bind(1, change.item.value(QStringLiteral("sku")).toString()).run();
        return;
    }
    auto parsed = parseCatalogItem(change.item, nullptr);
    if (!parsed) {
        refuseItem(change, parsed.error());
    }
    const Product& product = parsed->product;
    if (product.plu > 0) {
        Query free = db.prepare(sql.freePlu.constData());
        free->bind(1, product.plu).bind(2, product.sku).run();
    }
    std::int64_t productId = 0;
    bool updated = false;
    // A first load mostly meets new SKUs, later changes mostly known ones: try the likelier first.
    const auto order = target == FeedTarget::Staged ? std::array{&sql.insertProduct, &sql.updateProduct}
                                                    : std::array{&sql.updateProduct, &sql.insertProduct};
    for (const QByteArray* statement : order) {
        Query write = db.prepare(statement->constData());
        write->bind(1, product.sku).bind(2, product.name).bind(3, product.brand).bind(4, product.price.cents());
        write->bind(5, product.taxCode).bind(6, unitToString(product.unit));
        product.plu > 0 ? write->bind(7, product.plu) : write->bindNull(7);
        write->bind(8, product.attributesJson).bind(9, productSearchText(product.name, product.brand, product.sku));
        product.style.isEmpty() ? write->bindNull(10) : write->bind(10, product.style);
        if (write->step()) {
            productId = write->int64(0);
            updated = statement == &sql.updateProduct;
            break;
        }
    }
    if (updated) {
        Query clear = db.prepare(sql.deleteGtins.constData());
        clear->bind(1, productId).run();
    }
    for (const QString& gtin : parsed->gtins) {
        Query insert = db.prepare(sql.insertGtin.constData());
        insert->bind(1, gtin).bind(2, productId).run();
    }
}

void applyPrice(Database& db, const FeedChange& change, FeedTarget target) {
    const WriteSql& sql = writeSql(target == FeedTarget::Staged);
    QJsonObject item = change.item;
    if (change.removed) {
        item.insert(QStringLiteral("removed"), true);
    }
    auto entry = parsePriceEntry(item);
    if (!entry) {
        refuseItem(change, entry.error());
    }
    const QString validFrom = utcText(entry->validFrom);
    if (change.removed) {
        Query remove = db.prepare(sql.deletePrice.constData());
        remove->bind(1, entry->sku).bind(2, validFrom).bind(3, entry->book).run();
        return;
    }
    Query upsert = db.prepare(sql.upsertPrice.constData());
    upsert->bind(1, entry->sku).bind(2, validFrom).bind(3, entry->book);
    entry->validTo ? upsert->bind(4, utcText(*entry->validTo)) : upsert->bindNull(4);
    upsert->bind(5, entry->price.cents()).run();
}

void applyTaxRate(Database& db, const FeedChange& change, FeedTarget target) {
    const WriteSql& sql = writeSql(target == FeedTarget::Staged);
    QJsonObject item = change.item;
    if (change.removed) {
        item.insert(QStringLiteral("removed"), true);
    }
    auto rate = parseTaxRateItem(item);
    if (!rate) {
        refuseItem(change, rate.error());
    }
    const QString validFrom = rate->validFrom.toString(Qt::ISODate);
    if (change.removed) {
        Query remove = db.prepare(sql.deleteTaxRate.constData());
        remove->bind(1, rate->code).bind(2, validFrom).run();
        return;
    }
    Query upsert = db.prepare(sql.upsertTaxRate.constData());
    upsert->bind(1, rate->code).bind(2, validFrom).bind(3, rate->basisPoints).run();
}

// The policy is one small item kept among the till's settings: it takes effect at once, a first
// load included, since it has no tables to build beside the live ones.
void applyReturnPolicy(Database& db, const FeedChange& change, FeedTarget /*target*/) {
    Settings settings(db);
    if (change.removed) {
        settings.remove(settingKeys::kReturnPolicy);
        return;
    }
    if (auto policy = parseReturnPolicy(change.item); !policy) {
        refuseItem(change, policy.error());
    }
    settings.setValue(QString::fromLatin1(settingKeys::kReturnPolicy),
                      QString::fromUtf8(QJsonDocument(change.item).toJson(QJsonDocument::Compact)));
}

void applyLoyaltyRules(Database& db, const FeedChange& change, FeedTarget /*target*/) {
    Settings settings(db);
    if (change.removed) {
        settings.remove(settingKeys::kLoyaltyRules);
        return;
    }
    if (auto rules = parseLoyaltyRules(change.item); !rules) {
        refuseItem(change, rules.error());
    }
    settings.setValue(QString::fromLatin1(settingKeys::kLoyaltyRules),
                      QString::fromUtf8(QJsonDocument(change.item).toJson(QJsonDocument::Compact)));
}

void applyTillPolicy(Database& db, const FeedChange& change, FeedTarget /*target*/) {
    Settings settings(db);
    if (change.removed) {
        settings.remove(settingKeys::kTillPolicy);
        return;
    }
    if (auto policy = parseTillPolicy(change.item); !policy) {
        refuseItem(change, policy.error());
    }
    settings.setValue(QString::fromLatin1(settingKeys::kTillPolicy),
                      QString::fromUtf8(QJsonDocument(change.item).toJson(QJsonDocument::Compact)));
}

// A web order is kept as central sent it, for returns while offline; it is read when one is
// looked up, so an order naming a tax code this till does not know yet never blocks the feed.
void applyWebOrder(Database& db, const FeedChange& change, FeedTarget /*target*/) {
    const QString number = change.item.value(QStringLiteral("order")).toString();
    const std::optional<QDateTime> placedAt = parseZonedTime(change.item.value(QStringLiteral("placed_at")));
    if (number.isEmpty()) {
        refuseItem(change, makeError(ErrorCode::InvalidInput, QStringLiteral("\"order\" is missing")));
    }
    if (change.removed) {
        Query remove = db.prepare("DELETE FROM web_orders WHERE order_no = ?1");
        remove->bind(1, number).run();
        return;
    }
    if (!placedAt) {
        refuseItem(change, makeError(ErrorCode::InvalidInput, QStringLiteral("\"placed_at\" is not a time")));
    }
    Query upsert =
        db.prepare("INSERT INTO web_orders (order_no, placed_at, body) VALUES (?1, ?2, ?3) "
                   "ON CONFLICT (order_no) DO UPDATE SET placed_at = excluded.placed_at, body = excluded.body");
    upsert->bind(1, number).bind(2, utcText(*placedAt));
    upsert->bind(3, QString::fromUtf8(QJsonDocument(change.item).toJson(QJsonDocument::Compact))).run();
}

// Once a page of orders is in, those past what central still feeds go (by age: central sends no
// removal for them).
void pruneWebOrders(Database& db, const std::vector<FeedChange>& /*changes*/) {
    const int keepDays = longestReturnWindow(Settings(db).returnPolicy()) + kWebOrderDeliveryDays;
    Query prune = db.prepare("DELETE FROM web_orders WHERE placed_at < ?1");
    prune->bind(1, utcText(QDateTime::currentDateTimeUtc().addDays(-keepDays))).run();
}

// A till certificate, for checking the signatures of receipts' codes. Whether central's CA
// issued it is checked when a code is read, against the CA this till pinned at enrollment.
void applyTillCertificate(Database& db, const FeedChange& change, FeedTarget /*target*/) {
    const QString fingerprint = change.item.value(QStringLiteral("fingerprint")).toString();
    if (fingerprint.isEmpty()) {
        refuseItem(change, makeError(ErrorCode::InvalidInput, QStringLiteral("\"fingerprint\" is missing")));
    }
    if (change.removed) {
        Query remove = db.prepare("DELETE FROM till_certificates WHERE fingerprint = ?1");
        remove->bind(1, fingerprint).run();
        return;
    }
    Query upsert = db.prepare(
        "INSERT INTO till_certificates (fingerprint, store_id, till_id, pem, revoked) VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT (fingerprint) DO UPDATE SET store_id = excluded.store_id, till_id = excluded.till_id, "
        "pem = excluded.pem, revoked = excluded.revoked");
    upsert->bind(1, fingerprint).bind(2, change.item.value(QStringLiteral("store_id")).toString());
    upsert->bind(3, change.item.value(QStringLiteral("till_id")).toString());
    upsert->bind(4, change.item.value(QStringLiteral("certificate")).toString());
    upsert->bind(5, change.item.value(QStringLiteral("revoked")).toBool() ? 1 : 0).run();
}

// A store-credit voucher with its balance at central; one spent in full is removed.
void applyVoucher(Database& db, const FeedChange& change, FeedTarget /*target*/) {
    const QString number = change.item.value(QStringLiteral("number")).toString();
    if (change.removed) {
        Query remove = db.prepare("DELETE FROM voucher_copies WHERE number = ?1");
        remove->bind(1, number).run();
        return;
    }
    const Result<VoucherCopy> voucher = voucherFromJson(change.item);
    if (!voucher) {
        refuseItem(change, voucher.error());
    }
    Query upsert = db.prepare("INSERT INTO voucher_copies (number, balance, body) VALUES (?1, ?2, ?3) "
                              "ON CONFLICT (number) DO UPDATE SET balance = excluded.balance, body = excluded.body");
    upsert->bind(1, number).bind(2, voucher->balance.cents());
    upsert->bind(3, QString::fromUtf8(QJsonDocument(change.item).toJson(QJsonDocument::Compact))).run();
}

void applyStore(Database& db, const FeedChange& change, FeedTarget /*target*/) {
    QJsonObject item = change.item;
    item.insert(QStringLiteral("removed"), change.removed);
    const Result<StoreInfo> store = parseStoreInfo(item);
    if (!store) {
        refuseItem(change, store.error());
    }
    if (change.removed) {
        Query remove = db.prepare("DELETE FROM stores WHERE store_id = ?1");
        remove->bind(1, store->id).run();
        return;
    }
    Query upsert = db.prepare("INSERT INTO stores (store_id, name, nearby, collection_days) VALUES (?1, ?2, ?3, ?4) "
                              "ON CONFLICT (store_id) DO UPDATE SET name = excluded.name, nearby = excluded.nearby, "
                              "collection_days = excluded.collection_days");
    upsert->bind(1, store->id).bind(2, store->name);
    upsert
        ->bind(3, QString::fromUtf8(
                      QJsonDocument(QJsonArray::fromStringList(store->nearby)).toJson(QJsonDocument::Compact)))
        .bind(4, store->collectionDays)
        .run();
}

// Every till hears of every delivery; it keeps only those to its own store.
void applyDelivery(Database& db, const FeedChange& change, FeedTarget /*target*/) {
    const QString number = change.item.value(QStringLiteral("delivery")).toString();
    if (change.removed) {
        Query remove = db.prepare("DELETE FROM deliveries WHERE number = ?1");
        remove->bind(1, number).run();
        return;
    }
    const Result<Delivery> delivery = parseDelivery(change.item);
    if (!delivery) {
        refuseItem(change, delivery.error());
    }
    if (delivery->storeId != Settings(db).identity().storeId) {
        return;
    }
    Query upsert = db.prepare("INSERT INTO deliveries (number, body) VALUES (?1, ?2) "
                              "ON CONFLICT (number) DO UPDATE SET body = excluded.body");
    upsert->bind(1, number).bind(2, QString::fromUtf8(QJsonDocument(change.item).toJson(QJsonDocument::Compact)));
    upsert->run();
}

// A customer as central holds them; a removal is an id merged into another customer (who comes
// in their own change) or erased.
void applyCustomer(Database& db, const FeedChange& change, FeedTarget /*target*/) {
    Customers customers(db);
    if (change.removed) {
        const QString id = change.item.value(QStringLiteral("id")).toString();
        if (id.isEmpty()) {
            refuseItem(change, makeError(ErrorCode::InvalidInput, QStringLiteral("\"id\" is missing")));
        }
        const QString into = change.item.value(QStringLiteral("merged_into")).toString();
        into.isEmpty() ? customers.forget(id) : customers.merge(id, into);
        return;
    }
    if (change.item.value(QStringLiteral("limited")).toBool()) {
        if (const Result<void> kept = customers.keepLimited(change.item); !kept) {
            refuseItem(change, kept.error());
        }
        return;
    }
    const Result<Customer> customer = customerFromJson(change.item);
    if (!customer) {
        refuseItem(change, customer.error());
    }
    const Result<std::vector<Suggestion>> suggestions =
        suggestionsFromJson(change.item.value(QStringLiteral("suggestions")));
    if (!suggestions) {
        refuseItem(change, suggestions.error());
    }
    customers.keep(*customer);
    customers.keepSuggestions(customer->id, *suggestions);
}

// After a page of customers: full records whose time at this till is up (a customer of another
// store looked up a week ago, one who has not bought here for the chain's keep days) become
// limited ones, with the lookup key kept beside the database (core/store/CustomerRecords.h).
// Customers erased or merged away leave nothing behind (Customers::leaveNothingOfForgotten).
void afterCustomersPage(Database& db, const std::vector<FeedChange>& changes) {
    Customers customers(db, LookupKey::besideDatabase(db.path()));
    customers.limitLapsed(QDateTime::currentDateTimeUtc());
    if (forgetsACustomer(changes)) {
        customers.leaveNothingOfForgotten();
    }
}

} // namespace

bool forgetsACustomer(const std::vector<FeedChange>& changes) {
    return std::any_of(changes.begin(), changes.end(), [](const FeedChange& change) {
        return change.feed == QLatin1String(feeds::kCustomers) && change.removed &&
               (change.item.value(QStringLiteral("erased")).toBool() ||
                change.item.contains(QStringLiteral("merged_into")));
    });
}

namespace {

// The master-data feeds, each declared once: its name in the change feed, central's endpoint
// for it, how central checks an integration's line, and how the till applies a change. A feed
// the next issues add (customers, web orders, stock levels, return policies, exceptions for a
// store) is one more line here and its two functions.
constexpr MasterDataFeed kFeeds[] = {
    {feeds::kTaxCodes, "/v1/tax-codes", parseTaxCodeItem, applyTaxRate},
    {feeds::kProducts, "/v1/products", parseProductItem, applyProduct},
    {feeds::kPrices, "/v1/prices", parsePriceItem, applyPrice},
    {feeds::kReturnPolicy, "/v1/return-policy", parseReturnPolicyItem, applyReturnPolicy},
    {feeds::kWebOrders, nullptr, nullptr, applyWebOrder, pruneWebOrders},
    {feeds::kTillCertificates, nullptr, nullptr, applyTillCertificate},
    {feeds::kVouchers, nullptr, nullptr, applyVoucher},
    {feeds::kStores, "/v1/stores", parseStoreItem, applyStore},
    // Integrations POST deliveries (CentralService checks that none was received already).
    {feeds::kDeliveries, nullptr, parseDeliveryItem, applyDelivery},
    // Central fills it from PUT /v1/customers and the tills' facts (sync/server/CustomerMaster.h).
    {feeds::kCustomers, nullptr, nullptr, applyCustomer, afterCustomersPage},
    {feeds::kLoyaltyRules, "/v1/loyalty-rules", parseLoyaltyRulesItem, applyLoyaltyRules},
    {feeds::kTillPolicy, "/v1/till-policy", parseTillPolicyItem, applyTillPolicy},
};

} // namespace

std::span<const MasterDataFeed> masterDataFeeds() {
    return kFeeds;
}

const MasterDataFeed* findMasterDataFeed(QStringView name) {
    const auto found = std::find_if(std::begin(kFeeds), std::end(kFeeds),
                                    [name](const MasterDataFeed& feed) { return name == QLatin1String(feed.name); });
    return found == std::end(kFeeds) ? nullptr : found;
}

Result<FeedItem> parseFeedItem(QStringView feed, const QJsonObject& json, const TaxTable& taxes) {
    const MasterDataFeed* found = findMasterDataFeed(feed);
    if (found == nullptr || found->parse == nullptr) {
        return invalid(QStringLiteral("unknown feed \"%1\"").arg(feed));
    }
    return found->parse(json, taxes);
}

QStringList productItemGtins(const QJsonObject& item) {
    QStringList gtins;
    for (const QJsonValue& gtin : item.value(QStringLiteral("gtins")).toArray()) {
        gtins << gtin.toString();
    }
    return gtins;
}

namespace {

Error lineError(int line, const QString& reason) {
    return invalid(QStringLiteral("line %1: %2").arg(line).arg(reason));
}

// Two lines of one upload giving one GTIN to two products: the till would keep it on one.
std::optional<Error> gtinOnTwoLines(const MasterDataUpload& upload) {
    std::map<QString, std::size_t> claims; // GTIN -> the item that has it
    for (std::size_t i = 0; i < upload.items.size(); ++i) {
        for (const QString& gtin : productItemGtins(upload.items[i].item)) {
            const auto [other, added] = claims.emplace(gtin, i);
            if (!added) {
                return lineError(upload.lines[i], QStringLiteral("GTIN %1 is also on line %2 (SKU %3): a GTIN belongs "
                                                                 "to one product")
                                                      .arg(displayGtin(gtin))
                                                      .arg(upload.lines[other->second])
                                                      .arg(upload.items[other->second].key));
            }
        }
    }
    return std::nullopt;
}

} // namespace

Result<MasterDataUpload> parseMasterDataUpload(const MasterDataFeed& feed, const QByteArray& body,
                                               const TaxTable& taxes) {
    if (feed.parse == nullptr) {
        return invalid(QStringLiteral("line 1: %1 takes no uploads").arg(QString::fromLatin1(feed.name)));
    }
    MasterDataUpload upload;
    QSet<QString> keys;
    const Result<void> read = forEachJsonLine(body, [&](const QJsonObject& json, int line) -> Result<void> {
        auto item = feed.parse(json, taxes);
        if (!item) {
            return item.error();
        }
        if (keys.contains(item->key)) {
            return invalid(
                QStringLiteral("%1 %2 appears twice in the request").arg(QString::fromLatin1(feed.name), item->key));
        }
        keys.insert(item->key);
        upload.removed += item->removed ? 1 : 0;
        upload.items.push_back(std::move(item.value()));
        upload.lines.push_back(line);
        return {};
    });
    if (!read) {
        return read.error();
    }
    if (const std::optional<Error> twice = gtinOnTwoLines(upload)) {
        return *twice;
    }
    return upload;
}

} // namespace kassa::core
