#pragma once

// The header of a members snapshot as central's route answered it (sync/protocol/MemberSnapshot.h),
// read from the answer's headers as a till reads them from the wire.

#include "sync/protocol/MemberSnapshot.h"
#include "sync/server/CentralService.h"

namespace kassa::testing {

inline sync::MemberSnapshotHeader memberSnapshotHeaderOf(const sync::HttpResponse& answer) {
    namespace headers = sync::memberSnapshotHeaders;
    sync::MemberSnapshotHeader header;
    for (const auto& [name, value] : answer.headers) {
        if (name == headers::kGeneration) {
            header.generation = QString::fromLatin1(value);
        } else if (name == headers::kChange) {
            header.change = value.toLongLong();
        } else if (name == headers::kKey) {
            header.keyFingerprint = QString::fromLatin1(value);
        } else if (name == headers::kSha256) {
            header.sha256 = value;
        } else if (name == headers::kSignature) {
            header.signature = QByteArray::fromBase64(value);
        }
    }
    return header;
}

} // namespace kassa::testing
