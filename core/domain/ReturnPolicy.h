#pragma once

// The chain's return policy, as head office sets it at central and every till receives it in the
// master-data feed: how long goods may come back per channel, what never comes back, returns
// without a receipt, what a till may refund while it is offline, and which refund tenders each
// original tender allows (a cash sale is never refunded to a card). Until central sends one, a
// till uses defaultReturnPolicy().
//
// {"window_days": {"store": 30, "web": 30},
//  "not_returnable": {"skus": ["GIFT-50"], "attributes": {"department": ["alko", "tupakka"]}},
//  "without_receipt": {"allowed": true, "max_refund": "50.00", "price": "lowest"},
//  "offline_limits": {"per_return": "100.00", "per_day": "500.00"},
//  "refund_tenders": {"cash": ["cash", "store_credit"], "card": ["card", "store_credit"],
//                     "online": ["online", "store_credit"], "store_credit": ["store_credit"]},
//  "signature_above": "100.00"}

#include "Money.h"
#include "Result.h"

#include <QJsonObject>
#include <QStringList>
#include <map>

namespace kassa::core {

struct ReturnPolicy {
    std::map<QString, int> windowDays;                  // per channel: "store", "web"
    QStringList notReturnableSkus;                      // never taken back
    std::map<QString, QStringList> notReturnableValues; // attribute -> values never taken back
    bool withoutReceiptAllowed = true;                  // always with a manager's approval
    Money withoutReceiptMaxRefund;
    QString withoutReceiptPrice; // "lowest" (the lowest price of the return window) or "current"
    Money offlinePerReturn;      // what a till refunds offline, per return and per day
    Money offlinePerDay;
    std::map<QString, QStringList> refundTenders; // original tender -> tenders it may be refunded to
    Money signatureAbove;                         // the return receipt asks for the customer's signature above this
};

// Finnish practice for a chain that has set nothing: 30 days in stores and online (14 are the
// law for distance selling; retailers give more), no receipt only with a manager and up to 50 €.
[[nodiscard]] ReturnPolicy defaultReturnPolicy();

// The longest window of any channel, in days: how long sold documents must be kept for returns.
[[nodiscard]] int longestReturnWindow(const ReturnPolicy& policy);

// A web order's window runs from delivery: its copies are kept this much longer than the window
// counted from the order's placing.
constexpr int kWebOrderDeliveryDays = 14;

// Checks every field; the error says which and why.
[[nodiscard]] Result<ReturnPolicy> parseReturnPolicy(const QJsonObject& json);
[[nodiscard]] QJsonObject toJson(const ReturnPolicy& policy);

} // namespace kassa::core
