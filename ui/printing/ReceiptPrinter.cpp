#include "ReceiptPrinter.h"

#include "core/domain/Receipt.h"

#include <QFile>
#include <QFileInfo>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace kassa::ui {

std::optional<PrinterTarget> parsePrinterTarget(const QString& text) {
    PrinterTarget target;
    if (text.isEmpty() || text == QLatin1String("none")) {
        return target;
    }
    if (text.startsWith(QLatin1String("file:")) && text.size() > 5) {
        target.kind = PrinterTarget::Kind::File;
        target.path = text.mid(5);
        return target;
    }
    if (text.startsWith(QLatin1String("tcp:"))) {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const uint port = text.mid(colon + 1).toUInt(&ok);
        target.host = text.mid(4, colon - 4);
        if (ok && port > 0 && port < 65536 && !target.host.isEmpty() && colon > 4) {
            target.kind = PrinterTarget::Kind::Tcp;
            target.port = static_cast<quint16>(port);
            return target;
        }
    }
    return std::nullopt;
}

void FileSink::write(quint64 job, const QByteArray& escPos) {
    QFile file(m_path);
    // A file collects receipts; a device (or FIFO) is written as it is, without seeking.
    const bool device = QFileInfo::exists(m_path) && !QFileInfo(m_path).isFile();
    // A device that is not ready blocks here (in open or write): on this thread, not the till's.
    const bool out = file.open(device ? QIODevice::WriteOnly : QIODevice::WriteOnly | QIODevice::Append) &&
                     file.write(escPos) == escPos.size() && file.flush();
    Q_EMIT written(job, out ? QString() : file.errorString());
}

ReceiptPrinter::ReceiptPrinter(PrinterTarget target, QObject* parent, std::chrono::milliseconds slowAfter)
    : QObject(parent)
    , m_target(std::move(target))
    , m_slowAfter(slowAfter) {
    if (m_target.kind == PrinterTarget::Kind::File) {
        m_fileThread = new QThread;
        m_sink = new FileSink(m_target.path);
        m_sink->moveToThread(m_fileThread);
        connect(m_sink, &FileSink::written, this, &ReceiptPrinter::fileWritten);
        m_fileThread->start();
    }
}

ReceiptPrinter::~ReceiptPrinter() {
    if (!m_fileThread) {
        return;
    }
    // Receipts already handed over are written first: the quit queues up behind them.
    QMetaObject::invokeMethod(
        m_sink, [] { QThread::currentThread()->quit(); }, Qt::QueuedConnection);
    if (m_fileThread->wait(2000)) {
        delete m_sink;
        delete m_fileThread;
    }
    // Otherwise a write is stuck on a device that takes nothing: the thread and its sink are
    // left to end with the program rather than hold up closing the till.
}

void ReceiptPrinter::kickDrawer() {
    print(core::drawerKickEscPos());
}

void ReceiptPrinter::print(const QByteArray& escPos) {
    switch (m_target.kind) {
    case PrinterTarget::Kind::None:
        return;
    case PrinterTarget::Kind::File:
        printToFile(escPos);
        return;
    case PrinterTarget::Kind::Tcp:
        printOverTcp(escPos);
        return;
    }
}

void ReceiptPrinter::printToFile(const QByteArray& escPos) {
    const quint64 job = ++m_lastJob;
    m_pendingJobs.insert(job);
    QMetaObject::invokeMethod(
        m_sink, [sink = m_sink, job, escPos] { sink->write(job, escPos); }, Qt::QueuedConnection);
    QTimer::singleShot(m_slowAfter, this, [this, job] {
        if (m_pendingJobs.contains(job)) {
            Q_EMIT printFailed(tr("The receipt printer %1 has not taken the receipt yet: check its paper, cover and "
                                  "cable. It prints when the printer is ready.")
                                   .arg(m_target.path));
        }
    });
}

void ReceiptPrinter::fileWritten(quint64 job, const QString& error) {
    m_pendingJobs.remove(job);
    if (!error.isEmpty()) {
        Q_EMIT printFailed(tr("The receipt printer %1 cannot be written: %2").arg(m_target.path, error));
    }
}

void ReceiptPrinter::printOverTcp(const QByteArray& escPos) {
    auto* socket = new QTcpSocket(this);
    auto* timeout = new QTimer(socket);
    timeout->setSingleShot(true);
    const QString where = QStringLiteral("%1:%2").arg(m_target.host).arg(m_target.port);
    connect(socket, &QTcpSocket::connected, socket, [socket, escPos] { socket->write(escPos); });
    connect(socket, &QTcpSocket::bytesWritten, socket, [socket] {
        if (socket->bytesToWrite() == 0) {
            socket->disconnectFromHost();
        }
    });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket, where] {
        Q_EMIT printFailed(tr("The receipt printer at %1 did not answer: %2").arg(where, socket->errorString()));
        socket->deleteLater();
    });
    connect(timeout, &QTimer::timeout, this, [this, socket, where] {
        Q_EMIT printFailed(tr("The receipt printer at %1 did not answer in time.").arg(where));
        socket->abort();
        socket->deleteLater();
    });
    timeout->start(5000);
    socket->connectToHost(m_target.host, m_target.port);
}

} // namespace kassa::ui
