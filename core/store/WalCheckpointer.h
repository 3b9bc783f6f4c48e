#pragma once

// Runs SQLite's WAL checkpoints on a connection and thread of its own, so the thread that
// commits a sale never pays for one: with automatic checkpoints the worst commit latencies
// are the commits that happened to trigger a checkpoint. PASSIVE checkpoints never wait for
// the committing connection.

#include "Database.h"
#include "PeriodicTask.h"

#include <QString>
#include <optional>

namespace kassa::core {

class WalCheckpointer {
public:
    WalCheckpointer(QString databasePath, std::chrono::milliseconds interval);

private:
    bool checkpoint();

    QString m_path;
    std::optional<Database> m_connection; // opened by the task's thread at its first run
    PeriodicTask m_task;                  // last: stops before the connection closes
};

} // namespace kassa::core
