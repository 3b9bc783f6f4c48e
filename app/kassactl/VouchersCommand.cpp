// kassactl vouchers: whether the till takes store-credit vouchers now, and a manager unblocking
// voucher entry after too many wrong codes (as F9 on the payment screen does).
//
//   vouchers status    "open", or "blocked: N wrong codes in 24 hours" (exit 0 either way)
//   vouchers unblock   a manager from $KASSA_APPROVER/$KASSA_APPROVER_PIN (or asked for)

#include "CommandSupport.h"

namespace kassa::app {

using namespace kassa::core;

int runVouchers(const CommandContext& context, const QStringList& args) {
    if (args != QStringList{QStringLiteral("status")} && args != QStringList{QStringLiteral("unblock")}) {
        return usage(context, QStringLiteral("use: vouchers status | vouchers unblock"));
    }
    auto till = openInitialisedTill(context);
    if (!till) {
        return kStorage;
    }
    SimulatedPaymentTerminal terminal;
    Checkout checkout(*till, terminal);
    const Result<void> open = checkout.checkVoucherEntry();
    if (args.front() == QLatin1String("status")) {
        context.out << (open ? QStringLiteral("open") : QStringLiteral("blocked: %1").arg(describe(open.error())))
                    << Qt::endl;
        return kOk;
    }
    if (open) {
        context.out << "Voucher entry is open: nothing to unblock." << Qt::endl;
        return kOk;
    }
    const ApproverCredentials manager = approverFromEnvironmentOrTerminal(context);
    const Result<Approval> unblocked = checkout.unblockVoucherEntry(manager.id, manager.pin);
    if (!unblocked) {
        return refuse(context, unblocked.error());
    }
    context.out << "Vouchers are taken again (unblocked by " << unblocked->approverId << ")." << Qt::endl;
    return kOk;
}

} // namespace kassa::app
