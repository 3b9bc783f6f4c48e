#pragma once

// Goods back at the till, one key (F5) from the sale screen. Staff scan the receipt's QR code or
// type a receipt or web order number (F3 for no receipt, then scan the items); each sold line
// shows what was sold, what has come back already and what can still come back; staff choose
// lines and quantities with a reason and where the goods go, and refund to the original
// tenders (F12), in cash (F9) or as store credit (F10). The rules are ReturnDesk's, as for
// `kassactl return`. Head office and the payment terminal are waited for off the UI thread: the
// screen says what it waits for, and when head office cannot be reached it says the return is
// decided offline.

#include "../common/FunctionKeys.h"
#include "core/sync/SyncLink.h"
#include "core/till/ReturnDesk.h"
#include "core/till/ReturnLookup.h"

#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kassa::ui {

class ReturnScreen : public QWidget {
    Q_OBJECT

public:
    // `sync` may be null: the till then decides every return offline.
    ReturnScreen(core::TillDatabase& till, core::PaymentTerminal& terminal, core::SyncLink* sync,
                 QWidget* parent = nullptr);
    ~ReturnScreen() override;

    // A new, empty return by `cashier`; an exchange when new items worth `exchangeFor` wait in
    // the sale's basket (they are paid first from what comes back).
    void start(const core::Operator& cashier, core::Money exchangeFor = core::Money());
    // A return of the receipt or web order `number` for the customer (from their history),
    // looked up at once.
    void startFor(const core::Operator& cashier, const QString& number, const QString& customerId);
    [[nodiscard]] bool busy() const { return m_busy; }

Q_SIGNALS:
    void returnCompleted(const kassa::core::CompletedReturn& completed);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QPushButton* addFunctionButton(const QString& text, const QString& objectName, Qt::Key key);
    void findEntered();
    void lookUp(const QString& text);
    void decide(core::ReturnQuery query, core::CentralDocument answer);
    void openDocument(core::ReturnableDocument document, const QString& offlineReason);
    void startWithoutReceipt();
    void takeBack();
    void quantityEntered();
    bool eventFilter(QObject* watched, QEvent* event) override;
    void removeChosen();
    void refund(core::RefundMethod method);
    void holdAndRefund(core::RefundMethod method);
    void refundThroughTerminal(core::ReturnDesk::RefundRun run);
    void record(const core::ReturnDesk::RefundRun& run);
    bool approveIfNeeded();
    void cancel();
    void showSold();
    void showChosen();
    void setBusy(const QString& waitingFor);
    void report(const core::Error& error);
    void say(const QString& text, bool error);

    core::TillDatabase& m_till;
    core::PaymentTerminal& m_terminal;
    core::SyncLink* m_sync;
    std::unique_ptr<core::ReturnDesk> m_desk;
    QLineEdit* m_findEdit;
    QLabel* m_titleLabel;
    QLabel* m_sourceLabel;
    QTableWidget* m_soldTable;
    QLineEdit* m_quantityEdit;
    QComboBox* m_reasonBox;
    QComboBox* m_dispositionBox;
    QTableWidget* m_chosenTable;
    QLabel* m_totalLabel;
    QLabel* m_messageLabel;
    QLabel* m_busyLabel;
    QLabel* m_exchangeBanner;
    QWidget* m_functionBar;
    FunctionKeys m_functionKeys;
    bool m_busy = false;
};

} // namespace kassa::ui
