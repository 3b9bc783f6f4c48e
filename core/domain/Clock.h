#pragma once

// Where rules read the time, at the till and at central: one type, so a test hands every desk,
// the checkout and central's service a clock it controls. The till's rules take local time
// (QDateTime::currentDateTime: opening hours, the business day); central's take UTC.

#include <QDateTime>
#include <functional>

namespace kassa::core {

using Clock = std::function<QDateTime()>;

} // namespace kassa::core
