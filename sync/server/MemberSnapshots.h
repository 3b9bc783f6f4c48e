#pragma once

// Central's members snapshots (sync/protocol/MemberSnapshot.h): every member's limited record as
// one signed, compressed SQLite file, which a till's first load copies in instead of taking half
// a million items from the change feed. Built in the background (kassa-central serve runs
// buildIfDue every minute), never on a request's path; the newest is kept in the data folder
// (one file and its header beside it), read once into memory and served from there to every till.
//
// A snapshot holds members' keyed hashes, which are personal data: one built before an erasure
// is never served again (served() asks the store whether a customer was erased after its change
// number) and is deleted; the next build leaves the erased customer out.

#include "CentralStore.h"
#include "sync/protocol/MemberSnapshot.h"
#include "sync/tls/Pki.h"

#include <QDateTime>
#include <chrono>
#include <mutex>

namespace kassa::sync {

struct ServedMemberSnapshot {
    MemberSnapshotHeader header;
    QByteArray file; // compressed; implicitly shared, so serving it copies nothing
};

// When a snapshot is built again: central's feed has moved at least `changes` past it, or at all
// and it is older than `age`.
struct MemberSnapshotPolicy {
    std::int64_t changes = 50'000;
    std::chrono::hours age{6};
};

class MemberSnapshots {
public:
    // `folder` holds the snapshot (created when missing); `ca` signs each one.
    MemberSnapshots(CentralStore& store, KeyAndCertificate ca, QString folder, MemberSnapshotPolicy policy = {});

    // The snapshot to give a till: the newest, made with the chain's lookup key as it is now, of
    // the generation central has now and older than any erasure. Nothing when there is none.
    [[nodiscard]] std::optional<ServedMemberSnapshot> served();
    // Deletes the snapshot when a customer was erased after it was made (central calls this after
    // each erasure it makes; served() and buildIfDue check it too, for one another process made).
    void forgetIfErasedSince();
    // Builds one when none stands or the policy says the standing one is stale: how many members
    // the new one holds, nothing when none was due. Throws (StoreError, runtime_error) when the
    // store or the folder fails: the caller reports it and tries later.
    std::optional<std::int64_t> buildIfDue(const QDateTime& now);
    // Builds one now and makes it the one served: how many members it holds.
    std::int64_t build(const QDateTime& now);

private:
    void loadKept();
    void forgetIfErasedSinceLocked();
    void forget();
    [[nodiscard]] QString path(const char* suffix) const;

    CentralStore& m_store;
    KeyAndCertificate m_ca;
    QString m_folder;
    MemberSnapshotPolicy m_policy;
    std::mutex m_mutex; // guards the two below; a build runs outside it
    std::optional<ServedMemberSnapshot> m_current;
    QDateTime m_builtAt;
};

} // namespace kassa::sync
