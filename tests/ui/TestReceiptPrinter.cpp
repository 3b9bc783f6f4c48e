// The printer sinks: a file or device, a raw TCP printer (a real server on loopback here),
// and what the cashier hears when the printer is not there or does not take a receipt (a FIFO
// with no reader stands in for a USB printer out of paper: writing to it blocks).

#include "ui/printing/ReceiptPrinter.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace kassa::ui;

class TestReceiptPrinter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesTargets() {
        QCOMPARE(int(parsePrinterTarget(QStringLiteral("none"))->kind), int(PrinterTarget::Kind::None));
        QCOMPARE(int(parsePrinterTarget(QString())->kind), int(PrinterTarget::Kind::None));
        const auto file = parsePrinterTarget(QStringLiteral("file:/dev/usb/lp0"));
        QCOMPARE(int(file->kind), int(PrinterTarget::Kind::File));
        QCOMPARE(file->path, QStringLiteral("/dev/usb/lp0"));
        const auto tcp = parsePrinterTarget(QStringLiteral("tcp:printer.local:9100"));
        QCOMPARE(int(tcp->kind), int(PrinterTarget::Kind::Tcp));
        QCOMPARE(tcp->host, QStringLiteral("printer.local"));
        QCOMPARE(tcp->port, 9100);
        for (const char* bad : {"tcp:", "tcp:host", "tcp:host:0", "tcp:host:70000", "tcp::9100", "lpt1", "file:"}) {
            QVERIFY2(!parsePrinterTarget(QString::fromLatin1(bad)).has_value(), bad);
        }
    }

    void appendsToAFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("printer.bin"));
        ReceiptPrinter printer(PrinterTarget{PrinterTarget::Kind::File, path, {}, 0});
        QSignalSpy failed(&printer, &ReceiptPrinter::printFailed);
        printer.print("first");
        printer.print("second");
        QFile file(path);
        QTRY_VERIFY_WITH_TIMEOUT(file.exists() && file.size() == 11, 5000);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("firstsecond")); // in order
        QTest::qWait(50);
        QCOMPARE(failed.count(), 0);
    }

    void aPrinterThatTakesNothingNeverHoldsUpTheTill() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lp0"));
        QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        {
            ReceiptPrinter printer(PrinterTarget{PrinterTarget::Kind::File, path, {}, 0}, nullptr,
                                   std::chrono::milliseconds(200));
            QSignalSpy failed(&printer, &ReceiptPrinter::printFailed);
            const QByteArray receipt("\x1b@receipt one\n");
            printer.print(receipt); // returns although nothing reads the "device"
            QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
            QVERIFY(failed.first().first().toString().contains(QStringLiteral("has not taken the receipt")));

            // The printer gets paper: the waiting receipt comes out, whole.
            QFile device(path);
            QVERIFY(device.open(QIODevice::ReadOnly));
            QByteArray received;
            QTRY_VERIFY_WITH_TIMEOUT((received += device.read(1024)).size() >= receipt.size(), 5000);
            QCOMPARE(received, receipt);
            QCOMPARE(failed.count(), 1);
        }
        // Closing the till while a receipt is stuck does not hang it either.
        auto stuck = std::make_unique<ReceiptPrinter>(PrinterTarget{PrinterTarget::Kind::File, path, {}, 0});
        stuck->print("never read");
        stuck.reset();
        QFile unblock(path); // let the stuck write finish before the folder goes
        QVERIFY(unblock.open(QIODevice::ReadOnly));
        QTest::qWait(100);
    }

    void reportsAnUnwritableFile() {
        ReceiptPrinter printer(PrinterTarget{PrinterTarget::Kind::File, QStringLiteral("/dev/null/printer"), {}, 0});
        QSignalSpy failed(&printer, &ReceiptPrinter::printFailed);
        printer.print("x");
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("/dev/null/printer")));
    }

    void sendsToARawTcpPrinter() {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        ReceiptPrinter printer(
            PrinterTarget{PrinterTarget::Kind::Tcp, {}, QStringLiteral("127.0.0.1"), server.serverPort()});
        QSignalSpy failed(&printer, &ReceiptPrinter::printFailed);
        const QByteArray receipt = QByteArray("\x1b@receipt\x1dV\x42", 13) + QByteArray(1, '\0');
        printer.print(receipt);
        QVERIFY(server.waitForNewConnection(5000));
        QTcpSocket* socket = server.nextPendingConnection();
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += socket->readAll()).size() >= receipt.size(), 5000);
        QCOMPARE(received, receipt);
        QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState,
                                  5000); // printer side sees the end
        QCOMPARE(failed.count(), 0);
    }

    void reportsAPrinterThatIsNotThere() {
        // A port bound but not listening: connecting to it is refused, and no other test running
        // beside this one can take it meanwhile (a port found free and closed again could be).
        const int held = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(held >= 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        QVERIFY(::bind(held, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
        QVERIFY(::getsockname(held, reinterpret_cast<sockaddr*>(&address), &length) == 0);
        const quint16 port = ntohs(address.sin_port);
        const auto release = qScopeGuard([held] { ::close(held); });
        ReceiptPrinter printer(PrinterTarget{PrinterTarget::Kind::Tcp, {}, QStringLiteral("127.0.0.1"), port});
        QSignalSpy failed(&printer, &ReceiptPrinter::printFailed);
        printer.print("x");
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 7000);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("did not answer")));
    }
};

QTEST_MAIN(TestReceiptPrinter)
#include "TestReceiptPrinter.moc"
