#include "WalCheckpointer.h"

#include "Database.h"

#include <cstdio>

namespace kassa::core {

WalCheckpointer::WalCheckpointer(QString databasePath, std::chrono::milliseconds interval)
    : m_path(std::move(databasePath))
    , m_interval(interval)
    , m_thread([this] { run(); }) {}

WalCheckpointer::~WalCheckpointer() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void WalCheckpointer::run() {
    try {
        Database connection(m_path);
        std::unique_lock lock(m_mutex);
        while (!m_wake.wait_for(lock, m_interval, [this] { return m_stopping; })) {
            lock.unlock();
            connection.checkpoint();
            lock.lock();
        }
    } catch (const StoreError& error) {
        // The till keeps selling; the WAL just grows until the next start checkpoints it.
        std::fprintf(stderr, "kassa: background checkpoints stopped: %s\n", error.what());
    }
}

} // namespace kassa::core
