#pragma once

// Central's master-data feeds, each declared once: its name in the change feed, the endpoint
// integrations put it to, how central checks and normalises an integration's line, and how a
// till applies one change to its live catalog or to a first load's tables. Central's routes,
// its parser and the till's MasterData all go through masterDataFeeds().
//
// The item formats (also what integrations PUT to central; see docs/integration-guide.md, "Master data"):
//   products   the catalog format, key = SKU
//   prices     {"book","sku","price","valid_from","valid_to"|null}, key = [book, sku, valid_from]
//   tax_codes  {"code","valid_from","rate"}, key = [code, valid_from]
//   return_policy  the chain's return policy (core/domain/ReturnPolicy.h), one item, key = "chain"
//   web_orders the web shop's orders as central keeps them (core/domain/WebOrder.h), key = the
//              order number; central feeds those within the longest return window, and fills
//              the feed itself from POST /v1/web-orders (it has no PUT endpoint)
//   till_certificates  every till certificate central issued: {"fingerprint","store_id",
//              "till_id","certificate" (PEM),"revoked"}, key = the fingerprint; central fills it
//              at enrollment and revocation
//   stores     the chain's stores (core/domain/Delivery.h): {"store_id","name","nearby"}, key = the id
//   deliveries what is on its way to a store (core/domain/Delivery.h), key = the delivery number;
//              integrations POST them, central removes one a till received, tills keep their own
//   customers  the chain's customers as stores need them (core/domain/Customer.h), key = the id;
//              central fills it (sync/server/CustomerMaster.h): a removal is {"id","merged_into"}
//              for an id merged into another customer, {"id","erased":true} for an erased one
//   loyalty_rules  the chain's loyalty programme (core/domain/Loyalty.h), one item, key = "chain"
// A removal is the key's fields with "removed": true.

#include "../domain/FeedChange.h"
#include "../domain/Money.h"
#include "../domain/TaxCode.h"
#include "Catalog.h"
#include "Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>
#include <span>
#include <stdexcept>
#include <vector>

namespace kassa::core {

namespace feeds {
inline constexpr char kProducts[] = "products";
inline constexpr char kPrices[] = "prices";
inline constexpr char kTaxCodes[] = "tax_codes";
inline constexpr char kReturnPolicy[] = "return_policy";
inline constexpr char kWebOrders[] = "web_orders";
inline constexpr char kTillCertificates[] = "till_certificates";
inline constexpr char kVouchers[] = "vouchers";
inline constexpr char kStores[] = "stores";
inline constexpr char kDeliveries[] = "deliveries";
inline constexpr char kCustomers[] = "customers";
inline constexpr char kLoyaltyRules[] = "loyalty_rules";
inline constexpr char kTillPolicy[] = "till_policy";
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

// Where a till applies a change: its live catalog, or a first load's load_* tables.
enum class FeedTarget { Live, Staged };

// An item central sent that this till cannot read: the page is refused whole.
class UnreadableItem : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct MasterDataFeed {
    const char* name;     // in the change feed: "products"
    const char* resource; // central's endpoint for integrations: "/v1/products"; null: none
    // Central: an integration's line -> the key and normalised item central stores, or why not.
    // `taxes` are the codes products may use. Null for a feed central fills itself.
    Result<FeedItem> (*parse)(const QJsonObject& line, const TaxTable& taxes);
    // Till: applies one change, inside the caller's transaction; throws UnreadableItem for an
    // item it cannot read and StoreError when the database fails.
    void (*apply)(Database& db, const FeedChange& change, FeedTarget target);
    // Till, optional: runs once after a page that changed this feed, in the page's transaction,
    // with the page's changes (of every feed).
    void (*afterPage)(Database& db, const std::vector<FeedChange>& changes) = nullptr;
};

// Whether central erased a customer or merged them into another in `changes`: the till then
// leaves nothing of them behind (Customers::leaveNothingOfForgotten).
[[nodiscard]] bool forgetsACustomer(const std::vector<FeedChange>& changes);

// The GTINs of a products feed item as central stores it (normalised to 14 digits).
[[nodiscard]] QStringList productItemGtins(const QJsonObject& item);

// An integration's upload to one feed, checked whole: every line parsed, no key twice, and for
// products no GTIN on two lines. Central then checks the GTINs against the products it has.
struct MasterDataUpload {
    std::vector<FeedItem> items;
    std::vector<int> lines; // the body's line of each item, for messages
    int removed = 0;
};
// One JSON object per line (blank lines are skipped); the error names the first bad line as
// "line N: ...", or says the body has no items.
[[nodiscard]] Result<MasterDataUpload> parseMasterDataUpload(const MasterDataFeed& feed, const QByteArray& body,
                                                             const TaxTable& taxes);

// Every feed, in the order a first load needs them (tax codes before the products using them).
[[nodiscard]] std::span<const MasterDataFeed> masterDataFeeds();
// Nothing for a feed this program does not know (a newer central's).
[[nodiscard]] const MasterDataFeed* findMasterDataFeed(QStringView name);

} // namespace kassa::core
