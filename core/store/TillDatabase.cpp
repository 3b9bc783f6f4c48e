#include "TillDatabase.h"

#include "Migrations.h"

#include <QDir>

namespace kassa::core {

TillDatabase::TillDatabase(const QString& dataDir)
    : m_dataDir(dataDir) {
    if (!QDir().mkpath(dataDir)) {
        throw StoreError(14 /* SQLITE_CANTOPEN */, "cannot create the data folder " + dataDir.toStdString());
    }
    m_db = std::make_unique<Database>(QDir(dataDir).filePath(QString::fromLatin1(kFileName)));
    migrate(*m_db);
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

QString TillDatabase::integrityCheck() {
    QStringList problems;
    Query query = m_db->prepare("PRAGMA integrity_check(10)");
    while (query->step()) {
        problems << query->text(0);
    }
    return problems.join(QLatin1Char('\n'));
}

} // namespace kassa::core
