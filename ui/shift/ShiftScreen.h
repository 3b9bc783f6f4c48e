#pragma once

// The shift and the cash drawer, one key (F11) from the sale screen, and the screen a cashier
// lands on after logging in when no shift is open. F1 … F5 and F7 choose what to do (open the
// shift with the float counted, cash in, cash out, a safe drop, the drawer opened without a
// sale, the close); the cashier types the amount, or the count by denomination
// ("20x5 10x3 0.50x4"), picks the reason and presses F12. F6 shows and prints the X report (a
// supervisor's: it shows the cash expected), F9 switches training mode (a manager's), F11 logs
// out, Esc goes back to the sale. It opens with nothing chosen, and each step done leaves
// nothing chosen again, so F12 (Done) and Enter then go back to the sale rather than record a
// second movement. Tab goes amount → reason → note; ↑ ↓ or a reason's number choose the reason;
// PageUp and PageDown scroll the report. The close is blind: the screen never shows what the till
// expects, and a difference above the limit asks for a manager and a reason. Each step goes
// through core::Shifts, the rules `kassactl shift` uses; the drawer opens for each movement.

#include "../common/FunctionKeys.h"
#include "core/domain/Shift.h"
#include "core/till/Checkout.h"

#include <QWidget>
#include <functional>
#include <map>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace kassa::ui {

class ReceiptPrinter;

class ShiftScreen : public QWidget {
    Q_OBJECT

public:
    ShiftScreen(core::Checkout& checkout, ReceiptPrinter& printer, QWidget* parent = nullptr);

    // Fresh fields; with no shift open, opening one is chosen and `notice` says why it is asked.
    void start(const QString& notice = {});

Q_SIGNALS:
    void finished();
    void logOutRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    // What F12 does: one of the movements, opening or closing the shift; with None (the screen
    // as it opens on an open shift, and after each step) F12 and Enter go back to the sale.
    enum class Action { None, Open, CashIn, CashOut, SafeDrop, NoSale, Close };

    // The drawer movement an action records (Open and Close record none).
    static core::DrawerMovementKind movementOf(Action action);
    QPushButton* addKey(const QString& text, const QString& name, Qt::Key key);
    void choose(Action action);
    // Runs a step; a failing disk is said on the screen (each step is one transaction: nothing
    // of it was kept).
    void guarded(const std::function<void()>& step);
    void perform();
    void openShift();
    void moveCash(core::DrawerMovementKind kind);
    void closeShift();
    void showXReport();
    void switchTraining();
    void showState();
    void say(const QString& text, bool problem);

    core::Checkout& m_checkout;
    ReceiptPrinter& m_printer;
    Action m_action = Action::Open;
    QLabel* m_titleLabel;
    QLabel* m_amountCaption;
    QLineEdit* m_amountEdit;
    QComboBox* m_reasonBox;
    QLineEdit* m_noteEdit;
    QLabel* m_messageLabel;
    QPlainTextEdit* m_reportView;
    QWidget* m_functionBar;
    QPushButton* m_doneButton = nullptr;
    std::map<Action, QPushButton*> m_actionButtons;
    FunctionKeys m_functionKeys;
};

} // namespace kassa::ui
