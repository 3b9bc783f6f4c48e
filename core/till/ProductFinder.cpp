#include "ProductFinder.h"

#include "../store/Catalog.h"
#include "../store/Database.h"

namespace kassa::core {

ProductFinder::ProductFinder(QString databaseFile, Answer answer)
    : m_file(std::move(databaseFile))
    , m_answer(std::move(answer))
    , m_thread([this] { run(); }) {}

ProductFinder::~ProductFinder() {
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

std::uint64_t ProductFinder::find(const QString& text, int limit) {
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

bool ProductFinder::isLatest(std::uint64_t number) {
    std::lock_guard lock(m_mutex);
    return number == m_latest && !m_stopping;
}

void ProductFinder::run() {
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
        std::vector<Product> found;
        try {
            if (!database) {
                database = std::make_unique<Database>(m_file, Database::Mode::ReadOnly);
                std::lock_guard lock(m_mutex);
                m_database = database.get();
            }
            found = Catalog(*database).search(request.text, request.limit);
        } catch (const StoreError&) {
            continue; // interrupted by a newer keystroke, or the file is busy: the next one asks again
        }
        if (isLatest(request.number)) {
            m_answer(request.number, std::move(found));
        }
    }
}

} // namespace kassa::core
