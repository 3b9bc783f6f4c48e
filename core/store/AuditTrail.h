#pragma once

// The till's side of head office's audit trail: each change of money or rights leaves an
// outbox event of its kind, in the transaction that makes the change, so that the change and its
// record reach central together or not at all.

#include "../domain/Audit.h"
#include "Database.h"

namespace kassa::core {

// Appends `entry` to the outbox. Only inside the transaction that makes the change.
void recordAudit(Database& db, const AuditEntry& entry);

} // namespace kassa::core
