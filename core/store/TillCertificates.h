#pragma once

// The certificates of the chain's tills as central feeds them (feed till_certificates): what a
// till checks a receipt's QR code against; and the codes this till's receipts were printed with.

#include "Database.h"

#include <optional>

namespace kassa::core {

struct TillCertificate {
    QString fingerprint;
    QString storeId;
    QString tillId;
    QByteArray pem;
    bool revoked = false;
};

class TillCertificates {
public:
    explicit TillCertificates(Database& db)
        : m_db(db) {}

    // The certificate whose fingerprint starts with `keyId` (a receipt code's key id).
    [[nodiscard]] std::optional<TillCertificate> byKeyId(const QString& keyId);
    [[nodiscard]] std::int64_t count();

private:
    Database& m_db;
};

// The code each receipt was first printed with (signatures differ every time one is made: a
// reprint must carry the code the paper has).
class ReceiptCodes {
public:
    explicit ReceiptCodes(Database& db)
        : m_db(db) {}

    [[nodiscard]] std::optional<QByteArray> find(const QString& receiptNumber);
    // Keeps the code unless the receipt has one already; returns the one kept.
    QByteArray keep(const QString& receiptNumber, const QByteArray& code);

private:
    Database& m_db;
};

} // namespace kassa::core
