// Central's members snapshot and a till's first load from it (sync/server/MemberSnapshots.h,
// sync/protocol/MemberSnapshot.h, core/store/MasterData.h): a till that copies the snapshot in and
// takes the rest from the feed ends with exactly the customers a till that took everything from
// the feed has; the feed leaves out what the snapshot brought, and a change after it still
// arrives; a snapshot is trusted only as central's CA signed it; an erasure withdraws it.

#include "common/MemberSnapshotAnswer.h"
#include "core/store/MasterData.h"
#include "core/store/TillDatabase.h"
#include "sync/client/TillLink.h"
#include "sync/protocol/ChangeFeed.h"
#include "sync/protocol/EventBatch.h"
#include "sync/protocol/MemberSnapshot.h"
#include "sync/server/CentralService.h"
#include "sync/server/CustomerMaster.h"
#include "sync/server/MemberSnapshots.h"
#include "sync/server/SqliteCentralStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <set>
#include <stdexcept>

using namespace kassa;

namespace {

// Central's customers: members of stores 001, 002 and 003 and of the web shop, and customers of
// 002 and 003 who are no members.
const QByteArray kCustomers =
    R"({"id":"m-001","name":"Aino Mäkelä","phone":"040 111 0001","email":"aino@example.fi","loyalty_card":"2900000000018","home_store":"001"}
{"id":"m-002","name":"Eero Laine","phone":"040 111 0002","loyalty_card":"2900000000025","home_store":"002"}
{"id":"m-web","name":"Åsa Öhman","email":"helmi@example.fi","loyalty_card":"2900000000032"}
{"id":"m-003","name":"Oskari Niemi","phone":"040 111 0003","loyalty_card":"2900000000049","home_store":"003"}
{"id":"n-002","name":"Saara Heikkinen","phone":"040 111 0004","home_store":"002"}
{"id":"n-003","name":"Veikko Salo","email":"veikko@example.fi","home_store":"003"}
)";

struct Loaded {
    std::set<QString> fedCustomers; // the customers' ids the feed's pages carried
    int pages = 0;
};

} // namespace

class TestMemberSnapshots : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<sync::SqliteCentralStore> m_store;
    sync::KeyAndCertificate m_ca;
    std::unique_ptr<sync::CentralService> m_service;
    std::unique_ptr<sync::MemberSnapshots> m_snapshots;
    QByteArray m_token;
    const QDateTime m_now = QDateTime(QDate(2026, 12, 8), QTime(9, 0), Qt::UTC);
    int m_tills = 0;

    sync::TillPrincipal registeredTill(const QString& store) {
        const QString till = QStringLiteral("%1").arg(++m_tills, 2, 10, QLatin1Char('0'));
        const sync::TillPrincipal principal{QStringLiteral("device-") + till, store, till};
        m_store->registerTill(principal);
        return principal;
    }

    std::unique_ptr<core::TillDatabase> newTill(const sync::TillPrincipal& principal) {
        auto till = std::make_unique<core::TillDatabase>(m_dir.filePath(QStringLiteral("till-") + principal.tillId));
        till->initialise(principal.storeId, principal.tillId, QStringLiteral("Test"));
        return till;
    }

    // Pages of two changes (so that pages end inside what the feed leaves out) until caught up.
    Loaded loadFromFeed(core::TillDatabase& till, const sync::TillPrincipal& principal) {
        core::MasterData data = till.masterData();
        Loaded loaded;
        for (; loaded.pages < 200; ++loaded.pages) {
            const std::int64_t since = data.nextSince();
            QByteArray target = "/v1/changes?limit=2&since=" + QByteArray::number(static_cast<qlonglong>(since));
            if (const std::optional<core::MembersFromSnapshot> members = data.membersFromSnapshot()) {
                target += "&members_through=" + QByteArray::number(static_cast<qlonglong>(members->through)) +
                          "&members_key=" + members->keyFingerprint.toLatin1();
            }
            const sync::HttpResponse answer = m_service->handle({"GET", target, {}}, principal);
            boost::system::error_code error;
            const std::optional<core::ChangePage> page = sync::decodeChangePage(answer.body, error);
            if (!page) {
                qWarning("status %d: %s", answer.status, answer.body.constData());
                return loaded;
            }
            for (const core::FeedChange& change : page->changes) {
                if (change.feed == QLatin1String(core::feeds::kCustomers)) {
                    loaded.fedCustomers.insert(change.item.value(QStringLiteral("id")).toString());
                }
            }
            const core::Result<core::FeedProgress> progress = data.take(*page, since);
            if (!progress || progress->caughtUp) {
                return loaded;
            }
        }
        return loaded;
    }

    // The snapshot central serves to `principal`, checked and copied in as a till does.
    core::Result<std::int64_t> takeSnapshot(core::TillDatabase& till, const sync::TillPrincipal& principal) {
        const sync::HttpResponse answer = m_service->handle({"GET", "/v1/member-snapshot", {}}, principal);
        if (answer.status != 200) {
            return core::makeError(core::ErrorCode::InvalidInput, QString::fromUtf8(answer.body));
        }
        const sync::MemberSnapshotHeader header = testing::memberSnapshotHeaderOf(answer);
        if (!sync::isSignedMemberSnapshot(header, answer.body, m_ca.certificatePem)) {
            return core::makeError(core::ErrorCode::InvalidInput, QStringLiteral("not signed"));
        }
        const QString path = m_dir.filePath(QStringLiteral("snapshot-") + principal.tillId + QStringLiteral(".db"));
        if (!sync::decompressToFile(answer.body, path, sync::kMaxMemberSnapshotBytes)) {
            return core::makeError(core::ErrorCode::InvalidInput, QStringLiteral("not zstd"));
        }
        return till.masterData().takeMemberSnapshot({path, header.generation, header.change, header.keyFingerprint});
    }

    // Every column of every customer the till keeps, in id order.
    static QStringList customersOf(core::TillDatabase& till) {
        core::Query rows = till.db().prepare(
            "SELECT id || '|' || name || '|' || coalesce(phone, '') || '|' || coalesce(email, '') || '|' || "
            "coalesce(loyalty_card, '') || '|' || search_text || '|' || body || '|' || coalesce(card_check, '') || "
            "'|' || coalesce(phone_check, '') || '|' || coalesce(email_check, '') FROM customers ORDER BY id");
        QStringList customers;
        while (rows->step()) {
            customers << rows->text(0);
        }
        return customers;
    }

    int put(const QByteArray& lines) {
        return m_service->handle({"PUT", "/v1/customers", lines, m_token}, std::nullopt).status;
    }

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<sync::SqliteCentralStore>(m_dir.filePath(QStringLiteral("central")));
        m_ca = sync::createCertificateAuthority(QStringLiteral("Test"));
        m_service = std::make_unique<sync::CentralService>(*m_store, m_ca);
        m_snapshots = std::make_unique<sync::MemberSnapshots>(*m_store, m_ca, m_dir.filePath(QStringLiteral("snaps")),
                                                              sync::MemberSnapshotPolicy{3, std::chrono::hours(6)});
        m_service->setMemberSnapshots(m_snapshots.get());
        m_token = "Bearer " + m_store->createToken(QStringLiteral("web-shop"), {QStringLiteral("all")}).toLatin1();
        QCOMPARE(put(kCustomers), 200);
    }

    void cleanup() {
        m_service.reset();
        m_snapshots.reset();
        m_store.reset();
        QVERIFY(m_dir.remove());
        QVERIFY(QDir().mkpath(m_dir.path()));
    }

    void noSnapshotIsServedBeforeOneIsBuilt() {
        const sync::HttpResponse answer =
            m_service->handle({"GET", "/v1/member-snapshot", {}}, registeredTill(QStringLiteral("003")));
        QCOMPARE(answer.status, 404);
        QCOMPARE(QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("no_snapshot"));
    }

    void aTillLoadedFromTheSnapshotKeepsWhatTheFeedAloneWouldHaveGivenIt() {
        QCOMPARE(m_snapshots->build(m_now), 4); // the four members, whatever their store
        // A change after the snapshot: the feed brings it to the till that took the snapshot.
        QCOMPARE(put(R"({"id":"m-002","name":"Eero Laine-Virta","loyalty_card":"2900000000025","home_store":"002"})"
                     "\n"),
                 200);

        const sync::TillPrincipal fromFeed = registeredTill(QStringLiteral("003"));
        const auto feedTill = newTill(fromFeed);
        const Loaded fed = loadFromFeed(*feedTill, fromFeed);
        QVERIFY(feedTill->masterData().checkpoint().cursor > 0);

        const sync::TillPrincipal fromSnapshot = registeredTill(QStringLiteral("003"));
        const auto snapshotTill = newTill(fromSnapshot);
        QVERIFY(snapshotTill->masterData().wantsMemberSnapshot());
        const core::Result<std::int64_t> taken = takeSnapshot(*snapshotTill, fromSnapshot);
        QVERIFY2(taken, taken ? "" : qPrintable(core::describe(taken.error())));
        QCOMPARE(taken.value(), 4);
        QVERIFY(!snapshotTill->masterData().wantsMemberSnapshot());
        const Loaded withSnapshot = loadFromFeed(*snapshotTill, fromSnapshot);
        QVERIFY(!snapshotTill->masterData().checkpoint().loading);
        QVERIFY(!snapshotTill->masterData().membersFromSnapshot()); // the load is done: nothing left out now

        QCOMPARE(customersOf(*snapshotTill), customersOf(*feedTill));
        QCOMPARE(customersOf(*feedTill).size(), 5); // four members and the store's own n-003
        // The feed carried every customer to one, and to the other only its own store's and
        // the one changed after the snapshot.
        QCOMPARE(fed.fedCustomers,
                 (std::set<QString>{QStringLiteral("m-001"), QStringLiteral("m-002"), QStringLiteral("m-web"),
                                    QStringLiteral("m-003"), QStringLiteral("n-002"), QStringLiteral("n-003")}));
        QCOMPARE(withSnapshot.fedCustomers,
                 (std::set<QString>{QStringLiteral("m-002"), QStringLiteral("m-003"), QStringLiteral("n-003")}));
        QVERIFY(customersOf(*snapshotTill).filter(QStringLiteral("\"first_name\":\"Eero\"")).size() == 1);
    }

    // A till stopped after copying the members but before it remembered the snapshot takes it
    // again from the start: the same members, once each.
    void aSnapshotTakenAgainAfterAStopLeavesEachMemberOnce() {
        m_snapshots->build(m_now);
        const sync::TillPrincipal principal = registeredTill(QStringLiteral("003"));
        const auto till = newTill(principal);
        QCOMPARE(takeSnapshot(*till, principal).value(), 4);
        const QStringList once = customersOf(*till);
        till->db().exec("DELETE FROM settings WHERE key IN ('feed.load_members_through', 'feed.load_members_key')");
        QVERIFY(till->masterData().wantsMemberSnapshot());
        QCOMPARE(takeSnapshot(*till, principal).value(), 4);
        QCOMPARE(customersOf(*till), once);
        loadFromFeed(*till, principal);
        QCOMPARE(customersOf(*till).size(), 5);
    }

    void aSnapshotIsTrustedOnlyAsCentralSignedIt() {
        m_snapshots->build(m_now);
        const sync::HttpResponse answer =
            m_service->handle({"GET", "/v1/member-snapshot", {}}, registeredTill(QStringLiteral("001")));
        QCOMPARE(answer.status, 200);
        const sync::MemberSnapshotHeader header = testing::memberSnapshotHeaderOf(answer);
        QVERIFY(sync::isSignedMemberSnapshot(header, answer.body, m_ca.certificatePem));
        QByteArray altered = answer.body;
        altered[altered.size() / 2] = static_cast<char>(altered[altered.size() / 2] ^ 1);
        QVERIFY(!sync::isSignedMemberSnapshot(header, altered, m_ca.certificatePem));
        sync::MemberSnapshotHeader later = header;
        later.change += 1000; // a till told to leave more of the feed out than the snapshot holds
        QVERIFY(!sync::isSignedMemberSnapshot(later, answer.body, m_ca.certificatePem));
        const sync::KeyAndCertificate otherCa = sync::createCertificateAuthority(QStringLiteral("Other"));
        QVERIFY(!sync::isSignedMemberSnapshot(header, answer.body, otherCa.certificatePem));
    }

    void aFileThatIsNotTheSnapshotItsHeaderNamesIsRefusedAndTheLoadGoesOnFromTheFeed() {
        m_snapshots->build(m_now);
        const sync::TillPrincipal principal = registeredTill(QStringLiteral("003"));
        const sync::HttpResponse answer = m_service->handle({"GET", "/v1/member-snapshot", {}}, principal);
        const sync::MemberSnapshotHeader header = testing::memberSnapshotHeaderOf(answer);
        const QString path = m_dir.filePath(QStringLiteral("snapshot.db"));
        QVERIFY(sync::decompressToFile(answer.body, path, sync::kMaxMemberSnapshotBytes));
        const auto till = newTill(principal);
        const core::Result<std::int64_t> taken =
            till->masterData().takeMemberSnapshot({path, header.generation, header.change + 1, header.keyFingerprint});
        QVERIFY(!taken);
        QCOMPARE(taken.error().code, core::ErrorCode::InvalidInput);
        QVERIFY(!till->masterData().membersFromSnapshot());
        QFile notADatabase(path);
        QVERIFY(notADatabase.open(QIODevice::WriteOnly | QIODevice::Truncate));
        notADatabase.write(QByteArray(4096, 'x'));
        notADatabase.close();
        QVERIFY(
            !till->masterData().takeMemberSnapshot({path, header.generation, header.change, header.keyFingerprint}));
        QVERIFY(!till->masterData().membersFromSnapshot());
        // The load goes on from the feed, with every member.
        loadFromFeed(*till, principal);
        QCOMPARE(customersOf(*till).size(), 5);
    }

    void anErasureWithdrawsTheSnapshotUntilOneWithoutTheCustomerIsBuilt() {
        m_snapshots->build(m_now);
        const sync::TillPrincipal principal = registeredTill(QStringLiteral("001"));
        QCOMPARE(m_service->handle({"GET", "/v1/member-snapshot", {}}, principal).status, 200);
        QCOMPARE(m_service->handle({"DELETE", "/v1/customers/m-002", {}, m_token}, std::nullopt).status, 200);
        const sync::HttpResponse withdrawn = m_service->handle({"GET", "/v1/member-snapshot", {}}, principal);
        QCOMPARE(withdrawn.status, 404);
        QCOMPARE(QJsonDocument::fromJson(withdrawn.body).object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("no_snapshot"));
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("snaps"))).entryList(QDir::Files), QStringList());
        QCOMPARE(m_snapshots->buildIfDue(m_now), std::optional<std::int64_t>(3)); // without the erased member
        const auto till = newTill(principal);
        QCOMPARE(takeSnapshot(*till, principal).value(), 3);
        QCOMPARE(customersOf(*till).filter(QStringLiteral("m-002|")), QStringList());
    }

    // The feed leaves out every member up to a snapshot's change, so a snapshot missing one would
    // keep them from every till that took it: a record central cannot read means no snapshot.
    void aMemberRecordCentralCannotReadMeansNoSnapshot() {
        {
            core::Database central(m_dir.filePath(QStringLiteral("central/central.db")));
            central.exec("UPDATE master_data SET limited_item = '{}' WHERE key = 'm-002'");
        }
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, m_snapshots->build(m_now));
        const sync::HttpResponse answer =
            m_service->handle({"GET", "/v1/member-snapshot", {}}, registeredTill(QStringLiteral("003")));
        QCOMPARE(answer.status, 404);
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("snaps"))).entryList(QDir::Files), QStringList());
    }

    void aSnapshotIsBuiltAgainWhenTheFeedHasMovedOnOrItIsOld() {
        QVERIFY(m_snapshots->buildIfDue(m_now)); // none yet
        QVERIFY(!m_snapshots->buildIfDue(m_now));
        QCOMPARE(put(R"({"id":"m-003","name":"Oskari Niemi","loyalty_card":"2900000000049","home_store":"003"})"
                     "\n"),
                 200);
        QVERIFY(!m_snapshots->buildIfDue(m_now.addSecs(3600))); // one change, an hour old: it stands
        QVERIFY(m_snapshots->buildIfDue(m_now.addSecs(7 * 3600)));
        QCOMPARE(put(R"({"id":"n-1","name":"Ilona Aalto","phone":"040 222 0001"})"
                     "\n"
                     R"({"id":"n-2","name":"Jussi Aalto","phone":"040 222 0002"})"
                     "\n"
                     R"({"id":"n-3","name":"Kaisa Aalto","phone":"040 222 0003"})"
                     "\n"),
                 200);
        QVERIFY(m_snapshots->buildIfDue(m_now.addSecs(7 * 3600))); // three changes: the policy's count
    }

    void aSnapshotKeptByAStoppedCentralIsServedAfterItsRestart() {
        m_snapshots->build(m_now);
        const sync::TillPrincipal principal = registeredTill(QStringLiteral("002"));
        const QByteArray before = m_service->handle({"GET", "/v1/member-snapshot", {}}, principal).body;
        m_service->setMemberSnapshots(nullptr);
        m_snapshots = std::make_unique<sync::MemberSnapshots>(*m_store, m_ca, m_dir.filePath(QStringLiteral("snaps")));
        m_service->setMemberSnapshots(m_snapshots.get());
        QCOMPARE(m_service->handle({"GET", "/v1/member-snapshot", {}}, principal).body, before);
    }

    void aFeedThatLeavesOutWhatASnapshotBroughtIsAskedForWellFormed() {
        const sync::TillPrincipal principal = registeredTill(QStringLiteral("001"));
        for (const QByteArray& query :
             {QByteArray("members_through=x&members_key=abc"), QByteArray("members_through=5"),
              QByteArray("members_key=abc"), QByteArray("members_through=-1&members_key=abc")}) {
            const sync::HttpResponse answer = m_service->handle({"GET", "/v1/changes?since=0&" + query, {}}, principal);
            QCOMPARE(answer.status, 400);
            QVERIFY(QJsonDocument::fromJson(answer.body)
                        .object()
                        .value(QStringLiteral("message"))
                        .toString()
                        .contains(QStringLiteral("members_through")));
        }
    }
};

QTEST_GUILESS_MAIN(TestMemberSnapshots)
#include "TestMemberSnapshots.moc"
