#include "PeriodicTask.h"

namespace kassa::core {

PeriodicTask::PeriodicTask(std::chrono::milliseconds interval, std::function<bool()> task)
    : m_interval(interval)
    , m_task(std::move(task))
    , m_thread([this] { run(); }) {}

PeriodicTask::~PeriodicTask() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void PeriodicTask::run() {
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        lock.unlock();
        const bool goOn = m_task();
        lock.lock();
        if (!goOn) {
            return;
        }
        m_wake.wait_for(lock, m_interval, [this] { return m_stopping; });
    }
}

} // namespace kassa::core
