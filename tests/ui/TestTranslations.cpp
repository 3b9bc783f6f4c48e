#include "core/domain/Result.h"
#include "resources/Resources.h"

#include <QCoreApplication>
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

    void styleSheetIsCompiledIn() { QVERIFY(resources::styleSheet().contains(QStringLiteral("44px"))); }
};

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
