#pragma once

// X and Z reports as text for the receipt printer, the screen and kassactl: the shift, its
// figures per tender (taken, refunded, net), VAT per rate, discounts and voids, drawer movements
// and openings, operators, the cash expected, and for a Z the count, the difference, who
// approved it and why, and whether facts had not reached head office at the close. Labels are
// translatable.

#include "Receipt.h"
#include "Shift.h"

namespace kassa::core {

// An X report of `shift` (open) with its `figures`, or the Z report `z` of a closed shift.
[[nodiscard]] QString renderXReportText(const ShiftRecord& shift, const ShiftFigures& figures, const TillIdentity& till,
                                        const ReceiptHeader& header);
[[nodiscard]] QString renderZReportText(const ZReport& z, const TillIdentity& till, const ReceiptHeader& header);

} // namespace kassa::core
