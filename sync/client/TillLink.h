#pragma once

// A till's link to its central: enrollment (once) and push rounds (after every sale and on a
// timer). The link's files live beside the till's database: central.url, central-ca.pem,
// till-certificate.pem and till-key.pem (readable by the owner only).

#include "CentralClient.h"
#include "core/store/TillDatabase.h"
#include "sync/protocol/MemberSnapshot.h"

#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kassa::sync {

struct TillLinkFiles {
    CentralAddress address;
    ClientTls tls;
};

// Parses "https://HOST:PORT" (the port defaults to 443). Nothing for anything else.
[[nodiscard]] std::optional<CentralAddress> parseCentralUrl(const QString& url);

// Reads the link files of an enrolled till; nothing when the till is not enrolled.
[[nodiscard]] std::optional<TillLinkFiles> loadTillLink(const QString& dataDir);

// Enrolls the till: checks that central's CA matches the fingerprint in the code
// ("XXXX-XXXX-XXXX:fingerprint"), sends a key's signing request with the one-time code, and
// stores the certificate, the key and the pinned CA. Returns an error text for a person, or
// nothing on success.
[[nodiscard]] std::optional<QString> enrollTill(core::TillDatabase& till, const QString& url, const QString& code);

// The till's kept connections to central: one for pushes, one for master-data pages (fetched
// ahead on a thread of their own while pushes go on between pages).
struct TillConnections {
    explicit TillConnections(const TillLinkFiles& link)
        : events(link.address, link.tls)
        , changes(link.address, link.tls)
        , madeFor(link) {}

    CentralConnection events;
    CentralConnection changes;
    TillLinkFiles madeFor; // a link that changed (enrolled again, central moved) needs new ones
};

struct PushOutcome {
    bool reached = false;  // central answered at all
    std::int64_t sent = 0; // events sent in this round
    std::int64_t acknowledged = 0;
    std::int64_t highWaterMark = 0;
    QString problem; // empty when everything waiting was delivered
};

// Sends everything waiting in the outbox, batch by batch, and marks what central
// acknowledges; once all is delivered, prunes what was acknowledged longer ago than
// sync.keep_acknowledged_days. A resend after any failure is harmless; when central answers that it expects
// an earlier seq (it was restored), the till sends again from there.
[[nodiscard]] PushOutcome pushOutbox(core::TillDatabase& till, CentralConnection& connection);
// The same on a connection for this round only.
[[nodiscard]] PushOutcome pushOutbox(core::TillDatabase& till, const TillLinkFiles& link);

// Whether `file` is the members snapshot `header` names (sync/protocol/MemberSnapshot.h), as
// central's CA (`caPem`, the one the till pinned) signed it: its SHA-256 and the signature of its
// statement.
[[nodiscard]] bool isSignedMemberSnapshot(const MemberSnapshotHeader& header, const QByteArray& file,
                                          const QByteArray& caPem);

struct PullOutcome {
    bool reached = false;
    std::int64_t applied = 0;         // master-data changes applied or staged in this round
    std::int64_t snapshotMembers = 0; // members a first load copied from central's members snapshot
    bool swapped = false;             // a first load was completed and is what the till sells from now
    bool loading = false;             // a first load is still being built (it resumes in the next round)
    bool centralRestored = false;     // central was restored from a backup: see pushAfterCentralRestore
    QString problem;                  // empty when the till has caught up with central
};

// Fetches central's master-data changes page by page until the till has caught up. Each page
// is applied with its checkpoint in one transaction, so a cut anywhere resumes where it
// stopped. `betweenPages` runs after each page: the engine pushes new sales there, so a long
// first load never holds them back.
[[nodiscard]] PullOutcome pullMasterData(core::TillDatabase& till, CentralConnection& connection,
                                         const std::function<void()>& betweenPages = {});

// What one round of one of the till's feeds brought.
struct FeedOutcome {
    bool reached = false;
    std::int64_t taken = 0; // items taken in this round: exceptions, pickup steps, stock figures
    QString problem;        // empty when the till has caught up with central
};

// One round of one feed: the pages it asks for, one after the other, and what it does with each.
class FeedRound {
public:
    virtual ~FeedRound() = default;
    // Where the next page is, nothing when the round is done.
    [[nodiscard]] virtual std::optional<std::string> nextTarget() = 0;
    // Takes a page central answered (200) with: how many items it took; nothing when the page
    // cannot be read (the round stops, and the next one asks again).
    [[nodiscard]] virtual std::optional<std::int64_t> take(const QByteArray& body) = 0;
};

// A feed of central's that the till keeps a copy of, besides master data (which comes through
// its own change feed: pullMasterData).
struct TillFeed {
    const char* name; // what the till's messages call it
    // A central from before this feed answers 404: the till keeps nothing of it (tills may be
    // upgraded before their central).
    bool absentMeansNone = false;
    std::function<std::unique_ptr<FeedRound>(core::TillDatabase&)> startRound;
};

// The till's feeds in the order a sync round takes them, after the push and master data:
//   store_exceptions  what central raised that concerns this store (GET /v1/store-exceptions)
//   lookup_key        the chain's lookup key (GET /v1/lookup-key), while the till has none
//   pickups           this store's pickup orders (GET /v1/pickup-changes), each page with its
//                     cursor in one transaction; finished orders are forgotten after 60 days
//   stock             the stock figures of every location the till follows (its own store, the
//                     stores it names nearby, the web warehouse): a first load page by page, then
//                     the items moved since (GET /v1/stock-feed); locations no longer followed
//                     are forgotten
[[nodiscard]] const std::vector<TillFeed>& tillFeeds();

// Takes the feed's pages until the till has caught up, or until central cannot be reached or
// sends a page the till cannot read.
[[nodiscard]] FeedOutcome pullFeed(core::TillDatabase& till, CentralConnection& connection, const TillFeed& feed);

// Central was restored from a backup (its generation changed), so it may lack events the till
// had delivered. The latest event is offered again; central answers with the seq it expects
// and the till sends again from there.
[[nodiscard]] PushOutcome pushAfterCentralRestore(core::TillDatabase& till, CentralConnection& connection);

} // namespace kassa::sync
