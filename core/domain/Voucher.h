#pragma once

// Store credit: a voucher a return issued (refund kind store_credit, or the credit of an
// exchange), with its own number printed as a barcode, taken as a tender in any store. Its
// balance is kept at central, which every till asks while it is online; offline a till knows
// the vouchers central fed it (feed vouchers) and those it issued itself, less what it has spent
// of them since, and takes a fed voucher only up to the policy's offline limit. Spending one
// balance twice across offline tills is an exception at central, never a refused sale.

#include "Money.h"
#include "Result.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace kassa::core {

// What may be spent of a voucher now, and who says so.
struct VoucherStanding {
    enum class Source {
        Central,  // central answered just now
        Feed,     // central's copy in the feed, less this till's spends it had not counted
        ThisTill, // issued by this till's own return and not yet at central
    };

    QString number;
    Money balance;
    Source source = Source::Central;
    // The most one sale may take from it: offline, a fed voucher only up to the policy's limit.
    std::optional<Money> limit{};

    [[nodiscard]] bool decidedOffline() const { return source != Source::Central; }
};

// "SC-001-01-000007": store, till, the till's voucher count.
[[nodiscard]] bool looksLikeVoucherNumber(const QString& text);

// Central's voucher (GET /v1/vouchers/{number}, or an item of feed vouchers):
// {"number", "store_id", "amount", "balance", "issued_at", "spent_by": [document ids]}.
struct VoucherCopy {
    QString number;
    QString storeId;
    Money amount;
    Money balance;
    QString issuedAt;
    QStringList spentBy; // the sales central has counted against it
};
[[nodiscard]] Result<VoucherCopy> voucherFromJson(const QJsonObject& json);
[[nodiscard]] QJsonObject toJson(const VoucherCopy& voucher);

} // namespace kassa::core
