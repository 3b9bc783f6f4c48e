// The one return lookup (core/till/ReturnLookup.h) on a real till database, with central's
// answers as sync/client turns them into outcomes: found, unknown, or unreachable. What this
// till sold itself comes back when central has not received the sale yet (the sale is still in
// the till's queue) or cannot be asked; a number known nowhere is refused; central's copy is
// taken as it is, filled in from the till's catalog. The real client over TLS is in
// tests/integration/TestReturnsAcrossStores.

#include "common/CardSales.h"
#include "common/OpenShift.h"
#include "core/store/DemoCatalog.h"
#include "core/till/ReturnDesk.h"
#include "core/till/ReturnLookup.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kassa::core;

namespace {

// Central as the till's client reports it: each question answered with the outcome set here.
class AnsweringCentral final : public CentralReturns {
public:
    CentralDocument answer;
    QStringList asked;

    Result<ReturnableDocument> readReceiptCode(TillDatabase&, const QByteArray&) override {
        return makeError(ErrorCode::ReceiptCodeNotTrusted, QStringLiteral("not in this test"));
    }
    CentralDocument soldDocument(const QString& channel, const QString& number) override {
        asked << channel + QLatin1Char(' ') + number;
        return answer;
    }
    CentralLease holdReturn(const QString&, const QString&, const std::map<int, std::int64_t>&) override { return {}; }
    void releaseReturn(const QString&) override {}
};

} // namespace

class TestReturnLookup : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TillDatabase> m_till;
    AnsweringCentral m_central;

    QString lastReceipt() { return m_till->journal().last(1).front().receiptNumber; }

private Q_SLOTS:
    void init() {
        m_till = std::make_unique<TillDatabase>(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())));
        m_till->initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("Test"));
        seedDemoCatalog(*m_till, 50);
        kassa::testing::openShift(*m_till);
        QVERIFY(kassa::testing::ringUpCardSales(*m_till, 1));
        m_central = AnsweringCentral();
    }

    void theNumbersFormSaysWhatItIs() {
        const Result<ReturnQuery> receipt = readReturnQuery(*m_till, &m_central, QStringLiteral(" 001-01-000001 "));
        QCOMPARE(receipt->channel, QStringLiteral("store"));
        QCOMPARE(receipt->number, QStringLiteral("001-01-000001"));
        QCOMPARE(readReturnQuery(*m_till, &m_central, QStringLiteral("W1234"))->channel, QStringLiteral("web"));
        QCOMPARE(readReturnQuery(*m_till, &m_central, QStringLiteral("W1234"), QStringLiteral("store"))->channel,
                 QStringLiteral("store")); // kassactl --receipt says so itself
        QCOMPARE(readReturnQuery(*m_till, &m_central, QStringLiteral("   ")).error().code, ErrorCode::UnknownDocument);
        QCOMPARE(readReturnQuery(*m_till, &m_central, QString(65, QLatin1Char('9'))).error().code,
                 ErrorCode::UnknownDocument);
    }

    // The customer is back at once: the sale waits in the till's queue, central knows nothing.
    void aSaleCentralHasNotReceivedComesFromTheTillsOwnJournal() {
        m_central.answer.outcome = CentralDocument::Outcome::Unknown;
        const FoundDocument found = lookUpReturnable(*m_till, &m_central, lastReceipt());
        QVERIFY(!found.refusal);
        QVERIFY(found.document);
        QCOMPARE(found.document->source, DocumentSource::Journal);
        QCOMPARE(found.document->number, lastReceipt());
        QCOMPARE(found.offlineReason, QStringLiteral("head office has not received this sale yet"));
        QCOMPARE(m_central.asked, QStringList{QStringLiteral("store ") + lastReceipt()});
    }

    void aNumberKnownNowhereIsRefused() {
        m_central.answer.outcome = CentralDocument::Outcome::Unknown;
        const FoundDocument found = lookUpReturnable(*m_till, &m_central, QStringLiteral("001-01-999999"));
        QVERIFY(!found.document);
        QCOMPARE(found.refusal->code, ErrorCode::UnknownDocument);
        QCOMPARE(found.refusal->detail, QStringLiteral("001-01-999999"));
        m_central.answer.outcome = CentralDocument::Outcome::Unreachable;
        QCOMPARE(lookUpReturnable(*m_till, &m_central, QStringLiteral("W77")).refusal->code,
                 ErrorCode::UnknownDocument);
    }

    void withCentralUnreachableTheTillsOwnReceiptIsDecidedOffline() {
        m_central.answer.unreachable = QStringLiteral("head office cannot be reached (Connection refused)");
        const FoundDocument found = lookUpReturnable(*m_till, &m_central, lastReceipt());
        QCOMPARE(found.document->source, DocumentSource::Journal);
        QCOMPARE(found.offlineReason, m_central.answer.unreachable);
        // A till without head office at all decides the same way, and says so.
        const FoundDocument alone = lookUpReturnable(*m_till, nullptr, lastReceipt());
        QCOMPARE(alone.document->source, DocumentSource::Journal);
        QCOMPARE(alone.offlineReason, QStringLiteral("this till runs without head office"));
    }

    void centralsCopyIsTakenWithTheTillsNamesAndNoOfflineReason() {
        ReturnableDocument central = *findOnTill(*m_till, QStringLiteral("store"), lastReceipt());
        central.source = DocumentSource::Central;
        for (ReturnableLine& line : central.lines) {
            line.name = line.sku; // central's answer names SKUs only
            line.productId = 0;
            line.returnedMilli = kQuantityOne; // came back in another store
        }
        m_central.answer.outcome = CentralDocument::Outcome::Found;
        m_central.answer.document = central;
        const FoundDocument found = lookUpReturnable(*m_till, &m_central, lastReceipt());
        QCOMPARE(found.document->source, DocumentSource::Central);
        QVERIFY(found.offlineReason.isEmpty());
        QCOMPARE(found.document->lines.front().returnedMilli, kQuantityOne);
        QCOMPARE(found.document->lines.front().name, m_till->catalog().bySku(central.lines.front().sku)->name);
    }

    void aReceiptCodeNeedsHeadOfficesCertificates() {
        const QString code = QStringLiteral("K1|001-01-000001|whatever");
        const Result<ReturnQuery> alone = readReturnQuery(*m_till, nullptr, code);
        QCOMPARE(alone.error().code, ErrorCode::ReceiptCodeNotTrusted);
        QCOMPARE(readReturnQuery(*m_till, &m_central, code).error().code, ErrorCode::ReceiptCodeNotTrusted);
    }
};

QTEST_GUILESS_MAIN(TestReturnLookup)
#include "TestReturnLookup.moc"
