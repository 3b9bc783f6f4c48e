#pragma once

// One open sale at the till, from login to the committed receipt. The till's screens and
// `kassactl sale` both drive exactly this class, so a rule (pricing, limits, rounding,
// approvals) behaves the same whichever front end the cashier or a script uses.

#include "../domain/Barcode.h"
#include "../domain/Basket.h"
#include "../domain/Clock.h"
#include "../domain/Payment.h"
#include "../domain/Pickup.h"
#include "../domain/Receipt.h"
#include "../domain/Sale.h"
#include "../store/TillDatabase.h"
#include "../sync/SyncLink.h"

#include <functional>
#include <map>
#include <optional>

namespace kassa::core {

// What may be spent of a store-credit voucher, from its code as typed or scanned and what central
// said of it just now (central checked the code): central's balance less this till's spends it
// has not counted yet; central not reached, the fed copy up to the policy's offline limit, or a
// voucher this till issued itself, when the code's secret matches their check. Refused: not a
// voucher code, unknown or a wrong secret (the same answer), spent in full, or an answer from
// central that is not a voucher.
[[nodiscard]] Result<VoucherStanding> voucherStanding(TillDatabase& till, const QString& code,
                                                      const CentralVoucher& central);

class Checkout {
public:
    Checkout(TillDatabase& till, PaymentTerminal& terminal, Clock clock = &QDateTime::currentDateTime);

    Result<Operator> login(const QString& operatorId, QStringView pin);
    void logout();
    [[nodiscard]] const std::optional<Operator>& cashier() const { return m_cashier; }

    // Scans or keys a code. Without a quantity it is one piece; a weighed product needs one.
    Result<int> scan(const QString& code, std::optional<std::int64_t> quantityMilli = std::nullopt);
    // A product chosen from a quick key or a search.
    Result<int> addProduct(const Product& product, std::optional<std::int64_t> quantityMilli = std::nullopt);
    Result<void> setQuantity(int lineNo, std::int64_t quantityMilli);
    Result<void> voidLine(int lineNo);
    Result<void> setLineDiscount(int lineNo, Discount discount, const std::optional<Approval>& approval = {});
    Result<void> setBasketDiscount(Discount discount, const std::optional<Approval>& approval = {});
    // A supervisor's PIN for an override.
    Result<Approval> approve(const QString& operatorId, QStringView pin, const QString& detail);

    // The customer the sale is for: found by the clerk (their id), or a loyalty card, phone or
    // e-mail given at the counter. Kept with a suspended basket; the sale records it.
    // Refused once the customer's points pay part of the sale.
    Result<Customer> attachCustomer(const QString& idOrContact);
    Result<void> detachCustomer();
    // The attached customer as this till knows them now; nothing when none (or erased meanwhile).
    [[nodiscard]] std::optional<Customer> customer();

    [[nodiscard]] const Basket& basket() const { return m_basket; }
    [[nodiscard]] const Payment* payment() const { return m_payment ? &*m_payment : nullptr; }

    Result<void> startPayment();
    // Back to the basket; refused once a tender has been taken (it would have to be refunded).
    Result<void> cancelPayment();
    // Cash handed over. More than the cash due plus the till's margin (payment.cash_confirm_above)
    // is refused as CashFarAboveDue until the cashier confirms it was meant (`Confirmed`).
    enum class LargeCash { AskFirst, Confirmed };
    Result<void> payCash(Money given, LargeCash large = LargeCash::AskFirst);
    // Takes a tender back before the sale completes (Payment::removeTender): it is due again.
    Result<Tender> removeTender(std::size_t index);
    // Pays `amount` by card, or all that is left when none is given.
    Result<void> payCard(std::optional<Money> amount = std::nullopt);
    // The same in three steps, so that a screen waits for the terminal off its thread: the
    // checks (the till's thread), terminal().authorize(request) (any one thread), the tender.
    struct CardRequest {
        Money amount;
        QString reference; // what the terminal is told the payment belongs to
        bool training = false;
    };
    // The terminal's answer to `request`; in training mode the till answers itself and no card
    // is charged. Reads nothing but the request and the terminal: safe on the terminal's thread.
    [[nodiscard]] Result<CardAuthorization> authorizeCard(const CardRequest& request);
    [[nodiscard]] Result<CardRequest> prepareCard(std::optional<Money> amount = std::nullopt);
    Result<void> takeCard(const CardRequest& request, const Result<CardAuthorization>& answer);
    // Pays `amount` (what is left, up to the voucher's balance, when none is given) with a voucher
    // as voucherStanding decides from central's answer. A code refused as unknown counts as a
    // wrong code at this till.
    Result<void> payVoucher(const QString& code, const CentralVoucher& central,
                            std::optional<Money> amount = std::nullopt);
    // Vouchers are taken unless vouchers.wrong_codes_limit wrong codes were typed at this till
    // in the last 24 hours (since a manager last unblocked it): VoucherEntryBlocked. Asked before
    // central is asked about a code, so that a blocked till does not help anyone guess.
    [[nodiscard]] Result<void> checkVoucherEntry();
    // A manager unblocks voucher entry; the audit trail records who, and how many wrong codes
    // were forgiven. The manager's approval, or why not (a wrong PIN, not a manager).
    Result<Approval> unblockVoucherEntry(const QString& managerId, QStringView pin);
    // Pays with the attached member's loyalty points: `points` (as many as the balance allows
    // up to what is left, when none is given). Returns the points taken; more than the balance,
    // fewer than the rules' minimum, or no member attached is refused with nothing taken.
    Result<std::int64_t> payLoyaltyPoints(std::optional<std::int64_t> points = std::nullopt);
    // The attached member's points now, as this till knows them (less what this payment took).
    [[nodiscard]] std::optional<LoyaltyStanding> loyalty();
    // Records the paid sale durably and starts a new basket. When recording fails the basket
    // and the payment stay as they are, so the cashier can try again.
    Result<CompletedSale> complete();

    // Training mode (store/TrainingSales.h): a manager's id and PIN switch it, only between
    // customers; its sales need no shift, take no vouchers or points and are never sales.
    Result<void> setTrainingMode(bool on, const QString& managerId, QStringView pin);
    [[nodiscard]] bool trainingMode();

    // Buy online, pick up in store: an order paid at collection becomes this sale. Its picked
    // lines, less what the customer refuses (`refused`, by order line), go into the empty basket
    // at the order's prices; the customer may buy more in the same sale. A line voided at the
    // counter is refused too. The sale records the hand-over; what was refused is not sold and
    // stays in stock. Refused with an open basket, in training mode, or without a shift.
    Result<void> ringUpPickup(const Pickup& pickup, const std::map<int, std::int64_t>& refused = {});
    [[nodiscard]] const std::optional<Pickup>& pickup() const { return m_pickup; }

    Result<std::int64_t> suspend();
    Result<void> recall(std::int64_t suspendedId);

    [[nodiscard]] ReceiptHeader receiptHeader();
    [[nodiscard]] TillDatabase& till() { return m_till; }
    [[nodiscard]] PaymentTerminal& terminal() { return m_terminal; }

private:
    [[nodiscard]] std::optional<SaleLoyalty> saleLoyalty();
    Result<void> requireCashier() const;
    Result<void> requireOpenBasket() const;
    // A till sells only into an open shift (store/Shifts.h): its cash belongs to a drawer count.
    Result<void> requireOpenShift();
    Result<void> requireSaleStarted();
    [[nodiscard]] int taxRateFor(const Product& product) const;
    // The basket sells (some of) the pickup order rung up: not every line of it is voided.
    [[nodiscard]] bool sellsPickup() const;
    // The hand-over the sale records: what of each picked line the basket does not sell was refused.
    [[nodiscard]] std::optional<PickupStep> pickupHandOver() const;

    TillDatabase& m_till;
    PaymentTerminal& m_terminal;
    Clock m_clock;
    BarcodeReader m_reader;
    TaxTable m_taxes;
    Basket m_basket;
    std::optional<Payment> m_payment;
    std::optional<Operator> m_cashier;
    bool m_paymentTraining = false; // the mode when the payment started
    std::optional<Pickup> m_pickup; // the order paid at collection the basket sells
};

} // namespace kassa::core
