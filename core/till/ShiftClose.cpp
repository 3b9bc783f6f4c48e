#include "ShiftClose.h"

namespace kassa::core {

ShiftClose::ShiftClose(TillDatabase& till, Operator cashier, Clock clock)
    : m_till(till)
    , m_cashier(std::move(cashier))
    , m_clock(std::move(clock)) {}

Result<Approval> ShiftClose::approve(const QString& managerId, QStringView pin, const QString& reason) {
    try {
        auto approval = m_till.operators().approve(managerId, pin, Role::Manager, reason.trimmed(), m_clock());
        if (approval) {
            approval->kind = QStringLiteral("count_difference");
        }
        return approval;
    } catch (const StoreError& error) {
        return error.toError();
    }
}

Result<ZReport> ShiftClose::close(const QString& count, const QString& reason,
                                  const std::optional<Approval>& approval) {
    const Result<CashCount> counted = parseCashCount(count);
    if (!counted) {
        return counted.error();
    }
    std::optional<Operator> manager;
    if (approval) {
        manager = Operator{approval->approverId, {}, Role::Manager};
    }
    try {
        return m_till.shifts().close(*counted, m_cashier, manager, reason, m_till.settings().countDifferenceLimit(),
                                     m_clock());
    } catch (const StoreError& error) {
        return error.toError();
    }
}

} // namespace kassa::core
