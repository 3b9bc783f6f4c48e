#pragma once

// The product card on the lookup screen: the product's price (and the price-book entry behind
// it), VAT, codes and attributes; its style's variants as a matrix of sizes and colours with
// this store's stock, one cell chosen with the arrow keys; and its stock here, in nearby stores
// and in the web warehouse, each figure with the time it is from.

#include "core/till/ProductCard.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace kassa::ui {

class ProductCardView : public QWidget {
    Q_OBJECT

public:
    explicit ProductCardView(QWidget* parent = nullptr);

    void showCard(core::ProductCard card);
    [[nodiscard]] const core::ProductCard& card() const { return m_card; }
    // The variant chosen in the matrix, else the card's product.
    [[nodiscard]] core::Product chosenProduct() const;
    // Moves the matrix's choice (arrow keys); false when the card has no matrix.
    bool moveChoice(int rows, int columns);

private:
    void fillMatrix();
    void fillStock();

    core::ProductCard m_card;
    QLabel* m_titleLabel;
    QLabel* m_detailsLabel;
    QLabel* m_matrixLabel;
    QTableWidget* m_matrixTable;
    QTableWidget* m_stockTable;
};

} // namespace kassa::ui
