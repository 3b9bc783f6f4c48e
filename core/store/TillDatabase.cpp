#include "TillDatabase.h"

#include "Migrations.h"
#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <optional>

namespace kassa::core {

TillDatabase::TillDatabase(const QString& dataDir)
    : m_dataDir(dataDir) {
    if (!makePrivateFolder(dataDir)) {
        throw StoreError(14 /* SQLITE_CANTOPEN */,
                         "cannot create the data folder " + dataDir.toStdString() + " for its owner only");
    }
    const QString file = QDir(dataDir).filePath(QString::fromLatin1(kFileName));
    if (!preparePrivateDatabase(file)) {
        throw StoreError(14 /* SQLITE_CANTOPEN */, "cannot make " + file.toStdString() + " its owner's only");
    }
    m_db = std::make_unique<Database>(file);
    migrate(*m_db);
}

void TillDatabase::backupTo(const QString& file) {
    if (QFileInfo::exists(file)) {
        throw StoreError(1, file.toStdString() + " exists already: choose a new file for the backup");
    }
    m_db->copyInto(file);
}

namespace {

// The device id and epoch a till database holds; nothing when it is not one.
std::optional<std::pair<QString, int>> tillOf(const QString& file) {
    try {
        Database db(file, Database::Mode::ReadOnly);
        Query device = db.prepare("SELECT value FROM settings WHERE key = 'till.device_id'");
        if (!device->step()) {
            return std::nullopt;
        }
        const QString deviceId = device->text(0);
        Query epoch = db.prepare("SELECT value FROM settings WHERE key = 'till.epoch'");
        return std::pair{deviceId, epoch->step() ? std::max(epoch->text(0).toInt(), 1) : 1};
    } catch (const StoreError&) {
        return std::nullopt;
    }
}

} // namespace

void TillDatabase::restore(const QString& dataDir, const QString& backupFile) {
    const auto backup = tillOf(backupFile);
    if (!backup) {
        throw StoreError(1, backupFile.toStdString() + " is not a backup of a Kassa till");
    }
    const QString target = QDir(dataDir).filePath(QString::fromLatin1(kFileName));
    const auto current = tillOf(target); // nothing when the database is lost or damaged
    if (current && current->first != backup->first) {
        throw StoreError(1, backupFile.toStdString() + " is a backup of another till (device " +
                                backup->first.toStdString() + "): restore this till's own backup");
    }
    const int epoch = std::max(backup->second, current ? current->second : 1) + 1;
    const QString incoming = target + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupFile, incoming)) {
        throw StoreError(14, "cannot copy " + backupFile.toStdString() + " into " + dataDir.toStdString());
    }
    for (const char* suffix : {"-wal", "-shm"}) {
        QFile::remove(target + QString::fromLatin1(suffix));
    }
    QFile::remove(target);
    if (!QFile::rename(incoming, target)) {
        throw StoreError(14, "cannot put the backup in place as " + target.toStdString());
    }
    TillDatabase restored(dataDir); // migrates a backup from an older Kassa
    restored.settings().setValue(QString::fromLatin1(settingKeys::kEpoch), QString::number(epoch));
}

bool TillDatabase::isInitialised() {
    return !settings().value(settingKeys::kDeviceId).isEmpty();
}

void TillDatabase::initialise(const QString& storeId, const QString& tillId, const QString& storeName) {
    Transaction transaction(*m_db);
    Settings s = settings();
    s.setValue(QString::fromLatin1(settingKeys::kDeviceId), makeUuidV7(QDateTime::currentDateTimeUtc()));
    s.setValue(QString::fromLatin1(settingKeys::kEpoch), QStringLiteral("1"));
    s.setValue(QString::fromLatin1(settingKeys::kStoreId), storeId);
    s.setValue(QString::fromLatin1(settingKeys::kTillId), tillId);
    s.setValue(QString::fromLatin1(settingKeys::kStoreName), storeName);
    s.setTaxRates(finnishTaxRates());
    transaction.commit();
}

void TillDatabase::startBackgroundCheckpoints(std::chrono::milliseconds interval) {
    if (!m_checkpointer) {
        m_db->disableAutoCheckpoint();
        m_checkpointer = std::make_unique<WalCheckpointer>(m_db->path(), interval);
    }
}

SnapshotFolder TillDatabase::snapshotFolder() const {
    return SnapshotFolder(QDir(m_dataDir).filePath(QStringLiteral("backups")), QStringLiteral("kassa"));
}

void TillDatabase::startNightlySnapshots(std::chrono::milliseconds checkEvery) {
    const SnapshotPolicy policy = settings().snapshotPolicy();
    if (!m_snapshots && policy.keep > 0) {
        m_snapshots = std::make_unique<NightlySnapshots>(m_db->path(), snapshotFolder(), policy, checkEvery);
    }
}

QString TillDatabase::integrityCheck() {
    QStringList problems;
    Query query = m_db->prepare("PRAGMA integrity_check(10)");
    while (query->step()) {
        problems << query->text(0);
    }
    return problems.join(QLatin1Char('\n'));
}

std::optional<LookupKey> TillDatabase::lookupKey() const {
    if (!m_lookupKey) {
        m_lookupKey = LookupKey::load(m_dataDir); // absent: asked again, until central sends it
    }
    return m_lookupKey;
}

bool TillDatabase::keepLookupKey(const LookupKey& key) {
    if (!key.save(m_dataDir)) {
        return false;
    }
    m_lookupKey = key;
    return true;
}

} // namespace kassa::core
