#pragma once

// The certificates of the chain's tills as central feeds them (feed till_certificates): what a
// till checks a receipt's QR code against.

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

} // namespace kassa::core
