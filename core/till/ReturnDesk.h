#pragma once

// One return at the till, from the document the goods were sold on to the recorded return
// receipt. The return screen and `kassactl return` both drive exactly this class, so every rule
// of the chain's return policy (window, items that never come back, quantities, approvals,
// offline limits, refund tenders) is decided the same way whichever front end is used.
//
// Where the document comes from is the caller's: central online (with what has come back in any
// store), this till's own journal, a receipt's signed QR code, or the web-order feed. Online the
// caller takes a lease at central for the chosen quantities and hands it over (setLease); a
// return without one is decided offline under the policy's offline limits and is unconfirmed
// until central acknowledges it.

#include "../domain/Clock.h"
#include "../domain/Return.h"
#include "../store/TillDatabase.h"

#include <functional>
#include <map>
#include <optional>

namespace kassa::core {

// A document read from central, paper or a feed names SKUs and VAT codes only: this fills in
// each line's product (name, unit, row) and the VAT rate in force on the day of the sale, from
// this till. What a line has already is kept.
void fillFromTill(TillDatabase& till, ReturnableDocument& document);

// What this till knows itself, without central: its own receipts, and the web orders central
// fed it; filled in from the till.
[[nodiscard]] std::optional<ReturnableDocument> findOnTill(TillDatabase& till, const QString& channel,
                                                           const QString& number);

// An approval the return still needs before it can be completed.
struct ApprovalNeed {
    QString kind;   // "no_receipt", "offline_limit"
    QString detail; // what exactly, for the approver and the record
};

class ReturnDesk {
public:
    ReturnDesk(TillDatabase& till, PaymentTerminal& terminal, Operator cashier,
               Clock clock = &QDateTime::currentDateTime);

    // Starts a return of the document: it must be within the policy's window. What this till
    // has taken back of it is added to what the document's source knew.
    Result<void> open(ReturnableDocument document);
    // Starts a return without a receipt, if the policy takes them at all.
    Result<void> openWithoutReceipt();
    [[nodiscard]] const std::optional<ReturnableDocument>& document() const { return m_document; }
    [[nodiscard]] bool withoutReceipt() const { return m_withoutReceipt; }

    // Takes back `quantityMilli` (all that can come back when none is given) of a sold line.
    Result<int> addLine(int originalLine, std::optional<std::int64_t> quantityMilli, const QString& reason,
                        Disposition disposition);
    // Without a receipt: an item by its code, priced as the policy says.
    Result<int> addItem(const QString& code, std::optional<std::int64_t> quantityMilli, const QString& reason,
                        Disposition disposition);
    Result<void> removeLine(int lineNo);
    [[nodiscard]] const std::vector<ReturnLine>& lines() const { return m_lines; }
    [[nodiscard]] Money total() const;
    // What of the sold line is chosen in this return so far.
    [[nodiscard]] std::int64_t chosenOf(int originalLine) const;
    // Every sold line chosen, with its quantity (thousandths): what a lease at central holds.
    [[nodiscard]] std::map<int, std::int64_t> chosenQuantities() const;

    // The customer the goods come back from (attached at the counter); the return records it.
    void setCustomer(const QString& customerId) { m_customerId = customerId; }
    [[nodiscard]] const QString& customerId() const { return m_customerId; }

    // Central holds the chosen quantities for this return; without a lease it is decided offline.
    void setLease(const QString& leaseId) { m_leaseId = leaseId; }
    [[nodiscard]] const QString& leaseId() const { return m_leaseId; }

    [[nodiscard]] std::vector<ApprovalNeed> approvalsNeeded();
    // A manager's PIN approves everything the return needs now.
    Result<void> approve(const QString& operatorId, QStringView pin);

    // An exchange: new items worth `basketTotal` are in the same basket. The refund pays for them
    // first (exchange credit, a voucher the sale then takes as its tender), whatever the policy's
    // refund tenders; only what is left over goes back as refundPlan's method says. Zero: none.
    void setExchangeFor(Money basketTotal) { m_exchangeFor = basketTotal; }
    [[nodiscard]] Money exchangeFor() const { return m_exchangeFor; }

    // How the money would go back; refused when the policy does not allow it.
    [[nodiscard]] Result<std::vector<Refund>> refundPlan(RefundMethod method) const;

    // Completing in three steps, so that a screen waits for the payment terminal off its thread:
    // prepare (the rules, approvals and the plan; the till's thread), refundCards (the terminal
    // only; any one thread), record (one transaction; the till's thread).
    struct RefundRun {
        std::vector<Refund> refunds;
        Money rounding;
        QString reference; // what the terminal is told the refunds belong to
    };
    [[nodiscard]] Result<RefundRun> prepare(RefundMethod method);
    // Card refunds through the terminal. When it declines or does not answer nothing is
    // recorded and the return stays open; a card refund that went through is not made again
    // when the cashier tries once more.
    Result<void> refundCards(RefundRun& run);
    // Records the return with its number, chain link and outbox event, and starts a new one.
    Result<CompletedReturn> record(const RefundRun& run);
    // All three, for callers without a screen (kassactl).
    Result<CompletedReturn> complete(RefundMethod method);

private:
    Result<void> requireOpen() const;
    // Refunds leave the drawer of the open shift (store/Shifts.h): none is taken without one,
    // nor in training mode (ErrorCode::NotInTraining).
    Result<void> requireTradingShift();
    Result<void> checkReason(const QString& reason, const QString& what) const;
    [[nodiscard]] Result<void> checkRefundRules(Money total) const;
    [[nodiscard]] int nextLineNo() const;
    [[nodiscard]] CompletedReturn draft(const std::vector<Refund>& refunds, Money rounding);

    TillDatabase& m_till;
    PaymentTerminal& m_terminal;
    Operator m_cashier;
    Clock m_clock;
    ReturnPolicy m_policy;
    std::optional<ReturnableDocument> m_document;
    bool m_withoutReceipt = false;
    std::vector<ReturnLine> m_lines;
    QString m_leaseId;
    QString m_customerId;
    Money m_exchangeFor;
    std::vector<Approval> m_approvals;
    std::map<QString, CardAuthorization> m_cardRefundsDone; // by original authorisation, for a retry
};

} // namespace kassa::core
