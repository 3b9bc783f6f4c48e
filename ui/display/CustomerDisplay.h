#pragma once

// The customer-facing display: a window of its own for a second screen turned towards the
// customer. It shows the basket's lines as they are scanned, the total, during the payment what
// is paid and what is left, and after it the change due; in training mode it says so. It only
// shows what the cashier's screens already decided (MainWindow feeds it).

#include "core/domain/Basket.h"
#include "core/domain/Payment.h"
#include "core/domain/Sale.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace kassa::ui {

class CustomerDisplay : public QWidget {
    Q_OBJECT

public:
    explicit CustomerDisplay(const QString& storeName, QWidget* parent = nullptr);

    // The basket now, with the payment when one has started (null otherwise).
    void showBasket(const core::Basket& basket, const core::Payment* payment, bool training);
    // The sale just completed: its total and the change to hand over.
    void showCompleted(const core::CompletedSale& sale);

private:
    void showLines(const core::Basket& basket);

    QString m_storeName;
    QLabel* m_headingLabel;
    QTableWidget* m_linesTable;
    QLabel* m_totalLabel;
    QLabel* m_paymentLabel;
};

} // namespace kassa::ui
