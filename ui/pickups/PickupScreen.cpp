#include "PickupScreen.h"

#include "../common/ApprovalDialog.h"
#include "../common/Format.h"
#include "../common/KeepFocus.h"
#include "../common/Messages.h"
#include "../common/ScanBurst.h"
#include "../common/Tables.h"
#include "../printing/ReceiptPrinter.h"
#include "core/domain/Receipt.h"

#include <QGridLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace kassa::ui {

namespace {

constexpr int kKeysPerRow = 6;

QString statusText(core::PickupStatus status) {
    switch (status) {
    case core::PickupStatus::New:
        return PickupScreen::tr("New");
    case core::PickupStatus::Picking:
        return PickupScreen::tr("Being picked");
    case core::PickupStatus::Ready:
        return PickupScreen::tr("Ready");
    case core::PickupStatus::Collected:
        return PickupScreen::tr("Collected");
    case core::PickupStatus::Cancelled:
        return PickupScreen::tr("Cancelled");
    case core::PickupStatus::Expired:
        return PickupScreen::tr("Expired");
    }
    return {};
}

// How long the customer has waited since ordering: "35 min", "5 h", "2 d".
QString waited(const core::Pickup& pickup) {
    const qint64 minutes = pickup.placedAt.secsTo(QDateTime::currentDateTimeUtc()) / 60;
    if (minutes < 120) {
        return PickupScreen::tr("%1 min").arg(std::max<qint64>(minutes, 0));
    }
    return minutes < 48 * 60 ? PickupScreen::tr("%1 h").arg(minutes / 60)
                             : PickupScreen::tr("%1 d").arg(minutes / 1440);
}

QString quantity(std::int64_t milli) {
    return formatLineQuantity(milli, core::Unit::Pieces);
}

} // namespace

PickupScreen::PickupScreen(core::Checkout& checkout, ReceiptPrinter& printer, QWidget* parent)
    : QWidget(parent)
    , m_checkout(checkout)
    , m_printer(printer)
    , m_titleLabel(new QLabel(this))
    , m_input(new QLineEdit(this))
    , m_messageLabel(new QLabel(this))
    , m_ordersTable(new QTableWidget(this))
    , m_orderLabel(new QLabel(this))
    , m_linesTable(new QTableWidget(this))
    , m_functionBar(new QWidget(this)) {
    setObjectName(QStringLiteral("pickupScreen"));
    m_functionKeys.onUnavailable([this](const QString& why) { say(why, true); });
    m_titleLabel->setObjectName(QStringLiteral("pickupTitleLabel"));
    m_input->setObjectName(QStringLiteral("pickupInputLineEdit"));
    new ScanBurst(m_input); // a scan starts a new entry, whatever was left typed
    m_input->setMaxLength(80);
    m_messageLabel->setObjectName(QStringLiteral("pickupMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_orderLabel->setObjectName(QStringLiteral("pickupOrderLabel"));
    m_orderLabel->setWordWrap(true);
    m_ordersTable->setObjectName(QStringLiteral("pickupOrdersTable"));
    prepareTable(m_ordersTable, {tr("Order"), tr("State"), tr("Customer"), tr("Waited"), tr("Payment"), tr("Items")},
                 2);
    m_linesTable->setObjectName(QStringLiteral("pickupLinesTable"));
    prepareTable(m_linesTable, {tr("Line"), tr("Product"), tr("Ordered"), tr("Picked"), tr("Short"), tr("Refused")}, 1);
    connect(m_ordersTable, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (m_mode == Mode::Browse && row >= 0 && row < static_cast<int>(m_shown.size())) {
            m_order = m_shown[static_cast<std::size_t>(row)];
            showLines();
        }
    });

    auto* functions = new QGridLayout(m_functionBar);
    functions->setContentsMargins(0, 0, 0, 0);
    const struct {
        Filter filter;
        const char* text;
        const char* name;
        Qt::Key key;
    } filters[] = {
        {Filter::ToPick, QT_TR_NOOP("To pick\nF1"), "pickupToPickButton", Qt::Key_F1},
        {Filter::Ready, QT_TR_NOOP("Ready\nF2"), "pickupReadyListButton", Qt::Key_F2},
        {Filter::All, QT_TR_NOOP("All\nF3"), "pickupAllButton", Qt::Key_F3},
    };
    for (const auto& each : filters) {
        QPushButton* button = addKey(tr(each.text), QString::fromLatin1(each.name), each.key);
        button->setCheckable(true);
        m_filterButtons[each.filter] = button;
        connect(button, &QPushButton::clicked, this, [this, filter = each.filter] {
            setMode(Mode::Browse);
            showOrders(filter);
        });
    }
    connect(addKey(tr("Pick\nF4"), QStringLiteral("pickupPickButton"), Qt::Key_F4), &QPushButton::clicked, this,
            [this] { guarded([this] { startPicking(); }); });
    connect(addKey(tr("Short\nF5"), QStringLiteral("pickupShortButton"), Qt::Key_F5), &QPushButton::clicked, this,
            [this] { guarded([this] { markShort(); }); });
    connect(addKey(tr("Ready, print label\nF6"), QStringLiteral("pickupMarkReadyButton"), Qt::Key_F6),
            &QPushButton::clicked, this, [this] { guarded([this] { markReady(); }); });
    connect(addKey(tr("Pickup code\nF7"), QStringLiteral("pickupHandOverButton"), Qt::Key_F7), &QPushButton::clicked,
            this, [this] { guarded([this] { askForCode(); }); });
    connect(addKey(tr("Refused\nF8"), QStringLiteral("pickupRefuseButton"), Qt::Key_F8), &QPushButton::clicked, this,
            &PickupScreen::toggleRefused);
    connect(addKey(tr("Cancel order\nF9"), QStringLiteral("pickupCancelButton"), Qt::Key_F9), &QPushButton::clicked,
            this, [this] { guarded([this] { cancelOrder(); }); });
    connect(addKey(tr("Back to the sale\nEsc"), QStringLiteral("pickupBackButton"), Qt::Key_Escape),
            &QPushButton::clicked, this, &PickupScreen::finished);
    QPushButton* doneButton = addKey(tr("Hand over\nF12"), QStringLiteral("pickupDoneButton"), Qt::Key_F12);
    doneButton->setProperty("role", QStringLiteral("primary"));
    connect(doneButton, &QPushButton::clicked, this, [this] { guarded([this] { handOver(); }); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_input);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_ordersTable, 3);
    layout->addWidget(m_orderLabel);
    layout->addWidget(m_linesTable, 2);
    layout->addWidget(m_functionBar);
    connect(m_input, &QLineEdit::returnPressed, this, [this] { guarded([this] { inputEntered(); }); });
}

QPushButton* PickupScreen::addKey(const QString& text, const QString& name, Qt::Key key) {
    return m_functionKeys.addButton(m_functionBar, text, name, key, kKeysPerRow);
}

void PickupScreen::start() {
    m_order.reset();
    say({}, false);
    setMode(Mode::Browse);
    guarded([this] { showOrders(Filter::ToPick); });
    m_input->setFocus();
}

void PickupScreen::startHandOver(const QString& scanned) {
    start();
    guarded([this, scanned] { claim(scanned, {}); });
}

void PickupScreen::showOrders(Filter filter) {
    m_filter = filter;
    for (const auto& [each, button] : m_filterButtons) {
        button->setChecked(each == filter);
    }
    const core::TillIdentity till = m_checkout.till().settings().identity();
    m_titleLabel->setText(tr("Pickup orders of store %1 (%2)").arg(till.storeId, till.storeName));
    core::PickupOrders copies = m_checkout.till().pickups();
    m_shown.clear();
    if (filter == Filter::ToPick) {
        m_shown = copies.list(core::PickupStatus::Picking);
        for (core::Pickup& fresh : copies.list(core::PickupStatus::New)) {
            m_shown.push_back(std::move(fresh));
        }
    } else {
        m_shown = copies.list(filter == Filter::Ready ? std::optional(core::PickupStatus::Ready) : std::nullopt);
    }
    m_ordersTable->setRowCount(static_cast<int>(m_shown.size()));
    int chosen = -1;
    for (int row = 0; row < static_cast<int>(m_shown.size()); ++row) {
        const core::Pickup& pickup = m_shown[static_cast<std::size_t>(row)];
        std::int64_t items = 0;
        for (const core::PickupLine& line : pickup.lines) {
            items += line.quantityMilli;
        }
        m_ordersTable->setItem(row, 0, tableCell(pickup.order));
        m_ordersTable->setItem(row, 1, tableCell(statusText(pickup.status)));
        m_ordersTable->setItem(row, 2, tableCell(pickup.customerName));
        m_ordersTable->setItem(row, 3, tableCell(waited(pickup), true));
        m_ordersTable->setItem(row, 4, tableCell(pickup.paid ? tr("Paid online") : tr("Pays here")));
        m_ordersTable->setItem(row, 5, tableCell(quantity(items), true));
        if (m_order && m_order->order == pickup.order) {
            chosen = row;
        }
    }
    if (m_shown.empty()) {
        say(filter == Filter::ToPick ? tr("No pickup orders are waiting to be picked.") : tr("No pickup orders here."),
            false);
    }
    m_ordersTable->selectRow(chosen >= 0 ? chosen : 0);
    if (chosen < 0 && !m_shown.empty()) {
        m_order = m_shown.front();
    }
    showLines();
}

void PickupScreen::choose(const QString& order) {
    const core::Result<core::Pickup> found = desk().find(order);
    if (!found) {
        refused(found.error());
        return;
    }
    m_order = found.value();
    showOrders(found->status == core::PickupStatus::Ready ? Filter::Ready
               : found->isOpen()                          ? Filter::ToPick
                                                          : Filter::All);
}

void PickupScreen::showLines() {
    if (!m_order) {
        m_orderLabel->clear();
        m_linesTable->setRowCount(0);
        return;
    }
    const core::Pickup& pickup = *m_order;
    QString header = tr("Order %1 · %2 · %3").arg(pickup.order, statusText(pickup.status), pickup.customerName);
    if (!pickup.customerPhone.isEmpty()) {
        header += QStringLiteral(" · ") + pickup.customerPhone;
    }
    if (pickup.status == core::PickupStatus::Ready && pickup.collectBy) {
        header +=
            QStringLiteral(" · ") + tr("collect by %1").arg(core::formatDate(pickup.collectBy->toLocalTime().date()));
    }
    m_orderLabel->setText(header);
    const int keep = std::max(m_linesTable->currentRow(), 0);
    m_linesTable->setRowCount(static_cast<int>(pickup.lines.size()));
    for (int row = 0; row < static_cast<int>(pickup.lines.size()); ++row) {
        const core::PickupLine& line = pickup.lines[static_cast<std::size_t>(row)];
        std::optional<core::Product> product;
        try {
            product = m_checkout.till().catalog().bySku(line.sku);
        } catch (const core::StoreError&) {
            // The SKU names it.
        }
        const auto refusedHere = m_refused.find(line.line);
        m_linesTable->setItem(row, 0, tableCell(QString::number(line.line), true));
        m_linesTable->setItem(row, 1, tableCell(product ? product->name : line.sku));
        m_linesTable->setItem(row, 2, tableCell(quantity(line.quantityMilli), true));
        m_linesTable->setItem(row, 3, tableCell(quantity(line.pickedMilli), true));
        m_linesTable->setItem(row, 4, tableCell(line.shortMilli > 0 ? quantity(line.shortMilli) : QString(), true));
        m_linesTable->setItem(
            row, 5, tableCell(refusedHere != m_refused.end() ? quantity(refusedHere->second) : QString(), true));
    }
    m_linesTable->selectRow(std::min(keep, m_linesTable->rowCount() - 1));
}

// What the scanner (or the clerk) typed: a customer's code, a shelf label, an item while
// picking, the pickup code asked for, or an order number.
void PickupScreen::inputEntered() {
    const QString text = m_input->text().trimmed();
    m_input->clear();
    if (text.isEmpty()) {
        return;
    }
    const std::optional<core::PickupScan> scan = core::parsePickupScan(text);
    if (scan && !scan->label) {
        claim(text, {});
    } else if (scan && m_mode == Mode::AwaitLabel) {
        checkLabel(text);
    } else if (scan) {
        setMode(Mode::Browse);
        choose(scan->order);
    } else if (m_mode == Mode::AwaitCode && m_order) {
        claim(m_order->order, text);
    } else if (m_mode == Mode::Picking) {
        pickItem(text);
    } else {
        choose(text);
    }
}

void PickupScreen::claim(const QString& orderOrScan, const QString& code) {
    const core::Result<core::Pickup> claimed = desk().claim(orderOrScan, code);
    if (!claimed && claimed.error().code == core::ErrorCode::PickupCodeLocked) {
        offerUnlock(claimed.error());
        return;
    }
    if (!claimed) {
        refused(claimed.error());
        return;
    }
    m_order = claimed.value();
    m_refused.clear();
    showOrders(Filter::Ready);
    setMode(Mode::AwaitLabel);
    say(tr("Fetch order %1 from the pickup shelf and scan its shelf label.").arg(m_order->order), false);
}

// Five wrong codes locked the order: a manager may unlock it here, and the customer's code is then
// scanned or typed again.
void PickupScreen::offerUnlock(const core::Error& locked) {
    const QString order = locked.detail;
    const auto approval = ApprovalDialog::ask(
        core::describe(locked) + QLatin1Char('\n') + tr("A manager's operator number and PIN unlock it."),
        [this, order](const QString& id, const QString& pin) { return desk().unlock(order, id, pin); }, this);
    if (!approval) {
        refused(locked);
        return;
    }
    say(tr("Order %1 is unlocked: scan or type the customer's code again.").arg(order), false);
}

void PickupScreen::checkLabel(const QString& scanned) {
    if (const core::Result<void> right = desk().checkLabel(*m_order, scanned); !right) {
        refused(right.error());
        return;
    }
    setMode(Mode::HandOver);
    say(m_order->paid ? tr("Order %1 is paid online. Mark what the customer refuses (F8), then F12 hands it over.")
                            .arg(m_order->order)
                      : tr("Order %1 is paid here. Mark what the customer refuses (F8), then F12 rings it up.")
                            .arg(m_order->order),
        false);
}

void PickupScreen::startPicking() {
    if (!m_order) {
        say(tr("Choose the order to pick first (arrow keys, or type its number)."), true);
        return;
    }
    if (const core::Result<void> pickable =
            core::checkPickupStep(m_order->order, m_order->status, core::PickupStatus::Picking);
        !pickable && m_order->status != core::PickupStatus::Picking) {
        refused(pickable.error());
        return;
    }
    setMode(Mode::Picking);
    say(tr("Picking order %1: scan each item. F5 marks the chosen line's rest short, F6 marks the order ready.")
            .arg(m_order->order),
        false);
}

void PickupScreen::pickItem(const QString& code) {
    const core::Result<core::Pickup> picked = desk().pick(m_order->order, code);
    if (!picked) {
        refused(picked.error());
        return;
    }
    m_order = picked.value();
    showOrders(m_filter); // the order's state and lines as they stand now
    const bool allPicked = std::all_of(m_order->lines.begin(), m_order->lines.end(), [](const core::PickupLine& line) {
        return line.pickedMilli + line.shortMilli >= line.quantityMilli;
    });
    say(allPicked ? tr("Picked: every item of order %1 is picked. F6 marks it ready and prints its label.")
                        .arg(m_order->order)
                  : tr("Picked. Scan the next item of order %1.").arg(m_order->order),
        false);
}

void PickupScreen::markShort() {
    const int line = chosenLine();
    if (!m_order || line == 0) {
        say(tr("Choose the order and its line first (arrow keys)."), true);
        return;
    }
    const core::Result<core::Pickup> marked = desk().markShort(m_order->order, line);
    if (!marked) {
        refused(marked.error());
        return;
    }
    m_order = marked.value();
    setMode(Mode::Picking);
    showOrders(m_filter);
    say(tr("Line %1 is short: the web shop hears of it when the order is ready.").arg(line), false);
}

void PickupScreen::markReady() {
    if (!m_order) {
        say(tr("Choose the order to pick first (arrow keys, or type its number)."), true);
        return;
    }
    core::PickupDesk pickups = desk();
    const core::Result<core::Pickup> ready = pickups.markReady(m_order->order);
    if (!ready) {
        refused(ready.error());
        return;
    }
    m_printer.print(core::renderShelfLabelEscPos(pickups.shelfLabel(*ready)));
    m_order = ready.value();
    setMode(Mode::Browse);
    showOrders(m_filter);
    say(tr("Order %1 is ready: put its shelf label on the parcel and the parcel on the pickup shelf.")
            .arg(ready->order),
        false);
}

void PickupScreen::askForCode() {
    if (!m_order) {
        say(tr("Scan the customer's code, or choose the order first."), true);
        return;
    }
    setMode(Mode::AwaitCode);
    say(tr("Type the pickup code from the customer's confirmation of order %1 and press Enter.").arg(m_order->order),
        false);
}

void PickupScreen::toggleRefused() {
    const int line = chosenLine();
    if (m_mode != Mode::HandOver || line == 0) {
        say(tr("Refusing an item is part of the hand-over: scan the customer's code and the shelf label first."), true);
        return;
    }
    const core::PickupLine* picked = m_order->line(line);
    if (m_refused.erase(line) == 0 && picked != nullptr && picked->pickedMilli > 0) {
        m_refused[line] = picked->pickedMilli;
    }
    showLines();
}

void PickupScreen::handOver() {
    if (m_mode != Mode::HandOver || !m_order) {
        say(tr("Scan the customer's code and the order's shelf label first."), true);
        return;
    }
    if (m_order->paid) {
        handOverPaid();
        return;
    }
    if (const core::Result<void> rung = m_checkout.ringUpPickup(*m_order, m_refused); !rung) {
        refused(rung.error());
        return;
    }
    const QString order = m_order->order;
    m_order.reset();
    setMode(Mode::Browse);
    Q_EMIT saleStarted(tr("Order %1 is in the basket at the order's prices: take the payment (F12).").arg(order));
}

void PickupScreen::handOverPaid() {
    core::PickupDesk pickups = desk();
    const core::Result<core::Pickup> handed = pickups.handOverPaid(m_order->order, m_refused);
    if (!handed) {
        refused(handed.error());
        return;
    }
    QString done = tr("Order %1 handed over.").arg(handed->order);
    m_printer.print(core::renderHandOverEscPos(pickups.handedOver(*handed, m_refused),
                                               staff().value_or(core::Operator{}).name, QDateTime::currentDateTime(),
                                               m_checkout.receiptHeader()));
    if (!m_refused.empty()) {
        auto returned = pickups.returnRefused(handed->order, m_refused, m_checkout.terminal());
        std::optional<core::Error> problem;
        if (!returned) {
            problem = returned.error();
        } else if (!(*returned)->approvalsNeeded().empty() &&
                   !ApprovalDialog::ask(
                       (*returned)->approvalsNeeded().front().detail,
                       [&returned](const QString& id, const QString& pin) -> core::Result<core::Approval> {
                           if (auto approved = (*returned)->approve(id, pin); !approved) {
                               return approved.error();
                           }
                           return core::Approval{QStringLiteral("return"), id, QString()};
                       },
                       this)) {
            problem = core::makeError(core::ErrorCode::ReturnApprovalRequired, tr("the refused items"));
        } else if (auto completed = (*returned)->complete(core::RefundMethod::Original); !completed) {
            problem = completed.error();
        } else {
            m_printer.print(core::renderReturnEscPos(*completed, m_checkout.receiptHeader()));
            done +=
                QLatin1Char(' ') +
                tr("The refused items are refunded to the online payment (return %1).").arg(completed->receiptNumber);
        }
        if (problem) {
            done += QLatin1Char(' ') + tr("The refused items were not refunded: take them back on the return screen "
                                          "with the order number. (%1)")
                                           .arg(core::describe(*problem));
        }
    }
    m_refused.clear();
    m_order = handed.value();
    setMode(Mode::Browse);
    showOrders(Filter::Ready);
    say(done, false);
}

void PickupScreen::cancelOrder() {
    if (!m_order) {
        say(tr("Choose the order to pick first (arrow keys, or type its number)."), true);
        return;
    }
    bool ok = false;
    const KeepFocus keyboard;
    const QString reason = QInputDialog::getText(this, tr("Cancel order %1").arg(m_order->order),
                                                 tr("Why is the order cancelled?"), QLineEdit::Normal, {}, &ok);
    if (!ok) {
        return;
    }
    const core::Result<core::Pickup> cancelled = desk().cancel(m_order->order, reason);
    if (!cancelled) {
        refused(cancelled.error());
        return;
    }
    m_order = cancelled.value();
    setMode(Mode::Browse);
    showOrders(m_filter);
    say(tr("Order %1 is cancelled: put its goods back on the shelves.").arg(cancelled->order), false);
}

int PickupScreen::chosenLine() const {
    const int row = m_linesTable->currentRow();
    if (!m_order || row < 0 || row >= static_cast<int>(m_order->lines.size())) {
        return 0;
    }
    return m_order->lines[static_cast<std::size_t>(row)].line;
}

std::optional<core::Operator> PickupScreen::staff() const {
    return m_checkout.cashier();
}

core::PickupDesk PickupScreen::desk() const {
    return core::PickupDesk(m_checkout.till(), staff().value_or(core::Operator{}));
}

void PickupScreen::guarded(const std::function<void()>& step) {
    try {
        step();
    } catch (const core::StoreError& error) {
        say(core::describe(error.toError()), true); // the disk failed: nothing of the step was kept
    }
}

void PickupScreen::setMode(Mode mode) {
    m_mode = mode;
    if (mode != Mode::HandOver && mode != Mode::AwaitLabel) {
        m_refused.clear();
    }
    switch (mode) {
    case Mode::Picking:
        m_input->setPlaceholderText(tr("Scan the items of the order"));
        break;
    case Mode::AwaitCode:
        m_input->setPlaceholderText(tr("The pickup code, six digits"));
        break;
    case Mode::AwaitLabel:
        m_input->setPlaceholderText(tr("Scan the parcel's shelf label"));
        break;
    case Mode::HandOver:
        m_input->setPlaceholderText(tr("F8 marks the chosen line refused, F12 hands the order over"));
        break;
    case Mode::Browse:
        m_input->setPlaceholderText(tr("Scan the customer's code or a shelf label, or type an order number"));
        break;
    }
}

void PickupScreen::say(const QString& text, bool problem) {
    showMessage(m_messageLabel, text, problem ? Tone::Problem : Tone::Done);
}

void PickupScreen::refused(const core::Error& error) {
    say(core::describe(error), true);
}

void PickupScreen::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) {
        const bool lines = m_mode != Mode::Browse;
        moveRowChoice(lines ? m_linesTable : m_ordersTable, event->key() == Qt::Key_Up ? -1 : 1);
        return;
    }
    if (!m_functionKeys.handle(event)) {
        QWidget::keyPressEvent(event);
    }
}

} // namespace kassa::ui
