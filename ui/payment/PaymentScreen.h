#pragma once

// Taking payment: the total, what is left, what is due in cash after 5-cent rounding, the
// tenders taken so far. Cash (F2, or the note buttons), card (F3) for all or part, back to the
// basket (Esc) while nothing has been taken. When the last tender settles the sale it is
// recorded; if recording fails the screen stays, says why, and F5 tries again.

#include "../common/FunctionKeys.h"
#include "core/till/Checkout.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace kassa::ui {

class PaymentScreen : public QWidget {
    Q_OBJECT

public:
    explicit PaymentScreen(core::Checkout& checkout, QWidget* parent = nullptr);

    void refresh();

protected:
    void keyPressEvent(QKeyEvent* event) override;

Q_SIGNALS:
    void saleCompleted(const kassa::core::CompletedSale& sale);
    void backToBasket();

private:
    void payCash(std::optional<core::Money> given);
    void payCard();
    // After a tender: clears the field, shows what is left, and records the sale once paid.
    void tenderTaken();
    void goBack();
    void completeSale();
    std::optional<core::Money> typedAmount();
    void showError(const QString& text);

    core::Checkout& m_checkout;
    QLabel* m_totalLabel;
    QLabel* m_remainingLabel;
    QLabel* m_cashDueLabel;
    QListWidget* m_tenderList;
    QLineEdit* m_amountEdit;
    QLabel* m_messageLabel;
    QPushButton* m_retryButton;
    FunctionKeys m_functionKeys;
};

} // namespace kassa::ui
