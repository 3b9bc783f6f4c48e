#pragma once

// Central's master data on the till: products, price-book entries and tax rates arrive as one
// change feed ordered by central's change number. The till applies a page of changes and
// moves its checkpoint in the same transaction, so a crash or a cut connection at any point
// resumes exactly where it stopped.
//
// The first load (and a reload after central was restored) is built beside the live catalog
// in load_* tables, page by page in short transactions, while the till keeps selling from the
// live one. When the load has caught up with central its search index is built in slices, and
// it is swapped in with table renames in one short transaction. Product ids are kept per SKU across the swap, so open
// baskets and history keep pointing at the same products.
//
// The item formats (also what integrations PUT to central; see README, "Master data"):
//   products   the catalog format, key = SKU
//   prices     {"book","sku","price","valid_from","valid_to"|null}, key = [book, sku, valid_from]
//   tax_codes  {"code","valid_from","rate"}, key = [code, valid_from]
// A removal is the key's fields with "removed": true.

#include "../domain/Money.h"
#include "../domain/TaxCode.h"
#include "Catalog.h"
#include "Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>
#include <vector>

namespace kassa::core {

namespace feeds {
inline constexpr char kProducts[] = "products";
inline constexpr char kPrices[] = "prices";
inline constexpr char kTaxCodes[] = "tax_codes";
} // namespace feeds

// One price-book entry: `price` applies to `sku` from `validFrom` until `validTo` (open when
// empty). When several entries apply, the one that started latest wins, so a campaign inside
// a regular price's period overrides it.
struct PriceEntry {
    QString book;
    QString sku;
    Money price;
    QDateTime validFrom; // UTC
    std::optional<QDateTime> validTo;
};

[[nodiscard]] Result<PriceEntry> parsePriceEntry(const QJsonObject& json);
[[nodiscard]] QJsonObject toJson(const PriceEntry& entry);
[[nodiscard]] QString feedKey(const PriceEntry& entry);

// {"code": "A", "valid_from": "2024-09-01", "rate": "25.5"}
[[nodiscard]] Result<TaxRate> parseTaxRateItem(const QJsonObject& json);
[[nodiscard]] QJsonObject toJson(const TaxRate& rate);
[[nodiscard]] QString feedKey(const TaxRate& rate);

// Parses an item of `feed` (or its removal) into its key and normalized JSON; what central
// stores. `taxes` checks the tax code of products.
struct FeedItem {
    QString key;
    QJsonObject item; // empty when removed
    bool removed = false;
};
[[nodiscard]] Result<FeedItem> parseFeedItem(QStringView feed, const QJsonObject& json, const TaxTable& taxes);

struct FeedChange {
    std::int64_t changeNo = 0;
    QString feed;
    QJsonObject item; // for a removal: the key's fields
    bool removed = false;
};

// One answer of central's change feed.
struct ChangePage {
    QString generation;              // central's database generation: new after a restore
    std::int64_t head = 0;           // central's latest change number when it answered
    std::vector<FeedChange> changes; // in change-number order
};

struct FeedCheckpoint {
    QString generation;      // of the central the live data came from; empty before the first load
    std::int64_t cursor = 0; // the live data holds every change up to here
    bool loading = false;    // a first load is being built beside the live data
    std::int64_t loadCursor = 0;
};

struct FeedProgress {
    std::int64_t applied = 0;     // changes applied (or staged) from this page
    bool swapped = false;         // a first load was completed and swapped in
    bool caughtUp = false;        // nothing more to ask for now
    bool centralRestored = false; // central's generation changed under the till: it was restored
    std::int64_t nextSince = 0;
};

class MasterData {
public:
    explicit MasterData(Database& db)
        : m_db(db) {}

    [[nodiscard]] FeedCheckpoint checkpoint() const;
    // Where to ask central from next.
    [[nodiscard]] std::int64_t nextSince() const;

    // Takes a page that answered `since`: applies it to the live data, or stages it for a first
    // load (starting one when central's generation is new to the till), and swaps the load in
    // once it has caught up. One transaction for the page and the checkpoint.
    Result<FeedProgress> take(const ChangePage& page, std::int64_t since);

private:
    enum class Target { Live, Staged };
    void startLoad(const QString& generation);
    void applyChange(const FeedChange& change, Target target);
    void applyProduct(const FeedChange& change, Target target);
    void applyPrice(const FeedChange& change, Target target);
    void applyTaxRate(const FeedChange& change, Target target);
    void finishLoad();
    static void yieldToSales();
    void inSlices(const char* progressKey, int sliceRows, const char* sliceEndSql, const char* workSql);
    void swapInLoad(const QString& generation, std::int64_t cursor);
    void dropTablesLeftByASwap();

    Database& m_db;
};

} // namespace kassa::core
