#include "ReceiptPrinter.h"

#include <QFile>
#include <QTcpSocket>
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

ReceiptPrinter::ReceiptPrinter(PrinterTarget target, QObject* parent)
    : QObject(parent)
    , m_target(std::move(target)) {}

void ReceiptPrinter::print(const QByteArray& escPos) {
    switch (m_target.kind) {
    case PrinterTarget::Kind::None:
        return;
    case PrinterTarget::Kind::File: {
        QFile file(m_target.path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(escPos) != escPos.size()) {
            Q_EMIT printFailed(
                tr("The receipt printer %1 cannot be written: %2").arg(m_target.path, file.errorString()));
        }
        return;
    }
    case PrinterTarget::Kind::Tcp: {
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
        return;
    }
    }
}

} // namespace kassa::ui
