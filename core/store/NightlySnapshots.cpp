#include "NightlySnapshots.h"

#include "Database.h"
#include "PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <cstdio>

namespace kassa::core {

namespace {

constexpr char kDateFormat[] = "yyyy-MM-dd";

} // namespace

SnapshotFolder::SnapshotFolder(QString folder, QString prefix)
    : m_folder(std::move(folder))
    , m_prefix(std::move(prefix)) {}

QString SnapshotFolder::fileFor(QDate day) const {
    return QDir(m_folder).filePath(m_prefix + QLatin1Char('-') + day.toString(QLatin1String(kDateFormat)) +
                                   QStringLiteral(".db"));
}

QStringList SnapshotFolder::existing() const {
    const QRegularExpression name(QRegularExpression::anchoredPattern(QRegularExpression::escape(m_prefix) +
                                                                      QStringLiteral("-\\d{4}-\\d{2}-\\d{2}\\.db")));
    QStringList files;
    const QDir dir(m_folder);
    // Names sort by date, so newest first is reverse name order.
    for (const QString& entry :
         dir.entryList({m_prefix + QStringLiteral("-*.db")}, QDir::Files, QDir::Name | QDir::Reversed)) {
        if (name.match(entry).hasMatch()) {
            files << dir.filePath(entry);
        }
    }
    return files;
}

bool SnapshotFolder::isDue(const QDateTime& now, const SnapshotPolicy& policy) const {
    const QDateTime local = now.toLocalTime();
    return policy.keep > 0 && local.time() >= policy.at && !QFile::exists(fileFor(local.date()));
}

Result<QString> SnapshotFolder::take(const QString& databasePath, QDate day, int keep) const {
    if (!QFile::exists(databasePath)) {
        return makeError(ErrorCode::StorageFailed, databasePath);
    }
    if (!makePrivateFolder(m_folder)) {
        return makeError(ErrorCode::StorageReadOnly, m_folder);
    }
    const QString file = fileFor(day);
    const QString partial = file + QStringLiteral(".partial");
    QFile::remove(partial); // left by a snapshot cut short (power lost, program killed)
    try {
        Database(databasePath).copyInto(partial);
    } catch (const StoreError& error) {
        QFile::remove(partial);
        return error.toError();
    }
    QFile::remove(file);
    if (!QFile::rename(partial, file)) {
        QFile::remove(partial);
        return makeError(ErrorCode::StorageFailed, file);
    }
    prune(keep);
    return file;
}

void SnapshotFolder::prune(int keep) const {
    const QStringList files = existing();
    for (qsizetype i = std::max(keep, 1); i < files.size(); ++i) {
        QFile::remove(files[i]);
    }
}

NightlySnapshots::NightlySnapshots(QString databasePath, SnapshotFolder folder, SnapshotPolicy policy,
                                   std::chrono::milliseconds checkEvery)
    : m_databasePath(std::move(databasePath))
    , m_folder(std::move(folder))
    , m_policy(policy)
    , m_task(checkEvery, [this] {
        takeIfDue();
        return true;
    }) {}

void NightlySnapshots::takeIfDue() {
    const QDateTime now = QDateTime::currentDateTime();
    if (!m_folder.isDue(now, m_policy)) {
        return;
    }
    const Result<QString> taken = m_folder.take(m_databasePath, now.date(), m_policy.keep);
    if (!taken) {
        std::fprintf(stderr, "%s: the nightly snapshot into %s failed, tried again later: %s\n",
                     qPrintable(QCoreApplication::applicationName()), qPrintable(m_folder.path()),
                     qPrintable(describe(taken.error())));
    }
}

std::optional<QTime> parseTimeOfDay(const QString& text) {
    const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
    return time.isValid() ? std::optional(time) : std::nullopt;
}

} // namespace kassa::core
