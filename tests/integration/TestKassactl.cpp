// kassactl and kassa as separate processes against real data folders: what a script, a
// trainer or store IT sees, exit codes included.

#include "core/store/DemoCatalog.h"
#include "core/store/MasterDataFeeds.h"
#include "core/store/Migrations.h"
#include "core/store/TillDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run run(const QString& program, const QStringList& args, const QString& pin = QStringLiteral("1234"),
        const QByteArray& input = {}, const QStringList& variables = {}) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KASSA_PIN"), pin);
    for (const QString& variable : variables) { // NAME=VALUE
        environment.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
    }
    if (program == QLatin1String("kassa")) {
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KASSA_TEST_BIN_DIR "/") + program, args);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120'000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2, process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestKassactl : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_till;

    Run ctl(const QStringList& args, const QString& pin = QStringLiteral("1234")) {
        return run(QStringLiteral("kassactl"), QStringList{QStringLiteral("--data-dir"), m_till} + args, pin);
    }

    // As the demo till's manager (3001) approves it.
    Run asManager(const QStringList& args, const QString& pin = QStringLiteral("1234")) {
        return run(QStringLiteral("kassactl"), QStringList{QStringLiteral("--data-dir"), m_till} + args, pin, {},
                   {QStringLiteral("KASSA_APPROVER=3001"), QStringLiteral("KASSA_APPROVER_PIN=3456")});
    }

    int saleCount() {
        const Run check = ctl({QStringLiteral("receipts"), QStringLiteral("--last"), QStringLiteral("100000"),
                               QStringLiteral("--format"), QStringLiteral("json")});
        return static_cast<int>(QJsonDocument::fromJson(check.out).array().size());
    }

private Q_SLOTS:
    void initTestCase() {
        m_till = m_dir.filePath(QStringLiteral("till"));
        const Run init =
            ctl({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--products"), QStringLiteral("1000"),
                 QStringLiteral("--store"), QStringLiteral("012"), QStringLiteral("--till"), QStringLiteral("03")});
        QCOMPARE(init.exitCode, 0);
        QVERIFY(init.out.contains("1000 demo products"));
        // Running it again is safe and changes nothing.
        QCOMPARE(ctl({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
        // A till sells only into an open shift: refused with the reason, nothing recorded.
        const Run noShift =
            ctl({QStringLiteral("sale"), QStringLiteral("--operator"), QStringLiteral("1001"), QStringLiteral("--scan"),
                 core::demoGtin(1), QStringLiteral("--pay"), QStringLiteral("cash:100")});
        QCOMPARE(noShift.exitCode, 2);
        QVERIFY2(noShift.err.contains(QStringLiteral("No shift is open at this till")), qPrintable(noShift.err));
        QCOMPARE(saleCount(), 0);
        QCOMPARE(ctl({QStringLiteral("shift"), QStringLiteral("open"), QStringLiteral("--operator"),
                      QStringLiteral("1001"), QStringLiteral("--float"), QStringLiteral("150.00")})
                     .exitCode,
                 0);
    }

    void sellsAndPrintsTheReceipt() {
        const Run sale = ctl({QStringLiteral("sale"), QStringLiteral("--operator"), QStringLiteral("1001"),
                              QStringLiteral("--qty"), QStringLiteral("2"), QStringLiteral("--scan"), core::demoGtin(1),
                              core::demoGtin(2), QStringLiteral("2300001005355"), QStringLiteral("--pay"),
                              QStringLiteral("card:5"), QStringLiteral("--pay"), QStringLiteral("cash:100")});
        QVERIFY2(sale.exitCode == 0, qPrintable(sale.err));
        QVERIFY(sale.out.contains("012-03-000001"));
        QVERIFY(sale.out.contains("0,535 kg"));
        QVERIFY(sale.out.contains("Maija Virtanen"));

        const Run json = ctl({QStringLiteral("receipts"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject last = QJsonDocument::fromJson(json.out).array().last().toObject();
        QCOMPARE(last.value(QStringLiteral("receipt_number")).toString(), QStringLiteral("012-03-000001"));
        qint64 vatGross = 0;
        for (const QJsonValue& vat : last.value(QStringLiteral("vat")).toArray()) {
            vatGross += vat.toObject().value(QStringLiteral("gross")).toInteger();
        }
        QCOMPARE(vatGross, last.value(QStringLiteral("total")).toInteger());
        const QJsonArray tenders = last.value(QStringLiteral("tenders")).toArray();
        QCOMPARE(tenders.size(), 2);
        QCOMPARE(tenders[0].toObject().value(QStringLiteral("amount")).toInteger(), 500);
        QCOMPARE(last.value(QStringLiteral("lines"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("quantity_milli"))
                     .toInteger(),
                 2000);

        const Run escpos = ctl({QStringLiteral("receipts"), QStringLiteral("--format"), QStringLiteral("escpos")});
        QVERIFY(escpos.out.startsWith(QByteArray("\x1b@", 2)));
        QVERIFY(escpos.out.contains("012-03-000001"));
    }

    void refusesAndRecordsNothing_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString op = QStringLiteral("--operator");
        const QString scan = QStringLiteral("--scan");
        const QString pay = QStringLiteral("--pay");
        QTest::newRow("tender does not cover")
            << QStringList{op, QStringLiteral("1001"), scan, core::demoGtin(3), pay, QStringLiteral("cash:0.10")}
            << "1234" << 2 << "does not cover";
        QTest::newRow("unknown code") << QStringList{op,  QStringLiteral("1001"), scan, QStringLiteral("4006381333931"),
                                                     pay, QStringLiteral("card")}
                                      << "1234" << 2 << "No product has the code";
        QTest::newRow("check digit") << QStringList{op,  QStringLiteral("1001"), scan, QStringLiteral("4006381333932"),
                                                    pay, QStringLiteral("card")}
                                     << "1234" << 2 << "check digit";
        QTest::newRow("letters") << QStringList{op,  QStringLiteral("1001"), scan, QStringLiteral("ABC123"),
                                                pay, QStringLiteral("card")}
                                 << "1234" << 2 << "digits only";
        QTest::newRow("too long") << QStringList{op,  QStringLiteral("1001"), scan, QString(30, QLatin1Char('7')),
                                                 pay, QStringLiteral("card")}
                                  << "1234" << 2 << "digits";
        QTest::newRow("zero quantity") << QStringList{op,
                                                      QStringLiteral("1001"),
                                                      QStringLiteral("--qty"),
                                                      QStringLiteral("0"),
                                                      scan,
                                                      core::demoGtin(3),
                                                      pay,
                                                      QStringLiteral("card")}
                                       << "1234" << 2 << "not valid";
        QTest::newRow("absurd quantity") << QStringList{op,
                                                        QStringLiteral("1001"),
                                                        QStringLiteral("--qty"),
                                                        QStringLiteral("5000"),
                                                        scan,
                                                        core::demoGtin(3),
                                                        pay,
                                                        QStringLiteral("card")}
                                         << "1234" << 2 << "too large";
        QTest::newRow("negative quantity") << QStringList{op,
                                                          QStringLiteral("1001"),
                                                          QStringLiteral("--qty"),
                                                          QStringLiteral("-1"),
                                                          scan,
                                                          core::demoGtin(3),
                                                          pay,
                                                          QStringLiteral("card")}
                                           << "1234" << 1 << "not valid";
        QTest::newRow("wrong pin") << QStringList{op,  QStringLiteral("1001"), scan, core::demoGtin(3),
                                                  pay, QStringLiteral("card")}
                                   << "0000" << 2 << "the PIN is wrong";
        QTest::newRow("bad tender") << QStringList{op,  QStringLiteral("1001"),    scan, core::demoGtin(3),
                                                   pay, QStringLiteral("cheque:5")}
                                    << "1234" << 1 << "cash:AMOUNT";
        QTest::newRow("card more than due")
            << QStringList{op, QStringLiteral("1001"), scan, core::demoGtin(3), pay, QStringLiteral("card:9999")}
            << "1234" << 2 << "more than is left";
    }
    void refusesAndRecordsNothing() {
        QFETCH(QStringList, args);
        QFETCH(QString, pin);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const int before = saleCount();
        const Run sale = ctl(QStringList{QStringLiteral("sale")} + args, pin);
        QCOMPARE(sale.exitCode, exitCode);
        QVERIFY2(sale.err.contains(message), qPrintable(sale.err));
        QCOMPARE(saleCount(), before);
    }

    void declinedCardIsRefused() {
        QCOMPARE(asManager({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("payment.terminal"),
                            QStringLiteral("simulator:decline")})
                     .exitCode,
                 0);
        const int before = saleCount();
        const Run sale =
            ctl({QStringLiteral("sale"), QStringLiteral("--operator"), QStringLiteral("1001"), QStringLiteral("--scan"),
                 core::demoGtin(4), QStringLiteral("--pay"), QStringLiteral("card")});
        QCOMPARE(sale.exitCode, 2);
        QVERIFY(sale.err.contains(QStringLiteral("declined")));
        QCOMPARE(saleCount(), before);
        QCOMPARE(asManager({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("payment.terminal"),
                            QStringLiteral("simulator:approve")})
                     .exitCode,
                 0);
        const Run renumber = asManager(
            {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("till.id"), QStringLiteral("04")});
        QCOMPARE(renumber.exitCode, 2);
        QVERIFY(renumber.err.contains(QStringLiteral("after the first sale")));
        QCOMPARE(
            ctl({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("no.such.key"), QStringLiteral("1")})
                .exitCode,
            2);
    }

    // Rights: adding or changing an operator and changing a setting need a manager; nothing is
    // overwritten by adding again; each change is an audit record for head office.
    void operatorsAndSettingsChangeOnlyWithAManager() {
        const QStringList add{QStringLiteral("operators"), QStringLiteral("add"),    QStringLiteral("--id"),
                              QStringLiteral("1077"),      QStringLiteral("--name"), QStringLiteral("Eero Esimerkki"),
                              QStringLiteral("--role"),    QStringLiteral("cashier")};
        const Run alone = ctl(add, QStringLiteral("4477"));
        QCOMPARE(alone.exitCode, 2);
        QVERIFY2(alone.err.contains(QStringLiteral("needs a manager")), qPrintable(alone.err));
        const Run cashier = run(QStringLiteral("kassactl"), QStringList{QStringLiteral("--data-dir"), m_till} + add,
                                QStringLiteral("4477"), {},
                                {QStringLiteral("KASSA_APPROVER=1001"), QStringLiteral("KASSA_APPROVER_PIN=1234")});
        QCOMPARE(cashier.exitCode, 2);
        QVERIFY2(cashier.err.contains(QStringLiteral("may not approve")), qPrintable(cashier.err));
        const Run added = asManager(add, QStringLiteral("4477"));
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        // The same number again takes nothing over: not the name, the role or the PIN.
        QStringList takeOver = add;
        takeOver[5] = QStringLiteral("Mallory");
        takeOver[7] = QStringLiteral("admin");
        const Run again = asManager(takeOver, QStringLiteral("9999"));
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(QStringLiteral("exists already")), qPrintable(again.err));
        // A manager grants no role above their own.
        const Run toAdmin = asManager({QStringLiteral("operators"), QStringLiteral("set-role"), QStringLiteral("--id"),
                                       QStringLiteral("1077"), QStringLiteral("--role"), QStringLiteral("admin")});
        QCOMPARE(toAdmin.exitCode, 2);
        QVERIFY2(toAdmin.err.contains(QStringLiteral("may not approve")), qPrintable(toAdmin.err));
        QVERIFY(asManager({QStringLiteral("operators"), QStringLiteral("set-role"), QStringLiteral("--id"),
                           QStringLiteral("1077"), QStringLiteral("--role"), QStringLiteral("supervisor")})
                    .exitCode == 0);
        QVERIFY(asManager({QStringLiteral("operators"), QStringLiteral("set-pin"), QStringLiteral("--id"),
                           QStringLiteral("1077")},
                          QStringLiteral("5566"))
                    .exitCode == 0);
        QVERIFY(asManager({QStringLiteral("operators"), QStringLiteral("disable"), QStringLiteral("--id"),
                           QStringLiteral("1077")})
                    .exitCode == 0);
        const QString list = QString::fromUtf8(ctl({QStringLiteral("operators"), QStringLiteral("list")}).out);
        QVERIFY2(list.contains(QStringLiteral("1077\tsupervisor\tEero Esimerkki")), qPrintable(list));

        // A setting: refused without a manager (the lock-out limit stays), changed with one.
        const QStringList raise{QStringLiteral("config"), QStringLiteral("set"),
                                QStringLiteral("login.max_failed_attempts"), QStringLiteral("100")};
        const Run unapproved = ctl(raise);
        QCOMPARE(unapproved.exitCode, 2);
        QVERIFY2(unapproved.err.contains(QStringLiteral("needs a manager")), qPrintable(unapproved.err));
        QVERIFY(
            !ctl({QStringLiteral("config"), QStringLiteral("list")}).out.contains("login.max_failed_attempts = 100"));
        QVERIFY(asManager({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("login.max_failed_attempts"),
                           QStringLiteral("4")})
                    .exitCode == 0);

        // The audit records waiting for central: who, what, before and after; never a PIN.
        core::TillDatabase till(m_till);
        core::Query records = till.db().prepare(
            "SELECT kind, payload FROM outbox WHERE kind IN ('operator.changed', 'setting.changed') ORDER BY seq");
        QStringList seen;
        while (records->step()) {
            const QString payload = records->text(1);
            QVERIFY2(!payload.contains(QStringLiteral("4477")) && !payload.contains(QStringLiteral("5566")),
                     qPrintable(payload));
            const QJsonObject entry = QJsonDocument::fromJson(payload.toUtf8()).object();
            seen << records->text(0) + QLatin1Char(' ') + entry.value(QStringLiteral("subject")).toString() +
                        QLatin1Char(' ') + entry.value(QStringLiteral("actor")).toString() + QLatin1Char(' ') +
                        entry.value(QStringLiteral("detail")).toString();
        }
        QVERIFY2(seen.contains(QStringLiteral("operator.changed 1077 3001 added")), qPrintable(seen.join(u'\n')));
        QVERIFY2(seen.contains(QStringLiteral("operator.changed 1077 3001 PIN changed")), qPrintable(seen.join(u'\n')));
        QVERIFY2(seen.contains(QStringLiteral("setting.changed login.max_failed_attempts 3001 ")),
                 qPrintable(seen.join(u'\n')));
    }

    // Three of a demo product sold for cash; its receipt number.
    QString soldThree(int product) {
        const Run sale = ctl({QStringLiteral("sale"), QStringLiteral("--operator"), QStringLiteral("1001"),
                              QStringLiteral("--qty"), QStringLiteral("3"), QStringLiteral("--scan"),
                              core::demoGtin(product), QStringLiteral("--pay"), QStringLiteral("cash:500")});
        return QRegularExpression(QStringLiteral("012-03-\\d{6}")).match(QString::fromUtf8(sale.out)).captured();
    }

    QStringList takeBackOne(const QString& receipt, const QString& refund) const {
        return {QStringLiteral("return"),
                QStringLiteral("--operator"),
                QStringLiteral("1001"),
                QStringLiteral("--receipt"),
                receipt,
                QStringLiteral("--qty"),
                QStringLiteral("1"),
                QStringLiteral("--line"),
                QStringLiteral("1"),
                QStringLiteral("--reason"),
                QStringLiteral("wrong_size"),
                QStringLiteral("--refund"),
                refund};
    }

    QJsonObject lastReceipt() {
        return QJsonDocument::fromJson(
                   ctl({QStringLiteral("receipts"), QStringLiteral("--format"), QStringLiteral("json")}).out)
            .array()
            .last()
            .toObject();
    }

    void anExchangeSellsTheNewItemsWithTheReturnsCredit() {
        const QString receipt = soldThree(20);
        QVERIFY(!receipt.isEmpty());
        // The same item in another size: the credit pays it exactly.
        const Run even = ctl(takeBackOne(receipt, QStringLiteral("cash")) +
                             QStringList{QStringLiteral("--exchange"), core::demoGtin(20)});
        QVERIFY2(even.exitCode == 0, qPrintable(even.err));
        const QString voucher =
            QRegularExpression(QStringLiteral("SC-012-03-\\d{6}")).match(QString::fromUtf8(even.out)).captured();
        QVERIFY2(!voucher.isEmpty(), even.out.constData());
        // The first print carries the whole code (number and secret) as text and barcode.
        QVERIFY2(QRegularExpression(QStringLiteral("SC-012-03-\\d{6}-[2-9A-HJ-NP-Z]{13}"))
                     .match(QString::fromUtf8(even.out))
                     .hasMatch(),
                 even.out.constData());
        QVERIFY2(even.out.contains("Exchange credit"), even.out.constData());
        const QJsonArray tenders = lastReceipt().value(QStringLiteral("tenders")).toArray();
        QCOMPARE(tenders.size(), 1);
        QCOMPARE(tenders[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("store_credit"));
        QCOMPARE(tenders[0].toObject().value(QStringLiteral("voucher")).toString(), voucher);

        // New items worth more: refused up front without --pay, nothing recorded; with it, paid.
        const QStringList more =
            takeBackOne(receipt, QStringLiteral("cash")) +
            QStringList{QStringLiteral("--qty"), QStringLiteral("4"), QStringLiteral("--exchange"), core::demoGtin(20)};
        const int before = saleCount();
        const Run unpaid = ctl(more);
        QCOMPARE(unpaid.exitCode, 1);
        QVERIFY2(unpaid.err.contains(QStringLiteral("--pay")), qPrintable(unpaid.err));
        QCOMPARE(saleCount(), before);
        const Run paid = ctl(more + QStringList{QStringLiteral("--pay"), QStringLiteral("card")});
        QVERIFY2(paid.exitCode == 0, qPrintable(paid.err));
        QCOMPARE(saleCount(), before + 2); // the return and the sale
        const QJsonArray split = lastReceipt().value(QStringLiteral("tenders")).toArray();
        QCOMPARE(split.size(), 2);
        QCOMPARE(split[1].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("card"));
    }

    void storeCreditIsSpentAsATenderAndRefusedOnceSpent() {
        const QString receipt = soldThree(22);
        const Run credit = ctl(takeBackOne(receipt, QStringLiteral("store-credit")));
        QVERIFY2(credit.exitCode == 0, qPrintable(credit.err));
        const QString voucher = QRegularExpression(QStringLiteral("SC-012-03-\\d{6}-[2-9A-HJ-NP-Z]{13}"))
                                    .match(QString::fromUtf8(credit.out))
                                    .captured();
        QVERIFY2(!voucher.isEmpty(), credit.out.constData());
        const QStringList sale{
            QStringLiteral("sale"),  QStringLiteral("--operator"), QStringLiteral("1001"),
            QStringLiteral("--qty"), QStringLiteral("5"),          QStringLiteral("--scan"),
            core::demoGtin(23),      QStringLiteral("--pay"),      QStringLiteral("voucher:") + voucher,
            QStringLiteral("--pay"), QStringLiteral("card")};
        const Run spent = ctl(sale);
        QVERIFY2(spent.exitCode == 0, qPrintable(spent.err));
        QVERIFY2(spent.err.contains(QStringLiteral("decided offline")), qPrintable(spent.err)); // not enrolled
        // The sale's receipt names the voucher by number: its secret stays on the voucher.
        QVERIFY2(spent.out.contains(voucher.left(16).toUtf8()), spent.out.constData());
        QVERIFY2(!spent.out.contains(voucher.mid(17).toUtf8()), spent.out.constData());
        const int before = saleCount();
        const Run again = ctl(sale);
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(QStringLiteral("spent in full")), qPrintable(again.err));
        QCOMPARE(saleCount(), before);
        const Run unknown =
            ctl({QStringLiteral("sale"), QStringLiteral("--operator"), QStringLiteral("1001"), QStringLiteral("--scan"),
                 core::demoGtin(23), QStringLiteral("--pay"), QStringLiteral("voucher:SC-999-01-000001")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("without a connection")), qPrintable(unknown.err));

        // Wrong codes block voucher entry until a manager unblocks it.
        QCOMPARE(QString::fromUtf8(ctl({QStringLiteral("vouchers"), QStringLiteral("status")}).out).trimmed(),
                 QStringLiteral("open"));
        for (int guess = 2; guess <= 5; ++guess) {
            QCOMPARE(ctl({QStringLiteral("sale"), QStringLiteral("--operator"), QStringLiteral("1001"),
                          QStringLiteral("--scan"), core::demoGtin(23), QStringLiteral("--pay"),
                          QStringLiteral("voucher:SC-999-01-00000%1").arg(guess)})
                         .exitCode,
                     2);
        }
        const Run blocked = ctl(sale);
        QCOMPARE(blocked.exitCode, 2);
        QVERIFY2(blocked.err.contains(QStringLiteral("5 wrong voucher codes")), qPrintable(blocked.err));
        QVERIFY2(ctl({QStringLiteral("vouchers"), QStringLiteral("status")}).out.startsWith("blocked: 5 wrong"),
                 "status does not say blocked");
        const QStringList unblock{QStringLiteral("--data-dir"), m_till, QStringLiteral("vouchers"),
                                  QStringLiteral("unblock")};
        const Run cashier = run(QStringLiteral("kassactl"), unblock, QStringLiteral("1234"), {},
                                {QStringLiteral("KASSA_APPROVER=1001"), QStringLiteral("KASSA_APPROVER_PIN=1234")});
        QCOMPARE(cashier.exitCode, 2);
        QVERIFY2(cashier.err.contains(QStringLiteral("may not approve")), qPrintable(cashier.err)); // not a manager
        const Run manager = run(QStringLiteral("kassactl"), unblock, QStringLiteral("1234"), {},
                                {QStringLiteral("KASSA_APPROVER=3001"), QStringLiteral("KASSA_APPROVER_PIN=3456")});
        QVERIFY2(manager.exitCode == 0, qPrintable(manager.err));
        QVERIFY2(manager.out.contains("unblocked by 3001"), manager.out.constData());
        QCOMPARE(QString::fromUtf8(ctl({QStringLiteral("vouchers"), QStringLiteral("status")}).out).trimmed(),
                 QStringLiteral("open"));
    }

    void createsFindsAndShowsCustomers() {
        const Run added = ctl({QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"),
                               QStringLiteral("Maija Virtanen"), QStringLiteral("--phone"),
                               QStringLiteral("040 123 4567"), QStringLiteral("--email-marketing"),
                               QStringLiteral("yes"), QStringLiteral("--sms-marketing"), QStringLiteral("no")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY2(added.out.contains("+358401234567") && added.out.contains("declined on"), added.out.constData());
        const Run bad = ctl({QStringLiteral("customers"), QStringLiteral("add"), QStringLiteral("--name"),
                             QStringLiteral("Matti"), QStringLiteral("--email"), QStringLiteral("matti@")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("e-mail address such as")), qPrintable(bad.err));
        const Run found = ctl({QStringLiteral("customers"), QStringLiteral("search"), QStringLiteral("--operator"),
                               QStringLiteral("1001"), QStringLiteral("virta")});
        QVERIFY2(found.out.contains("Maija Virtanen"), found.out.constData());
        QVERIFY(!found.out.contains("Matti"));
        const Run shown = ctl({QStringLiteral("customers"), QStringLiteral("show"), QStringLiteral("--operator"),
                               QStringLiteral("1001"), QStringLiteral("+358 40 123 4567"), QStringLiteral("--format"),
                               QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Maija Virtanen"));
        QCOMPARE(ctl({QStringLiteral("customers"), QStringLiteral("show"), QStringLiteral("--operator"),
                      QStringLiteral("1001"), QStringLiteral("nobody")})
                     .exitCode,
                 2);
        // Personal data is shown to an operator who logs in: not without one, nor with a wrong PIN.
        const Run anonymous =
            ctl({QStringLiteral("customers"), QStringLiteral("show"), QStringLiteral("+358 40 123 4567")});
        QCOMPARE(anonymous.exitCode, 2);
        QVERIFY2(anonymous.err.contains(QStringLiteral("--operator ID is needed")), qPrintable(anonymous.err));
        QVERIFY(!anonymous.out.contains("Maija"));
        const Run wrongPin = ctl({QStringLiteral("customers"), QStringLiteral("search"), QStringLiteral("--operator"),
                                  QStringLiteral("1001"), QStringLiteral("virta")},
                                 QStringLiteral("9999"));
        QCOMPARE(wrongPin.exitCode, 2);
        QVERIFY(!wrongPin.out.contains("Maija"));

        // A sale for the customer, found by phone; one for nobody the till knows is refused.
        const QStringList sale{
            QStringLiteral("sale"), QStringLiteral("--operator"), QStringLiteral("1001"), QStringLiteral("--scan"),
            core::demoGtin(5),      QStringLiteral("--pay"),      QStringLiteral("card")};
        const Run unknown = ctl(sale + QStringList{QStringLiteral("--customer"), QStringLiteral("050 000 0000")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("Search for the customer again")), qPrintable(unknown.err));
        const Run points = ctl({QStringLiteral("sale"), QStringLiteral("--operator"), QStringLiteral("1001"),
                                QStringLiteral("--customer"), QStringLiteral("040 123 4567"), QStringLiteral("--scan"),
                                core::demoGtin(5), QStringLiteral("--pay"), QStringLiteral("points:100"),
                                QStringLiteral("--pay"), QStringLiteral("card")});
        QCOMPARE(points.exitCode, 2); // no card, and no programme at this till
        QVERIFY2(points.err.contains(QStringLiteral("loyalty programme")), qPrintable(points.err));
        const Run sold = ctl(sale + QStringList{QStringLiteral("--customer"), QStringLiteral("040 123 4567")});
        QVERIFY2(sold.exitCode == 0, qPrintable(sold.err));
        const Run json = ctl({QStringLiteral("receipts"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(json.out).array().last().toObject().value(QStringLiteral("customer_id")),
                 QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("id")));
    }

    void recordsStockOperationsAndRefusesWhatCannotBeRight() {
        const QString gtin = core::demoGtin(30);
        const QStringList receive{QStringLiteral("stock"),      QStringLiteral("receive"),
                                  QStringLiteral("--operator"), QStringLiteral("1001"),
                                  QStringLiteral("--qty"),      QStringLiteral("12"),
                                  QStringLiteral("--scan"),     gtin,
                                  QStringLiteral("--delivery"), QStringLiteral("D-7")};
        // A delivery head office has not sent to this store is refused until it has.
        const Run early = ctl(receive);
        QCOMPARE(early.exitCode, 2);
        QVERIFY2(early.err.contains(QStringLiteral("has not sent delivery D-7")), qPrintable(early.err));
        {
            core::TillDatabase till(m_till);
            const core::FeedChange sent{
                1, QString::fromLatin1(core::feeds::kDeliveries),
                QJsonObject{{QStringLiteral("delivery"), QStringLiteral("D-7")},
                            {QStringLiteral("store"), QStringLiteral("012")},
                            {QStringLiteral("supplier"), QStringLiteral("Valio")},
                            {QStringLiteral("lines"),
                             QJsonArray{QJsonObject{{QStringLiteral("sku"), till.catalog().byCode(gtin)->sku},
                                                    {QStringLiteral("quantity"), QStringLiteral("12")}}}}},
                false};
            core::findMasterDataFeed(sent.feed)->apply(till.db(), sent, core::FeedTarget::Live);
        }
        const Run open = ctl({QStringLiteral("stock"), QStringLiteral("deliveries")});
        QVERIFY2(open.out.contains("D-7  from Valio"), open.out.constData());
        const Run received = ctl(receive);
        QVERIFY2(received.exitCode == 0, qPrintable(received.err));
        QVERIFY(ctl({QStringLiteral("stock"), QStringLiteral("deliveries")}).out.contains("No deliveries"));
        QVERIFY2(received.out.contains("Received ST-012-03-"), received.out.constData());
        const Run again = ctl(receive);
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(QStringLiteral("received at this till already")), qPrintable(again.err));
        QVERIFY(again.err.contains(QStringLiteral("nothing was recorded")));

        const auto refused = [this](const QStringList& args, int exitCode, const QString& message) {
            const Run run = ctl(QStringList{QStringLiteral("stock")} + args);
            QCOMPARE(run.exitCode, exitCode);
            QVERIFY2(run.err.contains(message), qPrintable(run.err));
        };
        const QStringList op{QStringLiteral("--operator"), QStringLiteral("1001")};
        refused(QStringList{QStringLiteral("transfer-out")} + op +
                    QStringList{QStringLiteral("--scan"), gtin, QStringLiteral("--to"), QStringLiteral("099")},
                2, QStringLiteral("no store 099"));
        refused(QStringList{QStringLiteral("adjust")} + op +
                    QStringList{QStringLiteral("--scan"), gtin, QStringLiteral("--reason"), QStringLiteral("stolen")},
                2, QStringLiteral("damaged, shrink, found"));
        refused(QStringList{QStringLiteral("count")} + op +
                    QStringList{QStringLiteral("--qty"), QStringLiteral("99999999"), QStringLiteral("--scan"), gtin},
                1, QStringLiteral("too large"));
        refused(QStringList{QStringLiteral("receive")} + op +
                    QStringList{QStringLiteral("--qty"), QStringLiteral("0"), QStringLiteral("--scan"), gtin},
                2, QStringLiteral("not valid"));
        refused(QStringList{QStringLiteral("count")} + op +
                    QStringList{QStringLiteral("--qty"), QStringLiteral("-3"), QStringLiteral("--scan"), gtin},
                1, QStringLiteral("-3"));
        refused(QStringList{QStringLiteral("receive")} + op +
                    QStringList{QStringLiteral("--sku"), QStringLiteral("NOPE")},
                2, QStringLiteral("NOPE"));
        refused(QStringList{QStringLiteral("transfer-in")} + op + QStringList{QStringLiteral("--scan"), gtin}, 2,
                QStringLiteral("transfer's number"));

        const Run counted = ctl(QStringList{QStringLiteral("stock"), QStringLiteral("count")} + op +
                                QStringList{QStringLiteral("--qty"), QStringLiteral("9"), QStringLiteral("--scan"),
                                            gtin, QStringLiteral("--area"), QStringLiteral("aisle 4")});
        QVERIFY2(counted.exitCode == 0, qPrintable(counted.err));
        const Run empty = ctl(QStringList{QStringLiteral("stock"), QStringLiteral("count")} + op +
                              QStringList{QStringLiteral("--qty"), QStringLiteral("0"), QStringLiteral("--sku"),
                                          QStringLiteral("SKU-0000031")});
        QVERIFY2(empty.exitCode == 0, qPrintable(empty.err)); // a shelf found empty is a count too
        const Run shown = ctl({QStringLiteral("stock"), QStringLiteral("show"), QStringLiteral("--scan"), gtin});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QVERIFY2(shown.out.contains("received    12"), shown.out.constData());
        QVERIFY2(shown.out.contains("Last count:   9"), shown.out.constData());
    }

    void checkReportsAHealthyTill() {
        const Run check = ctl({QStringLiteral("check")});
        QCOMPARE(check.exitCode, 0);
        QVERIFY(check.out.contains("integrity:      ok"));
        QVERIFY(check.out.contains("receipt chain:  ok"));
        QVERIFY(check.out.contains("schema version: " + QByteArray::number(kassa::core::kSchemaVersion)));
        QVERIFY(check.out.contains("outbox waiting:"));
    }

    void importIsAllOrNothing() {
        QFile file(m_dir.filePath(QStringLiteral("products.jsonl")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"sku":"NEW-1","gtins":["4006381333931"],"name":"Kynä","brand":"Stabilo","price":"1.95","tax_code":"A","unit":"pcs"})"
            "\n"
            R"({"sku":"NEW-2","gtins":["4006381333932"],"name":"Väärä","brand":"X","price":"1.00","tax_code":"A","unit":"pcs"})"
            "\n");
        file.close();
        const Run bad = ctl({QStringLiteral("import"), QStringLiteral("products"), file.fileName()});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("line 2")), qPrintable(bad.err));
        // Nothing of the file: the first, valid product is not sellable either.
        const Run sale =
            ctl({QStringLiteral("sale"), QStringLiteral("--operator"), QStringLiteral("1001"), QStringLiteral("--scan"),
                 QStringLiteral("4006381333931"), QStringLiteral("--pay"), QStringLiteral("card")});
        QCOMPARE(sale.exitCode, 2);

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(
            R"({"sku":"NEW-1","gtins":["4006381333931"],"name":"Kynä","brand":"Stabilo","price":"1.95","tax_code":"A","unit":"pcs"})"
            "\n");
        file.close();
        QCOMPARE(ctl({QStringLiteral("import"), QStringLiteral("products"), file.fileName()}).exitCode, 0);
        QCOMPARE(
            ctl({QStringLiteral("sale"), QStringLiteral("--operator"), QStringLiteral("1001"), QStringLiteral("--scan"),
                 QStringLiteral("4006381333931"), QStringLiteral("--pay"), QStringLiteral("card")})
                .exitCode,
            0);
    }

    void refusesADamagedOrNewerDatabase() {
        const QString corrupt = m_dir.filePath(QStringLiteral("corrupt"));
        QDir().mkpath(corrupt);
        QFile file(corrupt + QStringLiteral("/kassa.db"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        Run check = run(QStringLiteral("kassactl"), {QStringLiteral("--data-dir"), corrupt, QStringLiteral("check")});
        QCOMPARE(check.exitCode, 3);
        QVERIFY2(check.err.contains(QStringLiteral("not a database")), qPrintable(check.err));
        QVERIFY(check.err.contains(QStringLiteral("backup")));

        const QString newer = m_dir.filePath(QStringLiteral("newer"));
        QCOMPARE(
            run(QStringLiteral("kassactl"), {QStringLiteral("--data-dir"), newer, QStringLiteral("init")}).exitCode, 0);
        {
            core::Database db(newer + QStringLiteral("/kassa.db"));
            db.setUserVersion(99);
        }
        check = run(QStringLiteral("kassactl"), {QStringLiteral("--data-dir"), newer, QStringLiteral("check")});
        QCOMPARE(check.exitCode, 3);
        QVERIFY(check.err.contains(QStringLiteral("newer than this Kassa knows")));

        check = run(QStringLiteral("kassactl"),
                    {QStringLiteral("--data-dir"), QStringLiteral("/dev/null/till"), QStringLiteral("check")});
        QCOMPARE(check.exitCode, 3);
        QVERIFY(check.err.contains(QStringLiteral("cannot")));
    }

    void tillAnswersHelpAndVersionWithoutADisplay() {
        const Run version = run(QStringLiteral("kassa"), {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("kassa 0."));
        const Run help = run(QStringLiteral("kassa"), {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--data-dir"));
        QVERIFY(help.out.contains("--printer"));
        const Run ctlHelp = run(QStringLiteral("kassactl"), {QStringLiteral("--help")});
        QCOMPARE(ctlHelp.exitCode, 0);
        QVERIFY(ctlHelp.out.contains("receipts"));
    }

    // A shift through kassactl on a till of its own: opened with a float by denomination, a cash
    // sale in it, money out refused above what the drawer holds, the X report for a supervisor
    // only, a blind close short by more than the limit refused until a manager approves with a
    // reason, and the Z reports numbered one after another.
    void aShiftIsOpenedMovedReportedAndClosedBlind() {
        const QString till = m_dir.filePath(QStringLiteral("shift-till"));
        const auto shift = [&](const QStringList& args, const QString& pin = QStringLiteral("1234"),
                               const QStringList& variables = {}) {
            return run(QStringLiteral("kassactl"),
                       QStringList{QStringLiteral("--data-dir"), till, QStringLiteral("shift")} + args, pin, {},
                       variables);
        };
        QCOMPARE(run(QStringLiteral("kassactl"),
                     {QStringLiteral("--data-dir"), till, QStringLiteral("init"), QStringLiteral("--demo"),
                      QStringLiteral("--products"), QStringLiteral("200")})
                     .exitCode,
                 0);
        const QStringList cashier{QStringLiteral("--operator"), QStringLiteral("1001")};
        const Run noShift = shift(QStringList{QStringLiteral("cash-in")} + cashier +
                                  QStringList{QStringLiteral("--amount"), QStringLiteral("10")});
        QCOMPARE(noShift.exitCode, 2);
        QVERIFY2(noShift.err.contains(QStringLiteral("No shift is open")), qPrintable(noShift.err));
        const Run opened = shift(QStringList{QStringLiteral("open")} + cashier +
                                 QStringList{QStringLiteral("--float"), QStringLiteral("50x2 10x4 2x5")});
        QVERIFY2(opened.exitCode == 0 && opened.out.contains("float of 150.00"), opened.out.constData());
        const Run twice = shift(QStringList{QStringLiteral("open")} + cashier +
                                QStringList{QStringLiteral("--float"), QStringLiteral("100")});
        QVERIFY2(twice.err.contains(QStringLiteral("Shift 1 is open")), qPrintable(twice.err));
        const Run badFloat = shift(QStringList{QStringLiteral("open")} + cashier +
                                   QStringList{QStringLiteral("--float"), QStringLiteral("3x7")});
        QVERIFY2(badFloat.err.contains(QStringLiteral("3.00 euros is not a euro note or coin")),
                 qPrintable(badFloat.err));

        const Run sold = run(QStringLiteral("kassactl"),
                             {QStringLiteral("--data-dir"), till, QStringLiteral("sale"), QStringLiteral("--operator"),
                              QStringLiteral("1001"), QStringLiteral("--scan"), core::demoGtin(0),
                              QStringLiteral("--pay"), QStringLiteral("cash:50")});
        QCOMPARE(sold.exitCode, 0);
        const Run tooMuch = shift(QStringList{QStringLiteral("cash-out")} + cashier +
                                  QStringList{QStringLiteral("--amount"), QStringLiteral("900"),
                                              QStringLiteral("--reason"), QStringLiteral("petty_cash")});
        QCOMPARE(tooMuch.exitCode, 2);
        QVERIFY2(tooMuch.err.contains(QStringLiteral("cannot leave the drawer")), qPrintable(tooMuch.err));
        QCOMPARE(shift(QStringList{QStringLiteral("cash-out")} + cashier +
                       QStringList{QStringLiteral("--amount"), QStringLiteral("12.40"), QStringLiteral("--reason"),
                                   QStringLiteral("petty_cash")})
                     .exitCode,
                 0);

        QCOMPARE(shift(QStringList{QStringLiteral("x-report")} + cashier).exitCode, 2); // blind for a cashier
        const Run x = shift({QStringLiteral("x-report"), QStringLiteral("--operator"), QStringLiteral("2001")},
                            QStringLiteral("2345"));
        QVERIFY2(x.exitCode == 0 && x.out.contains("X REPORT") && x.out.contains("CASH EXPECTED"), x.out.constData());
        const Run xJson = shift({QStringLiteral("x-report"), QStringLiteral("--operator"), QStringLiteral("2001"),
                                 QStringLiteral("--format"), QStringLiteral("json")},
                                QStringLiteral("2345"));
        const QJsonObject xFigures =
            QJsonDocument::fromJson(xJson.out).object().value(QStringLiteral("figures")).toObject();
        QCOMPARE(xFigures.value(QStringLiteral("sales")).toInt(), 1);
        QCOMPARE(xFigures.value(QStringLiteral("cash_out")).toString(), QStringLiteral("12.40"));

        const QStringList shortCount{QStringLiteral("--count"), QStringLiteral("50x2")};
        const Run refused = shift(QStringList{QStringLiteral("close")} + cashier + shortCount);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("by more than 5,00")) &&
                     refused.err.contains(QStringLiteral("the shift stays open")),
                 qPrintable(refused.err));
        const Run closed = shift(QStringList{QStringLiteral("close")} + cashier + shortCount +
                                     QStringList{QStringLiteral("--reason"), QStringLiteral("float miscounted")},
                                 QStringLiteral("1234"),
                                 {QStringLiteral("KASSA_APPROVER=3001"), QStringLiteral("KASSA_APPROVER_PIN=3456")});
        QVERIFY2(closed.exitCode == 0 && closed.out.contains("Z REPORT 1") && closed.out.contains("Approved by 3001"),
                 qPrintable(QString::fromUtf8(closed.out) + closed.err));
        const Run again = shift(QStringList{QStringLiteral("close")} + cashier + shortCount);
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(QStringLiteral("Shift 1 was closed already: Z report 1")), qPrintable(again.err));

        QVERIFY(shift(QStringList{QStringLiteral("open")} + cashier +
                      QStringList{QStringLiteral("--float"), QStringLiteral("100")})
                    .exitCode == 0);
        const Run second = shift(QStringList{QStringLiteral("close")} + cashier +
                                 QStringList{QStringLiteral("--count"), QStringLiteral("100.00")});
        QVERIFY2(second.exitCode == 0 && second.out.contains("Z REPORT 2"), second.out.constData());
        QVERIFY(shift({QStringLiteral("z-report"), QStringLiteral("1")}).out.contains("float miscounted"));
        const QJsonObject z1 = QJsonDocument::fromJson(shift({QStringLiteral("z-report"), QStringLiteral("1"),
                                                              QStringLiteral("--format"), QStringLiteral("json")})
                                                           .out)
                                   .object();
        QCOMPARE(z1.value(QStringLiteral("z_number")).toInt(), 1);
        QCOMPARE(z1.value(QStringLiteral("approver_id")).toString(), QStringLiteral("3001"));
        QCOMPARE(z1.value(QStringLiteral("figures")).toObject().value(QStringLiteral("sales")).toInt(), 1);
        QCOMPARE(shift({QStringLiteral("z-report"), QStringLiteral("3")}).exitCode, 2);
    }

    // Training through kassactl: a manager switches it; a sale then prints as training and is
    // not one of the till's receipts; switched off, the till sells for real again.
    void aManagerSwitchesTrainingAndItsSalesAreNotReceipts() {
        const QStringList on{QStringLiteral("training"), QStringLiteral("on"), QStringLiteral("--operator")};
        const Run byCashier = ctl(on + QStringList{QStringLiteral("1001")});
        QCOMPARE(byCashier.exitCode, 2);
        QCOMPARE(ctl(on + QStringList{QStringLiteral("3001")}, QStringLiteral("3456")).exitCode, 0);
        QVERIFY(ctl({QStringLiteral("status")}).out.contains("training:       on"));
        const int receipts = saleCount();
        const Run practice =
            ctl({QStringLiteral("sale"), QStringLiteral("--operator"), QStringLiteral("1001"), QStringLiteral("--scan"),
                 core::demoGtin(4), QStringLiteral("--pay"), QStringLiteral("card")});
        QVERIFY2(practice.exitCode == 0, qPrintable(practice.err));
        QVERIFY2(practice.out.contains("*** TRAINING - NOT A RECEIPT ***") && practice.out.contains("T-012-03-"),
                 practice.out.constData());
        QCOMPARE(saleCount(), receipts);
        QCOMPARE(ctl({QStringLiteral("training"), QStringLiteral("off"), QStringLiteral("--operator"),
                      QStringLiteral("3001")},
                     QStringLiteral("3456"))
                     .exitCode,
                 0);
        QVERIFY(ctl({QStringLiteral("status")}).out.contains("training:       off"));
    }
};

QTEST_GUILESS_MAIN(TestKassactl)
#include "TestKassactl.moc"
