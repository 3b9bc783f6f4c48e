#pragma once

// Test helper: a refusal as a person reads it, for a failing check's message
// (QVERIFY2(done.ok(), why(done).constData())); empty when the result is not a refusal.

#include "core/domain/Result.h"

#include <QByteArray>

namespace kassa::testing {

template <typename T> QByteArray why(const core::Result<T>& result) {
    return result.ok() ? QByteArray() : core::describe(result.error()).toUtf8();
}

} // namespace kassa::testing
