#pragma once

// A per-client request rate: at most `limit` requests of one client in each window (a minute),
// for the routes a guesser or a flood would use (enrollment, voucher lookups). Counted in
// memory per central instance, with the time central's clock gives, so tests control it.

#include <QDateTime>
#include <QString>
#include <chrono>
#include <map>
#include <mutex>
#include <optional>

namespace kassa::sync {

class ClientRate {
public:
    explicit ClientRate(int limit, std::chrono::seconds window = std::chrono::minutes(1))
        : m_limit(limit)
        , m_window(window) {}

    void setLimit(int limit);

    // Whether `client` may make one more request at `at` (counted when it may); when it may not,
    // how many seconds until it may again.
    [[nodiscard]] std::optional<int> refuse(const QString& client, const QDateTime& at);

private:
    struct Window {
        QDateTime began;
        int requests = 0;
    };
    void forgetEnded(const QDateTime& at);

    int m_limit;
    std::chrono::seconds m_window;
    std::mutex m_mutex;
    std::map<QString, Window> m_clients;
};

} // namespace kassa::sync
