#include "CommandSupport.h"

#include "core/store/Migrations.h"

#include <cstdio>
#ifdef _WIN32
#define NOMINMAX
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace kassa::app {

using namespace kassa::core;

namespace {

// While it lives, what is typed on an interactive standard input is not echoed (a PIN); input
// from a pipe is left alone.
class EchoOff {
public:
    EchoOff() {
#ifdef _WIN32
        m_console = GetStdHandle(STD_INPUT_HANDLE);
        m_interactive = m_console != INVALID_HANDLE_VALUE && GetConsoleMode(m_console, &m_saved) != 0;
        if (m_interactive) {
            SetConsoleMode(m_console, m_saved & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
        }
#else
        m_interactive = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_interactive) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
#endif
    }
    ~EchoOff() {
        if (m_interactive) {
#ifdef _WIN32
            SetConsoleMode(m_console, m_saved);
#else
            tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
#endif
        }
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

    [[nodiscard]] bool interactive() const {
        return m_interactive;
    }

private:
    bool m_interactive = false;
#ifdef _WIN32
    HANDLE m_console = nullptr;
    DWORD m_saved = 0;
#else
    termios m_saved{};
#endif
};

QString readPinFromTerminal(const CommandContext& context) {
    context.err << "PIN: " << Qt::flush;
    char buffer[64] = {};
    bool read = false;
    {
        const EchoOff echoOff;
        read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
        if (echoOff.interactive()) {
            context.err << Qt::endl; // the Enter that was not echoed
        }
    }
    return read ? QString::fromLatin1(buffer).trimmed() : QString();
}

} // namespace

// Opens the till's database, reporting a damaged, newer or unwritable one in plain words.
std::unique_ptr<TillDatabase> openTill(const CommandContext& context) {
    try {
        return std::make_unique<TillDatabase>(context.dataDir);
    } catch (const SchemaError& error) {
        context.err << "kassactl: " << error.what() << Qt::endl;
    } catch (const StoreError& error) {
        context.err << "kassactl: cannot open the till's data in " << context.dataDir << ": " << error.what()
                    << "\n  Check that the folder exists, is writable, and holds a Kassa database "
                       "(restore the latest backup if the file is damaged)."
                    << Qt::endl;
    }
    return nullptr;
}

std::unique_ptr<TillDatabase> openInitialisedTill(const CommandContext& context) {
    auto till = openTill(context);
    if (till && !till->isInitialised()) {
        context.err << "kassactl: " << context.dataDir << " holds no till yet: run `kassactl --data-dir "
                    << context.dataDir << " init` first." << Qt::endl;
        return nullptr;
    }
    return till;
}

// The value after a flag, or nothing when the flag is last.
std::optional<QString> valueAfter(const QStringList& args, qsizetype& index) {
    if (index + 1 >= args.size()) {
        return std::nullopt;
    }
    return args[++index];
}

int refuse(const CommandContext& context, const Error& error) {
    context.err << "kassactl: " << describe(error) << Qt::endl;
    return error.code == ErrorCode::StorageFailed || error.code == ErrorCode::StorageFull ||
                   error.code == ErrorCode::StorageReadOnly
               ? kStorage
               : kRefused;
}

int usage(const CommandContext& context, const QString& problem) {
    context.err << "kassactl: " << problem << "\nRun `kassactl --help` for usage." << Qt::endl;
    return kUsage;
}

QString pinFromEnvironmentOrTerminal(const CommandContext& context) {
    const QByteArray fromEnvironment = qgetenv("KASSA_PIN");
    return fromEnvironment.isEmpty() ? readPinFromTerminal(context) : QString::fromLatin1(fromEnvironment);
}

} // namespace kassa::app
