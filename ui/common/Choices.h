#pragma once

// A choice among a few (a reason, where returned goods go, a refund's tender) made from the
// keyboard: Tab reaches it, ↑ ↓ change it, and each item carries its number ("2  Defective"), so
// typing the number picks it (QComboBox's own search by the item's first characters). Its rows
// are touch-sized like every other target.

#include <QString>
#include <QVariant>

class QComboBox;

namespace kassa::ui {

void makeKeyboardChoice(QComboBox* box);
// Adds `text` as the next numbered item, carrying `data`.
void addChoice(QComboBox* box, const QString& text, const QVariant& data);

} // namespace kassa::ui
