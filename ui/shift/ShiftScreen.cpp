#include "ShiftScreen.h"

#include "../common/ApprovalDialog.h"
#include "../common/Choices.h"
#include "../common/Format.h"
#include "../common/Messages.h"
#include "../printing/ReceiptPrinter.h"
#include "core/domain/ShiftReport.h"
#include "core/till/ShiftClose.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace kassa::ui {

namespace {

constexpr int kKeysPerRow = 6;

QString reasonLabel(const QString& code) {
    static const std::map<QString, const char*> labels{
        {QStringLiteral("change_from_bank"), QT_TRANSLATE_NOOP("kassa::ui::ShiftScreen", "Change from the bank")},
        {QStringLiteral("float_top_up"), QT_TRANSLATE_NOOP("kassa::ui::ShiftScreen", "Float top-up")},
        {QStringLiteral("petty_cash"), QT_TRANSLATE_NOOP("kassa::ui::ShiftScreen", "Petty cash paid out")},
        {QStringLiteral("supplier"), QT_TRANSLATE_NOOP("kassa::ui::ShiftScreen", "Paid to a supplier")},
        {QStringLiteral("bank_deposit"), QT_TRANSLATE_NOOP("kassa::ui::ShiftScreen", "Taken to the bank")},
        {QStringLiteral("safe_drop"), QT_TRANSLATE_NOOP("kassa::ui::ShiftScreen", "Into the safe")},
        {QStringLiteral("give_change"), QT_TRANSLATE_NOOP("kassa::ui::ShiftScreen", "Change for a customer")},
        {QStringLiteral("check_drawer"), QT_TRANSLATE_NOOP("kassa::ui::ShiftScreen", "Drawer checked")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("kassa::ui::ShiftScreen", "Other")},
    };
    const auto found = labels.find(code);
    return found == labels.end() ? code : QCoreApplication::translate("kassa::ui::ShiftScreen", found->second);
}

} // namespace

ShiftScreen::ShiftScreen(core::Checkout& checkout, ReceiptPrinter& printer, QWidget* parent)
    : QWidget(parent)
    , m_checkout(checkout)
    , m_printer(printer)
    , m_titleLabel(new QLabel(this))
    , m_amountCaption(new QLabel(this))
    , m_amountEdit(new QLineEdit(this))
    , m_reasonBox(new QComboBox(this))
    , m_noteEdit(new QLineEdit(this))
    , m_messageLabel(new QLabel(this))
    , m_reportView(new QPlainTextEdit(this))
    , m_functionBar(new QWidget(this)) {
    setObjectName(QStringLiteral("shiftScreen"));
    m_functionKeys.onUnavailable([this](const QString& why) { say(why, true); });
    m_titleLabel->setObjectName(QStringLiteral("shiftTitleLabel"));
    m_titleLabel->setWordWrap(true);
    m_amountEdit->setObjectName(QStringLiteral("shiftAmountLineEdit"));
    m_amountEdit->setMaxLength(200);
    m_reasonBox->setObjectName(QStringLiteral("shiftReasonBox"));
    makeKeyboardChoice(m_reasonBox);
    m_noteEdit->setObjectName(QStringLiteral("shiftNoteLineEdit"));
    m_noteEdit->setMaxLength(200);
    m_messageLabel->setObjectName(QStringLiteral("shiftMessageLabel"));
    makeMessageLine(m_messageLabel);
    m_reportView->setObjectName(QStringLiteral("shiftReportView"));
    m_reportView->setReadOnly(true);
    m_reportView->setFocusPolicy(Qt::NoFocus);
    m_reportView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto* form = new QFormLayout;
    form->addRow(m_amountCaption, m_amountEdit);
    form->addRow(tr("Reason"), m_reasonBox);
    form->addRow(tr("Note"), m_noteEdit);

    auto* functions = new QGridLayout(m_functionBar);
    functions->setContentsMargins(0, 0, 0, 0);
    const struct {
        Action action;
        const char* text;
        const char* name;
        Qt::Key key;
    } actions[] = {
        {Action::Open, QT_TR_NOOP("Open shift\nF1"), "shiftOpenButton", Qt::Key_F1},
        {Action::CashIn, QT_TR_NOOP("Cash in\nF2"), "shiftCashInButton", Qt::Key_F2},
        {Action::CashOut, QT_TR_NOOP("Cash out\nF3"), "shiftCashOutButton", Qt::Key_F3},
        {Action::SafeDrop, QT_TR_NOOP("Safe drop\nF4"), "shiftSafeDropButton", Qt::Key_F4},
        {Action::NoSale, QT_TR_NOOP("Open drawer\nF5"), "shiftNoSaleButton", Qt::Key_F5},
    };
    for (const auto& action : actions) {
        QPushButton* button = addKey(tr(action.text), QString::fromLatin1(action.name), action.key);
        button->setCheckable(true);
        m_actionButtons[action.action] = button;
        connect(button, &QPushButton::clicked, this, [this, chosen = action.action] { choose(chosen); });
    }
    connect(addKey(tr("X report\nF6"), QStringLiteral("shiftXReportButton"), Qt::Key_F6), &QPushButton::clicked, this,
            [this] { guarded([this] { showXReport(); }); });
    QPushButton* closeButton = addKey(tr("Close shift (Z)\nF7"), QStringLiteral("shiftCloseButton"), Qt::Key_F7);
    closeButton->setCheckable(true);
    m_actionButtons[Action::Close] = closeButton;
    connect(closeButton, &QPushButton::clicked, this, [this] { choose(Action::Close); });
    connect(addKey(tr("Training\nF9"), QStringLiteral("shiftTrainingButton"), Qt::Key_F9), &QPushButton::clicked, this,
            [this] { guarded([this] { switchTraining(); }); });
    connect(addKey(tr("Log out\nF11"), QStringLiteral("shiftLogOutButton"), Qt::Key_F11), &QPushButton::clicked, this,
            &ShiftScreen::logOutRequested);
    connect(addKey(tr("Back to the sale\nEsc"), QStringLiteral("shiftBackButton"), Qt::Key_Escape),
            &QPushButton::clicked, this, &ShiftScreen::finished);
    m_doneButton = addKey(tr("Done\nF12"), QStringLiteral("shiftDoneButton"), Qt::Key_F12);
    m_doneButton->setProperty("role", QStringLiteral("primary"));
    connect(m_doneButton, &QPushButton::clicked, this, &ShiftScreen::perform);
    setTabOrder(m_amountEdit, m_reasonBox);
    setTabOrder(m_reasonBox, m_noteEdit);
    setTabOrder(m_noteEdit, m_amountEdit);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_reportView, 1);
    layout->addWidget(m_functionBar);
    connect(m_amountEdit, &QLineEdit::returnPressed, this, &ShiftScreen::perform);
    connect(m_noteEdit, &QLineEdit::returnPressed, this, &ShiftScreen::perform);
}

core::DrawerMovementKind ShiftScreen::movementOf(Action action) {
    switch (action) {
    case Action::CashOut:
        return core::DrawerMovementKind::CashOut;
    case Action::SafeDrop:
        return core::DrawerMovementKind::SafeDrop;
    case Action::NoSale:
        return core::DrawerMovementKind::NoSale;
    default:
        return core::DrawerMovementKind::CashIn;
    }
}

QPushButton* ShiftScreen::addKey(const QString& text, const QString& name, Qt::Key key) {
    return m_functionKeys.addButton(m_functionBar, text, name, key, kKeysPerRow);
}

void ShiftScreen::start(const QString& notice) {
    m_amountEdit->clear();
    m_noteEdit->clear();
    m_reportView->clear();
    say(notice, !notice.isEmpty());
    bool open = false;
    try {
        open = m_checkout.till().shifts().current().has_value();
    } catch (const core::StoreError& error) {
        say(QString::fromUtf8(error.what()), true);
    }
    choose(open ? Action::None : Action::Open);
    m_amountEdit->setFocus();
}

void ShiftScreen::choose(Action action) {
    m_action = action;
    for (const auto& [each, button] : m_actionButtons) {
        button->setChecked(each == action);
    }
    m_reasonBox->clear();
    m_reportView->clear(); // a report shown is of the shift as it was: gone with the next step
    const bool movement = action != Action::None && action != Action::Open && action != Action::Close;
    if (movement) {
        for (const QString& code : core::drawerReasons(movementOf(action))) {
            addChoice(m_reasonBox, reasonLabel(code), code);
        }
    }
    m_reasonBox->setEnabled(movement);
    m_amountEdit->setEnabled(action != Action::NoSale);
    (action == Action::NoSale ? static_cast<QWidget*>(m_reasonBox) : m_amountEdit)->setFocus();
    m_doneButton->setText(action == Action::None ? tr("Done\nF12") : tr("Record\nF12"));
    switch (action) {
    case Action::None:
        m_amountCaption->setText(tr("Amount"));
        m_amountEdit->setPlaceholderText(tr("choose what to do first: F1 … F7"));
        break;
    case Action::Open:
        m_amountCaption->setText(tr("Float counted"));
        m_amountEdit->setPlaceholderText(tr("%1, or by denomination: 20x5 10x3 %2x4")
                                             .arg(formatMoney(core::Money(150'00)), formatMoney(core::Money(50))));
        break;
    case Action::Close:
        // Blind: the cashier counts what is there; the till does not say what it expects.
        m_amountCaption->setText(tr("Cash counted"));
        m_amountEdit->setPlaceholderText(tr("the drawer's cash, by denomination (50x2 20x3 …) or as a total"));
        break;
    default:
        m_amountCaption->setText(tr("Amount"));
        m_amountEdit->setPlaceholderText(tr("in euros, such as %1").arg(formatMoney(core::Money(50'00))));
        break;
    }
    m_noteEdit->setPlaceholderText(action == Action::Close ? tr("the reason, when a manager approves a difference")
                                                           : tr("optional"));
    showState();
}

void ShiftScreen::showState() {
    QString title;
    try {
        if (const std::optional<core::ShiftRecord> shift = m_checkout.till().shifts().current()) {
            title = tr("Shift %1, open since %2 (opened by %3).")
                        .arg(shift->number)
                        .arg(shift->openedAt.toLocalTime().toString(QStringLiteral("d.M. HH:mm")), shift->openedBy);
        } else {
            title = tr("No shift is open: count the float into the drawer and open one (F1, then F12).");
        }
        if (m_checkout.trainingMode()) {
            title += QLatin1Char(' ') + tr("Training mode is on.");
        }
    } catch (const core::StoreError& error) {
        title = QString::fromUtf8(error.what());
    }
    m_titleLabel->setText(title);
}

void ShiftScreen::guarded(const std::function<void()>& step) {
    try {
        step();
    } catch (const core::StoreError& error) {
        say(core::describe(error.toError()), true); // the disk failed: nothing of the step was kept
    }
}

void ShiftScreen::perform() {
    if (!m_checkout.cashier()) {
        return;
    }
    if (m_action == Action::None && !m_amountEdit->text().trimmed().isEmpty()) {
        say(tr("Choose what the amount is for first: F2 cash in, F3 cash out, F4 safe drop, F7 the close."), true);
        return;
    }
    if (m_action == Action::None) {
        Q_EMIT finished();
        return;
    }
    guarded([this] {
        switch (m_action) {
        case Action::None:
            break;
        case Action::Open:
            openShift();
            break;
        case Action::Close:
            closeShift();
            break;
        default:
            moveCash(movementOf(m_action));
            break;
        }
    });
    showState();
}

void ShiftScreen::openShift() {
    const core::Result<core::CashCount> counted = core::parseCashCount(m_amountEdit->text());
    if (!counted) {
        say(core::describe(counted.error()), true);
        return;
    }
    const auto opened = m_checkout.till().shifts().open(*counted, *m_checkout.cashier(), QDateTime::currentDateTime());
    if (!opened) {
        say(core::describe(opened.error()), true);
        return;
    }
    m_printer.kickDrawer(); // the float goes in
    m_amountEdit->clear();
    choose(Action::None);
    say(tr("Shift %1 is open with a float of %2.").arg(opened->number).arg(formatMoney(counted->total)), false);
}

void ShiftScreen::moveCash(core::DrawerMovementKind kind) {
    core::Money amount;
    if (kind != core::DrawerMovementKind::NoSale) {
        const core::Result<core::Money> typed = core::Money::parse(m_amountEdit->text().trimmed());
        if (!typed) {
            say(tr("Type the amount in euros, such as %1.").arg(formatMoney(core::Money(50'00))), true);
            return;
        }
        amount = *typed;
    }
    const core::DrawerMovement movement{kind,
                                        amount,
                                        m_reasonBox->currentData().toString(),
                                        m_noteEdit->text().trimmed(),
                                        m_checkout.cashier()->id,
                                        QDateTime::currentDateTime()};
    if (const auto moved = m_checkout.till().shifts().move(movement); !moved) {
        say(core::describe(moved.error()), true);
        return;
    }
    m_printer.kickDrawer();
    m_amountEdit->clear();
    m_noteEdit->clear();
    const QString reason = reasonLabel(movement.reason);
    choose(Action::None);
    say(kind == core::DrawerMovementKind::NoSale
            ? tr("The drawer is open (%1); it is logged.").arg(reason)
            : tr("%1 recorded (%2); the drawer is open.").arg(formatMoney(amount), reason),
        false);
}

void ShiftScreen::closeShift() {
    core::TillDatabase& till = m_checkout.till();
    core::ShiftClose shiftClose(till, *m_checkout.cashier());
    const QString count = m_amountEdit->text();
    const QString reason = m_noteEdit->text().trimmed();
    auto closed = shiftClose.close(count, reason);
    if (!closed && closed.error().code == core::ErrorCode::CountNeedsApproval) {
        if (reason.isEmpty()) {
            say(core::describe(closed.error()) + QLatin1Char(' ') +
                    tr("Type the reason in Note and press F12 again for the manager."),
                true);
            return;
        }
        const auto approval = ApprovalDialog::ask(
            core::describe(closed.error()),
            [&shiftClose, &reason](const QString& id, const QString& pin) {
                return shiftClose.approve(id, pin, reason);
            },
            this);
        if (!approval) {
            say(tr("Not closed: count again, or ask a manager."), true);
            return;
        }
        closed = shiftClose.close(count, reason, approval);
    }
    if (!closed) {
        say(core::describe(closed.error()), true);
        return;
    }
    const QString report = core::renderZReportText(*closed, till.settings().identity(), m_checkout.receiptHeader());
    m_printer.print(core::renderTextEscPos(report));
    m_amountEdit->clear();
    m_noteEdit->clear();
    choose(Action::Open);
    m_reportView->setPlainText(report);
    say(tr("Shift %1 is closed: Z report %2 is printed.").arg(closed->shift.number).arg(closed->shift.zNumber), false);
}

// The X report shows the cash expected, so a cashier's close would no longer be blind: it is a
// supervisor's, asked for when the cashier is not one.
void ShiftScreen::showXReport() {
    core::TillDatabase& till = m_checkout.till();
    if (m_checkout.cashier()->role < core::Role::Supervisor) {
        const auto approval = ApprovalDialog::ask(
            tr("The X report shows the cash the drawer should hold: a supervisor's operator number and PIN."),
            [&till](const QString& id, const QString& pin) {
                return till.operators().approve(id, pin, core::Role::Supervisor, QStringLiteral("x_report"),
                                                QDateTime::currentDateTime());
            },
            this);
        if (!approval) {
            return;
        }
    }
    const std::optional<core::ShiftRecord> shift = till.shifts().current();
    if (!shift) {
        say(core::describe(core::Error{core::ErrorCode::ShiftNotOpen, {}}), true);
        return;
    }
    const QString report = core::renderXReportText(*shift, till.shifts().figures(*shift), till.settings().identity(),
                                                   m_checkout.receiptHeader());
    m_reportView->setPlainText(report);
    m_printer.print(core::renderTextEscPos(report));
    say(tr("X report printed; the shift stays open."), false);
}

void ShiftScreen::switchTraining() {
    const bool on = !m_checkout.trainingMode();
    std::optional<core::Error> refused;
    const auto approval = ApprovalDialog::ask(
        on ? tr("Training mode: sales are practice and never count. A manager's operator number and PIN.")
           : tr("Back to real sales: a manager's operator number and PIN."),
        [this, on, &refused](const QString& id, const QString& pin) -> core::Result<core::Approval> {
            if (auto switched = m_checkout.setTrainingMode(on, id, pin); !switched) {
                if (switched.error().code != core::ErrorCode::WrongPin &&
                    switched.error().code != core::ErrorCode::NotAuthorized) {
                    refused = switched.error(); // not the person: the dialog cannot put it right
                    return core::Approval{QStringLiteral("training"), id, {}};
                }
                return switched.error();
            }
            return core::Approval{QStringLiteral("training"), id, {}};
        },
        this);
    if (refused) {
        say(core::describe(*refused), true);
    } else if (approval) {
        say(on ? tr("Training mode is on: sales print as training and count nowhere.")
               : tr("Training mode is off: the till sells for real."),
            false);
    }
    showState();
}

void ShiftScreen::say(const QString& text, bool problem) {
    showMessage(m_messageLabel, text, problem ? Tone::Problem : Tone::Done);
}

void ShiftScreen::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_PageDown || event->key() == Qt::Key_PageUp) {
        m_reportView->verticalScrollBar()->triggerAction(
            event->key() == Qt::Key_PageDown ? QAbstractSlider::SliderPageStepAdd : QAbstractSlider::SliderPageStepSub);
        return;
    }
    if (!m_functionKeys.handle(event)) {
        QWidget::keyPressEvent(event);
    }
}

} // namespace kassa::ui
