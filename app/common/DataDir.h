#pragma once

// Where a till keeps its data when --data-dir is not given: the platform's application data
// folder (~/.local/share/kassa on Linux, %APPDATA%\kassa on Windows). kassa and kassactl must
// agree on it, so it is decided here once.

#include <QString>

namespace kassa::app {

[[nodiscard]] QString defaultDataDir();

} // namespace kassa::app
