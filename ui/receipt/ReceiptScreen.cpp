#include "ReceiptScreen.h"

#include "../common/Format.h"

#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kassa::ui {

ReceiptScreen::ReceiptScreen(QWidget* parent)
    : QWidget(parent)
    , m_changeLabel(new QLabel(this))
    , m_printerLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_receiptView(new QPlainTextEdit(this)) {
    setObjectName(QStringLiteral("receiptScreen"));
    setFocusPolicy(Qt::StrongFocus);
    m_changeLabel->setObjectName(QStringLiteral("changeLabel"));
    m_changeLabel->setAlignment(Qt::AlignCenter);
    m_printerLabel->setObjectName(QStringLiteral("printerMessageLabel"));
    m_printerLabel->setProperty("role", QStringLiteral("error"));
    m_printerLabel->setWordWrap(true);
    m_statusLabel->setObjectName(QStringLiteral("returnStatusLabel"));
    m_statusLabel->setAlignment(Qt::AlignCenter);
    m_receiptView->setObjectName(QStringLiteral("receiptPlainTextEdit"));
    m_receiptView->setReadOnly(true);
    m_receiptView->setFocusPolicy(Qt::NoFocus);
    m_receiptView->setLineWrapMode(QPlainTextEdit::NoWrap); // a receipt line is a printer line

    auto* newSale = new QPushButton(tr("New sale\nEnter"), this);
    newSale->setObjectName(QStringLiteral("newSaleButton"));
    newSale->setFocusPolicy(Qt::NoFocus);
    newSale->setProperty("role", QStringLiteral("primary"));
    connect(newSale, &QPushButton::clicked, this, [this] { Q_EMIT nextSale(QString()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_changeLabel);
    layout->addWidget(m_printerLabel);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_receiptView, 1, Qt::AlignHCenter);
    layout->addWidget(newSale, 0, Qt::AlignHCenter);
}

void ReceiptScreen::show(const core::CompletedSale& sale, const core::ReceiptHeader& header) {
    m_changeLabel->setText(sale.change.isZero() ? tr("Paid. Receipt %1").arg(sale.receiptNumber)
                                                : tr("Change %1").arg(formatMoney(sale.change)));
    m_printerLabel->clear();
    m_statusLabel->clear();
    m_receiptView->setPlainText(core::renderReceiptText(sale, header));
    m_typed.clear();
    setFocus();
}

void ReceiptScreen::show(const core::CompletedReturn& completed, const core::ReceiptHeader& header) {
    m_changeLabel->setText(
        tr("Refund %1. Return %2").arg(formatMoney(completed.amountRefunded()), completed.receiptNumber));
    m_printerLabel->clear();
    m_receiptView->setPlainText(core::renderReturnText(completed, header));
    m_typed.clear();
    setFocus();
}

void ReceiptScreen::showReturnStatus(const QString& text) {
    m_statusLabel->setText(text);
}

void ReceiptScreen::showPrinterProblem(const QString& text) {
    m_printerLabel->setText(text);
}

void ReceiptScreen::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        // A scanner's digits followed by Enter start the next sale with that item.
        const QString code = m_typed;
        m_typed.clear();
        Q_EMIT nextSale(code);
        return;
    }
    if (!event->text().isEmpty() && event->text().at(0).isPrint()) {
        m_typed += event->text();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace kassa::ui
