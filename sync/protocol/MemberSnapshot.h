#pragma once

// A members snapshot as it travels from central to a till (GET /v1/member-snapshot): the limited
// record (core/store/CustomerRecords.h) of every member of the chain, as an SQLite database file
// compressed with zstd, built by central in the background (sync/server/MemberSnapshots.h). A
// till's first load copies it in and takes from the change feed, up to the snapshot's change
// number, only its own store's customers: half a million members arrive as one file instead of
// half a million feed items each decoded and written one by one.
//
// The answer's headers say what it holds, and central's CA key signs that, so a till trusts the
// file as it trusts its certificate: the statement (signedStatement) names the file's SHA-256,
// central's generation, the change number the snapshot holds every member up to, and the lookup
// key the checks were made with.
//
// The file (format 1):
//   snapshot (key TEXT PRIMARY KEY, value TEXT)   kind = "members", format, generation, change, key
//   members (n INTEGER PRIMARY KEY, items TEXT)
//     items: a JSON array of up to 1,000 limited records, each its feed item as central feeds it
//     (first name and checks inside it), in id order across the rows as n goes

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <optional>

namespace kassa::sync {

inline constexpr int kMemberSnapshotFormat = 1;
// The most a snapshot inflates to at a till: some twenty million members.
inline constexpr qint64 kMaxMemberSnapshotBytes = qint64{4} << 30;

namespace memberSnapshotHeaders {
inline constexpr char kChange[] = "Kassa-Snapshot-Change";
inline constexpr char kGeneration[] = "Kassa-Snapshot-Generation";
inline constexpr char kKey[] = "Kassa-Snapshot-Key";
inline constexpr char kSha256[] = "Kassa-Snapshot-Sha256";
inline constexpr char kSignature[] = "Kassa-Snapshot-Signature"; // base64 of central's CA signature
} // namespace memberSnapshotHeaders

// What a snapshot is, as its headers (and the file's own `snapshot` table) say.
struct MemberSnapshotHeader {
    QString generation;
    std::int64_t change = 0; // every member's record up to this change number is in it
    QString keyFingerprint;  // LookupKey::fingerprint of the key its checks were made with
    QByteArray sha256;       // of the compressed file, hex
    QByteArray signature;    // central's CA key's signature of signedStatement(), DER
};

// What central's CA key signs: every field but the signature, one per line.
[[nodiscard]] inline QByteArray signedStatement(const MemberSnapshotHeader& header) {
    return QByteArray("kassa members snapshot ") + QByteArray::number(kMemberSnapshotFormat) + '\n' +
           header.generation.toLatin1() + '\n' + QByteArray::number(static_cast<qlonglong>(header.change)) + '\n' +
           header.keyFingerprint.toLatin1() + '\n' + header.sha256 + '\n';
}

} // namespace kassa::sync
