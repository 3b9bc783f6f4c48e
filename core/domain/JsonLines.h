#pragma once

// Uploads of one JSON object per line (master data, web orders): each object handed to a
// reader in order, blank lines skipped, and the first problem named by its line, "line N: ...".

#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <functional>

namespace kassa::core {

// Calls `read` for each object; stops at the first line that is not an object or that `read`
// refuses. Refuses an upload without any object.
Result<void> forEachJsonLine(const QByteArray& body,
                             const std::function<Result<void>(const QJsonObject&, int line)>& read);

} // namespace kassa::core
