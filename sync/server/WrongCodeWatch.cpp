#include "WrongCodeWatch.h"

namespace kassa::sync {

bool WrongCodeWatch::count(const QString& client, const QDateTime& at) {
    const qint64 windowSeconds = std::chrono::duration_cast<std::chrono::seconds>(m_window).count();
    const QDateTime from = at.addSecs(-windowSeconds);
    std::lock_guard lock(m_mutex);
    Client& seen = m_clients[client];
    while (!seen.wrong.empty() && seen.wrong.front() <= from) {
        seen.wrong.pop_front();
    }
    seen.wrong.push_back(at);
    if (static_cast<int>(seen.wrong.size()) > m_limit) {
        seen.wrong.pop_front(); // the limit is all the count needs to know
    }
    const bool raisedLately = seen.raisedAt.isValid() && seen.raisedAt > from;
    if (static_cast<int>(seen.wrong.size()) < m_limit || raisedLately) {
        return false;
    }
    seen.raisedAt = at;
    return true;
}

} // namespace kassa::sync
