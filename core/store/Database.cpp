#include "Database.h"

#include "PrivateFiles.h"

#include <QFile>
#include <chrono>
#include <fcntl.h>
#include <sqlite3.h>
#include <thread>
#ifdef _WIN32
#include <io.h>
#else
#include <unistd.h>
#endif

namespace kassa::core {

namespace {

// Waits up to 5 s for another connection's write transaction, looking every millisecond.
// SQLite's own busy timeout sleeps longer and longer between looks (up to 100 ms), so a sale
// waiting behind a background job that commits slice after slice could miss every gap
// between them and time out; looking often, it takes the lock in the first gap.
int waitForWriteLock(void* /*context*/, int attempts) {
    constexpr int kLooks = 5000;
    if (attempts >= kLooks) {
        return 0;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return 1;
}

} // namespace

void throwStoreError(sqlite3* db, int code, const char* what) {
    std::string message = what;
    message += ": ";
    message += db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    throw StoreError(code, message);
}

Error StoreError::toError() const {
    switch (m_code & 0xFF) {
    case SQLITE_FULL:
        return makeError(ErrorCode::StorageFull, QString::fromUtf8(what()));
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return makeError(ErrorCode::StorageReadOnly, QString::fromUtf8(what()));
    default:
        return makeError(ErrorCode::StorageFailed, QString::fromUtf8(what()));
    }
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, std::int64_t value) {
    if (int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK) {
        throwStoreError(m_db, rc, "bind");
    }
    return *this;
}

Statement& Statement::bind(int index, const QString& value) {
    const QByteArray utf8 = value.toUtf8();
    if (int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
        rc != SQLITE_OK) {
        throwStoreError(m_db, rc, "bind");
    }
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob) {
    if (int rc = sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
        rc != SQLITE_OK) {
        throwStoreError(m_db, rc, "bind");
    }
    return *this;
}

Statement& Statement::bindNull(int index) {
    if (int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK) {
        throwStoreError(m_db, rc, "bind");
    }
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    sqlite3_reset(m_stmt);
    throwStoreError(m_db, rc, "step");
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const {
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Database::Database(const QString& path, Mode mode)
    : m_path(path) {
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                             : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        StoreError error(rc, std::string("cannot open ") + path.toStdString() + ": " +
                                 (m_db != nullptr ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc)));
        sqlite3_close(m_db);
        m_db = nullptr;
        throw error;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_handler(m_db, &waitForWriteLock, nullptr);
    try {
        // Reading the schema first makes "file is not a database" fail here, clearly.
        exec("SELECT count(*) FROM sqlite_schema");
        if (mode == Mode::ReadWrite) {
            exec("PRAGMA journal_mode=WAL");
        }
        exec("PRAGMA synchronous=FULL");
        exec("PRAGMA foreign_keys=ON");
        // What is deleted is overwritten, not left in free pages: an erased customer's contacts,
        // a pickup code, a lapsed record must not be readable from the file afterwards.
        exec("PRAGMA secure_delete=ON");
    } catch (...) {
        m_cache.clear();
        sqlite3_close(m_db);
        m_db = nullptr;
        throw;
    }
}

Database::~Database() {
    m_cache.clear(); // statements must be finalised before the connection closes
    sqlite3_close(m_db);
}

Query Database::prepare(const char* sql) {
    // Keyed by the literal's address: every call site passes a string literal.
    auto it = m_cache.find(sql);
    if (it != m_cache.end()) {
        it->second->reset();
        return Query(*it->second);
    }
    sqlite3_stmt* stmt = nullptr;
    if (int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr); rc != SQLITE_OK) {
        throwStoreError(m_db, rc, "prepare");
    }
    auto [inserted, _] = m_cache.emplace(sql, std::make_unique<Statement>(m_db, stmt));
    return Query(*inserted->second);
}

std::unique_ptr<Statement> Database::prepareOnce(const QString& sql) {
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (int rc = sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr);
        rc != SQLITE_OK) {
        throwStoreError(m_db, rc, "prepare");
    }
    return std::make_unique<Statement>(m_db, stmt);
}

void Database::interrupt() {
    sqlite3_interrupt(m_db);
}

void Database::exec(const char* sql) {
    char* message = nullptr;
    if (int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message); rc != SQLITE_OK) {
        std::string text = message != nullptr ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        throw StoreError(rc, text);
    }
}

void Database::exec(const QString& sql) {
    exec(sql.toUtf8().constData());
}

namespace {

// Until this returns true the file's contents may still be only in the OS's cache.
bool flushToDisk(const QString& file) {
#ifdef _WIN32
    const int fd = _wopen(reinterpret_cast<const wchar_t*>(file.utf16()), _O_RDWR | _O_BINARY);
    const bool flushed = fd >= 0 && _commit(fd) == 0;
    if (fd >= 0) {
        _close(fd);
    }
#else
    const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY | O_CLOEXEC);
    const bool flushed = fd >= 0 && ::fsync(fd) == 0;
    if (fd >= 0) {
        ::close(fd);
    }
#endif
    return flushed;
}

} // namespace

void Database::copyInto(const QString& file) {
    // The copy holds what the database holds: created for its owner only before SQLite fills it
    // (VACUUM INTO writes into an empty file and keeps its rights).
    if (!createPrivateFile(file)) {
        throw StoreError(SQLITE_CANTOPEN,
                         "cannot create " + file.toStdString() + ": it exists or the folder is not writable");
    }
    Query copy = prepare("VACUUM INTO ?1");
    copy->bind(1, file).run();
    if (!flushToDisk(file)) {
        throw StoreError(SQLITE_IOERR_FSYNC, "cannot flush " + file.toStdString() + " to disk");
    }
}

bool Database::inTransaction() const {
    return sqlite3_get_autocommit(m_db) == 0;
}

std::int64_t Database::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const {
    return sqlite3_changes(m_db);
}

int Database::userVersion() {
    Query query = prepare("PRAGMA user_version");
    query->step();
    return query->integer(0);
}

void Database::setUserVersion(int version) {
    exec(QStringLiteral("PRAGMA user_version=%1").arg(version));
}

void Database::disableAutoCheckpoint() {
    sqlite3_wal_autocheckpoint(m_db, 0);
}

void Database::checkpoint() {
    if (int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        rc != SQLITE_OK && rc != SQLITE_BUSY) {
        throwStoreError(m_db, rc, "checkpoint");
    }
}

void Database::emptyWriteAheadLog() {
    if (int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
        rc != SQLITE_OK && rc != SQLITE_BUSY) {
        throwStoreError(m_db, rc, "checkpoint");
    }
}

Transaction::Transaction(Database& db)
    : m_db(db) {
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (!m_done) {
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void Transaction::commit() {
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace kassa::core
