#pragma once

// Central's master data on the till: products, price-book entries and tax rates arrive as one
// change feed ordered by central's change number. The till applies a page of changes and
// moves its checkpoint in the same transaction, so a crash or a cut connection at any point
// resumes exactly where it stopped.
//
// The first load (and a reload after central was restored) is built beside the live catalog
// in load_* tables, page by page in short transactions, while the till keeps selling from the
// live one. When the load has caught up with central its search index is built in slices, and
// it is swapped in with table renames in one short transaction. Product ids are kept per SKU across the swap, so open
// baskets and history keep pointing at the same products.
//
// What each feed's items are and how they are applied is declared in MasterDataFeeds; the
// catalog's tables are defined in CatalogTables.

#include "../domain/FeedChange.h"
#include "Database.h"
#include "MasterDataFeeds.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>
#include <vector>

namespace kassa::core {

struct FeedCheckpoint {
    QString generation;      // of the central the live data came from; empty before the first load
    std::int64_t cursor = 0; // the live data holds every change up to here
    bool loading = false;    // a first load is being built beside the live data
    std::int64_t loadCursor = 0;
};

struct FeedProgress {
    std::int64_t applied = 0;     // changes applied (or staged) from this page
    bool swapped = false;         // a first load was completed and swapped in
    bool caughtUp = false;        // nothing more to ask for now
    bool centralRestored = false; // central's generation changed under the till: it was restored
    std::int64_t nextSince = 0;
};

// A members snapshot a first load copied in (sync/protocol/MemberSnapshot.h): the feed leaves out
// what it brought, up to its change number.
struct MembersFromSnapshot {
    std::int64_t through = 0;
    QString keyFingerprint;
};

// What a members snapshot says it is (its signed header, checked by the caller).
struct MemberSnapshotFile {
    QString path; // an SQLite database file
    QString generation;
    std::int64_t change = 0;
    QString keyFingerprint;
};

class MasterData {
public:
    explicit MasterData(Database& db)
        : m_db(db) {}

    [[nodiscard]] FeedCheckpoint checkpoint() const;
    // Where to ask central from next.
    [[nodiscard]] std::int64_t nextSince() const;

    // Takes a page that answered `since`: applies it to the live data, or stages it for a first
    // load (starting one when central's generation is new to the till), and swaps the load in
    // once it has caught up. One transaction for the page and the checkpoint.
    Result<FeedProgress> take(const ChangePage& page, std::int64_t since);

    // Whether a members snapshot would spare this till's next pages a first load's members: it
    // has never loaded, or a load is starting (from change 0) without one.
    [[nodiscard]] bool wantsMemberSnapshot() const;
    // The snapshot a running first load copied in; nothing when it copied none.
    [[nodiscard]] std::optional<MembersFromSnapshot> membersFromSnapshot() const;
    // Starts a first load of the snapshot's generation (unless one is starting), copies its
    // members into the customers in slices of one transaction each (a sale commits in between;
    // a member kept here in full is left as it is: the feed brings their record), and then
    // remembers it, so that the feed leaves out what it brought. A file that is not what it
    // says: InvalidInput, and nothing remembered.
    Result<std::int64_t> takeMemberSnapshot(const MemberSnapshotFile& snapshot);

private:
    void startLoad(const QString& generation);
    std::int64_t copyMembers(const MemberSnapshotFile& snapshot);
    void detachMemberSnapshot(bool attached);
    void applyChange(const FeedChange& change, FeedTarget target);
    void finishLoad();
    static void yieldToSales();
    void inSlices(const char* progressKey, int sliceRows, const char* sliceEndSql, const char* workSql);
    void swapInLoad(const QString& generation, std::int64_t cursor);
    void dropTablesLeftByASwap();

    Database& m_db;
};

} // namespace kassa::core
