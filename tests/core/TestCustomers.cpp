// The till's customers: created here (offline too) with their consents recorded with time and
// till, sent to central as a fact, found as the clerk types by name, phone, e-mail or card.

#include "common/Refusal.h"
#include "core/domain/Barcode.h"
#include "core/store/CustomerRecords.h"
#include "core/store/TillDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa::core;
using kassa::testing::why;

class TestCustomers : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TillDatabase> m_till;
    const QDateTime m_at{QDate(2026, 11, 30), QTime(10, 0), Qt::UTC};

    Result<Customer> create(const char* name, const char* phone, const char* email = "", const QString& card = {}) {
        Customer customer;
        customer.name = QString::fromUtf8(name);
        customer.phone = QString::fromLatin1(phone);
        customer.email = QString::fromLatin1(email);
        customer.loyaltyCard = card;
        customer.smsMarketing.given = true;
        return m_till->customers().create(customer, m_till->settings().identity(), m_at);
    }

    // Records in the search index: only those with something to find by name.
    std::int64_t indexed() {
        Query query = m_till->db().prepare("SELECT count(*) FROM customer_search_docsize");
        query->step();
        return query->int64(0);
    }

    QStringList names(const QString& text) {
        QStringList found;
        for (const Customer& customer : m_till->customers().search(text, 20)) {
            found << customer.name;
        }
        return found;
    }

private Q_SLOTS:
    void init() {
        m_till = std::make_unique<TillDatabase>(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())));
        m_till->initialise(QStringLiteral("001"), QStringLiteral("02"), QStringLiteral("Test"));
    }

    void aCustomerCreatedHereIsKeptAndSentToCentral() {
        const auto created = create("Maija Virtanen", "040 123 4567", "maija@example.fi");
        QVERIFY2(created.ok(), why(created).constData());
        QCOMPARE(created->phone, QStringLiteral("+358401234567"));
        QVERIFY(created->smsMarketing.given);
        QCOMPARE(created->smsMarketing.at, m_at);
        QCOMPARE(created->smsMarketing.tillId, QStringLiteral("02"));
        QVERIFY(!created->emailMarketing.given);
        QVERIFY(!created->emailMarketing.at.isValid());
        const std::vector<OutboxEvent> sent = m_till->outbox().pending(10, 1 << 20);
        QCOMPARE(sent.size(), std::size_t(1));
        QCOMPARE(sent.front().kind, QStringLiteral("customer.created"));
        QCOMPARE(sent.front().documentId, created->id);
        QCOMPARE(m_till->customers().byId(created->id)->name, QStringLiteral("Maija Virtanen"));
    }

    void badInputIsRefusedAndNothingKept() {
        QCOMPARE(create("Maija", "12").error().code, ErrorCode::InvalidInput);
        QCOMPARE(create("Maija", "", "maija@").error().code, ErrorCode::InvalidInput);
        const QString card = QStringLiteral("290000012345") + QString::number(gs1CheckDigit(u"290000012345"));
        QVERIFY(create("Maija Virtanen", "040 123 4567", "", card).ok());
        const auto taken = create("Matti Meikäläinen", "040 765 4321", "", card);
        QCOMPARE(taken.error().code, ErrorCode::LoyaltyCardInUse);
        QVERIFY(describe(taken.error()).contains(QStringLiteral("Maija Virtanen")));
        QCOMPARE(m_till->customers().count(), 1);
        QCOMPARE(m_till->outbox().pending(10, 1 << 20).size(), std::size_t(1));
    }

    void isFoundAsTheClerkTypes() {
        QVERIFY(create("Maija Virtanen", "040 123 4567", "maija.v@example.fi").ok());
        QVERIFY(create("Matti Virtanen", "050 555 1234").ok());
        QVERIFY(create("Åsa Lindqvist", "", "asa@example.se").ok());
        QCOMPARE(names(QStringLiteral("virtanen")),
                 (QStringList{QStringLiteral("Maija Virtanen"), QStringLiteral("Matti Virtanen")}));
        QCOMPARE(names(QStringLiteral("virt ma")),
                 (QStringList{QStringLiteral("Maija Virtanen"), QStringLiteral("Matti Virtanen")}));
        QCOMPARE(names(QStringLiteral("maija v")), QStringList{QStringLiteral("Maija Virtanen")});
        QCOMPARE(names(QStringLiteral("asa")), QStringList{QStringLiteral("Åsa Lindqvist")});
        QCOMPARE(names(QStringLiteral("0501")), QStringList()); // not a part of any number
        QCOMPARE(names(QStringLiteral("555 1234")), QStringList{QStringLiteral("Matti Virtanen")}); // groups as said
        QCOMPARE(names(QStringLiteral("+358 40 123 4567")), QStringList{QStringLiteral("Maija Virtanen")});
        QCOMPARE(names(QStringLiteral("MAIJA.V@EXAMPLE.FI")), QStringList{QStringLiteral("Maija Virtanen")});
        for (const char* odd : {"\"", "*", "NEAR(", "' OR 1=1 --", "(((", "^"}) {
            QVERIFY2(names(QString::fromLatin1(odd)).isEmpty(), odd);
        }
    }

    void anEditRecordsAChangedConsentWithItsTimeAndTill() {
        const auto created = create("Maija Virtanen", "040 123 4567");
        QVERIFY(created.ok());
        Customer changed = created.value();
        changed.email = QStringLiteral("maija@example.fi");
        changed.emailMarketing.given = true;
        changed.sizes = {QStringLiteral("M")};
        const QDateTime later = m_at.addSecs(3600);
        const auto edited = m_till->customers().edit(changed, m_till->settings().identity(), later);
        QVERIFY2(edited.ok(), why(edited).constData());
        QCOMPARE(edited->emailMarketing.at, later);
        QCOMPARE(edited->smsMarketing.at, m_at); // unchanged: as first given
        QCOMPARE(edited->updatedAt, later);
        QCOMPARE(names(QStringLiteral("maija@example")), QStringList{QStringLiteral("Maija Virtanen")});
        const std::vector<OutboxEvent> sent = m_till->outbox().pending(10, 1 << 20);
        QCOMPARE(sent.size(), std::size_t(2));
        QCOMPARE(sent.back().kind, QStringLiteral("customer.updated"));
        const auto payload = customerFromJson(QJsonDocument::fromJson(sent.back().payload).object());
        QCOMPARE(payload->sizes, QStringList{QStringLiteral("M")});
    }

    void anEditOrNoteOfAnUnknownCustomerOrWithAnotherCardIsRefused() {
        const QString card = QStringLiteral("290000012345") + QString::number(gs1CheckDigit(u"290000012345"));
        QVERIFY(create("Maija Virtanen", "040 123 4567", "", card).ok());
        auto matti = create("Matti Virtanen", "050 555 1234");
        Customer withCard = matti.value();
        withCard.loyaltyCard = card;
        const TillIdentity till = m_till->settings().identity();
        QCOMPARE(m_till->customers().edit(withCard, till, m_at).error().code, ErrorCode::LoyaltyCardInUse);
        Customer gone = matti.value();
        gone.id = QStringLiteral("erased-meanwhile");
        QCOMPARE(m_till->customers().edit(gone, till, m_at).error().code, ErrorCode::UnknownCustomer);
        QCOMPARE(
            m_till->customers().addNote(gone.id, QStringLiteral("x"), QStringLiteral("Anna"), till, m_at).error().code,
            ErrorCode::UnknownCustomer);
        QCOMPARE(m_till->customers()
                     .addNote(matti->id, QStringLiteral("   "), QStringLiteral("Anna"), till, m_at)
                     .error()
                     .code,
                 ErrorCode::InvalidInput);
        QCOMPARE(m_till->outbox().pending(10, 1 << 20).size(), std::size_t(2)); // the two creations
    }

    void aNoteIsKeptWithItsAuthorAndSentToCentral() {
        const auto created = create("Maija Virtanen", "040 123 4567");
        const auto note = m_till->customers().addNote(created->id, QStringLiteral("Sovittaa lauantaisin"),
                                                      QStringLiteral("Anna"), m_till->settings().identity(), m_at);
        QVERIFY2(note.ok(), why(note).constData());
        const auto stored = m_till->customers().byId(created->id);
        QCOMPARE(stored->notes.size(), std::size_t(1));
        QCOMPARE(stored->notes.front().author, QStringLiteral("Anna"));
        const OutboxEvent sent = m_till->outbox().pending(10, 1 << 20).back();
        QCOMPARE(sent.kind, QStringLiteral("customer.note_added"));
        QCOMPARE(QJsonDocument::fromJson(sent.payload).object().value(QStringLiteral("customer_id")).toString(),
                 created->id);
    }

    // Head office's history of the customer (other stores, the web shop) is kept for offline and
    // shown with this till's own receipts, each once; an erased customer leaves the till.
    void centralsHistoryIsKeptAndAnErasureTakesTheCustomerOff() {
        const auto maija = create("Maija Virtanen", "040 123 4567");
        const QByteArray body = R"({"documents": [
            {"kind": "order", "channel": "web", "number": "W-1001", "at": "2026-11-20T12:00:00Z", "total": "59.90"},
            {"kind": "sale", "channel": "store", "number": "002-01-000042", "store_id": "002",
             "at": "2026-11-25T15:30:00Z", "total": "12.50"}]})";
        QVERIFY(m_till->customers()
                    .takeCentralHistory(maija->id, CentralHistory{CentralHistory::Outcome::Found, body, {}}, m_at)
                    .ok());
        const std::vector<PurchaseRecord> history = m_till->customers().history(maija->id, 10);
        QCOMPARE(history.size(), std::size_t(2));
        QCOMPARE(history[0].number, QStringLiteral("002-01-000042")); // newest first
        QCOMPARE(history[0].storeId, QStringLiteral("002"));
        QCOMPARE(history[1].channel, QStringLiteral("web"));
        QCOMPARE(history[1].total, Money(5990));

        const auto offline = m_till->customers().takeCentralHistory(
            maija->id, CentralHistory{CentralHistory::Outcome::Unreachable, {}, QStringLiteral("no network")}, m_at);
        QCOMPARE(offline.error().code, ErrorCode::HeadOfficeUnavailable);
        QCOMPARE(m_till->customers().history(maija->id, 10).size(), std::size_t(2)); // kept as it was

        const auto erased = m_till->customers().takeCentralHistory(
            maija->id, CentralHistory{CentralHistory::Outcome::Erased, {}, {}}, m_at);
        QCOMPARE(erased.error().code, ErrorCode::UnknownCustomer);
        QVERIFY(!m_till->customers().byId(maija->id));
        QVERIFY(m_till->customers().history(maija->id, 10).empty());
    }

    // Central's feed: a record replaces the till's copy (and takes its card from whoever has it
    // here), a merged id and an erased one leave the till.
    void centralsFeedKeepsMergesAndErasesCustomers() {
        const QString card = QStringLiteral("290000012345") + QString::number(gs1CheckDigit(u"290000012345"));
        const auto mine = create("Maija V.", "040 123 4567", "", card);
        QCOMPARE(m_till->outbox().acknowledge(1, 1, m_at).value(), 1); // central has her
        Customer web;
        web.id = QStringLiteral("web-1");
        web.name = QStringLiteral("Maija Virtanen");
        web.email = QStringLiteral("maija@example.fi");
        web.phone = QStringLiteral("+358401234567");
        web.loyaltyCard = card;
        web.origin = QStringLiteral("web");
        const auto take = [this](std::int64_t n, QJsonObject item, bool removed) {
            return m_till->masterData().take(
                ChangePage{QStringLiteral("g"), n, {FeedChange{n, QStringLiteral("customers"), item, removed}}}, n - 1);
        };
        QVERIFY(take(1, toJson(web), false).ok());
        QCOMPARE(names(QStringLiteral("maija")),
                 (QStringList{QStringLiteral("Maija V."), QStringLiteral("Maija Virtanen")}));
        QCOMPARE(m_till->customers().byContact(card)->id, QStringLiteral("web-1"));
        QVERIFY(
            take(2, QJsonObject{{QStringLiteral("id"), mine->id}, {QStringLiteral("merged_into"), web.id}}, true).ok());
        QCOMPARE(names(QStringLiteral("maija")), QStringList{QStringLiteral("Maija Virtanen")});
        QVERIFY(take(3, QJsonObject{{QStringLiteral("id"), web.id}, {QStringLiteral("erased"), true}}, true).ok());
        QVERIFY(names(QStringLiteral("maija")).isEmpty());
        QVERIFY(!m_till->customers().byContact(QStringLiteral("+358401234567")));
        QCOMPARE(m_till->customers().count(), 0);
        // With the till still running: neither the database file nor its write-ahead log holds
        // her phone, e-mail or card (deleted pages are written over, the log is emptied).
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(m_till->db().path() + suffix);
            QVERIFY(!file.exists() || file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const QByteArray& detail :
                 {QByteArray("+358401234567"), QByteArray("maija@example.fi"), card.toLatin1()}) {
                QVERIFY2(!bytes.contains(detail),
                         qPrintable(file.fileName() + QStringLiteral(" holds ") + QString::fromLatin1(detail)));
            }
        }
    }

    // Central limits a member from their feed item as it wrote it, without reading the whole
    // record: the same limited record as from the customer read first, whatever of it is there.
    void aLimitedRecordFromTheFeedItemIsTheOneFromTheRecord() {
        const LookupKey key = LookupKey::generate();
        Customer full;
        full.id = QStringLiteral("web-9");
        full.name = QStringLiteral("  Aino  Maria Mäkelä");
        full.phone = QStringLiteral("+358401112223");
        full.email = QStringLiteral("Aino.Makela@Example.fi");
        full.loyaltyCard = QStringLiteral("290000012345") + QString::number(gs1CheckDigit(u"290000012345"));
        full.loyalty = LoyaltyStanding{120, 400, QStringLiteral("Silver"), {}};
        full.createdAt = m_at.addDays(-30);
        full.updatedAt = m_at;
        Customer cardOnly;
        cardOnly.id = QStringLiteral("web-10");
        cardOnly.name = QStringLiteral("Eero");
        cardOnly.loyaltyCard = full.loyaltyCard;
        cardOnly.createdAt = m_at;
        for (const Customer& customer : {full, cardOnly}) {
            const QJsonObject item = toJson(*customerFromJson(toJson(customer))); // as central stores it
            QCOMPARE(limitedCustomerItem(item, key), toJson(limitedCustomer(*customerFromJson(item), key)));
        }
    }

    // Another store's member as central feeds them to this till: found offline by the exact card,
    // phone or e-mail through keyed hashes, never by a name typed, and not editable here.
    void anotherStoresMemberIsKeptLimitedAndFoundByExactContacts() {
        const LookupKey key = LookupKey::generate();
        QVERIFY(key.save(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()))));
        const QString card = QStringLiteral("290000012345") + QString::number(gs1CheckDigit(u"290000012345"));
        Customer full;
        full.id = QStringLiteral("web-7");
        full.name = QStringLiteral("Aino Mäkelä");
        full.phone = QStringLiteral("+358401112223");
        full.email = QStringLiteral("aino@example.fi");
        full.loyaltyCard = card;
        full.loyalty = LoyaltyStanding{120, 400, QStringLiteral("Silver"), {}};
        const Customer limited = limitedCustomer(full, key);
        QCOMPARE(limited.name, QStringLiteral("Aino"));
        QVERIFY(limited.phone.isEmpty() && limited.email.isEmpty() && limited.loyaltyCard.isEmpty());
        {
            Transaction transaction(m_till->db());
            m_till->customers().keep(*customerFromJson(toJson(limited)));
            transaction.commit();
        }
        Customers customers = m_till->customers();
        for (const QString& typed : {card, QStringLiteral("040 111 2223"), QStringLiteral("Aino@Example.fi")}) {
            const std::optional<Customer> found = customers.byContact(typed);
            QVERIFY2(found, qPrintable(typed));
            QCOMPARE(found->id, QStringLiteral("web-7"));
            QVERIFY(found->limited);
            QCOMPARE(found->loyalty->balance, 120);
        }
        QVERIFY(names(QStringLiteral("Aino")).isEmpty());  // never browsed by name
        QVERIFY(!Customers(m_till->db()).byContact(card)); // without the key: by id only
        Customer edit = *customers.byId(QStringLiteral("web-7"));
        edit.phone = QStringLiteral("040 999 8887");
        QCOMPARE(customers.edit(edit, m_till->settings().identity(), m_at).error().code, ErrorCode::InvalidInput);
    }

    // Central's full record, fetched online with the history, is kept for customers.cache_days
    // and then limited again; this store's own customers stay in full.
    void aRecordLookedUpOnlineIsKeptInFullForItsDaysThenLimited() {
        const LookupKey key = LookupKey::generate();
        QVERIFY(key.save(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()))));
        Customer full;
        full.id = QStringLiteral("web-8");
        full.name = QStringLiteral("Eero Laine");
        full.email = QStringLiteral("eero@example.fi");
        full.loyaltyCard = QStringLiteral("290000054321") + QString::number(gs1CheckDigit(u"290000054321"));
        {
            Transaction transaction(m_till->db());
            m_till->customers().keep(limitedCustomer(full, key));
            transaction.commit();
        }
        QCOMPARE(indexed(), 0);
        const auto own = create("Oma Asiakas", "040 555 6667");
        QVERIFY(own.ok());
        const QJsonObject webOrder{{QStringLiteral("kind"), QStringLiteral("order")},
                                   {QStringLiteral("channel"), QStringLiteral("web")},
                                   {QStringLiteral("number"), QStringLiteral("W-8001")},
                                   {QStringLiteral("store_id"), QStringLiteral("web")},
                                   {QStringLiteral("at"), QStringLiteral("2026-11-02T10:00:00Z")},
                                   {QStringLiteral("total"), QStringLiteral("49.90")}};
        CentralHistory answer{CentralHistory::Outcome::Found,
                              QJsonDocument(QJsonObject{{QStringLiteral("customer"), toJson(full)},
                                                        {QStringLiteral("documents"), QJsonArray{webOrder}}})
                                  .toJson(QJsonDocument::Compact),
                              {}};
        QVERIFY(m_till->customers().takeCentralHistory(QStringLiteral("web-8"), answer, m_at).ok());
        {
            Transaction transaction(m_till->db());
            m_till->customers().keepSuggestions(QStringLiteral("web-8"),
                                                {Suggestion{QStringLiteral("SKU-2"), QStringLiteral("SKU-1")}});
            transaction.commit();
        }
        QCOMPARE(m_till->customers().history(QStringLiteral("web-8"), 10).size(), std::size_t(1));
        const std::optional<Customer> cached = m_till->customers().byId(QStringLiteral("web-8"));
        QVERIFY(!cached->limited);
        QCOMPARE(cached->email, QStringLiteral("eero@example.fi"));
        QCOMPARE(cached->fullUntil, m_at.addDays(7));
        QCOMPARE(indexed(), 2);
        QCOMPARE(names(QStringLiteral("Eero")), QStringList{QStringLiteral("Eero Laine")});

        Transaction transaction(m_till->db());
        QCOMPARE(m_till->customers().limitLapsed(m_at.addDays(6)), 0);
        QCOMPARE(m_till->customers().limitLapsed(m_at.addDays(8)), 1);
        transaction.commit();
        const std::optional<Customer> lapsed = m_till->customers().byId(QStringLiteral("web-8"));
        QVERIFY(lapsed->limited);
        QCOMPARE(lapsed->name, QStringLiteral("Eero"));
        QCOMPARE(indexed(), 1);
        QVERIFY(names(QStringLiteral("Eero")).isEmpty());
        // Nothing of the whole record stays with the limited one: not central's history of their
        // purchases, not their suggestions.
        QVERIFY(m_till->customers().history(QStringLiteral("web-8"), 10).empty());
        QVERIFY(m_till->customers().suggestionsFor(QStringLiteral("web-8")).empty());
        QCOMPARE(m_till->customers().byContact(QStringLiteral("eero@example.fi"))->id, QStringLiteral("web-8"));
        QVERIFY(!m_till->customers().byId(own->id)->limited); // this store's own customer
    }
};

QTEST_GUILESS_MAIN(TestCustomers)
#include "TestCustomers.moc"
