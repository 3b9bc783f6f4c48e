#pragma once

// Central's watch on wrong codes: a client (an enrolled till, an integration's token) that asks
// for many vouchers that do not exist, or with a wrong secret, within an hour is guessing, and
// head office hears of it as an exception. Kept in memory: a restart begins the count again,
// and each central instance counts what it answers (a guesser spread over instances is seen by
// each once it passes the limit there).

#include <QDateTime>
#include <QString>
#include <chrono>
#include <deque>
#include <map>
#include <mutex>

namespace kassa::sync {

class WrongCodeWatch {
public:
    explicit WrongCodeWatch(int limit = kDefaultLimit, std::chrono::minutes window = std::chrono::minutes(60))
        : m_limit(limit)
        , m_window(window) {}

    // Counts a wrong code of `client` at `at`. True when the client has now tried `limit` wrong
    // codes within the window, once per window: the moment to raise the exception.
    [[nodiscard]] bool count(const QString& client, const QDateTime& at);

    static constexpr int kDefaultLimit = 10;

private:
    struct Client {
        std::deque<QDateTime> wrong; // within the window
        QDateTime raisedAt;          // when the last exception was raised
    };

    int m_limit;
    std::chrono::minutes m_window;
    std::mutex m_mutex;
    std::map<QString, Client> m_clients;
};

} // namespace kassa::sync
