// PostgresCentralStore's integration tokens (see CentralStore.h).

#include "CentralSecrets.h"
#include "Postgres.h"
#include "PostgresCentralStore.h"

#include <QDateTime>

namespace kassa::sync {

namespace {

// Columns as the SELECTs below give them (each a whole literal: statements are cached by the
// SQL's address).
IntegrationToken readToken(const PgResult& rows, int row) {
    return IntegrationToken{rows.text(row, 0), rows.text(row, 1).split(QLatin1Char(','), Qt::SkipEmptyParts),
                            rows.text(row, 2), rows.text(row, 3), rows.text(row, 4)};
}

} // namespace

QString PostgresCentralStore::createToken(const QString& name, const QStringList& scopes) {
    const QString token = newIntegrationToken();
    PgPool::Lease db = m_pool->acquire();
    db->exec("INSERT INTO integration_tokens (token_hash, name, created_at, scopes) VALUES ($1, $2, $3, $4)",
             {secretHash(token), name, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
              scopes.join(QLatin1Char(','))});
    return token;
}

std::optional<IntegrationToken> PostgresCentralStore::findToken(const QString& token) {
    PgPool::Lease db = m_pool->acquire();
    const PgResult row =
        db->exec("SELECT name, scopes, created_at, coalesce(last_used_at, ''), coalesce(revoked_at, '') "
                 "FROM integration_tokens WHERE token_hash = $1 AND revoked_at IS NULL",
                 {secretHash(token)});
    return row.rows() == 0 ? std::nullopt : std::optional(readToken(row, 0));
}

void PostgresCentralStore::noteTokenUsed(const QString& token, const QString& at) {
    PgPool::Lease db = m_pool->acquire();
    db->exec("UPDATE integration_tokens SET last_used_at = $2 WHERE token_hash = $1", {secretHash(token), at});
}

std::vector<IntegrationToken> PostgresCentralStore::tokens() {
    PgPool::Lease db = m_pool->acquire();
    const PgResult rows =
        db->exec("SELECT name, scopes, created_at, coalesce(last_used_at, ''), coalesce(revoked_at, '') "
                 "FROM integration_tokens ORDER BY created_at, name");
    std::vector<IntegrationToken> all;
    for (int row = 0; row < rows.rows(); ++row) {
        all.push_back(readToken(rows, row));
    }
    return all;
}

int PostgresCentralStore::revokeToken(const QString& name, const QString& at) {
    PgPool::Lease db = m_pool->acquire();
    return static_cast<int>(
        db->exec("UPDATE integration_tokens SET revoked_at = $2 WHERE name = $1 AND revoked_at IS NULL", {name, at})
            .affected());
}

} // namespace kassa::sync
