#pragma once

// The till's window: login, sale, payment and receipt screens in one stack, and the status
// line with the store, the till and the cashier.

#include "core/till/Checkout.h"

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace kassa::ui {

class LoginScreen;
class PaymentScreen;
class ReceiptPrinter;
class ReceiptScreen;
class SaleScreen;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(core::Checkout& checkout, ReceiptPrinter& printer, QWidget* parent = nullptr);

    [[nodiscard]] QWidget* currentScreen() const;

private:
    void showLogin();
    void showSale();
    void showPayment();
    void showReceipt(const core::CompletedSale& sale);
    void startNextSale(const QString& scannedCode);
    void updateStatus();

    core::Checkout& m_checkout;
    ReceiptPrinter& m_printer;
    QStackedWidget* m_stack;
    LoginScreen* m_login;
    SaleScreen* m_sale;
    PaymentScreen* m_payment;
    ReceiptScreen* m_receipt;
    QLabel* m_statusLabel;
};

} // namespace kassa::ui
