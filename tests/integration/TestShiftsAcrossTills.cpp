// A store's day with real processes over real TLS: two tills of store 001 open their shifts and
// sell; one closes its Z while its line to head office is down, and central reconciles it when
// the till's facts arrive (its own totals of the shift's receipts agree with the Z); the store's
// day waits for the other till and closes with its Z; a training sale never reaches central.

#include "common/Integration.h"
#include "common/Programs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;
using testing::Run;

class TestShiftsAcrossTills : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    testing::CentralProcess m_central{m_dir.filePath(QStringLiteral("central"))};
    std::string m_token;

    Run till(const QString& name, const QStringList& args) {
        return testing::run(QStringLiteral("kassactl"),
                            QStringList{QStringLiteral("--data-dir"), m_dir.filePath(name)} + args);
    }

    void makeEnrolledTill(const QString& name, const QString& tillId) {
        QCOMPARE(till(name, {QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--products"),
                             QStringLiteral("200"), QStringLiteral("--till"), tillId})
                     .exitCode,
                 0);
        QCOMPARE(till(name, testing::openShiftArgs()).exitCode, 0);
        const Run enrolled = till(
            name, {QStringLiteral("enroll"), m_central.url(), m_central.enrollmentCode(QStringLiteral("001"), tillId)});
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
    }

    Run closeShift(const QString& name) {
        // Card sales only: the drawer holds the float of 150.00.
        return till(name, {QStringLiteral("shift"), QStringLiteral("close"), QStringLiteral("--operator"),
                           QStringLiteral("1001"), QStringLiteral("--count"), QStringLiteral("150.00")});
    }

    // The business day of till `name`'s open shift as the till gives it to central (its local
    // date at opening, core/store/Shifts.cpp), read from the till's X report: a test that ran
    // across midnight would otherwise ask central for a day the shifts are not on.
    QString businessDayOf(const QString& name) {
        const Run x = testing::run(QStringLiteral("kassactl"),
                                   {QStringLiteral("--data-dir"), m_dir.filePath(name), QStringLiteral("shift"),
                                    QStringLiteral("x-report"), QStringLiteral("--operator"), QStringLiteral("3001"),
                                    QStringLiteral("--format"), QStringLiteral("json")},
                                   {QStringLiteral("KASSA_PIN=3456")});
        const QString openedAt =
            QJsonDocument::fromJson(x.out.toUtf8()).object().value(QStringLiteral("opened_at")).toString();
        return QDateTime::fromString(openedAt, Qt::ISODateWithMs).toLocalTime().date().toString(Qt::ISODate);
    }

    QJsonObject storeDay(const QString& day) {
        const auto [status, body] = testing::integrationRequest(m_central, m_token, "GET",
                                                                "/v1/store-days?store=001&date=" + day.toStdString());
        return status == 200 ? body.value(QStringLiteral("stores")).toArray().first().toObject() : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase() {
        m_token = m_central.initDemo(200, QStringLiteral("head-office"));
        QVERIFY(!m_token.empty());
        QVERIFY(m_central.start(0));
        makeEnrolledTill(QStringLiteral("a"), QStringLiteral("01"));
        makeEnrolledTill(QStringLiteral("b"), QStringLiteral("02"));
    }

    void aZClosedOfflineIsReconciledAndTheStoreDayCloses() {
        const QString day = businessDayOf(QStringLiteral("a"));
        QVERIFY(!day.isEmpty());
        QCOMPARE(businessDayOf(QStringLiteral("b")), day); // opened one after the other in initTestCase
        QVERIFY(!testing::sellWithKassactl(m_dir.filePath(QStringLiteral("a")), 2));
        QVERIFY(!testing::sellWithKassactl(m_dir.filePath(QStringLiteral("b")), 1));
        QCOMPARE(till(QStringLiteral("b"), {QStringLiteral("sync")}).exitCode, 0);

        // Till a's line is down: it sells on and closes its shift offline.
        QVERIFY(m_central.stop());
        QVERIFY(!testing::sellWithKassactl(m_dir.filePath(QStringLiteral("a")), 3));
        const Run z = closeShift(QStringLiteral("a"));
        QVERIFY2(z.exitCode == 0 && z.out.contains(QStringLiteral("Z REPORT 1")) &&
                     z.out.simplified().contains(QStringLiteral("not yet sent to head office")),
                 qPrintable(z.out + z.err));
        QVERIFY(till(QStringLiteral("a"), {QStringLiteral("sync")}).exitCode != 0);

        // Head office is back (on another port): the day waits for till a's facts.
        QVERIFY(m_central.start(0));
        for (const char* name : {"a", "b"}) {
            QVERIFY(testing::pointTillAt(m_dir.filePath(QString::fromLatin1(name)), m_central.url()));
        }
        QCOMPARE(storeDay(day).value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(till(QStringLiteral("a"), {QStringLiteral("sync")}).exitCode, 0);
        const auto [status, listed] =
            testing::integrationRequest(m_central, m_token, "GET", "/v1/shifts?store=001&date=" + day.toStdString());
        QCOMPARE(status, 200);
        const QJsonObject closed = listed.value(QStringLiteral("shifts")).toArray().first().toObject();
        QCOMPARE(closed.value(QStringLiteral("till")).toString(), QStringLiteral("01"));
        QCOMPARE(closed.value(QStringLiteral("z_number")).toInteger(), 1);
        QVERIFY(closed.value(QStringLiteral("unsent_facts")).toInteger() >= 4); // the opening and the sales
        QCOMPARE(closed.value(QStringLiteral("central")).toObject().value(QStringLiteral("sales")).toInteger(), 5);
        QCOMPARE(closed.value(QStringLiteral("agrees")), QJsonValue(true));

        QCOMPARE(storeDay(day).value(QStringLiteral("status")).toString(), QStringLiteral("waiting"));
        QCOMPARE(storeDay(day).value(QStringLiteral("waiting_for")).toArray(), QJsonArray{QStringLiteral("02")});
        QCOMPARE(closeShift(QStringLiteral("b")).exitCode, 0);
        QCOMPARE(till(QStringLiteral("b"), {QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(storeDay(day).value(QStringLiteral("status")).toString(), QStringLiteral("closed"));

        // Training at till b after its close: the practice sale never reaches central as a sale.
        const auto centralSalesOfB = [&] {
            const auto [answer, page] = testing::integrationRequest(m_central, m_token, "GET", "/v1/sales?limit=1000");
            int count = answer == 200 ? 0 : -1;
            for (const QJsonValue& sale : page.value(QStringLiteral("sales")).toArray()) {
                count += sale.toObject().value(QStringLiteral("till_id")).toString() == QLatin1String("02") ? 1 : 0;
            }
            return count;
        };
        QCOMPARE(centralSalesOfB(), 1);
        QCOMPARE(
            testing::run(QStringLiteral("kassactl"),
                         {QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("b")), QStringLiteral("training"),
                          QStringLiteral("on"), QStringLiteral("--operator"), QStringLiteral("3001")},
                         {QStringLiteral("KASSA_PIN=3456")})
                .exitCode,
            0);
        QVERIFY(!testing::sellWithKassactl(m_dir.filePath(QStringLiteral("b")), 1)); // no shift needed
        QCOMPARE(till(QStringLiteral("b"), {QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(centralSalesOfB(), 1);
    }
};

QTEST_GUILESS_MAIN(TestShiftsAcrossTills)
#include "TestShiftsAcrossTills.moc"
