#include "Audit.h"

namespace kassa::core {

QJsonObject toJson(const AuditEntry& entry) {
    return {
        {QStringLiteral("actor"), entry.actor},   {QStringLiteral("subject"), entry.subject},
        {QStringLiteral("before"), entry.before}, {QStringLiteral("after"), entry.after},
        {QStringLiteral("detail"), entry.detail}, {QStringLiteral("at"), entry.at.toUTC().toString(Qt::ISODateWithMs)}};
}

} // namespace kassa::core
