#pragma once

// The cashier's main screen: the scan field, the basket, the totals with their VAT, a keypad,
// quick keys for everyday items and the function keys (F4 quantity, F5 returns, F6 line
// discount, F7 basket discount, F8 void, F9 suspend, F10 recall, F11 shift, cash and log out, F12 pay). Everything
// works from the keyboard or a touch screen; a scanner works wherever the focus is.

#include "../common/FunctionKeys.h"
#include "core/till/Checkout.h"

#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QGridLayout;

namespace kassa::ui {

class BasketModel;

class SaleScreen : public QWidget {
    Q_OBJECT

public:
    explicit SaleScreen(core::Checkout& checkout, QWidget* parent = nullptr);

    // Called when the screen is shown: re-reads the basket and the cashier's name.
    void refresh();
    void showMessage(const QString& text, bool error);
    // A line was added on another screen (lookup, a pickup order): it is the one chosen now, so
    // the next F4, F6 or F8 acts on it, and `text` says what went in.
    void showAdded(const QString& text);

Q_SIGNALS:
    void paymentRequested();
    // A voucher was scanned: the payment has started, and the voucher is its first tender.
    void voucherScanned(const QString& number);
    void returnsRequested();
    void lookupRequested();
    void customersRequested();
    void stockRequested();
    // The shift screen: cash in and out, X and Z, training, logging out.
    void shiftRequested();
    // The pickup orders; `scanned` is a customer's pickup code scanned here (empty: none).
    void pickupsRequested(const QString& scanned);
    // The basket as shown now (after every change): for the customer display.
    void basketShown();

private:
    void buildQuickKeys(QGridLayout* grid);
    QPushButton* addFunctionButton(const QString& text, const QString& objectName, Qt::Key key);
    void scanEntered();
    [[nodiscard]] bool attachLoyaltyCard(const QString& code);
    void showCustomer();
    void setPendingQuantity();
    void cancelTyped();
    void keypadPressed(const QString& key);
    void quickKeyPressed(const core::Product& product);
    void changeQuantity();
    void voidSelectedLine();
    void discount(bool wholeBasket);
    void openPickups(const QString& scanned = {});
    void suspendBasket();
    void recallBasket();
    void pay();
    void openShiftScreen();
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

    // Runs a basket change; when it needs a supervisor, asks for one and runs it again.
    bool withApproval(const std::function<core::Result<void>(const std::optional<core::Approval>&)>& change,
                      const QString& what);
    bool report(const core::Error& error);
    void afterChange(int selectLine = 0);
    [[nodiscard]] int selectedLine() const;
    [[nodiscard]] std::optional<std::int64_t> fieldQuantity(core::Unit unit);

    core::Checkout& m_checkout;
    BasketModel* m_model;
    QLineEdit* m_scanEdit;
    QLabel* m_pendingLabel;
    QLabel* m_messageLabel;
    QTableView* m_basketView;
    QLabel* m_totalLabel;
    QLabel* m_itemsLabel;
    QLabel* m_customerLabel;
    QLabel* m_vatLabel;
    QWidget* m_functionBar;
    std::optional<QString> m_pendingQuantity;
    FunctionKeys m_functionKeys;
};

} // namespace kassa::ui
