#include "MemberSnapshots.h"

#include "CustomerMaster.h"
#include "core/domain/Customer.h"
#include "core/store/Database.h"
#include "core/store/PrivateFiles.h"
#include "sync/protocol/EventBatch.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <stdexcept>

namespace kassa::sync {

namespace {

constexpr char kFile[] = "members.zst";
constexpr char kHeader[] = "members.json";
constexpr char kBuilding[] = "members.building.db";

QJsonObject headerJson(const MemberSnapshotHeader& header, const QDateTime& builtAt) {
    return {{QStringLiteral("generation"), header.generation},
            {QStringLiteral("change"), static_cast<qint64>(header.change)},
            {QStringLiteral("key"), header.keyFingerprint},
            {QStringLiteral("sha256"), QString::fromLatin1(header.sha256)},
            {QStringLiteral("signature"), QString::fromLatin1(header.signature.toBase64())},
            {QStringLiteral("built_at"), builtAt.toUTC().toString(Qt::ISODateWithMs)}};
}

MemberSnapshotHeader headerFromJson(const QJsonObject& json) {
    return {json.value(QStringLiteral("generation")).toString(), json.value(QStringLiteral("change")).toInteger(),
            json.value(QStringLiteral("key")).toString(), json.value(QStringLiteral("sha256")).toString().toLatin1(),
            QByteArray::fromBase64(json.value(QStringLiteral("signature")).toString().toLatin1())};
}

QByteArray sha256Hex(const QByteArray& bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// Owner-only, as every file of central's that holds customers' data (core/store/PrivateFiles.h).
void writeWhole(const QString& path, const QByteArray& bytes) {
    if (!core::writePrivateFile(path, bytes)) {
        throw std::runtime_error(QStringLiteral("cannot write %1").arg(path).toStdString());
    }
}

// The staged members into the file's table, sorted by id (so a till copies them into its own id
// index in order), as JSON arrays of kMembersPerRow feed items: a row per member would put some
// ten bytes of SQLite's own around each, which compress badly where the items' text compresses
// well, a quarter more on the wire. Each is kept as its feed item only (the till reads the checks
// out of it): the checks are random and would not compress a second time.
void writeMembersInChunks(core::Database& db) {
    constexpr int kMembersPerRow = 1000;
    QByteArray items;
    int inRow = 0;
    const auto writeRow = [&] {
        if (inRow == 0) {
            return;
        }
        items.append(']');
        core::Query insert = db.prepare("INSERT INTO members (items) VALUES (?1)");
        insert->bind(1, QString::fromUtf8(items)).run();
        items.clear();
        inRow = 0;
    };
    core::Query staged = db.prepare("SELECT body FROM staging ORDER BY id");
    while (staged->step()) {
        items.append(inRow == 0 ? '[' : ',').append(staged->blob(0));
        if (++inRow == kMembersPerRow) {
            writeRow();
        }
    }
    writeRow();
}

// The snapshot's database file at `path`, made from the store's members: the records go into a
// staging table as they come (in change order) and are then written out in id order. Returns how
// many members it holds.
std::int64_t writeMembersFile(const QString& path, CentralStore& store, const QString& keyFingerprint,
                              FeedPoint& point) {
    QFile::remove(path);
    if (!core::preparePrivateDatabase(path)) {
        throw std::runtime_error(QStringLiteral("cannot create %1").arg(path).toStdString());
    }
    core::Database db(path);
    db.exec("PRAGMA journal_mode = DELETE; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536;");
    db.exec(R"sql(
        CREATE TABLE snapshot (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE members (n INTEGER PRIMARY KEY, items TEXT NOT NULL);
        CREATE TEMP TABLE staging (id TEXT NOT NULL, body TEXT NOT NULL);
    )sql");
    std::int64_t members = 0;
    std::int64_t unreadable = 0; // central wrote every one itself: not expected
    core::Transaction transaction(db);
    point = store.readMembers(keyFingerprint, [&](const QByteArray& limitedItem) {
        const QJsonObject item = QJsonDocument::fromJson(limitedItem).object();
        const auto id = core::customerIdFromJson(item);
        const auto checks = core::limitedChecksFromJson(item);
        if (!id || !checks) {
            ++unreadable;
            return;
        }
        core::Query insert = db.prepare("INSERT INTO staging VALUES (?1, ?2)");
        insert->bind(1, id.value()).bind(2, QString::fromUtf8(limitedItem));
        insert->run();
        ++members;
    });
    if (unreadable > 0) {
        // The feed leaves out every member up to the snapshot's change: one missing from the
        // snapshot would reach no till that took it. No snapshot, then; tills load from the feed.
        throw std::runtime_error(QStringLiteral("%1 member record(s) central cannot read: no members snapshot")
                                     .arg(unreadable)
                                     .toStdString());
    }
    writeMembersInChunks(db);
    for (const auto& [key, value] :
         {std::pair{"kind", QStringLiteral("members")}, std::pair{"format", QString::number(kMemberSnapshotFormat)},
          std::pair{"generation", point.generation}, std::pair{"change", QString::number(point.head)},
          std::pair{"key", keyFingerprint}}) {
        core::Query meta = db.prepare("INSERT INTO snapshot (key, value) VALUES (?1, ?2)");
        meta->bind(1, QString::fromLatin1(key)).bind(2, value).run();
    }
    transaction.commit();
    db.exec("DROP TABLE staging; VACUUM;");
    return members;
}

} // namespace

MemberSnapshots::MemberSnapshots(CentralStore& store, KeyAndCertificate ca, QString folder, MemberSnapshotPolicy policy)
    : m_store(store)
    , m_ca(std::move(ca))
    , m_folder(std::move(folder))
    , m_policy(policy) {
    if (!core::makePrivateFolder(m_folder)) {
        throw std::runtime_error(QStringLiteral("cannot create the folder %1").arg(m_folder).toStdString());
    }
    QFile::remove(path(kBuilding)); // a build a stop cut short
    loadKept();
}

QString MemberSnapshots::path(const char* suffix) const {
    return QDir(m_folder).filePath(QString::fromLatin1(suffix));
}

// The snapshot a central that stopped had built, when its file is whole.
void MemberSnapshots::loadKept() {
    QFile headerFile(path(kHeader));
    QFile file(path(kFile));
    if (!headerFile.open(QIODevice::ReadOnly) || !file.open(QIODevice::ReadOnly)) {
        return;
    }
    const QJsonObject json = QJsonDocument::fromJson(headerFile.readAll()).object();
    ServedMemberSnapshot kept{headerFromJson(json), file.readAll()};
    if (kept.header.sha256.isEmpty() || sha256Hex(kept.file) != kept.header.sha256) {
        return; // cut short between writing the file and its header: the next build replaces both
    }
    m_builtAt = QDateTime::fromString(json.value(QStringLiteral("built_at")).toString(), Qt::ISODateWithMs);
    m_current = std::move(kept);
}

std::optional<ServedMemberSnapshot> MemberSnapshots::served() {
    const std::lock_guard lock(m_mutex);
    forgetIfErasedSinceLocked();
    if (!m_current) {
        return std::nullopt;
    }
    if (m_current->header.keyFingerprint != chainLookupKey().fingerprint() ||
        m_current->header.generation != m_store.feedPoint().generation) {
        return std::nullopt;
    }
    return m_current;
}

void MemberSnapshots::forgetIfErasedSince() {
    const std::lock_guard lock(m_mutex);
    forgetIfErasedSinceLocked();
}

// A snapshot made before an erasure may hold the erased customer's checks.
void MemberSnapshots::forgetIfErasedSinceLocked() {
    if (m_current && m_store.customerErasedAfter(m_current->header.change)) {
        forget();
    }
}

void MemberSnapshots::forget() {
    m_current.reset();
    QFile::remove(path(kFile));
    QFile::remove(path(kHeader));
}

std::optional<std::int64_t> MemberSnapshots::buildIfDue(const QDateTime& now) {
    const FeedPoint point = m_store.feedPoint();
    {
        const std::lock_guard lock(m_mutex);
        forgetIfErasedSinceLocked();
        if (m_current && m_current->header.generation == point.generation &&
            m_current->header.keyFingerprint == chainLookupKey().fingerprint()) {
            const std::int64_t behind = point.head - m_current->header.change;
            const bool old = m_builtAt.secsTo(now) >= std::chrono::seconds(m_policy.age).count();
            if (behind < m_policy.changes && !(behind > 0 && old)) {
                return std::nullopt;
            }
        }
    }
    return build(now);
}

std::int64_t MemberSnapshots::build(const QDateTime& now) {
    MemberSnapshotHeader header;
    header.keyFingerprint = chainLookupKey().fingerprint();
    FeedPoint point;
    std::int64_t members = 0;
    try {
        members = writeMembersFile(path(kBuilding), m_store, header.keyFingerprint, point);
    } catch (...) {
        QFile::remove(path(kBuilding)); // it holds members' keyed hashes
        throw;
    }
    QFile building(path(kBuilding));
    if (!building.open(QIODevice::ReadOnly)) {
        throw std::runtime_error(
            QStringLiteral("cannot read %1: %2").arg(building.fileName(), building.errorString()).toStdString());
    }
    ServedMemberSnapshot built{header, compress(building.readAll())};
    building.close();
    QFile::remove(path(kBuilding));
    built.header.generation = point.generation;
    built.header.change = point.head;
    built.header.sha256 = sha256Hex(built.file);
    const std::optional<QByteArray> signature = signWithKey(m_ca.keyPem, signedStatement(built.header));
    if (!signature) {
        throw std::runtime_error("central's CA key cannot sign the members snapshot");
    }
    built.header.signature = *signature;
    // The file first: a header naming another file's hash is never taken (loadKept).
    writeWhole(path(kFile), built.file);
    writeWhole(path(kHeader), QJsonDocument(headerJson(built.header, now)).toJson());
    const std::lock_guard lock(m_mutex);
    m_current = std::move(built);
    m_builtAt = now;
    return members;
}

} // namespace kassa::sync
