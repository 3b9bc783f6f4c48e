#pragma once

// What a clerk sees of one product: its price now (and the price-book entry that sets it), its
// VAT, its codes and attributes, the variant matrix of its style (sizes across, colours down,
// each with the store's stock), and its stock here, in nearby stores and in the web warehouse,
// each figure with the time it is from. The card screen and `kassactl products show` both read
// it from here.

#include "../store/TillDatabase.h"
#include "../sync/SyncLink.h"

#include <QJsonObject>
#include <optional>
#include <vector>

namespace kassa::core {

struct Variant {
    Product product;
    QString size;                 // attributes.size, empty when it has none
    QString colour;               // attributes.colour (or color)
    std::int64_t onHandMilli = 0; // this store's, as StockFigures gives it
};

struct ProductCard {
    Product product;                    // its price is the one in force now
    Money ownPrice;                     // the catalog's own price
    std::optional<BookPrice> bookPrice; // the price-book entry in force, when one is
    int vatBasisPoints = -1;            // -1: this till knows no rate for the code today
    QStringList gtins;
    QJsonObject attributes;
    // The style's variants with the sizes and colours that span the matrix, in a clerk's order
    // (XS S M L XL …, numbers by value, the rest as they come).
    std::vector<Variant> variants;
    QStringList sizes;
    QStringList colours;
    std::vector<LocationStock> stock;

    // The variant of a size and colour, if the style has it.
    [[nodiscard]] const Variant* variantAt(const QString& size, const QString& colour) const;
};

[[nodiscard]] ProductCard productCard(TillDatabase& till, const Product& product, const QDate& today);
// Central's stock of the item at every location (asked online, at `at`) on the card: each
// figure as of now; this store's with this till's movements central has not acknowledged. No
// answer says why (HeadOfficeUnavailable), and the card stays as it was.
Result<void> addStockFromCentral(TillDatabase& till, ProductCard& card, const CentralStock& central,
                                 const QDateTime& at);
[[nodiscard]] QJsonObject toJson(const ProductCard& card);

} // namespace kassa::core
