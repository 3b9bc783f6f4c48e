#pragma once

// What a till knows of store-credit vouchers without central: the copies central fed it (feed
// vouchers, those with a balance), the vouchers its own returns issued, and what its own sales
// have taken from any voucher. A copy's balance already counts the sales central had received
// (it names them); this till's later spends are subtracted here.

#include "../domain/Voucher.h"
#include "Database.h"

#include <QDateTime>
#include <optional>
#include <utility>

namespace kassa::core {

class VoucherCopies {
public:
    explicit VoucherCopies(Database& db)
        : m_db(db) {}

    // Central's copy, as the feed last sent it.
    [[nodiscard]] std::optional<VoucherCopy> copy(const QString& number);
    // What this till's sales took from the voucher, leaving out the sales named in `counted`.
    [[nodiscard]] Money spentHere(const QString& number, const QStringList& counted);
    // What a return of this till issued on the voucher, and its code's check (empty: issued before
    // codes had a secret); nothing when it was issued elsewhere.
    [[nodiscard]] std::optional<std::pair<Money, QString>> issuedHere(const QString& number);

    // What may be spent of a voucher by what central said of it just now (`central`, which checked
    // the code), or, when central was not asked, by the feed and this till's own returns, whose
    // checks the code must match. Nothing: unknown here, or the code does not open it.
    [[nodiscard]] std::optional<VoucherStanding> standing(const VoucherCode& code,
                                                          const std::optional<VoucherCopy>& central);

    // Wrong codes typed at this till since a manager last unblocked voucher entry.
    void recordRefusal(const QString& typed, const QDateTime& at);
    [[nodiscard]] std::int64_t refusalsSince(const QDateTime& since);
    // A manager unblocked voucher entry: the count starts again. How many were forgiven.
    std::int64_t clearRefusals();

    [[nodiscard]] std::int64_t count();

private:
    Database& m_db;
};

} // namespace kassa::core
