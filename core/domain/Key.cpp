#include "Key.h"

#include <algorithm>

namespace kassa::core {

QString validKey(const QString& text) {
    const QString key = text.trimmed();
    const bool clean = std::none_of(key.begin(), key.end(), [](QChar c) {
        return c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
    });
    return clean && !key.isEmpty() && key.size() <= kMaxKeyLength ? key : QString();
}

} // namespace kassa::core
