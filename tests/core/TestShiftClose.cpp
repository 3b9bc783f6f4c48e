// Closing a shift through core/till/ShiftClose.h, as the shift screen and `kassactl shift close`
// do, on a real SQLite file: a count within the limit closes blind; a count off by more than the
// limit is refused naming the limit; a cashier cannot approve it, a manager can with a reason,
// and the Z report records who; a count that is not one is refused before anything is written.

#include "common/OpenShift.h"
#include "core/store/DemoCatalog.h"
#include "core/till/ShiftClose.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kassa::core;

class TestShiftClose : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TillDatabase> m_till;
    const QDateTime m_at{QDate(2026, 11, 30), QTime(18, 0), Qt::UTC};
    const Operator m_cashier{QStringLiteral("1001"), QStringLiteral("Maija Virtanen"), Role::Cashier};

    ShiftClose shiftClose() {
        return ShiftClose(*m_till, m_cashier, [this] { return m_at; });
    }

private Q_SLOTS:
    void init() {
        m_till = std::make_unique<TillDatabase>(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())));
        m_till->initialise(QStringLiteral("001"), QStringLiteral("02"), QStringLiteral("Test"));
        seedDemoCatalog(*m_till, 20);
        kassa::testing::openShift(*m_till, m_at.addSecs(-8 * 3600)); // a float of 150.00
    }

    void aCountWithinTheLimitClosesBlind() {
        const Result<ZReport> z = shiftClose().close(QStringLiteral("50x2 20x2 5x2"), QString()); // 150.00
        QVERIFY2(z.ok(), z ? "" : qPrintable(describe(z.error())));
        QCOMPARE(z->shift.zNumber, std::int64_t(1));
        QCOMPARE(z->shift.closedBy, m_cashier.id);
        QVERIFY(z->approverId.isEmpty());
        QVERIFY(!m_till->shifts().current());
    }

    void aDifferenceAboveTheLimitNeedsAManagerAndAReason() {
        ShiftClose closing = shiftClose();
        const Result<ZReport> blind = closing.close(QStringLiteral("120.00"), QStringLiteral("till short"));
        QCOMPARE(blind.error().code, ErrorCode::CountNeedsApproval);
        QCOMPARE(blind.error().detail, Money(5'00).format()); // the limit, never the difference
        QVERIFY(m_till->shifts().current());

        QCOMPARE(closing.approve(QStringLiteral("1001"), u"1234", QStringLiteral("till short")).error().code,
                 ErrorCode::NotAuthorized);
        const Result<Approval> approval =
            closing.approve(QStringLiteral("3001"), u"3456", QStringLiteral("till short"));
        QVERIFY(approval.ok());
        QCOMPARE(closing.close(QStringLiteral("120.00"), QString(), approval.value()).error().code,
                 ErrorCode::CountNeedsApproval); // a reason too
        const Result<ZReport> z =
            closing.close(QStringLiteral("120.00"), QStringLiteral("till short"), approval.value());
        QVERIFY2(z.ok(), z ? "" : qPrintable(describe(z.error())));
        QCOMPARE(z->approverId, QStringLiteral("3001"));
        QCOMPARE(z->reason, QStringLiteral("till short"));
        QCOMPARE(z->judgement.difference, Money(-30'00));
    }

    void aCountThatIsNotOneIsRefusedAndTheShiftStaysOpen() {
        const Result<ZReport> z = shiftClose().close(QStringLiteral("lots"), QString());
        QVERIFY(!z);
        QCOMPARE(z.error().code, ErrorCode::InvalidInput);
        QVERIFY(m_till->shifts().current());
    }

    void closingAgainNamesTheCloseThereWas() {
        QVERIFY(shiftClose().close(QStringLiteral("150"), QString()).ok());
        const Result<ZReport> again = shiftClose().close(QStringLiteral("150"), QString());
        QCOMPARE(again.error().code, ErrorCode::ShiftAlreadyClosed);
    }
};

QTEST_GUILESS_MAIN(TestShiftClose)
#include "TestShiftClose.moc"
