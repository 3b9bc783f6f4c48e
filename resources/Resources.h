#pragma once

// Access to what resources/ compiles in: the style sheet and the translations.

#include <QString>
#include <QStringList>

class QTranslator;

namespace kassa::resources {

// The languages that ship, as two-letter codes.
[[nodiscard]] QStringList shippedLanguages();
// The language to run in: `requested` if it ships, else the system's if it ships, else English.
[[nodiscard]] QString chooseLanguage(const QString& requested, const QString& systemLocaleName);
// Loads Kassa's translation for `language` into `translator`; false for English (built in).
bool loadTranslation(QTranslator& translator, const QString& language);
[[nodiscard]] QString styleSheet();

} // namespace kassa::resources
