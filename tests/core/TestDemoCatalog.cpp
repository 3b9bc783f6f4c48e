#include "core/store/DemoCatalog.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa::core;

class TestDemoCatalog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QStringList dump(TillDatabase& till) {
        QStringList rows;
        Query query = till.db().prepare("SELECT p.sku, p.name, p.brand, p.price_cents, p.tax_code, p.unit, "
                                        "coalesce(p.plu, 0), g.gtin FROM products p "
                                        "LEFT JOIN product_gtins g ON g.product_id = p.id ORDER BY p.sku");
        while (query->step()) {
            QStringList row;
            for (int i = 0; i < 8; ++i) {
                row << query->text(i);
            }
            rows << row.join(QLatin1Char('|'));
        }
        return rows;
    }

private Q_SLOTS:
    void isDeterministicAndValid() {
        TillDatabase a(m_dir.filePath(QStringLiteral("a")));
        a.initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("A"));
        seedDemoCatalog(a, 2000);
        TillDatabase b(m_dir.filePath(QStringLiteral("b")));
        b.initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("B"));
        seedDemoCatalog(b, 2000);
        const QStringList rows = dump(a);
        QCOMPARE(rows, dump(b));
        QCOMPARE(a.catalog().productCount(), 2000);

        QSet<QString> gtins;
        Query query = a.db().prepare("SELECT gtin FROM product_gtins");
        while (query->step()) {
            const QString gtin = query->text(0);
            QVERIFY2(hasValidGs1CheckDigit(gtin), qPrintable(gtin));
            gtins.insert(gtin);
        }
        QVERIFY(gtins.size() > 1900);
        QVERIFY(a.catalog().byGtin(normalizeGtin(demoGtin(123)).value()).has_value());
    }

    void hasWeighedItemsQuickKeysAndOperators() {
        TillDatabase till(m_dir.filePath(QStringLiteral("c")));
        till.initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("C"));
        seedDemoCatalog(till, 1000);
        auto banana = till.catalog().byPlu(1);
        QVERIFY(banana);
        QCOMPARE(int(banana->unit), int(Unit::Kilograms));
        QVERIFY(till.catalog().quickKeys().size() >= 8);
        QCOMPARE(till.operators().all().size(), std::size_t(3));
        QVERIFY(till.operators().login(QStringLiteral("1001"), u"1234", QDateTime::currentDateTimeUtc()).ok());
        QVERIFY(!till.catalog().search(QStringLiteral("kahvi"), 5).empty());
        QVERIFY(!till.catalog().search(QStringLiteral("valio"), 5).empty());
    }
};

QTEST_GUILESS_MAIN(TestDemoCatalog)
#include "TestDemoCatalog.moc"
