#pragma once

// Nightly snapshots of a SQLite database, kept beside it: FOLDER/PREFIX-YYYY-MM-DD.db, one a day,
// taken the first time the program runs at or after the set time of day (a till switched off at
// night takes the day's snapshot when it starts), the newest `keep` kept. A snapshot is SQLite's
// VACUUM INTO on a connection and thread of its own, so selling or serving goes on meanwhile;
// it is written under a temporary name and renamed when whole, so a file with a snapshot's
// name is always complete. Both the till and kassa-central use it (DESIGN: Backups).

#include "../domain/Result.h"
#include "PeriodicTask.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>
#include <chrono>
#include <optional>

namespace kassa::core {

struct SnapshotPolicy {
    QTime at{2, 0}; // local time of day from which the day's snapshot is due
    int keep = 2;   // snapshots kept; 0 takes none
};

// The snapshots of one database in one folder.
class SnapshotFolder {
public:
    SnapshotFolder(QString folder, QString prefix);

    [[nodiscard]] const QString& path() const { return m_folder; }
    [[nodiscard]] QString fileFor(QDate day) const;
    // Snapshot files, newest first; other files in the folder (a manual backup) are not listed.
    [[nodiscard]] QStringList existing() const;
    // Whether the snapshot of `now`'s day is due: none taken that day and `now` at or after the
    // policy's time.
    [[nodiscard]] bool isDue(const QDateTime& now, const SnapshotPolicy& policy) const;
    // Takes the snapshot of `day` from the database at `databasePath`, then keeps only the newest
    // `keep`. Returns the file written.
    Result<QString> take(const QString& databasePath, QDate day, int keep) const;

private:
    void prune(int keep) const;

    QString m_folder;
    QString m_prefix;
};

// Takes the snapshots on a thread of its own: checks at start and then every `checkEvery`.
// A failure (disk full, folder not writable) is reported on stderr and tried again at the next
// check; it never stops the program.
class NightlySnapshots {
public:
    NightlySnapshots(QString databasePath, SnapshotFolder folder, SnapshotPolicy policy,
                     std::chrono::milliseconds checkEvery = std::chrono::minutes(10));

private:
    void takeIfDue();

    QString m_databasePath;
    SnapshotFolder m_folder;
    SnapshotPolicy m_policy;
    PeriodicTask m_task; // last: starts when everything it uses is there
};

// Parses the "HH:MM" time of day the settings and command lines use.
[[nodiscard]] std::optional<QTime> parseTimeOfDay(const QString& text);

} // namespace kassa::core
