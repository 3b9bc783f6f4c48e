#pragma once

// After the sale: the change to hand back, in large figures, and the receipt as printed.
// Enter, the New sale button or simply scanning the next customer's first item continues.

#include "core/domain/Receipt.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace kassa::ui {

class ReceiptScreen : public QWidget {
    Q_OBJECT

public:
    explicit ReceiptScreen(QWidget* parent = nullptr);

    void show(const core::CompletedSale& sale, const core::ReceiptHeader& header);
    // A return: the refund to hand over, and the return receipt as printed.
    void show(const core::CompletedReturn& completed, const core::ReceiptHeader& header);
    void showPrinterProblem(const QString& text);
    // Where the return on screen stands with head office; updated as the sync engine reports.
    void showReturnStatus(const QString& text);

Q_SIGNALS:
    void nextSale(const QString& scannedCode);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QLabel* m_changeLabel;
    QLabel* m_printerLabel;
    QLabel* m_statusLabel;
    QPlainTextEdit* m_receiptView;
    QString m_typed;
};

} // namespace kassa::ui
