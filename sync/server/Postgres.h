#pragma once

// A thin RAII layer over libpq for central's PostgreSQL backend: a connection, results, bound
// parameters (never SQL put together from values), and a pool of connections whose size is a
// setting. Errors say what failed in the shop's words: a database that cannot be reached throws
// StoreUnavailable (the request is answered 503 and tried again later); any other failure throws
// core::StoreError. Connection strings are never printed with their password.

#include "CentralStore.h"
#include "core/store/Database.h"

#include <QByteArray>
#include <QString>
#include <condition_variable>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

struct pg_conn;
struct pg_result;

namespace kassa::sync {

// "postgresql://USER:SECRET@HOST:PORT/DB" -> "postgresql://USER@HOST:PORT/DB" (also a
// password=... parameter): for messages and logs.
[[nodiscard]] QString redactedDatabaseUrl(const QString& url);
// Whether `url` names a PostgreSQL database (postgresql:// or postgres://).
[[nodiscard]] bool isPostgresUrl(const QString& url);

// One value bound to $N: text, an integer, or NULL.
class PgParam {
public:
    PgParam(const QString& text)
        : m_value(text.toUtf8()) {}
    PgParam(const QByteArray& text)
        : m_value(text) {}
    PgParam(std::int64_t number)
        : m_value(QByteArray::number(static_cast<qlonglong>(number))) {}
    PgParam(int number)
        : m_value(QByteArray::number(number)) {}
    PgParam(bool flag)
        : m_value(flag ? QByteArrayLiteral("true") : QByteArrayLiteral("false")) {}
    PgParam(std::nullopt_t) {}

    [[nodiscard]] const std::optional<QByteArray>& value() const { return m_value; }

private:
    std::optional<QByteArray> m_value;
};

class PgResult {
public:
    explicit PgResult(pg_result* result);
    PgResult(PgResult&&) noexcept;
    PgResult& operator=(PgResult&&) noexcept;
    ~PgResult();

    [[nodiscard]] int rows() const;
    [[nodiscard]] bool isNull(int row, int column) const;
    [[nodiscard]] QString text(int row, int column) const;
    [[nodiscard]] QByteArray bytes(int row, int column) const;
    [[nodiscard]] std::int64_t int64(int row, int column) const;
    [[nodiscard]] bool boolean(int row, int column) const;
    // Rows a command changed (UPDATE, INSERT ... ON CONFLICT DO NOTHING).
    [[nodiscard]] std::int64_t affected() const;

private:
    pg_result* m_result;
};

class PgConnection {
public:
    // Connects; throws StoreUnavailable naming the redacted URL when the server cannot be reached.
    explicit PgConnection(const QString& url);
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;
    ~PgConnection();

    // Runs one statement with $1.. bound to `params`, prepared once per connection (the server
    // parses and plans it once): `sql` must live as long as the program (a string literal),
    // since the cache is keyed by its address.
    PgResult exec(const char* sql, std::initializer_list<PgParam> params = {});
    PgResult exec(const char* sql, const std::vector<PgParam>& params);
    // A statement for one use, for SQL put together at run time (table names): not prepared.
    PgResult execOnce(const QByteArray& sql);
    // Several statements without parameters (schema).
    void script(const char* sql);
    [[nodiscard]] bool isBroken() const;
    // Connects again after the server went away; false when it is still unreachable.
    bool reconnect();

private:
    [[noreturn]] void fail(pg_result* result, const char* sql);
    PgResult finish(pg_result* result, const char* sql);
    const std::string& preparedName(const char* sql, int parameters);

    QString m_url;
    pg_conn* m_conn = nullptr;
    std::unordered_map<const char*, std::string> m_prepared; // statement text -> its name here
};

// A fixed number of connections, handed out one at a time; a request waits for a free one.
class PgPool {
public:
    // Opens the first connection at once, so a wrong URL is reported at start-up.
    PgPool(QString url, int size);
    ~PgPool();

    class Lease {
    public:
        Lease(PgPool& pool, std::unique_ptr<PgConnection> connection)
            : m_pool(pool)
            , m_connection(std::move(connection)) {}
        Lease(Lease&& other) noexcept = default;
        Lease& operator=(Lease&&) = delete;
        ~Lease();
        PgConnection* operator->() const { return m_connection.get(); }
        PgConnection& operator*() const { return *m_connection; }

    private:
        PgPool& m_pool;
        std::unique_ptr<PgConnection> m_connection;
    };

    [[nodiscard]] Lease acquire();
    [[nodiscard]] const QString& url() const { return m_url; }

private:
    void giveBack(std::unique_ptr<PgConnection> connection);

    QString m_url;
    int m_size;
    int m_open = 0; // connections made, idle or leased
    std::mutex m_mutex;
    std::condition_variable m_freed;
    std::vector<std::unique_ptr<PgConnection>> m_idle;
};

// BEGIN on construction, ROLLBACK in the destructor unless commit() ran.
class PgTransaction {
public:
    explicit PgTransaction(PgConnection& connection, const char* begin = "BEGIN");
    PgTransaction(const PgTransaction&) = delete;
    PgTransaction& operator=(const PgTransaction&) = delete;
    ~PgTransaction();
    void commit();

private:
    PgConnection& m_connection;
    bool m_done = false;
};

} // namespace kassa::sync
