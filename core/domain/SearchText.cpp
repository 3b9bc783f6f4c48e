#include "SearchText.h"

namespace kassa::core {

namespace {

// Letters and digits folded, everything else one space; starts with a space.
QString fold(const QString& text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size() + 1);
    folded += QLatin1Char(' ');
    for (const QChar c : decomposed) {
        if (c.isMark()) {
            continue; // the accent of a decomposed letter
        }
        if (c.isLetterOrNumber()) {
            folded += QString(c).toCaseFolded();
        } else if (!folded.endsWith(QLatin1Char(' '))) {
            folded += QLatin1Char(' ');
        }
    }
    if (folded.size() > 1 && folded.endsWith(QLatin1Char(' '))) {
        folded.chop(1);
    }
    return folded;
}

} // namespace

QString productSearchText(const QString& name, const QString& brand, const QString& sku) {
    return fold(name + QLatin1Char(' ') + brand + QLatin1Char(' ') + sku);
}

QString foldedSearchText(const QString& text) {
    return fold(text);
}

QString searchIndexQuery(const QStringList& words, bool anywhere, QStringList& wordsLeft) {
    QStringList phrases;
    for (const QString& word : words) {
        if (anywhere && word.size() >= 3) {
            phrases << QLatin1Char('"') + word + QLatin1Char('"');
        } else if (word.size() >= 2) {
            phrases << QStringLiteral("\" ") + word + QLatin1Char('"');
        } else {
            wordsLeft << word;
        }
    }
    return phrases.join(QLatin1Char(' '));
}

QStringList searchWords(const QString& query) {
    return fold(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace kassa::core
