#pragma once

// The store's stock operations at the till, one key (F2) from the sale screen: goods received
// (against a delivery head office sent, or freely), a count sheet for an area, an adjustment
// with its reason, a transfer out to another store and a transfer in when it arrives. F5, F6,
// F7, F9 and F10 choose the operation (the lines scanned so far stay); the clerk scans items (a scan again adds one
// more), types a number and presses F4 to set the chosen line's quantity (0 on a count: none on the shelf), F8 removes
// a line, F12 records it all through core::StockDesk, the checks `kassactl stock` makes. A refusal says what is wrong
// and records nothing; the lines stay to be put right.

#include "../common/FunctionKeys.h"
#include "core/domain/Delivery.h"
#include "core/till/Checkout.h"
#include "core/till/StockDesk.h"

#include <QWidget>
#include <map>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kassa::ui {

class StockScreen : public QWidget {
    Q_OBJECT

public:
    explicit StockScreen(core::Checkout& checkout, QWidget* parent = nullptr);

    // Goods receipt, no lines, the deliveries and stores as the till knows them now.
    void start();

Q_SIGNALS:
    void finished();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Line {
        core::Product product;
        std::int64_t quantityMilli = 0;
        std::int64_t expectedMilli = -1; // on the delivery chosen; -1: no delivery
    };

    QPushButton* addKey(const QString& text, const QString& name, Qt::Key key);
    void chooseOperation(core::StockOperationKind kind);
    void deliveryChosen();
    void codeEntered();
    void setQuantity();
    void removeLine();
    void record();
    void showLines(int chosenRow);
    void say(const QString& text, bool problem);
    [[nodiscard]] std::optional<core::Delivery> chosenDelivery() const;
    [[nodiscard]] core::StockRequest request() const;

    core::Checkout& m_checkout;
    core::StockOperationKind m_kind = core::StockOperationKind::Received;
    std::vector<Line> m_lines;
    std::vector<core::Delivery> m_deliveries;
    QLabel* m_titleLabel;
    QLineEdit* m_input;
    QLabel* m_messageLabel;
    QTableWidget* m_linesTable;
    QFormLayout* m_details;
    QComboBox* m_deliveryBox;
    QLineEdit* m_areaEdit;
    QComboBox* m_reasonBox;
    QComboBox* m_storeBox;
    QLineEdit* m_transferEdit;
    QWidget* m_functionBar;
    std::map<core::StockOperationKind, QPushButton*> m_kindButtons;
    FunctionKeys m_functionKeys;
};

} // namespace kassa::ui
