// The clerk's product search: parts of Finnish compounds, case and accents ignored, several words
// narrowing, odd characters harmless, and the likeliest product first.

#include "core/domain/SearchText.h"
#include "core/store/MasterDataFeeds.h"
#include "core/store/TillDatabase.h"
#include "core/till/Finder.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <mutex>

using namespace kassa::core;

namespace {

struct Item {
    const char* sku;
    const char* gtin;
    const char* name;
    const char* brand;
    int popularity;
};

// Popularity as sales make it: milk sells most.
const Item kItems[] = {
    {"1001", "06408430000012", "Valio kevytmaito 1 l", "Valio", 900},
    {"1002", "06408430000029", "Valio rasvaton maito 1 l", "Valio", 500},
    {"1003", "06408430000036", "Maitorahka 250 g", "Valio", 100},
    {"1004", "06411401015090", "Fazer ruisleipä 400 g", "Fazer", 700},
    {"1005", "06415712000011", "Paulig Juhla Mokka 500 g", "Paulig", 800},
    {"1006", "06415712000028", "Paulig Juhla Mokka 250 g", "Paulig", 300},
    {"1007", "03760091720016", "Crème fraîche 20 %", "Président", 50},
    {"1008", "06416453000018", "Pääsiäismuna suklaa", "Fazer", 20},
    {"1009", "06408430000043", "Maito-kaurajuoma 1 l", "Oddlygood", 10},
};

QStringList names(const std::vector<Product>& products) {
    QStringList found;
    for (const Product& product : products) {
        found << product.name;
    }
    return found;
}

} // namespace

class TestProductSearch : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TillDatabase> m_till;

    QStringList search(const char* text, int limit = 20) {
        return names(m_till->catalog().search(QString::fromUtf8(text), limit));
    }

private Q_SLOTS:
    void init() {
        m_till = std::make_unique<TillDatabase>(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())));
        m_till->initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("Test"));
        Transaction transaction(m_till->db());
        for (const Item& item : kItems) {
            Product product;
            product.sku = QString::fromLatin1(item.sku);
            product.name = QString::fromUtf8(item.name);
            product.brand = QString::fromUtf8(item.brand);
            product.price = Money(199);
            product.taxCode = QStringLiteral("B");
            m_till->catalog().upsert(product, {QString::fromLatin1(item.gtin)}, item.popularity, std::nullopt);
        }
        transaction.commit();
    }

    void foldsCaseAccentsAndPunctuation() {
        QCOMPARE(productSearchText(QStringLiteral("Crème fraîche 20 %"), QStringLiteral("Président"),
                                   QStringLiteral("SKU-1")),
                 QStringLiteral(" creme fraiche 20 president sku 1"));
        QCOMPARE(searchWords(QStringLiteral("  Juhla,  500!! ")),
                 (QStringList{QStringLiteral("juhla"), QStringLiteral("500")}));
        QCOMPARE(searchWords(QStringLiteral("\" OR * NEAR(")),
                 (QStringList{QStringLiteral("or"), QStringLiteral("near")}));
        QVERIFY(searchWords(QStringLiteral("%%% ***")).isEmpty());
    }

    void findsPartsOfCompoundWords() {
        QVERIFY(search("maito").contains(QStringLiteral("Valio kevytmaito 1 l")));
        QCOMPARE(search("leipä"), QStringList{QStringLiteral("Fazer ruisleipä 400 g")});
        QCOMPARE(search("leipa"), QStringList{QStringLiteral("Fazer ruisleipä 400 g")});
        QCOMPARE(search("ruis"), QStringList{QStringLiteral("Fazer ruisleipä 400 g")});
    }

    void ignoresCaseAndAccents() {
        QCOMPARE(search("creme"), QStringList{QStringLiteral("Crème fraîche 20 %")});
        QCOMPARE(search("CRÈME"), QStringList{QStringLiteral("Crème fraîche 20 %")});
        QCOMPARE(search("paa"), QStringList{QStringLiteral("Pääsiäismuna suklaa")});
        QCOMPARE(search("president"), QStringList{QStringLiteral("Crème fraîche 20 %")}); // the brand
    }

    void severalWordsNarrow() {
        QCOMPARE(search("juhla"),
                 (QStringList{QStringLiteral("Paulig Juhla Mokka 500 g"), QStringLiteral("Paulig Juhla Mokka 250 g")}));
        QCOMPARE(search("juhla 500"), QStringList{QStringLiteral("Paulig Juhla Mokka 500 g")});
        QCOMPARE(search("500 juhla"), QStringList{QStringLiteral("Paulig Juhla Mokka 500 g")});
        QCOMPARE(search("mokka 25"), QStringList{QStringLiteral("Paulig Juhla Mokka 250 g")});
        QVERIFY(search("juhla kahvi").isEmpty());
        // A one-letter word is a word start the other words' hits are checked against.
        QCOMPARE(search("maito l"),
                 (QStringList{QStringLiteral("Valio rasvaton maito 1 l"), QStringLiteral("Maito-kaurajuoma 1 l"),
                              QStringLiteral("Valio kevytmaito 1 l")}));
    }

    // The code itself first, then words that start so, then the letters inside words; each
    // group most popular first, and no product twice.
    void ordersWhatTheClerkMostLikelyMeansFirst() {
        QCOMPARE(search("maito"),
                 (QStringList{QStringLiteral("Valio rasvaton maito 1 l"), QStringLiteral("Maitorahka 250 g"),
                              QStringLiteral("Maito-kaurajuoma 1 l"), QStringLiteral("Valio kevytmaito 1 l")}));
        QCOMPARE(search("6408430000036").value(0), QStringLiteral("Maitorahka 250 g")); // the EAN-13
        QCOMPARE(search("1009").value(0), QStringLiteral("Maito-kaurajuoma 1 l"));      // the SKU
        QStringList valio = search("valio");
        QCOMPARE(valio.size(), 3);
        QCOMPARE(valio.value(0), QStringLiteral("Valio kevytmaito 1 l"));
        QCOMPARE(valio.removeDuplicates(), qsizetype(0));
        QCOMPARE(search("maito", 2).size(), 2);
    }

    void oddCharactersAreHarmless() {
        for (const char* odd : {"\"", "\" OR * NEAR(", "'; DROP TABLE products; --", "%", "*", "\\", "()", "^maito",
                                "maito*", "NOT", "😀", "ääää", "-", "a", "", "   "}) {
            (void)search(odd); // never an SQL or full-text syntax error
        }
        QCOMPARE(search("\"maito\""), search("maito"));
        QVERIFY(search("😀").isEmpty());
        QVERIFY(search(QString(5000, QLatin1Char('x')).toUtf8().constData()).isEmpty());
        QCOMPARE(m_till->catalog().productCount(), std::int64_t(std::size(kItems)));
    }

    void followsChangesToTheCatalog() {
        Transaction transaction(m_till->db());
        Product renamed = m_till->catalog().bySku(QStringLiteral("1008")).value();
        renamed.name = QStringLiteral("Joulusuklaa");
        m_till->catalog().upsert(renamed, {}, 20, std::nullopt);
        transaction.commit();
        QVERIFY(search("pääsiäis").isEmpty());
        QCOMPARE(search("joulu"), QStringList{QStringLiteral("Joulusuklaa")});
    }

    void findsWhatAFirstLoadFromCentralBrought() {
        const QJsonObject item{{QStringLiteral("sku"), QStringLiteral("2001")},
                               {QStringLiteral("name"), QStringLiteral("Arla laktoositon kevytmaitojuoma 1 l")},
                               {QStringLiteral("brand"), QStringLiteral("Arla")},
                               {QStringLiteral("price"), QStringLiteral("1.49")},
                               {QStringLiteral("tax_code"), QStringLiteral("B")},
                               {QStringLiteral("unit"), QStringLiteral("pcs")},
                               {QStringLiteral("gtins"), QJsonArray{QStringLiteral("6408430000050")}}};
        const ChangePage page{
            QStringLiteral("g1"), 1, {FeedChange{1, QString::fromLatin1(feeds::kProducts), item, false}}};
        const auto taken = m_till->masterData().take(page, 0);
        QVERIFY2(taken.ok(), taken.ok() ? "" : qPrintable(describe(taken.error())));
        QVERIFY(taken->swapped);
        QCOMPARE(search("maitojuoma"), QStringList{QStringLiteral("Arla laktoositon kevytmaitojuoma 1 l")});
    }

    // As the clerk types: the answer that counts is the one for the last keystroke.
    void findsOffTheCallersThreadAndAnswersTheLatestKeystroke() {
        std::mutex mutex;
        std::vector<std::pair<std::uint64_t, QStringList>> answers;
        ProductFinder finder(m_till->db().path(), [&](std::uint64_t request, std::vector<Product> products) {
            std::lock_guard lock(mutex);
            answers.emplace_back(request, names(products));
        });
        std::uint64_t last = 0;
        for (const char* typed : {"m", "ma", "mai", "mait", "maito"}) {
            last = finder.find(QString::fromUtf8(typed), 20);
        }
        const auto answered = [&] {
            std::lock_guard lock(mutex);
            return !answers.empty() && answers.back().first == last;
        };
        QTRY_VERIFY(answered());
        std::lock_guard lock(mutex);
        QCOMPARE(answers.back().second, search("maito"));
        for (const auto& answer : answers) {
            QVERIFY(answer.first <= last);
        }
    }

    void stopsWhileASearchIsAsked() {
        auto finder = std::make_unique<ProductFinder>(m_till->db().path(), [](std::uint64_t, std::vector<Product>) {});
        (void)finder->find(QStringLiteral("maito"), 20);
        finder.reset(); // returns: the search is interrupted or done, never waited on forever
        QCOMPARE(search("ruis").size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestProductSearch)
#include "TestProductSearch.moc"
