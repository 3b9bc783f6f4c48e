#pragma once

// Runs SQLite's WAL checkpoints on a connection and thread of its own, so the thread that
// commits a sale never pays for one: with automatic checkpoints the worst commit latencies
// are the commits that happened to trigger a checkpoint. PASSIVE checkpoints never wait for
// the committing connection.

#include <QString>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace kassa::core {

class WalCheckpointer {
public:
    WalCheckpointer(QString databasePath, std::chrono::milliseconds interval);
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;
    ~WalCheckpointer();

private:
    void run();

    QString m_path;
    std::chrono::milliseconds m_interval;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace kassa::core
