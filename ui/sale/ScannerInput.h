#pragma once

// A keyboard-wedge barcode scanner types digits and Enter into whatever has the focus. While
// the sale screen is showing, this filter sends such keys to the scan field wherever the focus
// is, so a scan is never lost in a button or the basket table.

#include <QObject>

class QLineEdit;
class QWidget;

namespace kassa::ui {

class ScannerInput : public QObject {
    Q_OBJECT

public:
    // Watches key presses for `screen` and routes them to `scanField`.
    ScannerInput(QWidget* screen, QLineEdit* scanField);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_screen;
    QLineEdit* m_scanField;
    // A line edit ignores Enter after emitting returnPressed, so the forwarded key travels on
    // to the field's parents, which this filter also watches: forward once, never again.
    bool m_forwarding = false;
};

} // namespace kassa::ui
