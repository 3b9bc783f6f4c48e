#pragma once

// Buy online, pick up in store: the store's pickup orders, one key (F10) from the sale screen,
// or straight from a customer's code scanned there. The orders by state, newest first, with the
// customer and how long each has waited (F1 to pick, F2 ready, F3 all); the chosen order's lines.
//
// Picking: F4 picks the chosen order; items scanned go against it (a wrong item or one too many
// is refused on the spot), F5 marks the chosen line's rest short, F6 marks the order ready and
// prints its shelf label. Hand-over: the customer's code scanned ("PU:..."), or the order chosen,
// F7 and the pickup code typed; then the parcel's shelf label scanned; F8 marks the chosen line
// refused (again: taken after all); F12 hands it over. Paid online, a refused item is a return
// to the online payment; paid at collection, the order's lines go into the sale's basket at its
// prices and the cashier takes the payment. F9 cancels an order with a reason. Everything
// through core::PickupDesk and core::Checkout, the rules `kassactl pickups` uses, offline too.

#include "../common/FunctionKeys.h"
#include "core/till/Checkout.h"
#include "core/till/PickupDesk.h"

#include <QWidget>
#include <map>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kassa::ui {

class ReceiptPrinter;

class PickupScreen : public QWidget {
    Q_OBJECT

public:
    PickupScreen(core::Checkout& checkout, ReceiptPrinter& printer, QWidget* parent = nullptr);

    // The orders to pick, nothing chosen.
    void start();
    // A customer's code scanned on the sale screen: the hand-over of its order starts.
    void startHandOver(const QString& scanned);

Q_SIGNALS:
    void finished();
    // An order paid at collection is in the sale's basket: the sale screen takes over.
    void saleStarted(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    // What the input field's Enter means now.
    enum class Mode { Browse, Picking, AwaitCode, AwaitLabel, HandOver };
    enum class Filter { ToPick, Ready, All };

    QPushButton* addKey(const QString& text, const QString& name, Qt::Key key);
    void showOrders(Filter filter);
    void choose(const QString& order);
    void showLines();
    void inputEntered();
    void claim(const QString& orderOrScan, const QString& code);
    void checkLabel(const QString& scanned);
    void offerUnlock(const core::Error& locked);
    void startPicking();
    void pickItem(const QString& code);
    void markShort();
    void markReady();
    void askForCode();
    void toggleRefused();
    void handOver();
    void handOverPaid();
    void cancelOrder();
    [[nodiscard]] int chosenLine() const;
    [[nodiscard]] std::optional<core::Operator> staff() const;
    [[nodiscard]] core::PickupDesk desk() const;
    void guarded(const std::function<void()>& step);
    void setMode(Mode mode);
    void say(const QString& text, bool problem);
    void refused(const core::Error& error);

    core::Checkout& m_checkout;
    ReceiptPrinter& m_printer;
    Mode m_mode = Mode::Browse;
    Filter m_filter = Filter::ToPick;
    std::optional<core::Pickup> m_order;   // the chosen order, as the till has it now
    std::map<int, std::int64_t> m_refused; // at the hand-over: by order line
    std::vector<core::Pickup> m_shown;
    QLabel* m_titleLabel;
    QLineEdit* m_input;
    QLabel* m_messageLabel;
    QTableWidget* m_ordersTable;
    QLabel* m_orderLabel;
    QTableWidget* m_linesTable;
    QWidget* m_functionBar;
    std::map<Filter, QPushButton*> m_filterButtons;
    FunctionKeys m_functionKeys;
};

} // namespace kassa::ui
