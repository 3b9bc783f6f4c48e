#pragma once

// X and Z reports as text for the receipt printer, the screen and kassactl: the shift, its
// figures per tender (taken, refunded, net), VAT per rate, discounts and voids, drawer movements
// and openings, operators, the cash expected, and for a Z the count, the difference, who
// approved it and why, and whether facts had not reached head office at the close. Labels are
// translatable.

#include "Receipt.h"
#include "Shift.h"

namespace kassa::core {

struct ShiftReportDocument {
    bool z = false;           // a Z closes the shift; an X leaves it open
    std::int64_t zNumber = 0; // for a Z
    std::int64_t shiftNumber = 0;
    TillIdentity till;
    QDateTime openedAt;
    QString openedBy;
    QDateTime closedAt; // for a Z
    QString closedBy;
    ShiftFigures figures;
    std::optional<CashCount> counted; // for a Z
    Money difference;
    QString approverId;
    QString reason;
    std::int64_t unsentFacts = 0;
};

[[nodiscard]] QString renderShiftReportText(const ShiftReportDocument& report, const ReceiptHeader& header);

} // namespace kassa::core
