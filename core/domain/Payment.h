#pragma once

// Paying for a basket: one or more tenders until the total is covered. Cash is rounded to
// 5 cents when it settles the rest of the sale (the rounding is its own receipt line) and
// may be more than is due (change); a card pays an exact amount, at most what is left; a
// store-credit voucher pays at most its balance and what is left.

#include "PaymentTerminal.h"
#include "Voucher.h"

#include <vector>

namespace kassa::core {

struct Tender {
    enum class Kind { Cash, Card, Voucher, LoyaltyPoints };

    Kind kind = Kind::Cash;
    Money amount; // what this tender pays of the sale
    Money given;  // cash handed over (amount + change); equals amount for cards
    Money change;
    CardAuthorization card;
    QString voucher;             // the voucher's number
    bool decidedOffline = false; // a voucher taken on what the till knew, without central
    std::int64_t points = 0;     // loyalty points redeemed
};

// "cash", "card", "store_credit" (a voucher: the name the return policy's refund tenders use).
[[nodiscard]] QString tenderKindToString(Tender::Kind kind);
[[nodiscard]] Tender::Kind tenderKindFromString(QStringView text);

class Payment {
public:
    explicit Payment(Money total)
        : m_total(total) {}

    [[nodiscard]] Money total() const { return m_total; }
    [[nodiscard]] Money paid() const;
    [[nodiscard]] Money remaining() const { return m_total + m_rounding - paid(); }
    // What the customer must hand over to settle the rest in cash.
    [[nodiscard]] Money cashDue() const { return roundForCash(remaining()); }
    [[nodiscard]] bool isComplete() const { return m_complete; }
    [[nodiscard]] Money rounding() const { return m_rounding; }
    [[nodiscard]] Money change() const;
    [[nodiscard]] const std::vector<Tender>& tenders() const { return m_tenders; }

    // Cash handed over. Less than what is due is a part payment; more gives change.
    Result<void> addCash(Money given);
    // Cash so far above what is due that it is more likely a mistyped amount (5000 for 50,00)
    // than notes handed over: more than the cash due plus `margin`.
    [[nodiscard]] bool cashFarAboveDue(Money given, Money margin) const;
    // Takes tender `index` back before the sale is complete: what it paid is due again, and the
    // cash, voucher or points go back to the customer. A card tender stays: its money is already
    // charged, and only the terminal can give it back.
    Result<Tender> removeTender(std::size_t index);
    // A card for `amount` (at most what is left) through the terminal.
    Result<void> addCard(Money amount, PaymentTerminal& terminal, const QString& reference);
    // The same in two steps, for a screen that waits for the terminal off its thread: whether a
    // card may pay `amount` now, and the tender once the terminal authorised it.
    [[nodiscard]] Result<void> checkCard(Money amount) const;
    Result<void> addAuthorizedCard(Money amount, const CardAuthorization& authorization);
    // A voucher for `amount` (what is left, up to its balance, when none is given). What this
    // payment has already taken from the same voucher counts against its balance.
    Result<void> addVoucher(const VoucherStanding& standing, std::optional<Money> amount);
    // A member's loyalty points: `points` worth `amount` (at most what is left), the customer's
    // balance checked by the caller.
    Result<void> addLoyaltyPoints(std::int64_t points, Money amount);
    [[nodiscard]] std::int64_t pointsRedeemed() const;
    // What this payment has taken from a voucher so far.
    [[nodiscard]] Money takenFrom(const QString& voucherNumber) const;

private:
    Money m_total;
    Money m_rounding;
    bool m_complete = false;
    std::vector<Tender> m_tenders;
};

} // namespace kassa::core
