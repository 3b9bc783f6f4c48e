#pragma once

// A till sells only into an open shift (core/store/Shifts.h): tests and benchmarks that sell
// first open one, as the store's first cashier of the day does, with a float of 150.00 counted
// as a total.

#include "core/store/TillDatabase.h"

#include <QTest>

namespace kassa::testing {

inline constexpr std::int64_t kTestFloatCents = 150'00;

// Opens a shift at `till` by demo cashier 1001 at `at`.
inline core::Result<core::ShiftRecord> startShift(core::TillDatabase& till,
                                                  const QDateTime& at = QDateTime::currentDateTime()) {
    const core::Operator cashier{QStringLiteral("1001"), QStringLiteral("Maija Virtanen"), core::Role::Cashier};
    return till.shifts().open(core::countAsTotal(core::Money(kTestFloatCents)).value(), cashier, at);
}

// For tests of the outbox and of central's ingest, whose seq numbers count the sales from 1: the
// open shift the sales go into, written without the `shift.opened` fact that would take seq 1.
inline void openShiftWithoutItsFact(core::TillDatabase& till) {
    till.db().exec("INSERT INTO shifts (id, number, opened_at, opened_by, float_json) VALUES "
                   "('shift-without-fact', 1, '2026-01-01T06:00:00.000Z', '1001', '{\"total\":\"150.00\"}')");
}

// The same in a benchmark, which cannot measure anything without it: stops the program, saying why.
inline void openShiftOrExit(core::TillDatabase& till) {
    if (const auto opened = startShift(till); !opened) {
        qFatal("cannot open a shift: %s", qPrintable(core::describe(opened.error())));
    }
}

// The same in a Qt test: fails the calling test when the shift cannot be opened.
inline void openShift(core::TillDatabase& till, const QDateTime& at = QDateTime::currentDateTime()) {
    const auto opened = startShift(till, at);
    QVERIFY2(opened.ok(), opened ? "" : qPrintable(core::describe(opened.error())));
}

} // namespace kassa::testing
