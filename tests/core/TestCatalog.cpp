#include "core/store/TillDatabase.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa::core;

namespace {

Result<ImportSummary> importText(TillDatabase& till, const QByteArray& text) {
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    return till.catalog().importJsonLines(buffer, till.settings().taxTable());
}

const QByteArray kGood =
    R"({"sku":"100","gtins":["4006381333931"],"name":"Kynä","brand":"Stabilo","price":"1.95","tax_code":"A","unit":"pcs","attributes":{"color":"green"}}
{"sku":"200","gtins":["6411401015090","96385074"],"name":"Sininen suklaa","brand":"Fazer","price":"2.99","tax_code":"B","unit":"pcs"}
{"sku":"300","gtins":[],"name":"Banaani","brand":"Chiquita","price":"1.99","tax_code":"B","unit":"kg","plu":1}
)";

} // namespace

class TestCatalog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TillDatabase> m_till;

    int searchTriggers() {
        Query triggers = m_till->db().prepare(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'products_search_%'");
        triggers->step();
        return static_cast<int>(triggers->int64(0));
    }

private Q_SLOTS:
    void init() {
        m_till = std::make_unique<TillDatabase>(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())));
        m_till->initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("Test"));
    }

    void importsAndLooksUp() {
        auto summary = importText(*m_till, kGood);
        if (!summary.ok()) {
            QFAIL(qPrintable(describe(summary.error())));
        }
        QCOMPARE(summary->products, 3);
        QCOMPARE(summary->gtins, 3);
        auto pen = m_till->catalog().byGtin(QStringLiteral("04006381333931"));
        QVERIFY(pen);
        QCOMPARE(pen->name, QStringLiteral("Kynä"));
        QCOMPARE(pen->price.cents(), 195);
        QCOMPARE(pen->attributesJson, QStringLiteral("{\"color\":\"green\"}"));
        QCOMPARE(m_till->catalog().byGtin(QStringLiteral("00000096385074"))->sku, QStringLiteral("200"));
        auto banana = m_till->catalog().byPlu(1);
        QVERIFY(banana);
        QCOMPARE(int(banana->unit), int(Unit::Kilograms));
    }

    void importingAgainUpdates() {
        QVERIFY(importText(*m_till, kGood).ok());
        QByteArray changed = kGood;
        changed.replace("\"1.95\"", "\"2.15\"");
        QVERIFY(importText(*m_till, changed).ok());
        QCOMPARE(m_till->catalog().productCount(), 3);
        QCOMPARE(m_till->catalog().bySku(QStringLiteral("100"))->price.cents(), 215);
    }

    void badLineIsReportedAndNothingIsImported_data() {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QByteArray("{oops") << "not a JSON object";
        QTest::newRow("no sku")
            << QByteArray(R"({"gtins":["4006381333931"],"name":"x","price":"1","tax_code":"A","unit":"pcs"})")
            << "\"sku\"";
        QTest::newRow("price as number")
            << QByteArray(R"({"sku":"9","gtins":["4006381333931"],"name":"x","price":1.5,"tax_code":"A","unit":"pcs"})")
            << "\"price\"";
        QTest::newRow("price three decimals")
            << QByteArray(
                   R"({"sku":"9","gtins":["4006381333931"],"name":"x","price":"1.555","tax_code":"A","unit":"pcs"})")
            << "\"price\"";
        QTest::newRow("bad check digit")
            << QByteArray(R"({"sku":"9","gtins":["4006381333932"],"name":"x","price":"1","tax_code":"A","unit":"pcs"})")
            << "check digit";
        QTest::newRow("unknown tax")
            << QByteArray(R"({"sku":"9","gtins":["4006381333931"],"name":"x","price":"1","tax_code":"Q","unit":"pcs"})")
            << "tax_code";
        QTest::newRow("bad unit")
            << QByteArray(R"({"sku":"9","gtins":["4006381333931"],"name":"x","price":"1","tax_code":"A","unit":"box"})")
            << "\"unit\"";
        QTest::newRow("duplicate gtin")
            << QByteArray(R"({"sku":"9","gtins":["96385074"],"name":"x","price":"1","tax_code":"A","unit":"pcs"})")
            << "also belongs";
        QTest::newRow("duplicate sku")
            << QByteArray(
                   R"({"sku":"100","gtins":["9780201379624"],"name":"x","price":"1","tax_code":"A","unit":"pcs"})")
            << "appears twice";
        QTest::newRow("plu too big")
            << QByteArray(R"({"sku":"9","gtins":[],"name":"x","price":"1","tax_code":"A","unit":"kg","plu":123456})")
            << "\"plu\"";
    }
    void badLineIsReportedAndNothingIsImported() {
        QFETCH(QByteArray, line);
        QFETCH(QString, reason);
        auto summary = importText(*m_till, kGood + line + "\n");
        QVERIFY(!summary.ok());
        const QString message = describe(summary.error());
        QVERIFY2(message.contains(QStringLiteral("line 4")), qPrintable(message));
        QVERIFY2(message.contains(reason), qPrintable(message));
        QCOMPARE(m_till->catalog().productCount(), 0);
    }

    void aFirstImportIndexesOnceAndKeepsSearchCurrentAfterwards() {
        QVERIFY(importText(*m_till, kGood).ok()); // an empty catalog: the index is built at the end
        QCOMPARE(searchTriggers(), 3);
        Query check =
            m_till->db().prepare("INSERT INTO product_search (product_search, rank) VALUES ('integrity-check', 1)");
        check->run(); // throws when the index disagrees with the products
        QByteArray renamed = kGood;
        renamed.replace("Sininen suklaa", "Punainen suklaa");
        QVERIFY(importText(*m_till, renamed).ok()); // row by row through the triggers
        QCOMPARE(m_till->catalog().search(QStringLiteral("punainen"), 10).size(), std::size_t(1));
        QCOMPARE(m_till->catalog().search(QStringLiteral("sininen"), 10).size(), std::size_t(0));
    }

    void aFailedFirstImportLeavesTheSearchAsItWas() {
        QVERIFY(!importText(*m_till, kGood + "{\"sku\":\"400\"}\n").ok());
        QCOMPARE(searchTriggers(), 3);
        QCOMPARE(m_till->catalog().productCount(), 0);
    }

    void emptyFileIsRefused() { QVERIFY(!importText(*m_till, "\n\n").ok()); }

    void searchesByPrefixWithoutFtsSyntax() {
        QVERIFY(importText(*m_till, kGood).ok());
        QCOMPARE(m_till->catalog().search(QStringLiteral("sini"), 10).size(), std::size_t(1));
        QCOMPARE(m_till->catalog().search(QStringLiteral("faz suk"), 10).size(), std::size_t(1));
        QCOMPARE(m_till->catalog().search(QStringLiteral("kyna"), 10).size(), std::size_t(1)); // diacritics
        QCOMPARE(m_till->catalog().search(QStringLiteral("\" OR * NEAR("), 10).size(), std::size_t(0));
        QCOMPARE(m_till->catalog().search(QString(), 10).size(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "TestCatalog.moc"
