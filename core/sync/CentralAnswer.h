#pragma once

// What head office answered to the till's questions besides returns (those are in
// CentralReturns.h), in the shop's words. sync/client reads central's HTTP answers into these,
// in one place (sync/client/CentralAnswers.h): the flows and screens never see a status code.

#include "core/domain/Voucher.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace kassa::core {

// A store-credit voucher as head office has it now: its balance and the sales counted against it.
struct CentralVoucher {
    enum class Outcome {
        Found,       // `voucher`
        Unknown,     // central issued no such voucher
        Unreachable, // central could not be asked (`why`): the till's offline rules decide
        Unreadable   // central answered something that is not a voucher (`why`)
    };
    Outcome outcome = Outcome::Unreachable;
    std::optional<VoucherCopy> voucher;
    QString why;
};

// One location's stock of an item as head office has it now.
struct CentralStockLevel {
    QString location;
    std::int64_t onHandMilli = 0;
    QString changedAt; // when central last received a movement of it (UTC ISO)
};

// An item's stock at every location as head office has it now; nothing and why when it could
// not be asked, or did not answer.
struct CentralStock {
    bool answered = false;
    std::vector<CentralStockLevel> levels;
    QString why;
};

// A customer's purchases in every channel as head office has them now.
struct CentralHistory {
    enum class Outcome {
        Found,      // `documents`: central's list of the customer's receipts, returns and orders
        Erased,     // central erased the customer: the till forgets them too
        Unreachable // central could not be asked, or did not answer (`why`)
    };
    Outcome outcome = Outcome::Unreachable;
    QByteArray documents; // kept by the till as central sent it, for offline
    QString why;
};

} // namespace kassa::core
