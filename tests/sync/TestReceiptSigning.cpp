// Receipts' QR codes: a till signs the code of each receipt it prints with its enrolled key,
// and any till of the chain takes the receipt back from the code alone, checked against the
// signing till's certificate (from central's feed) and the CA it pinned; a changed digit, a
// code cut short, a revoked or unknown till, or a certificate of another CA are refused.

#include "common/CardSales.h"
#include "common/OpenShift.h"
#include "core/till/ReturnLookup.h"
#include "sync/client/CentralReturnsClient.h"
#include "sync/client/ReceiptSigning.h"
#include "sync/tls/Pki.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kassa;

namespace {

// A till of store/till enrolled at `ca`: its link as the till keeps it.
sync::TillLinkFiles enrolledLink(const sync::KeyAndCertificate& ca, const char* store, const char* till) {
    const QString device = QStringLiteral("device-%1-%2").arg(QString::fromLatin1(store), QString::fromLatin1(till));
    const sync::KeyAndRequest request = sync::createTillRequest(device);
    const auto certificate =
        sync::signTillRequest(ca, request.requestPem, {QString::fromLatin1(store), QString::fromLatin1(till), device});
    return sync::TillLinkFiles{{"127.0.0.1", 1}, {ca.certificatePem, certificate.value(), request.keyPem}};
}

void feedCertificate(core::TillDatabase& till, const sync::TillLinkFiles& of, const char* store, const char* tillId,
                     bool revoked) {
    core::Query insert =
        till.db().prepare("INSERT OR REPLACE INTO till_certificates (fingerprint, store_id, till_id, pem, revoked) "
                          "VALUES (?1, ?2, ?3, ?4, ?5)");
    insert->bind(1, sync::certificateFingerprint(of.tls.certificatePem)).bind(2, QString::fromLatin1(store));
    insert->bind(3, QString::fromLatin1(tillId)).bind(4, QString::fromLatin1(of.tls.certificatePem));
    insert->bind(5, revoked ? 1 : 0).run();
}

} // namespace

class TestReceiptSigning : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    sync::KeyAndCertificate m_ca = sync::createCertificateAuthority(QStringLiteral("Chain"));
    sync::TillLinkFiles m_seller = enrolledLink(m_ca, "001", "01");
    sync::TillLinkFiles m_reader = enrolledLink(m_ca, "002", "01");
    std::unique_ptr<core::TillDatabase> m_sellingTill;
    std::unique_ptr<core::TillDatabase> m_readingTill;
    QByteArray m_code;

    core::Result<core::ReturnableDocument> read(const QByteArray& code) {
        return sync::readReceiptCode(*m_readingTill, m_reader, code);
    }

private Q_SLOTS:
    void initTestCase() {
        m_sellingTill = std::make_unique<core::TillDatabase>(m_dir.filePath(QStringLiteral("seller")));
        m_sellingTill->initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("A"));
        core::seedDemoCatalog(*m_sellingTill, 100);
        kassa::testing::openShift(*m_sellingTill);
        QVERIFY(testing::ringUpCardSales(*m_sellingTill, 1));
        m_readingTill = std::make_unique<core::TillDatabase>(m_dir.filePath(QStringLiteral("reader")));
        m_readingTill->initialise(QStringLiteral("002"), QStringLiteral("01"), QStringLiteral("B"));
        core::seedDemoCatalog(*m_readingTill, 100);
        kassa::testing::openShift(*m_readingTill);
        const core::CompletedSale sale = m_sellingTill->journal().last(1).front();
        const auto code = sync::signedReceiptCode(sale, m_seller);
        QVERIFY(code);
        m_code = *code;
        QVERIFY(m_code.size() < 600); // fits a QR code on an 80 mm receipt with room to spare
        feedCertificate(*m_readingTill, m_seller, "001", "01", false);
    }

    void anotherStoresTillTakesTheReceiptFromItsCodeAlone() {
        const auto document = read(m_code);
        QVERIFY2(document.ok(), document.ok() ? "" : qPrintable(core::describe(document.error())));
        const core::CompletedSale sale = m_sellingTill->journal().last(1).front();
        QCOMPARE(document->number, sale.receiptNumber);
        QCOMPARE(document->storeId, QStringLiteral("001"));
        QCOMPARE(document->source, core::DocumentSource::Receipt);
        QCOMPARE(document->lines.size(), sale.lines.size());
        QCOMPARE(document->lines.front().net, sale.lines.front().net());
        QCOMPARE(document->tenders.front().authCode, sale.tenders.front().card.authCode);
        // Through the lookup too, with central unreachable: the paper is enough.
        sync::CentralReturnsClient central(m_reader, std::chrono::seconds(2));
        const core::FoundDocument lookup =
            core::lookUpReturnable(*m_readingTill, &central, QString::fromLatin1(m_code), QStringLiteral("store"));
        QVERIFY(lookup.document);
        QVERIFY(!lookup.offlineReason.isEmpty());
    }

    void aChangedDigitIsRefused() {
        // The first line paid one cent more.
        QList<QByteArray> parts = m_code.split('|');
        for (QByteArray& part : parts) {
            if (part.startsWith("L1,")) {
                QList<QByteArray> fields = part.split(',');
                fields[4] = QByteArray::number(fields[4].toLongLong() + 1);
                part = fields.join(',');
            }
        }
        const QByteArray forged = parts.join('|');
        QVERIFY(forged != m_code);
        const auto refused = read(forged);
        QCOMPARE(refused.error().code, core::ErrorCode::ReceiptCodeNotTrusted);
        QVERIFY(refused.error().detail.contains(QStringLiteral("signature")));
    }

    void aDamagedCodeIsSaidToBeUnreadable() {
        QCOMPARE(read(m_code.left(m_code.size() / 2)).error().code, core::ErrorCode::ReceiptCodeDamaged);
        QCOMPARE(read("K1|nonsense").error().code, core::ErrorCode::ReceiptCodeDamaged);
        QCOMPARE(read(QByteArray(5000, 'K')).error().code, core::ErrorCode::ReceiptCodeDamaged);
    }

    void aCodeOfAnUnknownOrRevokedTillOrAnotherCaIsRefused() {
        // A till central never told this one about.
        const sync::TillLinkFiles stranger = enrolledLink(m_ca, "001", "01");
        const auto unknown = read(*sync::signedReceiptCode(m_sellingTill->journal().last(1).front(), stranger));
        QCOMPARE(unknown.error().code, core::ErrorCode::ReceiptCodeNotTrusted);
        // A till of another CA, even under the same numbers.
        const sync::KeyAndCertificate otherCa = sync::createCertificateAuthority(QStringLiteral("Impostor"));
        const sync::TillLinkFiles impostor = enrolledLink(otherCa, "001", "01");
        feedCertificate(*m_readingTill, impostor, "001", "01", false);
        const auto foreign = read(*sync::signedReceiptCode(m_sellingTill->journal().last(1).front(), impostor));
        QCOMPARE(foreign.error().code, core::ErrorCode::ReceiptCodeNotTrusted);
        QVERIFY(foreign.error().detail.contains(QStringLiteral("head office")));
        // The selling till revoked at head office: its receipts no longer come back from paper.
        feedCertificate(*m_readingTill, m_seller, "001", "01", true);
        const auto revoked = read(m_code);
        QCOMPARE(revoked.error().code, core::ErrorCode::ReceiptCodeNotTrusted);
        QVERIFY(revoked.error().detail.contains(QStringLiteral("revoked")));
        feedCertificate(*m_readingTill, m_seller, "001", "01", false);
    }
};

QTEST_GUILESS_MAIN(TestReceiptSigning)
#include "TestReceiptSigning.moc"
