#include "sync/tls/Pki.h"

#include <QTest>

using namespace kassa::sync;

class TestPki : public QObject {
    Q_OBJECT

    KeyAndCertificate m_ca;
    const TillCertificateSubject m_till{QStringLiteral("012"), QStringLiteral("03"),
                                        QStringLiteral("019a2b3c-0000-7000-8000-000000000001")};

private Q_SLOTS:
    void initTestCase() { m_ca = createCertificateAuthority(QStringLiteral("Kassa Test Chain")); }

    void makesACaAndAServerCertificate() {
        QVERIFY(m_ca.certificatePem.startsWith("-----BEGIN CERTIFICATE-----"));
        QVERIFY(m_ca.keyPem.startsWith("-----BEGIN PRIVATE KEY-----"));
        const KeyAndCertificate server =
            issueServerCertificate(m_ca, {QStringLiteral("central.example"), QStringLiteral("127.0.0.1")});
        QVERIFY(isIssuedBy(server.certificatePem, m_ca.certificatePem, QDateTime::currentDateTimeUtc()));
        QVERIFY(!tillSubjectOf(server.certificatePem)); // a server certificate names no till
    }

    void signsATillRequestWithTheEnrolledIdentity() {
        const KeyAndRequest request = createTillRequest(m_till.deviceId);
        QVERIFY(request.requestPem.startsWith("-----BEGIN CERTIFICATE REQUEST-----"));
        const auto certificate = signTillRequest(m_ca, request.requestPem, m_till);
        QVERIFY(certificate);
        QVERIFY(isIssuedBy(*certificate, m_ca.certificatePem, QDateTime::currentDateTimeUtc()));
        const auto subject = tillSubjectOf(*certificate);
        QVERIFY(subject);
        QCOMPARE(subject->storeId, m_till.storeId);
        QCOMPARE(subject->tillId, m_till.tillId);
        QCOMPARE(subject->deviceId, m_till.deviceId);
    }

    void certificatesExpire() {
        const auto certificate = signTillRequest(m_ca, createTillRequest(m_till.deviceId).requestPem, m_till, 30);
        QVERIFY(isIssuedBy(*certificate, m_ca.certificatePem, QDateTime::currentDateTimeUtc().addDays(29)));
        QVERIFY(!isIssuedBy(*certificate, m_ca.certificatePem, QDateTime::currentDateTimeUtc().addDays(31)));
    }

    void anotherCaIsNotTrusted() {
        const KeyAndCertificate otherCa = createCertificateAuthority(QStringLiteral("Someone else"));
        const auto foreign = signTillRequest(otherCa, createTillRequest(m_till.deviceId).requestPem, m_till);
        QVERIFY(foreign);
        QVERIFY(!isIssuedBy(*foreign, m_ca.certificatePem, QDateTime::currentDateTimeUtc()));
    }

    void refusesBadRequestsAndSubjects() {
        QVERIFY(!signTillRequest(m_ca, "-----BEGIN CERTIFICATE REQUEST-----\ngarbage\n", m_till));
        QVERIFY(!signTillRequest(m_ca, QByteArray(), m_till));
        const QByteArray request = createTillRequest(m_till.deviceId).requestPem;
        QVERIFY(!signTillRequest(m_ca, request, {QStringLiteral("12"), QStringLiteral("03"), m_till.deviceId}));
        QVERIFY(!signTillRequest(m_ca, request, {QStringLiteral("012"), QStringLiteral("3x"), m_till.deviceId}));
        QVERIFY(!signTillRequest(m_ca, request, {QStringLiteral("012"), QStringLiteral("03"), QStringLiteral("a:b")}));
        // A request whose signature does not match its key (tampered in transit) is refused.
        QByteArray tampered = request;
        tampered[tampered.size() / 2] = tampered[tampered.size() / 2] == 'A' ? 'B' : 'A';
        QVERIFY(!signTillRequest(m_ca, tampered, m_till));
        QVERIFY(!tillSubjectOf("not a certificate"));
        QVERIFY(!isIssuedBy("not a certificate", m_ca.certificatePem, QDateTime::currentDateTimeUtc()));
    }
};

QTEST_GUILESS_MAIN(TestPki)
#include "TestPki.moc"
