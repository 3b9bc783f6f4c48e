#pragma once

// Closing a shift, the same for the shift screen and `kassactl shift close`: the cash counted
// (a total, or by denomination: "50x2 20x3 ...") is read, the close is tried blind, and when the
// difference from what the drawer should hold is above the till's limit
// (shift.count_difference_limit) a manager approves it, with a reason. The refusal names the
// limit, never the difference. The Z report comes back to be shown and printed; the shift and
// its `shift.closed` fact are recorded in one transaction (core/store/Shifts.h).

#include "../domain/Basket.h"
#include "../domain/Clock.h"
#include "../store/TillDatabase.h"

#include <optional>

namespace kassa::core {

class ShiftClose {
public:
    ShiftClose(TillDatabase& till, Operator cashier, Clock clock = &QDateTime::currentDateTime);

    // A manager's PIN approves the difference: NotAuthorized below a manager, and the PIN's
    // lock-out as at login. The approval is recorded in the Z report with the reason.
    [[nodiscard]] Result<Approval> approve(const QString& managerId, QStringView pin, const QString& reason);

    // Closes the open shift with the cash counted. CountNeedsApproval when the difference needs
    // a manager's `approval` and a reason; ShiftAlreadyClosed names the close there was.
    [[nodiscard]] Result<ZReport> close(const QString& count, const QString& reason,
                                        const std::optional<Approval>& approval = std::nullopt);

private:
    TillDatabase& m_till;
    Operator m_cashier;
    Clock m_clock;
};

} // namespace kassa::core
