#pragma once

// Search as the clerk types, off the screen's thread. Each keystroke asks again; a search still
// running for an older keystroke is interrupted, and one not started yet is dropped, so the
// answer that comes back is for what is in the field now. The finder reads the till's catalog
// through a read-only connection of its own, so searching never waits on a sale being recorded.

#include "../domain/Product.h"

#include <QString>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace kassa::core {

class Database;

class ProductFinder {
public:
    // Called on the finder's thread with the request's number and what Catalog::search found;
    // a request interrupted or overtaken is never answered.
    using Answer = std::function<void(std::uint64_t request, std::vector<Product> products)>;

    // `databaseFile`: the till's database (TillDatabase::db().path()).
    ProductFinder(QString databaseFile, Answer answer);
    ProductFinder(const ProductFinder&) = delete;
    ProductFinder& operator=(const ProductFinder&) = delete;
    ~ProductFinder();

    // Asks for `text`; returns the request's number. Any earlier request is given up.
    std::uint64_t find(const QString& text, int limit);

private:
    struct Request {
        std::uint64_t number = 0;
        QString text;
        int limit = 0;
    };

    void run();
    [[nodiscard]] bool isLatest(std::uint64_t number);

    QString m_file;
    Answer m_answer;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<Request> m_pending;
    std::uint64_t m_latest = 0;
    bool m_stopping = false;
    Database* m_database = nullptr; // the finder thread's connection, for interrupting it
    std::thread m_thread;
};

} // namespace kassa::core
