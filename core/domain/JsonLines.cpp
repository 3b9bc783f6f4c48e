#include "JsonLines.h"

#include <QJsonDocument>

namespace kassa::core {

Result<void> forEachJsonLine(const QByteArray& body,
                             const std::function<Result<void>(const QJsonObject&, int line)>& read) {
    int lineNumber = 0;
    bool any = false;
    for (const QByteArray& line : body.split('\n')) {
        ++lineNumber;
        if (line.trimmed().isEmpty()) {
            continue;
        }
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("line %1: not a JSON object; send one object per line").arg(lineNumber));
        }
        if (Result<void> taken = read(document.object(), lineNumber); !taken) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("line %1: %2").arg(lineNumber).arg(taken.error().detail));
        }
        any = true;
    }
    if (!any) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the request has nothing in it: send one JSON object per line"));
    }
    return {};
}

} // namespace kassa::core
