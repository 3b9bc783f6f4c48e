#include "core/domain/Barcode.h"
#include "core/store/CustomerRecords.h"
#include "core/store/TillDatabase.h"

#include <QBuffer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa::core;

namespace {

QJsonObject product(const QString& sku, const QString& name, const QString& price, const QString& gtin, int plu = 0) {
    QJsonObject json{{QStringLiteral("sku"), sku},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("brand"), QStringLiteral("Testi")},
                     {QStringLiteral("price"), price},
                     {QStringLiteral("tax_code"), QStringLiteral("A")},
                     {QStringLiteral("unit"), QStringLiteral("pcs")},
                     {QStringLiteral("gtins"), gtin.isEmpty() ? QJsonArray() : QJsonArray{gtin}}};
    if (plu > 0) {
        json.insert(QStringLiteral("plu"), plu);
    }
    return json;
}

FeedChange change(std::int64_t number, const char* feed, const QJsonObject& item, bool removed = false) {
    return FeedChange{number, QString::fromLatin1(feed), item, removed};
}

ChangePage page(const char* generation, std::int64_t head, std::vector<FeedChange> changes) {
    return ChangePage{QString::fromLatin1(generation), head, std::move(changes)};
}

QString utcPlusDays(int days) {
    return QDateTime::currentDateTimeUtc().addDays(days).toString(Qt::ISODate);
}

QJsonObject priceEntry(const QString& sku, const QString& price, const QString& from, const QJsonValue& to) {
    return QJsonObject{{QStringLiteral("book"), QStringLiteral("campaign")},
                       {QStringLiteral("sku"), sku},
                       {QStringLiteral("price"), price},
                       {QStringLiteral("valid_from"), from},
                       {QStringLiteral("valid_to"), to}};
}

const QByteArray kLocalCatalog =
    R"({"sku":"100","gtins":["4006381333931"],"name":"Kynä","brand":"Stabilo","price":"1.95","tax_code":"A","unit":"pcs"}
{"sku":"200","gtins":["6411401015090"],"name":"Sininen suklaa","brand":"Fazer","price":"2.99","tax_code":"B","unit":"pcs"}
)";

const QString kPen = QStringLiteral("04006381333931");
const QString kChocolate = QStringLiteral("06411401015090");
const QString kNewGtin = QStringLiteral("06417700050015");

} // namespace

class TestMasterData : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TillDatabase> m_till;

    QString folder() const { return m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())); }

    int checkIndexes() {
        Query indexes =
            m_till->db().prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN "
                                 "('customers_card_check', 'customers_phone_check', 'customers_email_check')");
        indexes->step();
        return static_cast<int>(indexes->int64(0));
    }

    void reopen() {
        m_till.reset();
        m_till = std::make_unique<TillDatabase>(folder());
    }

    FeedProgress take(const ChangePage& changes, std::int64_t since) {
        auto progress = m_till->masterData().take(changes, since);
        if (!progress) {
            qFatal("take failed: %s", qPrintable(describe(progress.error())));
        }
        return progress.value();
    }

    // Loads generation g1: the pen at a new price, a new product, and tax code A.
    void loadFirstGeneration() {
        QVERIFY(
            !take(page("g1", 3,
                       {change(1, feeds::kProducts,
                               product(QStringLiteral("100"), QStringLiteral("Kynä"), QStringLiteral("2.10"), kPen)),
                        change(2, feeds::kProducts,
                               product(QStringLiteral("900"), QStringLiteral("Vihko"), QStringLiteral("3.50"),
                                       kNewGtin))}),
                  0)
                 .swapped);
        QVERIFY(take(page("g1", 3,
                          {change(3, feeds::kTaxCodes,
                                  QJsonObject{{QStringLiteral("code"), QStringLiteral("A")},
                                              {QStringLiteral("valid_from"), QStringLiteral("2024-09-01")},
                                              {QStringLiteral("rate"), QStringLiteral("25.5")}})}),
                     2)
                    .swapped);
    }

private Q_SLOTS:
    void init() {
        m_till = std::make_unique<TillDatabase>(folder());
        m_till->initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("Test"));
        QBuffer buffer;
        buffer.setData(kLocalCatalog);
        buffer.open(QIODevice::ReadOnly);
        QVERIFY(m_till->catalog().importJsonLines(buffer, m_till->settings().taxTable()).ok());
    }

    void aFirstLoadIsBuiltBesideTheLiveCatalogAndSwappedIn() {
        const std::int64_t penId = m_till->catalog().byGtin(kPen)->id;
        const FeedProgress first = take(
            page("g1", 3,
                 {change(1, feeds::kProducts,
                         product(QStringLiteral("100"), QStringLiteral("Kynä"), QStringLiteral("2.10"), kPen)),
                  change(2, feeds::kProducts,
                         product(QStringLiteral("900"), QStringLiteral("Vihko"), QStringLiteral("3.50"), kNewGtin))}),
            0);
        QCOMPARE(first.applied, 2);
        QVERIFY(!first.caughtUp);
        QVERIFY(!first.centralRestored); // a first load is not a restore
        // Half loaded: the till still sells from the catalog it had.
        QCOMPARE(m_till->catalog().byGtin(kPen)->price.cents(), 195);
        QVERIFY(m_till->catalog().byGtin(kChocolate));
        QVERIFY(!m_till->catalog().byGtin(kNewGtin));
        QVERIFY(m_till->masterData().checkpoint().loading);
        QCOMPARE(m_till->masterData().nextSince(), 2);

        const FeedProgress last =
            take(page("g1", 3,
                      {change(3, feeds::kTaxCodes,
                              QJsonObject{{QStringLiteral("code"), QStringLiteral("A")},
                                          {QStringLiteral("valid_from"), QStringLiteral("2024-09-01")},
                                          {QStringLiteral("rate"), QStringLiteral("25.5")}})}),
                 2);
        QVERIFY(last.swapped);
        QVERIFY(last.caughtUp);
        const auto pen = m_till->catalog().byGtin(kPen);
        QCOMPARE(pen->price.cents(), 210);
        QCOMPARE(pen->id, penId);                       // the same product to open baskets and history
        QVERIFY(!m_till->catalog().byGtin(kChocolate)); // central's catalog replaced the local one
        QCOMPARE(m_till->catalog().byGtin(kNewGtin)->name, QStringLiteral("Vihko"));
        QCOMPARE(m_till->catalog().search(QStringLiteral("vih"), 5).size(), size_t(1));
        QVERIFY(m_till->catalog().search(QStringLiteral("sininen"), 5).empty());
        QCOMPARE(m_till->settings().taxTable().rates().size(), size_t(1));
        const FeedCheckpoint checkpoint = m_till->masterData().checkpoint();
        QCOMPARE(checkpoint.generation, QStringLiteral("g1"));
        QCOMPARE(checkpoint.cursor, 3);
        QVERIFY(!checkpoint.loading);

        // The catalog stays whole after the renames: the FTS index, the triggers, the keys.
        Query check = m_till->db().prepare("PRAGMA integrity_check");
        QVERIFY(check->step());
        QCOMPARE(check->text(0), QStringLiteral("ok"));
        Query orphans = m_till->db().prepare("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'load_%' "
                                             "OR name LIKE 'old_%'");
        QVERIFY(orphans->step());
        QCOMPARE(orphans->int64(0), 0);
    }

    void laterChangesApplyToTheLiveCatalog() {
        loadFirstGeneration();
        const FeedProgress progress = take(
            page("g1", 5,
                 {change(4, feeds::kProducts,
                         product(QStringLiteral("900"), QStringLiteral("Vihko A5"), QStringLiteral("3.90"), kNewGtin)),
                  change(5, feeds::kProducts, QJsonObject{{QStringLiteral("sku"), QStringLiteral("100")}}, true)}),
            3);
        QVERIFY(!progress.swapped);
        QCOMPARE(progress.applied, 2);
        QCOMPARE(m_till->catalog().byGtin(kNewGtin)->name, QStringLiteral("Vihko A5"));
        QCOMPARE(m_till->catalog().byGtin(kNewGtin)->price.cents(), 390);
        QVERIFY(!m_till->catalog().byGtin(kPen));
        QCOMPARE(m_till->catalog().search(QStringLiteral("a5"), 5).size(), size_t(1));
        QCOMPARE(m_till->masterData().checkpoint().cursor, 5);
    }

    void aNewProductAddedLaterGetsAFreshId() {
        loadFirstGeneration();
        const std::int64_t highest = m_till->catalog().byGtin(kNewGtin)->id;
        take(page("g1", 4,
                  {change(4, feeds::kProducts,
                          product(QStringLiteral("901"), QStringLiteral("Kumi"), QStringLiteral("0.90"),
                                  QStringLiteral("96385074")))}),
             3);
        QVERIFY(m_till->catalog().bySku(QStringLiteral("901"))->id > highest);
    }

    void aPluMovedToAnotherProductLeavesTheOldOne() {
        loadFirstGeneration();
        take(page("g1", 5,
                  {change(4, feeds::kProducts,
                          product(QStringLiteral("300"), QStringLiteral("Banaani"), QStringLiteral("1.99"), {}, 7)),
                   change(5, feeds::kProducts,
                          product(QStringLiteral("301"), QStringLiteral("Omena"), QStringLiteral("2.49"), {}, 7))}),
             3);
        QCOMPARE(m_till->catalog().byPlu(7)->sku, QStringLiteral("301"));
        QVERIFY(m_till->catalog().bySku(QStringLiteral("300")));
    }

    void aFirstLoadResumesAfterARestart() {
        take(page("g1", 3,
                  {change(1, feeds::kProducts,
                          product(QStringLiteral("100"), QStringLiteral("Kynä"), QStringLiteral("2.10"), kPen))}),
             0);
        reopen();
        QCOMPARE(m_till->masterData().nextSince(), 1);
        QVERIFY(take(page("g1", 3,
                          {change(3, feeds::kProducts,
                                  product(QStringLiteral("900"), QStringLiteral("Vihko"), QStringLiteral("3.50"),
                                          kNewGtin))}),
                     1)
                    .swapped);
        QCOMPARE(m_till->catalog().byGtin(kPen)->price.cents(), 210);
        QVERIFY(m_till->catalog().byGtin(kNewGtin));
        // Central sent no tax codes: the till keeps its own rather than selling without VAT.
        QVERIFY(m_till->settings().taxTable().hasCode(QStringLiteral("B")));
    }

    // A first load writes the chain's members without the indexes of their checks and builds
    // them at its end; in between a member is still found by card, phone or e-mail.
    void aFirstLoadBuildsTheMembersChecksIndexesAtItsEnd() {
        const LookupKey key = LookupKey::generate();
        QVERIFY(m_till->keepLookupKey(key));
        const QString card = QStringLiteral("290000054321") + QString::number(gs1CheckDigit(u"290000054321"));
        Customer member;
        member.id = QStringLiteral("web-9");
        member.name = QStringLiteral("Eino Laine");
        member.phone = QStringLiteral("+358405556667");
        member.email = QStringLiteral("eino@example.fi");
        member.loyaltyCard = card;
        member.loyalty = LoyaltyStanding{80, 200, QStringLiteral("Bronze"), {}};
        QCOMPARE(checkIndexes(), 3);
        take(page("g1", 3, {change(1, feeds::kCustomers, toJson(limitedCustomer(member, key)))}), 0);
        QVERIFY(m_till->masterData().checkpoint().loading);
        QCOMPARE(checkIndexes(), 0);
        const auto foundByEach = [this, &card] {
            for (const QString& typed : {card, QStringLiteral("040 555 6667"), QStringLiteral("eino@example.fi")}) {
                const std::optional<Customer> found = m_till->customers().byContact(typed);
                QVERIFY2(found && found->id == QStringLiteral("web-9"), qPrintable(typed));
            }
        };
        foundByEach();
        reopen(); // a restart in the middle of the load
        QVERIFY(
            take(page("g1", 3,
                      {change(3, feeds::kProducts,
                              product(QStringLiteral("100"), QStringLiteral("Kynä"), QStringLiteral("2.10"), kPen))}),
                 1)
                .swapped);
        QCOMPARE(checkIndexes(), 3);
        foundByEach();
    }

    // A limited record is kept as central wrote it, once checked: a page with a malformed one
    // changes nothing and says which item and what was wrong.
    void aLimitedMemberThatCannotBeReadIsRefusedWithItsReason() {
        const QJsonObject good{{QStringLiteral("id"), QStringLiteral("web-30")},
                               {QStringLiteral("limited"), true},
                               {QStringLiteral("first_name"), QStringLiteral("Eino")},
                               {QStringLiteral("card_check"), QStringLiteral("0123456789abcdef")}};
        QJsonObject badCheck = good;
        badCheck.insert(QStringLiteral("id"), QStringLiteral("web-31"));
        badCheck.insert(QStringLiteral("phone_check"), QStringLiteral("+358401234567"));
        QJsonObject noId = good;
        noId.remove(QStringLiteral("id"));
        for (const auto& [bad, reason] : {std::pair{badCheck, "16 hex digits"}, std::pair{noId, "\"id\""}}) {
            const auto refused = m_till->masterData().take(
                page("g1", 3, {change(1, feeds::kCustomers, good), change(2, feeds::kCustomers, bad)}), 0);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().detail.contains(QLatin1String(reason)), qPrintable(refused.error().detail));
            QVERIFY(!m_till->customers().byId(QStringLiteral("web-30")));
        }
        take(page("g1", 3, {change(1, feeds::kCustomers, good)}), 0);
        QVERIFY(m_till->customers().byId(QStringLiteral("web-30"))->limited);
    }

    void aPageThatCannotBeReadChangesNothing() {
        take(page("g1", 3,
                  {change(1, feeds::kProducts,
                          product(QStringLiteral("100"), QStringLiteral("Kynä"), QStringLiteral("2.10"), kPen))}),
             0);
        QJsonObject broken = product(QStringLiteral("900"), QStringLiteral("Vihko"), QStringLiteral("3.50"), kNewGtin);
        broken.insert(QStringLiteral("unit"), QStringLiteral("litre"));
        auto refused = m_till->masterData().take(
            page("g1", 3,
                 {change(2, feeds::kProducts,
                         product(QStringLiteral("200"), QStringLiteral("Suklaa"), QStringLiteral("1.00"), kChocolate)),
                  change(3, feeds::kProducts, broken)}),
            1);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().detail.contains(QStringLiteral("\"unit\"")), qPrintable(refused.error().detail));
        QCOMPARE(m_till->masterData().nextSince(), 1);
        Query staged = m_till->db().prepare("SELECT count(*) FROM load_products");
        QVERIFY(staged->step());
        QCOMPARE(staged->int64(0), 1);
    }

    void aRestoredCentralIsLoadedAgainFromZero() {
        loadFirstGeneration();
        const FeedProgress restart = take(page("g2", 9, {}), 3);
        QVERIFY(restart.centralRestored); // the till must also send again what central lost
        QCOMPARE(restart.nextSince, 0);
        QVERIFY(!restart.caughtUp);
        QVERIFY(m_till->masterData().checkpoint().loading);
        QCOMPARE(m_till->catalog().byGtin(kPen)->price.cents(), 210); // still selling from g1
        QVERIFY(
            take(page("g2", 9,
                      {change(9, feeds::kProducts,
                              product(QStringLiteral("100"), QStringLiteral("Kynä"), QStringLiteral("2.20"), kPen))}),
                 0)
                .swapped);
        QCOMPARE(m_till->catalog().byGtin(kPen)->price.cents(), 220);
        QVERIFY(!m_till->catalog().byGtin(kNewGtin));
        QCOMPARE(m_till->masterData().checkpoint().generation, QStringLiteral("g2"));
    }

    void aCentralWithoutMasterDataLeavesTheTillAsItIs() {
        const FeedProgress progress = take(page("g1", 0, {}), 0);
        QVERIFY(progress.caughtUp);
        QVERIFY(!m_till->masterData().checkpoint().loading);
        QVERIFY(m_till->catalog().byGtin(kChocolate));
    }

    void aPriceBookEntryOverridesWhileItIsValid() {
        loadFirstGeneration();
        // Read once: the removal below names the entry by its start, which must be the same time.
        const auto campaignStart = utcPlusDays(-1);
        take(page("g1", 5,
                  {change(4, feeds::kPrices,
                          priceEntry(QStringLiteral("100"), QStringLiteral("1.50"), campaignStart, utcPlusDays(1))),
                   change(5, feeds::kPrices,
                          priceEntry(QStringLiteral("900"), QStringLiteral("2.00"), utcPlusDays(1), QJsonValue()))}),
             3);
        QCOMPARE(m_till->catalog().byGtin(kPen)->price.cents(), 150);     // the campaign is on
        QCOMPARE(m_till->catalog().byGtin(kNewGtin)->price.cents(), 350); // not yet
        QJsonObject ended = priceEntry(QStringLiteral("100"), {}, campaignStart, {});
        take(page("g1", 6, {change(6, feeds::kPrices, ended, true)}), 5);
        QCOMPARE(m_till->catalog().byGtin(kPen)->price.cents(), 210);
    }

    void theReturnPolicyArrivesInTheFeedAndCanBeTakenBack() {
        loadFirstGeneration();
        QCOMPARE(m_till->settings().returnPolicy().windowDays.at(QStringLiteral("web")), 30); // the default
        ReturnPolicy longer = defaultReturnPolicy();
        longer.windowDays[QStringLiteral("web")] = 100;
        const TaxTable taxes(finnishTaxRates());
        const Result<FeedItem> item = parseFeedItem(u"return_policy", toJson(longer), taxes);
        QVERIFY(item.ok());
        take(page("g1", 4, {change(4, feeds::kReturnPolicy, item->item)}), 3);
        QCOMPARE(m_till->settings().returnPolicy().windowDays.at(QStringLiteral("web")), 100);
        take(page("g1", 5, {change(5, feeds::kReturnPolicy, {}, true)}), 4);
        QCOMPARE(m_till->settings().returnPolicy().windowDays.at(QStringLiteral("web")), 30);
    }

    void itemsAreCheckedAndNormalized() {
        const TaxTable taxes(finnishTaxRates());
        auto rate = parseFeedItem(u"tax_codes",
                                  QJsonObject{{QStringLiteral("code"), QStringLiteral("B")},
                                              {QStringLiteral("valid_from"), QStringLiteral("2026-01-01")},
                                              {QStringLiteral("rate"), QStringLiteral("13.5")}},
                                  taxes);
        QVERIFY(rate.ok());
        QCOMPARE(rate->key, QStringLiteral("[\"B\",\"2026-01-01\"]"));
        QCOMPARE(parseTaxRateItem(rate->item)->basisPoints, 1350);
        auto price = parseFeedItem(
            u"prices",
            priceEntry(QStringLiteral("100"), QStringLiteral("1.5"), QStringLiteral("2026-12-01T00:00:00+02:00"), {}),
            taxes);
        QVERIFY(price.ok());
        QCOMPARE(price->item.value(QStringLiteral("valid_from")).toString(), QStringLiteral("2026-11-30T22:00:00Z"));
        QCOMPARE(price->item.value(QStringLiteral("price")).toString(), QStringLiteral("1.50"));

        const auto refusal = [&taxes](const char* feed, const QJsonObject& json) {
            auto item = parseFeedItem(QString::fromLatin1(feed), json, taxes);
            return item.ok() ? QString() : item.error().detail;
        };
        QVERIFY(refusal("prices", priceEntry(QStringLiteral("100"), QStringLiteral("1.5"),
                                             QStringLiteral("2026-12-01T00:00:00"), {}))
                    .contains(QStringLiteral("zone")));
        QVERIFY(
            refusal("prices", priceEntry(QStringLiteral("100"), QStringLiteral("1.5"), utcPlusDays(2), utcPlusDays(1)))
                .contains(QStringLiteral("valid_to")));
        QVERIFY(refusal("tax_codes", QJsonObject{{QStringLiteral("code"), QStringLiteral("a")},
                                                 {QStringLiteral("valid_from"), QStringLiteral("2026-01-01")},
                                                 {QStringLiteral("rate"), QStringLiteral("10")}})
                    .contains(QStringLiteral("\"code\"")));
        QVERIFY(refusal("tax_codes", QJsonObject{{QStringLiteral("code"), QStringLiteral("A")},
                                                 {QStringLiteral("valid_from"), QStringLiteral("2026-01-01")},
                                                 {QStringLiteral("rate"), QStringLiteral("100")}})
                    .contains(QStringLiteral("\"rate\"")));
        QJsonObject unknownTax = product(QStringLiteral("1"), QStringLiteral("X"), QStringLiteral("1.00"), kPen);
        unknownTax.insert(QStringLiteral("tax_code"), QStringLiteral("Q"));
        QVERIFY(refusal("products", unknownTax).contains(QStringLiteral("tax_code")));
        QVERIFY(refusal("promotions", {}).contains(QStringLiteral("unknown feed")));
    }
};

QTEST_GUILESS_MAIN(TestMasterData)
#include "TestMasterData.moc"
