#include "TillCertificates.h"

namespace kassa::core {

std::optional<TillCertificate> TillCertificates::byKeyId(const QString& keyId) {
    if (keyId.size() != 16) {
        return std::nullopt;
    }
    // Fingerprints are hex: the key id is a prefix, so the primary key's order finds it.
    Query query = m_db.prepare("SELECT fingerprint, store_id, till_id, pem, revoked FROM till_certificates "
                               "WHERE fingerprint >= ?1 AND fingerprint < ?1 || 'g' LIMIT 1");
    query->bind(1, keyId.toLower());
    if (!query->step()) {
        return std::nullopt;
    }
    return TillCertificate{query->text(0), query->text(1), query->text(2), query->text(3).toUtf8(),
                           query->integer(4) != 0};
}

std::int64_t TillCertificates::count() {
    Query query = m_db.prepare("SELECT count(*) FROM till_certificates");
    query->step();
    return query->int64(0);
}

std::optional<QByteArray> ReceiptCodes::find(const QString& receiptNumber) {
    Query query = m_db.prepare("SELECT code FROM receipt_codes WHERE receipt_number = ?1");
    query->bind(1, receiptNumber);
    return query->step() ? std::optional(query->text(0).toLatin1()) : std::nullopt;
}

QByteArray ReceiptCodes::keep(const QString& receiptNumber, const QByteArray& code) {
    Query insert = m_db.prepare("INSERT INTO receipt_codes (receipt_number, code) VALUES (?1, ?2) "
                                "ON CONFLICT (receipt_number) DO NOTHING");
    insert->bind(1, receiptNumber).bind(2, QString::fromLatin1(code)).run();
    return find(receiptNumber).value_or(code);
}

} // namespace kassa::core
