#include "WalCheckpointer.h"

#include <cstdio>

namespace kassa::core {

WalCheckpointer::WalCheckpointer(QString databasePath, std::chrono::milliseconds interval)
    : m_path(std::move(databasePath))
    , m_task(interval, [this] { return checkpoint(); }) {}

bool WalCheckpointer::checkpoint() {
    try {
        if (!m_connection) {
            m_connection.emplace(m_path);
        }
        m_connection->checkpoint();
        return true;
    } catch (const StoreError& error) {
        // The till keeps selling; the WAL just grows until the next start checkpoints it.
        std::fprintf(stderr, "kassa: background checkpoints stopped: %s\n", error.what());
        return false;
    }
}

} // namespace kassa::core
