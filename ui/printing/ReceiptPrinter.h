#pragma once

// Sends ESC/POS receipts to where the till's printer is: "file:PATH" (a device node such as
// /dev/usb/lp0, or a file), "tcp:HOST:PORT" (network printers on raw port 9100) or "none".
// Printing never blocks the cashier: a network print runs in the background, and a file or
// device is written on a thread of its own, receipts in order, so a USB printer that stops
// taking data (out of paper, cover open) holds up printing, not the till. A failure, or a
// printer that has not taken a receipt after a few seconds, is reported through printFailed,
// while the sale itself is already safely recorded.

#include <QObject>
#include <QSet>
#include <QString>
#include <chrono>
#include <optional>

class QThread;

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

// Writes receipts to a file or device, on the thread it is moved to.
class FileSink : public QObject {
    Q_OBJECT

public:
    explicit FileSink(QString path)
        : m_path(std::move(path)) {}

    // Appends one receipt; `written` tells how it went (an empty error when it is out).
    void write(quint64 job, const QByteArray& escPos);

Q_SIGNALS:
    void written(quint64 job, const QString& error);

private:
    QString m_path;
};

class ReceiptPrinter : public QObject {
    Q_OBJECT

public:
    // `slowAfter`: how long a file or device may take a receipt before the cashier is told.
    explicit ReceiptPrinter(PrinterTarget target, QObject* parent = nullptr,
                            std::chrono::milliseconds slowAfter = std::chrono::seconds(5));
    ~ReceiptPrinter() override;

    void print(const QByteArray& escPos);
    // Opens the cash drawer wired to the printer (the ESC/POS drawer kick), in turn with the
    // receipts: for cash taken or paid out, and each drawer movement.
    void kickDrawer();
    [[nodiscard]] const PrinterTarget& target() const { return m_target; }

Q_SIGNALS:
    void printFailed(const QString& reason);

private:
    void printToFile(const QByteArray& escPos);
    void printOverTcp(const QByteArray& escPos);
    void fileWritten(quint64 job, const QString& error);

    PrinterTarget m_target;
    std::chrono::milliseconds m_slowAfter;
    QThread* m_fileThread = nullptr;
    FileSink* m_sink = nullptr; // lives on m_fileThread
    quint64 m_lastJob = 0;
    QSet<quint64> m_pendingJobs; // handed to the sink, not yet written
};

} // namespace kassa::ui
