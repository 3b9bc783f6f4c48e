#include "PaymentScreen.h"

#include "../common/Format.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace kassa::ui {

PaymentScreen::PaymentScreen(core::Checkout& checkout, QWidget* parent)
    : QWidget(parent)
    , m_checkout(checkout)
    , m_totalLabel(new QLabel(this))
    , m_remainingLabel(new QLabel(this))
    , m_cashDueLabel(new QLabel(this))
    , m_tenderList(new QListWidget(this))
    , m_amountEdit(new QLineEdit(this))
    , m_messageLabel(new QLabel(this))
    , m_retryButton(new QPushButton(tr("Record the sale again\nF5"), this)) {
    setObjectName(QStringLiteral("paymentScreen"));
    m_totalLabel->setObjectName(QStringLiteral("paymentTotalLabel"));
    m_remainingLabel->setObjectName(QStringLiteral("remainingLabel"));
    m_cashDueLabel->setObjectName(QStringLiteral("cashDueLabel"));
    m_tenderList->setObjectName(QStringLiteral("tenderListWidget"));
    m_tenderList->setFocusPolicy(Qt::NoFocus);
    m_amountEdit->setObjectName(QStringLiteral("amountLineEdit"));
    m_amountEdit->setPlaceholderText(tr("Amount given (empty = exact)"));
    m_amountEdit->setMaxLength(14);
    m_messageLabel->setObjectName(QStringLiteral("paymentMessageLabel"));
    m_messageLabel->setProperty("role", QStringLiteral("error"));
    m_messageLabel->setWordWrap(true);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setFocusPolicy(Qt::NoFocus);
    m_retryButton->hide();

    auto* figures = new QGridLayout;
    figures->addWidget(new QLabel(tr("Total"), this), 0, 0);
    figures->addWidget(m_totalLabel, 0, 1, Qt::AlignRight);
    figures->addWidget(new QLabel(tr("Left to pay"), this), 1, 0);
    figures->addWidget(m_remainingLabel, 1, 1, Qt::AlignRight);
    figures->addWidget(new QLabel(tr("In cash (rounded)"), this), 2, 0);
    figures->addWidget(m_cashDueLabel, 2, 1, Qt::AlignRight);

    auto* notes = new QHBoxLayout;
    for (int euros : {5, 10, 20, 50, 100}) {
        auto* note = new QPushButton(QStringLiteral("%1 €").arg(euros), this);
        note->setObjectName(QStringLiteral("cash%1Button").arg(euros));
        note->setFocusPolicy(Qt::NoFocus);
        note->setProperty("role", QStringLiteral("pad"));
        connect(note, &QPushButton::clicked, this, [this, euros] { payCash(core::Money(euros * 100)); });
        notes->addWidget(note);
    }

    auto* cashButton = new QPushButton(tr("Cash\nF2"), this);
    cashButton->setObjectName(QStringLiteral("cashButton"));
    auto* cardButton = new QPushButton(tr("Card\nF3"), this);
    cardButton->setObjectName(QStringLiteral("cardButton"));
    auto* backButton = new QPushButton(tr("Back to basket\nEsc"), this);
    backButton->setObjectName(QStringLiteral("backButton"));
    for (QPushButton* button : {cashButton, cardButton, backButton}) {
        button->setFocusPolicy(Qt::NoFocus);
        button->setProperty("role", QStringLiteral("function"));
    }
    m_functionKeys.bind(Qt::Key_F2, cashButton);
    m_functionKeys.bind(Qt::Key_F3, cardButton);
    m_functionKeys.bind(Qt::Key_F5, m_retryButton);
    m_functionKeys.bind(Qt::Key_Escape, backButton);
    cashButton->setProperty("role", QStringLiteral("primary"));
    cardButton->setProperty("role", QStringLiteral("primary"));

    auto* actions = new QHBoxLayout;
    actions->addWidget(backButton);
    actions->addStretch();
    actions->addWidget(m_retryButton);
    actions->addWidget(cardButton);
    actions->addWidget(cashButton);

    auto* panel = new QWidget(this);
    panel->setMaximumWidth(760);
    auto* panelLayout = new QVBoxLayout(panel);
    auto* title = new QLabel(tr("Payment"), this);
    title->setObjectName(QStringLiteral("titleLabel"));
    panelLayout->addWidget(title);
    panelLayout->addLayout(figures);
    panelLayout->addWidget(m_tenderList, 1);
    panelLayout->addWidget(m_amountEdit);
    panelLayout->addLayout(notes);
    panelLayout->addWidget(m_messageLabel);
    panelLayout->addLayout(actions);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(panel);

    connect(m_amountEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_checkout.payment() != nullptr && m_checkout.payment()->isComplete()) {
            completeSale();
        } else if (auto amount = typedAmount()) {
            payCash(amount);
        } else if (m_amountEdit->text().trimmed().isEmpty()) {
            payCash(std::nullopt);
        }
    });
    connect(cashButton, &QPushButton::clicked, this, [this] {
        if (m_amountEdit->text().trimmed().isEmpty()) {
            payCash(std::nullopt);
        } else if (auto amount = typedAmount()) {
            payCash(amount);
        }
    });
    connect(cardButton, &QPushButton::clicked, this, &PaymentScreen::payCard);
    connect(backButton, &QPushButton::clicked, this, &PaymentScreen::goBack);
    connect(m_retryButton, &QPushButton::clicked, this, &PaymentScreen::completeSale);
}

void PaymentScreen::keyPressEvent(QKeyEvent* event) {
    if (!m_functionKeys.handle(event)) {
        QWidget::keyPressEvent(event);
    }
}

void PaymentScreen::refresh() {
    const core::Payment* payment = m_checkout.payment();
    if (payment == nullptr) {
        return;
    }
    m_totalLabel->setText(formatMoney(payment->total()));
    m_remainingLabel->setText(formatMoney(payment->remaining()));
    m_cashDueLabel->setText(formatMoney(payment->cashDue()));
    m_tenderList->clear();
    for (const core::Tender& tender : payment->tenders()) {
        if (tender.kind == core::Tender::Kind::Cash) {
            m_tenderList->addItem(
                tr("Cash %1").arg(formatMoney(tender.given)) +
                (tender.change.isZero() ? QString() : tr(", change %1").arg(formatMoney(tender.change))));
        } else {
            m_tenderList->addItem(
                tr("Card %1 %2, authorisation %3")
                    .arg(tender.card.maskedPan.right(8), formatMoney(tender.amount), tender.card.authCode));
        }
    }
    m_amountEdit->setFocus();
}

void PaymentScreen::showError(const QString& text) {
    m_messageLabel->setText(text);
}

std::optional<core::Money> PaymentScreen::typedAmount() {
    auto amount = core::Money::parse(m_amountEdit->text());
    if (!amount) {
        showError(core::describe(amount.error()));
        m_amountEdit->selectAll();
        return std::nullopt;
    }
    return amount.value();
}

void PaymentScreen::payCash(std::optional<core::Money> given) {
    const core::Payment* payment = m_checkout.payment();
    if (payment == nullptr) {
        return;
    }
    auto paid = m_checkout.payCash(given.value_or(payment->cashDue()));
    if (!paid) {
        showError(core::describe(paid.error()));
        m_amountEdit->selectAll();
        return;
    }
    tenderTaken();
}

void PaymentScreen::payCard() {
    std::optional<core::Money> amount;
    if (!m_amountEdit->text().trimmed().isEmpty()) {
        amount = typedAmount();
        if (!amount) {
            return;
        }
    }
    auto paid = m_checkout.payCard(amount);
    if (!paid) {
        showError(core::describe(paid.error()));
        return;
    }
    tenderTaken();
}

void PaymentScreen::tenderTaken() {
    m_amountEdit->clear();
    m_messageLabel->clear();
    refresh();
    if (m_checkout.payment()->isComplete()) {
        completeSale();
    }
}

void PaymentScreen::goBack() {
    if (auto cancelled = m_checkout.cancelPayment(); !cancelled) {
        showError(tr("A payment has been taken: finish the sale (%1 left).")
                      .arg(formatMoney(m_checkout.payment()->remaining())));
        return;
    }
    m_messageLabel->clear();
    Q_EMIT backToBasket();
}

void PaymentScreen::completeSale() {
    auto sale = m_checkout.complete();
    if (!sale) {
        showError(core::describe(sale.error()));
        m_retryButton->show();
        return;
    }
    m_retryButton->hide();
    m_messageLabel->clear();
    Q_EMIT saleCompleted(sale.value());
}

} // namespace kassa::ui
