#include "ReceiptSigning.h"

#include "sync/tls/Pki.h"

#include <QCoreApplication>

namespace kassa::sync {

namespace {

core::Error notTrusted(const QString& why) {
    return core::makeError(core::ErrorCode::ReceiptCodeNotTrusted, why);
}

// The certificate of the till that signed: from central's feed, or this till's own.
std::optional<core::TillCertificate> signerOf(core::TillDatabase& till, const std::optional<TillLinkFiles>& link,
                                              const core::ReceiptCode& code) {
    if (auto fed = till.tillCertificates().byKeyId(code.keyId)) {
        return fed;
    }
    if (link && core::receiptKeyId(certificateFingerprint(link->tls.certificatePem)) == code.keyId) {
        const core::TillIdentity self = till.settings().identity();
        return core::TillCertificate{certificateFingerprint(link->tls.certificatePem), self.storeId, self.tillId,
                                     link->tls.certificatePem, false};
    }
    return std::nullopt;
}

} // namespace

std::optional<QByteArray> signedReceiptCode(const core::CompletedSale& sale, const std::optional<TillLinkFiles>& link) {
    if (!link || link->tls.keyPem.isEmpty()) {
        return std::nullopt;
    }
    const QByteArray payload =
        core::receiptCodePayload(sale, core::receiptKeyId(certificateFingerprint(link->tls.certificatePem)));
    const std::optional<QByteArray> signature = signWithKey(link->tls.keyPem, payload);
    return signature ? std::optional(core::receiptCodeText(payload, *signature)) : std::nullopt;
}

core::Result<core::ReturnableDocument>
readReceiptCode(core::TillDatabase& till, const std::optional<TillLinkFiles>& link, const QByteArray& scanned) {
    auto code = core::parseReceiptCode(scanned);
    if (!code) {
        return code.error();
    }
    const std::optional<core::TillCertificate> signer = signerOf(till, link, *code);
    if (!signer) {
        return notTrusted(QCoreApplication::translate("kassa::sync::ReceiptSigning",
                                                      "signed by a till head office has not told this till about"));
    }
    if (signer->storeId != code->storeId || signer->tillId != code->tillId) {
        return notTrusted(QCoreApplication::translate("kassa::sync::ReceiptSigning",
                                                      "receipt %1 is signed with the key of till %2-%3")
                              .arg(code->receiptNumber, signer->storeId, signer->tillId));
    }
    if (signer->revoked) {
        return notTrusted(
            QCoreApplication::translate("kassa::sync::ReceiptSigning", "till %1-%2 was revoked at head office")
                .arg(signer->storeId, signer->tillId));
    }
    if (!link || !isIssuedBy(signer->pem, link->tls.caPem, code->soldAt)) {
        return notTrusted(
            QCoreApplication::translate("kassa::sync::ReceiptSigning", "the till's certificate is not head office's"));
    }
    if (!verifySignature(signer->pem, code->signedText, code->signature)) {
        return notTrusted(
            QCoreApplication::translate("kassa::sync::ReceiptSigning", "its contents do not match its signature"));
    }
    return core::returnableOf(*code);
}

std::optional<QByteArray> receiptCodeOf(core::TillDatabase& till, const core::CompletedSale& sale,
                                        const std::optional<TillLinkFiles>& link) {
    if (auto kept = till.receiptCodes().find(sale.receiptNumber)) {
        return kept;
    }
    const std::optional<QByteArray> fresh = signedReceiptCode(sale, link);
    return fresh ? std::optional(till.receiptCodes().keep(sale.receiptNumber, *fresh)) : std::nullopt;
}

} // namespace kassa::sync
