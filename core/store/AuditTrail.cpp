#include "AuditTrail.h"

#include "../domain/Sale.h"
#include "Outbox.h"

#include <QJsonDocument>

namespace kassa::core {

void recordAudit(Database& db, const AuditEntry& entry) {
    const QByteArray payload = QJsonDocument(toJson(entry)).toJson(QJsonDocument::Compact);
    Outbox(db).append(NewEvent{entry.kind, kAuditSchemaVersion, payload, makeUuidV7(entry.at), entry.at});
}

} // namespace kassa::core
