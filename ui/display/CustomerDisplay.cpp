#include "CustomerDisplay.h"

#include "../common/Format.h"
#include "../common/Tables.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kassa::ui {

namespace {

constexpr int kLinesShown = 8; // the newest lines: a customer reads what was just scanned

} // namespace

CustomerDisplay::CustomerDisplay(const QString& storeName, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_storeName(storeName)
    , m_headingLabel(new QLabel(this))
    , m_linesTable(new QTableWidget(this))
    , m_totalLabel(new QLabel(this))
    , m_paymentLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("customerDisplay"));
    // The customer's screen never takes the cashier's keyboard (nor the scanner's keystrokes).
    setWindowFlag(Qt::WindowDoesNotAcceptFocus);
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFocusPolicy(Qt::NoFocus);
    setWindowTitle(tr("Kassa: customer display"));
    m_headingLabel->setObjectName(QStringLiteral("displayHeadingLabel"));
    m_headingLabel->setAlignment(Qt::AlignCenter);
    m_linesTable->setObjectName(QStringLiteral("displayLinesTable"));
    prepareTable(m_linesTable, {tr("Product"), tr("Quantity"), tr("Price")}, 0);
    m_linesTable->setFocusPolicy(Qt::NoFocus);
    m_totalLabel->setObjectName(QStringLiteral("displayTotalLabel"));
    m_totalLabel->setAlignment(Qt::AlignRight);
    m_paymentLabel->setObjectName(QStringLiteral("displayPaymentLabel"));
    m_paymentLabel->setAlignment(Qt::AlignRight);
    // Read from a step away: sizes of its own over the till's style sheet (made for the cashier).
    setStyleSheet(QStringLiteral("#displayHeadingLabel { font-size: 20pt; } #displayLinesTable { font-size: 18pt; } "
                                 "#displayTotalLabel { font-size: 40pt; font-weight: bold; } "
                                 "#displayPaymentLabel { font-size: 24pt; }"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headingLabel);
    layout->addWidget(m_linesTable, 1);
    layout->addWidget(m_totalLabel);
    layout->addWidget(m_paymentLabel);
    m_headingLabel->setText(tr("Welcome to %1").arg(m_storeName));
}

void CustomerDisplay::showLines(const core::Basket& basket) {
    std::vector<const core::BasketLine*> lines;
    for (const core::BasketLine& line : basket.lines()) {
        if (!line.voided) {
            lines.push_back(&line);
        }
    }
    const std::size_t first = lines.size() > kLinesShown ? lines.size() - kLinesShown : 0;
    m_linesTable->setRowCount(static_cast<int>(lines.size() - first));
    for (std::size_t i = first; i < lines.size(); ++i) {
        const int row = static_cast<int>(i - first);
        m_linesTable->setItem(row, 0, tableCell(lines[i]->product.name));
        m_linesTable->setItem(row, 1,
                              tableCell(formatLineQuantity(lines[i]->quantityMilli, lines[i]->product.unit), true));
        m_linesTable->setItem(row, 2, tableCell(formatMoney(lines[i]->net()), true));
    }
}

void CustomerDisplay::showBasket(const core::Basket& basket, const core::Payment* payment, bool training) {
    m_headingLabel->setText(training ? tr("TRAINING: practice sales, not real ones")
                                     : tr("Welcome to %1").arg(m_storeName));
    showLines(basket);
    m_totalLabel->setText(basket.isEmpty() ? QString() : tr("Total %1").arg(formatMoney(basket.total())));
    if (payment == nullptr) {
        m_paymentLabel->clear();
        return;
    }
    const core::Money paid = payment->total() - payment->remaining();
    m_paymentLabel->setText(payment->remaining().isZero()
                                ? tr("Paid %1").arg(formatMoney(paid))
                                : tr("Paid %1 · to pay %2").arg(formatMoney(paid), formatMoney(payment->remaining())));
}

void CustomerDisplay::showCompleted(const core::CompletedSale& sale) {
    m_linesTable->setRowCount(0);
    m_totalLabel->setText(tr("Total %1").arg(formatMoney(sale.amountPaid())));
    m_paymentLabel->setText(sale.change.isZero() ? tr("Thank you!")
                                                 : tr("Your change %1 · Thank you!").arg(formatMoney(sale.change)));
}

} // namespace kassa::ui
