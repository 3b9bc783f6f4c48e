#include "Pki.h"

#include <boost/asio/ip/address.hpp>
#include <memory>
#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <stdexcept>
#include <utility> // before Boost: Boost 1.74 uses std::exchange without including it

namespace kassa::sync {

namespace {

template <typename T, void (*Free)(T*)> struct Deleter {
    void operator()(T* pointer) const { Free(pointer); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Certificate = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Request = std::unique_ptr<X509_REQ, Deleter<X509_REQ, X509_REQ_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using Store = std::unique_ptr<X509_STORE, Deleter<X509_STORE, X509_STORE_free>>;
using StoreContext = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX, X509_STORE_CTX_free>>;

// A till's identity travels in the certificate as one URI, easy to read back exactly.
constexpr char kTillUriPrefix[] = "urn:kassa:till:";

void check(bool ok, const char* what) {
    if (!ok) {
        throw std::runtime_error(std::string("OpenSSL: ") + what);
    }
}

Key newKey() {
    Key key(EVP_EC_gen("P-256"));
    check(key != nullptr, "cannot make an EC key");
    return key;
}

QByteArray toPem(EVP_PKEY* key) {
    Bio bio(BIO_new(BIO_s_mem()));
    check(PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) == 1, "key to PEM");
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

QByteArray toPem(X509* certificate) {
    Bio bio(BIO_new(BIO_s_mem()));
    check(PEM_write_bio_X509(bio.get(), certificate) == 1, "certificate to PEM");
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

Bio readBio(const QByteArray& pem) {
    return Bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
}

Key keyFromPem(const QByteArray& pem) {
    Bio bio = readBio(pem);
    return Key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

Certificate certificateFromPem(const QByteArray& pem) {
    Bio bio = readBio(pem);
    return Certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

void setName(X509_NAME* name, const QString& commonName, const QString& organisationalUnit) {
    check(X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("Kassa"), -1, -1,
                                     0) == 1,
          "name");
    if (!organisationalUnit.isEmpty()) {
        const QByteArray ou = organisationalUnit.toUtf8();
        check(X509_NAME_add_entry_by_txt(name, "OU", MBSTRING_UTF8,
                                         reinterpret_cast<const unsigned char*>(ou.constData()), -1, -1, 0) == 1,
              "name");
    }
    const QByteArray cn = commonName.toUtf8();
    check(X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.constData()),
                                     -1, -1, 0) == 1,
          "name");
}

void addExtension(X509* certificate, X509* issuer, int nid, const QByteArray& value) {
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData());
    check(extension != nullptr, "extension");
    X509_add_ext(certificate, extension, -1);
    X509_EXTENSION_free(extension);
}

// A certificate with a random serial, valid from an hour before `issuedAt` (clocks differ)
// until `days` after it.
Certificate newCertificate(EVP_PKEY* publicKey, int days, const QDateTime& issuedAt = QDateTime::currentDateTimeUtc()) {
    Certificate certificate(X509_new());
    check(certificate != nullptr, "certificate");
    X509_set_version(certificate.get(), 2);
    unsigned char serial[16];
    check(RAND_bytes(serial, sizeof serial) == 1, "serial");
    serial[0] &= 0x7F; // positive
    BIGNUM* number = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(number, X509_get_serialNumber(certificate.get()));
    BN_free(number);
    time_t issued = static_cast<time_t>(issuedAt.toSecsSinceEpoch());
    check(X509_time_adj_ex(X509_getm_notBefore(certificate.get()), 0, -3600, &issued) != nullptr, "validity");
    check(X509_time_adj_ex(X509_getm_notAfter(certificate.get()), days, 0, &issued) != nullptr, "validity");
    check(X509_set_pubkey(certificate.get(), publicKey) == 1, "public key");
    return certificate;
}

void sign(X509* certificate, EVP_PKEY* key) {
    check(X509_sign(certificate, key, EVP_sha256()) > 0, "signing");
}

bool isValidIdPart(const QString& text, int length) {
    return text.size() == length && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

} // namespace

KeyAndCertificate createCertificateAuthority(const QString& name, int years) {
    Key key = newKey();
    Certificate certificate = newCertificate(key.get(), 365 * years);
    setName(X509_get_subject_name(certificate.get()), name, QStringLiteral("Central CA"));
    X509_set_issuer_name(certificate.get(), X509_get_subject_name(certificate.get()));
    addExtension(certificate.get(), certificate.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0");
    addExtension(certificate.get(), certificate.get(), NID_key_usage, "critical,keyCertSign,cRLSign");
    addExtension(certificate.get(), certificate.get(), NID_subject_key_identifier, "hash");
    sign(certificate.get(), key.get());
    return {toPem(key.get()), toPem(certificate.get())};
}

KeyAndCertificate issueServerCertificate(const KeyAndCertificate& ca, const QStringList& subjectAltNames, int days) {
    Key caKey = keyFromPem(ca.keyPem);
    Certificate caCertificate = certificateFromPem(ca.certificatePem);
    check(caKey && caCertificate && !subjectAltNames.isEmpty(), "CA or names missing");
    Key key = newKey();
    Certificate certificate = newCertificate(key.get(), days);
    setName(X509_get_subject_name(certificate.get()), subjectAltNames.first(), QStringLiteral("Central"));
    X509_set_issuer_name(certificate.get(), X509_get_subject_name(caCertificate.get()));
    QStringList names;
    for (const QString& name : subjectAltNames) {
        boost::system::error_code notAnAddress;
        boost::asio::ip::make_address(name.toStdString(), notAnAddress);
        names << (notAnAddress ? QStringLiteral("DNS:") : QStringLiteral("IP:")) + name;
    }
    addExtension(certificate.get(), caCertificate.get(), NID_subject_alt_name, names.join(QLatin1Char(',')).toUtf8());
    addExtension(certificate.get(), caCertificate.get(), NID_basic_constraints, "critical,CA:FALSE");
    addExtension(certificate.get(), caCertificate.get(), NID_key_usage, "critical,digitalSignature");
    addExtension(certificate.get(), caCertificate.get(), NID_ext_key_usage, "serverAuth");
    sign(certificate.get(), caKey.get());
    return {toPem(key.get()), toPem(certificate.get())};
}

KeyAndRequest createTillRequest(const QString& deviceId) {
    Key key = newKey();
    Request request(X509_REQ_new());
    check(request != nullptr, "request");
    setName(X509_REQ_get_subject_name(request.get()), deviceId, QStringLiteral("Till"));
    check(X509_REQ_set_pubkey(request.get(), key.get()) == 1, "request key");
    check(X509_REQ_sign(request.get(), key.get(), EVP_sha256()) > 0, "request signature");
    Bio bio(BIO_new(BIO_s_mem()));
    check(PEM_write_bio_X509_REQ(bio.get(), request.get()) == 1, "request to PEM");
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return {toPem(key.get()), QByteArray(data, static_cast<qsizetype>(size))};
}

std::optional<QByteArray> signTillRequest(const KeyAndCertificate& ca, const QByteArray& requestPem,
                                          const TillCertificateSubject& subject, int days, const QDateTime& issuedAt) {
    if (!isValidIdPart(subject.storeId, 3) || !isValidIdPart(subject.tillId, 2) || subject.deviceId.isEmpty() ||
        subject.deviceId.size() > 64 || subject.deviceId.contains(QLatin1Char(':'))) {
        return std::nullopt;
    }
    Bio bio = readBio(requestPem);
    Request request(PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr));
    if (!request) {
        return std::nullopt;
    }
    Key publicKey(X509_REQ_get_pubkey(request.get()));
    if (!publicKey || X509_REQ_verify(request.get(), publicKey.get()) != 1) {
        return std::nullopt; // whoever sent it does not hold the key it names
    }
    Key caKey = keyFromPem(ca.keyPem);
    Certificate caCertificate = certificateFromPem(ca.certificatePem);
    check(caKey && caCertificate, "CA missing");
    // The names come from central's enrollment record, never from the request.
    Certificate certificate = newCertificate(publicKey.get(), days, issuedAt);
    setName(X509_get_subject_name(certificate.get()), subject.storeId + QLatin1Char('-') + subject.tillId,
            QStringLiteral("Till"));
    X509_set_issuer_name(certificate.get(), X509_get_subject_name(caCertificate.get()));
    const QString uri = QString::fromLatin1(kTillUriPrefix) + subject.storeId + QLatin1Char(':') + subject.tillId +
                        QLatin1Char(':') + subject.deviceId;
    addExtension(certificate.get(), caCertificate.get(), NID_subject_alt_name, (QStringLiteral("URI:") + uri).toUtf8());
    addExtension(certificate.get(), caCertificate.get(), NID_basic_constraints, "critical,CA:FALSE");
    addExtension(certificate.get(), caCertificate.get(), NID_key_usage, "critical,digitalSignature");
    addExtension(certificate.get(), caCertificate.get(), NID_ext_key_usage, "clientAuth");
    sign(certificate.get(), caKey.get());
    return toPem(certificate.get());
}

std::optional<TillCertificateSubject> tillSubjectOf(const QByteArray& certificatePem) {
    Certificate certificate = certificateFromPem(certificatePem);
    if (!certificate) {
        return std::nullopt;
    }
    auto* names =
        static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(certificate.get(), NID_subject_alt_name, nullptr, nullptr));
    std::optional<TillCertificateSubject> subject;
    for (int i = 0; names != nullptr && i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME* name = sk_GENERAL_NAME_value(names, i);
        if (name->type != GEN_URI) {
            continue;
        }
        const QString uri =
            QString::fromUtf8(reinterpret_cast<const char*>(ASN1_STRING_get0_data(name->d.uniformResourceIdentifier)),
                              ASN1_STRING_length(name->d.uniformResourceIdentifier));
        if (!uri.startsWith(QLatin1String(kTillUriPrefix))) {
            continue;
        }
        const QStringList parts = uri.mid(static_cast<qsizetype>(sizeof kTillUriPrefix - 1)).split(QLatin1Char(':'));
        if (parts.size() == 3 && isValidIdPart(parts[0], 3) && isValidIdPart(parts[1], 2) && !parts[2].isEmpty()) {
            subject = TillCertificateSubject{parts[0], parts[1], parts[2]};
        }
    }
    GENERAL_NAMES_free(names);
    return subject;
}

QString certificateFingerprint(const QByteArray& certificatePem) {
    Certificate certificate = certificateFromPem(certificatePem);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!certificate || X509_digest(certificate.get(), EVP_sha256(), digest, &length) != 1) {
        return {};
    }
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(length)).toHex());
}

bool isIssuedBy(const QByteArray& certificatePem, const QByteArray& caPem, const QDateTime& at) {
    Certificate certificate = certificateFromPem(certificatePem);
    Certificate ca = certificateFromPem(caPem);
    if (!certificate || !ca) {
        return false;
    }
    Store store(X509_STORE_new());
    StoreContext context(X509_STORE_CTX_new());
    if (!store || !context || X509_STORE_add_cert(store.get(), ca.get()) != 1 ||
        X509_STORE_CTX_init(context.get(), store.get(), certificate.get(), nullptr) != 1) {
        return false;
    }
    X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(context.get()), static_cast<time_t>(at.toSecsSinceEpoch()));
    return X509_verify_cert(context.get()) == 1;
}

namespace {

using DigestContext = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;

} // namespace

std::optional<QByteArray> signWithKey(const QByteArray& keyPem, const QByteArray& data) {
    Key key = keyFromPem(keyPem);
    DigestContext context(EVP_MD_CTX_new());
    std::size_t length = 0;
    if (!key || !context || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &length, reinterpret_cast<const unsigned char*>(data.constData()),
                       static_cast<std::size_t>(data.size())) != 1) {
        return std::nullopt;
    }
    QByteArray signature(static_cast<qsizetype>(length), '\0');
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(data.constData()),
                       static_cast<std::size_t>(data.size())) != 1) {
        return std::nullopt;
    }
    signature.resize(static_cast<qsizetype>(length));
    return signature;
}

bool verifySignature(const QByteArray& certificatePem, const QByteArray& data, const QByteArray& signature) {
    Certificate certificate = certificateFromPem(certificatePem);
    if (!certificate) {
        return false;
    }
    EVP_PKEY* key = X509_get0_pubkey(certificate.get()); // owned by the certificate
    DigestContext context(EVP_MD_CTX_new());
    return key != nullptr && context && EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key) == 1 &&
           EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
                            static_cast<std::size_t>(signature.size()),
                            reinterpret_cast<const unsigned char*>(data.constData()),
                            static_cast<std::size_t>(data.size())) == 1;
}

} // namespace kassa::sync
