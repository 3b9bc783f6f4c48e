#include "Loyalty.h"

#include <QJsonArray>
#include <algorithm>

namespace kassa::core {

namespace {

Error invalid(const QString& reason) {
    return makeError(ErrorCode::InvalidInput, reason);
}

constexpr int kMaxPointsPerEuro = 100;
constexpr int kMaxMultiplierPercent = 1000;

} // namespace

const LoyaltyTier* LoyaltyRules::tierFor(std::int64_t earnedTotal) const {
    const LoyaltyTier* reached = nullptr;
    for (const LoyaltyTier& tier : tiers) {
        if (earnedTotal >= tier.fromPoints) {
            reached = &tier;
        }
    }
    return reached;
}

std::int64_t LoyaltyRules::pointsEarned(Money eligible, std::int64_t earnedTotal) const {
    if (!enabled() || eligible.cents() <= 0) {
        return 0;
    }
    const LoyaltyTier* tier = tierFor(earnedTotal);
    const std::int64_t multiplier = tier != nullptr ? tier->multiplierPercent : 100;
    return eligible.cents() * pointsPerEuro * multiplier / (100 * 100); // whole points, rounded down
}

std::int64_t LoyaltyRules::pointsWorth(Money amount) const {
    return pointValue.cents() > 0 ? std::max<std::int64_t>(0, amount.cents() / pointValue.cents()) : 0;
}

Result<LoyaltyRules> parseLoyaltyRules(const QJsonObject& json) {
    LoyaltyRules rules;
    rules.pointsPerEuro = json.value(QStringLiteral("points_per_euro")).toInt(-1);
    if (rules.pointsPerEuro < 0 || rules.pointsPerEuro > kMaxPointsPerEuro) {
        return invalid(QStringLiteral("\"points_per_euro\" must be a whole number 0..%1").arg(kMaxPointsPerEuro));
    }
    const auto value = Money::parse(json.value(QStringLiteral("point_value")).toString());
    if (!value || value->cents() <= 0 || value->cents() > 100) {
        return invalid(QStringLiteral("\"point_value\" must be what one point pays, 0.01 to 1.00 euros"));
    }
    rules.pointValue = *value;
    rules.minRedeemPoints = json.value(QStringLiteral("min_redeem_points")).toInteger(0);
    if (rules.minRedeemPoints < 0) {
        return invalid(QStringLiteral("\"min_redeem_points\" cannot be below zero"));
    }
    for (const QJsonValue& item : json.value(QStringLiteral("tiers")).toArray()) {
        const QJsonObject tier = item.toObject();
        LoyaltyTier parsed{tier.value(QStringLiteral("name")).toString().trimmed(),
                           tier.value(QStringLiteral("from_points")).toInteger(-1),
                           tier.value(QStringLiteral("multiplier_percent")).toInt(100)};
        if (parsed.name.isEmpty() || parsed.name.size() > 40 || parsed.fromPoints < 0 || parsed.multiplierPercent < 0 ||
            parsed.multiplierPercent > kMaxMultiplierPercent) {
            return invalid(QStringLiteral("each tier needs a name, \"from_points\" of 0 or more and a "
                                          "\"multiplier_percent\" of 0..%1")
                               .arg(kMaxMultiplierPercent));
        }
        rules.tiers.push_back(parsed);
    }
    std::sort(rules.tiers.begin(), rules.tiers.end(),
              [](const LoyaltyTier& a, const LoyaltyTier& b) { return a.fromPoints < b.fromPoints; });
    return rules;
}

QJsonObject toJson(const LoyaltyRules& rules) {
    QJsonArray tiers;
    for (const LoyaltyTier& tier : rules.tiers) {
        tiers.append(QJsonObject{{QStringLiteral("name"), tier.name},
                                 {QStringLiteral("from_points"), static_cast<qint64>(tier.fromPoints)},
                                 {QStringLiteral("multiplier_percent"), tier.multiplierPercent}});
    }
    return QJsonObject{{QStringLiteral("points_per_euro"), rules.pointsPerEuro},
                       {QStringLiteral("point_value"), rules.pointValue.toDecimalString()},
                       {QStringLiteral("min_redeem_points"), static_cast<qint64>(rules.minRedeemPoints)},
                       {QStringLiteral("tiers"), tiers}};
}

LoyaltyStanding loyaltyStandingFromJson(const QJsonObject& json) {
    LoyaltyStanding standing;
    standing.balance = json.value(QStringLiteral("balance")).toInteger();
    standing.earnedTotal = json.value(QStringLiteral("earned_total")).toInteger();
    standing.tier = json.value(QStringLiteral("tier")).toString();
    const QJsonObject counted = json.value(QStringLiteral("counted")).toObject();
    for (auto it = counted.begin(); it != counted.end(); ++it) {
        standing.counted[it.key()] = it.value().toInteger();
    }
    return standing;
}

QJsonObject toJson(const LoyaltyStanding& standing) {
    QJsonObject counted;
    for (const auto& [till, seq] : standing.counted) {
        counted.insert(till, static_cast<qint64>(seq));
    }
    return QJsonObject{{QStringLiteral("balance"), static_cast<qint64>(standing.balance)},
                       {QStringLiteral("earned_total"), static_cast<qint64>(standing.earnedTotal)},
                       {QStringLiteral("tier"), standing.tier},
                       {QStringLiteral("counted"), counted}};
}

std::int64_t pointsToTakeBack(std::int64_t earned, std::int64_t soldNetCents, std::int64_t returnedNetCents,
                              std::int64_t takenBackBefore) {
    if (earned <= 0 || soldNetCents <= 0) {
        return 0;
    }
    const std::int64_t returned = std::clamp<std::int64_t>(returnedNetCents, 0, soldNetCents);
    // Rounded half up: a return of every line takes back exactly what was earned.
    const std::int64_t due = (earned * returned * 2 + soldNetCents) / (soldNetCents * 2);
    return std::max<std::int64_t>(0, due - takenBackBefore);
}

} // namespace kassa::core
