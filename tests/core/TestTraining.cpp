// Training mode on a real SQLite file: switched by a manager between customers only; its sales
// need no shift, are printed as training, and stay out of the till's sales, the shift's figures,
// the stock ledger and the outbox; vouchers, points and returns are not practised.

#include "common/OpenShift.h"
#include "core/store/DemoCatalog.h"
#include "core/till/Checkout.h"
#include "core/till/ReturnDesk.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kassa::core;

class TestTraining : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TillDatabase> m_till;
    const QDateTime m_at{QDate(2026, 11, 30), QTime(9, 0), Qt::UTC};

    qint64 count(const char* sql) {
        Query query = m_till->db().prepare(sql);
        query->step();
        return query->int64(0);
    }

private Q_SLOTS:
    void init() {
        m_till = std::make_unique<TillDatabase>(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())));
        m_till->initialise(QStringLiteral("001"), QStringLiteral("02"), QStringLiteral("Test"));
        seedDemoCatalog(*m_till, 100);
    }

    void aManagerSwitchesItOnlyBetweenCustomers() {
        SimulatedPaymentTerminal terminal;
        Checkout checkout(*m_till, terminal, [this] { return m_at; });
        QVERIFY(checkout.login(QStringLiteral("1001"), u"1234").ok());
        QCOMPARE(checkout.setTrainingMode(true, QStringLiteral("1001"), u"1234").error().code,
                 ErrorCode::NotAuthorized); // a cashier cannot
        QCOMPARE(checkout.setTrainingMode(true, QStringLiteral("3001"), u"0000").error().code, ErrorCode::WrongPin);
        kassa::testing::openShift(*m_till, m_at);
        QVERIFY(checkout.scan(demoGtin(0)).ok());
        const auto refused = checkout.setTrainingMode(true, QStringLiteral("3001"), u"3456");
        QCOMPARE(refused.error().code, ErrorCode::TrainingWithOpenBasket);
        QVERIFY(describe(refused.error()).contains(QLatin1String("finish or suspend the open basket")));
        QVERIFY(!checkout.trainingMode());
        QVERIFY(checkout.voidLine(1).ok());
        QVERIFY(checkout.setTrainingMode(true, QStringLiteral("3001"), u"3456").ok());
        QVERIFY(checkout.trainingMode());
        const TrainingState state = m_till->training().state();
        QCOMPARE(state.switchedBy, QStringLiteral("3001"));
        QCOMPARE(state.switchedAt, m_at);
    }

    // With the card terminal declining everything: a training card payment never reaches it.
    void itsSalesAreNeverSales() {
        SimulatedPaymentTerminal terminal(SimulatedPaymentTerminal::Mode::Decline);
        Checkout checkout(*m_till, terminal, [this] { return m_at; });
        QVERIFY(checkout.login(QStringLiteral("1001"), u"1234").ok());
        QVERIFY(checkout.setTrainingMode(true, QStringLiteral("3001"), u"3456").ok());
        QVERIFY(checkout.scan(demoGtin(3), 2 * kQuantityOne).ok()); // no shift open: practice needs none
        QVERIFY(checkout.startPayment().ok());
        QCOMPARE(checkout.payVoucher(QStringLiteral("V-001-01-000001"), CentralVoucher{}).error().code,
                 ErrorCode::NotInTraining);
        QCOMPARE(checkout.payLoyaltyPoints().error().code, ErrorCode::NotInTraining);
        QVERIFY(checkout.payCard().ok());
        const auto sale = checkout.complete();
        QVERIFY(sale.ok());
        QVERIFY(sale->training);
        QCOMPARE(sale->receiptNumber, QStringLiteral("T-001-02-000001"));
        QCOMPARE(sale->tenders.front().card.authCode, QStringLiteral("TRAINING"));
        const QString printed = renderReceiptText(*sale, checkout.receiptHeader());
        QVERIFY(printed.trimmed().startsWith(QLatin1String("*** TRAINING - NOT A RECEIPT ***")));
        QVERIFY(printed.trimmed().endsWith(QLatin1String("*** TRAINING - NOT A RECEIPT ***")));

        QCOMPARE(m_till->training().count(), std::int64_t(1));
        QCOMPARE(m_till->journal().saleCount(), std::int64_t(0));
        QCOMPARE(count("SELECT count(*) FROM outbox"), 0);
        QCOMPARE(count("SELECT count(*) FROM stock_movements"), 0);
        QCOMPARE(m_till->training().last(1).front().total, sale->total);

        ReturnDesk returns(*m_till, terminal, *checkout.cashier(), [this] { return m_at; });
        const auto noReturn = returns.openWithoutReceipt();
        QCOMPARE(noReturn.error().code, ErrorCode::NotInTraining);
        QVERIFY(describe(noReturn.error()).startsWith(QLatin1String("A return cannot be practised")));
    }

    // A shift open while the till trains: its figures (X and Z) know nothing of the practice.
    void itCountsInNoReport() {
        SimulatedPaymentTerminal terminal;
        Checkout checkout(*m_till, terminal, [this] { return m_at; });
        QVERIFY(checkout.login(QStringLiteral("1001"), u"1234").ok());
        kassa::testing::openShift(*m_till, m_at);
        QVERIFY(checkout.setTrainingMode(true, QStringLiteral("3001"), u"3456").ok());
        QVERIFY(checkout.scan(demoGtin(1)).ok());
        QVERIFY(checkout.startPayment().ok());
        QVERIFY(checkout.payCash(Money(50'00)).ok());
        QVERIFY(checkout.complete().ok());
        QVERIFY(checkout.setTrainingMode(false, QStringLiteral("3001"), u"3456").ok());
        QVERIFY(checkout.scan(demoGtin(1)).ok());
        QVERIFY(checkout.startPayment().ok());
        QVERIFY(checkout.payCash(Money(50'00)).ok());
        const auto real = checkout.complete();
        QVERIFY(real.ok());
        QVERIFY(!real->training);
        QCOMPARE(real->receiptNumber, QStringLiteral("001-02-000001"));
        const ShiftFigures figures = m_till->shifts().figures(*m_till->shifts().current());
        QCOMPARE(figures.sales, 1);
        QCOMPARE(figures.expectedCash(), Money(kassa::testing::kTestFloatCents) + real->amountPaid());
    }
};

QTEST_GUILESS_MAIN(TestTraining)
#include "TestTraining.moc"
