#pragma once

// Suggestions for a customer: items they are likely to want, computed at central from every
// customer's purchases (sync/server/CustomerSuggestions.h) and fed to the tills with the
// customer, so they work offline.
//
// - Items go together when the same customers bought both ("bought together with what they
//   bought"): for two groups a and b, the customers who bought both, divided by the geometric
//   mean of the customers who bought each (cosine similarity), so a best-seller that everyone
//   buys does not crowd out what goes with this customer's things. A pair needs two customers at
//   least: one person's odd mix is no evidence.
// - A group is a product's style (the variants of one T-shirt are one thing to own) or, without
//   a style, the product itself.
// - A customer's score for a group is the sum of its similarity to every group they bought; a
//   preferred brand counts half as much again.
// - Never what they own: a group they bought is left out unless it is consumable (they will buy
//   it again). A product is consumable as its attribute "consumable" (true or false) says; without
//   one, a product with neither a style nor a size is (groceries, household goods), one with
//   either is not (clothes, shoes).
// - In the sizes they buy: of a group sold in sizes, the variant in a size the customer told
//   staff, or else the size they bought most, and of those the variant most customers bought; a
//   sized group with none of their sizes is not suggested.
// - A suggestion names the item they bought that it goes with most ("because"), for staff to say.

#include "Result.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace kassa::core {

// What suggesting needs to know of a product: from its catalog JSON (Catalog.h's format).
struct SuggestionTraits {
    QString sku;
    QString group; // its style, or its SKU
    QString size;  // attribute "size"; empty: not sold in sizes
    QString brand;
    bool consumable = false;
};

[[nodiscard]] SuggestionTraits suggestionTraits(const QJsonObject& catalogItem);

struct Suggestion {
    QString sku;
    QString because; // the SKU the customer bought that it goes with most

    bool operator==(const Suggestion&) const = default;
};

// In feed `customers`: "suggestions": [{"sku": "...", "because": "..."}].
[[nodiscard]] QJsonArray toJson(const std::vector<Suggestion>& suggestions);
[[nodiscard]] Result<std::vector<Suggestion>> suggestionsFromJson(const QJsonValue& json);

struct SuggestionSettings {
    int perCustomer = 8;        // suggestions kept for a customer
    int neighbours = 30;        // groups kept as going with each group
    int minCustomersOfPair = 2; // customers who bought both, at least
};

// One customer as suggesting sees them: the SKUs they bought and kept (returns deducted) and
// the sizes and brands they told staff.
struct CustomerPurchases {
    QString id;
    QStringList skus;
    QStringList sizes;
    QStringList brands;
};

// Add every product and every customer, build once, then ask for each customer.
class SuggestionModel {
public:
    explicit SuggestionModel(SuggestionSettings settings = {})
        : m_settings(settings) {}

    void addProduct(const SuggestionTraits& traits);
    // A SKU the catalog no longer has is left out of their purchases.
    void addCustomer(const CustomerPurchases& customer);
    // Counts which groups go together. Work grows with the sum over customers of the square of
    // the groups each bought; memory with the products, the purchases and neighbours per group.
    void build();

    [[nodiscard]] std::size_t customerCount() const { return m_customers.size(); }
    [[nodiscard]] const QString& customerId(std::size_t customer) const { return m_customers[customer].id; }
    [[nodiscard]] std::vector<Suggestion> suggestionsFor(std::size_t customer) const;

private:
    struct Product {
        QString sku;
        std::uint32_t group = 0;
        QString size;
        QString brand;
        std::uint32_t buyers = 0;
    };
    struct Group {
        QString name;
        bool consumable = false;
        bool sized = false;
        std::vector<std::uint32_t> variants;
    };
    struct Buyer {
        QString id;
        std::vector<std::uint32_t> products; // distinct
        std::vector<std::uint32_t> groups;   // distinct, sorted
        QStringList sizes;                   // told first, then bought most
        QStringList brands;
    };
    struct Neighbour {
        std::uint32_t group;
        float similarity;
    };

    [[nodiscard]] std::uint32_t groupIndex(const QString& name);
    [[nodiscard]] std::vector<Neighbour> neighboursOf(std::uint32_t group,
                                                      const std::vector<std::vector<std::uint32_t>>& buyersOf,
                                                      std::vector<std::uint32_t>& together,
                                                      std::vector<std::uint32_t>& touched) const;
    [[nodiscard]] std::optional<std::uint32_t> variantFor(const Group& group, const Buyer& buyer) const;
    [[nodiscard]] QString boughtIn(const Buyer& buyer, std::uint32_t group) const;

    SuggestionSettings m_settings;
    std::vector<Product> m_products;
    QHash<QString, std::uint32_t> m_productBySku;
    std::vector<Group> m_groups;
    QHash<QString, std::uint32_t> m_groupByName;
    std::vector<Buyer> m_customers;
    std::vector<std::vector<Neighbour>> m_neighbours; // by group, most similar first
};

} // namespace kassa::core
