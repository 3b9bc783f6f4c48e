#include "Tables.h"

#include <QHeaderView>
#include <QTableWidget>
#include <algorithm>

namespace kassa::ui {

void prepareTable(QTableWidget* table, const QStringList& headers, int stretchColumn) {
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(40);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

QTableWidgetItem* tableCell(const QString& text, bool number) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number) {
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    return item;
}

void moveRowChoice(QTableWidget* table, int step) {
    if (table->rowCount() > 0) {
        table->selectRow(std::clamp(table->currentRow() + step, 0, table->rowCount() - 1));
    }
}

} // namespace kassa::ui
