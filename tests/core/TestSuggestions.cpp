// Suggestions for a customer (core/domain/Suggestions.h): what goes with what they bought, in
// their sizes, never what they own unless it is consumable; and, on the demo chain's purchase
// history, suggestions that a store clerk would find sensible.

#include "core/domain/Suggestions.h"
#include "core/store/Catalog.h"
#include "core/store/DemoCatalog.h"

#include <QJsonDocument>
#include <QTest>

using namespace kassa::core;

namespace {

QJsonObject catalogItem(const QString& sku, const QString& style = {}, const QString& size = {},
                        const QJsonObject& more = {}) {
    QJsonObject attributes = more;
    if (!size.isEmpty()) {
        attributes.insert(QStringLiteral("size"), size);
    }
    QJsonObject item{{QStringLiteral("sku"), sku},
                     {QStringLiteral("brand"), QStringLiteral("Pirkka")},
                     {QStringLiteral("attributes"), attributes}};
    if (!style.isEmpty()) {
        item.insert(QStringLiteral("style"), style);
    }
    return item;
}

QStringList skusOf(const std::vector<Suggestion>& suggestions) {
    QStringList skus;
    for (const Suggestion& suggestion : suggestions) {
        skus << suggestion.sku;
    }
    return skus;
}

// Coffee drinkers buy coffee with buns; three customers say so, a fourth bought coffee only.
SuggestionModel coffeeShop() {
    SuggestionModel model;
    for (const char* sku : {"KAHVI", "PULLA", "MAITO", "SUKLAA"}) {
        model.addProduct(suggestionTraits(catalogItem(QString::fromLatin1(sku))));
    }
    model.addCustomer({QStringLiteral("a"), {QStringLiteral("KAHVI"), QStringLiteral("PULLA")}, {}, {}});
    model.addCustomer({QStringLiteral("b"), {QStringLiteral("KAHVI"), QStringLiteral("PULLA")}, {}, {}});
    model.addCustomer(
        {QStringLiteral("c"), {QStringLiteral("KAHVI"), QStringLiteral("PULLA"), QStringLiteral("MAITO")}, {}, {}});
    model.addCustomer({QStringLiteral("d"), {QStringLiteral("KAHVI")}, {}, {}});
    model.build();
    return model;
}

// Two T-shirt styles in S, M, L that the same customers buy, and shoes in numbers.
SuggestionModel shirtShop(const QStringList& sizesOfLast) {
    SuggestionModel model;
    for (const char* style : {"TEE-A", "TEE-B"}) {
        for (const char* size : {"S", "M", "L"}) {
            const QString sku = QStringLiteral("%1-%2").arg(QLatin1String(style), QLatin1String(size));
            model.addProduct(suggestionTraits(catalogItem(sku, QString::fromLatin1(style), QString::fromLatin1(size))));
        }
    }
    model.addProduct(
        suggestionTraits(catalogItem(QStringLiteral("SHOE-42"), QStringLiteral("SHOE"), QStringLiteral("42"))));
    model.addCustomer({QStringLiteral("a"), {QStringLiteral("TEE-A-S"), QStringLiteral("TEE-B-S")}, {}, {}});
    model.addCustomer({QStringLiteral("b"), {QStringLiteral("TEE-A-L"), QStringLiteral("TEE-B-L")}, {}, {}});
    model.addCustomer({QStringLiteral("c"), {QStringLiteral("TEE-A-M"), QStringLiteral("SHOE-42")}, sizesOfLast, {}});
    model.build();
    return model;
}

// How often the chain's eight best-sellers, shown to everyone, are of a customer's tastes.
double shareOfTastesAmongBestSellers(const std::vector<Customer>& customers, const QHash<QString, QStringList>& bought,
                                     std::int64_t products) {
    QHash<QString, int> buyers;
    for (const QStringList& skus : bought) {
        for (const QString& sku : QSet<QString>(skus.begin(), skus.end())) {
            ++buyers[sku];
        }
    }
    std::vector<std::pair<int, QString>> ranked;
    for (auto it = buyers.cbegin(); it != buyers.cend(); ++it) {
        ranked.emplace_back(-it.value(), it.key());
    }
    std::sort(ranked.begin(), ranked.end());
    ranked.resize(std::min<std::size_t>(ranked.size(), 8));
    int fits = 0;
    for (std::size_t i = 0; i < customers.size(); ++i) {
        const QSet<QString> tastes = demoTasteSkus(static_cast<int>(i), products);
        fits += static_cast<int>(std::count_if(ranked.begin(), ranked.end(),
                                               [&](const auto& best) { return tastes.contains(best.second); }));
    }
    return 100.0 * fits / static_cast<double>(customers.size() * ranked.size());
}

} // namespace

class TestSuggestions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void whatOthersBoughtWithItComesFirst() {
        const SuggestionModel model = coffeeShop();
        // d bought coffee: buns went with coffee for three customers, milk for one (no evidence).
        const std::vector<Suggestion> suggestions = model.suggestionsFor(3);
        QCOMPARE(model.customerId(3), QStringLiteral("d"));
        QCOMPARE(skusOf(suggestions), QStringList{QStringLiteral("PULLA")});
        QCOMPARE(suggestions.front().because, QStringLiteral("KAHVI"));
    }

    void aConsumableTheyBuyIsSuggestedAgain() {
        const SuggestionModel model = coffeeShop();
        // a owns coffee and buns, both consumable: each goes with the other.
        QCOMPARE(skusOf(model.suggestionsFor(0)), (QStringList{QStringLiteral("KAHVI"), QStringLiteral("PULLA")}));
    }

    void somethingTheyOwnIsNotSuggested() {
        SuggestionModel model;
        model.addProduct(
            suggestionTraits(catalogItem(QStringLiteral("TV"), {}, {}, {{QStringLiteral("consumable"), false}})));
        model.addProduct(suggestionTraits(catalogItem(QStringLiteral("CABLE"))));
        for (const char* id : {"a", "b", "c"}) {
            model.addCustomer({QString::fromLatin1(id), {QStringLiteral("TV"), QStringLiteral("CABLE")}, {}, {}});
        }
        model.build();
        // Each owns the TV (not consumable): the cable, consumable by default, may come again.
        QCOMPARE(skusOf(model.suggestionsFor(0)), QStringList{QStringLiteral("CABLE")});
    }

    void aStyleComesInTheSizeTheyBuy() {
        const SuggestionModel model = shirtShop({});
        // c bought TEE-A in M and no other style: TEE-B in M, not the S or L others bought.
        QCOMPARE(skusOf(model.suggestionsFor(2)), QStringList{QStringLiteral("TEE-B-M")});
        // a owns a variant of both styles: neither style is suggested, in any colour or size.
        QVERIFY(model.suggestionsFor(0).empty());
    }

    void aToldSizeComesBeforeTheSizeBought() {
        const SuggestionModel model = shirtShop({QStringLiteral("L")});
        QCOMPARE(skusOf(model.suggestionsFor(2)), QStringList{QStringLiteral("TEE-B-L")});
    }

    void aStyleNotMadeInTheirSizeIsNotSuggested() {
        const SuggestionModel model = shirtShop({QStringLiteral("XXL")});
        // They told XXL but bought M: M stands.
        QCOMPARE(skusOf(model.suggestionsFor(2)), QStringList{QStringLiteral("TEE-B-M")});
        SuggestionModel socks;
        for (const char* sku : {"TEE-A-S", "TEE-B-S"}) {
            socks.addProduct(suggestionTraits(
                catalogItem(QString::fromLatin1(sku), QString::fromLatin1(sku).left(5), QStringLiteral("S"))));
        }
        socks.addProduct(suggestionTraits(catalogItem(QStringLiteral("SOCKS"))));
        socks.addCustomer({QStringLiteral("a"), {QStringLiteral("TEE-A-S"), QStringLiteral("TEE-B-S")}, {}, {}});
        socks.addCustomer({QStringLiteral("b"), {QStringLiteral("TEE-A-S"), QStringLiteral("TEE-B-S")}, {}, {}});
        socks.addCustomer(
            {QStringLiteral("c"), {QStringLiteral("TEE-A-S"), QStringLiteral("SOCKS")}, {QStringLiteral("42")}, {}});
        socks.addCustomer({QStringLiteral("d"), {QStringLiteral("SOCKS")}, {QStringLiteral("42")}, {}});
        socks.build();
        // d wears 42 and bought socks only: no T-shirt in S (TEE-A went with socks for c alone).
        QVERIFY(socks.suggestionsFor(3).empty());
    }

    void aPreferredBrandCountsMore() {
        SuggestionModel model;
        const auto product = [](const char* sku, const char* brand) {
            QJsonObject item = catalogItem(QString::fromLatin1(sku));
            item.insert(QStringLiteral("brand"), QString::fromLatin1(brand));
            return suggestionTraits(item);
        };
        model.addProduct(product("PASTA", "Pirkka"));
        model.addProduct(product("SAUCE-1", "Dolmio"));
        model.addProduct(product("SAUCE-2", "Barilla"));
        for (const char* id : {"a", "b"}) {
            model.addCustomer({QString::fromLatin1(id),
                               {QStringLiteral("PASTA"), QStringLiteral("SAUCE-1"), QStringLiteral("SAUCE-2")},
                               {},
                               {}});
        }
        model.addCustomer({QStringLiteral("c"), {QStringLiteral("PASTA")}, {}, {}});
        model.addCustomer({QStringLiteral("d"), {QStringLiteral("PASTA")}, {}, {QStringLiteral("Barilla")}});
        model.build();
        QCOMPARE(skusOf(model.suggestionsFor(2)), (QStringList{QStringLiteral("SAUCE-1"), QStringLiteral("SAUCE-2")}));
        QCOMPARE(skusOf(model.suggestionsFor(3)), (QStringList{QStringLiteral("SAUCE-2"), QStringLiteral("SAUCE-1")}));
    }

    void aProductTheCatalogNoLongerHasIsLeftOut() {
        SuggestionModel model;
        model.addProduct(suggestionTraits(catalogItem(QStringLiteral("KAHVI"))));
        model.addCustomer({QStringLiteral("a"), {QStringLiteral("GONE"), QStringLiteral("KAHVI")}, {}, {}});
        model.addCustomer({QStringLiteral("b"), {QStringLiteral("GONE"), QStringLiteral("KAHVI")}, {}, {}});
        model.build();
        QVERIFY(model.suggestionsFor(0).empty());
    }

    void consumableFollowsTheAttributeElseTheShape() {
        QVERIFY(suggestionTraits(catalogItem(QStringLiteral("MILK"))).consumable);
        QVERIFY(!suggestionTraits(catalogItem(QStringLiteral("TEE"), QStringLiteral("STYLE"))).consumable);
        QVERIFY(!suggestionTraits(catalogItem(QStringLiteral("SHOE"), {}, QStringLiteral("42"))).consumable);
        QVERIFY(!suggestionTraits(catalogItem(QStringLiteral("TV"), {}, {}, {{QStringLiteral("consumable"), false}}))
                     .consumable);
        QVERIFY(suggestionTraits(catalogItem(QStringLiteral("SOCK"), QStringLiteral("S"), {},
                                             {{QStringLiteral("consumable"), true}}))
                    .consumable);
        QCOMPARE(suggestionTraits(catalogItem(QStringLiteral("MILK"))).group, QStringLiteral("MILK"));
    }

    void theFeedFormRoundTripsAndBadFormsAreRefused() {
        const std::vector<Suggestion> suggestions{{QStringLiteral("A"), QStringLiteral("B")}};
        QCOMPARE(suggestionsFromJson(toJson(suggestions)).value(), suggestions);
        QVERIFY(suggestionsFromJson(QJsonValue()).value().empty());
        const auto notAList = suggestionsFromJson(QJsonValue(QStringLiteral("A")));
        QVERIFY(!notAList);
        QVERIFY(notAList.error().detail.contains(QLatin1String("must be a list")));
        const auto noSku =
            suggestionsFromJson(QJsonArray{QJsonObject{{QStringLiteral("because"), QStringLiteral("B")}}});
        QVERIFY(!noSku);
        QVERIFY(noSku.error().detail.contains(QLatin1String("without \"sku\"")));
    }

    // How the suggestions were judged sensible: on the demo chain (600 customers, their web
    // orders, 2,000 products), a clerk would expect a customer's suggestions to be of the kinds
    // they buy (their tastes), shirts in the size they wear, and nothing they own that is not
    // consumable. Each demo customer buys 85 % from their tastes' products, 15 % anything. The
    // yardstick is what a till without suggestions would show everyone: the chain's eight
    // best-sellers; suggestions must fit the customer's tastes far more often than those.
    void onTheDemoChainSuggestionsFitTheCustomer() {
        constexpr std::int64_t kProducts = 2000;
        const QDateTime now(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
        const std::vector<Customer> customers = demoCustomers(600, now);
        const std::vector<WebOrder> orders = demoWebOrders(customers, kProducts, now);
        SuggestionModel model;
        QHash<QString, QString> sizeOf;
        QHash<QString, QString> styleOf;
        forEachDemoProduct(kProducts, [&](const DemoProduct& demo) {
            const SuggestionTraits traits = suggestionTraits(toCatalogJson(demo.item));
            sizeOf.insert(traits.sku, traits.size);
            styleOf.insert(traits.sku, traits.group);
            model.addProduct(traits);
        });
        QHash<QString, QStringList> bought;
        for (const WebOrder& order : orders) {
            for (const WebOrderLine& line : order.lines) {
                bought[order.customer.value(QStringLiteral("id")).toString()] << line.sku;
            }
        }
        for (const Customer& customer : customers) {
            model.addCustomer({customer.id, bought.value(customer.id), customer.sizes, customer.brands});
        }
        model.build();

        int suggested = 0;
        int ofTheirTastes = 0;
        int customersServed = 0;
        for (std::size_t i = 0; i < model.customerCount(); ++i) {
            const std::vector<Suggestion> suggestions = model.suggestionsFor(i);
            customersServed += suggestions.empty() ? 0 : 1;
            const QSet<QString> tastes = demoTasteSkus(static_cast<int>(i), kProducts);
            for (const Suggestion& suggestion : suggestions) {
                ++suggested;
                ofTheirTastes += tastes.contains(suggestion.sku) ? 1 : 0;
                QVERIFY2(bought.value(model.customerId(i)).contains(suggestion.because),
                         qPrintable(suggestion.because));
                const QString size = sizeOf.value(suggestion.sku);
                const QStringList& theirs = bought.value(customers[i].id);
                if (!size.isEmpty()) {
                    // A shirt: in a size they told or bought, of a style they do not own.
                    const bool theirSize = customers[i].sizes.contains(size) ||
                                           std::any_of(theirs.begin(), theirs.end(),
                                                       [&](const QString& sku) { return sizeOf.value(sku) == size; });
                    QVERIFY2(theirSize, qPrintable(customers[i].id + QLatin1Char(' ') + suggestion.sku));
                    QVERIFY2(std::none_of(theirs.begin(), theirs.end(),
                                          [&](const QString& sku) {
                                              return styleOf.value(sku) == styleOf.value(suggestion.sku);
                                          }),
                             qPrintable(customers[i].id + QLatin1Char(' ') + suggestion.sku));
                }
            }
        }
        const double share = suggested == 0 ? 0.0 : 100.0 * ofTheirTastes / suggested;
        const double bestSellersShare = shareOfTastesAmongBestSellers(customers, bought, kProducts);
        qInfo("demo chain: %d of %zu customers get suggestions, %d suggestions, %.0f %% of their tastes "
              "(the best-sellers: %.0f %%)",
              customersServed, model.customerCount(), suggested, share, bestSellersShare);
        QVERIFY(customersServed >= 500);
        QVERIFY(share >= 80);
        QVERIFY(share >= bestSellersShare + 30);
    }
};

QTEST_GUILESS_MAIN(TestSuggestions)
#include "TestSuggestions.moc"
