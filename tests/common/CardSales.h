#pragma once

// Test helper: rings up `count` one-line card sales on a till through Checkout, as cashier
// 1001 of the demo catalog, so tests that need sales in the outbox get real ones.

#include "core/store/DemoCatalog.h"
#include "core/till/Checkout.h"

namespace kassa::testing {

[[nodiscard]] inline bool ringUpCardSales(core::TillDatabase& till, int count) {
    core::SimulatedPaymentTerminal terminal;
    core::Checkout checkout(till, terminal);
    if (!checkout.login(QStringLiteral("1001"), u"1234")) {
        return false;
    }
    for (int i = 0; i < count; ++i) {
        if (!checkout.scan(core::demoGtin(i % 50)) || !checkout.startPayment() || !checkout.payCard() ||
            !checkout.complete()) {
            return false;
        }
    }
    return true;
}

} // namespace kassa::testing
