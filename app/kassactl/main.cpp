// kassactl: the till's admin and scripting tool. See Commands.h.

#include "../common/DataDir.h"
#include "Commands.h"

#include <QGuiApplication>
#include <functional>
#include <map>
#include <memory>

namespace {

// Drawing receipt images needs fonts, so a GUI application, which needs no display when
// offscreen; every other command stays a plain console program.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[]) {
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--format") == 0 && qstrcmp(argv[i + 1], "png") == 0) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
                qputenv("QT_QPA_PLATFORM", "offscreen");
            }
            return std::make_unique<QGuiApplication>(argc, argv);
        }
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[]) {
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kassa"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KASSA_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = QCoreApplication::arguments().mid(1);
    QString dataDir = kassa::app::defaultDataDir();
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--help")) {
            out << kassa::app::usageText();
            return kassa::app::kOk;
        }
        if (option == QLatin1String("--version")) {
            out << "kassactl " << KASSA_VERSION << Qt::endl;
            return kassa::app::kOk;
        }
        if (option == QLatin1String("--data-dir") && !args.isEmpty()) {
            dataDir = args.takeFirst();
            continue;
        }
        err << "kassactl: unknown option " << option << "\n" << kassa::app::usageText();
        return kassa::app::kUsage;
    }
    if (args.isEmpty()) {
        err << kassa::app::usageText();
        return kassa::app::kUsage;
    }

    using Command = std::function<int(const kassa::app::CommandContext&, const QStringList&)>;
    const std::map<QString, Command> commands{
        {QStringLiteral("init"), kassa::app::runInit},
        {QStringLiteral("import"), kassa::app::runImport},
        {QStringLiteral("sale"), kassa::app::runSale},
        {QStringLiteral("receipts"), kassa::app::runReceipts},
        {QStringLiteral("check"), kassa::app::runCheck},
        {QStringLiteral("operators"), kassa::app::runOperators},
        {QStringLiteral("config"), kassa::app::runConfig},
        {QStringLiteral("products"), kassa::app::runProducts},
        {QStringLiteral("customers"), kassa::app::runCustomers},
        {QStringLiteral("enroll"), kassa::app::runEnroll},
        {QStringLiteral("sync"), kassa::app::runSync},
        {QStringLiteral("status"), kassa::app::runStatus},
        {QStringLiteral("backup"), kassa::app::runBackup},
        {QStringLiteral("restore"), kassa::app::runRestore},
        {QStringLiteral("return"), kassa::app::runReturn},
        {QStringLiteral("stock"), kassa::app::runStock},
        {QStringLiteral("pickups"), kassa::app::runPickups},
        {QStringLiteral("shift"), kassa::app::runShift},
        {QStringLiteral("training"), kassa::app::runTraining},
        {QStringLiteral("vouchers"), kassa::app::runVouchers},
    };
    const QString name = args.takeFirst();
    const auto command = commands.find(name);
    if (command == commands.end()) {
        err << "kassactl: unknown command " << name << "\n" << kassa::app::usageText();
        return kassa::app::kUsage;
    }
    const kassa::app::CommandContext context{dataDir, out, err};
    return command->second(context, args);
}
