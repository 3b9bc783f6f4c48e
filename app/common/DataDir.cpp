#include "DataDir.h"

#include <QDir>
#include <QStandardPaths>

namespace kassa::app {

QString defaultDataDir() {
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base.isEmpty() ? QDir::homePath() : base).filePath(QStringLiteral("kassa"));
}

} // namespace kassa::app
