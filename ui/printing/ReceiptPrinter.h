#pragma once

// Sends ESC/POS receipts to where the till's printer is: "file:PATH" (a device node such as
// /dev/usb/lp0, or a file), "tcp:HOST:PORT" (network printers on raw port 9100) or "none".
// Printing never blocks the cashier: a network print runs in the background and a failure
// is reported through printFailed, while the sale itself is already safely recorded.

#include <QObject>
#include <QString>
#include <optional>

namespace kassa::ui {

struct PrinterTarget {
    enum class Kind { None, File, Tcp };
    Kind kind = Kind::None;
    QString path;
    QString host;
    quint16 port = 0;
};

// Parses a printer setting; nothing when it is not one of the three forms.
[[nodiscard]] std::optional<PrinterTarget> parsePrinterTarget(const QString& text);

class ReceiptPrinter : public QObject {
    Q_OBJECT

public:
    explicit ReceiptPrinter(PrinterTarget target, QObject* parent = nullptr);

    void print(const QByteArray& escPos);
    [[nodiscard]] const PrinterTarget& target() const { return m_target; }

Q_SIGNALS:
    void printFailed(const QString& reason);

private:
    PrinterTarget m_target;
};

} // namespace kassa::ui
