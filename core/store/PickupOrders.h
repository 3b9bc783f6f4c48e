#pragma once

// The store's pickup orders at the till: central's copies (GET /v1/pickup-changes, the till's own
// store only), with the steps staff take here. Each step is a fact (pickup.picking, .ready,
// .collected, .cancelled) written with the copy in one transaction, so picking and the hand-over
// work offline and reach central later; what is scanned while picking is kept here only until
// the order is marked ready.
//
// A copy from central never undoes a step this till has taken that central has not applied yet
// (an order this till marked ready stays ready when central's older "picking" arrives); central's
// later decisions (cancelled, expired) do replace it. A hand-over is recorded whatever the copy
// says (the goods have gone): central raises what it cannot take as a step.

#include "../domain/Pickup.h"
#include "Database.h"

#include <optional>
#include <vector>

namespace kassa::core {

inline constexpr int kPickupSchemaVersion = 1;

class PickupOrders {
public:
    explicit PickupOrders(Database& db)
        : m_db(db) {}

    // Central's copy, in the caller's transaction.
    void applyFromCentral(const Pickup& central);
    // Where this till is in central's pickup changes (settings key pickups.cursor).
    [[nodiscard]] std::int64_t cursor();
    // In the caller's transaction, with the copies it brought.
    void setCursor(std::int64_t cursor);

    [[nodiscard]] std::optional<Pickup> find(const QString& order);
    // Newest first; every status when none is given.
    [[nodiscard]] std::vector<Pickup> list(std::optional<PickupStatus> status = std::nullopt, int limit = 500);
    [[nodiscard]] std::int64_t count(std::optional<PickupStatus> status = std::nullopt);
    // Forgets orders collected, cancelled or expired that were placed before `before`; how many.
    int pruneFinished(const QDateTime& before);

    // What was scanned so far while picking (no fact: the ready step carries it).
    void savePicking(const Pickup& pickup);
    // A step and its fact in one transaction; the refusal says why the order's state does not
    // allow it, and nothing is written. `collectedBy` names this till ("store 061 till 02").
    Result<Pickup> take(const PickupStep& step, const QString& collectedBy);
    // A hand-over in the caller's transaction (the sale of an order paid at collection): recorded
    // even when the copy says otherwise. Throws StoreError when the order is unknown here.
    Pickup recordHandOver(const PickupStep& step, const QString& collectedBy);

private:
    void save(const Pickup& pickup);
    void appendFact(const PickupStep& step);
    static void stamp(Pickup& pickup, const PickupStep& step, const QString& collectedBy);

    Database& m_db;
};

} // namespace kassa::core
