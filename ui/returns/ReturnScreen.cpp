#include "ReturnScreen.h"

#include "../common/ApprovalDialog.h"
#include "../common/Choices.h"
#include "../common/Format.h"
#include "../common/Messages.h"
#include "../common/OffThread.h"
#include "../common/ScanBurst.h"
#include "../common/Tables.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kassa::ui {

namespace {

// A reason as the screen lists it: the receipt's words, capitalised.
QString reasonText(const QString& reason) {
    QString text = core::returnReasonText(reason);
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

QString sourceText(core::DocumentSource source) {
    switch (source) {
    case core::DocumentSource::Central:
        return ReturnScreen::tr("as head office has it");
    case core::DocumentSource::Journal:
        return ReturnScreen::tr("from this till's own receipts");
    case core::DocumentSource::Receipt:
        return ReturnScreen::tr("from the receipt's code");
    case core::DocumentSource::OrderFeed:
        return ReturnScreen::tr("from the web orders this till keeps");
    }
    return {};
}

} // namespace

ReturnScreen::ReturnScreen(core::TillDatabase& till, core::PaymentTerminal& terminal, core::SyncLink* sync,
                           QWidget* parent)
    : QWidget(parent)
    , m_till(till)
    , m_terminal(terminal)
    , m_sync(sync)
    , m_findEdit(new QLineEdit(this))
    , m_titleLabel(new QLabel(this))
    , m_sourceLabel(new QLabel(this))
    , m_soldTable(new QTableWidget(this))
    , m_quantityEdit(new QLineEdit(this))
    , m_reasonBox(new QComboBox(this))
    , m_dispositionBox(new QComboBox(this))
    , m_chosenTable(new QTableWidget(this))
    , m_totalLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_busyLabel(new QLabel(this))
    , m_exchangeBanner(new QLabel(this))
    , m_functionBar(new QWidget(this)) {
    setObjectName(QStringLiteral("returnScreen"));
    m_functionKeys.onUnavailable([this](const QString& why) { say(why, true); });
    m_findEdit->setObjectName(QStringLiteral("returnFindLineEdit"));
    new ScanBurst(m_findEdit); // a scan starts a new entry, whatever was left typed
    m_findEdit->setPlaceholderText(tr("Scan the receipt's QR code, or type a receipt or web order number"));
    m_findEdit->setMaxLength(4000); // a receipt's QR code, as the scanner types it
    m_sourceLabel->setObjectName(QStringLiteral("returnSourceLabel"));
    m_sourceLabel->setWordWrap(true);
    m_messageLabel->setObjectName(QStringLiteral("returnMessageLabel"));
    makeMessageLine(m_messageLabel);
    m_busyLabel->setObjectName(QStringLiteral("returnBusyLabel"));
    m_totalLabel->setObjectName(QStringLiteral("returnTotalLabel"));
    m_totalLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_soldTable->setObjectName(QStringLiteral("returnSoldTable"));
    prepareTable(m_soldTable, {tr("Line"), tr("Product"), tr("Sold"), tr("Returned"), tr("Can return"), tr("Paid")}, 1);
    m_chosenTable->setObjectName(QStringLiteral("returnChosenTable"));
    prepareTable(m_chosenTable, {tr("#"), tr("Product"), tr("Quantity"), tr("Refund"), tr("Reason"), tr("Goes to")}, 1);

    m_quantityEdit->setObjectName(QStringLiteral("returnQuantityLineEdit"));
    m_quantityEdit->setPlaceholderText(tr("Quantity (all)"));
    m_quantityEdit->setMinimumWidth(200);
    m_quantityEdit->setMaximumWidth(240);
    m_reasonBox->setObjectName(QStringLiteral("returnReasonComboBox"));
    for (const QString& reason : core::returnReasons()) {
        addChoice(m_reasonBox, reasonText(reason), reason);
    }
    m_dispositionBox->setObjectName(QStringLiteral("returnDispositionComboBox"));
    addChoice(m_dispositionBox, tr("Back to stock"), QStringLiteral("sellable"));
    addChoice(m_dispositionBox, tr("Damaged, set aside"), QStringLiteral("damaged"));
    // Tab goes find → quantity → reason → where it goes; Enter in any of them takes the line back
    // and the keyboard returns to the find field, where the next scan belongs.
    makeKeyboardChoice(m_reasonBox);
    makeKeyboardChoice(m_dispositionBox);
    setTabOrder(m_findEdit, m_quantityEdit);
    setTabOrder(m_quantityEdit, m_reasonBox);
    setTabOrder(m_reasonBox, m_dispositionBox);
    setTabOrder(m_dispositionBox, m_findEdit);
    m_reasonBox->installEventFilter(this);
    m_dispositionBox->installEventFilter(this);

    auto* findButton = new QPushButton(tr("Find\nEnter"), this);
    findButton->setObjectName(QStringLiteral("returnFindButton"));
    findButton->setFocusPolicy(Qt::NoFocus);
    connect(findButton, &QPushButton::clicked, this, &ReturnScreen::findEntered);
    auto* takeButton = new QPushButton(tr("Take back\nF4"), this);
    takeButton->setObjectName(QStringLiteral("returnTakeBackButton"));
    takeButton->setFocusPolicy(Qt::NoFocus);
    m_functionKeys.bind(Qt::Key_F4, takeButton);
    connect(takeButton, &QPushButton::clicked, this, &ReturnScreen::takeBack);

    auto* functions = new QHBoxLayout(m_functionBar);
    functions->setContentsMargins(0, 0, 0, 0);
    connect(addFunctionButton(tr("No receipt\nF3"), QStringLiteral("returnNoReceiptButton"), Qt::Key_F3),
            &QPushButton::clicked, this, &ReturnScreen::startWithoutReceipt);
    connect(addFunctionButton(tr("Remove line\nF8"), QStringLiteral("returnRemoveButton"), Qt::Key_F8),
            &QPushButton::clicked, this, &ReturnScreen::removeChosen);
    connect(addFunctionButton(tr("Cash\nF9"), QStringLiteral("returnCashButton"), Qt::Key_F9), &QPushButton::clicked,
            this, [this] { refund(core::RefundMethod::Cash); });
    connect(addFunctionButton(tr("Store credit\nF10"), QStringLiteral("returnStoreCreditButton"), Qt::Key_F10),
            &QPushButton::clicked, this, [this] { refund(core::RefundMethod::StoreCredit); });
    connect(addFunctionButton(tr("Cancel\nEsc"), QStringLiteral("returnCancelButton"), Qt::Key_Escape),
            &QPushButton::clicked, this, &ReturnScreen::cancel);
    QPushButton* original =
        addFunctionButton(tr("Refund as paid\nF12"), QStringLiteral("returnOriginalButton"), Qt::Key_F12);
    original->setProperty("role", QStringLiteral("primary"));
    connect(original, &QPushButton::clicked, this, [this] { refund(core::RefundMethod::Original); });

    auto* findRow = new QHBoxLayout;
    findRow->addWidget(m_findEdit, 1);
    findRow->addWidget(findButton);
    auto* chooseRow = new QHBoxLayout;
    chooseRow->addWidget(m_quantityEdit);
    chooseRow->addWidget(m_reasonBox, 1);
    chooseRow->addWidget(m_dispositionBox, 1);
    chooseRow->addWidget(takeButton);
    m_titleLabel->setObjectName(QStringLiteral("returnTitleLabel"));
    m_titleLabel->setWordWrap(true);
    m_exchangeBanner->setObjectName(QStringLiteral("exchangeBanner"));
    m_exchangeBanner->setWordWrap(true);
    m_exchangeBanner->hide();

    // The message right under the fields typed in, red when refused, as on every screen.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_exchangeBanner);
    layout->addLayout(findRow);
    layout->addWidget(m_sourceLabel);
    layout->addWidget(m_soldTable, 2);
    layout->addLayout(chooseRow);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_chosenTable, 1);
    layout->addWidget(m_totalLabel);
    layout->addWidget(m_functionBar);
    connect(m_findEdit, &QLineEdit::returnPressed, this, &ReturnScreen::findEntered);
    connect(m_quantityEdit, &QLineEdit::returnPressed, this, &ReturnScreen::quantityEntered);
    for (QLineEdit* field : {m_findEdit, m_quantityEdit}) {
        connect(field, &QLineEdit::textEdited, m_messageLabel, &QLabel::clear);
    }
}

ReturnScreen::~ReturnScreen() = default;

QPushButton* ReturnScreen::addFunctionButton(const QString& text, const QString& objectName, Qt::Key key) {
    auto* button = new QPushButton(text, m_functionBar);
    button->setObjectName(objectName);
    button->setFocusPolicy(Qt::NoFocus);
    button->setProperty("role", QStringLiteral("function"));
    m_functionKeys.bind(key, button);
    m_functionBar->layout()->addWidget(button);
    return button;
}

void ReturnScreen::start(const core::Operator& cashier, core::Money exchangeFor) {
    m_desk = std::make_unique<core::ReturnDesk>(m_till, m_terminal, cashier);
    m_desk->setExchangeFor(exchangeFor);
    m_titleLabel->setText(exchangeFor.isZero() ? tr("Return") : tr("Exchange"));
    m_exchangeBanner->setText(tr("Exchange: the new items (%1) are paid first from what comes back; only the rest "
                                 "is refunded")
                                  .arg(formatMoney(exchangeFor)));
    m_exchangeBanner->setVisible(!exchangeFor.isZero());
    m_findEdit->clear();
    m_quantityEdit->clear();
    m_reasonBox->setCurrentIndex(0);
    m_dispositionBox->setCurrentIndex(0);
    m_sourceLabel->clear();
    m_messageLabel->clear();
    m_busyLabel->clear();
    m_busy = false;
    m_functionBar->setEnabled(true);
    showSold();
    showChosen();
    m_findEdit->setFocus();
}

void ReturnScreen::startFor(const core::Operator& cashier, const QString& number, const QString& customerId) {
    start(cashier);
    m_desk->setCustomer(customerId);
    m_findEdit->setText(number);
    lookUp(number);
}

void ReturnScreen::findEntered() {
    const QString text = m_findEdit->text().trimmed();
    m_findEdit->clear();
    if (text.isEmpty() || m_busy || !m_desk) {
        return;
    }
    if (m_desk->withoutReceipt()) {
        // Without a receipt the field takes the items, as the scanner reads them.
        const auto added = m_desk->addItem(text, std::nullopt, m_reasonBox->currentData().toString(),
                                           m_dispositionBox->currentIndex() == 0 ? core::Disposition::Sellable
                                                                                 : core::Disposition::Damaged);
        if (!added) {
            report(added.error());
        } else {
            say({}, false);
        }
        showChosen();
        return;
    }
    lookUp(text);
}

// The lookup is core's (core/till/ReturnLookup.h), as for `kassactl return`: the text is read
// here, head office is asked off the screen's thread, and the answer decided back here.
void ReturnScreen::lookUp(const QString& text) {
    core::Result<core::ReturnQuery> query = core::readReturnQuery(m_till, m_sync, text);
    if (!query) {
        report(query.error());
        return;
    }
    if (m_sync == nullptr) {
        core::CentralDocument none = core::askCentral(nullptr, *query);
        decide(std::move(query).value(), std::move(none));
        return;
    }
    setBusy(tr("Asking head office about %1…").arg(query->number));
    core::SyncLink* sync = m_sync;
    runOffThread<core::CentralDocument>(
        this, [sync, asked = *query] { return core::askCentral(sync, asked); },
        [this, asked = std::move(query).value()](core::CentralDocument answer) mutable {
            setBusy(QString());
            decide(std::move(asked), std::move(answer));
        });
}

void ReturnScreen::decide(core::ReturnQuery query, core::CentralDocument answer) {
    core::FoundDocument found = core::decideDocument(m_till, std::move(query), std::move(answer));
    if (found.refusal) {
        report(*found.refusal);
        return;
    }
    openDocument(std::move(*found.document), found.offlineReason);
}

void ReturnScreen::openDocument(core::ReturnableDocument document, const QString& offlineReason) {
    const QString number = document.number;
    const core::DocumentSource source = document.source;
    if (const auto opened = m_desk->open(std::move(document)); !opened) {
        report(opened.error());
        return;
    }
    QString text = tr("%1 · %2").arg(number, sourceText(source));
    if (!offlineReason.isEmpty()) {
        text += QLatin1Char('\n') + tr("Offline (%1): decided under the offline rules, confirmed once head office has "
                                       "it.")
                                        .arg(offlineReason);
    }
    showMessage(m_sourceLabel, text, offlineReason.isEmpty() ? Tone::Done : Tone::Problem);
    say({}, false);
    showSold();
    showChosen();
    if (m_soldTable->rowCount() > 0) {
        m_soldTable->selectRow(0);
    }
}

void ReturnScreen::startWithoutReceipt() {
    if (m_busy || !m_desk) {
        return;
    }
    if (const auto started = m_desk->openWithoutReceipt(); !started) {
        report(started.error());
        return;
    }
    showMessage(m_sourceLabel, tr("Without a receipt: scan the items. A manager approves the return."), Tone::Done);
    say({}, false);
    showSold();
    showChosen();
}

void ReturnScreen::takeBack() {
    if (m_busy || !m_desk) {
        return; // waiting for head office or the terminal: the screen says so already
    }
    if (!m_desk->document()) {
        say(m_desk->withoutReceipt() ? tr("Without a receipt, scan each item to take it back.")
                                     : tr("Find the receipt first: scan its QR code or type its number."),
            true);
        return;
    }
    const int row = m_soldTable->currentRow();
    if (row < 0) {
        report(core::makeError(core::ErrorCode::EmptyReturn));
        return;
    }
    const core::ReturnableLine& line = m_desk->document()->lines[static_cast<std::size_t>(row)];
    std::optional<std::int64_t> quantity;
    if (!m_quantityEdit->text().trimmed().isEmpty()) {
        auto typed = core::parseQuantity(m_quantityEdit->text().trimmed(), line.unit);
        if (!typed) {
            report(typed.error());
            return;
        }
        quantity = typed.value();
    }
    const auto added = m_desk->addLine(line.line, quantity, m_reasonBox->currentData().toString(),
                                       m_dispositionBox->currentIndex() == 0 ? core::Disposition::Sellable
                                                                             : core::Disposition::Damaged);
    if (!added) {
        report(added.error());
        return;
    }
    m_quantityEdit->clear();
    say({}, false);
    showChosen();
    m_findEdit->setFocus(); // the next scan, or the next line chosen with ↑ ↓
}

// Enter in the quantity field takes the line back; a scanner's code that landed there (a
// receipt, or an item without a receipt) is what it is, not a quantity.
void ReturnScreen::quantityEntered() {
    static const QRegularExpression scanned(QStringLiteral("^\\S{8,}$"));
    const QString text = m_quantityEdit->text().trimmed();
    if (scanned.match(text).hasMatch()) {
        m_quantityEdit->clear();
        m_findEdit->setText(text);
        m_findEdit->setFocus();
        findEntered();
        return;
    }
    takeBack();
}

bool ReturnScreen::eventFilter(QObject* watched, QEvent* event) {
    if ((watched == m_reasonBox || watched == m_dispositionBox) && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            takeBack();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReturnScreen::removeChosen() {
    const int row = m_chosenTable->currentRow();
    if (m_busy || !m_desk) {
        return;
    }
    if (row < 0) {
        say(tr("Nothing to remove: no line has been taken back yet."), true);
        return;
    }
    const core::ReturnLine line = m_desk->lines()[static_cast<std::size_t>(row)];
    (void)m_desk->removeLine(line.lineNo);
    showChosen();
    say(tr("%1 is no longer in this return.").arg(line.name), false);
}

void ReturnScreen::refund(core::RefundMethod method) {
    if (m_busy || !m_desk) {
        return;
    }
    if (const auto plan = m_desk->refundPlan(method); !plan) {
        report(plan.error()); // before head office holds anything
        return;
    }
    if (m_sync == nullptr || !m_desk->document() || m_desk->document()->source != core::DocumentSource::Central) {
        holdAndRefund(method);
        return;
    }
    const std::map<int, std::int64_t> lines = m_desk->chosenQuantities();
    setBusy(tr("Head office is holding the items for this return…"));
    core::SyncLink* sync = m_sync;
    const QString channel = m_desk->document()->channel;
    const QString number = m_desk->document()->number;
    runOffThread<core::CentralLease>(
        this, [sync, channel, number, lines] { return sync->holdReturn(channel, number, lines); },
        [this, method](core::CentralLease lease) {
            setBusy(QString());
            if (lease.outcome == core::CentralLease::Outcome::Refused) {
                report(*lease.refusal);
                return;
            }
            if (lease.outcome == core::CentralLease::Outcome::Held) {
                m_desk->setLease(lease.leaseId);
            } else {
                m_sourceLabel->setText(
                    m_sourceLabel->text() + QLatin1Char('\n') +
                    tr("Head office was lost (%1): decided under the offline rules.").arg(lease.unreachable));
            }
            holdAndRefund(method);
        });
}

void ReturnScreen::holdAndRefund(core::RefundMethod method) {
    if (!approveIfNeeded()) {
        return;
    }
    auto prepared = m_desk->prepare(method);
    if (!prepared) {
        report(prepared.error());
        return;
    }
    refundThroughTerminal(std::move(prepared).value());
}

bool ReturnScreen::approveIfNeeded() {
    const std::vector<core::ApprovalNeed> needs = m_desk->approvalsNeeded();
    if (needs.empty()) {
        return true;
    }
    const auto approval = ApprovalDialog::ask(
        needs.front().detail,
        [this](const QString& id, const QString& pin) -> core::Result<core::Approval> {
            if (auto approved = m_desk->approve(id, pin); !approved) {
                return approved.error();
            }
            return core::Approval{QStringLiteral("return"), id, QString()};
        },
        this);
    return approval.has_value();
}

void ReturnScreen::refundThroughTerminal(core::ReturnDesk::RefundRun run) {
    const bool cards = std::any_of(run.refunds.begin(), run.refunds.end(), [](const core::Refund& refund) {
        return refund.kind == QLatin1String(core::refundKinds::kCard);
    });
    if (!cards) {
        record(run);
        return;
    }
    setBusy(tr("Waiting for the payment terminal…"));
    core::ReturnDesk* desk = m_desk.get();
    struct Outcome {
        core::ReturnDesk::RefundRun run;
        std::optional<core::Error> error;
    };
    runOffThread<Outcome>(
        this,
        [desk, run]() mutable {
            const core::Result<void> refunded = desk->refundCards(run);
            return Outcome{run, refunded ? std::nullopt : std::optional(refunded.error())};
        },
        [this](Outcome outcome) {
            setBusy(QString());
            if (outcome.error) {
                report(*outcome.error); // nothing recorded; the return stays open
                return;
            }
            record(outcome.run);
        });
}

void ReturnScreen::record(const core::ReturnDesk::RefundRun& run) {
    auto recorded = m_desk->record(run);
    if (!recorded) {
        report(recorded.error());
        return;
    }
    Q_EMIT returnCompleted(recorded.value());
}

void ReturnScreen::cancel() {
    if (m_busy) {
        return;
    }
    if (m_desk && !m_desk->leaseId().isEmpty() && m_sync != nullptr) {
        core::SyncLink* sync = m_sync;
        const QString lease = m_desk->leaseId();
        runOffThread<bool>(
            this,
            [sync, lease] {
                sync->releaseReturn(lease);
                return true;
            },
            [](bool) {});
    }
    Q_EMIT cancelled();
}

void ReturnScreen::showSold() {
    m_soldTable->setRowCount(0);
    if (!m_desk || !m_desk->document()) {
        return;
    }
    for (const core::ReturnableLine& line : m_desk->document()->lines) {
        const int row = m_soldTable->rowCount();
        m_soldTable->insertRow(row);
        m_soldTable->setItem(row, 0, tableCell(QString::number(line.line), true));
        m_soldTable->setItem(row, 1, tableCell(line.name));
        m_soldTable->setItem(row, 2, tableCell(formatLineQuantity(line.quantityMilli, line.unit), true));
        m_soldTable->setItem(row, 3, tableCell(formatLineQuantity(line.returnedMilli, line.unit), true));
        m_soldTable->setItem(row, 4, tableCell(formatLineQuantity(line.returnableMilli(), line.unit), true));
        m_soldTable->setItem(row, 5, tableCell(formatMoney(line.net), true));
    }
}

void ReturnScreen::showChosen() {
    m_chosenTable->setRowCount(0);
    const std::vector<core::ReturnLine> none;
    const std::vector<core::ReturnLine>& lines = m_desk ? m_desk->lines() : none;
    for (const core::ReturnLine& line : lines) {
        const int row = m_chosenTable->rowCount();
        m_chosenTable->insertRow(row);
        m_chosenTable->setItem(row, 0, tableCell(QString::number(line.lineNo), true));
        m_chosenTable->setItem(row, 1, tableCell(line.name));
        m_chosenTable->setItem(row, 2, tableCell(formatLineQuantity(line.quantityMilli, line.unit), true));
        m_chosenTable->setItem(row, 3, tableCell(formatMoney(line.refund), true));
        m_chosenTable->setItem(row, 4, tableCell(reasonText(line.reason)));
        m_chosenTable->setItem(row, 5,
                               tableCell(line.disposition == core::Disposition::Sellable ? tr("Back to stock")
                                                                                         : tr("Damaged, set aside")));
    }
    if (m_chosenTable->rowCount() > 0) {
        m_chosenTable->selectRow(m_chosenTable->rowCount() - 1); // the line just taken back: F8 removes it
    }
    const core::Money total = m_desk ? m_desk->total() : core::Money();
    const core::Money credit = m_desk ? std::min(total, m_desk->exchangeFor()) : core::Money();
    m_totalLabel->setText(credit.isZero()
                              ? tr("Refund %1").arg(formatMoney(total))
                              : tr("Back %1 · towards the new items %2 · refund %3")
                                    .arg(formatMoney(total), formatMoney(credit), formatMoney(total - credit)));
}

void ReturnScreen::setBusy(const QString& waitingFor) {
    m_busy = !waitingFor.isEmpty();
    m_busyLabel->setText(waitingFor);
    m_functionBar->setEnabled(!m_busy);
    m_findEdit->setEnabled(!m_busy);
    if (!m_busy) {
        m_findEdit->setFocus(); // disabled, it lost the focus: the scanner and the keys come back to it
    }
}

void ReturnScreen::report(const core::Error& error) {
    say(core::describe(error), true);
}

void ReturnScreen::say(const QString& text, bool error) {
    showMessage(m_messageLabel, text, error ? Tone::Problem : Tone::Done);
}

void ReturnScreen::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) {
        moveRowChoice(m_soldTable, event->key() == Qt::Key_Up ? -1 : 1);
        return;
    }
    if (!m_functionKeys.handle(event)) {
        QWidget::keyPressEvent(event);
    }
}

} // namespace kassa::ui
