#include "BasketModel.h"

#include "../common/Format.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace kassa::ui {

BasketModel::BasketModel(const core::Basket& basket, QObject* parent)
    : QAbstractTableModel(parent)
    , m_basket(basket)
    , m_rows(static_cast<int>(basket.lines().size())) {}

int BasketModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_rows;
}

int BasketModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BasketModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows || index.row() >= static_cast<int>(m_basket.lines().size())) {
        return {};
    }
    const core::BasketLine& line = m_basket.lines()[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LineColumn:
            return line.lineNo;
        case ProductColumn:
            return line.voided ? tr("VOID %1").arg(line.product.name) : line.product.name;
        case QuantityColumn:
            return formatLineQuantity(line.quantityMilli, line.product.unit);
        case PriceColumn:
            return line.product.unit == core::Unit::Kilograms ? tr("%1/kg").arg(formatMoney(line.unitPrice))
                                                              : formatMoney(line.unitPrice);
        case DiscountColumn:
            return line.lineDiscount().isZero() ? QString() : formatMoney(-line.lineDiscount());
        case AmountColumn:
            return line.voided ? formatMoney(core::Money()) : formatMoney(line.net());
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() != ProductColumn;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role == Qt::FontRole && line.voided) {
        QFont font;
        font.setStrikeOut(true);
        return font;
    }
    if (role == Qt::ForegroundRole && line.voided) {
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    }
    if (role == Qt::ToolTipRole) {
        return tr("Code %1, SKU %2, VAT %3").arg(line.code, line.product.sku, line.product.taxCode);
    }
    return {};
}

QVariant BasketModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case LineColumn:
        return tr("#");
    case ProductColumn:
        return tr("Product");
    case QuantityColumn:
        return tr("Qty");
    case PriceColumn:
        return tr("Price");
    case DiscountColumn:
        return tr("Discount");
    case AmountColumn:
        return tr("Amount");
    default:
        return {};
    }
}

void BasketModel::refresh() {
    const int rows = static_cast<int>(m_basket.lines().size());
    if (rows < m_rows) {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        endRemoveRows();
    } else if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    }
    if (m_rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    }
}

int BasketModel::lineNoAt(int row) const {
    if (row < 0 || row >= static_cast<int>(m_basket.lines().size())) {
        return 0;
    }
    return m_basket.lines()[static_cast<std::size_t>(row)].lineNo;
}

int BasketModel::rowOfLine(int lineNo) const {
    const auto& lines = m_basket.lines();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].lineNo == lineNo) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

} // namespace kassa::ui
