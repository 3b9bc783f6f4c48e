#include "MemberSnapshot.h"

#include "sync/tls/Pki.h"

#include <QCryptographicHash>

namespace kassa::sync {

bool isSignedMemberSnapshot(const MemberSnapshotHeader& header, const QByteArray& file, const QByteArray& caPem) {
    return !header.sha256.isEmpty() &&
           QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex() == header.sha256 &&
           verifySignature(caPem, signedStatement(header), header.signature);
}

} // namespace kassa::sync
