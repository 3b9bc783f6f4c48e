#include "MasterData.h"

#include "CatalogTables.h"
#include "Customers.h"
#include "Settings.h"

#include <chrono>
#include <map>
#include <thread>

namespace kassa::core {

namespace {

// A first load's tables mirror the live ones (see CatalogTables), plus load_gtin_rows: inserting
// a million random GTINs into a keyed table one page at a time would rewrite most of its pages at
// every commit, so a load keeps them as plain rows and builds the keyed table from them in
// sorted slices at the end (see finishLoad). The load's search index has no triggers: it is
// built in bulk once the products are all there.
void createLoadTables(Database& db, const QString& gtinIndexName) {
    const QString prefix = QStringLiteral("load_");
    catalogTables::createProducts(db, prefix, gtinIndexName);
    catalogTables::createTaxRates(db, prefix);
    catalogTables::createPrices(db, prefix);
    db.exec(R"sql(
        CREATE TABLE load_gtin_rows (
            product_id INTEGER NOT NULL,
            gtin       TEXT NOT NULL
        );
        CREATE INDEX load_gtin_rows_product ON load_gtin_rows (product_id);
    )sql");
}

bool tableHasRows(Database& db, const QString& table) {
    const auto exists = db.prepareOnce(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(table));
    return exists->step() && exists->int64(0) != 0;
}

} // namespace

FeedCheckpoint MasterData::checkpoint() const {
    using namespace settingKeys;
    Settings settings(m_db);
    FeedCheckpoint checkpoint;
    checkpoint.generation = settings.value(kFeedGeneration);
    checkpoint.cursor = settings.value(kFeedCursor).toLongLong();
    const QString loadCursor = settings.value(kFeedLoadCursor);
    checkpoint.loading = !loadCursor.isEmpty();
    checkpoint.loadCursor = loadCursor.toLongLong();
    return checkpoint;
}

std::int64_t MasterData::nextSince() const {
    const FeedCheckpoint now = checkpoint();
    return now.loading ? now.loadCursor : now.cursor;
}

Result<FeedProgress> MasterData::take(const ChangePage& page, std::int64_t since) {
    using namespace settingKeys;
    FeedProgress progress;
    try {
        // A first load writes all over the catalog's indexes: with SQLite's default 2 MB page
        // cache every page would be read and written again and again. Its pages can be fetched
        // again, so they need no flush to disk each (a power cut loses at most the last ones,
        // with their checkpoint); everything else this connection writes stays FULL.
        FeedCheckpoint now = checkpoint();
        m_db.exec("PRAGMA cache_size = -65536");
        m_db.exec(now.loading ? "PRAGMA synchronous = NORMAL" : "PRAGMA synchronous = FULL");
        Transaction transaction(m_db);
        Settings settings(m_db);
        if (page.head == 0) {
            // Central holds no master data (yet): the till keeps what it has.
            progress.caughtUp = true;
            progress.nextSince = now.loading ? now.loadCursor : now.cursor;
            return progress;
        }
        const QString loadGeneration = settings.value(kFeedLoadGeneration);
        const bool newGeneration = now.loading ? page.generation != loadGeneration : page.generation != now.generation;
        if (newGeneration) {
            progress.centralRestored = !(now.loading ? loadGeneration : now.generation).isEmpty();
            // A till that has never loaded, or whose central was restored or replaced: load everything
            // again beside what it sells from now.
            startLoad(page.generation);
            now.loading = true;
            if (since != 0) {
                transaction.commit();
                progress.nextSince = 0;
                return progress;
            }
        }
        const bool staged = now.loading;
        if (staged && !page.changes.empty() &&
            !(settings.value(kFeedLoadIndexed).isEmpty() && settings.value(kFeedLoadGtins).isEmpty())) {
            // Central changed more while the load was being finished (and the till stopped):
            // the keyed GTINs and the search index are built again from the data as it will be.
            m_db.exec("INSERT INTO load_product_search (load_product_search) VALUES ('delete-all'); "
                      "DELETE FROM load_product_gtins;");
            settings.remove(kFeedLoadIndexed);
            settings.remove(kFeedLoadGtins);
        }
        for (const FeedChange& change : page.changes) {
            applyChange(change, staged ? FeedTarget::Staged : FeedTarget::Live);
            ++progress.applied;
        }
        for (const MasterDataFeed& feed : masterDataFeeds()) {
            if (feed.afterPage != nullptr &&
                std::any_of(page.changes.begin(), page.changes.end(),
                            [&feed](const FeedChange& change) { return change.feed == QLatin1String(feed.name); })) {
                feed.afterPage(m_db, page.changes);
            }
        }
        const std::int64_t next = page.nextSince(since);
        progress.caughtUp = next >= page.head;
        settings.setValue(QString::fromLatin1(staged ? kFeedLoadCursor : kFeedCursor), QString::number(next));
        progress.nextSince = next;
        transaction.commit();
        if (forgetsACustomer(page.changes)) {
            m_db.emptyWriteAheadLog(); // the log's older frames hold what was just erased
        }
        yieldToSales();
        if (staged && progress.caughtUp) {
            finishLoad();
            swapInLoad(page.generation, next);
            m_db.exec("PRAGMA synchronous = FULL");
            progress.swapped = true;
        }
    } catch (const StoreError& error) {
        return error.toError();
    } catch (const UnreadableItem& error) {
        return makeError(ErrorCode::InvalidInput, QString::fromUtf8(error.what()));
    }
    if (progress.swapped) {
        try {
            Transaction transaction(m_db);
            dropTablesLeftByASwap();
            transaction.commit();
        } catch (const StoreError&) {
            // The swapped-in data stands; the old tables go at the next load.
        }
    }
    return progress;
}

bool MasterData::wantsMemberSnapshot() const {
    const FeedCheckpoint now = checkpoint();
    if (!now.loading) {
        return now.generation.isEmpty();
    }
    return now.loadCursor == 0 && !membersFromSnapshot();
}

std::optional<MembersFromSnapshot> MasterData::membersFromSnapshot() const {
    using namespace settingKeys;
    Settings settings(m_db);
    const QString through = settings.value(kFeedLoadMembersThrough);
    if (through.isEmpty()) {
        return std::nullopt;
    }
    return MembersFromSnapshot{through.toLongLong(), settings.value(kFeedLoadMembersKey)};
}

Result<std::int64_t> MasterData::takeMemberSnapshot(const MemberSnapshotFile& snapshot) {
    using namespace settingKeys;
    bool attached = false;
    try {
        {
            Transaction transaction(m_db);
            const FeedCheckpoint now = checkpoint();
            Settings settings(m_db);
            const bool sameLoad = now.loading && settings.value(kFeedLoadGeneration) == snapshot.generation;
            if (sameLoad && now.loadCursor != 0) {
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("a first load from the change feed is under way: it goes on without "
                                                "a members snapshot"));
            }
            if (!sameLoad) {
                startLoad(snapshot.generation);
            }
            settings.remove(kFeedLoadMembersThrough);
            settings.remove(kFeedLoadMembersKey);
            settings.remove(kFeedLoadMembersCopied);
            transaction.commit();
        }
        m_db.exec("PRAGMA cache_size = -65536; PRAGMA synchronous = NORMAL");
        m_db.prepareOnce(QStringLiteral("ATTACH DATABASE ?1 AS member_snapshot"))->bind(1, snapshot.path).run();
        attached = true;
        const std::int64_t copied = copyMembers(snapshot);
        m_db.exec("DETACH DATABASE member_snapshot");
        attached = false;
        Transaction transaction(m_db);
        Settings settings(m_db);
        settings.setValue(QString::fromLatin1(kFeedLoadMembersThrough), QString::number(snapshot.change));
        settings.setValue(QString::fromLatin1(kFeedLoadMembersKey), snapshot.keyFingerprint);
        settings.remove(kFeedLoadMembersCopied);
        transaction.commit();
        return copied;
    } catch (const StoreError& error) {
        detachMemberSnapshot(attached);
        return error.toError();
    } catch (const UnreadableItem& error) {
        detachMemberSnapshot(attached);
        return makeError(ErrorCode::InvalidInput, QString::fromUtf8(error.what()));
    }
}

void MasterData::detachMemberSnapshot(bool attached) {
    if (!attached) {
        return;
    }
    try {
        m_db.exec("DETACH DATABASE member_snapshot");
    } catch (const StoreError&) {
        // The connection keeps it attached until it closes; the load goes on from the feed.
    }
}

// The snapshot's members into the customers, after checking the file is the snapshot its header
// named. A member this till keeps in full (its own store's, or one looked up lately) is left as it
// is: the feed brings the own store's ones, and a looked-up record is limited when its time is up.
std::int64_t MasterData::copyMembers(const MemberSnapshotFile& snapshot) {
    std::map<QString, QString> meta;
    {
        const auto rows = m_db.prepareOnce(QStringLiteral("SELECT key, value FROM member_snapshot.snapshot"));
        while (rows->step()) {
            meta.emplace(rows->text(0), rows->text(1));
        }
    }
    const std::map<QString, QString> expected = {{QStringLiteral("kind"), QStringLiteral("members")},
                                                 {QStringLiteral("format"), QStringLiteral("1")},
                                                 {QStringLiteral("generation"), snapshot.generation},
                                                 {QStringLiteral("change"), QString::number(snapshot.change)},
                                                 {QStringLiteral("key"), snapshot.keyFingerprint}};
    if (meta != expected) {
        throw UnreadableItem("the members snapshot's file is not the snapshot its header names");
    }
    inSlices(settingKeys::kFeedLoadMembersCopied, 20,
             "SELECT max(n) FROM (SELECT n FROM member_snapshot.members WHERE n > ?1 ORDER BY n LIMIT ?2)",
             "INSERT INTO customers (id, name, search_text, body, card_check, phone_check, email_check) "
             "SELECT json_extract(m.value, '$.id'), coalesce(json_extract(m.value, '$.first_name'), ''), '', "
             "m.value, json_extract(m.value, '$.card_check'), json_extract(m.value, '$.phone_check'), "
             "json_extract(m.value, '$.email_check') FROM member_snapshot.members c, json_each(c.items) m "
             "WHERE c.n > ?1 AND c.n <= ?2 "
             "ON CONFLICT (id) DO UPDATE SET name = excluded.name, body = excluded.body, "
             "card_check = excluded.card_check, phone_check = excluded.phone_check, "
             "email_check = excluded.email_check "
             "WHERE customers.search_text = '' AND customers.body IS NOT excluded.body");
    const auto count = m_db.prepareOnce(
        QStringLiteral("SELECT coalesce(sum(json_array_length(items)), 0) FROM member_snapshot.members"));
    count->step();
    return count->int64(0);
}

// Builds what a load defers to its end, in slices of rows of one transaction each, so sales
// commit in between, each slice remembered so a restart resumes there:
//  - the keyed GTIN table, from the GTIN rows sorted per slice (a later row wins a GTIN);
//  - the search index: FTS5 writes its pending index at every statement savepoint, so
//    indexing from a trigger would write a segment per product; one statement per slice does not;
//  - the indexes of the customers' checks, each by one statement (Customers::dropCheckIndexes).
void MasterData::finishLoad() {
    using namespace settingKeys;
    inSlices(kFeedLoadGtins, 20'000,
             "SELECT max(rowid) FROM (SELECT rowid FROM load_gtin_rows WHERE rowid > ?1 ORDER BY rowid LIMIT ?2)",
             "INSERT INTO load_product_gtins (gtin, product_id) SELECT gtin, product_id FROM load_gtin_rows "
             "WHERE rowid > ?1 AND rowid <= ?2 ORDER BY gtin, rowid "
             "ON CONFLICT (gtin) DO UPDATE SET product_id = excluded.product_id");
    inSlices(kFeedLoadIndexed, 5'000,
             "SELECT max(id) FROM (SELECT id FROM load_products WHERE id > ?1 ORDER BY id LIMIT ?2)",
             "INSERT INTO load_product_search (rowid, search_text) SELECT " KASSA_SEARCH_RANK(
                 "p") ", p.search_text FROM load_products p WHERE p.id > ?1 AND p.id <= ?2");
    Customers::buildCheckIndexes(m_db, yieldToSales);
}

void MasterData::inSlices(const char* progressKey, int sliceRows, const char* sliceEndSql, const char* workSql) {
    Settings settings(m_db);
    for (;;) {
        Transaction transaction(m_db);
        const std::int64_t done = settings.value(progressKey).toLongLong();
        Query end = m_db.prepare(sliceEndSql);
        end->bind(1, done).bind(2, sliceRows);
        if (!end->step() || end->isNull(0)) {
            return;
        }
        const std::int64_t upTo = end->int64(0);
        Query work = m_db.prepare(workSql);
        work->bind(1, done).bind(2, upTo).run();
        settings.setValue(QString::fromLatin1(progressKey), QString::number(upTo));
        transaction.commit();
        yieldToSales();
    }
}

// A moment between two background write transactions, so a sale waiting for the write lock
// (see Database's busy handler) takes it before the next one starts.
void MasterData::yieldToSales() {
    std::this_thread::sleep_for(std::chrono::milliseconds(3));
}

void MasterData::startLoad(const QString& generation) {
    using namespace settingKeys;
    dropTablesLeftByASwap();
    // Customers are loaded into the live table (a till keeps the records it has): a load of the
    // chain's members writes them without the indexes of their checks, built at its end.
    Customers::dropCheckIndexes(m_db);
    m_db.exec("DROP TABLE IF EXISTS load_product_gtins; DROP TABLE IF EXISTS load_products; "
              "DROP TABLE IF EXISTS load_product_search; DROP TABLE IF EXISTS load_tax_rates; "
              "DROP TABLE IF EXISTS load_product_prices; DROP TABLE IF EXISTS load_gtin_rows;");
    Query liveIndex = m_db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' "
                                   "AND tbl_name = 'product_gtins' AND name IN (?1, ?2)");
    liveIndex->bind(1, QString::fromLatin1(catalogTables::kGtinIndex))
        .bind(2, QString::fromLatin1(catalogTables::kOtherGtinIndex));
    const bool liveUsesFirst = liveIndex->step() && liveIndex->text(0) == QLatin1String(catalogTables::kGtinIndex);
    createLoadTables(m_db,
                     QString::fromLatin1(liveUsesFirst ? catalogTables::kOtherGtinIndex : catalogTables::kGtinIndex));
    Settings settings(m_db);
    settings.setValue(QString::fromLatin1(kFeedLoadGeneration), generation);
    settings.setValue(QString::fromLatin1(kFeedLoadCursor), QStringLiteral("0"));
    settings.remove(kFeedLoadIndexed);
    settings.remove(kFeedLoadGtins);
    settings.remove(kFeedLoadMembersThrough);
    settings.remove(kFeedLoadMembersKey);
}

void MasterData::applyChange(const FeedChange& change, FeedTarget target) {
    // A feed this till does not know yet (a newer central) is skipped: it will be loaded again
    // from zero by the version of Kassa that knows it.
    if (const MasterDataFeed* feed = findMasterDataFeed(change.feed)) {
        feed->apply(m_db, change, target);
    }
}

void MasterData::swapInLoad(const QString& generation, std::int64_t cursor) {
    using namespace settingKeys;
    Transaction transaction(m_db);
    if (tableHasRows(m_db, QStringLiteral("load_products"))) {
        // The search triggers are made again: they must name the tables as they are after the
        // renames.
        catalogTables::dropSearchTriggers(m_db);
        m_db.exec(R"sql(
            ALTER TABLE products RENAME TO old_products;
            ALTER TABLE product_gtins RENAME TO old_product_gtins;
            ALTER TABLE product_search RENAME TO old_product_search;
            ALTER TABLE load_products RENAME TO products;
            ALTER TABLE load_product_gtins RENAME TO product_gtins;
            ALTER TABLE load_product_search RENAME TO product_search;
        )sql");
        catalogTables::createSearchTriggers(m_db);
    }
    if (tableHasRows(m_db, QStringLiteral("load_tax_rates"))) {
        m_db.exec("ALTER TABLE tax_rates RENAME TO old_tax_rates; ALTER TABLE load_tax_rates RENAME TO tax_rates;");
    }
    m_db.exec("ALTER TABLE product_prices RENAME TO old_product_prices; "
              "ALTER TABLE load_product_prices RENAME TO product_prices;");
    // What was not swapped in (an empty group) is dropped with the rest of the load.
    m_db.exec("DROP TABLE IF EXISTS load_product_gtins; DROP TABLE IF EXISTS load_products; "
              "DROP TABLE IF EXISTS load_product_search; DROP TABLE IF EXISTS load_tax_rates;");
    Settings settings(m_db);
    settings.setValue(QString::fromLatin1(kFeedGeneration), generation);
    settings.setValue(QString::fromLatin1(kFeedCursor), QString::number(cursor));
    settings.remove(kFeedLoadGeneration);
    settings.remove(kFeedLoadCursor);
    settings.remove(kFeedLoadIndexed);
    settings.remove(kFeedLoadGtins);
    settings.remove(kFeedLoadMembersThrough);
    settings.remove(kFeedLoadMembersKey);
    transaction.commit();
}

// The child table first: dropping a parent that still has children makes SQLite delete its
// rows one by one to check the foreign key.
void MasterData::dropTablesLeftByASwap() {
    m_db.exec("DROP TABLE IF EXISTS load_gtin_rows; DROP TABLE IF EXISTS old_product_gtins; "
              "DROP TABLE IF EXISTS old_products; "
              "DROP TABLE IF EXISTS old_product_search; DROP TABLE IF EXISTS old_tax_rates; "
              "DROP TABLE IF EXISTS old_product_prices;");
}

} // namespace kassa::core
