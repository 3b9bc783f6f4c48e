#pragma once

// The screens' read-only tables (sold lines, chosen lines, search results): rows chosen whole by
// the arrow keys while the focus stays in the screen's input field, touch-sized rows.

#include <QStringList>

class QTableWidget;
class QTableWidgetItem;

namespace kassa::ui {

// Headers, row height and selection for a table; `stretchColumn` takes the width left over.
void prepareTable(QTableWidget* table, const QStringList& headers, int stretchColumn);
// Moves the chosen row up (step -1) or down, staying within the table; nothing in an empty one.
void moveRowChoice(QTableWidget* table, int step);
// A cell that can be chosen but not edited; numbers right-aligned.
[[nodiscard]] QTableWidgetItem* tableCell(const QString& text, bool number = false);

} // namespace kassa::ui
