// Faults while a till syncs with central, all with real processes, TLS and SQLite files on
// loopback: `kassactl sync` killed with SIGKILL at random points, central killed with SIGKILL
// and restarted mid-batch, and a proxy between them that cuts connections after a random
// number of bytes in either direction (so also after central commits and before the reply
// arrives). When the faults stop and a sync completes, central holds every sale of the till
// exactly once, with the till's seq contiguous, nothing invented, and both databases intact.

#include "common/OpenShift.h"
#include "core/store/DemoCatalog.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa;

namespace {

// Forwards loopback TCP connections to central and cuts each one after a random number of
// bytes, counted separately in each direction.
class CuttingProxy : public QObject {
public:
    CuttingProxy(quint16 upstreamPort, quint32 seed)
        : m_upstreamPort(upstreamPort)
        , m_random(seed) {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* client = m_server.nextPendingConnection()) {
                relay(client);
            }
        });
    }

    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    void setCutting(bool cutting) { m_cutting = cutting; }
    [[nodiscard]] int cuts() const { return m_cuts; }

private:
    void relay(QTcpSocket* client) {
        auto* upstream = new QTcpSocket(client);
        // Towards central anywhere in the first 400 KB: in the handshake, in the batch, or not at
        // all, so that central commits the batch. Towards the till in the first 8 KB: in the
        // handshake or in the reply, that is after central has committed.
        // Every second connection is cut in the server's first kilobyte (its handshake is longer),
        // so the faults happen whatever the sizes and timing of the others.
        const bool surelyCut = m_connections++ % 2 == 0;
        const qint64 upLimit = m_cutting ? m_random.bounded(1, 400'000) : -1;
        const qint64 downLimit = m_cutting ? m_random.bounded(1, surelyCut ? 1'000 : 8'000) : -1;
        auto forward = [this, client, upstream](QTcpSocket* from, QTcpSocket* to, qint64 limit,
                                                std::shared_ptr<qint64> sent) {
            const QByteArray bytes = from->readAll();
            if (limit >= 0 && *sent + bytes.size() >= limit) {
                to->write(bytes.left(limit - *sent));
                to->flush();
                ++m_cuts;
                client->abort();
                upstream->abort();
                client->deleteLater();
                return;
            }
            *sent += bytes.size();
            to->write(bytes);
        };
        auto upSent = std::make_shared<qint64>(0);
        auto downSent = std::make_shared<qint64>(0);
        connect(client, &QTcpSocket::readyRead, upstream, [=] { forward(client, upstream, upLimit, upSent); });
        connect(upstream, &QTcpSocket::readyRead, client, [=] { forward(upstream, client, downLimit, downSent); });
        connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
            upstream->disconnectFromHost();
            client->deleteLater();
        });
        connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        connect(upstream, &QTcpSocket::errorOccurred, client, [client] { client->abort(); });
        upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }

    QTcpServer m_server;
    quint16 m_upstreamPort;
    QRandomGenerator m_random;
    bool m_cutting = false;
    int m_cuts = 0;
    int m_connections = 0;
};

int runBlocking(const QString& program, const QStringList& args, QString* out = nullptr) {
    QProcess process;
    process.start(QStringLiteral(KASSA_TEST_BIN_DIR "/") + program, args);
    while (!process.waitForFinished(50)) {
        QCoreApplication::processEvents(); // the proxy lives on this thread
    }
    if (out != nullptr) {
        *out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

QSet<QString> documentIds(const QString& databasePath, const char* sql) {
    core::Database db(databasePath, core::Database::Mode::ReadOnly);
    QSet<QString> ids;
    core::Query query = db.prepare(sql);
    while (query->step()) {
        ids.insert(query->text(0));
    }
    return ids;
}

} // namespace

class TestSyncFaults : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_central;
    QString m_till;
    QProcess m_server;
    quint16 m_port = 0;
    QRandomGenerator m_random;

    // On a fresh port each time (a port given up may be taken by another test meanwhile); an
    // enrolled till is pointed at it, as a store's central.url is when central moves.
    void startCentral() {
        m_server.start(QStringLiteral(KASSA_TEST_BIN_DIR "/kassa-central"),
                       {QStringLiteral("--data-dir"), m_central, QStringLiteral("serve"), QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:0")});
        QVERIFY(m_server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine(), 10'000);
        const QString line = QString::fromUtf8(m_server.readLine()).trimmed();
        m_port = static_cast<quint16>(line.section(QLatin1Char(':'), -1).toUInt());
        QVERIFY(m_port != 0);
        if (QFile::exists(m_till + QStringLiteral("/central.url"))) {
            pointTillAt(m_port);
        }
    }

    // Rings up exactly `count` more sales on the till, in a process of their own.
    void sellOnTill(int count) {
        QProcess writer;
        writer.start(QStringLiteral(KASSA_TEST_BIN_DIR "/kassa-sale-writer"),
                     {m_till, QStringLiteral("--sales"), QString::number(count)});
        QVERIFY(writer.waitForFinished(300'000));
        QCOMPARE(writer.exitCode(), 0);
    }

    void killCentral() {
        m_server.kill(); // SIGKILL, whatever it was doing
        m_server.waitForFinished(10'000);
    }

    void pointTillAt(quint16 port) {
        QFile url(m_till + QStringLiteral("/central.url"));
        QVERIFY(url.open(QIODevice::WriteOnly | QIODevice::Truncate));
        url.write(QStringLiteral("https://127.0.0.1:%1\n").arg(port).toLatin1());
    }

    // Starts `kassactl sync` and kills it after a random moment, or lets it finish.
    void syncKilledAtRandom() {
        QProcess sync;
        sync.start(QStringLiteral(KASSA_TEST_BIN_DIR "/kassactl"),
                   {QStringLiteral("--data-dir"), m_till, QStringLiteral("sync")});
        QVERIFY(sync.waitForStarted());
        QTest::qWait(static_cast<int>(m_random.bounded(5, 400)));
        if (sync.state() != QProcess::NotRunning) {
            sync.kill();
        }
        sync.waitForFinished(10'000);
    }

    void verifyExactlyOnce() {
        const QSet<QString> tillSales =
            documentIds(m_till + QStringLiteral("/kassa.db"), "SELECT document_id FROM sales");
        const QSet<QString> centralSales =
            documentIds(m_central + QStringLiteral("/central.db"), "SELECT document_id FROM sales");
        QCOMPARE(centralSales.size(), tillSales.size()); // none lost, none invented
        QCOMPARE(centralSales, tillSales);
        core::Database central(m_central + QStringLiteral("/central.db"), core::Database::Mode::ReadOnly);
        core::Query inbox =
            central.prepare("SELECT count(*), min(seq), max(seq), count(DISTINCT document_id) FROM inbox");
        QVERIFY(inbox->step());
        QCOMPARE(inbox->int64(0), static_cast<std::int64_t>(tillSales.size())); // no duplicates
        QCOMPARE(inbox->int64(1), 1);                                           // contiguous
        QCOMPARE(inbox->int64(2), static_cast<std::int64_t>(tillSales.size()));
        QCOMPARE(inbox->int64(3), static_cast<std::int64_t>(tillSales.size()));
        core::Query integrity = central.prepare("PRAGMA integrity_check");
        QVERIFY(integrity->step());
        QCOMPARE(integrity->text(0), QStringLiteral("ok"));
        core::Query exceptions = central.prepare("SELECT count(*) FROM exceptions");
        QVERIFY(exceptions->step());
        QCOMPARE(exceptions->int64(0), 0); // no chain or receipt-number trouble either
    }

private Q_SLOTS:
    void initTestCase() {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed %u", seed);
        m_random.seed(seed);
        m_central = m_dir.filePath(QStringLiteral("central"));
        m_till = m_dir.filePath(QStringLiteral("till"));
        QCOMPARE(runBlocking(QStringLiteral("kassa-central"),
                             {QStringLiteral("--data-dir"), m_central, QStringLiteral("init"), QStringLiteral("--san"),
                              QStringLiteral("127.0.0.1")}),
                 0);
        QCOMPARE(runBlocking(QStringLiteral("kassactl"),
                             {QStringLiteral("--data-dir"), m_till, QStringLiteral("init"), QStringLiteral("--demo"),
                              QStringLiteral("--products"), QStringLiteral("300")}),
                 0);
        {
            core::TillDatabase till(m_till);
            kassa::testing::openShiftWithoutItsFact(till); // the checks count one inbox event per sale
        }
        startCentral();
        QString code;
        runBlocking(QStringLiteral("kassa-central"),
                    {QStringLiteral("--data-dir"), m_central, QStringLiteral("enroll"), QStringLiteral("--store"),
                     QStringLiteral("001"), QStringLiteral("--till"), QStringLiteral("01")},
                    &code);
        QString out;
        QCOMPARE(runBlocking(QStringLiteral("kassactl"),
                             {QStringLiteral("--data-dir"), m_till, QStringLiteral("enroll"),
                              QStringLiteral("https://127.0.0.1:%1").arg(m_port), code.trimmed()},
                             &out),
                 0);
        // Enough sales for several batches.
        sellOnTill(1000);
        QCOMPARE(documentIds(m_till + QStringLiteral("/kassa.db"), "SELECT document_id FROM sales").size(), 1000);
    }

    void cleanupTestCase() {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.terminate();
            m_server.waitForFinished(10'000);
        }
    }

    void syncKilledAndCentralKilledAtRandomPoints() {
        for (int round = 0; round < 12; ++round) {
            syncKilledAtRandom();
            if (round % 4 == 1) {
                // Central dies mid-batch, SIGKILL: its last transaction is either whole or absent.
                QProcess sync;
                sync.start(QStringLiteral(KASSA_TEST_BIN_DIR "/kassactl"),
                           {QStringLiteral("--data-dir"), m_till, QStringLiteral("sync")});
                QTest::qWait(static_cast<int>(m_random.bounded(20, 300)));
                killCentral();
                sync.waitForFinished(30'000);
                startCentral();
            }
        }
        QString out;
        QCOMPARE(runBlocking(QStringLiteral("kassactl"), {QStringLiteral("--data-dir"), m_till, QStringLiteral("sync")},
                             &out),
                 0);
        verifyExactlyOnce();
    }

    void connectionsCutAtRandomBytesInBothDirections() {
        // More sales to send, then sync through a proxy that cuts connections somewhere.
        sellOnTill(600);

        CuttingProxy proxy(m_port, m_random.generate());
        pointTillAt(proxy.port());
        proxy.setCutting(true);
        for (int round = 0; round < 40; ++round) {
            runBlocking(QStringLiteral("kassactl"), {QStringLiteral("--data-dir"), m_till, QStringLiteral("sync")});
        }
        qInfo("%d connections cut; central took %lld sales meanwhile", proxy.cuts(),
              static_cast<long long>(
                  documentIds(m_central + QStringLiteral("/central.db"), "SELECT document_id FROM sales").size()));
        QVERIFY(proxy.cuts() >= 20); // the faults really happened: every second connection at least
        proxy.setCutting(false);
        QString out;
        QCOMPARE(runBlocking(QStringLiteral("kassactl"), {QStringLiteral("--data-dir"), m_till, QStringLiteral("sync")},
                             &out),
                 0);
        verifyExactlyOnce();
        pointTillAt(m_port);
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "TestSyncFaults.moc"
