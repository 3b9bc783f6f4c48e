#include "PaymentScreen.h"

#include "../common/ApprovalDialog.h"
#include "../common/Format.h"
#include "../common/Messages.h"
#include "../common/OffThread.h"
#include "../common/ScanBurst.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>
#include <utility>

namespace kassa::ui {

namespace {

QString amountHint() {
    return PaymentScreen::tr("Amount given (empty = exact), or scan a voucher");
}

} // namespace

PaymentScreen::PaymentScreen(core::Checkout& checkout, core::SyncLink* sync, QWidget* parent)
    : QWidget(parent)
    , m_checkout(checkout)
    , m_sync(sync)
    , m_totalLabel(new QLabel(this))
    , m_remainingLabel(new QLabel(this))
    , m_cashDueLabel(new QLabel(this))
    , m_tenderList(new QListWidget(this))
    , m_amountEdit(new QLineEdit(this))
    , m_messageLabel(new QLabel(this))
    , m_busyLabel(new QLabel(this))
    , m_notesBar(new QWidget(this))
    , m_actionBar(new QWidget(this))
    , m_pointsButton(new QPushButton(tr("Points\nF6"), this))
    , m_retryButton(new QPushButton(tr("Record the sale again\nF5"), this))
    , m_removeButton(new QPushButton(tr("Remove payment\nF8"), this))
    , m_unblockButton(new QPushButton(tr("Unblock vouchers\nF9"), this)) {
    setObjectName(QStringLiteral("paymentScreen"));
    m_functionKeys.onUnavailable([this](const QString& why) { showError(why); });
    m_totalLabel->setObjectName(QStringLiteral("paymentTotalLabel"));
    m_remainingLabel->setObjectName(QStringLiteral("remainingLabel"));
    m_cashDueLabel->setObjectName(QStringLiteral("cashDueLabel"));
    m_tenderList->setObjectName(QStringLiteral("tenderListWidget"));
    m_tenderList->setFocusPolicy(Qt::NoFocus);
    m_amountEdit->setObjectName(QStringLiteral("amountLineEdit"));
    new ScanBurst(m_amountEdit); // a scan starts a new entry, whatever was left typed
    m_amountEdit->setPlaceholderText(amountHint());
    m_amountEdit->setMaxLength(32);
    m_messageLabel->setObjectName(QStringLiteral("paymentMessageLabel"));
    makeMessageLine(m_messageLabel);
    m_busyLabel->setObjectName(QStringLiteral("paymentBusyLabel"));
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setFocusPolicy(Qt::NoFocus);
    m_retryButton->hide();
    m_removeButton->setObjectName(QStringLiteral("removeTenderButton"));
    m_unblockButton->setObjectName(QStringLiteral("unblockVouchersButton"));
    m_unblockButton->hide();

    auto* figures = new QGridLayout;
    figures->addWidget(new QLabel(tr("Total"), this), 0, 0);
    figures->addWidget(m_totalLabel, 0, 1, Qt::AlignRight);
    figures->addWidget(new QLabel(tr("Left to pay"), this), 1, 0);
    figures->addWidget(m_remainingLabel, 1, 1, Qt::AlignRight);
    figures->addWidget(new QLabel(tr("In cash (rounded)"), this), 2, 0);
    figures->addWidget(m_cashDueLabel, 2, 1, Qt::AlignRight);

    auto* notes = new QHBoxLayout(m_notesBar);
    notes->setContentsMargins(0, 0, 0, 0);
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
    auto* voucherButton = new QPushButton(tr("Store credit\nF4"), this);
    voucherButton->setObjectName(QStringLiteral("voucherButton"));
    m_pointsButton->setObjectName(QStringLiteral("pointsButton"));
    auto* backButton = new QPushButton(tr("Back to basket\nEsc"), this);
    backButton->setObjectName(QStringLiteral("backButton"));
    for (QPushButton* button :
         {cashButton, cardButton, voucherButton, m_pointsButton, m_removeButton, m_unblockButton, backButton}) {
        button->setFocusPolicy(Qt::NoFocus);
        button->setProperty("role", QStringLiteral("function"));
    }
    m_functionKeys.bind(Qt::Key_F2, cashButton);
    m_functionKeys.bind(Qt::Key_F3, cardButton);
    m_functionKeys.bind(Qt::Key_F4, voucherButton);
    m_functionKeys.bind(Qt::Key_F5, m_retryButton);
    m_functionKeys.bind(Qt::Key_F6, m_pointsButton);
    m_functionKeys.bind(Qt::Key_F8, m_removeButton);
    m_functionKeys.bind(Qt::Key_F9, m_unblockButton);
    m_functionKeys.bind(Qt::Key_Escape, backButton);
    cashButton->setProperty("role", QStringLiteral("primary"));
    cardButton->setProperty("role", QStringLiteral("primary"));

    auto* actions = new QHBoxLayout(m_actionBar);
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addWidget(backButton);
    actions->addWidget(m_removeButton);
    actions->addStretch();
    actions->addWidget(m_retryButton);
    actions->addWidget(m_unblockButton);
    actions->addWidget(m_pointsButton);
    actions->addWidget(voucherButton);
    actions->addWidget(cardButton);
    actions->addWidget(cashButton);

    auto* panel = new QWidget(this);
    panel->setMaximumWidth(960);
    auto* panelLayout = new QVBoxLayout(panel);
    auto* title = new QLabel(tr("Payment"), this);
    title->setObjectName(QStringLiteral("titleLabel"));
    panelLayout->addWidget(title);
    panelLayout->addLayout(figures);
    panelLayout->addWidget(m_tenderList, 1);
    panelLayout->addWidget(m_amountEdit);
    panelLayout->addWidget(m_notesBar);
    panelLayout->addWidget(m_messageLabel);
    panelLayout->addWidget(m_busyLabel);
    panelLayout->addWidget(m_actionBar);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(panel);

    connect(m_amountEdit, &QLineEdit::returnPressed, this, &PaymentScreen::enterPressed);
    connect(m_amountEdit, &QLineEdit::textEdited, this, [this] {
        forgetLargeCash(); // a new amount typed: the question was about the old one
        m_messageLabel->clear();
    });
    connect(cashButton, &QPushButton::clicked, this, [this] {
        if (m_largeCash && typedAmount() == m_largeCash) {
            const core::Money confirmed = *std::exchange(m_largeCash, std::nullopt);
            if (auto paid = m_checkout.payCash(confirmed, core::Checkout::LargeCash::Confirmed); !paid) {
                showError(core::describe(paid.error()));
                return;
            }
            tenderTaken();
        } else if (m_amountEdit->text().trimmed().isEmpty()) {
            payCash(std::nullopt);
        } else if (auto amount = typedAmount()) {
            payCash(amount);
        }
    });
    connect(cardButton, &QPushButton::clicked, this, &PaymentScreen::payCard);
    connect(voucherButton, &QPushButton::clicked, this, &PaymentScreen::askForVoucher);
    connect(m_pointsButton, &QPushButton::clicked, this, &PaymentScreen::payPoints);
    connect(backButton, &QPushButton::clicked, this, &PaymentScreen::goBack);
    connect(m_retryButton, &QPushButton::clicked, this, &PaymentScreen::completeSale);
    connect(m_removeButton, &QPushButton::clicked, this, &PaymentScreen::removeChosenTender);
    connect(m_unblockButton, &QPushButton::clicked, this, &PaymentScreen::unblockVouchers);
}

void PaymentScreen::keyPressEvent(QKeyEvent* event) {
    if (m_busy) {
        return; // the terminal or head office is being asked: no second tender meanwhile
    }
    if (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) {
        const int row = m_tenderList->currentRow() + (event->key() == Qt::Key_Up ? -1 : 1);
        if (row >= 0 && row < m_tenderList->count()) {
            m_tenderList->setCurrentRow(row);
        }
        return;
    }
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
    showVoucherEntry();
    m_cashDueLabel->setText(formatMoney(payment->cashDue()));
    m_tenderList->clear();
    for (const core::Tender& tender : payment->tenders()) {
        if (tender.kind == core::Tender::Kind::Cash) {
            m_tenderList->addItem(
                tr("Cash %1").arg(formatMoney(tender.given)) +
                (tender.change.isZero() ? QString() : tr(", change %1").arg(formatMoney(tender.change))));
        } else if (tender.kind == core::Tender::Kind::Voucher) {
            m_tenderList->addItem(tr("Store credit %1 %2").arg(tender.voucher, formatMoney(tender.amount)) +
                                  (tender.decidedOffline ? tr(" (offline)") : QString()));
        } else if (tender.kind == core::Tender::Kind::LoyaltyPoints) {
            m_tenderList->addItem(
                tr("%n loyalty point(s) %1", nullptr, static_cast<int>(tender.points)).arg(formatMoney(tender.amount)));
        } else {
            m_tenderList->addItem(
                tr("Card %1 %2, authorisation %3")
                    .arg(tender.card.maskedPan.right(8), formatMoney(tender.amount), tender.card.authCode));
        }
    }
    m_tenderList->setCurrentRow(m_tenderList->count() - 1); // the one just taken
    m_removeButton->setVisible(m_tenderList->count() > 0);
    // Points pay only for a member while the chain has a programme: the key says how many.
    const std::optional<core::LoyaltyStanding> points = m_checkout.loyalty();
    m_pointsButton->setVisible(points.has_value());
    if (points) {
        m_pointsButton->setText(tr("Points %1\nF6").arg(points->balance));
    }
    m_amountEdit->setFocus();
    Q_EMIT paymentShown();
}

// The member's points: as many as the number typed, or as pay what is left as far as they go.
void PaymentScreen::payPoints() {
    if (m_busy || m_checkout.payment() == nullptr) {
        return;
    }
    std::optional<std::int64_t> points;
    if (const QString typed = m_amountEdit->text().trimmed(); !typed.isEmpty()) {
        bool whole = false;
        points = typed.toLongLong(&whole);
        if (!whole) {
            showError(tr("Type the number of points as a whole number, or nothing to use as many as pay the rest."));
            m_amountEdit->selectAll();
            return;
        }
    }
    if (auto paid = m_checkout.payLoyaltyPoints(points); !paid) {
        showError(core::describe(paid.error()));
        m_amountEdit->selectAll();
        return;
    }
    tenderTaken();
}

void PaymentScreen::showError(const QString& text) {
    showMessage(m_messageLabel, text);
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
    const core::Money amount = given.value_or(payment->cashDue());
    auto paid = m_checkout.payCash(amount);
    if (!paid && paid.error().code == core::ErrorCode::CashFarAboveDue) {
        askToConfirmLargeCash(amount, paid.error());
        return;
    }
    if (!paid) {
        showError(core::describe(paid.error()));
        m_amountEdit->selectAll();
        return;
    }
    tenderTaken();
}

// The amount stays typed and chosen: F2 takes it as given, Esc or typing corrects it. Enter does
// not confirm: it is the key a hurried cashier presses without reading.
void PaymentScreen::askToConfirmLargeCash(core::Money given, const core::Error& why) {
    m_largeCash = given;
    showError(core::describe(why) + QLatin1Char('\n') +
              tr("F2: the customer gave %1. Esc: type the amount again.").arg(formatMoney(given)));
    m_amountEdit->selectAll();
}

void PaymentScreen::forgetLargeCash() {
    m_largeCash.reset();
}

// The chosen tender goes back to the customer (cash handed back, a voucher or points not used)
// and what it paid is due again; a card's stays, and the message says why.
void PaymentScreen::removeChosenTender() {
    const int row = m_tenderList->currentRow();
    if (row < 0) {
        showError(tr("Choose the payment to remove with ↑ ↓ first."));
        return;
    }
    auto removed = m_checkout.removeTender(static_cast<std::size_t>(row));
    if (!removed) {
        showError(core::describe(removed.error()));
        return;
    }
    refresh();
    const core::Tender& tender = removed.value();
    showMessage(m_messageLabel,
                tender.kind == core::Tender::Kind::Cash
                    ? tr("Cash %1 removed: hand it back to the customer. %2 left to pay.")
                          .arg(formatMoney(tender.given), formatMoney(m_checkout.payment()->remaining()))
                    : tr("Payment of %1 removed: nothing is taken from it. %2 left to pay.")
                          .arg(formatMoney(tender.amount), formatMoney(m_checkout.payment()->remaining())),
                Tone::Done);
}

void PaymentScreen::enterPressed() {
    if (m_busy) {
        return;
    }
    const QString typed = m_amountEdit->text().trimmed();
    if (m_checkout.payment() != nullptr && m_checkout.payment()->isComplete()) {
        completeSale();
    } else if (typed.toUpper().startsWith(QLatin1String("SC-"))) {
        payVoucher(typed, std::exchange(m_voucherAmount, std::nullopt)); // a scanned voucher
    } else if (typed.isEmpty()) {
        payCash(std::nullopt);
    } else if (auto amount = typedAmount()) {
        payCash(amount);
    }
}

// F4: an amount typed first is what the voucher is to pay (the customer keeps the rest on it).
void PaymentScreen::askForVoucher() {
    m_voucherAmount.reset();
    if (!m_amountEdit->text().trimmed().isEmpty()) {
        m_voucherAmount = typedAmount();
        if (!m_voucherAmount) {
            return;
        }
    }
    m_amountEdit->clear();
    m_messageLabel->clear();
    m_amountEdit->setPlaceholderText(
        m_voucherAmount ? tr("Scan the voucher that pays %1, or type its whole code (SC-…) and press Enter")
                              .arg(formatMoney(*m_voucherAmount))
                        : tr("Scan the voucher's barcode, or type its whole code (SC-…) and press Enter"));
    m_amountEdit->setFocus();
}

// F9 while voucher entry is blocked: a manager's number and PIN open it again.
void PaymentScreen::unblockVouchers() {
    const auto approval = ApprovalDialog::ask(
        tr("Too many wrong voucher codes were typed at this till. A manager unblocks voucher entry."),
        [this](const QString& id, const QString& pin) { return m_checkout.unblockVoucherEntry(id, pin); }, this);
    if (!approval) {
        showError(tr("Voucher entry stays blocked."));
        return;
    }
    showVoucherEntry();
    showMessage(m_messageLabel, tr("Vouchers are taken again (unblocked by %1).").arg(approval->approverId),
                Tone::Done);
    m_amountEdit->clear(); // the wrong code that was typed last
    m_amountEdit->setFocus();
}

void PaymentScreen::showVoucherEntry() {
    m_unblockButton->setVisible(!m_checkout.checkVoucherEntry().ok());
}

void PaymentScreen::payCard() {
    if (m_busy) {
        return;
    }
    std::optional<core::Money> amount;
    if (!m_amountEdit->text().trimmed().isEmpty()) {
        amount = typedAmount();
        if (!amount) {
            return;
        }
    }
    auto request = m_checkout.prepareCard(amount);
    if (!request) {
        showError(core::describe(request.error()));
        return;
    }
    setBusy(tr("Waiting for the payment terminal: %1…").arg(formatMoney(request->amount)));
    core::Checkout* checkout = &m_checkout;
    const core::Checkout::CardRequest asked = request.value();
    runOffThread<core::Result<core::CardAuthorization>>(
        this, [checkout, asked] { return checkout->authorizeCard(asked); },
        [this, asked](core::Result<core::CardAuthorization> answer) {
            setBusy(QString());
            if (auto taken = m_checkout.takeCard(asked, answer); !taken) {
                showError(core::describe(taken.error()));
                return;
            }
            tenderTaken();
        });
}

void PaymentScreen::payVoucher(const QString& code, std::optional<core::Money> amount) {
    if (m_busy || m_checkout.payment() == nullptr) {
        return;
    }
    // A till blocked for wrong codes asks nobody about another one.
    if (auto open = m_checkout.checkVoucherEntry(); !open) {
        showError(core::describe(open.error()));
        showVoucherEntry();
        m_amountEdit->selectAll();
        return;
    }
    const auto take = [this, code, amount](const core::CentralVoucher& central) {
        if (auto paid = m_checkout.payVoucher(code, central, amount); !paid) {
            // The code that blocked voucher entry says so, rather than why it alone was refused.
            const core::Result<void> open = m_checkout.checkVoucherEntry();
            showError(core::describe(open ? paid.error() : open.error()));
            showVoucherEntry();
            m_amountEdit->selectAll();
            return;
        }
        tenderTaken();
    };
    if (m_sync == nullptr) {
        core::CentralVoucher alone;
        alone.why = tr("this till runs without head office");
        take(alone);
        return;
    }
    const std::optional<core::VoucherCode> parsed = core::parseVoucherCode(code);
    setBusy(tr("Asking head office about voucher %1…").arg(parsed ? parsed->number : code.left(20)));
    core::SyncLink* sync = m_sync;
    runOffThread<core::CentralVoucher>(
        this, [sync, code] { return sync->fetchVoucher(code); },
        [this, take](core::CentralVoucher central) {
            setBusy(QString());
            take(central);
        });
}

void PaymentScreen::setBusy(const QString& waitingFor) {
    m_busy = !waitingFor.isEmpty();
    m_busyLabel->setText(waitingFor);
    // No other tender meanwhile: not a key, a note button or a typed amount.
    m_notesBar->setEnabled(!m_busy);
    m_actionBar->setEnabled(!m_busy);
    m_amountEdit->setEnabled(!m_busy);
    if (!m_busy) {
        m_amountEdit->setFocus(); // disabled, it lost the focus: the scanner comes back to it
    }
}

void PaymentScreen::tenderTaken() {
    m_voucherAmount.reset();
    forgetLargeCash();
    m_amountEdit->clear();
    m_amountEdit->setPlaceholderText(amountHint());
    m_messageLabel->clear();
    refresh();
    if (m_checkout.payment()->isComplete()) {
        completeSale();
    }
}

void PaymentScreen::goBack() {
    if (m_largeCash) { // Esc answers the question: the amount is typed again
        forgetLargeCash();
        m_amountEdit->clear();
        showMessage(m_messageLabel, tr("Type the amount the customer gave."), Tone::Done);
        return;
    }
    if (auto cancelled = m_checkout.cancelPayment(); !cancelled) {
        showError(tr("A payment has been taken: finish the sale (%1 left), or take the payments back with F8 "
                     "first.")
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
    m_removeButton->setObjectName(QStringLiteral("removeTenderButton"));
    m_unblockButton->setObjectName(QStringLiteral("unblockVouchersButton"));
    m_unblockButton->hide();
    m_messageLabel->clear();
    Q_EMIT saleCompleted(sale.value());
}

} // namespace kassa::ui
