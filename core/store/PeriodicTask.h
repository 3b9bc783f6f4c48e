#pragma once

// Runs a task on a thread of its own: once at start, then every `interval`, until the task says
// to stop or the PeriodicTask is destroyed (which waits for a run in progress). Background work
// of the till and central (WAL checkpoints, nightly snapshots) uses it, so the threads that
// commit sales or serve requests never do that work themselves.

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace kassa::core {

class PeriodicTask {
public:
    // `task` returns false to stop running for good (after a failure it cannot get past).
    PeriodicTask(std::chrono::milliseconds interval, std::function<bool()> task);
    PeriodicTask(const PeriodicTask&) = delete;
    PeriodicTask& operator=(const PeriodicTask&) = delete;
    ~PeriodicTask();

private:
    void run();

    std::chrono::milliseconds m_interval;
    std::function<bool()> m_task;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread; // last: starts when everything it uses is there
};

} // namespace kassa::core
