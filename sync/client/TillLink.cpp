#include "TillLink.h"

#include "core/store/PrivateFiles.h"
#include "sync/protocol/ChangeFeed.h"
#include "sync/protocol/EventBatch.h"
#include "sync/protocol/MemberSnapshot.h"
#include "sync/protocol/StockFeed.h"
#include "sync/tls/Pki.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <future>

namespace kassa::sync {

namespace {

using namespace std::chrono_literals;
constexpr auto kRequestTimeout = 20s;

QString path(const QString& dataDir, const char* name) {
    return QDir(dataDir).filePath(QString::fromLatin1(name));
}

std::optional<QByteArray> readFile(const QString& file) {
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    return in.readAll();
}

// A secret (the till's private key) is its owner's only from the moment it exists.
bool writeFile(const QString& file, const QByteArray& bytes, bool secret) {
    if (secret) {
        return core::writePrivateFile(file, bytes);
    }
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    return out.write(bytes) == bytes.size() && out.flush();
}

QString describe(const boost::system::error_code& error) {
    return QString::fromStdString(error.message());
}

} // namespace

std::optional<CentralAddress> parseCentralUrl(const QString& url) {
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("https") || parsed.host().isEmpty() ||
        (!parsed.path().isEmpty() && parsed.path() != QLatin1String("/"))) {
        return std::nullopt;
    }
    return CentralAddress{parsed.host().toStdString(), static_cast<std::uint16_t>(parsed.port(443))};
}

std::optional<TillLinkFiles> loadTillLink(const QString& dataDir) {
    const auto url = readFile(path(dataDir, "central.url"));
    const auto ca = readFile(path(dataDir, "central-ca.pem"));
    const auto certificate = readFile(path(dataDir, "till-certificate.pem"));
    const auto key = readFile(path(dataDir, "till-key.pem"));
    if (!url || !ca || !certificate || !key) {
        return std::nullopt;
    }
    const auto address = parseCentralUrl(QString::fromUtf8(url->trimmed()));
    if (!address) {
        return std::nullopt;
    }
    return TillLinkFiles{*address, ClientTls{*ca, *certificate, *key}};
}

std::optional<QString> enrollTill(core::TillDatabase& till, const QString& url, const QString& code) {
    const auto address = parseCentralUrl(url);
    if (!address) {
        return QStringLiteral("\"%1\" is not central's address: use https://HOST:PORT").arg(url);
    }
    const QStringList parts = code.trimmed().split(QLatin1Char(':'));
    if (parts.size() != 2 || parts[0].size() != 14 || parts[1].size() < 16) {
        return QStringLiteral("\"%1\" is not an enrollment code: it looks like XXXX-XXXX-XXXX:fingerprint, as "
                              "`kassa-central enroll` prints it")
            .arg(code);
    }
    // 1. Central's CA, fetched without trusting anyone yet, must match the code's fingerprint.
    boost::system::error_code error;
    const auto ca = requestCentral(*address, ClientTls{}, "GET", "/v1/ca", {}, kRequestTimeout, error);
    if (!ca || ca->status != 200) {
        return QStringLiteral("central at %1 cannot be reached: %2")
            .arg(url, ca ? QString::number(ca->status) : describe(error));
    }
    if (!certificateFingerprint(ca->body).startsWith(parts[1].toLower())) {
        return QStringLiteral("the server at %1 is not the central that issued this code (its certificate "
                              "authority does not match): check the address")
            .arg(url);
    }
    // 2. From here on central is verified against its pinned CA.
    const QString deviceId = till.settings().identity().deviceId;
    const KeyAndRequest request = createTillRequest(deviceId);
    QJsonObject enrollment{{QStringLiteral("code"), parts[0]},
                           {QStringLiteral("device_id"), deviceId},
                           {QStringLiteral("csr"), QString::fromLatin1(request.requestPem)}};
    if (till.journal().saleCount() > 0) {
        // Receipts already carry this till's numbers: central must enroll it as the same till.
        const core::TillIdentity identity = till.settings().identity();
        enrollment.insert(QStringLiteral("sold_as_store"), identity.storeId);
        enrollment.insert(QStringLiteral("sold_as_till"), identity.tillId);
    }
    const QByteArray body = QJsonDocument(enrollment).toJson(QJsonDocument::Compact);
    const auto enrolled =
        requestCentral(*address, ClientTls{ca->body, {}, {}}, "POST", "/v1/enroll", body, kRequestTimeout, error);
    if (!enrolled) {
        return QStringLiteral("enrollment failed: %1").arg(describe(error));
    }
    const QJsonObject answer = QJsonDocument::fromJson(enrolled->body).object();
    if (enrolled->status != 200) {
        return QStringLiteral("central refused the enrollment: %1")
            .arg(answer.value(QStringLiteral("message")).toString());
    }
    const QByteArray certificate = answer.value(QStringLiteral("certificate")).toString().toLatin1();
    const auto subject = tillSubjectOf(certificate);
    if (!subject || subject->deviceId != deviceId) {
        return QStringLiteral("central sent a certificate for another till");
    }
    // 3. The till takes the store and till numbers central enrolled it as, and keeps the link.
    core::Settings settings = till.settings();
    settings.setValue(QString::fromLatin1(core::settingKeys::kStoreId), subject->storeId);
    settings.setValue(QString::fromLatin1(core::settingKeys::kTillId), subject->tillId);
    const QString dataDir = till.dataDir();
    if (!writeFile(path(dataDir, "till-key.pem"), request.keyPem, true) ||
        !writeFile(path(dataDir, "till-certificate.pem"), certificate, false) ||
        !writeFile(path(dataDir, "central-ca.pem"), ca->body, false) ||
        !writeFile(path(dataDir, "central.url"), url.toUtf8() + '\n', false)) {
        return QStringLiteral("the till's data folder %1 cannot be written").arg(dataDir);
    }
    return std::nullopt;
}

namespace {

// Central expects `expected` next. Below what the till is sending: central lost events (it was
// restored), so they are sent again. Above: central already holds them (an acknowledgement was
// lost), so they are marked delivered. Equal would not have been a gap: nothing to follow.
bool followExpectedSeq(core::Outbox& outbox, int epoch, std::int64_t expected, std::int64_t firstSent,
                       PushOutcome& outcome) {
    core::Result<int> moved = expected < firstSent ? outbox.resendFrom(expected)
                              : expected > firstSent
                                  ? outbox.acknowledge(epoch, expected - 1, QDateTime::currentDateTimeUtc())
                                  : core::Result<int>(0);
    if (!moved || moved.value() == 0) {
        outcome.problem = moved ? QStringLiteral("central expects seq %1, which the till cannot give").arg(expected)
                                : core::describe(moved.error());
        return false;
    }
    return true;
}

// Acknowledged events are kept sync.keep_acknowledged_days (a central restored from a backup
// asks for them again), then deleted so the outbox does not grow for ever. A failure here costs
// nothing but disk space, and the next round tries again.
void pruneAcknowledged(core::TillDatabase& till) {
    const int keepDays =
        till.settings().intValue(core::settingKeys::kKeepAcknowledgedDays, core::kDefaultKeepAcknowledgedDays);
    (void)till.outbox().prune(QDateTime::currentDateTimeUtc(), keepDays);
}

} // namespace

PushOutcome pushOutbox(core::TillDatabase& till, const TillLinkFiles& link) {
    CentralConnection connection(link.address, link.tls);
    return pushOutbox(till, connection);
}

PushOutcome pushOutbox(core::TillDatabase& till, CentralConnection& connection) {
    PushOutcome outcome;
    const core::TillIdentity identity = till.settings().identity();
    core::Outbox outbox = till.outbox();
    for (int round = 0; round < 100'000; ++round) {
        std::vector<core::OutboxEvent> events = outbox.pending(kMaxBatchEvents, kMaxBatchPayloadBytes);
        if (events.empty() && round == 0) {
            // Nothing to send: still find out whether central is there, for the status line.
            boost::system::error_code error;
            const auto health = connection.request("GET", "/healthz", {}, kRequestTimeout, error);
            outcome.reached = health && health->status == 200;
            if (!outcome.reached) {
                outcome.problem = QStringLiteral("central cannot be reached: %1")
                                      .arg(health ? QString::number(health->status) : describe(error));
            }
            return outcome;
        }
        if (events.empty()) {
            pruneAcknowledged(till);
            return outcome;
        }
        boost::system::error_code error;
        const auto response =
            connection.request("POST", "/v1/events", encodeBatch({identity.deviceId, events.front().epoch, events}),
                               kRequestTimeout, error);
        if (!response) {
            outcome.problem = QStringLiteral("central cannot be reached: %1").arg(describe(error));
            return outcome;
        }
        outcome.reached = true;
        outcome.sent += static_cast<std::int64_t>(events.size());
        const QJsonObject answer = QJsonDocument::fromJson(response->body).object();
        const std::int64_t highWaterMark = answer.value(QStringLiteral("high_water_mark")).toInteger();
        if (response->status == 409 && answer.value(QStringLiteral("error")).toString() == QLatin1String("seq_gap")) {
            if (!followExpectedSeq(outbox, events.front().epoch,
                                   answer.value(QStringLiteral("expected_seq")).toInteger(), events.front().seq,
                                   outcome)) {
                return outcome;
            }
            continue;
        }
        if (response->status != 200) {
            outcome.problem = QStringLiteral("central refused the events (%1): %2")
                                  .arg(response->status)
                                  .arg(answer.value(QStringLiteral("message")).toString());
            return outcome;
        }
        auto acknowledged = outbox.acknowledge(events.front().epoch, highWaterMark, QDateTime::currentDateTimeUtc());
        if (!acknowledged) {
            outcome.problem = core::describe(acknowledged.error());
            return outcome;
        }
        outcome.acknowledged += acknowledged.value();
        outcome.highWaterMark = highWaterMark;
        if (highWaterMark < events.back().seq) {
            // Central answered but did not take the whole batch: do not send it again blindly.
            outcome.problem =
                QStringLiteral("central holds events up to %1 of %2").arg(highWaterMark).arg(events.back().seq);
            return outcome;
        }
    }
    return outcome;
}

namespace {

struct FetchedPage {
    std::optional<core::ChangePage> page;
    bool reached = false;
    QString problem;
};

FetchedPage fetchChanges(CentralConnection& connection, std::int64_t since,
                         const std::optional<core::MembersFromSnapshot>& members) {
    FetchedPage fetched;
    std::string target =
        "/v1/changes?since=" + std::to_string(since) + "&limit=" + std::to_string(kDefaultChangePageItems);
    if (members) {
        // The fingerprint is hex: nothing in it needs encoding.
        target += "&members_through=" + std::to_string(members->through) +
                  "&members_key=" + members->keyFingerprint.toStdString();
    }
    boost::system::error_code error;
    const auto response = connection.request("GET", target, {}, kRequestTimeout, error);
    if (!response) {
        fetched.problem = QStringLiteral("central cannot be reached: %1").arg(describe(error));
        return fetched;
    }
    fetched.reached = true;
    if (response->status != 200) {
        fetched.problem =
            QStringLiteral("central refused to send master data (%1): %2")
                .arg(response->status)
                .arg(QJsonDocument::fromJson(response->body).object().value(QStringLiteral("message")).toString());
        return fetched;
    }
    fetched.page = decodeChangePage(response->body, error);
    if (!fetched.page) {
        fetched.problem = QStringLiteral("central sent master data the till cannot read: %1").arg(describe(error));
    }
    return fetched;
}

} // namespace

bool isSignedMemberSnapshot(const MemberSnapshotHeader& header, const QByteArray& file, const QByteArray& caPem) {
    return !header.sha256.isEmpty() &&
           QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex() == header.sha256 &&
           verifySignature(caPem, signedStatement(header), header.signature);
}

namespace {

// A whole snapshot over a slow line to a store: 25 MB at 1 Mbit/s takes some 200 s.
constexpr auto kSnapshotTimeout = 10min;

std::optional<MemberSnapshotHeader> snapshotHeaderOf(const ClientResponse& response) {
    namespace headers = memberSnapshotHeaders;
    bool number = false;
    MemberSnapshotHeader header{QString::fromLatin1(response.header(headers::kGeneration)),
                                response.header(headers::kChange).toLongLong(&number),
                                QString::fromLatin1(response.header(headers::kKey)), response.header(headers::kSha256),
                                QByteArray::fromBase64(response.header(headers::kSignature))};
    if (!number || header.generation.isEmpty() || header.keyFingerprint.isEmpty() || header.signature.isEmpty()) {
        return std::nullopt;
    }
    return header;
}

// Before a first load's first page: every member's limited record from central's members
// snapshot (sync/protocol/MemberSnapshot.h), checked against central's CA and copied in, so the
// feed leaves them out. Central having none (404, or a central from before snapshots) or giving
// one that fails its checks leaves the load to the feed as before; a snapshot that fails its
// checks, or cannot be fetched whole, is said in the log. A load never waits for a snapshot: the
// feed is the whole truth, the snapshot only a shorter way to part of it.
void takeMemberSnapshot(core::TillDatabase& till, CentralConnection& connection, PullOutcome& outcome) {
    core::MasterData masterData = till.masterData();
    const QString path = QDir(till.dataDir()).filePath(QStringLiteral("member-snapshot.db"));
    if (!masterData.wantsMemberSnapshot()) {
        QFile::remove(path); // one a crash left behind: it holds members' keyed hashes
        return;
    }
    boost::system::error_code error;
    const auto response = connection.request("GET", "/v1/member-snapshot", {}, kSnapshotTimeout, error);
    if (!response) {
        // Cut off, or larger than a till takes in one answer: the feed has every member too (and
        // says so itself when central cannot be reached at all).
        qWarning("members snapshot not fetched (%s); the first load takes the members from the feed",
                 qUtf8Printable(describe(error)));
        return;
    }
    outcome.reached = true;
    if (response->status != 200) {
        return;
    }
    const std::optional<MemberSnapshotHeader> header = snapshotHeaderOf(*response);
    const std::optional<TillLinkFiles> link = loadTillLink(till.dataDir());
    const bool trusted = header && link && isSignedMemberSnapshot(*header, response->body, link->tls.caPem);
    QFile::remove(path);
    if (!trusted || !core::createPrivateFile(path) ||
        !decompressToFile(response->body, path, kMaxMemberSnapshotBytes)) {
        qWarning("members snapshot not used: its hash or central's signature does not match, it is not whole, or "
                 "the data folder cannot take it; the first load takes the members from the feed");
        return;
    }
    const core::Result<std::int64_t> taken =
        masterData.takeMemberSnapshot({path, header->generation, header->change, header->keyFingerprint});
    QFile::remove(path);
    if (!taken) {
        qWarning("members snapshot not taken (%s); the first load takes the members from the feed",
                 qUtf8Printable(core::describe(taken.error())));
        return;
    }
    outcome.snapshotMembers += taken.value();
}

} // namespace

PullOutcome pullMasterData(core::TillDatabase& till, CentralConnection& connection,
                           const std::function<void()>& betweenPages) {
    PullOutcome outcome;
    takeMemberSnapshot(till, connection, outcome);
    core::MasterData masterData = till.masterData();
    std::int64_t since = masterData.nextSince();
    std::optional<core::MembersFromSnapshot> members = masterData.membersFromSnapshot();
    // The next page is fetched and decoded on another thread while this one is applied.
    std::future<FetchedPage> ahead = std::async(std::launch::async, fetchChanges, std::ref(connection), since, members);
    for (;;) {
        FetchedPage fetched = ahead.get();
        outcome.reached = outcome.reached || fetched.reached;
        if (!fetched.page) {
            outcome.problem = fetched.problem;
            break;
        }
        const core::ChangePage& page = *fetched.page;
        const std::int64_t following = page.nextSince(since);
        if (following < page.head) {
            ahead = std::async(std::launch::async, fetchChanges, std::ref(connection), following, members);
        }
        const core::Result<core::FeedProgress> progress = masterData.take(page, since);
        if (!progress) {
            outcome.problem = core::describe(progress.error());
            break;
        }
        outcome.applied += progress->applied;
        outcome.swapped = outcome.swapped || progress->swapped;
        outcome.centralRestored = outcome.centralRestored || progress->centralRestored;
        if (progress->caughtUp) {
            break;
        }
        if (page.changes.empty() && progress->nextSince == since) {
            // Asking again would get the same answer: stop rather than loop.
            outcome.problem =
                QStringLiteral("central reports changes up to %1 but sent none after %2").arg(page.head).arg(since);
            break;
        }
        if (progress->nextSince != following || !ahead.valid()) {
            // The till starts over (central was restored): what was fetched ahead is not wanted.
            if (ahead.valid()) {
                ahead.wait();
            }
            takeMemberSnapshot(till, connection, outcome);
            members = masterData.membersFromSnapshot();
            ahead = std::async(std::launch::async, fetchChanges, std::ref(connection), progress->nextSince, members);
        }
        since = progress->nextSince;
        if (betweenPages) {
            betweenPages();
        }
    }
    outcome.loading = masterData.checkpoint().loading;
    return outcome;
}

PushOutcome pushAfterCentralRestore(core::TillDatabase& till, CentralConnection& connection) {
    const std::int64_t last = till.journal().outboxDepth().lastSeq;
    if (last > 0) {
        if (auto offered = till.outbox().resendFrom(last); !offered) {
            PushOutcome outcome;
            outcome.problem = core::describe(offered.error());
            return outcome;
        }
    }
    return pushOutbox(till, connection);
}

namespace {

// The stock figures of the locations the till follows, one location after the other.
class StockRound final : public FeedRound {
public:
    explicit StockRound(core::TillDatabase& till)
        : m_figures(till.stockFigures())
        , m_locations(m_figures.followedLocations())
        // Every page is computed after this till's events up to here were at central (the push
        // came first): its own movements after them are what the figures do not count yet.
        , m_countedThrough(till.outbox().acknowledgedThrough()) {
        m_figures.forgetOthers(m_locations);
    }

    std::optional<std::string> nextTarget() override {
        if (m_next >= m_locations.size()) {
            return std::nullopt;
        }
        const core::StockFeedPlace place = m_figures.place(m_locations[m_next]);
        const QByteArray location = QUrl::toPercentEncoding(place.location);
        if (place.loading()) {
            return "/v1/stock-feed?after=0&location=" + location.toStdString() +
                   "&after_sku=" + QUrl::toPercentEncoding(place.loadAfter).toStdString();
        }
        return "/v1/stock-feed?location=" + location.toStdString() + "&after=" + std::to_string(place.cursor);
    }

    std::optional<std::int64_t> take(const QByteArray& body) override {
        boost::system::error_code error;
        std::optional<core::StockFeedPage> page = decodeStockPage(body, error);
        if (!page || page->location != m_locations[m_next]) {
            return std::nullopt;
        }
        page->countedThrough = m_countedThrough;
        m_figures.applyPage(*page);
        if (!page->more) {
            ++m_next;
        }
        return static_cast<std::int64_t>(page->items.size());
    }

private:
    core::StockFigures m_figures;
    QStringList m_locations;
    std::int64_t m_countedThrough;
    qsizetype m_next = 0;
};

// How long a till keeps the orders collected, cancelled or expired: a customer asking about an
// order of last month is still answered at the counter.
constexpr int kKeepFinishedPickupDays = 60;

// A page of central's pickup changes: the pickups as they stand, and the cursor to go on from.
struct PickupPage {
    std::vector<core::Pickup> pickups;
    std::int64_t next = 0;
    int changes = 0;
};

std::optional<PickupPage> readPickupPage(const QByteArray& body) {
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    PickupPage page;
    page.next = json.value(QStringLiteral("next")).toInteger(-1);
    const QJsonArray changes = json.value(QStringLiteral("changes")).toArray();
    page.changes = static_cast<int>(changes.size());
    for (const QJsonValue& change : changes) {
        const QJsonValue pickup = change.toObject().value(QStringLiteral("pickup"));
        if (pickup.isUndefined()) {
            continue; // an order central no longer has: nothing to keep of it
        }
        auto read = core::pickupFromJson(pickup.toObject());
        if (!read) {
            return std::nullopt;
        }
        page.pickups.push_back(std::move(read).value());
    }
    return page.next < 0 ? std::nullopt : std::optional(std::move(page));
}

// The chain's lookup key, once: asked for while the till has none (enrolled before there was one,
// or its file lost), kept beside the database, and the pickup codes it kept in clear hashed.
class LookupKeyRound final : public FeedRound {
public:
    explicit LookupKeyRound(core::TillDatabase& till)
        : m_till(till)
        , m_wanted(!till.lookupKey()) {}

    std::optional<std::string> nextTarget() override {
        return std::exchange(m_wanted, false) ? std::optional<std::string>("/v1/lookup-key") : std::nullopt;
    }

    std::optional<std::int64_t> take(const QByteArray& body) override {
        const QByteArray encoded =
            QJsonDocument::fromJson(body).object().value(QStringLiteral("key")).toString().toLatin1();
        const std::optional<core::LookupKey> key = core::LookupKey::fromBytes(QByteArray::fromBase64(encoded));
        if (!key || !m_till.keepLookupKey(*key)) {
            return std::nullopt;
        }
        core::Transaction transaction(m_till.db());
        m_till.pickups().hashClearCodes();
        transaction.commit();
        return 1;
    }

private:
    core::TillDatabase& m_till;
    bool m_wanted;
};

// The store's pickup orders, until a page brings no change.
class PickupsRound final : public FeedRound {
public:
    explicit PickupsRound(core::TillDatabase& till)
        : m_till(till) {}

    std::optional<std::string> nextTarget() override {
        if (m_caughtUp) {
            return std::nullopt;
        }
        return "/v1/pickup-changes?limit=500&since=" + std::to_string(m_till.pickups().cursor());
    }

    std::optional<std::int64_t> take(const QByteArray& body) override {
        const std::optional<PickupPage> page = readPickupPage(body);
        if (!page) {
            return std::nullopt;
        }
        m_caughtUp = page->changes == 0;
        if (m_caughtUp) {
            return 0;
        }
        core::PickupOrders copies = m_till.pickups();
        core::Transaction transaction(m_till.db());
        for (const core::Pickup& pickup : page->pickups) {
            copies.applyFromCentral(pickup);
        }
        copies.setCursor(page->next);
        copies.pruneFinished(QDateTime::currentDateTimeUtc().addDays(-kKeepFinishedPickupDays));
        transaction.commit();
        return page->changes;
    }

private:
    core::TillDatabase& m_till;
    bool m_caughtUp = false;
};

// What central raised that concerns this store, until a page brings none.
class StoreExceptionsRound final : public FeedRound {
public:
    explicit StoreExceptionsRound(core::TillDatabase& till)
        : m_held(till.storeExceptions()) {}

    std::optional<std::string> nextTarget() override {
        if (m_caughtUp) {
            return std::nullopt;
        }
        return "/v1/store-exceptions?limit=500&since=" + std::to_string(m_held.lastId());
    }

    std::optional<std::int64_t> take(const QByteArray& body) override {
        std::vector<core::StoreException> page;
        for (const QJsonValue& value :
             QJsonDocument::fromJson(body).object().value(QStringLiteral("exceptions")).toArray()) {
            const QJsonObject e = value.toObject();
            page.push_back(core::StoreException{
                e.value(QStringLiteral("id")).toInteger(), e.value(QStringLiteral("kind")).toString(),
                e.value(QStringLiteral("store_id")).toString(), e.value(QStringLiteral("till_id")).toString(),
                e.value(QStringLiteral("document_id")).toString(), e.value(QStringLiteral("detail")).toString(),
                e.value(QStringLiteral("raised_at")).toString()});
        }
        m_caughtUp = page.empty();
        if (!m_caughtUp) {
            m_held.add(page);
        }
        return static_cast<std::int64_t>(page.size());
    }

private:
    core::StoreExceptions m_held;
    bool m_caughtUp = false;
};

template <typename Round> std::unique_ptr<FeedRound> startRound(core::TillDatabase& till) {
    return std::make_unique<Round>(till);
}

} // namespace

const std::vector<TillFeed>& tillFeeds() {
    static const std::vector<TillFeed> feeds{
        {"store_exceptions", false, &startRound<StoreExceptionsRound>},
        {"lookup_key", true, &startRound<LookupKeyRound>},
        {"pickups", true, &startRound<PickupsRound>},
        {"stock", false, &startRound<StockRound>},
    };
    return feeds;
}

FeedOutcome pullFeed(core::TillDatabase& till, CentralConnection& connection, const TillFeed& feed) {
    FeedOutcome outcome;
    const std::unique_ptr<FeedRound> round = feed.startRound(till);
    while (const std::optional<std::string> target = round->nextTarget()) {
        boost::system::error_code error;
        const auto response = connection.request("GET", *target, {}, kRequestTimeout, error);
        if (!response) {
            outcome.problem = QStringLiteral("central cannot be reached: %1").arg(describe(error));
            return outcome;
        }
        outcome.reached = true;
        if (response->status == 404 && feed.absentMeansNone) {
            return outcome;
        }
        const std::optional<std::int64_t> taken = response->status == 200 ? round->take(response->body) : std::nullopt;
        if (!taken) {
            outcome.problem = QStringLiteral("central's %1 could not be read (%2 at %3)")
                                  .arg(QLatin1String(feed.name))
                                  .arg(response->status)
                                  .arg(QString::fromStdString(*target));
            return outcome;
        }
        outcome.taken += *taken;
    }
    return outcome;
}

} // namespace kassa::sync
