#include "Choices.h"

#include <QComboBox>
#include <QListView>

namespace kassa::ui {

void makeKeyboardChoice(QComboBox* box) {
    box->setFocusPolicy(Qt::StrongFocus);
    // A list view draws its rows as the style sheet says (44 px); the default menu-like one
    // ignores it and draws 26 px rows.
    box->setView(new QListView(box));
}

void addChoice(QComboBox* box, const QString& text, const QVariant& data) {
    box->addItem(QStringLiteral("%1  %2").arg(box->count() + 1).arg(text), data);
}

} // namespace kassa::ui
