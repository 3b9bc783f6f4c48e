#pragma once

// Test helper: takes goods back at a till through ReturnDesk, as cashier 1001 of the demo
// catalog (a manager approves when the policy asks), so tests that need returns in the outbox
// get real ones. A web order is described as a till reads it from central.

#include "core/till/ReturnDesk.h"

#include <map>

namespace kassa::testing {

// A web order of one line as a till knows it: `pieces` of `sku` at `unitCents`, paid online.
[[nodiscard]] inline core::ReturnableDocument webOrderDocument(const QString& number, const QString& sku, int pieces,
                                                               std::int64_t unitCents, const QDateTime& placedAt) {
    core::ReturnableDocument document;
    document.channel = QString::fromLatin1(core::returnChannels::kWeb);
    document.number = number;
    document.soldAt = placedAt;
    document.source = core::DocumentSource::OrderFeed;
    core::ReturnableLine line;
    line.line = 1;
    line.sku = sku;
    line.name = sku;
    line.taxCode = QStringLiteral("A");
    line.taxBasisPoints = 2550;
    line.quantityMilli = pieces * core::kQuantityOne;
    line.unitPrice = core::Money(unitCents);
    line.net = core::Money(unitCents * pieces);
    document.lines.push_back(line);
    document.tenders.push_back(core::OriginalTender{QStringLiteral("online:card"), line.net, {}, {}});
    return document;
}

// Takes back the given quantities (sold line -> thousandths); nothing when any step is refused.
[[nodiscard]] inline std::optional<core::CompletedReturn>
takeBack(core::TillDatabase& till, const core::ReturnableDocument& document, const std::map<int, std::int64_t>& lines,
         const QDateTime& now, core::RefundMethod method = core::RefundMethod::Original, const QString& leaseId = {},
         core::Disposition disposition = core::Disposition::Sellable) {
    core::SimulatedPaymentTerminal terminal;
    core::ReturnDesk desk(till, terminal, core::Operator{QStringLiteral("1001"), QStringLiteral("Maija")},
                          [now] { return now; });
    if (!desk.open(document)) {
        return std::nullopt;
    }
    for (const auto& [line, quantity] : lines) {
        if (!desk.addLine(line, quantity, QStringLiteral("wrong_size"), disposition)) {
            return std::nullopt;
        }
    }
    desk.setLease(leaseId);
    if (!desk.approvalsNeeded().empty() && !desk.approve(QStringLiteral("3001"), u"3456")) {
        return std::nullopt;
    }
    auto done = desk.complete(method);
    return done ? std::optional(std::move(done).value()) : std::nullopt;
}

} // namespace kassa::testing
