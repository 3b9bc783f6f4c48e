#pragma once

// Taking payment: the total, what is left, what is due in cash after 5-cent rounding, the
// tenders taken so far. Cash (F2, or the note buttons), card (F3) for all or part, a store-credit
// voucher (scanned, or typed after F4), back to the basket (Esc) while nothing has been taken.
// Cash far above what is due (a mistyped 5000 for 50,00) waits for F2 to confirm it, Enter never
// does; Esc types it again. ↑ ↓ choose a tender taken and F8 takes it back (not a card's: the
// card has been charged) until the sale completes.
// The payment terminal and head office (a voucher's balance) are asked off the UI thread: the
// screen says what it waits for and takes no keys meanwhile. When the last tender settles the
// sale it is recorded; if recording fails the screen stays, says why, and F5 tries again.

#include "../common/FunctionKeys.h"
#include "core/sync/SyncLink.h"
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
    // `sync` may be null: vouchers are then decided on what this till knows.
    PaymentScreen(core::Checkout& checkout, core::SyncLink* sync, QWidget* parent = nullptr);

    void refresh();
    // Takes a voucher (an exchange's credit, or one scanned on the sale screen) as a tender: for
    // `amount`, or what it holds up to what is left.
    void payVoucher(const QString& number, std::optional<core::Money> amount = std::nullopt);
    [[nodiscard]] bool busy() const { return m_busy; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

Q_SIGNALS:
    void saleCompleted(const kassa::core::CompletedSale& sale);
    void backToBasket();
    // The payment as shown now (after each tender): for the customer display.
    void paymentShown();

private:
    void payCash(std::optional<core::Money> given);
    void askToConfirmLargeCash(core::Money given, const core::Error& why);
    void forgetLargeCash();
    void removeChosenTender();
    void payCard();
    void enterPressed();
    void askForVoucher();
    void unblockVouchers();
    // The unblock key shows while voucher entry waits for a manager.
    void showVoucherEntry();
    void payPoints();
    void setBusy(const QString& waitingFor);
    // After a tender: clears the field, shows what is left, and records the sale once paid.
    void tenderTaken();
    void goBack();
    void completeSale();
    std::optional<core::Money> typedAmount();
    void showError(const QString& text);

    core::Checkout& m_checkout;
    core::SyncLink* m_sync;
    bool m_busy = false;
    std::optional<core::Money> m_voucherAmount; // typed before F4
    std::optional<core::Money> m_largeCash;     // far above what is due: F2 confirms it
    QLabel* m_totalLabel;
    QLabel* m_remainingLabel;
    QLabel* m_cashDueLabel;
    QListWidget* m_tenderList;
    QLineEdit* m_amountEdit;
    QLabel* m_messageLabel;
    QLabel* m_busyLabel;
    QWidget* m_notesBar;
    QWidget* m_actionBar;
    QPushButton* m_pointsButton;
    QPushButton* m_retryButton;
    QPushButton* m_removeButton;
    QPushButton* m_unblockButton;
    FunctionKeys m_functionKeys;
};

} // namespace kassa::ui
