#pragma once

// RAII over the SQLite C API: a connection, prepared statements (cached per connection), and a
// transaction that rolls back unless committed. Inside the store a failed SQLite call throws
// StoreError; repositories catch it at their edge and return a Result, so a full disk reaches
// the cashier as a message, never as a crash.

#include "../domain/Result.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace kassa::core {

class StoreError : public std::runtime_error {
public:
    StoreError(int sqliteCode, const std::string& message)
        : std::runtime_error(message)
        , m_code(sqliteCode) {}
    [[nodiscard]] int sqliteCode() const { return m_code; }
    // The Error a repository hands up: full disk and read-only storage have their own codes.
    [[nodiscard]] Error toError() const;

private:
    int m_code;
};

class Statement {
public:
    Statement(sqlite3* db, sqlite3_stmt* stmt)
        : m_db(db)
        , m_stmt(stmt) {}
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const QByteArray& blob);
    Statement& bindNull(int index);

    // Steps once: true while there is a row to read.
    bool step();
    // Runs to completion (for statements that return no rows).
    void run();
    void reset();

    [[nodiscard]] std::int64_t int64(int column) const;
    [[nodiscard]] int integer(int column) const { return static_cast<int>(int64(column)); }
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;
    [[nodiscard]] bool isNull(int column) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt;
};

// A use of a cached statement: resets it (ending its read) when the use goes out of scope,
// so a half-read query never holds a WAL snapshot open.
class Query {
public:
    explicit Query(Statement& statement)
        : m_statement(&statement) {}
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;
    ~Query() { m_statement->reset(); }

    Statement* operator->() const { return m_statement; }
    Statement& operator*() const { return *m_statement; }

private:
    Statement* m_statement;
};

class Database {
public:
    enum class Mode { ReadWrite, ReadOnly };

    // Opens (creating if needed) a database file in WAL mode with synchronous=FULL and
    // foreign keys on. Throws StoreError when the file cannot be opened or is not a database.
    explicit Database(const QString& path, Mode mode = Mode::ReadWrite);
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    // A cached prepared statement, reset and ready to bind. `sql` must live as long as the
    // program (a string literal): the cache is keyed by its address.
    [[nodiscard]] Query prepare(const char* sql);
    // A statement for one use, for SQL put together at run time (table names); not cached.
    [[nodiscard]] std::unique_ptr<Statement> prepareOnce(const QString& sql);
    void exec(const char* sql);
    void exec(const QString& sql);

    // Stops the statements running on this connection (they fail with a StoreError); callable
    // from any thread. No effect on statements started after it returns.
    void interrupt();

    [[nodiscard]] std::int64_t lastInsertId() const;
    // Whether a transaction is open on this connection.
    [[nodiscard]] bool inTransaction() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] int userVersion();
    void setUserVersion(int version);
    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] sqlite3* handle() const { return m_db; }

    // A consistent copy of the whole database into `file`, which must not exist, while other
    // connections go on writing (VACUUM INTO); the copy is flushed to disk before this returns,
    // which SQLite does not do for VACUUM INTO itself.
    void copyInto(const QString& file);

    // Turns off automatic checkpoints on this connection; a background connection runs them.
    void disableAutoCheckpoint();
    // PASSIVE checkpoint: never blocks the connections that commit sales.
    void checkpoint();
    // TRUNCATE checkpoint: every frame copied into the database and the log emptied, so that
    // nothing deleted (an erased customer) lingers in it. Waits for readers as a write does;
    // best-effort: when they do not finish, the log is emptied at a later checkpoint.
    void emptyWriteAheadLog();

private:
    QString m_path;
    sqlite3* m_db = nullptr;
    std::unordered_map<const char*, std::unique_ptr<Statement>> m_cache;
};

// BEGIN IMMEDIATE on construction; ROLLBACK in the destructor unless commit() ran.
class Transaction {
public:
    explicit Transaction(Database& db);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

[[noreturn]] void throwStoreError(sqlite3* db, int code, const char* what);

} // namespace kassa::core
