#include "Messages.h"

#include <QLabel>
#include <QStyle>

namespace kassa::ui {

void showMessage(QLabel* label, const QString& text, Tone tone) {
    const QString role = tone == Tone::Problem ? QStringLiteral("error") : QStringLiteral("info");
    if (label->property("role").toString() != role) {
        label->setProperty("role", role);
        label->style()->unpolish(label); // the style sheet's colour follows the property
        label->style()->polish(label);
    }
    label->setText(text);
}

void makeMessageLine(QLabel* label) {
    label->setWordWrap(true);
    label->setProperty("role", QStringLiteral("error"));
}

} // namespace kassa::ui
