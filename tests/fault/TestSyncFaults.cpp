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
#include <functional>

using namespace kassa;

namespace {

// Forwards loopback TCP connections to central and cuts them, in turn: in central's first
// kilobyte (its TLS handshake); after a random number of bytes in each direction; and, every
// third one, at central's first answer after it committed events the till has not heard
// acknowledged (`committedAhead`), which the till then never gets: the answer lost after the
// commit, which TLS's opaque bytes would otherwise let a random cut hit only by chance.
class CuttingProxy : public QObject {
public:
    CuttingProxy(quint16 upstreamPort, quint32 seed, std::function<bool()> committedAhead)
        : m_upstreamPort(upstreamPort)
        , m_random(seed)
        , m_committedAhead(std::move(committedAhead)) {
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
    [[nodiscard]] int answersLost() const { return m_answersLost; }

private:
    void relay(QTcpSocket* client) {
        auto* upstream = new QTcpSocket(client);
        // Towards central anywhere in the first 400 KB: in the handshake, in the batch, or not at
        // all, so that central commits the batch. Towards the till in the first 8 KB: in the
        // handshake or in the reply, that is after central has committed.
        // Every second connection is cut in the server's first kilobyte (its handshake is longer),
        // so the faults happen whatever the sizes and timing of the others.
        const int kind = m_connections++ % 3;
        const bool surelyCut = kind == 0;
        const bool loseTheAnswer = m_cutting && kind == 2;
        const qint64 upLimit = m_cutting && !loseTheAnswer ? m_random.bounded(1, 400'000) : -1;
        const qint64 downLimit = m_cutting && !loseTheAnswer ? m_random.bounded(1, surelyCut ? 1'000 : 8'000) : -1;
        auto forward = [this, client, upstream, loseTheAnswer](QTcpSocket* from, QTcpSocket* to, qint64 limit,
                                                               std::shared_ptr<qint64> sent) {
            const QByteArray bytes = from->readAll();
            if (loseTheAnswer && from == upstream && m_committedAhead()) {
                ++m_cuts;
                ++m_answersLost;
                client->abort();
                upstream->abort();
                client->deleteLater();
                return;
            }
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
    std::function<bool()> m_committedAhead;
    bool m_cutting = false;
    int m_cuts = 0;
    int m_answersLost = 0;
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

// How far each side is: the till's last event and the last one central acknowledged to it, and
// the last one central holds. Central ahead of the till's acknowledged one means central
// committed events whose answer the till never heard.
struct Positions {
    std::int64_t tillLast = 0;
    std::int64_t tillAcknowledged = 0;
    std::int64_t central = 0;

    [[nodiscard]] bool tillHasUnacknowledged() const { return tillLast > tillAcknowledged; }
    [[nodiscard]] bool answerLostAfterCommit() const { return central > tillAcknowledged; }
};

std::int64_t single(const QString& databasePath, const char* sql) {
    core::Database db(databasePath, core::Database::Mode::ReadOnly);
    core::Query query = db.prepare(sql);
    return query->step() ? query->int64(0) : 0;
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

    Positions positions() {
        return {single(m_till + QStringLiteral("/kassa.db"), "SELECT coalesce(max(seq), 0) FROM outbox"),
                single(m_till + QStringLiteral("/kassa.db"),
                       "SELECT coalesce(max(seq), 0) FROM outbox WHERE acked_at IS NOT NULL"),
                single(m_central + QStringLiteral("/central.db"), "SELECT coalesce(max(seq), 0) FROM inbox")};
    }

    // Starts `kassactl sync` with events waiting and kills it after a random moment: whether it
    // was killed with events not yet acknowledged (a kill with events in flight).
    bool syncKilledWithEventsWaiting() {
        sellOnTill(150); // a few batches: the sync is at it for a while on a busy machine too
        const Positions before = positions();
        QProcess sync;
        sync.start(QStringLiteral(KASSA_TEST_BIN_DIR "/kassactl"),
                   {QStringLiteral("--data-dir"), m_till, QStringLiteral("sync")});
        if (!sync.waitForStarted()) {
            return false;
        }
        QTest::qWait(static_cast<int>(m_random.bounded(5, 200)));
        const bool killed = sync.state() != QProcess::NotRunning;
        if (killed) {
            sync.kill();
        }
        sync.waitForFinished(10'000);
        return killed && before.tillHasUnacknowledged() && positions().tillHasUnacknowledged();
    }

    // Central killed with SIGKILL while a sync with events waiting runs against it: whether the
    // kill found the sync still running with events unacknowledged (central killed mid-batch, or
    // between two).
    bool centralKilledMidSync() {
        sellOnTill(200); // several batches: the sync is still at it when central dies
        QProcess sync;
        sync.start(QStringLiteral(KASSA_TEST_BIN_DIR "/kassactl"),
                   {QStringLiteral("--data-dir"), m_till, QStringLiteral("sync")});
        QTest::qWait(static_cast<int>(m_random.bounded(20, 150)));
        const bool running = sync.state() != QProcess::NotRunning;
        killCentral();
        sync.waitForFinished(30'000);
        const bool hit = running && positions().tillHasUnacknowledged();
        startCentral();
        return hit;
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

    // Until each fault that matters has happened (at most 60 rounds): the till's sync killed with
    // events unacknowledged, and central killed while such a sync ran.
    void syncKilledAndCentralKilledAtRandomPoints() {
        int killsInFlight = 0;
        int centralKills = 0;
        for (int round = 0; round < 60 && (killsInFlight < 3 || centralKills < 2); ++round) {
            killsInFlight += syncKilledWithEventsWaiting() ? 1 : 0;
            if (round % 2 == 1) {
                centralKills += centralKilledMidSync() ? 1 : 0;
            }
        }
        qInfo("%d syncs killed with events in flight, central killed %d times mid-sync", killsInFlight, centralKills);
        QVERIFY2(killsInFlight >= 3, "the till's sync was never killed with events unacknowledged: nothing was tested");
        QVERIFY2(centralKills >= 2, "central was never killed while a sync with events ran: nothing was tested");
        QString out;
        QCOMPARE(runBlocking(QStringLiteral("kassactl"), {QStringLiteral("--data-dir"), m_till, QStringLiteral("sync")},
                             &out),
                 0);
        verifyExactlyOnce();
    }

    void connectionsCutAtRandomBytesInBothDirections() {
        // More sales to send, then sync through a proxy that cuts connections somewhere.
        sellOnTill(600);

        CuttingProxy proxy(m_port, m_random.generate(), [this] { return positions().answerLostAfterCommit(); });
        pointTillAt(proxy.port());
        proxy.setCutting(true);
        // Until an answer was lost after central committed at least twice (the cut after the
        // request's body), at most 60 rounds; a cut inside the TLS handshake alone tests nothing.
        for (int round = 0; round < 60 && (round < 30 || proxy.answersLost() < 2); ++round) {
            sellOnTill(10); // something to send in every round
            runBlocking(QStringLiteral("kassactl"), {QStringLiteral("--data-dir"), m_till, QStringLiteral("sync")});
        }
        const int answersLost = proxy.answersLost();
        qInfo("%d connections cut, %d answers lost after central committed; central took %lld sales meanwhile",
              proxy.cuts(), answersLost,
              static_cast<long long>(
                  documentIds(m_central + QStringLiteral("/central.db"), "SELECT document_id FROM sales").size()));
        QVERIFY2(answersLost >= 2, "no answer was lost after central committed: the cuts tested nothing");
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
