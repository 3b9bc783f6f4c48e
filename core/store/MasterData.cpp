#include "MasterData.h"

#include "../domain/Key.h"
#include "Settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <array>
#include <chrono>
#include <thread>

namespace kassa::core {

namespace {

Error invalid(const QString& reason) {
    return makeError(ErrorCode::InvalidInput, reason);
}

QString utcText(const QDateTime& at) {
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

// An ISO 8601 time with its zone ("2026-12-01T00:00:00+02:00" or "...Z"): a price change
// must say whose midnight it means.
std::optional<QDateTime> parseZonedTime(const QJsonValue& value) {
    const QString text = value.toString();
    const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime) {
        return std::nullopt;
    }
    return at.toUTC();
}

QString keyOf(std::initializer_list<QString> parts) {
    QJsonArray array;
    for (const QString& part : parts) {
        array.append(part);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

bool isTaxCode(const QString& code) {
    if (code.isEmpty() || code.size() > 8) {
        return false;
    }
    return std::all_of(code.begin(), code.end(), [](QChar c) { return c.isDigit() || (c >= u'A' && c <= u'Z'); });
}

} // namespace

Result<PriceEntry> parsePriceEntry(const QJsonObject& json) {
    PriceEntry entry;
    entry.book = validKey(json.value(QStringLiteral("book")).toString());
    entry.sku = validKey(json.value(QStringLiteral("sku")).toString());
    if (entry.book.isEmpty()) {
        return invalid(
            QStringLiteral("\"book\" must name the price book in 1 to 64 characters without control characters"));
    }
    if (entry.sku.isEmpty()) {
        return invalid(QStringLiteral("\"sku\" must be a text of 1 to 64 characters without control characters"));
    }
    const auto from = parseZonedTime(json.value(QStringLiteral("valid_from")));
    if (!from) {
        return invalid(QStringLiteral("\"valid_from\" must be a time with its zone, such as "
                                      "\"2026-12-01T00:00:00+02:00\""));
    }
    entry.validFrom = *from;
    if (json.value(QStringLiteral("removed")).toBool()) {
        return entry;
    }
    const QJsonValue to = json.value(QStringLiteral("valid_to"));
    if (!to.isUndefined() && !to.isNull()) {
        entry.validTo = parseZonedTime(to);
        if (!entry.validTo || *entry.validTo <= entry.validFrom) {
            return invalid(QStringLiteral("\"valid_to\" must be null or a time with its zone after \"valid_from\""));
        }
    }
    const auto price = Money::parse(json.value(QStringLiteral("price")).toString());
    if (!json.value(QStringLiteral("price")).isString() || !price || price->isNegative()) {
        return invalid(QStringLiteral("\"price\" must be a decimal string such as \"2.49\""));
    }
    entry.price = price.value();
    return entry;
}

QJsonObject toJson(const PriceEntry& entry) {
    return QJsonObject{
        {QStringLiteral("book"), entry.book},
        {QStringLiteral("sku"), entry.sku},
        {QStringLiteral("price"), entry.price.toDecimalString()},
        {QStringLiteral("valid_from"), utcText(entry.validFrom)},
        {QStringLiteral("valid_to"), entry.validTo ? QJsonValue(utcText(*entry.validTo)) : QJsonValue()}};
}

QString feedKey(const PriceEntry& entry) {
    return keyOf({entry.book, entry.sku, utcText(entry.validFrom)});
}

Result<TaxRate> parseTaxRateItem(const QJsonObject& json) {
    TaxRate rate;
    rate.code = json.value(QStringLiteral("code")).toString();
    if (!isTaxCode(rate.code)) {
        return invalid(QStringLiteral("\"code\" must be 1 to 8 capital letters or digits, such as \"A\""));
    }
    rate.validFrom = QDate::fromString(json.value(QStringLiteral("valid_from")).toString(), Qt::ISODate);
    if (!rate.validFrom.isValid()) {
        return invalid(QStringLiteral("\"valid_from\" must be a date such as \"2026-01-01\""));
    }
    if (json.value(QStringLiteral("removed")).toBool()) {
        return rate;
    }
    // A percentage with at most two decimals is, digit for digit, an amount in cents: "25.5" -> 2550 bp.
    const auto percent = Money::parse(json.value(QStringLiteral("rate")).toString());
    if (!json.value(QStringLiteral("rate")).isString() || !percent || percent->isNegative() ||
        percent->cents() >= 10000) {
        return invalid(
            QStringLiteral("\"rate\" must be a percentage string from \"0\" to \"99.99\", such as \"25.5\""));
    }
    rate.basisPoints = static_cast<int>(percent->cents());
    return rate;
}

QJsonObject toJson(const TaxRate& rate) {
    return QJsonObject{{QStringLiteral("code"), rate.code},
                       {QStringLiteral("valid_from"), rate.validFrom.toString(Qt::ISODate)},
                       {QStringLiteral("rate"), Money(rate.basisPoints).toDecimalString()}};
}

QString feedKey(const TaxRate& rate) {
    return keyOf({rate.code, rate.validFrom.toString(Qt::ISODate)});
}

Result<FeedItem> parseFeedItem(QStringView feed, const QJsonObject& json, const TaxTable& taxes) {
    const bool removed = json.value(QStringLiteral("removed")).toBool();
    if (feed == QLatin1String(feeds::kProducts)) {
        if (removed) {
            const QString sku = validKey(json.value(QStringLiteral("sku")).toString());
            if (sku.isEmpty()) {
                return invalid(QStringLiteral("a removal needs the product's \"sku\" (1 to 64 characters without "
                                              "control characters)"));
            }
            return FeedItem{sku, QJsonObject{{QStringLiteral("sku"), sku}}, true};
        }
        auto item = parseCatalogItem(json, &taxes);
        if (!item) {
            return item.error();
        }
        return FeedItem{item->product.sku, toCatalogJson(item.value()), false};
    }
    if (feed == QLatin1String(feeds::kPrices)) {
        auto entry = parsePriceEntry(json);
        if (!entry) {
            return entry.error();
        }
        QJsonObject item = toJson(entry.value());
        if (removed) {
            item = QJsonObject{{QStringLiteral("book"), entry->book},
                               {QStringLiteral("sku"), entry->sku},
                               {QStringLiteral("valid_from"), utcText(entry->validFrom)}};
        }
        return FeedItem{feedKey(entry.value()), item, removed};
    }
    if (feed == QLatin1String(feeds::kTaxCodes)) {
        auto rate = parseTaxRateItem(json);
        if (!rate) {
            return rate.error();
        }
        QJsonObject item = toJson(rate.value());
        if (removed) {
            item.remove(QStringLiteral("rate"));
        }
        return FeedItem{feedKey(rate.value()), item, removed};
    }
    return invalid(QStringLiteral("unknown feed \"%1\"").arg(feed));
}

// ---------------------------------------------------------------------------------------------
// The till side.

namespace {

// The statements that write master data, once for the live tables and once for the load_*
// tables of a first load. Built once; the statement cache is keyed by their addresses.
struct WriteSql {
    QByteArray updateProduct;
    QByteArray insertProduct;
    QByteArray freePlu;
    QByteArray deleteGtins;
    QByteArray insertGtin;
    QByteArray deleteProductGtins;
    QByteArray deleteProduct;
    QByteArray upsertPrice;
    QByteArray deletePrice;
    QByteArray upsertTaxRate;
    QByteArray deleteTaxRate;
};

// A load keeps GTINs as plain rows in load_gtin_rows: inserting a million random GTINs into a
// keyed table one page at a time would rewrite most of its pages at every commit. The keyed
// table is built from the rows in sorted slices at the end (see finishLoad).
WriteSql makeWriteSql(const char* prefix, const char* gtins) {
    const auto sql = [prefix, gtins](const char* text) {
        return QByteArray(text).replace("{p}", prefix).replace("{gtins}", gtins);
    };
    return WriteSql{
        sql("UPDATE {p}products SET name = ?2, brand = ?3, price_cents = ?4, tax_code = ?5, unit = ?6, plu = ?7, "
            "attributes = ?8 WHERE sku = ?1 RETURNING id"),
        // A new row keeps the id the live catalog has for the SKU; a product new to the till
        // gets an id above both tables, so a later swap never collides.
        sql("INSERT INTO {p}products (id, sku, name, brand, price_cents, tax_code, unit, plu, attributes, "
            "popularity, quick_key) VALUES ("
            "coalesce((SELECT id FROM products WHERE sku = ?1), max((SELECT coalesce(max(id), 0) FROM products), "
            "(SELECT coalesce(max(id), 0) FROM {p}products)) + 1), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
            "coalesce((SELECT popularity FROM products WHERE sku = ?1), 0), "
            "(SELECT quick_key FROM products WHERE sku = ?1)) ON CONFLICT (sku) DO NOTHING RETURNING id"),
        // Central's latest word wins: a PLU moved to another product leaves the old one.
        sql("UPDATE {p}products SET plu = NULL WHERE plu = ?1 AND sku <> ?2"),
        sql("DELETE FROM {gtins} WHERE product_id = ?1"),
        QByteArray(gtins) == "product_gtins" ? sql("INSERT INTO product_gtins (gtin, product_id) VALUES (?1, ?2) "
                                                   "ON CONFLICT (gtin) DO UPDATE SET product_id = excluded.product_id")
                                             : sql("INSERT INTO {gtins} (gtin, product_id) VALUES (?1, ?2)"),
        sql("DELETE FROM {gtins} WHERE product_id = (SELECT id FROM {p}products WHERE sku = ?1)"),
        sql("DELETE FROM {p}products WHERE sku = ?1"),
        sql("INSERT OR REPLACE INTO {p}product_prices (sku, valid_from, book, valid_to, price_cents) "
            "VALUES (?1, ?2, ?3, ?4, ?5)"),
        sql("DELETE FROM {p}product_prices WHERE sku = ?1 AND valid_from = ?2 AND book = ?3"),
        sql("INSERT OR REPLACE INTO {p}tax_rates (code, valid_from, rate_bp) VALUES (?1, ?2, ?3)"),
        sql("DELETE FROM {p}tax_rates WHERE code = ?1 AND valid_from = ?2"),
    };
}

const WriteSql& writeSql(bool staged) {
    static const WriteSql live = makeWriteSql("", "product_gtins");
    static const WriteSql load = makeWriteSql("load_", "load_gtin_rows");
    return staged ? load : live;
}

// The load_* tables mirror the live ones. Their FTS index names `products` as its content
// table: it is only ever written with explicit values while loading, and after the swap
// `products` is the table it indexes. It has no triggers: it is built in bulk once the
// products are all there (see finishLoad).
void createLoadTables(Database& db, const QString& gtinIndexName) {
    db.exec(R"sql(
        CREATE TABLE load_products (
            id          INTEGER PRIMARY KEY,
            sku         TEXT NOT NULL UNIQUE,
            name        TEXT NOT NULL,
            brand       TEXT NOT NULL DEFAULT '',
            price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
            tax_code    TEXT NOT NULL,
            unit        TEXT NOT NULL CHECK (unit IN ('pcs', 'kg')),
            plu         INTEGER UNIQUE,
            attributes  TEXT NOT NULL DEFAULT '{}',
            popularity  INTEGER NOT NULL DEFAULT 0,
            quick_key   INTEGER UNIQUE
        );
        CREATE TABLE load_product_gtins (
            gtin       TEXT PRIMARY KEY,
            product_id INTEGER NOT NULL REFERENCES load_products (id) ON DELETE CASCADE
        ) WITHOUT ROWID;
        CREATE VIRTUAL TABLE load_product_search USING fts5 (
            name, brand, sku,
            content = 'products', content_rowid = 'id',
            prefix = '2 3', tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE TABLE load_gtin_rows (
            product_id INTEGER NOT NULL,
            gtin       TEXT NOT NULL
        );
        CREATE INDEX load_gtin_rows_product ON load_gtin_rows (product_id);
        CREATE TABLE load_tax_rates (
            code       TEXT NOT NULL,
            valid_from TEXT NOT NULL,
            rate_bp    INTEGER NOT NULL CHECK (rate_bp >= 0 AND rate_bp < 10000),
            PRIMARY KEY (code, valid_from)
        ) WITHOUT ROWID;
        CREATE TABLE load_product_prices (
            sku         TEXT NOT NULL,
            valid_from  TEXT NOT NULL,
            book        TEXT NOT NULL,
            valid_to    TEXT,
            price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
            PRIMARY KEY (sku, valid_from, book)
        ) WITHOUT ROWID;
    )sql");
    // Index names are global and cannot be renamed: the load's index takes whichever of two
    // names the live table's index does not use.
    db.exec(QStringLiteral("CREATE INDEX %1 ON load_product_gtins (product_id)").arg(gtinIndexName));
}

bool tableHasRows(Database& db, const QString& table) {
    const auto exists = db.prepareOnce(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(table));
    return exists->step() && exists->int64(0) != 0;
}

} // namespace

namespace {

// An item central sent that this till cannot read: the page is refused whole.
class UnreadableItem : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

[[noreturn]] void refuseItem(const FeedChange& change, const Error& error) {
    throw UnreadableItem(QStringLiteral("central sent a %1 item (change %2) this till cannot read: %3")
                             .arg(change.feed)
                             .arg(change.changeNo)
                             .arg(error.detail)
                             .toStdString());
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
            applyChange(change, staged ? Target::Staged : Target::Live);
            ++progress.applied;
        }
        const std::int64_t next = page.changes.empty() ? since : page.changes.back().changeNo;
        progress.caughtUp = next >= page.head;
        settings.setValue(QString::fromLatin1(staged ? kFeedLoadCursor : kFeedCursor), QString::number(next));
        progress.nextSince = next;
        transaction.commit();
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

// Builds what a load defers to its end, in slices of rows of one transaction each, so sales
// commit in between, each slice remembered so a restart resumes there:
//  - the keyed GTIN table, from the GTIN rows sorted per slice (a later row wins a GTIN);
//  - the search index: FTS5 writes its pending index at every statement savepoint, so
//    indexing from a trigger would write a segment per product; one statement per slice does not.
void MasterData::finishLoad() {
    using namespace settingKeys;
    inSlices(kFeedLoadGtins, 20'000,
             "SELECT max(rowid) FROM (SELECT rowid FROM load_gtin_rows WHERE rowid > ?1 ORDER BY rowid LIMIT ?2)",
             "INSERT INTO load_product_gtins (gtin, product_id) SELECT gtin, product_id FROM load_gtin_rows "
             "WHERE rowid > ?1 AND rowid <= ?2 ORDER BY gtin, rowid "
             "ON CONFLICT (gtin) DO UPDATE SET product_id = excluded.product_id");
    inSlices(kFeedLoadIndexed, 5'000,
             "SELECT max(id) FROM (SELECT id FROM load_products WHERE id > ?1 ORDER BY id LIMIT ?2)",
             "INSERT INTO load_product_search (rowid, name, brand, sku) "
             "SELECT id, name, brand, sku FROM load_products WHERE id > ?1 AND id <= ?2");
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
    m_db.exec("DROP TABLE IF EXISTS load_product_gtins; DROP TABLE IF EXISTS load_products; "
              "DROP TABLE IF EXISTS load_product_search; DROP TABLE IF EXISTS load_tax_rates; "
              "DROP TABLE IF EXISTS load_product_prices; DROP TABLE IF EXISTS load_gtin_rows;");
    Query liveIndex = m_db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' "
                                   "AND name IN ('product_gtins_product', 'product_gtins_by_product')");
    const bool liveUsesFirst = liveIndex->step() && liveIndex->text(0) == QLatin1String("product_gtins_product");
    createLoadTables(m_db, liveUsesFirst ? QStringLiteral("product_gtins_by_product")
                                         : QStringLiteral("product_gtins_product"));
    Settings settings(m_db);
    settings.setValue(QString::fromLatin1(kFeedLoadGeneration), generation);
    settings.setValue(QString::fromLatin1(kFeedLoadCursor), QStringLiteral("0"));
    settings.remove(kFeedLoadIndexed);
    settings.remove(kFeedLoadGtins);
}

void MasterData::applyChange(const FeedChange& change, Target target) {
    if (change.feed == QLatin1String(feeds::kProducts)) {
        applyProduct(change, target);
    } else if (change.feed == QLatin1String(feeds::kPrices)) {
        applyPrice(change, target);
    } else if (change.feed == QLatin1String(feeds::kTaxCodes)) {
        applyTaxRate(change, target);
    }
    // A feed this till does not know yet (a newer central) is skipped: it will be loaded again
    // from zero by the version of Kassa that knows it.
}

void MasterData::applyProduct(const FeedChange& change, Target target) {
    const WriteSql& sql = writeSql(target == Target::Staged);
    if (change.removed) {
        Query gtins = m_db.prepare(sql.deleteProductGtins.constData());
        gtins->bind(1, change.item.value(QStringLiteral("sku")).toString()).run();
        Query remove = m_db.prepare(sql.deleteProduct.constData());
        remove->bind(1, change.item.value(QStringLiteral("sku")).toString()).run();
        return;
    }
    auto parsed = parseCatalogItem(change.item, nullptr);
    if (!parsed) {
        refuseItem(change, parsed.error());
    }
    const Product& product = parsed->product;
    if (product.plu > 0) {
        Query free = m_db.prepare(sql.freePlu.constData());
        free->bind(1, product.plu).bind(2, product.sku).run();
    }
    std::int64_t productId = 0;
    bool updated = false;
    // A first load mostly meets new SKUs, later changes mostly known ones: try the likelier first.
    const auto order = target == Target::Staged ? std::array{&sql.insertProduct, &sql.updateProduct}
                                                : std::array{&sql.updateProduct, &sql.insertProduct};
    for (const QByteArray* statement : order) {
        Query write = m_db.prepare(statement->constData());
        write->bind(1, product.sku).bind(2, product.name).bind(3, product.brand).bind(4, product.price.cents());
        write->bind(5, product.taxCode).bind(6, unitToString(product.unit));
        product.plu > 0 ? write->bind(7, product.plu) : write->bindNull(7);
        write->bind(8, product.attributesJson);
        if (write->step()) {
            productId = write->int64(0);
            updated = statement == &sql.updateProduct;
            break;
        }
    }
    if (updated) {
        Query clear = m_db.prepare(sql.deleteGtins.constData());
        clear->bind(1, productId).run();
    }
    for (const QString& gtin : parsed->gtins) {
        Query insert = m_db.prepare(sql.insertGtin.constData());
        insert->bind(1, gtin).bind(2, productId).run();
    }
}

void MasterData::applyPrice(const FeedChange& change, Target target) {
    const WriteSql& sql = writeSql(target == Target::Staged);
    QJsonObject item = change.item;
    if (change.removed) {
        item.insert(QStringLiteral("removed"), true);
    }
    auto entry = parsePriceEntry(item);
    if (!entry) {
        refuseItem(change, entry.error());
    }
    const QString validFrom = utcText(entry->validFrom);
    if (change.removed) {
        Query remove = m_db.prepare(sql.deletePrice.constData());
        remove->bind(1, entry->sku).bind(2, validFrom).bind(3, entry->book).run();
        return;
    }
    Query upsert = m_db.prepare(sql.upsertPrice.constData());
    upsert->bind(1, entry->sku).bind(2, validFrom).bind(3, entry->book);
    entry->validTo ? upsert->bind(4, utcText(*entry->validTo)) : upsert->bindNull(4);
    upsert->bind(5, entry->price.cents()).run();
}

void MasterData::applyTaxRate(const FeedChange& change, Target target) {
    const WriteSql& sql = writeSql(target == Target::Staged);
    QJsonObject item = change.item;
    if (change.removed) {
        item.insert(QStringLiteral("removed"), true);
    }
    auto rate = parseTaxRateItem(item);
    if (!rate) {
        refuseItem(change, rate.error());
    }
    const QString validFrom = rate->validFrom.toString(Qt::ISODate);
    if (change.removed) {
        Query remove = m_db.prepare(sql.deleteTaxRate.constData());
        remove->bind(1, rate->code).bind(2, validFrom).run();
        return;
    }
    Query upsert = m_db.prepare(sql.upsertTaxRate.constData());
    upsert->bind(1, rate->code).bind(2, validFrom).bind(3, rate->basisPoints).run();
}

// Renames in one transaction: readers see the old catalog until it commits, then the new one.
// A group central sent nothing for (no products or no tax rates yet) keeps the till's own: a
// central without a catalog must not empty the tills.
void MasterData::swapInLoad(const QString& generation, std::int64_t cursor) {
    using namespace settingKeys;
    Transaction transaction(m_db);
    if (tableHasRows(m_db, QStringLiteral("load_products"))) {
        // The search triggers are those of schema version 1, written out again: they must
        // name the tables as they are after the renames.
        m_db.exec(R"sql(
            DROP TRIGGER products_search_insert;
            DROP TRIGGER products_search_delete;
            DROP TRIGGER products_search_update;
            ALTER TABLE products RENAME TO old_products;
            ALTER TABLE product_gtins RENAME TO old_product_gtins;
            ALTER TABLE product_search RENAME TO old_product_search;
            ALTER TABLE load_products RENAME TO products;
            ALTER TABLE load_product_gtins RENAME TO product_gtins;
            ALTER TABLE load_product_search RENAME TO product_search;
            CREATE TRIGGER products_search_insert AFTER INSERT ON products BEGIN
                INSERT INTO product_search (rowid, name, brand, sku) VALUES (new.id, new.name, new.brand, new.sku);
            END;
            CREATE TRIGGER products_search_delete AFTER DELETE ON products BEGIN
                INSERT INTO product_search (product_search, rowid, name, brand, sku)
                    VALUES ('delete', old.id, old.name, old.brand, old.sku);
            END;
            CREATE TRIGGER products_search_update AFTER UPDATE OF name, brand, sku ON products BEGIN
                INSERT INTO product_search (product_search, rowid, name, brand, sku)
                    VALUES ('delete', old.id, old.name, old.brand, old.sku);
                INSERT INTO product_search (rowid, name, brand, sku) VALUES (new.id, new.name, new.brand, new.sku);
            END;
        )sql");
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
