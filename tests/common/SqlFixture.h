#pragma once

// Test helper: makes a database file from a `.sql` dump under tests/ (what `sqlite3 .dump`
// printed of a database an older version wrote), so migrations are tested on real old data.

#include "core/store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kassa::testing {

[[nodiscard]] inline bool loadSqlFixture(const QString& fixture, const QString& databasePath) {
    QFile dump(QStringLiteral(KASSA_TEST_SOURCE_DIR "/") + fixture);
    if (!dump.open(QIODevice::ReadOnly) || !QDir().mkpath(QFileInfo(databasePath).absolutePath())) {
        return false;
    }
    core::Database db(databasePath);
    db.exec(QString::fromUtf8(dump.readAll()));
    return true;
}

} // namespace kassa::testing
