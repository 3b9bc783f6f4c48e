#pragma once

// Central's stock ledger: every movement enters through addLedgerMovement, whether a till's fact
// brought it or an integration (the ERP, the web warehouse) posted it, so a count stands the same
// way for all of them.

#include "CentralStore.h"

#include <QJsonObject>

namespace kassa::sync {

// Adds the movement. One recorded (by its own time) before the latest count of its item at its
// location arrived after that count: the count stands, since the shelf it counted already showed
// the goods' moving, so a count movement takes it back.
void addLedgerMovement(CentralWrite& write, const StockMovementRecord& movement);

// One line of POST /v1/stock-movements: {"location", "sku", "quantity" (signed decimal string:
// into the location, or out of it when below zero), "kind", "reference" (the integration's own
// id for it: posting it again changes nothing), "at" (a time with its zone)}.
[[nodiscard]] core::Result<StockMovementRecord> parseIntegrationMovement(const QJsonObject& json);

// Adds the movements an integration posted, all in one transaction; those whose reference was
// posted before are left out. How many were added.
int addIntegrationMovements(CentralStore& store, const std::vector<StockMovementRecord>& movements,
                            const QDateTime& receivedAt);

} // namespace kassa::sync
