#include "Catalog.h"

#include "../domain/Barcode.h"
#include "../domain/Key.h"
#include "../domain/SearchText.h"
#include "CatalogTables.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace kassa::core {

namespace {

constexpr int kMaxLineBytes = 64 * 1024;

Error lineError(int lineNumber, const QString& reason) {
    return makeError(ErrorCode::InvalidInput, QStringLiteral("line %1: %2").arg(lineNumber).arg(reason));
}

// The columns readProduct() reads. The price is the one in force now: the latest-starting
// price-book entry whose validity covers this moment, else the product's own price.
#define KASSA_PRODUCT_COLUMNS                                                                                          \
    "p.id, p.sku, p.name, p.brand, "                                                                                   \
    "coalesce((SELECT pp.price_cents FROM product_prices pp WHERE pp.sku = p.sku "                                     \
    "AND pp.valid_from <= strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "                                                      \
    "AND (pp.valid_to IS NULL OR pp.valid_to > strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) "                                \
    "ORDER BY pp.valid_from DESC LIMIT 1), p.price_cents), "                                                           \
    "p.tax_code, p.unit, coalesce(p.plu, 0), p.attributes, coalesce(p.style, '') "

Error itemError(const QString& reason) {
    return makeError(ErrorCode::InvalidInput, reason);
}

} // namespace

Result<CatalogItem> parseCatalogItem(const QJsonObject& json, const TaxTable* taxes) {
    CatalogItem parsed;
    Product& product = parsed.product;
    product.sku = validKey(json.value(QStringLiteral("sku")).toString());
    product.name = json.value(QStringLiteral("name")).toString().trimmed();
    product.brand = json.value(QStringLiteral("brand")).toString().trimmed();
    product.taxCode = json.value(QStringLiteral("tax_code")).toString();
    if (product.sku.isEmpty()) {
        return itemError(QStringLiteral("\"sku\" must be a text of 1 to 64 characters without control characters"));
    }
    if (product.name.isEmpty() || product.name.size() > 200) {
        return itemError(QStringLiteral("\"name\" must be a text of 1 to 200 characters"));
    }
    if (!json.value(QStringLiteral("price")).isString()) {
        return itemError(QStringLiteral("\"price\" must be a decimal string such as \"2.49\""));
    }
    auto price = Money::parse(json.value(QStringLiteral("price")).toString());
    if (!price || price->isNegative()) {
        return itemError(QStringLiteral("\"price\" %1 is not an amount in euros with at most two decimals")
                             .arg(json.value(QStringLiteral("price")).toString()));
    }
    product.price = price.value();
    if (taxes && !taxes->hasCode(product.taxCode)) {
        return itemError(QStringLiteral("unknown \"tax_code\" \"%1\"").arg(product.taxCode));
    }
    if (product.taxCode.isEmpty()) {
        return itemError(QStringLiteral("\"tax_code\" is missing"));
    }
    if (!unitFromString(json.value(QStringLiteral("unit")).toString(), &product.unit)) {
        return itemError(QStringLiteral("\"unit\" must be \"pcs\" or \"kg\""));
    }
    if (json.contains(QStringLiteral("plu")) && !json.value(QStringLiteral("plu")).isNull()) {
        const QJsonValue plu = json.value(QStringLiteral("plu"));
        const int number = plu.isString() ? plu.toString().toInt() : plu.toInt();
        if (number < 1 || number > 99999) {
            return itemError(QStringLiteral("\"plu\" must be a number from 1 to 99999"));
        }
        product.plu = number;
    }
    const QJsonValue attributes = json.value(QStringLiteral("attributes"));
    if (!attributes.isUndefined() && !attributes.isObject()) {
        return itemError(QStringLiteral("\"attributes\" must be an object"));
    }
    product.attributesJson = QString::fromUtf8(QJsonDocument(attributes.toObject()).toJson(QJsonDocument::Compact));
    if (const QJsonValue style = json.value(QStringLiteral("style")); !style.isUndefined() && !style.isNull()) {
        product.style = validKey(style.toString());
        if (product.style.isEmpty()) {
            return itemError(QStringLiteral("\"style\" must name the parent product in 1 to 64 characters"));
        }
    }
    if (!json.value(QStringLiteral("gtins")).isArray()) {
        return itemError(QStringLiteral("\"gtins\" must be an array of codes"));
    }
    for (const QJsonValue& value : json.value(QStringLiteral("gtins")).toArray()) {
        auto gtin = normalizeGtin(value.toString());
        if (!gtin) {
            return itemError(QStringLiteral("GTIN \"%1\": %2").arg(value.toString(), describe(gtin.error())));
        }
        if (std::find(parsed.gtins.begin(), parsed.gtins.end(), gtin.value()) == parsed.gtins.end()) {
            parsed.gtins.push_back(gtin.value()); // the same code twice, or written two ways, is one GTIN
        }
    }
    if (parsed.gtins.empty() && product.plu == 0) {
        return itemError(QStringLiteral("a product needs at least one GTIN or a PLU"));
    }
    return parsed;
}

Result<CatalogItem> parseCatalogLine(const QByteArray& bytes, int lineNumber, const TaxTable& taxes) {
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return lineError(lineNumber, QStringLiteral("not a JSON object (%1)").arg(parseError.errorString()));
    }
    auto item = parseCatalogItem(document.object(), &taxes);
    if (!item) {
        return lineError(lineNumber, item.error().detail);
    }
    return item;
}

QJsonObject toCatalogJson(const CatalogItem& item) {
    const Product& product = item.product;
    QJsonArray gtins;
    for (const QString& gtin : item.gtins) {
        gtins.append(gtin);
    }
    QJsonObject json{{QStringLiteral("sku"), product.sku},
                     {QStringLiteral("name"), product.name},
                     {QStringLiteral("brand"), product.brand},
                     {QStringLiteral("price"), product.price.toDecimalString()},
                     {QStringLiteral("tax_code"), product.taxCode},
                     {QStringLiteral("unit"), unitToString(product.unit)},
                     {QStringLiteral("gtins"), gtins},
                     {QStringLiteral("attributes"), QJsonDocument::fromJson(product.attributesJson.toUtf8()).object()}};
    if (product.plu > 0) {
        json.insert(QStringLiteral("plu"), product.plu);
    }
    if (!product.style.isEmpty()) {
        json.insert(QStringLiteral("style"), product.style);
    }
    return json;
}

Product Catalog::readProduct(Statement& s) const {
    Product product;
    product.id = s.int64(0);
    product.sku = s.text(1);
    product.name = s.text(2);
    product.brand = s.text(3);
    product.price = Money(s.int64(4));
    product.taxCode = s.text(5);
    (void)unitFromString(s.text(6), &product.unit); // the CHECK constraint allows only valid units
    product.plu = s.integer(7);
    product.attributesJson = s.text(8);
    product.style = s.text(9);
    return product;
}

std::optional<Product> Catalog::readOptionalProduct(Statement& statement) const {
    if (!statement.step()) {
        return std::nullopt;
    }
    return readProduct(statement);
}

std::optional<Product> Catalog::byGtin(const QString& gtin14) {
    Query query = m_db.prepare("SELECT " KASSA_PRODUCT_COLUMNS
                               "FROM product_gtins g JOIN products p ON p.id = g.product_id WHERE g.gtin = ?1");
    query->bind(1, gtin14);
    return readOptionalProduct(*query);
}

std::optional<Product> Catalog::byPlu(int plu) {
    Query query = m_db.prepare("SELECT " KASSA_PRODUCT_COLUMNS "FROM products p WHERE p.plu = ?1");
    query->bind(1, plu);
    return readOptionalProduct(*query);
}

std::optional<Product> Catalog::bySku(const QString& sku) {
    Query query = m_db.prepare("SELECT " KASSA_PRODUCT_COLUMNS "FROM products p WHERE p.sku = ?1");
    query->bind(1, sku);
    return readOptionalProduct(*query);
}

std::optional<Product> Catalog::byCode(const QString& code) {
    const QString trimmed = code.trimmed();
    if (const Result<QString> gtin = normalizeGtin(trimmed); gtin) {
        if (std::optional<Product> product = byGtin(gtin.value())) {
            return product;
        }
    }
    return trimmed.isEmpty() || trimmed.size() > 64 ? std::nullopt : bySku(trimmed);
}

std::optional<Money> Catalog::lowestPriceSince(const QString& sku, const QDateTime& since) {
    Query query =
        m_db.prepare("SELECT min(price) FROM (SELECT price_cents AS price FROM products WHERE sku = ?1 UNION ALL "
                     "SELECT price_cents FROM product_prices WHERE sku = ?1 "
                     "AND valid_from <= strftime('%Y-%m-%dT%H:%M:%SZ', 'now') AND (valid_to IS NULL OR valid_to > ?2)) "
                     "WHERE EXISTS (SELECT 1 FROM products WHERE sku = ?1)");
    query->bind(1, sku).bind(2, since.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
    if (!query->step() || query->isNull(0)) {
        return std::nullopt;
    }
    return Money(query->int64(0));
}

std::optional<BookPrice> Catalog::bookPriceInForce(const QString& sku) {
    Query query = m_db.prepare("SELECT book, price_cents, valid_from, coalesce(valid_to, '') FROM product_prices "
                               "WHERE sku = ?1 AND valid_from <= strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                               "AND (valid_to IS NULL OR valid_to > strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) "
                               "ORDER BY valid_from DESC LIMIT 1");
    query->bind(1, sku);
    if (!query->step()) {
        return std::nullopt;
    }
    return BookPrice{query->text(0), Money(query->int64(1)), QDateTime::fromString(query->text(2), Qt::ISODate),
                     QDateTime::fromString(query->text(3), Qt::ISODate)};
}

std::vector<Product> Catalog::variantsOf(const QString& style) {
    std::vector<Product> variants;
    Query query =
        m_db.prepare("SELECT " KASSA_PRODUCT_COLUMNS "FROM products p WHERE p.style = ?1 ORDER BY p.sku LIMIT ?2");
    query->bind(1, style).bind(2, kMaxVariants);
    while (query->step()) {
        variants.push_back(readProduct(*query));
    }
    return variants;
}

std::vector<Product> Catalog::quickKeys() {
    std::vector<Product> products;
    Query query = m_db.prepare("SELECT " KASSA_PRODUCT_COLUMNS "FROM products p "
                               "WHERE p.quick_key IS NOT NULL ORDER BY p.quick_key");
    while (query->step()) {
        products.push_back(readProduct(*query));
    }
    return products;
}

namespace {

// A search stops looking after this many index hits that the words it checks itself turn down:
// "kahvi x" must not read every coffee of a million products.
constexpr int kMaxCandidates = 5000;
constexpr int kMaxSearchLength = 200;
constexpr int kMaxSearchWords = 8;

} // namespace

std::vector<Product> Catalog::search(const QString& text, int limit) {
    std::vector<Product> found;
    QSet<std::int64_t> seen;
    // Takes a product unless it is there already; whether more are wanted.
    const auto add = [&](const std::optional<Product>& product) {
        if (product && static_cast<int>(found.size()) < limit && !seen.contains(product->id)) {
            seen.insert(product->id);
            found.push_back(*product);
        }
        return static_cast<int>(found.size()) < limit;
    };
    // What the clerk most likely means comes first: the code itself, scanned or typed.
    const QString code = text.trimmed();
    if (const Result<QString> gtin = normalizeGtin(code); gtin) {
        add(byGtin(gtin.value()));
    }
    if (!code.isEmpty() && code.size() <= 64) {
        add(bySku(code));
    }
    // A clerk types a few words; a pasted page of text is cut to what a search can use.
    const QStringList words = searchWords(text.left(kMaxSearchLength)).mid(0, kMaxSearchWords);
    QString startsQuery;
    for (bool anywhere : {false, true}) {
        QStringList wordsLeft;
        const QString query = searchIndexQuery(words, anywhere, wordsLeft);
        if (query.isEmpty() || (anywhere && query == startsQuery)) {
            continue;
        }
        if (!anywhere) {
            startsQuery = query;
        }
        searchIndex(query, wordsLeft, add);
    }
    return found;
}

void Catalog::searchIndex(const QString& query, const QStringList& wordStarts,
                          const std::function<bool(const std::optional<Product>&)>& add) {
    Query hits = m_db.prepare("SELECT rowid FROM product_search WHERE product_search MATCH ?1 ORDER BY rowid");
    hits->bind(1, query);
    int candidates = 0;
    while (candidates < kMaxCandidates && hits->step()) {
        ++candidates;
        Query row = m_db.prepare("SELECT " KASSA_PRODUCT_COLUMNS ", p.search_text FROM products p WHERE p.id = ?1");
        row->bind(1, productIdOfRank(hits->int64(0)));
        if (!row->step()) {
            continue;
        }
        const QString searchText = row->text(10);
        if (std::all_of(wordStarts.begin(), wordStarts.end(),
                        [&searchText](const QString& word) { return searchText.contains(QLatin1Char(' ') + word); }) &&
            !add(readProduct(*row))) {
            return;
        }
    }
}

std::int64_t Catalog::productCount() {
    Query query = m_db.prepare("SELECT count(*) FROM products");
    query->step();
    return query->int64(0);
}

std::vector<QString> Catalog::gtinsOf(std::int64_t productId) {
    std::vector<QString> gtins;
    Query query = m_db.prepare("SELECT gtin FROM product_gtins WHERE product_id = ?1 ORDER BY gtin");
    query->bind(1, productId);
    while (query->step()) {
        gtins.push_back(query->text(0));
    }
    return gtins;
}

void Catalog::upsert(const Product& product, const std::vector<QString>& gtins, int popularity,
                     std::optional<int> quickKey) {
    std::int64_t productId = 0;
    {
        Query query =
            m_db.prepare("INSERT INTO products (sku, name, brand, price_cents, tax_code, unit, plu, attributes, "
                         "popularity, quick_key, search_text, style) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
                         "ON CONFLICT (sku) DO UPDATE SET name = excluded.name, brand = excluded.brand, "
                         "price_cents = excluded.price_cents, tax_code = excluded.tax_code, unit = excluded.unit, "
                         "plu = excluded.plu, attributes = excluded.attributes, search_text = excluded.search_text, "
                         "style = excluded.style "
                         "RETURNING id");
        query->bind(1, product.sku).bind(2, product.name).bind(3, product.brand).bind(4, product.price.cents());
        query->bind(5, product.taxCode).bind(6, unitToString(product.unit));
        product.plu > 0 ? query->bind(7, product.plu) : query->bindNull(7);
        query->bind(8, product.attributesJson).bind(9, popularity);
        quickKey ? query->bind(10, *quickKey) : query->bindNull(10);
        query->bind(11, productSearchText(product.name, product.brand, product.sku));
        product.style.isEmpty() ? query->bindNull(12) : query->bind(12, product.style);
        query->step();
        productId = query->int64(0);
    }
    for (const QString& gtin : gtins) {
        Query query = m_db.prepare("INSERT INTO product_gtins (gtin, product_id) VALUES (?1, ?2) "
                                   "ON CONFLICT (gtin) DO UPDATE SET product_id = excluded.product_id");
        query->bind(1, gtin).bind(2, productId).run();
    }
}

CatalogBulkLoad::CatalogBulkLoad(Database& db)
    : m_db(db) {
    {
        Query cache = m_db.prepare("PRAGMA cache_size");
        cache->step();
        m_cacheSize = cache->int64(0);
    }
    m_db.exec("PRAGMA cache_size = -262144");
    catalogTables::dropSearchTriggers(m_db);
}

void CatalogBulkLoad::finish() {
    catalogTables::indexAllProducts(m_db);
    catalogTables::createSearchTriggers(m_db);
    m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
}

Result<ImportSummary> Catalog::importJsonLines(QIODevice& input, const TaxTable& taxes) {
    ImportSummary summary;
    try {
        Transaction transaction(m_db);
        std::optional<CatalogBulkLoad> bulkLoad;
        if (productCount() == 0) {
            bulkLoad.emplace(m_db);
        }
        QSet<QString> skus;
        QHash<QString, QString> gtinOwners; // GTIN -> SKU within this file
        int lineNumber = 0;
        while (!input.atEnd()) {
            const QByteArray line = input.readLine(kMaxLineBytes + 1);
            ++lineNumber;
            if (line.size() > kMaxLineBytes && !line.endsWith('\n')) {
                return lineError(lineNumber, QStringLiteral("longer than %1 bytes").arg(kMaxLineBytes));
            }
            if (line.trimmed().isEmpty()) {
                continue;
            }
            auto parsed = parseCatalogLine(line, lineNumber, taxes);
            if (!parsed) {
                return parsed.error();
            }
            if (skus.contains(parsed->product.sku)) {
                return lineError(lineNumber,
                                 QStringLiteral("SKU \"%1\" appears twice in the file").arg(parsed->product.sku));
            }
            skus.insert(parsed->product.sku);
            for (const QString& gtin : parsed->gtins) {
                if (gtinOwners.contains(gtin)) {
                    return lineError(
                        lineNumber,
                        QStringLiteral("GTIN %1 also belongs to SKU \"%2\"").arg(gtin, gtinOwners.value(gtin)));
                }
                gtinOwners.insert(gtin, parsed->product.sku);
            }
            try {
                upsert(parsed->product, parsed->gtins, 0, std::nullopt);
            } catch (const StoreError& error) {
                if ((error.sqliteCode() & 0xFF) == 19 /* SQLITE_CONSTRAINT */) {
                    return lineError(
                        lineNumber,
                        QStringLiteral("conflicts with the catalog (PLU %1 already used?)").arg(parsed->product.plu));
                }
                throw;
            }
            ++summary.products;
            summary.gtins += static_cast<int>(parsed->gtins.size());
        }
        if (summary.products == 0) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the file has no products"));
        }
        if (bulkLoad) {
            bulkLoad->finish();
        }
        transaction.commit();
    } catch (const StoreError& error) {
        return error.toError();
    }
    return summary;
}

#undef KASSA_PRODUCT_COLUMNS

} // namespace kassa::core
