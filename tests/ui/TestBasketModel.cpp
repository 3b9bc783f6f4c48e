#include "core/domain/Basket.h"
#include "ui/sale/BasketModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QLocale>
#include <QTest>

using namespace kassa;

class TestBasketModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void followsTheBasket() {
        QLocale::setDefault(QLocale(QLocale::Finnish, QLocale::Finland));
        core::Basket basket;
        ui::BasketModel model(basket);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        core::Product milk;
        milk.sku = QStringLiteral("1");
        milk.name = QStringLiteral("Maito");
        milk.price = core::Money(109);
        milk.taxCode = QStringLiteral("B");
        (void)basket.addProduct(milk, 1350, 2000, {});
        model.refresh();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, ui::BasketModel::AmountColumn)).toString(), QStringLiteral("2,18"));
        (void)basket.addProduct(milk, 1350, 1000, {});
        (void)basket.voidLine(1);
        model.refresh();
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.data(model.index(0, 1), Qt::FontRole).value<QFont>().strikeOut());
        QCOMPARE(model.lineNoAt(1), 2);
        QCOMPARE(model.rowOfLine(2), 1);
        basket.clear();
        model.refresh();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestBasketModel)
#include "TestBasketModel.moc"
