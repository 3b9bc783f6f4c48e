#pragma once

// Return leases: online, a till reserves the quantities it is about to take back before it
// refunds, so that two stores cannot refund one line twice. The rules live here, once, above
// the backends: what may still come back is what was sold, less what has come back anywhere,
// less what other tills' open leases hold. A lease ends when its return arrives, when the till
// releases it, when the same till takes a new one for the document, or when it expires.

#include "CentralStore.h"

#include <chrono>
#include <variant>

namespace kassa::sync {

struct LeaseRequest {
    QString channel; // channels::kStore or kWeb
    QString number;
    std::map<int, std::int64_t> lines; // sold line -> quantity, thousandths
};

struct LeaseGrant {
    QString id;
    QDateTime expiresAt;
    SoldDocument document; // with returned and reserved quantities after the grant
};

struct LeaseRefusal {
    enum class Why { UnknownDocument, NoSuchLine, NotReturnable };
    Why why = Why::UnknownDocument;
    int line = 0;
    std::int64_t soldMilli = 0;
    std::int64_t returnedMilli = 0;
    std::int64_t reservedMilli = 0; // by other tills' open leases
    std::int64_t askedMilli = 0;
};

using LeaseOutcome = std::variant<LeaseGrant, LeaseRefusal>;

// Takes a lease for `till` valid for `ttl` from `now`, or says which line cannot be held.
[[nodiscard]] LeaseOutcome takeReturnLease(CentralStore& store, const TillPrincipal& till, const LeaseRequest& request,
                                           const QDateTime& now, std::chrono::minutes ttl);
// The till gives its lease back (the return was cancelled); false when it holds no such open lease.
bool releaseReturnLease(CentralStore& store, const TillPrincipal& till, const QString& leaseId, const QDateTime& now);

// How long a lease holds when head office has not said: a return takes a minute or two.
inline constexpr std::chrono::minutes kDefaultReturnLease{15};

} // namespace kassa::sync
