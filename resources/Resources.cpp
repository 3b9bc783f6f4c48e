#include "Resources.h"

#include <QFile>
#include <QTranslator>

namespace kassa::resources {

QStringList shippedLanguages() {
    return {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")};
}

QString chooseLanguage(const QString& requested, const QString& systemLocaleName) {
    if (shippedLanguages().contains(requested)) {
        return requested;
    }
    const QString system = systemLocaleName.left(2);
    return shippedLanguages().contains(system) ? system : QStringLiteral("en");
}

bool loadTranslation(QTranslator& translator, const QString& language) {
    return translator.load(QStringLiteral(":/i18n/kassa_%1.qm").arg(language));
}

QString styleSheet() {
    QFile file(QStringLiteral(":/style/kassa.qss"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace kassa::resources
