#pragma once

// A shift: one till's working period, from a counted float to the close. These are the values
// and rules a shift is made of; the till keeps shifts and their facts (store/Shifts.h), and
// kassactl (and the screens to come) work through it.
//
// - Cash is counted by denomination (euro notes and coins) or as one total; a negative count, a
//   denomination the euro does not have, or an amount no drawer holds (above 100,000 euros) is
//   refused with what was wrong.
// - Money moves in and out of the drawer with a reason code: cash in (change from the bank, a
//   float top-up), cash out (petty cash paid out, a supplier paid at the door), a safe drop
//   (notes taken to the safe), and the drawer opened without a sale (needs a reason, logged).
//   Nothing may leave the drawer beyond what it holds.
// - The figures of a shift (X and Z reports) are tallied from its sales, returns and drawer
//   movements: per tender what came in and went out, VAT per rate (returns deducted), discounts,
//   voided lines, cash movements, drawer openings, operators, and the cash the drawer should
//   hold: float + cash taken - cash refunded + cash in - cash out - safe drops.
// - A blind close declares the counted cash without seeing that figure; a difference above the
//   store's limit needs a manager's approval and a reason.

#include "Money.h"
#include "Result.h"
#include "Return.h"
#include "Sale.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <array>
#include <map>
#include <vector>

namespace kassa::core {

// Euro notes and coins in cents, largest first.
inline constexpr std::array<std::int64_t, 15> kEuroDenominations{50000, 20000, 10000, 5000, 2000, 1000, 500, 200,
                                                                 100,   50,    20,    10,   5,    2,    1};
// More than any till's drawer holds: a count or movement above it is a typing mistake.
inline constexpr std::int64_t kMaxDrawerCents = 10'000'000;

struct CashCount {
    std::map<std::int64_t, std::int64_t> pieces; // denomination in cents -> pieces; empty: a total
    Money total;

    [[nodiscard]] bool byDenomination() const { return !pieces.empty(); }
};

[[nodiscard]] Result<CashCount> countByDenomination(const std::map<std::int64_t, std::int64_t>& pieces);
[[nodiscard]] Result<CashCount> countAsTotal(Money total);
// As people type it: "250.00" (a total), or denominations with their pieces,
// "20x5 10x3 2x10 0.50x4" (euros x pieces, separated by spaces or commas).
[[nodiscard]] Result<CashCount> parseCashCount(const QString& text);
[[nodiscard]] QJsonObject toJson(const CashCount& count);
[[nodiscard]] Result<CashCount> cashCountFromJson(const QJsonObject& json);

enum class DrawerMovementKind { CashIn, CashOut, SafeDrop, NoSale };

[[nodiscard]] QString drawerMovementKindToString(DrawerMovementKind kind); // cash_in, cash_out, safe_drop, no_sale
[[nodiscard]] std::optional<DrawerMovementKind> drawerMovementKindFromString(QStringView text);
// The reason codes each kind takes, the first its default.
[[nodiscard]] QStringList drawerReasons(DrawerMovementKind kind);

struct DrawerMovement {
    DrawerMovementKind kind = DrawerMovementKind::CashIn;
    Money amount; // none for NoSale
    QString reason;
    QString note; // free text, optional
    QString operatorId;
    QDateTime at;
};

// Checks a movement against its kind's rules and what the drawer holds now (`drawerHolds`).
[[nodiscard]] Result<void> checkDrawerMovement(const DrawerMovement& movement, Money drawerHolds);

// What one tender did in a shift.
struct TenderFigures {
    Money taken;    // paid with it in sales
    Money refunded; // paid back with it in returns
    int sales = 0;
    int refunds = 0;

    [[nodiscard]] Money net() const { return taken - refunded; }
};

struct ShiftFigures {
    Money openingFloat;
    std::map<QString, TenderFigures> tenders; // "cash", "card", "store_credit", "loyalty_points", "online"
    std::vector<VatLine> vat;                 // sales less returns, per code and rate
    int sales = 0;
    int returns = 0;
    Money salesTotal;   // what the goods sold cost
    Money returnsTotal; // what the goods returned gave back
    Money discounts;
    int voidedLines = 0;
    Money voidedAmount;
    Money rounding; // cash rounding, sales less returns
    Money cashIn;
    Money cashOut;
    Money safeDrops;
    int noSales = 0;
    int drawerOpenings = 0; // every time the drawer opened: cash sales and refunds, movements, no-sales
    QStringList operators;  // in the order they first worked

    [[nodiscard]] Money expectedCash() const;
};

// Adds up a shift's facts in the order they happened.
class ShiftTally {
public:
    explicit ShiftTally(Money openingFloat);

    void addSale(const CompletedSale& sale);
    void addReturn(const CompletedReturn& completed);
    void addMovement(const DrawerMovement& movement);
    [[nodiscard]] const ShiftFigures& figures() const { return m_figures; }

private:
    void addOperator(const QString& id);
    void addVat(const std::vector<VatLine>& lines, int sign);

    ShiftFigures m_figures;
};

// The close of a count against what the till expects: the difference (counted - expected, below
// zero when cash is missing) and whether it is above the store's limit either way.
struct CountJudgement {
    Money expected;
    Money counted;
    Money difference;
    bool needsApproval = false;
};

[[nodiscard]] CountJudgement judgeCount(Money expected, Money counted, Money limit);

struct ShiftRecord {
    QString id; // UUIDv7: the document id of its opening
    std::int64_t number = 0;
    QDateTime openedAt;
    QString openedBy;
    CashCount openingFloat;
    QDateTime closedAt; // invalid while open
    QString closedBy;
    std::int64_t zNumber = 0; // 0 while open

    [[nodiscard]] bool isOpen() const { return !closedAt.isValid(); }
};

// A shift's close: its figures, what was counted, the judgement, who approved a difference and why.
struct ZReport {
    ShiftRecord shift;
    ShiftFigures figures;
    CashCount counted;
    CountJudgement judgement;
    QString approverId;
    QString reason;
    std::int64_t unsentFacts = 0; // this till's facts central had not acknowledged at the close
    // The till's receipt numbers (sales and returns share them) the shift's documents span, 0 when
    // it had none: central totals the same receipts beside the till's figures.
    std::int64_t firstReceipt = 0;
    std::int64_t lastReceipt = 0;
};

} // namespace kassa::core
