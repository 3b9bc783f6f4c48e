#include "Postgres.h"

#include <QUrl>
#include <QUrlQuery>
#include <libpq-fe.h>

namespace kassa::sync {

QString redactedDatabaseUrl(const QString& url) {
    QUrl parsed(url);
    if (!parsed.isValid()) {
        return QStringLiteral("(an unreadable database URL)");
    }
    parsed.setPassword(QString());
    QUrlQuery query(parsed);
    if (query.hasQueryItem(QStringLiteral("password"))) {
        query.removeAllQueryItems(QStringLiteral("password"));
        parsed.setQuery(query);
    }
    return parsed.toString(QUrl::RemovePassword);
}

bool isPostgresUrl(const QString& url) {
    return url.startsWith(QLatin1String("postgresql://")) || url.startsWith(QLatin1String("postgres://"));
}

namespace {

// SQLSTATE classes that mean the server is not there (08: connection exceptions, 57P0x: the
// server is shutting down or starting); everything else is a failure of the statement itself.
bool meansUnavailable(const char* sqlState) {
    const QByteArray state(sqlState == nullptr ? "" : sqlState);
    return state.startsWith("08") || state == "57P01" || state == "57P02" || state == "57P03";
}

} // namespace

PgResult::PgResult(pg_result* result)
    : m_result(result) {}

PgResult::PgResult(PgResult&& other) noexcept
    : m_result(std::exchange(other.m_result, nullptr)) {}

PgResult& PgResult::operator=(PgResult&& other) noexcept {
    if (this != &other) {
        PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

PgResult::~PgResult() {
    PQclear(m_result);
}

int PgResult::rows() const {
    return PQntuples(m_result);
}

bool PgResult::isNull(int row, int column) const {
    return PQgetisnull(m_result, row, column) != 0;
}

QString PgResult::text(int row, int column) const {
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

QByteArray PgResult::bytes(int row, int column) const {
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

std::int64_t PgResult::int64(int row, int column) const {
    return QByteArray(PQgetvalue(m_result, row, column)).toLongLong();
}

bool PgResult::boolean(int row, int column) const {
    return PQgetvalue(m_result, row, column)[0] == 't';
}

std::int64_t PgResult::affected() const {
    return QByteArray(PQcmdTuples(m_result)).toLongLong();
}

PgConnection::PgConnection(const QString& url)
    : m_url(url) {
    m_conn = PQconnectdb(url.toUtf8().constData());
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const std::string reason = PQerrorMessage(m_conn);
        PQfinish(m_conn);
        m_conn = nullptr;
        throw StoreUnavailable("cannot connect to the database " + redactedDatabaseUrl(url).toStdString() + ": " +
                               QString::fromUtf8(reason.c_str()).trimmed().toStdString());
    }
    PQsetNoticeProcessor(
        m_conn, [](void*, const char*) {}, nullptr); // "already exists" notices are expected
}

PgConnection::~PgConnection() {
    PQfinish(m_conn);
}

bool PgConnection::isBroken() const {
    return m_conn == nullptr || PQstatus(m_conn) != CONNECTION_OK;
}

bool PgConnection::reconnect() {
    m_prepared.clear(); // a new session knows none of them
    if (m_conn == nullptr) {
        m_conn = PQconnectdb(m_url.toUtf8().constData());
    } else {
        PQreset(m_conn);
    }
    return PQstatus(m_conn) == CONNECTION_OK;
}

void PgConnection::fail(pg_result* result, const char* sql) {
    const char* state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const std::string message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed().toStdString();
    const bool unavailable = isBroken() || meansUnavailable(state);
    PQclear(result);
    if (unavailable) {
        throw StoreUnavailable("the database " + redactedDatabaseUrl(m_url).toStdString() + " went away: " + message);
    }
    throw core::StoreError(1, "the database refused " + QByteArray(sql).left(60).toStdString() + "...: " + message);
}

PgResult PgConnection::exec(const char* sql, std::initializer_list<PgParam> params) {
    return exec(sql, std::vector<PgParam>(params));
}

PgResult PgConnection::finish(pg_result* result, const char* sql) {
    const ExecStatusType status = result != nullptr ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        fail(result, sql);
    }
    return PgResult(result);
}

const std::string& PgConnection::preparedName(const char* sql, int parameters) {
    const auto found = m_prepared.find(sql);
    if (found != m_prepared.end()) {
        return found->second;
    }
    // Built from a QByteArray: GCC 12 at -O3 misreads `"k" + std::to_string(n)` (-Wrestrict).
    std::string name =
        (QByteArrayLiteral("k") + QByteArray::number(static_cast<qulonglong>(m_prepared.size() + 1))).toStdString();
    finish(PQprepare(m_conn, name.c_str(), sql, parameters, nullptr), sql);
    return m_prepared.emplace(sql, std::move(name)).first->second;
}

PgResult PgConnection::exec(const char* sql, const std::vector<PgParam>& params) {
    if (m_conn == nullptr) {
        throw StoreUnavailable("the database " + redactedDatabaseUrl(m_url).toStdString() + " cannot be reached");
    }
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const PgParam& param : params) {
        values.push_back(param.value() ? param.value()->constData() : nullptr);
    }
    const int count = static_cast<int>(params.size());
    const std::string& name = preparedName(sql, count);
    return finish(PQexecPrepared(m_conn, name.c_str(), count, values.data(), nullptr, nullptr, 0), sql);
}

PgResult PgConnection::execOnce(const QByteArray& sql) {
    if (m_conn == nullptr) {
        throw StoreUnavailable("the database " + redactedDatabaseUrl(m_url).toStdString() + " cannot be reached");
    }
    return finish(PQexec(m_conn, sql.constData()), sql.constData());
}

void PgConnection::script(const char* sql) {
    pg_result* result = PQexec(m_conn, sql);
    const ExecStatusType status = result != nullptr ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        fail(result, sql);
    }
    PQclear(result);
}

PgPool::PgPool(QString url, int size)
    : m_url(std::move(url))
    , m_size(std::max(size, 1)) {
    m_idle.push_back(std::make_unique<PgConnection>(m_url));
    m_open = 1;
}

PgPool::~PgPool() = default;

PgPool::Lease PgPool::acquire() {
    std::unique_lock lock(m_mutex);
    m_freed.wait(lock, [this] { return !m_idle.empty() || m_open < m_size; });
    std::unique_ptr<PgConnection> connection;
    if (!m_idle.empty()) {
        connection = std::move(m_idle.back());
        m_idle.pop_back();
    } else {
        ++m_open; // counted before connecting, so the pool never grows past its size
        lock.unlock();
        try {
            connection = std::make_unique<PgConnection>(m_url);
        } catch (...) {
            std::lock_guard relock(m_mutex);
            --m_open;
            m_freed.notify_one();
            throw;
        }
        return Lease(*this, std::move(connection));
    }
    lock.unlock();
    if (connection->isBroken() && !connection->reconnect()) {
        giveBack(std::move(connection)); // kept: it reconnects when the server is back
        throw StoreUnavailable("the database " + redactedDatabaseUrl(m_url).toStdString() + " cannot be reached");
    }
    return Lease(*this, std::move(connection));
}

void PgPool::giveBack(std::unique_ptr<PgConnection> connection) {
    std::lock_guard lock(m_mutex);
    m_idle.push_back(std::move(connection));
    m_freed.notify_one();
}

PgPool::Lease::~Lease() {
    if (m_connection) {
        m_pool.giveBack(std::move(m_connection));
    }
}

PgTransaction::PgTransaction(PgConnection& connection, const char* begin)
    : m_connection(connection) {
    m_connection.script(begin);
}

PgTransaction::~PgTransaction() {
    if (!m_done) {
        try {
            m_connection.script("ROLLBACK");
        } catch (const std::exception&) {
            // The connection broke: the server rolls the transaction back itself.
        }
    }
}

void PgTransaction::commit() {
    m_connection.script("COMMIT");
    m_done = true;
}

} // namespace kassa::sync
