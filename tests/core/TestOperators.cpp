#include "core/store/TillDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
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

    // Whoever tries numbers learns nothing of which exist: one answer, word for word.
    void anUnknownOperatorAndAWrongPinGetTheSameAnswer() {
        const auto wrongPin = m_till->operators().login(QStringLiteral("1001"), u"9999", m_now);
        const auto unknown = m_till->operators().login(QStringLiteral("9999"), u"1234", m_now);
        QCOMPARE(wrongPin.error().code, ErrorCode::WrongPin);
        QCOMPARE(unknown.error().code, ErrorCode::WrongPin);
        QCOMPARE(describe(unknown.error()), describe(wrongPin.error()));
        QVERIFY2(!describe(wrongPin.error()).contains(QLatin1Char('4')), qPrintable(describe(wrongPin.error())));
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

    // 15 minutes, then an hour, then a manager: a PIN that is tried on never gets a fresh count.
    void theLockOutGrowsUntilAManagerUnlocks() {
        Operators operators = m_till->operators();
        // Five wrong PINs: the fifth's answer (the four before it must be plain wrong PINs).
        const auto lockWith = [&](const QDateTime& at) -> Error {
            for (int i = 0; i < 4; ++i) {
                const auto refused = operators.login(QStringLiteral("1001"), u"0000", at);
                if (refused.ok() || refused.error().code != ErrorCode::WrongPin) {
                    return makeError(ErrorCode::InvalidInput, QStringLiteral("locked before the fifth"));
                }
            }
            return operators.login(QStringLiteral("1001"), u"0000", at).error();
        };
        const Error first = lockWith(m_now);
        QCOMPARE(first.code, ErrorCode::OperatorLocked);
        QCOMPARE(first.detail, m_now.addSecs(15 * 60).toLocalTime().toString(QStringLiteral("HH:mm")));
        const QDateTime later = m_now.addSecs(16 * 60);
        const Error second = lockWith(later);
        QCOMPARE(second.code, ErrorCode::OperatorLocked);
        QCOMPARE(second.detail, later.addSecs(60 * 60).toLocalTime().toString(QStringLiteral("HH:mm")));
        QCOMPARE(operators.login(QStringLiteral("1001"), u"1234", later.addSecs(59 * 60)).error().code,
                 ErrorCode::OperatorLocked);
        const QDateTime third = later.addSecs(61 * 60);
        QCOMPARE(lockWith(third).code, ErrorCode::OperatorHeldForManager);
        // Held: days later, the right PIN still waits for a manager.
        QCOMPARE(operators.login(QStringLiteral("1001"), u"1234", third.addDays(3)).error().code,
                 ErrorCode::OperatorHeldForManager);
        QVERIFY(operators.unlock(QStringLiteral("1001"), ChangedBy{QStringLiteral("3001"), third}).ok());
        QVERIFY(operators.login(QStringLiteral("1001"), u"1234", third.addDays(3)).ok());
        // Logged in, the next wrong PINs lock for 15 minutes again.
        QCOMPARE(lockWith(third.addDays(3)).detail,
                 third.addDays(3).addSecs(15 * 60).toLocalTime().toString(QStringLiteral("HH:mm")));
    }

    void anOperatorIsNeverReplacedByAddingItAgain() {
        Operators operators = m_till->operators();
        QCOMPARE(operators.add({QStringLiteral("1001"), QStringLiteral("Mallory"), Role::Admin}, u"9999").error().code,
                 ErrorCode::OperatorExists);
        QCOMPARE(operators.find(QStringLiteral("1001"))->name, QStringLiteral("Maija"));
        QVERIFY(operators.login(QStringLiteral("1001"), u"1234", m_now).ok()); // the PIN stands
    }

    // Each change of rights is an operator.changed record: who, what, before and after, no PIN.
    void changesOfRightsAreRecordedWithoutAPin() {
        Operators operators = m_till->operators();
        const ChangedBy manager{QStringLiteral("3001"), m_now};
        QVERIFY(operators.add({QStringLiteral("1002"), QStringLiteral("Liisa"), Role::Cashier}, u"4711", manager).ok());
        QVERIFY(operators.setRole(QStringLiteral("1002"), Role::Supervisor, manager).ok());
        QVERIFY(operators.setPin(QStringLiteral("1002"), u"7766", manager).ok());
        QVERIFY(operators.disable(QStringLiteral("1002"), manager).ok());
        QCOMPARE(operators.login(QStringLiteral("1002"), u"7766", m_now).error().code, ErrorCode::WrongPin);
        QCOMPARE(operators.setPin(QStringLiteral("9999"), u"7766", manager).error().code, ErrorCode::InvalidInput);

        Query records = m_till->db().prepare(
            "SELECT payload FROM outbox WHERE kind = 'operator.changed' AND payload LIKE '%1002%' ORDER BY seq");
        QStringList details;
        while (records->step()) {
            const QString payload = records->text(0);
            QVERIFY2(!payload.contains(QStringLiteral("4711")) && !payload.contains(QStringLiteral("7766")),
                     qPrintable(payload));
            const QJsonObject entry = QJsonDocument::fromJson(payload.toUtf8()).object();
            QCOMPARE(entry.value(QStringLiteral("actor")).toString(), QStringLiteral("3001"));
            QCOMPARE(entry.value(QStringLiteral("subject")).toString(), QStringLiteral("1002"));
            details << entry.value(QStringLiteral("detail")).toString();
            if (details.last() == QLatin1String("role changed")) {
                QCOMPARE(entry.value(QStringLiteral("before")).toObject().value(QStringLiteral("role")).toString(),
                         QStringLiteral("cashier"));
                QCOMPARE(entry.value(QStringLiteral("after")).toObject().value(QStringLiteral("role")).toString(),
                         QStringLiteral("supervisor"));
            }
        }
        QCOMPARE(details, (QStringList{QStringLiteral("added"), QStringLiteral("role changed"),
                                       QStringLiteral("PIN changed"), QStringLiteral("disabled")}));
    }

    // Head office's till policy sets the shortest PIN; PINs set before it keep working.
    void thePinLengthIsHeadOfficesPolicy() {
        QVERIFY(
            m_till->operators().add({QStringLiteral("1003"), QStringLiteral("Olli"), Role::Cashier}, u"123456").ok());
        Settings(m_till->db())
            .setValue(QString::fromLatin1(settingKeys::kTillPolicy), QStringLiteral(R"({"pin_min_length":6})"));
        Operators operators = m_till->operators();
        const auto shortPin = operators.setPin(QStringLiteral("1003"), u"12345", {});
        QCOMPARE(shortPin.error().code, ErrorCode::InvalidPin);
        QCOMPARE(describe(shortPin.error()), QStringLiteral("A PIN has 6 to 12 digits."));
        QVERIFY(operators.setPin(QStringLiteral("1003"), u"123456789012", {}).ok());
        QCOMPARE(operators.setPin(QStringLiteral("1003"), u"1234567890123", {}).error().code, ErrorCode::InvalidPin);
        QVERIFY(operators.login(QStringLiteral("1001"), u"1234", m_now).ok()); // set before the policy
        QCOMPARE(parseTillPolicy(QJsonObject{{QStringLiteral("pin_min_length"), 13}}).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(parseTillPolicy(QJsonObject{{QStringLiteral("pin_min_length"), 3}}).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(parseTillPolicy(QJsonObject{{QStringLiteral("pin_length"), 6}}).error().code, ErrorCode::InvalidInput);
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
                     .add({QStringLiteral("5"), QStringLiteral("X"), Role::Cashier}, u"1234567890123")
                     .error()
                     .code,
                 ErrorCode::InvalidPin);
        QVERIFY(!m_till->operators().find(QStringLiteral("5")));
    }
};

QTEST_GUILESS_MAIN(TestOperators)
#include "TestOperators.moc"
