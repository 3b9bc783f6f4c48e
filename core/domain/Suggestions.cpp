#include "Suggestions.h"

#include <QMap>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace kassa::core {

namespace {

Error invalid(const QString& reason) {
    return makeError(ErrorCode::InvalidInput, reason);
}

constexpr float kPreferredBrandWeight = 1.5F;
constexpr qsizetype kMaxSuggestions = 50; // in one feed item

bool consumableByDefault(const QJsonObject& item, const QString& size) {
    return item.value(QStringLiteral("style")).toString().isEmpty() && size.isEmpty();
}

} // namespace

SuggestionTraits suggestionTraits(const QJsonObject& catalogItem) {
    const QJsonObject attributes = catalogItem.value(QStringLiteral("attributes")).toObject();
    SuggestionTraits traits;
    traits.sku = catalogItem.value(QStringLiteral("sku")).toString();
    traits.group = catalogItem.value(QStringLiteral("style")).toString();
    if (traits.group.isEmpty()) {
        traits.group = traits.sku;
    }
    traits.size = attributes.value(QStringLiteral("size")).toString();
    traits.brand = catalogItem.value(QStringLiteral("brand")).toString();
    const QJsonValue consumable = attributes.value(QStringLiteral("consumable"));
    traits.consumable = consumable.isBool() ? consumable.toBool() : consumableByDefault(catalogItem, traits.size);
    return traits;
}

QJsonArray toJson(const std::vector<Suggestion>& suggestions) {
    QJsonArray array;
    for (const Suggestion& suggestion : suggestions) {
        array.append(
            QJsonObject{{QStringLiteral("sku"), suggestion.sku}, {QStringLiteral("because"), suggestion.because}});
    }
    return array;
}

Result<std::vector<Suggestion>> suggestionsFromJson(const QJsonValue& json) {
    if (json.isUndefined() || json.isNull()) {
        return std::vector<Suggestion>{};
    }
    if (!json.isArray() || json.toArray().size() > kMaxSuggestions) {
        return invalid(QStringLiteral("\"suggestions\" must be a list of at most %1 items").arg(kMaxSuggestions));
    }
    std::vector<Suggestion> suggestions;
    for (const QJsonValue& value : json.toArray()) {
        const QJsonObject item = value.toObject();
        Suggestion suggestion{item.value(QStringLiteral("sku")).toString(),
                              item.value(QStringLiteral("because")).toString()};
        if (suggestion.sku.isEmpty()) {
            return invalid(QStringLiteral("a suggestion without \"sku\""));
        }
        suggestions.push_back(std::move(suggestion));
    }
    return suggestions;
}

std::uint32_t SuggestionModel::groupIndex(const QString& name) {
    const auto found = m_groupByName.constFind(name);
    if (found != m_groupByName.constEnd()) {
        return *found;
    }
    const auto index = static_cast<std::uint32_t>(m_groups.size());
    m_groups.push_back(Group{name, false, false, {}});
    m_groupByName.insert(name, index);
    return index;
}

void SuggestionModel::addProduct(const SuggestionTraits& traits) {
    if (traits.sku.isEmpty() || m_productBySku.contains(traits.sku)) {
        return;
    }
    const std::uint32_t group = groupIndex(traits.group);
    const auto index = static_cast<std::uint32_t>(m_products.size());
    m_products.push_back(Product{traits.sku, group, traits.size, traits.brand, 0});
    m_productBySku.insert(traits.sku, index);
    Group& g = m_groups[group];
    // A style is consumable only when every variant is: one durable variant makes it a thing to own.
    g.consumable = g.variants.empty() ? traits.consumable : g.consumable && traits.consumable;
    g.sized = g.sized || !traits.size.isEmpty();
    g.variants.push_back(index);
}

void SuggestionModel::addCustomer(const CustomerPurchases& customer) {
    Buyer buyer{customer.id, {}, {}, customer.sizes, customer.brands};
    QMap<QString, int> sizesBought;
    QSet<std::uint32_t> seen;
    for (const QString& sku : customer.skus) {
        const auto found = m_productBySku.constFind(sku);
        if (found == m_productBySku.constEnd() || seen.contains(*found)) {
            continue;
        }
        seen.insert(*found);
        Product& product = m_products[*found];
        ++product.buyers;
        buyer.products.push_back(*found);
        buyer.groups.push_back(product.group);
        if (!product.size.isEmpty()) {
            ++sizesBought[product.size];
        }
    }
    std::sort(buyer.groups.begin(), buyer.groups.end());
    buyer.groups.erase(std::unique(buyer.groups.begin(), buyer.groups.end()), buyer.groups.end());
    std::vector<std::pair<int, QString>> bySize;
    for (auto it = sizesBought.cbegin(); it != sizesBought.cend(); ++it) {
        bySize.emplace_back(-it.value(), it.key());
    }
    std::sort(bySize.begin(), bySize.end());
    for (const auto& [count, size] : bySize) {
        if (!buyer.sizes.contains(size)) {
            buyer.sizes << size;
        }
    }
    m_customers.push_back(std::move(buyer));
}

void SuggestionModel::build() {
    std::vector<std::vector<std::uint32_t>> buyersOf(m_groups.size());
    for (std::uint32_t c = 0; c < m_customers.size(); ++c) {
        for (std::uint32_t group : m_customers[c].groups) {
            buyersOf[group].push_back(c);
        }
    }
    std::vector<std::uint32_t> together(m_groups.size(), 0);
    std::vector<std::uint32_t> touched;
    m_neighbours.assign(m_groups.size(), {});
    for (std::uint32_t group = 0; group < m_groups.size(); ++group) {
        m_neighbours[group] = neighboursOf(group, buyersOf, together, touched);
    }
}

std::vector<SuggestionModel::Neighbour>
SuggestionModel::neighboursOf(std::uint32_t group, const std::vector<std::vector<std::uint32_t>>& buyersOf,
                              std::vector<std::uint32_t>& together, std::vector<std::uint32_t>& touched) const {
    touched.clear();
    for (std::uint32_t c : buyersOf[group]) {
        for (std::uint32_t other : m_customers[c].groups) {
            if (other != group && together[other]++ == 0) {
                touched.push_back(other);
            }
        }
    }
    std::vector<Neighbour> neighbours;
    const auto buyers = static_cast<double>(buyersOf[group].size());
    for (std::uint32_t other : touched) {
        if (together[other] >= static_cast<std::uint32_t>(m_settings.minCustomersOfPair)) {
            const double similarity = together[other] / std::sqrt(buyers * static_cast<double>(buyersOf[other].size()));
            neighbours.push_back({other, static_cast<float>(similarity)});
        }
        together[other] = 0;
    }
    const auto keep = std::min(neighbours.size(), static_cast<std::size_t>(m_settings.neighbours));
    std::partial_sort(neighbours.begin(), neighbours.begin() + static_cast<std::ptrdiff_t>(keep), neighbours.end(),
                      [this](const Neighbour& a, const Neighbour& b) {
                          return a.similarity != b.similarity ? a.similarity > b.similarity
                                                              : m_groups[a.group].name < m_groups[b.group].name;
                      });
    neighbours.resize(keep);
    return neighbours;
}

std::optional<std::uint32_t> SuggestionModel::variantFor(const Group& group, const Buyer& buyer) const {
    const auto mostBought = [this](std::optional<std::uint32_t> best, std::uint32_t candidate) {
        if (!best) {
            return candidate;
        }
        const Product& a = m_products[candidate];
        const Product& b = m_products[*best];
        return a.buyers != b.buyers ? (a.buyers > b.buyers ? candidate : *best) : (a.sku < b.sku ? candidate : *best);
    };
    if (!group.sized) {
        std::optional<std::uint32_t> best;
        for (std::uint32_t variant : group.variants) {
            best = mostBought(best, variant);
        }
        return best;
    }
    for (const QString& size : buyer.sizes) {
        std::optional<std::uint32_t> best;
        for (std::uint32_t variant : group.variants) {
            if (m_products[variant].size == size) {
                best = mostBought(best, variant);
            }
        }
        if (best) {
            return best;
        }
    }
    return std::nullopt;
}

QString SuggestionModel::boughtIn(const Buyer& buyer, std::uint32_t group) const {
    for (std::uint32_t product : buyer.products) {
        if (m_products[product].group == group) {
            return m_products[product].sku;
        }
    }
    return {};
}

std::vector<Suggestion> SuggestionModel::suggestionsFor(std::size_t customer) const {
    const Buyer& buyer = m_customers[customer];
    struct Candidate {
        float score = 0;
        float strongest = 0;
        std::uint32_t because = 0;
    };
    QHash<std::uint32_t, Candidate> candidates;
    for (std::uint32_t owned : buyer.groups) {
        for (const Neighbour& neighbour : m_neighbours[owned]) {
            const Group& group = m_groups[neighbour.group];
            if (!group.consumable && std::binary_search(buyer.groups.begin(), buyer.groups.end(), neighbour.group)) {
                continue;
            }
            Candidate& candidate = candidates[neighbour.group];
            candidate.score += neighbour.similarity;
            if (neighbour.similarity > candidate.strongest) {
                candidate.strongest = neighbour.similarity;
                candidate.because = owned;
            }
        }
    }
    std::vector<std::pair<float, std::uint32_t>> ranked;
    for (auto it = candidates.cbegin(); it != candidates.cend(); ++it) {
        const Group& group = m_groups[it.key()];
        const bool preferred = std::any_of(group.variants.begin(), group.variants.end(), [&](std::uint32_t variant) {
            return !m_products[variant].brand.isEmpty() && buyer.brands.contains(m_products[variant].brand);
        });
        ranked.emplace_back(it.value().score * (preferred ? kPreferredBrandWeight : 1.0F), it.key());
    }
    std::sort(ranked.begin(), ranked.end(), [this](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : m_groups[a.second].name < m_groups[b.second].name;
    });
    std::vector<Suggestion> suggestions;
    for (const auto& [score, group] : ranked) {
        if (suggestions.size() == static_cast<std::size_t>(m_settings.perCustomer)) {
            break;
        }
        if (const std::optional<std::uint32_t> variant = variantFor(m_groups[group], buyer)) {
            suggestions.push_back({m_products[*variant].sku, boughtIn(buyer, candidates.value(group).because)});
        }
    }
    return suggestions;
}

} // namespace kassa::core
