#include "core/domain/Result.h"
#include "resources/Resources.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>

using namespace kassa;

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void choosesAShippedLanguage() {
        QCOMPARE(resources::chooseLanguage(QStringLiteral("fi"), QStringLiteral("en_US")), QStringLiteral("fi"));
        QCOMPARE(resources::chooseLanguage(QString(), QStringLiteral("fi_FI")), QStringLiteral("fi"));
        QCOMPARE(resources::chooseLanguage(QStringLiteral("xx"), QStringLiteral("de_DE")), QStringLiteral("en"));
    }

    void finnishIsCompleteEnoughToShip() {
        QTranslator translator;
        QVERIFY(resources::loadTranslation(translator, QStringLiteral("fi")));
        QCoreApplication::installTranslator(&translator);
        const QString text = core::describe(core::makeError(core::ErrorCode::EmptyBasket));
        QVERIFY2(text.contains(QStringLiteral("Ostoskori")) || text.contains(QStringLiteral("ostoskori")),
                 qPrintable(text));
        QCOMPARE(QCoreApplication::translate("kassa::ui::SaleScreen", "Total"), QStringLiteral("Yhteensä"));
        QCoreApplication::removeTranslator(&translator);
    }

    void swedishShipsToo() {
        QCOMPARE(resources::chooseLanguage(QString(), QStringLiteral("sv_FI")), QStringLiteral("sv"));
        QCOMPARE(resources::chooseLanguage(QStringLiteral("sv"), QStringLiteral("fi_FI")), QStringLiteral("sv"));
        QTranslator translator;
        QVERIFY(resources::loadTranslation(translator, QStringLiteral("sv")));
        QCoreApplication::installTranslator(&translator);
        const QString text = core::describe(core::makeError(core::ErrorCode::EmptyBasket));
        QVERIFY2(text.contains(QStringLiteral("Korgen")), qPrintable(text));
        QCOMPARE(QCoreApplication::translate("kassa::ui::SaleScreen", "Total"), QStringLiteral("Summa"));
        QCoreApplication::removeTranslator(&translator);
    }

    // Every text of the program has its Finnish and Swedish form: none is left unfinished.
    void finnishAndSwedishAreComplete_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("fi") << QStringLiteral("kassa_fi.ts");
        QTest::newRow("sv") << QStringLiteral("kassa_sv.ts");
    }

    void finnishAndSwedishAreComplete() {
        QFETCH(QString, file);
        QFile ts(QStringLiteral(KASSA_TEST_SOURCE_DIR "/../resources/translations/") + file);
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QByteArray text = ts.readAll();
        QVERIFY(text.count("<message") > 100);
        QCOMPARE(text.count("type=\"unfinished\""), 0);
    }

    void styleSheetIsCompiledIn() { QVERIFY(resources::styleSheet().contains(QStringLiteral("44px"))); }
};

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
