#pragma once

// What head office decides for every till (PUT /v1/till-policy, feed till_policy): rules a store
// may not loosen on its own, such as the shortest PIN an operator may have.
//   {"pin_min_length": 4}

#include "Result.h"

#include <QJsonObject>

namespace kassa::core {

inline constexpr int kMinPinLength = 4;
inline constexpr int kMaxPinLength = 12;

struct TillPolicy {
    int pinMinLength = kMinPinLength; // 4..12 digits
};

// Nothing missing is an error: a field left out keeps its default.
[[nodiscard]] Result<TillPolicy> parseTillPolicy(const QJsonObject& json);
[[nodiscard]] QJsonObject toJson(const TillPolicy& policy);

} // namespace kassa::core
