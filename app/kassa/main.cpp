// kassa: the till. Wires the local store, the card terminal and the printer into the screens.

#include "../common/DataDir.h"
#include "core/store/DemoCatalog.h"
#include "core/store/Migrations.h"
#include "core/store/PrivateFiles.h"
#include "core/till/Checkout.h"
#include "resources/Resources.h"
#include "sync/client/SyncEngine.h"
#include "sync/client/TillLink.h"
#include "ui/MainWindow.h"
#include "ui/common/Format.h"
#include "ui/enrollment/EnrollmentDialog.h"
#include "ui/printing/ReceiptPrinter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QLockFile>
#include <QMessageBox>
#include <QScreen>
#include <QTranslator>
#include <cstdio>
#include <memory>

namespace {

struct Options {
    QString dataDir;
    QString language;
    QString printer;
    bool demo = false;
    QString customerDisplay = QStringLiteral("auto"); // auto, off, or a screen number
};

void defineOptions(QCommandLineParser& parser) {
    parser.setApplicationDescription(QStringLiteral("Kassa: the till. Sells with or without a network."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("data-dir"),
                      QStringLiteral("The till's data folder (default: %1).").arg(kassa::app::defaultDataDir()),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("demo"), QStringLiteral("Set up a demo till with 10,000 products when the data "
                                                             "folder is empty.")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Language: fi, sv or en (default: the system's)."),
                      QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("printer"),
                      QStringLiteral("Receipt printer: none, file:PATH or tcp:HOST:PORT (default: the setting "
                                     "receipt.printer)."),
                      QStringLiteral("TARGET")});
    parser.addOption({QStringLiteral("customer-display"),
                      QStringLiteral("The customer-facing display: auto (on the second screen when there is one), "
                                     "off, or the number of the screen to show it on (0 is the first)."),
                      QStringLiteral("WHERE"), QStringLiteral("auto")});
}

// --help and --version are answered before any window exists, so they work with no display.
std::optional<Options> parseArguments(int argc, char* argv[]) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    QCommandLineParser parser;
    defineOptions(parser);
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "kassa: %s\nRun kassa --help for the options.\n", qPrintable(parser.errorText()));
        std::exit(1);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("kassa %s\n", KASSA_VERSION);
        return std::nullopt;
    }
    Options options;
    options.dataDir = parser.isSet(QStringLiteral("data-dir")) ? parser.value(QStringLiteral("data-dir"))
                                                               : kassa::app::defaultDataDir();
    options.language = parser.value(QStringLiteral("lang"));
    options.printer = parser.value(QStringLiteral("printer"));
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.customerDisplay = parser.value(QStringLiteral("customer-display"));
    bool isNumber = false;
    options.customerDisplay.toUInt(&isNumber);
    if (!isNumber && options.customerDisplay != QLatin1String("auto") &&
        options.customerDisplay != QLatin1String("off")) {
        std::fprintf(stderr,
                     "kassa: --customer-display is auto, off or a screen's number (0 is the first), not "
                     "\"%s\".\n",
                     qPrintable(options.customerDisplay.left(40)));
        std::exit(1);
    }
    return options;
}

// Where the customer display goes: the second screen on "auto" (none with one screen), a screen
// by its number, or nowhere.
const QScreen* customerDisplayScreen(const QString& where) {
    const QList<QScreen*> screens = QGuiApplication::screens();
    if (where == QLatin1String("auto")) {
        return screens.size() > 1 ? screens[1] : nullptr;
    }
    bool ok = false;
    const int number = where.toInt(&ok);
    return ok && number >= 0 && number < screens.size() ? screens[number] : nullptr;
}

// The store number of a till set up by the enrollment dialog until central gives it its own.
constexpr char kUnenrolledStore[] = "000";

int refuseToStart(const QString& message) {
    std::fprintf(stderr, "kassa: %s\n", qPrintable(message));
    QMessageBox::critical(nullptr, QObject::tr("Kassa cannot start"), message);
    return 3;
}

// The till's first start (or a start while it is not enrolled yet): the enrollment dialog. A
// new till is created from it and must enroll before it sells (its store and till numbers
// come from central); an existing one may put enrolling off and sell without central. False
// when the till may not sell yet.
bool offerEnrollment(const QString& dataDir, kassa::core::TillDatabase& till) {
    const bool newTill = !till.isInitialised();
    const bool mayPutOff = !newTill && till.settings().identity().storeId != QLatin1String(kUnenrolledStore);
    kassa::ui::EnrollmentActions actions;
    actions.setUp = [&till](const kassa::ui::NewTill& setup) -> std::optional<QString> {
        try {
            // Store and till numbers come from central's certificate when the till enrolls.
            till.initialise(QString::fromLatin1(kUnenrolledStore), QStringLiteral("00"), setup.storeName);
            auto added = till.operators().add(
                kassa::core::Operator{setup.managerId, setup.managerName, kassa::core::Role::Manager},
                setup.managerPin);
            if (!added) {
                return kassa::core::describe(added.error());
            }
        } catch (const kassa::core::StoreError& error) {
            return QString::fromUtf8(error.what());
        }
        return std::nullopt;
    };
    actions.enroll = [dataDir](const QString& url, const QString& code) -> std::optional<QString> {
        try {
            kassa::core::TillDatabase connection(dataDir); // this thread's own
            return kassa::sync::enrollTill(connection, url, code);
        } catch (const std::exception& error) {
            return QString::fromUtf8(error.what());
        }
    };
    kassa::ui::EnrollmentDialog dialog(newTill, mayPutOff, std::move(actions));
    return dialog.exec() == QDialog::Accepted || mayPutOff;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication::setApplicationName(QStringLiteral("kassa"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KASSA_VERSION));
    const std::optional<Options> options = parseArguments(argc, argv);
    if (!options) {
        return 0;
    }

    QApplication app(argc, argv);
    const QString language = kassa::resources::chooseLanguage(options->language, QLocale::system().name());
    QLocale::setDefault(kassa::ui::tillLocale(language));
    QTranslator translator;
    if (kassa::resources::loadTranslation(translator, language)) {
        QApplication::installTranslator(&translator);
    }
    app.setStyleSheet(kassa::resources::styleSheet());

    // Held while the till runs: a restore, or a second kassa, on this folder is refused.
    (void)kassa::core::makePrivateFolder(options->dataDir); // opening the database says why it cannot
    QLockFile running(QDir(options->dataDir).filePath(QStringLiteral("kassa.lock")));
    if (!running.tryLock(0)) {
        return refuseToStart(QObject::tr("Kassa is already running on %1.").arg(options->dataDir));
    }
    std::unique_ptr<kassa::core::TillDatabase> till;
    try {
        till = std::make_unique<kassa::core::TillDatabase>(options->dataDir);
        if (!till->isInitialised() && options->demo) {
            till->initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("Kassa Demo Helsinki"));
            kassa::core::seedDemoCatalog(*till, 10'000);
        }
        if (!options->demo && !kassa::sync::loadTillLink(options->dataDir) &&
            !offerEnrollment(options->dataDir, *till)) {
            return 0; // store IT closed the set-up before the till was enrolled
        }
    } catch (const kassa::core::SchemaError& error) {
        return refuseToStart(QString::fromUtf8(error.what()));
    } catch (const kassa::core::StoreError& error) {
        return refuseToStart(QObject::tr("The till's data in %1 cannot be used: %2. Check that the folder is "
                                         "writable; if the file is damaged, restore the latest backup.")
                                 .arg(options->dataDir, QString::fromUtf8(error.what())));
    }

    till->startBackgroundCheckpoints();
    till->startNightlySnapshots();

    const QString printerSetting =
        options->printer.isEmpty() ? till->settings().value(kassa::core::settingKeys::kPrinter) : options->printer;
    const auto printerTarget = kassa::ui::parsePrinterTarget(printerSetting);
    if (!printerTarget) {
        return refuseToStart(
            QObject::tr("The printer \"%1\" is not valid: use none, file:PATH or tcp:HOST:PORT.").arg(printerSetting));
    }
    kassa::ui::ReceiptPrinter printer(*printerTarget);
    kassa::core::SimulatedPaymentTerminal terminal(till->settings().terminalMode());
    kassa::core::Checkout checkout(*till, terminal);
    kassa::sync::SyncEngine syncEngine(options->dataDir);
    kassa::ui::MainWindow window(checkout, printer, &syncEngine);
    syncEngine.start();
    window.resize(1280, 800);
    window.show();
    if (const QScreen* screen = customerDisplayScreen(options->customerDisplay)) {
        window.showCustomerDisplay(screen->geometry());
    }
    return QApplication::exec();
}
