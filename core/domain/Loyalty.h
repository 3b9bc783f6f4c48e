#pragma once

// The chain's loyalty programme: members (customers with a loyalty card) earn points on what
// they pay with money, redeem them as a tender, and lose what a return takes back. Head office
// sets the rules (PUT /v1/loyalty-rules, feed `loyalty_rules`); central keeps every member's
// points as a ledger of the tills' facts and feeds each member's standing with the customer.
//
// {"points_per_euro": 1, "point_value": "0.01", "min_redeem_points": 100,
//  "tiers": [{"name": "Perus", "from_points": 0, "multiplier_percent": 100},
//            {"name": "Kulta", "from_points": 5000, "multiplier_percent": 150}]}
//
// A tier goes by the points a member has earned in all (returns taken back), so a tier is
// never lost by spending points.

#include "Money.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>
#include <map>
#include <vector>

namespace kassa::core {

struct LoyaltyTier {
    QString name;
    std::int64_t fromPoints = 0;
    int multiplierPercent = 100;
};

struct LoyaltyRules {
    int pointsPerEuro = 0;
    Money pointValue; // what one point pays
    std::int64_t minRedeemPoints = 0;
    std::vector<LoyaltyTier> tiers; // by fromPoints

    [[nodiscard]] bool enabled() const { return pointsPerEuro > 0 && pointValue.cents() > 0; }
    // The tier of a member who has earned this many points in all; empty without tiers.
    [[nodiscard]] const LoyaltyTier* tierFor(std::int64_t earnedTotal) const;
    // Points a member earns on `eligible` (what they paid with money), by their tier.
    [[nodiscard]] std::int64_t pointsEarned(Money eligible, std::int64_t earnedTotal) const;
    [[nodiscard]] Money valueOf(std::int64_t points) const { return Money(points * pointValue.cents()); }
    // The most points that pay no more than `amount`.
    [[nodiscard]] std::int64_t pointsWorth(Money amount) const;
};

[[nodiscard]] Result<LoyaltyRules> parseLoyaltyRules(const QJsonObject& json);
[[nodiscard]] QJsonObject toJson(const LoyaltyRules& rules);

// A member's points as central counted them, with which facts of which till it had counted:
// a till adds its own sales central had not counted yet.
struct LoyaltyStanding {
    std::int64_t balance = 0;
    std::int64_t earnedTotal = 0;
    QString tier;
    std::map<QString, std::int64_t> counted; // "device_id:epoch" -> the highest seq counted in
};

[[nodiscard]] LoyaltyStanding loyaltyStandingFromJson(const QJsonObject& json);
[[nodiscard]] QJsonObject toJson(const LoyaltyStanding& standing);

// What a sale did to its customer's points: printed on the receipt, sent to central.
struct SaleLoyalty {
    QString card; // its last four digits (sales before them kept the whole number); empty when unknown
    std::int64_t earned = 0;
    std::int64_t redeemed = 0;
    std::int64_t balanceAfter = 0; // as the till knew it
    Money basis;                   // what the points were earned on
};

// The points a return takes back of what its sale earned: the share of the sale's basis that
// has come back in all (`returnedNet` of `soldNet`), less what earlier returns took back.
[[nodiscard]] std::int64_t pointsToTakeBack(std::int64_t earned, std::int64_t soldNetCents,
                                            std::int64_t returnedNetCents, std::int64_t takenBackBefore);

} // namespace kassa::core
