#pragma once

// The basket as a table for the sale screen: one row per line, voided lines struck through.
// It reads the Checkout's basket and is told to refresh after every change.

#include "core/domain/Basket.h"

#include <QAbstractTableModel>

namespace kassa::ui {

class BasketModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { LineColumn, ProductColumn, QuantityColumn, PriceColumn, DiscountColumn, AmountColumn, ColumnCount };

    explicit BasketModel(const core::Basket& basket, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads the basket: rows added or removed are announced as such, the rest as changed.
    void refresh();
    [[nodiscard]] int lineNoAt(int row) const;
    [[nodiscard]] int rowOfLine(int lineNo) const;

private:
    const core::Basket& m_basket;
    int m_rows = 0;
};

} // namespace kassa::ui
