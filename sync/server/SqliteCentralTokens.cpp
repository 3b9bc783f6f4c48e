// SqliteCentralStore's integration tokens (see CentralStore.h).

#include "CentralSecrets.h"
#include "SqliteCentralReaders.h"

namespace kassa::sync {

namespace {

// Columns as the SELECTs below give them (each a whole literal: statements are cached by the
// SQL's address).
IntegrationToken readToken(core::Query& query) {
    return IntegrationToken{query->text(0), query->text(1).split(QLatin1Char(','), Qt::SkipEmptyParts), query->text(2),
                            query->text(3), query->text(4)};
}

} // namespace

QString SqliteCentralStore::createToken(const QString& name, const QStringList& scopes) {
    const QString token = newIntegrationToken();
    WriterLease lease = writer();
    core::Query query = lease.db.prepare(
        "INSERT INTO integration_tokens (token_hash, name, created_at, scopes) VALUES (?1, ?2, ?3, ?4)");
    query->bind(1, secretHash(token))
        .bind(2, name)
        .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(4, scopes.join(QLatin1Char(',')))
        .run();
    return token;
}

std::optional<IntegrationToken> SqliteCentralStore::findToken(const QString& token) {
    Readers::Lease db = m_readers->borrow();
    core::Query query =
        db->prepare("SELECT name, scopes, created_at, coalesce(last_used_at, ''), coalesce(revoked_at, '') "
                    "FROM integration_tokens WHERE token_hash = ?1 AND revoked_at IS NULL");
    query->bind(1, secretHash(token));
    return query->step() ? std::optional(readToken(query)) : std::nullopt;
}

void SqliteCentralStore::noteTokenUsed(const QString& token, const QString& at) {
    WriterLease lease = writer();
    core::Query query = lease.db.prepare("UPDATE integration_tokens SET last_used_at = ?2 WHERE token_hash = ?1");
    query->bind(1, secretHash(token)).bind(2, at).run();
}

std::vector<IntegrationToken> SqliteCentralStore::tokens() {
    Readers::Lease db = m_readers->borrow();
    core::Query query =
        db->prepare("SELECT name, scopes, created_at, coalesce(last_used_at, ''), coalesce(revoked_at, '') "
                    "FROM integration_tokens ORDER BY created_at, name");
    std::vector<IntegrationToken> all;
    while (query->step()) {
        all.push_back(readToken(query));
    }
    return all;
}

int SqliteCentralStore::revokeToken(const QString& name, const QString& at) {
    WriterLease lease = writer();
    core::Query query =
        lease.db.prepare("UPDATE integration_tokens SET revoked_at = ?2 WHERE name = ?1 AND revoked_at IS NULL");
    query->bind(1, name).bind(2, at).run();
    return lease.db.changes();
}

} // namespace kassa::sync
