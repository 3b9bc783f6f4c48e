#pragma once

// Search as the clerk types, off the screen's thread. Each keystroke asks again; a search still
// running for an older keystroke is interrupted, and one not started yet is dropped, so the
// answer that comes back is for what is in the field now. The finder reads the till's database
// through a read-only connection of its own, so searching never waits on a sale being recorded.
// ProductFinder searches the catalog (Catalog::search), CustomerFinder the customers
// (Customers::search).

#include "../domain/Customer.h"
#include "../domain/Product.h"
#include "../store/Catalog.h"
#include "../store/Customers.h"
#include "../store/Database.h"

#include <QString>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace kassa::core {

template <typename Found> class Finder {
public:
    // What a search reads: up to `limit` matches of `text`, through the finder's connection.
    using Search = std::function<std::vector<Found>(Database& db, const QString& text, int limit)>;
    // Called on the finder's thread with the request's number and what was found; a request
    // interrupted or overtaken is never answered.
    using Answer = std::function<void(std::uint64_t request, std::vector<Found> found)>;

    // `databaseFile`: the till's database (TillDatabase::db().path()).
    Finder(QString databaseFile, Search search, Answer answer)
        : m_file(std::move(databaseFile))
        , m_search(std::move(search))
        , m_answer(std::move(answer))
        , m_thread([this] { run(); }) {}
    Finder(const Finder&) = delete;
    Finder& operator=(const Finder&) = delete;

    ~Finder() {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
            if (m_database != nullptr) {
                m_database->interrupt();
            }
        }
        m_wake.notify_one();
        m_thread.join();
    }

    // Asks for `text`; returns the request's number. Any earlier request is given up.
    std::uint64_t find(const QString& text, int limit) {
        std::uint64_t number = 0;
        {
            std::lock_guard lock(m_mutex);
            number = ++m_latest;
            m_pending = Request{number, text, limit};
            if (m_database != nullptr) {
                m_database->interrupt(); // the search under way is for an older keystroke
            }
        }
        m_wake.notify_one();
        return number;
    }

private:
    struct Request {
        std::uint64_t number = 0;
        QString text;
        int limit = 0;
    };

    bool isLatest(std::uint64_t number) {
        std::lock_guard lock(m_mutex);
        return number == m_latest && !m_stopping;
    }

    void run() {
        std::unique_ptr<Database> database;
        for (;;) {
            Request request;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || m_pending.has_value(); });
                if (m_stopping) {
                    m_database = nullptr;
                    return;
                }
                request = std::move(*m_pending);
                m_pending.reset();
            }
            std::vector<Found> found;
            try {
                if (!database) {
                    database = std::make_unique<Database>(m_file, Database::Mode::ReadOnly);
                    std::lock_guard lock(m_mutex);
                    m_database = database.get();
                }
                found = m_search(*database, request.text, request.limit);
            } catch (const StoreError&) {
                continue; // interrupted by a newer keystroke, or the file is busy: the next one asks again
            }
            if (isLatest(request.number)) {
                m_answer(request.number, std::move(found));
            }
        }
    }

    QString m_file;
    Search m_search;
    Answer m_answer;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<Request> m_pending;
    std::uint64_t m_latest = 0;
    bool m_stopping = false;
    Database* m_database = nullptr; // the finder thread's connection, for interrupting it
    std::thread m_thread;           // last: it starts once everything it uses is ready
};

class ProductFinder : public Finder<Product> {
public:
    ProductFinder(QString databaseFile, Answer answer)
        : Finder(
              std::move(databaseFile),
              [](Database& db, const QString& text, int limit) { return Catalog(db).search(text, limit); },
              std::move(answer)) {}
};

class CustomerFinder : public Finder<Customer> {
public:
    CustomerFinder(QString databaseFile, Answer answer)
        : Finder(
              std::move(databaseFile),
              // The lookup key is read each time: the till may fetch it while the screen is open.
              [](Database& db, const QString& text, int limit) {
                  return Customers(db, LookupKey::besideDatabase(db.path())).search(text, limit);
              },
              std::move(answer)) {}
};

} // namespace kassa::core
