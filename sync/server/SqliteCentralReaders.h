#pragma once

// SqliteCentralStore's reader connections, shared by the files that implement the store.

#include "SqliteCentralStore.h"
#include "core/store/Database.h"

#include <memory>
#include <mutex>
#include <vector>

namespace kassa::sync {

// Reader connections, opened as needed and kept for the next read: one per thread that reads
// at the same time, never shared while in use.
class SqliteCentralStore::Readers {
public:
    explicit Readers(QString path)
        : m_path(std::move(path)) {}

    class Lease {
    public:
        Lease(Readers& pool, std::unique_ptr<core::Database> db)
            : m_pool(pool)
            , m_db(std::move(db)) {}
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        ~Lease() { m_pool.giveBack(std::move(m_db)); }
        core::Database* operator->() const { return m_db.get(); }
        core::Database& operator*() const { return *m_db; }

    private:
        Readers& m_pool;
        std::unique_ptr<core::Database> m_db;
    };

    Lease borrow() {
        {
            std::lock_guard lock(m_mutex);
            if (!m_idle.empty()) {
                std::unique_ptr<core::Database> db = std::move(m_idle.back());
                m_idle.pop_back();
                return Lease(*this, std::move(db));
            }
        }
        return Lease(*this, std::make_unique<core::Database>(m_path));
    }

private:
    void giveBack(std::unique_ptr<core::Database> db) {
        std::lock_guard lock(m_mutex);
        m_idle.push_back(std::move(db));
    }

    QString m_path;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<core::Database>> m_idle;
};

// A read transaction on a reader connection: every query in it sees one snapshot.
class ReadSnapshot {
public:
    explicit ReadSnapshot(core::Database& db)
        : m_db(db) {
        m_db.exec("BEGIN");
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;
    ~ReadSnapshot() {
        try {
            m_db.exec("COMMIT");
        } catch (const core::StoreError&) {
            // A read transaction has nothing to lose; the connection stays usable.
        }
    }

private:
    core::Database& m_db;
};

} // namespace kassa::sync
