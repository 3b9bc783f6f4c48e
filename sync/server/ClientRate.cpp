#include "ClientRate.h"

namespace kassa::sync {

namespace {

// Past this many clients, windows that have ended are dropped: a flood from many addresses
// must not grow the map without end.
constexpr std::size_t kClientsBeforeCleanUp = 10000;

} // namespace

void ClientRate::setLimit(int limit) {
    std::lock_guard lock(m_mutex);
    m_limit = limit;
}

std::optional<int> ClientRate::refuse(const QString& client, const QDateTime& at) {
    std::lock_guard lock(m_mutex);
    if (m_clients.size() > kClientsBeforeCleanUp) {
        forgetEnded(at);
    }
    Window& window = m_clients[client];
    const qint64 windowSeconds = m_window.count();
    if (!window.began.isValid() || window.began.secsTo(at) >= windowSeconds || window.began > at) {
        window = Window{at, 0};
    }
    if (window.requests >= m_limit) {
        return static_cast<int>(std::max<qint64>(1, windowSeconds - window.began.secsTo(at)));
    }
    ++window.requests;
    return std::nullopt;
}

void ClientRate::forgetEnded(const QDateTime& at) {
    std::erase_if(m_clients, [&](const auto& entry) { return entry.second.began.secsTo(at) >= m_window.count(); });
}

} // namespace kassa::sync
