#pragma once

// A PostgreSQL 15 server of a test's own: initdb into a temporary folder, pg_ctl start on a
// free loopback port (TCP only, trust authentication), a fresh database per test, and an
// immediate stop at the end. Run as root it runs the server as the `postgres` user, since
// initdb refuses root. Where no server can be started (PostgreSQL not installed, no such
// user), skipReason() says why, and the test reports itself skipped with that reason.

#include "sync/server/Postgres.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace kassa::testing {

class ThrowawayPostgres {
public:
    // `durable`: commits are flushed to disk as in production (benchmarks); tests skip that.
    explicit ThrowawayPostgres(bool durable = false)
        : m_durable(durable) {
        m_bin = findBinaries();
        if (m_bin.isEmpty()) {
            m_skipReason = QStringLiteral("PostgreSQL's initdb and pg_ctl were not found under /usr/lib/postgresql "
                                          "(scripts/install-deps installs them)");
            return;
        }
        if (!m_folder.isValid()) {
            m_skipReason = QStringLiteral("no temporary folder for PostgreSQL");
            return;
        }
        m_data = m_folder.filePath(QStringLiteral("data"));
        if (geteuid() == 0) {
            const passwd* postgres = getpwnam("postgres");
            if (postgres == nullptr) {
                m_skipReason = QStringLiteral("running as root, and there is no postgres user to run the server as");
                return;
            }
            if (chown(QFile::encodeName(m_folder.path()).constData(), postgres->pw_uid, postgres->pw_gid) != 0) {
                m_skipReason = QStringLiteral("cannot hand the temporary folder to the postgres user");
                return;
            }
            m_asUser = true;
        }
        const Run init =
            run(QStringLiteral("initdb"), {QStringLiteral("-D"), m_data, QStringLiteral("-A"), QStringLiteral("trust"),
                                           QStringLiteral("-U"), QStringLiteral("postgres"),
                                           QStringLiteral("--no-sync"), QStringLiteral("-E"), QStringLiteral("UTF8")});
        if (init.exitCode != 0) {
            m_skipReason = QStringLiteral("initdb failed: ") + init.output.right(400);
            return;
        }
        if (!start()) {
            m_skipReason = QStringLiteral("the PostgreSQL server did not start: ") + m_lastOutput.right(400);
        }
    }

    ~ThrowawayPostgres() { stop(); }

    [[nodiscard]] const QString& skipReason() const { return m_skipReason; }
    [[nodiscard]] quint16 port() const { return m_port; }

    // postgresql://postgres@127.0.0.1:PORT/NAME
    [[nodiscard]] QString url(const QString& database) const {
        return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(database);
    }

    // A new, empty database; returns its URL.
    QString createDatabase(const QString& name) {
        sync::PgConnection admin(url(QStringLiteral("postgres")));
        const QByteArray sql = "CREATE DATABASE \"" + name.toUtf8() + '"'; // a test's own name, never input
        admin.script(sql.constData());
        return url(name);
    }

    // Starts (again) on the same port when it can, a free one otherwise.
    bool start() {
        for (int attempt = 0; attempt < 3; ++attempt) {
            if (m_port == 0 || attempt > 0) {
                m_port = freePort();
            }
            const Run started =
                run(QStringLiteral("pg_ctl"),
                    {QStringLiteral("-D"), m_data, QStringLiteral("-l"), m_folder.filePath(QStringLiteral("log")),
                     QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"),
                     QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -c unix_socket_directories='' "
                                    "-c max_connections=300 -c shared_buffers=128MB%2")
                         .arg(m_port)
                         .arg(m_durable ? QString() : QStringLiteral(" -c fsync=off")),
                     QStringLiteral("start")});
            if (started.exitCode == 0) {
                m_running = true;
                return true;
            }
            m_lastOutput = started.output + readLog();
        }
        return false;
    }

    // Stops at once, as a crash or a cut network would look to central.
    void stop() {
        if (m_running) {
            (void)run(QStringLiteral("pg_ctl"),
                      {QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("immediate"),
                       QStringLiteral("-w"), QStringLiteral("stop")});
            m_running = false;
        }
    }

private:
    struct Run {
        int exitCode = -1;
        QString output;
    };

    static QString findBinaries() {
        const QDir versions(QStringLiteral("/usr/lib/postgresql"));
        QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
        for (const QString& version : found) {
            const QString bin = versions.filePath(version + QStringLiteral("/bin"));
            if (QFile::exists(bin + QStringLiteral("/initdb")) && QFile::exists(bin + QStringLiteral("/pg_ctl"))) {
                return bin;
            }
        }
        return {};
    }

    static quint16 freePort() {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof(address);
        quint16 port = 0;
        if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0 &&
            ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0) {
            port = ntohs(address.sin_port);
        }
        ::close(fd);
        return port;
    }

    Run run(const QString& program, const QStringList& args) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        const QString path = m_bin + QLatin1Char('/') + program;
        if (m_asUser) {
            process.start(QStringLiteral("runuser"),
                          QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), path} +
                              args);
        } else {
            process.start(path, args);
        }
        if (!process.waitForFinished(120'000)) {
            process.kill();
            process.waitForFinished();
            return {-1, QStringLiteral("%1 did not finish").arg(program)};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromLocal8Bit(process.readAll())};
    }

    QString readLog() const {
        QFile log(m_folder.filePath(QStringLiteral("log")));
        return log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll().right(400)) : QString();
    }

    QTemporaryDir m_folder;
    QString m_bin;
    QString m_data;
    QString m_skipReason;
    QString m_lastOutput;
    quint16 m_port = 0;
    bool m_asUser = false;
    bool m_running = false;
    bool m_durable = false;
};

} // namespace kassa::testing
