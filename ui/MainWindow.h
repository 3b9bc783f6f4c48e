#pragma once

// The till's window: login, sale, payment, return and receipt screens in one stack, and the
// status line with the store, the till and the cashier.

#include "core/sync/SyncLink.h"
#include "core/till/Checkout.h"

#include <QMainWindow>
#include <memory>
#include <optional>

class QLabel;
class QStackedWidget;

namespace kassa::ui {

class LoginScreen;
class PaymentScreen;
class ReceiptPrinter;
class ReceiptScreen;
class ReturnScreen;
class CustomerScreen;
class LookupScreen;
class StockScreen;
class ShiftScreen;
class PickupScreen;
class CustomerDisplay;
class SaleScreen;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // `sync` may be null: the till then runs without a central (nothing is lost: sales wait).
    MainWindow(core::Checkout& checkout, ReceiptPrinter& printer, core::SyncLink* sync = nullptr,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // The customer-facing display: a window of its own (on a second screen), shown from now on.
    void showCustomerDisplay(const QRect& screenGeometry);
    [[nodiscard]] CustomerDisplay* customerDisplay() const { return m_display.get(); }

    [[nodiscard]] QWidget* currentScreen() const;
    void showSyncState(const core::SyncState& state);

private:
    void showLogin();
    void afterLogin();
    void showShift(const QString& notice = {});
    void showSale();
    void updateCustomerDisplay();
    void showPayment();
    void showReceipt(const core::CompletedSale& sale);
    void showReturns();
    void showReturnReceipt(const core::CompletedReturn& completed);
    void showReturnStatus();
    void startNextSale(const QString& scannedCode);
    void showPrinterProblem(const QString& text);
    void updateStatus();

    core::Checkout& m_checkout;
    ReceiptPrinter& m_printer;
    QStackedWidget* m_stack;
    LoginScreen* m_login;
    SaleScreen* m_sale;
    PaymentScreen* m_payment;
    ReceiptScreen* m_receipt;
    ReturnScreen* m_returns;
    LookupScreen* m_lookup;
    CustomerScreen* m_customers;
    StockScreen* m_stock;
    ShiftScreen* m_shift;
    PickupScreen* m_pickups;
    std::unique_ptr<CustomerDisplay> m_display; // a top-level window: none until shown
    QLabel* m_statusLabel;
    QLabel* m_syncLabel;
    core::SyncLink* m_sync;
    std::optional<core::CompletedReturn> m_returnOnScreen; // the receipt screen's, while it shows one
};

} // namespace kassa::ui
