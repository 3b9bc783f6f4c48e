#include "TillCertificates.h"

namespace kassa::sync {

namespace {

void feedCertificate(CentralWrite& write, const QString& fingerprint, const QString& storeId, const QString& tillId,
                     const QString& pem, bool revoked) {
    write.feedItem(QStringLiteral("till_certificates"), fingerprint,
                   tillCertificateFeedItem(fingerprint, storeId, tillId, pem, revoked), false);
}

} // namespace

void recordTillCertificate(CentralStore& store, const QString& fingerprint, const QByteArray& certificatePem,
                           const TillPrincipal& till, const QDateTime& issuedAt) {
    const std::unique_ptr<CentralWrite> write = store.beginWrite();
    if (write->addCertificate(fingerprint, certificatePem, till, issuedAt)) {
        feedCertificate(*write, fingerprint, till.storeId, till.tillId, QString::fromLatin1(certificatePem), false);
    }
    write->commit();
}

int revokeTill(CentralStore& store, const QString& storeId, const QString& tillId, const QDateTime& at) {
    const std::unique_ptr<CentralWrite> write = store.beginWrite();
    const std::vector<CentralWrite::RevokedCertificate> revoked = write->revokeCertificates(storeId, tillId, at);
    for (const CentralWrite::RevokedCertificate& certificate : revoked) {
        // One issued before central kept certificates cannot be checked by any till anyway.
        if (!certificate.pem.isEmpty()) {
            feedCertificate(*write, certificate.fingerprint, storeId, tillId, certificate.pem, true);
        }
    }
    write->commit();
    return static_cast<int>(revoked.size());
}

} // namespace kassa::sync
