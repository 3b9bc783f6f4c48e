#pragma once

// The tills' certificates, as central issues and revokes them: each one is recorded, so head
// office can revoke it, and goes to every till in feed till_certificates (revoked ones too), so
// that any till can check the receipts another till signed, offline.

#include "CentralStore.h"

namespace kassa::sync {

// Records a certificate central has just issued to `till`; recording it again changes nothing.
void recordTillCertificate(CentralStore& store, const QString& fingerprint, const QByteArray& certificatePem,
                           const TillPrincipal& till, const QDateTime& issuedAt);
// Revokes every certificate issued to store/till so far; returns how many. The till can be
// enrolled again with a new code.
int revokeTill(CentralStore& store, const QString& storeId, const QString& tillId, const QDateTime& at);

} // namespace kassa::sync
