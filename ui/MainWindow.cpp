#include "MainWindow.h"

#include "login/LoginScreen.h"
#include "payment/PaymentScreen.h"
#include "printing/ReceiptPrinter.h"
#include "receipt/ReceiptScreen.h"
#include "sale/SaleScreen.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QStatusBar>

namespace kassa::ui {

MainWindow::MainWindow(core::Checkout& checkout, ReceiptPrinter& printer, QWidget* parent)
    : QMainWindow(parent)
    , m_checkout(checkout)
    , m_printer(printer)
    , m_stack(new QStackedWidget(this))
    , m_login(new LoginScreen(checkout, m_stack))
    , m_sale(new SaleScreen(checkout, m_stack))
    , m_payment(new PaymentScreen(checkout, m_stack))
    , m_receipt(new ReceiptScreen(m_stack))
    , m_statusLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Kassa"));
    m_stack->addWidget(m_login);
    m_stack->addWidget(m_sale);
    m_stack->addWidget(m_payment);
    m_stack->addWidget(m_receipt);
    setCentralWidget(m_stack);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->setSizeGripEnabled(false);

    connect(m_login, &LoginScreen::loggedIn, this, &MainWindow::showSale);
    connect(m_sale, &SaleScreen::paymentRequested, this, &MainWindow::showPayment);
    connect(m_sale, &SaleScreen::loggedOut, this, &MainWindow::showLogin);
    connect(m_payment, &PaymentScreen::backToBasket, this, &MainWindow::showSale);
    connect(m_payment, &PaymentScreen::saleCompleted, this, &MainWindow::showReceipt);
    connect(m_receipt, &ReceiptScreen::nextSale, this, &MainWindow::startNextSale);
    connect(&m_printer, &ReceiptPrinter::printFailed, m_receipt, &ReceiptScreen::showPrinterProblem);
    showLogin();
}

QWidget* MainWindow::currentScreen() const {
    return m_stack->currentWidget();
}

void MainWindow::updateStatus() {
    const core::TillIdentity till = m_checkout.till().settings().identity();
    QString text = tr("%1 · store %2 · till %3").arg(till.storeName, till.storeId, till.tillId);
    if (m_checkout.cashier()) {
        text += tr(" · cashier %1 (%2)").arg(m_checkout.cashier()->name, m_checkout.cashier()->id);
    }
    m_statusLabel->setText(text);
}

void MainWindow::showLogin() {
    m_stack->setCurrentWidget(m_login);
    m_login->reset();
    updateStatus();
}

void MainWindow::showSale() {
    m_stack->setCurrentWidget(m_sale);
    m_sale->refresh();
    updateStatus();
}

void MainWindow::showPayment() {
    m_stack->setCurrentWidget(m_payment);
    m_payment->refresh();
}

void MainWindow::showReceipt(const core::CompletedSale& sale) {
    const core::ReceiptHeader header = m_checkout.receiptHeader();
    m_stack->setCurrentWidget(m_receipt);
    m_receipt->show(sale, header);
    m_printer.print(core::renderReceiptEscPos(sale, header));
}

void MainWindow::startNextSale(const QString& scannedCode) {
    showSale();
    if (!scannedCode.isEmpty()) {
        auto* scan = m_sale->findChild<QLineEdit*>(QStringLiteral("scanLineEdit"));
        scan->setText(scannedCode);
        Q_EMIT scan->returnPressed();
    }
}

} // namespace kassa::ui
