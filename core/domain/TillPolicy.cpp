#include "TillPolicy.h"

namespace kassa::core {

Result<TillPolicy> parseTillPolicy(const QJsonObject& json) {
    TillPolicy policy;
    for (auto field = json.begin(); field != json.end(); ++field) {
        if (field.key() != QLatin1String("pin_min_length")) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 is not a field of the till policy (known: "
                                                                     "pin_min_length)")
                                                          .arg(field.key()));
        }
    }
    if (json.contains(QStringLiteral("pin_min_length"))) {
        const QJsonValue length = json.value(QStringLiteral("pin_min_length"));
        const int value = length.toInt(-1);
        if (!length.isDouble() || length.toDouble() != value || value < kMinPinLength || value > kMaxPinLength) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("pin_min_length must be a whole number from %1 to %2")
                                 .arg(kMinPinLength)
                                 .arg(kMaxPinLength));
        }
        policy.pinMinLength = value;
    }
    return policy;
}

QJsonObject toJson(const TillPolicy& policy) {
    return {{QStringLiteral("pin_min_length"), policy.pinMinLength}};
}

} // namespace kassa::core
