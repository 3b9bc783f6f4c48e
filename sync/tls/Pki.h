#pragma once

// Central's own certificate authority and the certificates of mutual TLS. Central makes its CA
// at `init`, a server certificate for the names tills reach it by, and signs each till's
// certificate signing request at enrollment. The till's certificate names its store, its
// till number and its device id, which is how central knows who writes: a till may write only
// as itself. Keys are EC P-256; everything is PEM.
//
// Making keys and certificates throws std::runtime_error when OpenSSL fails (it runs at set-up
// and enrollment only); reading anything that came from outside returns nothing when invalid.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace kassa::sync {

struct KeyAndCertificate {
    QByteArray keyPem;
    QByteArray certificatePem;
};

struct KeyAndRequest {
    QByteArray keyPem;
    QByteArray requestPem;
};

struct TillCertificateSubject {
    QString storeId;
    QString tillId;
    QString deviceId;
};

// A self-signed CA certificate, valid for `years`.
[[nodiscard]] KeyAndCertificate createCertificateAuthority(const QString& name, int years = 20);
// A server certificate for the DNS names and IP addresses in `subjectAltNames`.
[[nodiscard]] KeyAndCertificate issueServerCertificate(const KeyAndCertificate& ca, const QStringList& subjectAltNames,
                                                       int days = 825);
// The till's side of enrollment: a fresh key and a request carrying its device id.
[[nodiscard]] KeyAndRequest createTillRequest(const QString& deviceId);
// Central's side: signs the request for `subject`, whatever names the request itself claims,
// after checking the request's own signature; valid for `days` from `issuedAt` (a test's clock
// may issue one that has already expired). Nothing when the request is not valid.
[[nodiscard]] std::optional<QByteArray> signTillRequest(const KeyAndCertificate& ca, const QByteArray& requestPem,
                                                        const TillCertificateSubject& subject, int days = 825,
                                                        const QDateTime& issuedAt = QDateTime::currentDateTimeUtc());
// Who a till certificate (issued by signTillRequest) belongs to; nothing if it is not one.
[[nodiscard]] std::optional<TillCertificateSubject> tillSubjectOf(const QByteArray& certificatePem);
// SHA-256 of a certificate's DER form, hex: what an enrollment code carries so a new till can
// check it talks to its own central before it trusts it. Empty for an invalid certificate.
[[nodiscard]] QString certificateFingerprint(const QByteArray& certificatePem);
// True when `certificatePem` was issued by `caPem` and is valid at `at`.
[[nodiscard]] bool isIssuedBy(const QByteArray& certificatePem, const QByteArray& caPem, const QDateTime& at);

// An ECDSA (SHA-256) signature of `data` with a till's key, DER; nothing when the key is not one.
[[nodiscard]] std::optional<QByteArray> signWithKey(const QByteArray& keyPem, const QByteArray& data);
// True when `signature` is the certificate's key's signature of `data`.
[[nodiscard]] bool verifySignature(const QByteArray& certificatePem, const QByteArray& data,
                                   const QByteArray& signature);

} // namespace kassa::sync
