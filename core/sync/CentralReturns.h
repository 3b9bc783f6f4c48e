#pragma once

// What head office says about returns, in the shop's words. The till's return lookup
// (core/till/ReturnLookup.h) and return desk decide from these; sync/client turns central's
// HTTP answers into them, in one place, so no screen or command ever reads a status code.

#include "core/domain/Result.h"
#include "core/domain/Return.h"
#include "core/store/TillDatabase.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <map>
#include <optional>

namespace kassa::core {

// Central's copy of a sold receipt or web order, or why there is none.
struct CentralDocument {
    enum class Outcome {
        Found,      // `document` as central has it: what came back anywhere, what other tills hold
        Unknown,    // central answered that it knows no such number
        Unreachable // central could not say: not enrolled, not reached, or an unreadable answer
    };
    Outcome outcome = Outcome::Unreachable;
    std::optional<ReturnableDocument> document;
    QString unreachable; // why, for Unreachable: shown to the cashier beside the offline rules
};

// Central's answer to "hold these quantities while this till refunds them".
struct CentralLease {
    enum class Outcome {
        Held,       // `leaseId` holds them
        Refused,    // `refusal` says why: more than can come back, unknown, or still on its shelf
        Unreachable // central could not be asked: the return goes on under the offline rules
    };
    Outcome outcome = Outcome::Unreachable;
    QString leaseId;
    std::optional<Error> refusal;
    QString unreachable;
};

class CentralReturns {
public:
    virtual ~CentralReturns() = default;

    // Checks a scanned receipt code against the signing till's certificate. Quick, no network;
    // on the thread that owns `till`.
    [[nodiscard]] virtual Result<ReturnableDocument> readReceiptCode(TillDatabase& till, const QByteArray& text) = 0;

    // These wait for the network (seconds when central is slow): off the UI thread.
    // A receipt (channel "store") or web order ("web") as central has it.
    [[nodiscard]] virtual CentralDocument soldDocument(const QString& channel, const QString& number) = 0;
    // Holds quantities (sold line -> thousandths) of the document for this till.
    [[nodiscard]] virtual CentralLease holdReturn(const QString& channel, const QString& number,
                                                  const std::map<int, std::int64_t>& lines) = 0;
    // Gives a lease back (the return was cancelled or failed); one central does not get back
    // lapses by itself.
    virtual void releaseReturn(const QString& leaseId) = 0;
};

} // namespace kassa::core
