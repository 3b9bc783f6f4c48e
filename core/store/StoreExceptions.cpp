#include "StoreExceptions.h"

namespace kassa::core {

void StoreExceptions::add(const std::vector<StoreException>& exceptions) {
    Transaction transaction(m_db);
    for (const StoreException& e : exceptions) {
        Query insert = m_db.prepare("INSERT INTO store_exceptions (id, kind, store_id, till_id, document_id, detail, "
                                    "raised_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (id) DO NOTHING");
        insert->bind(1, e.id).bind(2, e.kind).bind(3, e.storeId).bind(4, e.tillId).bind(5, e.documentId);
        insert->bind(6, e.detail).bind(7, e.raisedAt).run();
    }
    transaction.commit();
}

std::int64_t StoreExceptions::lastId() {
    Query query = m_db.prepare("SELECT coalesce(max(id), 0) FROM store_exceptions");
    query->step();
    return query->int64(0);
}

std::vector<StoreException> StoreExceptions::latest(int count) {
    std::vector<StoreException> found;
    Query query = m_db.prepare("SELECT id, kind, store_id, till_id, document_id, detail, raised_at "
                               "FROM store_exceptions ORDER BY id DESC LIMIT ?1");
    query->bind(1, count);
    while (query->step()) {
        found.push_back(StoreException{query->int64(0), query->text(1), query->text(2), query->text(3), query->text(4),
                                       query->text(5), query->text(6)});
    }
    return found;
}

std::int64_t StoreExceptions::count() {
    Query query = m_db.prepare("SELECT count(*) FROM store_exceptions");
    query->step();
    return query->int64(0);
}

} // namespace kassa::core
