#pragma once

// The till's replica of the product catalog: point lookups by GTIN, PLU and id for scanning,
// FTS5 search for the clerk, and the JSON-lines import that central will accept too.

#include "../domain/Product.h"
#include "../domain/TaxCode.h"
#include "Database.h"

#include <QIODevice>
#include <QJsonObject>
#include <functional>
#include <optional>
#include <vector>

namespace kassa::core {

// One product of the catalog format (see docs/integration-guide.md, "Catalog format"), checked and normalized:
// GTINs as GTIN-14, the price in cents.
struct CatalogItem {
    Product product;
    std::vector<QString> gtins;
};

// Checks one product object. `taxes` null skips the tax-code check, for items central has
// already checked against its own tax codes.
[[nodiscard]] Result<CatalogItem> parseCatalogItem(const QJsonObject& json, const TaxTable* taxes);
// The same for one line of a JSON-lines file; errors name the line.
[[nodiscard]] Result<CatalogItem> parseCatalogLine(const QByteArray& line, int lineNumber, const TaxTable& taxes);
// The normalized JSON object of an item: what central stores and sends to tills.
[[nodiscard]] QJsonObject toCatalogJson(const CatalogItem& item);

struct ImportSummary {
    int products = 0; // lines read and stored (new or updated)
    int gtins = 0;
};

// A large load into an empty catalog, inside its transaction: a 256 MB page cache, enough for
// a million products' indexes (with SQLite's default 2 MB every page is written again and
// again), and the search index's triggers set aside so that finish() builds the index once.
// A million demo products: 28 s instead of 96 s. Call finish() before the commit; without it
// the transaction must roll back, which puts the triggers back as they were.
class CatalogBulkLoad {
public:
    explicit CatalogBulkLoad(Database& db);
    void finish();

private:
    Database& m_db;
    std::int64_t m_cacheSize; // the connection's own, put back by finish()
};

// A price-book entry in force: the price a product sells at instead of its own.
struct BookPrice {
    QString book;
    Money price;
    QDateTime validFrom;
    QDateTime validTo; // invalid: open-ended
};

// The most variants one style shows: a matrix a clerk can read.
inline constexpr int kMaxVariants = 200;

class Catalog {
public:
    explicit Catalog(Database& db)
        : m_db(db) {}

    [[nodiscard]] std::optional<Product> byGtin(const QString& gtin14);
    [[nodiscard]] std::optional<Product> byPlu(int plu);
    [[nodiscard]] std::optional<Product> bySku(const QString& sku);
    // A product by a code a person gives: a barcode scanned (its GTIN) or a SKU typed.
    [[nodiscard]] std::optional<Product> byCode(const QString& code);
    // The lowest price the product has had from `since` until now: its own price and every
    // price-book price in force at some time in between. A return without a receipt refunds
    // this, so a customer cannot buy on offer and return at the full price.
    [[nodiscard]] std::optional<Money> lowestPriceSince(const QString& sku, const QDateTime& since);
    [[nodiscard]] std::vector<Product> quickKeys();
    // The price-book entry in force now for the product, if any (what KASSA_PRODUCT_COLUMNS sells at).
    [[nodiscard]] std::optional<BookPrice> bookPriceInForce(const QString& sku);
    // The products of one style (its variants), by SKU, at most kMaxVariants.
    [[nodiscard]] std::vector<Product> variantsOf(const QString& style);
    // The clerk's search, as they type: the product whose GTIN or SKU was typed first, then
    // products with words starting with every word typed, then products with the words anywhere
    // (inside compounds too: "maito" finds "kevytmaito"), each group most popular first and no
    // product twice. Case and accents are ignored; any text is safe. See domain/SearchText.h.
    [[nodiscard]] std::vector<Product> search(const QString& text, int limit);
    [[nodiscard]] std::int64_t productCount();
    [[nodiscard]] std::vector<QString> gtinsOf(std::int64_t productId);

    // Reads one JSON object per line (see docs/integration-guide.md, "Catalog format") and stores all of them in
    // one transaction: a bad line is reported with its number and reason, and then nothing of
    // the file is stored. Products are matched by SKU, so importing again updates them.
    Result<ImportSummary> importJsonLines(QIODevice& input, const TaxTable& taxes);

    // Stores one product inside the caller's transaction (used by the importer and demo data).
    void upsert(const Product& product, const std::vector<QString>& gtins, int popularity, std::optional<int> quickKey);

private:
    // Index hits for `query`, most popular first, each passed to `add` when it also has a word
    // starting with each of `wordStarts` (the one-letter words the index cannot take), until
    // `add` wants no more.
    void searchIndex(const QString& query, const QStringList& wordStarts,
                     const std::function<bool(const std::optional<Product>&)>& add);
    Product readProduct(Statement& statement) const;
    std::optional<Product> readOptionalProduct(Statement& statement) const;

    Database& m_db;
};

} // namespace kassa::core
