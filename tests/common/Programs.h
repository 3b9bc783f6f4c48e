#pragma once

// Kassa's programs as separate processes for integration tests: one-shot commands, and a
// kassa-central server on a loopback port.

#include "core/store/DemoCatalog.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <optional>

namespace kassa::testing {

struct Run {
    int exitCode = -1; // -2: crashed, -1: did not finish in time
    QString out;
    QString err;
};

// Runs a program of the build (kassactl, kassa-central) to the end; KASSA_PIN is the demo
// cashier's PIN, and `extra` more NAME=VALUE settings of the environment.
inline Run run(const QString& program, const QStringList& args, const QStringList& extra = {}) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KASSA_PIN"), QStringLiteral("1234"));
    for (const QString& setting : extra) {
        environment.insert(setting.section(QLatin1Char('='), 0, 0), setting.section(QLatin1Char('='), 1));
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KASSA_TEST_BIN_DIR "/") + program, args);
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// `kassactl shift open` as demo cashier 1001 with a float of 150.00: a till sells only into an
// open shift.
inline QStringList openShiftArgs() {
    return {QStringLiteral("shift"), QStringLiteral("open"),    QStringLiteral("--operator"),
            QStringLiteral("1001"),  QStringLiteral("--float"), QStringLiteral("150.00")};
}

// Rings up `count` one-line card sales of the demo catalog with `kassactl sale`, as demo cashier
// 1001, on the till in `tillDir`; the first failure, if any.
inline std::optional<Run> sellWithKassactl(const QString& tillDir, int count) {
    for (int i = 0; i < count; ++i) {
        const Run sale = run(QStringLiteral("kassactl"),
                             {QStringLiteral("--data-dir"), tillDir, QStringLiteral("sale"),
                              QStringLiteral("--operator"), QStringLiteral("1001"), QStringLiteral("--scan"),
                              core::demoGtin(i % 40), QStringLiteral("--pay"), QStringLiteral("card")});
        if (sale.exitCode != 0) {
            return sale;
        }
    }
    return std::nullopt;
}

// Points the enrolled till in `tillDir` at `url` (central restarted on another port, or moved):
// the link's URL is a file of the till's. Returns whether it was written.
inline bool pointTillAt(const QString& tillDir, const QString& url) {
    QFile file(tillDir + QStringLiteral("/central.url"));
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(url.toUtf8() + '\n') > 0;
}

// `kassa-central serve` on 127.0.0.1; port 0 picks a free one, and url() tells which.
class CentralProcess {
public:
    explicit CentralProcess(QString dataDir)
        : m_dataDir(std::move(dataDir)) {}
    ~CentralProcess() {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.kill();
            m_server.waitForFinished();
        }
    }

    Run command(const QStringList& args) const {
        return run(QStringLiteral("kassa-central"), QStringList{QStringLiteral("--data-dir"), m_dataDir} + args);
    }

    // A new central for 127.0.0.1 with `products` demo products and an integration token
    // named `tokenName` holding `scopes`: the token, empty when a step failed.
    [[nodiscard]] std::string initDemo(int products, const QString& tokenName,
                                       const QString& scopes = QStringLiteral("all")) const {
        if (command({QStringLiteral("init"), QStringLiteral("--san"), QStringLiteral("127.0.0.1")}).exitCode != 0 ||
            command({QStringLiteral("seed-demo"), QStringLiteral("--products"), QString::number(products)}).exitCode !=
                0) {
            return {};
        }
        return command({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--name"), tokenName,
                        QStringLiteral("--scope"), scopes})
            .out.trimmed()
            .toStdString();
    }

    // Returns whether central came up; `options` go to `serve` after --listen.
    [[nodiscard]] bool start(quint16 port, const QStringList& options = {}) {
        m_server.start(QStringLiteral(KASSA_TEST_BIN_DIR "/kassa-central"),
                       QStringList{QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("serve"),
                                   QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)} +
                           options);
        if (!m_server.waitForStarted() || !m_server.waitForReadyRead(10'000)) {
            return false;
        }
        const QString line = QString::fromUtf8(m_server.readLine()).trimmed();
        if (!line.startsWith(QStringLiteral("listening on 127.0.0.1:"))) {
            return false;
        }
        m_url = QStringLiteral("https://127.0.0.1:") + line.section(QLatin1Char(':'), -1);
        return true;
    }

    // SIGTERM: central stops cleanly. Returns whether it exited with 0.
    [[nodiscard]] bool stop() {
        m_server.terminate();
        const bool stopped = m_server.waitForFinished(10'000) && m_server.exitCode() == 0;
        m_log += m_server.readAllStandardOutput() + m_server.readAllStandardError();
        return stopped;
    }

    // What central wrote to its standard output and error (its log) in every run that stopped.
    [[nodiscard]] const QByteArray& log() const { return m_log; }

    [[nodiscard]] bool running() const { return m_server.state() != QProcess::NotRunning; }
    [[nodiscard]] qint64 pid() const { return m_server.processId(); }
    [[nodiscard]] const QString& url() const { return m_url; }
    [[nodiscard]] quint16 port() const { return quint16(m_url.section(QLatin1Char(':'), -1).toUInt()); }
    [[nodiscard]] const QString& dataDir() const { return m_dataDir; }

    // A one-time code for `kassactl enroll`.
    QString enrollmentCode(const QString& store, const QString& till) const {
        return command({QStringLiteral("enroll"), QStringLiteral("--store"), store, QStringLiteral("--till"), till})
            .out.trimmed();
    }

private:
    QString m_dataDir;
    QProcess m_server;
    QString m_url;
    QByteArray m_log;
};

} // namespace kassa::testing
