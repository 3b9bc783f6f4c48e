// SqliteCentralStore's reads of the customers feed for tills: the members a members snapshot
// holds, whether an erasure came after one, and who bought at a store (see CentralStore.h).

#include "SqliteCentralReaders.h"

namespace kassa::sync {

FeedPoint SqliteCentralStore::readMembers(const QString& keyFingerprint,
                                          const std::function<void(const QByteArray& limitedItem)>& each) {
    Readers::Lease db = m_readers->borrow();
    ReadSnapshot snapshot(*db);
    FeedPoint point;
    core::Query generation = db->prepare("SELECT value FROM central_meta WHERE key = 'generation'");
    point.generation = generation->step() ? generation->text(0) : QString();
    core::Query head = db->prepare("SELECT coalesce(max(change_no), 0) FROM master_data");
    head->step();
    point.head = head->int64(0);
    core::Query members = db->prepare("SELECT limited_item FROM master_data WHERE feed = 'customers' AND removed = 0 "
                                      "AND limited_key = ?1 AND limited_item IS NOT NULL");
    members->bind(1, keyFingerprint);
    while (members->step()) {
        each(members->blob(0));
    }
    return point;
}

bool SqliteCentralStore::customerErasedAfter(std::int64_t change) {
    Readers::Lease db = m_readers->borrow();
    core::Query erased = db->prepare("SELECT EXISTS (SELECT 1 FROM master_data WHERE change_no > ?1 AND "
                                     "feed = 'customers' AND removed = 1 AND json_extract(item, '$.erased') = 1)");
    erased->bind(1, change);
    return erased->step() && erased->integer(0) != 0;
}

std::map<QString, QString> SqliteCentralStore::customersSeenAt(const QString& storeId, const QStringList& ids,
                                                               const QString& since) {
    Readers::Lease db = m_readers->borrow();
    core::Query query = db->prepare("SELECT customer_id, max(at) FROM customer_documents WHERE customer_id IN "
                                    "(SELECT value FROM json_each(?1)) AND store_id = ?2 AND at >= ?3 "
                                    "GROUP BY customer_id");
    query->bind(1, jsonList(QSet<QString>(ids.begin(), ids.end()))).bind(2, storeId).bind(3, since);
    std::map<QString, QString> seen;
    while (query->step()) {
        seen.emplace(query->text(0), query->text(1));
    }
    return seen;
}

} // namespace kassa::sync
