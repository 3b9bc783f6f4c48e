// Returns across stores with kassa-central and tills as separate processes over real TLS: a
// web order returned in one store online is refused in another; the web shop sees the refund
// it must pay; a till that loses central halfway through a return falls back on the offline
// rules and says so.

#include "common/Programs.h"
#include "core/store/DemoCatalog.h"
#include "core/store/Returns.h"
#include "core/till/ReturnLookup.h"
#include "sync/client/CentralReturnsClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;

using testing::Run;

class TestReturnsAcrossStores : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    testing::CentralProcess m_central{m_dir.filePath(QStringLiteral("central"))};
    std::string m_token;

    QString tillDir(const QString& name) const { return m_dir.filePath(name); }

    Run till(const QString& name, const QStringList& args, const QStringList& environment = {}) {
        return testing::run(QStringLiteral("kassactl"), QStringList{QStringLiteral("--data-dir"), tillDir(name)} + args,
                            environment);
    }

    void makeEnrolledTill(const QString& name, const QString& store) {
        QCOMPARE(till(name, {QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--products"),
                             QStringLiteral("200"), QStringLiteral("--store"), store})
                     .exitCode,
                 0);
        QCOMPARE(till(name, testing::openShiftArgs()).exitCode, 0);
        const Run enrolled = till(
            name, {QStringLiteral("enroll"), m_central.url(), m_central.enrollmentCode(store, QStringLiteral("01"))});
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
    }

    std::optional<sync::ClientResponse> integration(const char* method, const char* target, const QByteArray& body) {
        QFile ca(m_central.dataDir() + QStringLiteral("/ca.pem"));
        if (!ca.open(QIODevice::ReadOnly)) {
            return std::nullopt;
        }
        boost::system::error_code error;
        return sync::requestCentral(*sync::parseCentralUrl(m_central.url()), sync::ClientTls{ca.readAll(), {}, {}},
                                    method, target, body, std::chrono::seconds(20), error, m_token);
    }

    // An order of one piece of demo product SKU-0000002 at 2.99, paid online by card.
    void putWebOrder(const char* number) {
        const QJsonObject line{{QStringLiteral("line"), 1},
                               {QStringLiteral("sku"), QStringLiteral("SKU-0000002")},
                               {QStringLiteral("quantity"), QStringLiteral("1")},
                               {QStringLiteral("unit_price"), QStringLiteral("2.99")},
                               {QStringLiteral("tax_code"), QStringLiteral("B")}};
        const QJsonObject order{
            {QStringLiteral("order"), QString::fromLatin1(number)},
            {QStringLiteral("placed_at"), QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODate)},
            {QStringLiteral("payment"), QStringLiteral("online:card")},
            {QStringLiteral("lines"), QJsonArray{line}}};
        const auto put = integration("POST", "/v1/web-orders", QJsonDocument(order).toJson(QJsonDocument::Compact));
        QVERIFY(put);
        QCOMPARE(put->status, 200);
    }

    // On a fresh port (a port given up may be taken meanwhile); the tills are pointed at it, as
    // a store's central.url is when central moves.
    void restartCentral() {
        QVERIFY(m_central.start(0));
        for (const char* name : {"storeA", "storeB"}) {
            QFile url(tillDir(QString::fromLatin1(name)) + QStringLiteral("/central.url"));
            QVERIFY(url.open(QIODevice::WriteOnly | QIODevice::Truncate));
            url.write(m_central.url().toUtf8() + '\n');
        }
    }

    // Line 1 of a receipt comes back (all of it, or `quantity`), refunded as it was paid.
    Run returnReceiptLine(const QString& receipt, const QString& quantity = {}) {
        QStringList args{QStringLiteral("return"), QStringLiteral("--operator"), QStringLiteral("1001"),
                         QStringLiteral("--receipt"), receipt};
        if (!quantity.isEmpty()) {
            args << QStringLiteral("--qty") << quantity;
        }
        args << QStringLiteral("--line") << QStringLiteral("1") << QStringLiteral("--reason")
             << QStringLiteral("wrong_size") << QStringLiteral("--refund") << QStringLiteral("original");
        return till(QStringLiteral("storeA"), args);
    }

    QString lastReceiptNumber(const QString& name) {
        const Run printed =
            till(name, {QStringLiteral("receipts"), QStringLiteral("--format"), QStringLiteral("json")});
        return QJsonDocument::fromJson(printed.out.toUtf8())
            .array()
            .last()
            .toObject()
            .value(QStringLiteral("receipt_number"))
            .toString();
    }

    // Line 1 of a receipt as central has it (an integration asking: every lease counts).
    QJsonObject centralLine(const QString& receipt) {
        const auto answer = integration("GET", ("/v1/receipts/" + receipt.toStdString()).c_str(), {});
        if (!answer || answer->status != 200) {
            return {};
        }
        return QJsonDocument::fromJson(answer->body)
            .object()
            .value(QStringLiteral("lines"))
            .toArray()
            .first()
            .toObject();
    }

    int overReturnsOf(const QString& number) {
        const auto exceptions = integration("GET", "/v1/exceptions", {});
        int found = 0;
        for (const QJsonValue& e :
             QJsonDocument::fromJson(exceptions->body).object().value(QStringLiteral("exceptions")).toArray()) {
            found += e.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("over_return") &&
                     e.toObject().value(QStringLiteral("detail")).toString().contains(number);
        }
        return found;
    }

    QStringList returnOrder(const char* number) const {
        return {QStringLiteral("return"),   QStringLiteral("--operator"), QStringLiteral("1001"),
                QStringLiteral("--order"),  QString::fromLatin1(number),  QStringLiteral("--line"),
                QStringLiteral("1"),        QStringLiteral("--reason"),   QStringLiteral("wrong_size"),
                QStringLiteral("--refund"), QStringLiteral("original")};
    }

private Q_SLOTS:
    void initTestCase() {
        m_token = m_central.initDemo(200, QStringLiteral("web shop"));
        QVERIFY(!m_token.empty());
        QVERIFY(m_central.start(0));
        makeEnrolledTill(QStringLiteral("storeA"), QStringLiteral("001"));
        makeEnrolledTill(QStringLiteral("storeB"), QStringLiteral("002"));
    }

    void cleanupTestCase() {
        if (m_central.running()) {
            QVERIFY(m_central.stop());
        }
    }

    void aWebOrderReturnedOnlineInOneStoreIsRefusedInAnother() {
        putWebOrder("W100");
        const Run inA = till(QStringLiteral("storeA"), returnOrder("W100"));
        QVERIFY2(inA.exitCode == 0, qPrintable(inA.err));
        QVERIFY2(inA.out.contains(QStringLiteral("Web order W100")), qPrintable(inA.out));
        QVERIFY2(!inA.out.contains(QStringLiteral("offline")), qPrintable(inA.out)); // central held it
        QVERIFY2(inA.out.contains(QStringLiteral("To the online payment")), qPrintable(inA.out));
        QCOMPARE(till(QStringLiteral("storeA"), {QStringLiteral("sync")}).exitCode, 0);

        const Run inB = till(QStringLiteral("storeB"), returnOrder("W100"));
        QCOMPARE(inB.exitCode, 2);
        QVERIFY2(inB.err.contains(QStringLiteral("returned already")), qPrintable(inB.err));
        QVERIFY(!inB.err.contains(QStringLiteral("offline")));

        // The web shop pays it back, once.
        const auto refunds = integration("GET", "/v1/refunds?status=pending", {});
        const QJsonArray pending =
            QJsonDocument::fromJson(refunds->body).object().value(QStringLiteral("refunds")).toArray();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().toObject().value(QStringLiteral("number")).toString(), QStringLiteral("W100"));
        QCOMPARE(pending.first().toObject().value(QStringLiteral("store_id")).toString(), QStringLiteral("001"));
    }

    void whileOneTillHoldsALineAnotherCannotTakeIt() {
        putWebOrder("W101");
        const std::optional<sync::TillLinkFiles> linkA = sync::loadTillLink(tillDir(QStringLiteral("storeA")));
        QVERIFY(linkA);
        core::TillDatabase storeA(tillDir(QStringLiteral("storeA")));
        sync::CentralReturnsClient centralA(linkA);
        const core::FoundDocument found =
            core::lookUpReturnable(storeA, &centralA, QStringLiteral("W101"), QStringLiteral("web"));
        QVERIFY(found.document);
        QCOMPARE(found.document->lines.front().name,
                 QStringLiteral("Arla juusto edam kevyt 400 g")); // the till's catalog
        const core::CentralLease held = centralA.holdReturn(QStringLiteral("web"), QStringLiteral("W101"), {{1, 1000}});
        QVERIFY(!held.leaseId.isEmpty());

        const Run inB = till(QStringLiteral("storeB"), returnOrder("W101"));
        QCOMPARE(inB.exitCode, 2);
        QVERIFY2(inB.err.contains(QStringLiteral("returned already")), qPrintable(inB.err)); // reserved counts
        centralA.releaseReturn(held.leaseId);
        const Run afterRelease = till(QStringLiteral("storeB"), returnOrder("W101"));
        QVERIFY2(afterRelease.exitCode == 0, qPrintable(afterRelease.err));
    }

    void centralLostHalfwayThroughALeaseFallsBackOnTheOfflineRules() {
        putWebOrder("W102");
        const std::optional<sync::TillLinkFiles> linkA = sync::loadTillLink(tillDir(QStringLiteral("storeA")));
        core::TillDatabase storeA(tillDir(QStringLiteral("storeA")));
        sync::CentralReturnsClient centralA(linkA);
        const core::FoundDocument found =
            core::lookUpReturnable(storeA, &centralA, QStringLiteral("W102"), QStringLiteral("web"));
        QVERIFY(found.document && found.offlineReason.isEmpty());
        QVERIFY(m_central.stop());
        const core::CentralLease lost = centralA.holdReturn(QStringLiteral("web"), QStringLiteral("W102"), {{1, 1000}});
        QVERIFY(lost.leaseId.isEmpty());
        QVERIFY(!lost.refusal);
        QVERIFY2(lost.unreachable.contains(QStringLiteral("cannot be reached")), qPrintable(lost.unreachable));

        // kassactl, with central down: its own receipt comes back under the offline rules.
        QVERIFY(!testing::sellWithKassactl(tillDir(QStringLiteral("storeA")), 1));
        core::Returns returns(storeA.db());
        const QString receipt = storeA.journal().last(1).front().receiptNumber;
        const Run offline =
            till(QStringLiteral("storeA"),
                 {QStringLiteral("return"), QStringLiteral("--operator"), QStringLiteral("1001"),
                  QStringLiteral("--receipt"), receipt, QStringLiteral("--line"), QStringLiteral("1"),
                  QStringLiteral("--reason"), QStringLiteral("defective"), QStringLiteral("--disposition"),
                  QStringLiteral("damaged"), QStringLiteral("--refund"), QStringLiteral("original")});
        QVERIFY2(offline.exitCode == 0, qPrintable(offline.err));
        QVERIFY2(offline.err.contains(QStringLiteral("cannot be reached")), qPrintable(offline.err));
        QVERIFY2(offline.out.contains(QStringLiteral("Decided offline")), qPrintable(offline.out));
        const auto lastReturnJson = [this] {
            return QJsonDocument::fromJson(
                       till(QStringLiteral("storeA"),
                            {QStringLiteral("receipts"), QStringLiteral("--format"), QStringLiteral("json")})
                           .out.toUtf8())
                .array()
                .last()
                .toObject();
        };
        QCOMPARE(lastReturnJson().value(QStringLiteral("confirmed")), QJsonValue(false));
        restartCentral();
        // Back online, the till delivers the return; it is confirmed, and says so.
        QCOMPARE(till(QStringLiteral("storeA"), {QStringLiteral("sync")}).exitCode, 0);
        QVERIFY(returns.isConfirmed(returns.last(1).front().documentId));
        QCOMPARE(lastReturnJson().value(QStringLiteral("confirmed")), QJsonValue(true));
        const Run text = till(QStringLiteral("storeA"), {QStringLiteral("receipts")});
        QVERIFY2(text.out.contains(QStringLiteral("Head office has confirmed this return")), qPrintable(text.out));
    }

    void twoStoresOfflineReturnTheSameLineAndBothSeeTheOverReturn() {
        putWebOrder("W200");
        for (const char* name : {"storeA", "storeB"}) { // the web-order feed reaches both
            const Run synced = till(QString::fromLatin1(name), {QStringLiteral("sync")});
            QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
        }
        QVERIFY(m_central.stop());
        for (const char* name : {"storeA", "storeB"}) {
            const Run offline = till(QString::fromLatin1(name), returnOrder("W200"));
            QVERIFY2(offline.exitCode == 0, qPrintable(offline.err));
            QVERIFY2(offline.out.contains(QStringLiteral("Decided offline")), qPrintable(offline.out));
            QVERIFY2(offline.err.contains(QStringLiteral("cannot be reached")), qPrintable(offline.err));
        }
        restartCentral();
        for (const char* name : {"storeA", "storeB", "storeA"}) { // A again: to hear of B's
            const Run synced = till(QString::fromLatin1(name), {QStringLiteral("sync")});
            QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
        }
        // Both returns stand; head office and both stores see one over-return.
        const auto exceptions = integration("GET", "/v1/exceptions", {});
        QStringList overReturns;
        for (const QJsonValue& e :
             QJsonDocument::fromJson(exceptions->body).object().value(QStringLiteral("exceptions")).toArray()) {
            if (e.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("over_return")) {
                overReturns << e.toObject().value(QStringLiteral("detail")).toString();
            }
        }
        QCOMPARE(overReturns.size(), 1);
        QVERIFY2(overReturns.front().contains(QStringLiteral("W200")), qPrintable(overReturns.front()));
        for (const char* name : {"storeA", "storeB"}) {
            const Run status = till(QString::fromLatin1(name), {QStringLiteral("status")});
            QVERIFY2(status.out.contains(QStringLiteral("over_return")), qPrintable(status.out));
        }
        // Both items are back in their stores' stock at central.
        const auto movements = integration("GET", "/v1/stock-movements", {});
        QStringList locations;
        for (const QJsonValue& m :
             QJsonDocument::fromJson(movements->body).object().value(QStringLiteral("movements")).toArray()) {
            const QJsonObject movement = m.toObject();
            if (movement.value(QStringLiteral("document_id")).toString().isEmpty() ||
                movement.value(QStringLiteral("sku")).toString() != QLatin1String("SKU-0000002")) {
                continue;
            }
            locations << movement.value(QStringLiteral("location")).toString();
        }
        QVERIFY2(locations.contains(QStringLiteral("001")) && locations.contains(QStringLiteral("002")),
                 qPrintable(locations.join(QLatin1Char(' '))));
    }

    // Five of a demo product, paid first with the voucher (`voucher:N` or `voucher:N:AMOUNT`),
    // the rest by card.
    Run payWithVoucher(const char* store, const QString& voucher) {
        return till(QString::fromLatin1(store),
                    {QStringLiteral("sale"), QStringLiteral("--operator"), QStringLiteral("1001"),
                     QStringLiteral("--qty"), QStringLiteral("5"), QStringLiteral("--scan"), core::demoGtin(7),
                     QStringLiteral("--pay"), QStringLiteral("voucher:") + voucher, QStringLiteral("--pay"),
                     QStringLiteral("card")},
                    {QStringLiteral("KASSA_PIN=1234")});
    }

    QString voucherBalance(const QString& number) {
        const auto voucher = integration("GET", qPrintable(QStringLiteral("/v1/vouchers/") + number), {});
        return voucher ? QJsonDocument::fromJson(voucher->body).object().value(QStringLiteral("balance")).toString()
                       : QString();
    }

    void storeCreditOfOneStoreIsSpentInAnotherAndTwiceOfflineIsRaised() {
        putWebOrder("W300");
        QStringList args = returnOrder("W300");
        args.last() = QStringLiteral("store-credit");
        const Run credit = till(QStringLiteral("storeA"), args, {QStringLiteral("KASSA_PIN=1234")});
        QVERIFY2(credit.exitCode == 0, qPrintable(credit.err));
        const QString voucher =
            QRegularExpression(QStringLiteral("SC-001-01-\\d{6}-[2-9A-HJ-NP-Z]{13}")).match(credit.out).captured();
        QVERIFY2(!voucher.isEmpty(), qPrintable(credit.out));
        QCOMPARE(till(QStringLiteral("storeA"), {QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(voucherBalance(voucher), QStringLiteral("2.99"));

        // Store B, online: central says what the voucher holds; 1.00 of it pays.
        const Run partly = payWithVoucher("storeB", voucher + QStringLiteral(":1.00"));
        QVERIFY2(partly.exitCode == 0, qPrintable(partly.err));
        QVERIFY2(partly.out.contains(voucher.left(16)), qPrintable(partly.out)); // the number: no secret on a sale
        QVERIFY2(!partly.err.contains(QStringLiteral("offline")), qPrintable(partly.err));
        for (const char* name : {"storeB", "storeA", "storeB"}) { // the spend, then the feed to both
            QCOMPARE(till(QString::fromLatin1(name), {QStringLiteral("sync")}).exitCode, 0);
        }
        QCOMPARE(voucherBalance(voucher), QStringLiteral("1.99"));
        const Run spent = payWithVoucher("storeB", voucher + QStringLiteral(":5.00"));
        QCOMPARE(spent.exitCode, 2);
        QVERIFY2(spent.err.contains(QStringLiteral("holds less")), qPrintable(spent.err));

        // Both stores offline: each takes what its copy says is left.
        QVERIFY(m_central.stop());
        for (const char* name : {"storeA", "storeB"}) {
            const Run offline = payWithVoucher(name, voucher);
            QVERIFY2(offline.exitCode == 0, qPrintable(offline.err));
            QVERIFY2(offline.err.contains(QStringLiteral("decided offline")), qPrintable(offline.err));
        }
        restartCentral();
        for (const char* name : {"storeA", "storeB", "storeA"}) {
            QCOMPARE(till(QString::fromLatin1(name), {QStringLiteral("sync")}).exitCode, 0);
        }
        QCOMPARE(voucherBalance(voucher), QStringLiteral("-1.99"));
        for (const char* name : {"storeA", "storeB"}) {
            const Run status = till(QString::fromLatin1(name), {QStringLiteral("status")});
            QVERIFY2(status.out.contains(QStringLiteral("voucher_overspent")), qPrintable(status.out));
        }
    }

    void aReceiptOfOneStoreComesBackOfflineInAnotherFromItsQrCodeAlone() {
        QVERIFY(!testing::sellWithKassactl(tillDir(QStringLiteral("storeA")), 1));
        const Run printed = till(QStringLiteral("storeA"),
                                 {QStringLiteral("receipts"), QStringLiteral("--format"), QStringLiteral("json")});
        const QString code = QJsonDocument::fromJson(printed.out.toUtf8())
                                 .array()
                                 .last()
                                 .toObject()
                                 .value(QStringLiteral("receipt_code"))
                                 .toString();
        QVERIFY2(code.startsWith(QStringLiteral("K1|001-01-")), qPrintable(printed.out));
        QCOMPARE(till(QStringLiteral("storeB"), {QStringLiteral("sync")}).exitCode, 0); // the tills' certificates
        QVERIFY(m_central.stop()); // store A's sale never reached central, and now nothing does

        const auto returnFromPaper = [this](const QString& text) {
            return till(QStringLiteral("storeB"),
                        {QStringLiteral("return"), QStringLiteral("--operator"), QStringLiteral("1001"),
                         QStringLiteral("--receipt"), text, QStringLiteral("--line"), QStringLiteral("1"),
                         QStringLiteral("--reason"), QStringLiteral("changed_mind"), QStringLiteral("--refund"),
                         QStringLiteral("original")});
        };
        // One digit changed (the line's quantity): refused, nothing recorded.
        QString forged = code;
        forged.replace(QStringLiteral(",1000,"), QStringLiteral(",2000,"));
        QVERIFY(forged != code);
        const Run refused = returnFromPaper(forged);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("not genuine")), qPrintable(refused.err));

        const Run taken = returnFromPaper(code);
        QVERIFY2(taken.exitCode == 0, qPrintable(taken.err));
        QVERIFY2(taken.out.contains(QStringLiteral("Original receipt 001-01-")), qPrintable(taken.out));
        QVERIFY2(taken.out.contains(QStringLiteral("Decided offline")), qPrintable(taken.out));
        restartCentral();
    }

    void receiptsPrintTheirCodesSoThatABarcodeReaderReadsThem() {
        QVERIFY(!testing::sellWithKassactl(tillDir(QStringLiteral("storeA")), 1));
        const Run json = till(QStringLiteral("storeA"),
                              {QStringLiteral("receipts"), QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject sale = QJsonDocument::fromJson(json.out.toUtf8()).array().last().toObject();
        const QString number = sale.value(QStringLiteral("receipt_number")).toString();
        // The code the receipt was first printed with, every time it is printed again.
        const QString code = sale.value(QStringLiteral("receipt_code")).toString();
        QVERIFY(code.startsWith(QStringLiteral("K1|")));

        // ESC/POS: the number as CODE128 and the code through the printer's own QR encoder.
        const Run escpos = till(QStringLiteral("storeA"),
                                {QStringLiteral("receipts"), QStringLiteral("--format"), QStringLiteral("escpos")});
        QVERIFY(escpos.out.contains(QStringLiteral("{B") + number));
        QVERIFY(escpos.out.toLatin1().contains(QByteArray("\x1d(k", 3)));
        QVERIFY(escpos.out.contains(code));

        // An image that an independent reader (zbar) decodes to the same number and code.
        const QString zbar = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        // A skip here would read as passed: the project installs the reader (scripts/install-deps).
        QVERIFY2(!zbar.isEmpty(), "zbarimg (zbar-tools) is not installed: run scripts/install-deps");
        const QString folder = m_dir.filePath(QStringLiteral("images"));
        const Run png = till(QStringLiteral("storeA"), {QStringLiteral("receipts"), QStringLiteral("--format"),
                                                        QStringLiteral("png"), QStringLiteral("--output"), folder});
        QVERIFY2(png.exitCode == 0, qPrintable(png.err));
        const QString image = folder + QStringLiteral("/receipt-") + number + QStringLiteral(".png");
        QCOMPARE(png.out.trimmed(), image);
        QProcess reader;
        reader.start(zbar, {QStringLiteral("--quiet"), QStringLiteral("--raw"), image});
        QVERIFY(reader.waitForFinished(60'000));
        const QStringList decoded =
            QString::fromLatin1(reader.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(decoded.contains(number), qPrintable(decoded.join(QLatin1Char(' '))));
        QVERIFY2(decoded.contains(code), qPrintable(decoded.join(QLatin1Char(' '))));
    }

    // Online, a customer back at once (the wrong size): the sale still waits in the till's queue
    // and central has not heard of it. The till takes its own receipt, as offline, instead of
    // turning the customer away; central counts the return once both arrive.
    void aReceiptJustPrintedComesBackBeforeItsSaleReachesCentral() {
        QVERIFY(!testing::sellWithKassactl(tillDir(QStringLiteral("storeA")), 1));
        const QString receipt = lastReceiptNumber(QStringLiteral("storeA"));
        QVERIFY(centralLine(receipt).isEmpty()); // not sent yet

        const Run back = returnReceiptLine(receipt);
        QVERIFY2(back.exitCode == 0, qPrintable(back.err));
        QVERIFY2(back.err.contains(QStringLiteral("has not received this sale yet")), qPrintable(back.err));
        QVERIFY2(back.out.contains(QStringLiteral("Original receipt ") + receipt), qPrintable(back.out));
        QVERIFY2(back.out.contains(QStringLiteral("Decided offline")), qPrintable(back.out));
        // The same line again is refused from the till's own count: it came back in full.
        const Run again = returnReceiptLine(receipt);
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(QStringLiteral("returned already in full")), qPrintable(again.err));

        const Run synced = till(QStringLiteral("storeA"), {QStringLiteral("sync")});
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
        QCOMPARE(centralLine(receipt).value(QStringLiteral("returned")).toString(), QStringLiteral("1"));
        QCOMPARE(overReturnsOf(receipt), 0);
    }

    // Online, two pieces of one line come back one at a time, the second before the till has
    // sent the first: each return counts once (central's lease of the first is this till's own,
    // and the till counts its unsent return itself).
    void twoPartialReturnsOfOneLineBeforeAPushCountEachOnce() {
        const Run sale = till(QStringLiteral("storeA"),
                              {QStringLiteral("sale"), QStringLiteral("--operator"), QStringLiteral("1001"),
                               QStringLiteral("--qty"), QStringLiteral("2"), QStringLiteral("--scan"),
                               core::demoGtin(3), QStringLiteral("--pay"), QStringLiteral("card")});
        QVERIFY2(sale.exitCode == 0, qPrintable(sale.err));
        const QString receipt = lastReceiptNumber(QStringLiteral("storeA"));
        QCOMPARE(till(QStringLiteral("storeA"), {QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(centralLine(receipt).value(QStringLiteral("sold")).toString(), QStringLiteral("2"));

        for (int piece = 1; piece <= 2; ++piece) {
            const Run back = returnReceiptLine(receipt, QStringLiteral("1"));
            QVERIFY2(back.exitCode == 0, qPrintable(QStringLiteral("piece %1: %2").arg(piece).arg(back.err)));
            QVERIFY2(!back.out.contains(QStringLiteral("Decided offline")), qPrintable(back.out)); // central held it
        }
        const Run third = returnReceiptLine(receipt, QStringLiteral("1"));
        QCOMPARE(third.exitCode, 2);
        QVERIFY2(third.err.contains(QStringLiteral("returned already in full")), qPrintable(third.err));

        QCOMPARE(till(QStringLiteral("storeA"), {QStringLiteral("sync")}).exitCode, 0);
        const QJsonObject line = centralLine(receipt);
        QCOMPARE(line.value(QStringLiteral("returned")).toString(), QStringLiteral("2"));
        QCOMPARE(line.value(QStringLiteral("reserved")).toString(), QStringLiteral("0"));
        QCOMPARE(overReturnsOf(receipt), 0);
    }
};

QTEST_GUILESS_MAIN(TestReturnsAcrossStores)
#include "TestReturnsAcrossStores.moc"
