#include "MainWindow.h"

#include "customers/CustomerScreen.h"
#include "display/CustomerDisplay.h"
#include "login/LoginScreen.h"
#include "lookup/LookupScreen.h"
#include "payment/PaymentScreen.h"
#include "pickups/PickupScreen.h"
#include "printing/ReceiptPrinter.h"
#include "receipt/ReceiptScreen.h"
#include "returns/ReturnScreen.h"
#include "sale/SaleScreen.h"
#include "shift/ShiftScreen.h"
#include "stock/StockScreen.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <algorithm>

namespace kassa::ui {

MainWindow::MainWindow(core::Checkout& checkout, ReceiptPrinter& printer, core::SyncLink* sync, QWidget* parent)
    : QMainWindow(parent)
    , m_checkout(checkout)
    , m_printer(printer)
    , m_stack(new QStackedWidget(this))
    , m_login(new LoginScreen(checkout, m_stack))
    , m_sale(new SaleScreen(checkout, m_stack))
    , m_payment(new PaymentScreen(checkout, sync, m_stack))
    , m_receipt(new ReceiptScreen(m_stack))
    , m_returns(new ReturnScreen(checkout.till(), checkout.terminal(), sync, m_stack))
    , m_lookup(new LookupScreen(checkout, sync, m_stack))
    , m_customers(new CustomerScreen(checkout, sync, m_stack))
    , m_stock(new StockScreen(checkout, m_stack))
    , m_shift(new ShiftScreen(checkout, printer, m_stack))
    , m_pickups(new PickupScreen(checkout, printer, m_stack))
    , m_statusLabel(new QLabel(this))
    , m_syncLabel(new QLabel(this))
    , m_sync(sync) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Kassa"));
    m_stack->addWidget(m_login);
    m_stack->addWidget(m_sale);
    m_stack->addWidget(m_payment);
    m_stack->addWidget(m_receipt);
    m_stack->addWidget(m_returns);
    m_stack->addWidget(m_lookup);
    m_stack->addWidget(m_customers);
    m_stack->addWidget(m_stock);
    m_stack->addWidget(m_shift);
    m_stack->addWidget(m_pickups);
    setCentralWidget(m_stack);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);
    m_syncLabel->setObjectName(QStringLiteral("syncLabel"));
    statusBar()->addPermanentWidget(m_syncLabel);
    showSyncState({});
    if (m_sync != nullptr) {
        connect(m_sync, &core::SyncLink::stateChanged, this, &MainWindow::showSyncState);
    }
    statusBar()->setSizeGripEnabled(false);

    connect(m_login, &LoginScreen::loggedIn, this, &MainWindow::afterLogin);
    connect(m_sale, &SaleScreen::paymentRequested, this, &MainWindow::showPayment);
    connect(m_sale, &SaleScreen::shiftRequested, this, [this] { showShift(); });
    connect(m_sale, &SaleScreen::basketShown, this, &MainWindow::updateCustomerDisplay);
    connect(m_payment, &PaymentScreen::paymentShown, this, &MainWindow::updateCustomerDisplay);
    connect(m_shift, &ShiftScreen::finished, this, &MainWindow::showSale);
    connect(m_shift, &ShiftScreen::logOutRequested, this, [this] {
        m_checkout.logout();
        showLogin();
    });
    connect(m_sale, &SaleScreen::returnsRequested, this, &MainWindow::showReturns);
    connect(m_sale, &SaleScreen::lookupRequested, this, [this] {
        m_lookup->start();
        m_stack->setCurrentWidget(m_lookup);
    });
    connect(m_lookup, &LookupScreen::cancelled, this, &MainWindow::showSale);
    connect(m_sale, &SaleScreen::customersRequested, this, [this] {
        m_customers->start();
        m_stack->setCurrentWidget(m_customers);
    });
    connect(m_customers, &CustomerScreen::cancelled, this, &MainWindow::showSale);
    connect(m_customers, &CustomerScreen::returnRequested, this, [this](const QString& number, const QString& id) {
        if (m_checkout.cashier()) {
            m_returns->startFor(*m_checkout.cashier(), number, id);
            m_stack->setCurrentWidget(m_returns);
        }
    });
    connect(m_customers, &CustomerScreen::attached, this, [this](const QString& text) {
        showSale();
        m_sale->showMessage(text, false);
    });
    connect(m_sale, &SaleScreen::stockRequested, this, [this] {
        m_stock->start();
        m_stack->setCurrentWidget(m_stock);
    });
    connect(m_stock, &StockScreen::finished, this, &MainWindow::showSale);
    connect(m_sale, &SaleScreen::pickupsRequested, this, [this](const QString& scanned) {
        m_stack->setCurrentWidget(m_pickups);
        scanned.isEmpty() ? m_pickups->start() : m_pickups->startHandOver(scanned);
    });
    connect(m_pickups, &PickupScreen::finished, this, &MainWindow::showSale);
    connect(m_pickups, &PickupScreen::saleStarted, this, [this](const QString& text) {
        showSale();
        m_sale->showAdded(text);
    });
    connect(m_lookup, &LookupScreen::addedToBasket, this, [this](const QString& text) {
        showSale();
        m_sale->showAdded(text);
    });
    connect(m_sale, &SaleScreen::voucherScanned, this, [this](const QString& number) {
        showPayment();
        m_payment->payVoucher(number);
    });
    connect(m_returns, &ReturnScreen::cancelled, this, &MainWindow::showSale);
    connect(m_returns, &ReturnScreen::returnCompleted, this, &MainWindow::showReturnReceipt);
    connect(m_payment, &PaymentScreen::backToBasket, this, &MainWindow::showSale);
    connect(m_payment, &PaymentScreen::saleCompleted, this, &MainWindow::showReceipt);
    connect(m_receipt, &ReceiptScreen::nextSale, this, &MainWindow::startNextSale);
    connect(&m_printer, &ReceiptPrinter::printFailed, this, &MainWindow::showPrinterProblem);
    showLogin();
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::currentScreen() const {
    return m_stack->currentWidget();
}

void MainWindow::updateStatus() {
    const core::TillIdentity till = m_checkout.till().settings().identity();
    QString text = tr("%1 · store %2 · till %3").arg(till.storeName, till.storeId, till.tillId);
    if (m_checkout.cashier()) {
        text += tr(" · cashier %1 (%2)").arg(m_checkout.cashier()->name, m_checkout.cashier()->id);
    }
    try {
        if (m_checkout.trainingMode()) {
            text += tr(" · TRAINING MODE: sales are practice");
        }
    } catch (const core::StoreError&) {
        // The mode cannot be read just now: the next screen change shows it.
    }
    m_statusLabel->setText(text);
}

void MainWindow::showLogin() {
    m_stack->setCurrentWidget(m_login);
    m_login->reset();
    updateStatus();
}

// A till sells only into an open shift: with none open (and not training), the cashier lands on
// the shift screen to count the float in.
void MainWindow::afterLogin() {
    bool open = true;
    try {
        open = m_checkout.trainingMode() || m_checkout.till().shifts().current().has_value();
    } catch (const core::StoreError&) {
        // Reading failed (a busy disk): the sale screen says what is wrong at the first scan.
    }
    if (open) {
        showSale();
    } else {
        showShift(tr("No shift is open at this till. Count the float into the drawer, type it and press F12."));
    }
}

void MainWindow::showShift(const QString& notice) {
    m_shift->start(notice);
    m_stack->setCurrentWidget(m_shift);
    updateStatus();
}

void MainWindow::showSale() {
    m_stack->setCurrentWidget(m_sale);
    m_sale->refresh();
    updateStatus();
    updateCustomerDisplay();
}

void MainWindow::showCustomerDisplay(const QRect& screenGeometry) {
    if (!m_display) {
        m_display = std::make_unique<CustomerDisplay>(m_checkout.till().settings().identity().storeName);
    }
    m_display->setGeometry(screenGeometry);
    m_display->show();
    updateCustomerDisplay();
}

void MainWindow::updateCustomerDisplay() {
    if (!m_display) {
        return;
    }
    bool training = false;
    try {
        training = m_checkout.trainingMode();
    } catch (const core::StoreError&) {
        // The mode cannot be read just now (a busy disk): the basket is shown all the same.
    }
    m_display->showBasket(m_checkout.basket(), m_checkout.payment(), training);
}

void MainWindow::showPayment() {
    m_stack->setCurrentWidget(m_payment);
    m_payment->refresh();
    updateCustomerDisplay();
}

void MainWindow::showSyncState(const core::SyncState& state) {
    // The time of day for today, with the date for anything older: "last sync 14:02" must not
    // hide that it was last week.
    const auto when = [](const QDateTime& at) {
        const QDateTime local = at.toLocalTime();
        return local.date() == QDate::currentDate() ? local.toString(QStringLiteral("HH:mm"))
                                                    : local.toString(QStringLiteral("d.M. HH:mm"));
    };
    const auto time = [&when](const QString& iso) {
        const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
        return at.isValid() ? when(at) : QStringLiteral("-");
    };
    const QString last = state.lastSuccess.isValid() ? when(state.lastSuccess) : tr("never");
    QString text;
    if (!state.enrolled) {
        text = tr("Not connected to central");
    } else if (state.online && state.waiting == 0) {
        text = tr("Online · all sent · last sync %1").arg(last);
    } else if (state.online) {
        text = tr("Online · %n waiting (oldest %1)", nullptr, static_cast<int>(state.waiting))
                   .arg(time(state.oldestWaiting));
    } else {
        text = tr("Offline · %n waiting (oldest %1) · last sync %2", nullptr, static_cast<int>(state.waiting))
                   .arg(time(state.oldestWaiting), last);
    }
    if (state.pickupsToPick > 0) {
        // New web orders to collect here: someone should start picking (F10).
        text += tr(" · %n pickup(s) to pick", nullptr, static_cast<int>(state.pickupsToPick));
    }
    QString tip = state.problem;
    if (state.storeExceptions > 0) {
        // Head office's word on this store (an item returned twice across stores): the manager
        // follows it up; `kassactl status` lists the newest.
        text += tr(" · %n exception(s) from head office", nullptr, static_cast<int>(state.storeExceptions));
        tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + state.latestException;
    }
    m_syncLabel->setText(text);
    m_syncLabel->setToolTip(tip);
    m_syncLabel->setProperty("role",
                             state.enrolled && !state.online ? QStringLiteral("error") : QStringLiteral("info"));
    m_syncLabel->style()->unpolish(m_syncLabel);
    m_syncLabel->style()->polish(m_syncLabel);
    showReturnStatus();
}

void MainWindow::showReceipt(const core::CompletedSale& sale) {
    m_returnOnScreen.reset();
    const core::ReceiptHeader header = m_checkout.receiptHeader();
    m_stack->setCurrentWidget(m_receipt);
    m_receipt->show(sale, header);
    m_printer.print(core::renderReceiptEscPos(
        sale, header, m_sync != nullptr ? m_sync->receiptCode(m_checkout.till(), sale) : QByteArray()));
    const bool cash = std::any_of(sale.tenders.begin(), sale.tenders.end(),
                                  [](const core::Tender& t) { return t.kind == core::Tender::Kind::Cash; });
    if (cash && !sale.training) {
        m_printer.kickDrawer(); // practice takes no money: the drawer stays shut
    }
    if (m_display) {
        m_display->showCompleted(sale);
    }
    if (m_sync != nullptr) {
        m_sync->requestSync(); // central hears of the sale right away when it is reachable
    }
}

// With new items in the basket the return is an exchange: what comes back pays for them first.
void MainWindow::showReturns() {
    if (!m_checkout.cashier()) {
        return;
    }
    m_returns->start(*m_checkout.cashier(), m_checkout.basket().total());
    m_stack->setCurrentWidget(m_returns);
}

void MainWindow::showReturnReceipt(const core::CompletedReturn& completed) {
    const core::ReceiptHeader header = m_checkout.receiptHeader();
    m_printer.print(core::renderReturnEscPos(completed, header));
    if (std::any_of(completed.refunds.begin(), completed.refunds.end(),
                    [](const core::Refund& r) { return r.kind == QLatin1String(core::refundKinds::kCash); })) {
        m_printer.kickDrawer(); // cash paid back
    }
    if (m_sync != nullptr) {
        m_sync->requestSync(); // central hears of it at once, and confirms it
    }
    const auto exchange = std::find_if(completed.refunds.begin(), completed.refunds.end(), [](const core::Refund& r) {
        return r.kind == QLatin1String(core::refundKinds::kExchange);
    });
    if (exchange != completed.refunds.end() && m_checkout.startPayment()) {
        // The exchange credit is a voucher of this till's: the new items' payment takes it first,
        // and the customer pays any difference.
        showPayment();
        m_payment->payVoucher(exchange->voucherCode().text());
        return;
    }
    m_stack->setCurrentWidget(m_receipt);
    m_receipt->show(completed, header);
    m_returnOnScreen = completed;
    showReturnStatus();
}

// The sync engine reports each delivery: a return on screen is shown confirmed once central has it.
void MainWindow::showReturnStatus() {
    if (!m_returnOnScreen) {
        return;
    }
    try {
        m_receipt->showReturnStatus(core::returnStatusText(
            *m_returnOnScreen, m_checkout.till().returns().isConfirmed(m_returnOnScreen->documentId)));
    } catch (const core::StoreError&) {
        // Reading the state failed (a busy disk): the last status shown stays until the next report.
    }
}

// A printer problem can come seconds after the receipt screen is gone (a printer that stops
// taking data): the cashier then sees it where they are, above the next basket.
void MainWindow::showPrinterProblem(const QString& text) {
    m_receipt->showPrinterProblem(text);
    if (m_stack->currentWidget() != m_receipt) {
        m_sale->showMessage(text, true);
    }
}

void MainWindow::startNextSale(const QString& scannedCode) {
    m_returnOnScreen.reset();
    showSale();
    if (!scannedCode.isEmpty()) {
        auto* scan = m_sale->findChild<QLineEdit*>(QStringLiteral("scanLineEdit"));
        scan->setText(scannedCode);
        Q_EMIT scan->returnPressed();
    }
}

} // namespace kassa::ui
