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
#include "LookupKey.h"

#include <optional>
#include <vector>

namespace kassa::core {

inline constexpr int kPickupSchemaVersion = 1;

// What a till keeps of an order's pickup code: its keyed hash with the chain's lookup key.
[[nodiscard]] QString pickupCodeCheck(const LookupKey& key, const QString& order, const QString& code);

// Wrong codes for one order before it waits for a manager.
inline constexpr int kPickupWrongCodesLimit = 5;

class PickupOrders {
public:
    // `key`: the chain's lookup key, when this till has it. A code that comes in clear (from a
    // central before codes were hashed) is kept as its keyed hash once the key is here.
    explicit PickupOrders(Database& db, std::optional<LookupKey> key = std::nullopt)
        : m_db(db)
        , m_key(std::move(key)) {}

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

    // Codes kept in clear (they came before the key): replaced by their keyed hashes. How many.
    int hashClearCodes();

    // A wrong code typed for `order`: how many in a row now.
    int countWrongCode(const QString& order);
    [[nodiscard]] int wrongCodes(const QString& order);
    // A manager unlocked the order (in the caller's transaction).
    void clearWrongCodes(const QString& order);

private:
    void save(const Pickup& pickup);
    void appendFact(const PickupStep& step);
    static void stamp(Pickup& pickup, const PickupStep& step, const QString& collectedBy);

    Database& m_db;
    std::optional<LookupKey> m_key;
};

} // namespace kassa::core
