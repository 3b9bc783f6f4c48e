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

// "SC-001-01-000007": store, till, the till's voucher count. A number is not enough to spend a
// voucher: anyone who has seen one could type its neighbour.
[[nodiscard]] bool looksLikeVoucherNumber(const QString& text);

// What is printed on a voucher (text and barcode) and typed or scanned to spend it: the number
// and a secret of 13 characters from a CSPRNG (65 bits), "SC-001-01-000007-7KQ4MX2PD9ZLA".
// Vouchers issued before codes carried a secret are spent by their number alone (legacy) until
// head office reissues them (GET /v1/vouchers?legacy=true).
struct VoucherCode {
    QString number;
    QString secret; // empty: a legacy voucher's number

    [[nodiscard]] QString text() const;
};

// A code as typed or scanned (any case, spaces around it); nothing when it is not one.
[[nodiscard]] std::optional<VoucherCode> parseVoucherCode(const QString& typed);
// A new voucher's secret, 65 bits from OpenSSL's CSPRNG.
[[nodiscard]] QString newVoucherSecret();
// What is kept of a code wherever it is checked (the issuing till, central, every till's copy):
// SHA-256 of the number and the secret, hex. No key is needed: a secret of 65 random bits cannot
// be found from its hash by trying (2^64 tries on average), unlike a phone number.
[[nodiscard]] QString voucherCheck(const QString& number, const QString& secret);
// Whether `code` opens a voucher kept with `check`: its secret matches (compared in constant
// time), or, for a legacy voucher (no check), the code is its number alone.
[[nodiscard]] bool codeOpens(const VoucherCode& code, const QString& check);

// Central's voucher (GET /v1/vouchers/{code}, or an item of feed vouchers):
// {"number", "store_id", "amount", "balance", "issued_at", "spent_by": [document ids]}; the feed's
// items carry "check" (see voucherCheck) so that a till checks a code offline.
struct VoucherCopy {
    QString number;
    QString storeId;
    Money amount;
    Money balance;
    QString issuedAt;
    QStringList spentBy; // the sales central has counted against it
    QString check{};     // empty: a legacy voucher, or central's answer (which checked the code)
};
[[nodiscard]] Result<VoucherCopy> voucherFromJson(const QJsonObject& json);
[[nodiscard]] QJsonObject toJson(const VoucherCopy& voucher);

} // namespace kassa::core
