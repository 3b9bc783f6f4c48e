#include "core/store/TillDatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kassa::core;

class TestOperators : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TillDatabase> m_till;
    const QDateTime m_now{QDate(2026, 11, 24), QTime(9, 0), Qt::UTC};

private Q_SLOTS:
    void init() {
        m_till = std::make_unique<TillDatabase>(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())));
        m_till->initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("Test"));
        QVERIFY(
            m_till->operators().add({QStringLiteral("1001"), QStringLiteral("Maija"), Role::Cashier}, u"1234").ok());
        QVERIFY(
            m_till->operators().add({QStringLiteral("2001"), QStringLiteral("Jukka"), Role::Supervisor}, u"2345").ok());
    }

    void pinIsStoredOnlyAsSaltedHash() {
        Query query = m_till->db().prepare("SELECT pin_salt, pin_hash FROM operators ORDER BY id");
        QVERIFY(query->step());
        const QByteArray salt1 = query->blob(0);
        const QByteArray hash1 = query->blob(1);
        QCOMPARE(salt1.size(), 16);
        QCOMPARE(hash1.size(), 32);
        QVERIFY(!hash1.contains("1234"));
        QVERIFY(query->step());
        QVERIFY(query->blob(0) != salt1);
        // The same PIN hashes differently with another salt.
        QVERIFY(hashPin(u"1234").hash != hashPin(u"1234").hash);
    }

    void logsInWithTheRightPin() {
        auto person = m_till->operators().login(QStringLiteral("1001"), u"1234", m_now);
        QVERIFY(person.ok());
        QCOMPARE(person->name, QStringLiteral("Maija"));
        QCOMPARE(int(person->role), int(Role::Cashier));
    }

    void refusesWrongPinAndUnknownOperator() {
        QCOMPARE(m_till->operators().login(QStringLiteral("1001"), u"9999", m_now).error().code, ErrorCode::WrongPin);
        QCOMPARE(m_till->operators().login(QStringLiteral("9999"), u"1234", m_now).error().code,
                 ErrorCode::UnknownOperator);
    }

    void locksAfterRepeatedWrongPins() {
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(m_till->operators().login(QStringLiteral("1001"), u"0000", m_now).error().code,
                     ErrorCode::WrongPin);
        }
        QCOMPARE(m_till->operators().login(QStringLiteral("1001"), u"0000", m_now).error().code,
                 ErrorCode::OperatorLocked);
        // Even the right PIN is refused while locked ...
        QCOMPARE(m_till->operators().login(QStringLiteral("1001"), u"1234", m_now.addSecs(60)).error().code,
                 ErrorCode::OperatorLocked);
        // ... and accepted after the lock time.
        QVERIFY(m_till->operators().login(QStringLiteral("1001"), u"1234", m_now.addSecs(16 * 60)).ok());
    }

    void successResetsTheCount() {
        for (int i = 0; i < 4; ++i) {
            (void)m_till->operators().login(QStringLiteral("1001"), u"0000", m_now);
        }
        QVERIFY(m_till->operators().login(QStringLiteral("1001"), u"1234", m_now).ok());
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(m_till->operators().login(QStringLiteral("1001"), u"0000", m_now).error().code,
                     ErrorCode::WrongPin);
        }
    }

    void onlySupervisorsApprove() {
        QCOMPARE(m_till->operators().approve(QStringLiteral("1001"), u"1234", Role::Supervisor, {}, m_now).error().code,
                 ErrorCode::NotAuthorized);
        auto approval = m_till->operators().approve(QStringLiteral("2001"), u"2345", Role::Supervisor, {}, m_now);
        QVERIFY(approval.ok());
        QCOMPARE(approval->approverId, QStringLiteral("2001"));
        QCOMPARE(m_till->operators().approve(QStringLiteral("2001"), u"1111", Role::Supervisor, {}, m_now).error().code,
                 ErrorCode::WrongPin);
    }

    void refusesBadPins() {
        QCOMPARE(m_till->operators().add({QStringLiteral("5"), QStringLiteral("X"), Role::Cashier}, u"12").error().code,
                 ErrorCode::InvalidPin);
        QCOMPARE(
            m_till->operators().add({QStringLiteral("5"), QStringLiteral("X"), Role::Cashier}, u"12a4").error().code,
            ErrorCode::InvalidPin);
        QCOMPARE(m_till->operators()
                     .add({QStringLiteral("5"), QStringLiteral("X"), Role::Cashier}, u"123456789")
                     .error()
                     .code,
                 ErrorCode::InvalidPin);
        QVERIFY(!m_till->operators().find(QStringLiteral("5")));
    }
};

QTEST_GUILESS_MAIN(TestOperators)
#include "TestOperators.moc"
