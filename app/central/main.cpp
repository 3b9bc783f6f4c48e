// kassa-central: the system of record the tills sync with.
//
//   kassa-central [--data-dir DIR] init [--database URL] [--san NAME]...   CA, certificate, database
//   kassa-central [--data-dir DIR] serve --listen ADDR:PORT [--threads N] [--pool N]
//   kassa-central [--data-dir DIR] enroll --store NNN --till NN [--valid-hours H]
//   kassa-central [--data-dir DIR] backup FILE | restore FILE
//   kassa-central [--data-dir DIR] revoke --store NNN --till NN
//   kassa-central [--data-dir DIR] token create --name NAME
//   kassa-central [--data-dir DIR] seed-demo --products N
//   kassa-central [--data-dir DIR] migrate --to postgresql://...
//   kassa-central [--data-dir DIR] new-generation

#include "core/domain/ReturnPolicy.h"
#include "core/store/DemoCatalog.h"
#include "core/store/LookupKey.h"
#include "core/store/MasterData.h"
#include "core/store/NightlySnapshots.h"
#include "core/store/PrivateFiles.h"
#include "sync/server/CentralServer.h"
#include "sync/server/CustomerMaster.h"
#include "sync/server/CustomerSuggestions.h"
#include "sync/server/Pickups.h"
#include "sync/server/Postgres.h"
#include "sync/server/PostgresCentralStore.h"
#include "sync/server/SaleNeverArrived.h"
#include "sync/server/SqliteCentralStore.h"
#include "sync/server/StockLedger.h"
#include "sync/server/TillCertificates.h"
#include "sync/server/TokenScopes.h"
#include "sync/server/WebOrderIntake.h"
#include "sync/tls/Pki.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <map>

namespace {

using namespace kassa;

enum ExitCode { kOk = 0, kUsage = 1, kRefused = 2, kFailed = 3 };

const char kUsageText[] =
    "Usage: kassa-central [--data-dir DIR] COMMAND\n"
    "\n"
    "  init [--database URL] [--san NAME]...\n"
    "                              Make central's CA, a server certificate for the names tills\n"
    "                              use to reach it (default: localhost and 127.0.0.1), and the\n"
    "                              database: SQLite in DIR, or PostgreSQL with --database\n"
    "                              postgresql://USER@HOST:PORT/DBNAME. Does nothing if DIR is\n"
    "                              already initialised.\n"
    "  serve --listen ADDR:PORT [--threads N] [--pool N] [--snapshot-at HH:MM] [--snapshots N]\n"
    "        [--return-lease-minutes M] [--suggestions-every H] [--sale-never-arrived-hours H]\n"
    "        [--max-connections N] [--enrollments-per-minute N] [--voucher-lookups-per-minute N]\n"
    "        [--metrics-listen 127.0.0.1:PORT] [--customers-keep-days D]\n"
    "                              Serve HTTPS (no plaintext listener). PORT 0 picks a free port;\n"
    "                              the address actually used is printed on the first line.\n"
    "                              --pool: PostgreSQL connections (default 8). With SQLite, takes a\n"
    "                              nightly snapshot of the database into DIR/backups from HH:MM\n"
    "                              local time on (default 02:00) and keeps the newest N (default\n"
    "                              7; 0 takes none). A till's return lease holds the quantities\n"
    "                              it takes back for M minutes (default 15). Customers'\n"
    "                              suggestions are computed at start and every H hours\n"
    "                              (default 24; 0: only by `suggest`). At most N connections at\n"
    "                              once (default 4096); an address may enroll 10 tills a minute\n"
    "                              and a till or token look up 60 vouchers (429 beyond). /metrics\n"
    "                              needs a token with reports:read, or is served without one in\n"
    "                              plain HTTP on the loopback address of --metrics-listen.\n"
    "                              A store's tills keep in full the customers created there and\n"
    "                              those who bought there in D days (default 400); of others a\n"
    "                              limited record (first name, points, keyed hashes).\n"
    "  enroll --store NNN --till NN [--valid-hours H]\n"
    "                              Print a one-time enrollment code for that till (default: valid\n"
    "                              for 24 hours). Give it to `kassactl enroll` on the till.\n"
    "  backup FILE                 Copy central's database to FILE, consistently, while it runs.\n"
    "  restore FILE                Put a backup in place (central stopped). It gets a new\n"
    "                              generation: tills send again what it lacks and reload\n"
    "                              their master data.\n"
    "  revoke --store NNN --till NN\n"
    "                              Revoke that till's certificates (a stolen or retired till):\n"
    "                              central refuses it until it is enrolled again.\n"
    "  token create --name NAME --scope SCOPE[,SCOPE...]\n"
    "                              Print a bearer token for an integration (web shop, ERP) that\n"
    "                              may do what its scopes name (`token create` lists them; all:\n"
    "                              everything). Only its hash is kept: store it safely, it is\n"
    "                              shown once.\n"
    "  token list                  Every token: name, scopes, created, last used, revoked.\n"
    "  token revoke NAME           Central refuses the token from its next request on.\n"
    "  seed-demo --products N      Store the demo catalog of N products (and Finland's tax rates)\n"
    "                              as master data for the tills. Running it again rewrites them.\n"
    "  suggest                     Compute every customer's suggestions from the sales ledger now\n"
    "                              and feed the tills those that changed.\n"
    "  migrate --to URL            Copy this SQLite central into an empty PostgreSQL database,\n"
    "                              check the counts, and switch DIR to it (central stopped).\n"
    "  new-generation              After restoring central's database from a backup (with\n"
    "                              PostgreSQL's own tools): tills send again what it lacks and\n"
    "                              reload their master data.\n"
    "\n"
    "DIR defaults to the platform's data folder for kassa-central. KASSA_CENTRAL_DATABASE, when\n"
    "set, names the database instead of DIR/database.url.\n"
    "Exit status: 0 done, 1 wrong usage, 2 refused, 3 failure.\n";

QString file(const QString& dataDir, const char* name) {
    return QDir(dataDir).filePath(QString::fromLatin1(name));
}

std::optional<QByteArray> readFile(const QString& path) {
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    return in.readAll();
}

// A key of central's in its data folder (`fileName`): the chain's lookup key, which tills fetch,
// or the erasure key, which never leaves central. A central initialised before there was one
// makes it now.
std::optional<kassa::core::LookupKey> centralKey(const QString& dataDir, const char* fileName) {
    if (auto key = kassa::core::LookupKey::load(dataDir, fileName)) {
        return key;
    }
    const kassa::core::LookupKey made = kassa::core::LookupKey::generate();
    return made.save(dataDir, fileName) ? std::optional(made) : std::nullopt;
}

// The erasure key and the chain's lookup key for this process's customer writes and answers
// (sync/server/CustomerMaster.h).
bool useCentralKeys(const QString& dataDir) {
    const std::optional<kassa::core::LookupKey> erasure = centralKey(dataDir, sync::kErasureKeyFile);
    const std::optional<kassa::core::LookupKey> lookup = centralKey(dataDir, kassa::core::LookupKey::kFileName);
    if (!erasure || !lookup) {
        std::cerr << "kassa-central: cannot write the " << (erasure ? "lookup" : "erasure") << " key into "
                  << dataDir.toStdString() << "\n";
        return false;
    }
    sync::useErasureKey(*erasure);
    sync::useLookupKey(*lookup);
    return true;
}

// Never over a file that is there; a secret (a private key) is its owner's only from the start.
bool writeFile(const QString& path, const QByteArray& bytes, bool secret) {
    if (secret) {
        return !QFile::exists(path) && kassa::core::writePrivateFile(path, bytes);
    }
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return false;
    }
    return out.write(bytes) == bytes.size();
}

std::optional<sync::KeyAndCertificate> loadCa(const QString& dataDir) {
    const auto key = readFile(file(dataDir, "ca-key.pem"));
    const auto certificate = readFile(file(dataDir, "ca.pem"));
    if (!key || !certificate) {
        return std::nullopt;
    }
    return sync::KeyAndCertificate{*key, *certificate};
}

constexpr int kDefaultPoolSize = 8;
constexpr int kDemoCustomers = 600;

// The database this folder's central keeps its data in: PostgreSQL when DIR/database.url (or
// KASSA_CENTRAL_DATABASE, for the service's settings file) names one, SQLite in DIR otherwise.
QString databaseUrl(const QString& dataDir) {
    if (const QString url = qEnvironmentVariable("KASSA_CENTRAL_DATABASE"); !url.isEmpty()) {
        return url;
    }
    return QString::fromUtf8(readFile(file(dataDir, "database.url")).value_or(QByteArray()).trimmed());
}

// Central's store, with central's keys for what this process writes and answers of customers.
std::unique_ptr<sync::CentralStore> openStore(const QString& dataDir, int poolSize = 2) {
    if (!useCentralKeys(dataDir)) {
        throw std::runtime_error("central's keys cannot be kept in " + dataDir.toStdString());
    }
    const QString url = databaseUrl(dataDir);
    if (url.isEmpty()) {
        return std::make_unique<sync::SqliteCentralStore>(dataDir);
    }
    if (!sync::isPostgresUrl(url)) {
        throw std::runtime_error("the database URL " + sync::redactedDatabaseUrl(url).toStdString() +
                                 " is not a PostgreSQL URL: use postgresql://USER@HOST:PORT/DBNAME");
    }
    return std::make_unique<sync::PostgresCentralStore>(url, poolSize);
}

int usage(const QString& problem) {
    std::cerr << "kassa-central: " << problem.toStdString() << "\nRun `kassa-central --help` for usage.\n";
    return kUsage;
}

int runInit(const QString& dataDir, const QStringList& args) {
    QStringList names;
    QString database;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--database") && i + 1 < args.size() && database.isEmpty()) {
            database = args[++i];
            continue;
        }
        if (args[i] != QLatin1String("--san") || i + 1 >= args.size()) {
            return usage(QStringLiteral("init takes --san NAME, repeated, and --database postgresql://..."));
        }
        names << args[++i];
    }
    if (!database.isEmpty() && !sync::isPostgresUrl(database)) {
        return usage(QStringLiteral("--database takes a PostgreSQL URL: postgresql://USER@HOST:PORT/DBNAME"));
    }
    if (names.isEmpty()) {
        names = {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")};
    }
    if (QFile::exists(file(dataDir, "ca.pem"))) {
        std::cout << "kassa-central in " << dataDir.toStdString() << " is already initialised; nothing changed.\n";
        return kOk;
    }
    if (!kassa::core::makePrivateFolder(dataDir)) {
        std::cerr << "kassa-central: cannot create " << dataDir.toStdString() << "\n";
        return kFailed;
    }
    // The database first: a wrong URL leaves the folder as it was, to try again.
    if (database.isEmpty()) {
        sync::SqliteCentralStore store(dataDir);
    } else {
        sync::PostgresCentralStore store(database, 1);
        if (!writeFile(file(dataDir, "database.url"), database.toUtf8() + '\n', true)) {
            std::cerr << "kassa-central: cannot write database.url into " << dataDir.toStdString() << "\n";
            return kFailed;
        }
    }
    const sync::KeyAndCertificate ca = sync::createCertificateAuthority(QStringLiteral("Kassa Central CA"));
    const sync::KeyAndCertificate server = sync::issueServerCertificate(ca, names);
    if (!writeFile(file(dataDir, "ca-key.pem"), ca.keyPem, true) ||
        !writeFile(file(dataDir, "ca.pem"), ca.certificatePem, false) ||
        !writeFile(file(dataDir, "server-key.pem"), server.keyPem, true) ||
        !writeFile(file(dataDir, "server.pem"), server.certificatePem, false) ||
        !kassa::core::LookupKey::generate().save(dataDir)) {
        std::cerr << "kassa-central: cannot write the certificates into " << dataDir.toStdString() << "\n";
        return kFailed;
    }
    std::cout << "Initialised kassa-central in " << dataDir.toStdString() << " for "
              << names.join(QStringLiteral(", ")).toStdString() << ", its data in "
              << (database.isEmpty() ? QStringLiteral("SQLite (central.db)") : sync::redactedDatabaseUrl(database))
                     .toStdString()
              << ".\nCA fingerprint (SHA-256): " << sync::certificateFingerprint(ca.certificatePem).toStdString()
              << "\n";
    return kOk;
}

int notInitialised(const QString& dataDir) {
    std::cerr << "kassa-central: " << dataDir.toStdString() << " is not initialised: run `kassa-central init` first.\n";
    return kFailed;
}

bool isDigits(const QString& text, int length) {
    return text.size() == length && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

int runEnroll(const QString& dataDir, const QStringList& args) {
    QString store;
    QString till;
    int hours = 24;
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--store")) {
            store = args[i + 1];
        } else if (args[i] == QLatin1String("--till")) {
            till = args[i + 1];
        } else if (args[i] == QLatin1String("--valid-hours")) {
            hours = args[i + 1].toInt();
        } else {
            return usage(QStringLiteral("unknown option for enroll: %1").arg(args[i]));
        }
    }
    if (args.size() % 2 != 0 || !isDigits(store, 3) || !isDigits(till, 2) || hours < 1 || hours > 24 * 30) {
        return usage(
            QStringLiteral("enroll needs --store NNN (3 digits) and --till NN (2 digits); --valid-hours 1..720"));
    }
    const auto ca = loadCa(dataDir);
    if (!ca) {
        return notInitialised(dataDir);
    }
    const auto central = openStore(dataDir);
    const QString code =
        central->createEnrollmentCode(store, till, QDateTime::currentDateTimeUtc().addSecs(3600LL * hours));
    std::cout << code.toStdString() << ":" << sync::certificateFingerprint(ca->certificatePem).left(16).toStdString()
              << "\n";
    return kOk;
}

// Revokes the till's certificates: central refuses it from the next request on, until it is
// enrolled again with a new code. For a stolen or retired till.
int runRevoke(const QString& dataDir, const QStringList& args) {
    if (args.size() != 4 || args[0] != QLatin1String("--store") || !isDigits(args[1], 3) ||
        args[2] != QLatin1String("--till") || !isDigits(args[3], 2)) {
        return usage(QStringLiteral("use: revoke --store NNN --till NN"));
    }
    if (!QFile::exists(file(dataDir, "ca.pem"))) {
        return notInitialised(dataDir);
    }
    const int revoked = sync::revokeTill(*openStore(dataDir), args[1], args[3], QDateTime::currentDateTimeUtc());
    if (revoked == 0) {
        std::cerr << "kassa-central: store " << args[1].toStdString() << ", till " << args[3].toStdString()
                  << " has no certificate to revoke.\n";
        return kRefused;
    }
    std::cout << "Revoked " << revoked << " certificate(s) of store " << args[1].toStdString() << ", till "
              << args[3].toStdString() << ". A running central refuses them from the next request on.\n";
    return kOk;
}

// With PostgreSQL, central's data is backed up with PostgreSQL's own tools.
int refuseForPostgres(const QString& dataDir, const char* command) {
    std::cerr << "kassa-central: central in " << dataDir.toStdString() << " keeps its data in PostgreSQL ("
              << sync::redactedDatabaseUrl(databaseUrl(dataDir)).toStdString() << "): " << command
              << " is for SQLite. Back PostgreSQL up with its own tools (pg_dump -Fc, or base backups with "
                 "pg_basebackup) and keep ca.pem and ca-key.pem with them; after restoring, run "
                 "`kassa-central new-generation`.\n";
    return kRefused;
}

int runBackup(const QString& dataDir, const QStringList& args) {
    if (args.size() != 1) {
        return usage(QStringLiteral("use: backup FILE"));
    }
    if (!databaseUrl(dataDir).isEmpty()) {
        return refuseForPostgres(dataDir, "backup");
    }
    if (!QFile::exists(file(dataDir, "central.db"))) {
        std::cerr << "kassa-central: " << dataDir.toStdString() << " holds no central database to back up.\n";
        return kFailed;
    }
    sync::SqliteCentralStore central(dataDir);
    central.backupTo(args[0]);
    std::cout << "Backed up central's database to " << args[0].toStdString()
              << ". Keep ca.pem and ca-key.pem with it.\n";
    return kOk;
}

int runRestore(const QString& dataDir, const QStringList& args) {
    if (args.size() != 1) {
        return usage(QStringLiteral("use: restore FILE"));
    }
    if (!databaseUrl(dataDir).isEmpty()) {
        return refuseForPostgres(dataDir, "restore");
    }
    QLockFile serving(file(dataDir, "central.lock"));
    if (!serving.tryLock(0)) {
        std::cerr << "kassa-central: central is serving from " << dataDir.toStdString()
                  << ": stop it first (systemctl stop kassa-central), then restore.\n";
        return kRefused;
    }
    sync::SqliteCentralStore::restore(dataDir, args[0]);
    std::cout << "Restored central's database from " << args[0].toStdString()
              << " with a new generation: tills send again what it lacks and load master data again.\n";
    return kOk;
}

// Who made a change at central's command line, for the audit trail: the account that ran it.
QString serverUser() {
    for (const char* variable : {"SUDO_USER", "USER", "LOGNAME"}) {
        if (const QString user = qEnvironmentVariable(variable); !user.isEmpty()) {
            return QStringLiteral("server user ") + user;
        }
    }
    return QStringLiteral("server user (unknown)");
}

void recordTokenAudit(sync::CentralStore& store, const char* kind, const QString& name, const QJsonValue& before,
                      const QJsonValue& after) {
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    std::unique_ptr<sync::CentralWrite> write = store.beginWrite();
    write->addAudit(sync::AuditRecord{0, QString::fromLatin1(kind), QString(), QString(), serverUser(), name, before,
                                      after, QString(), at, at, QUuid::createUuid().toString(QUuid::WithoutBraces)});
    write->commit();
}

QString scopeHelp() {
    QString help = QStringLiteral("scopes (comma separated, or all):\n");
    for (const sync::ScopeDescription& scope : sync::knownScopes()) {
        help += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(scope.name), -18)
                    .arg(QString::fromLatin1(scope.grants));
    }
    return help;
}

int createToken(sync::CentralStore& store, const QStringList& args) {
    const QString use = QStringLiteral("use: token create --name NAME --scope SCOPE[,SCOPE...]\n") + scopeHelp();
    QString name;
    QString scopeText;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--name")) {
            name = args[i + 1].trimmed();
        } else if (args[i] == QLatin1String("--scope")) {
            scopeText = args[i + 1];
        } else {
            return usage(use);
        }
    }
    if (args.size() % 2 == 0 || name.isEmpty() || name.size() > 100 || scopeText.isEmpty()) {
        return usage(use);
    }
    QString wrong;
    const std::optional<QStringList> scopes = sync::parseScopes(scopeText, wrong);
    if (!scopes) {
        return usage(wrong + QStringLiteral("\n") + use);
    }
    for (const sync::IntegrationToken& token : store.tokens()) {
        if (token.name == name && token.revokedAt.isEmpty()) {
            std::cerr << "kassa-central: a token named \"" << name.toStdString()
                      << "\" is in force: revoke it first (token revoke NAME) or choose another name.\n";
            return kRefused;
        }
    }
    const QString secret = store.createToken(name, *scopes);
    recordTokenAudit(store, "token.created", name, QJsonValue(), QJsonArray::fromStringList(*scopes));
    std::cout << secret.toStdString() << "\n";
    return kOk;
}

int listTokens(sync::CentralStore& store) {
    std::cout << "name\tscopes\tcreated\tlast used\trevoked\n";
    for (const sync::IntegrationToken& token : store.tokens()) {
        std::cout << token.name.toStdString() << '\t' << token.scopes.join(QLatin1Char(',')).toStdString() << '\t'
                  << token.createdAt.toStdString() << '\t'
                  << (token.lastUsedAt.isEmpty() ? "never" : token.lastUsedAt.toStdString()) << '\t'
                  << (token.revokedAt.isEmpty() ? "-" : token.revokedAt.toStdString()) << '\n';
    }
    return kOk;
}

int revokeToken(sync::CentralStore& store, const QString& name) {
    const int revoked = store.revokeToken(name, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (revoked == 0) {
        std::cerr << "kassa-central: no token named \"" << name.toStdString()
                  << "\" is in force: `token list` shows them.\n";
        return kRefused;
    }
    recordTokenAudit(store, "token.revoked", name, QJsonValue(QStringLiteral("in force")), QJsonValue());
    std::cout << "Revoked the token \"" << name.toStdString() << "\": central refuses it from its next request on.\n";
    return kOk;
}

int runToken(const QString& dataDir, const QStringList& args) {
    const QString verb = args.value(0);
    const bool known = (verb == QLatin1String("create")) || (verb == QLatin1String("list") && args.size() == 1) ||
                       (verb == QLatin1String("revoke") && args.size() == 2 && !args[1].trimmed().isEmpty());
    if (!known) {
        return usage(
            QStringLiteral("use: token create --name NAME --scope SCOPE[,SCOPE...] | token list | token revoke "
                           "NAME\n") +
            scopeHelp());
    }
    if (!QFile::exists(file(dataDir, "ca.pem"))) {
        return notInitialised(dataDir);
    }
    const std::unique_ptr<sync::CentralStore> store = openStore(dataDir);
    if (verb == QLatin1String("create")) {
        return createToken(*store, args);
    }
    return verb == QLatin1String("list") ? listTokens(*store) : revokeToken(*store, args[1].trimmed());
}

void printSuggestionRun(const sync::SuggestionRun& run) {
    std::cout << "Suggestions computed for " << run.customers << " customers from " << run.purchases
              << " lines they bought: " << run.withSuggestions << " have some, " << run.changed
              << " changed and go to the tills.\n";
}

// The demo chain's loyalty programme, customers and their web orders, as integrations would
// put them, and the customers' suggestions computed from those orders.
void seedDemoCustomers(sync::CentralStore& central, std::int64_t productCount, const QDateTime& now) {
    central.putMasterData(QString::fromLatin1(core::feeds::kLoyaltyRules),
                          {{QStringLiteral("chain"), core::toJson(core::demoLoyaltyRules()), false}});
    const std::vector<core::Customer> customers = core::demoCustomers(kDemoCustomers, now);
    std::unique_ptr<sync::CentralWrite> write = central.beginWrite();
    for (const core::Customer& customer : customers) {
        (void)sync::receiveCustomer(*write, customer, {QStringLiteral("demo")}, now);
    }
    write->commit();
    write.reset(); // SQLite has one writer: give it back before the orders are stored
    const std::vector<core::WebOrder> orders = core::demoWebOrders(customers, productCount, now);
    // The tills get the orders still within the (default) return window, as from POST /v1/web-orders.
    const QDateTime feedFrom =
        now.addDays(-core::longestReturnWindow(core::defaultReturnPolicy()) - core::kWebOrderDeliveryDays);
    const int stored = sync::takeWebOrders(central, orders, now, feedFrom);
    const int pickups = sync::takeWebOrders(
        central, core::demoPickupOrders(customers, productCount, QStringLiteral("001"), now), now, feedFrom);
    std::cout << "Stored " << customers.size() << " demo customers, " << stored << " of their web orders, " << pickups
              << " orders to collect at store 001 and the loyalty programme.\n";
    printSuggestionRun(sync::computeSuggestions(central, now));
}

// The demo chain: its stores (with the stores near each), every location's opening stock of
// the best-selling products, the web warehouse's included, and a delivery on its way to 001.
void seedDemoChain(sync::CentralStore& central, std::int64_t productCount) {
    std::vector<core::FeedItem> stores;
    QStringList locations;
    for (const core::StoreInfo& store : core::demoStores()) {
        stores.push_back({store.id, core::toJson(store), false});
        locations << store.id;
    }
    locations << QString::fromLatin1(core::kWebWarehouse);
    central.putMasterData(QString::fromLatin1(core::feeds::kStores), stores);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString openedAt = now.addDays(-1).toString(Qt::ISODateWithMs);
    std::vector<sync::StockMovementRecord> opening;
    std::int64_t index = 0;
    QStringList deliverable;
    core::forEachDemoProduct(productCount, [&](const core::DemoProduct& demo) {
        const QString& sku = demo.item.product.sku;
        for (const QString& location : locations) {
            if (const std::optional<std::int64_t> pieces = core::demoOpeningStock(location, index);
                pieces && *pieces > 0) {
                opening.push_back({0,
                                   location,
                                   sku,
                                   *pieces * core::kQuantityOne,
                                   QStringLiteral("opening"),
                                   QStringLiteral("sellable"),
                                   QStringLiteral("demo-opening:%1:%2").arg(location, sku),
                                   openedAt,
                                   {}});
            }
        }
        if (sku.startsWith(QLatin1String("SKU-")) && deliverable.size() < 5) {
            deliverable << sku;
        }
        ++index;
    });
    (void)sync::addIntegrationMovements(central, opening, now);
    QJsonArray lines;
    for (const QString& sku : deliverable) {
        lines.append(QJsonObject{{QStringLiteral("sku"), sku}, {QStringLiteral("quantity"), QStringLiteral("24")}});
    }
    const auto delivery = core::parseFeedItem(QString::fromLatin1(core::feeds::kDeliveries),
                                              QJsonObject{{QStringLiteral("delivery"), QStringLiteral("D-DEMO-1")},
                                                          {QStringLiteral("store"), QStringLiteral("001")},
                                                          {QStringLiteral("supplier"), QStringLiteral("Tukku Oy")},
                                                          {QStringLiteral("lines"), lines}},
                                              {});
    if (delivery) {
        central.putMasterData(QString::fromLatin1(core::feeds::kDeliveries), {delivery.value()});
    }
    std::cout << "Stored " << stores.size() << " demo stores, " << opening.size()
              << " opening stock figures and delivery D-DEMO-1 to store 001.\n";
    seedDemoCustomers(central, productCount, now);
}

// The demo catalog as central's master data: Finnish tax rates first (products refer to
// them), then the products in slices of one transaction each, then the demo chain.
int runSeedDemo(const QString& dataDir, const QStringList& args) {
    bool countOk = false;
    const qint64 count = args.size() == 2 && args[0] == QLatin1String("--products") ? args[1].toLongLong(&countOk) : 0;
    if (!countOk || count < 1 || count > 10'000'000) {
        return usage(QStringLiteral("use: seed-demo --products N (1 to 10000000)"));
    }
    if (!QFile::exists(file(dataDir, "ca.pem"))) {
        return notInitialised(dataDir);
    }
    const auto central = openStore(dataDir);
    std::vector<core::FeedItem> taxRates;
    for (const core::TaxRate& rate : core::finnishTaxRates()) {
        taxRates.push_back({core::feedKey(rate), core::toJson(rate), false});
    }
    central->putMasterData(QString::fromLatin1(core::feeds::kTaxCodes), taxRates);
    std::vector<core::FeedItem> slice;
    std::int64_t head = 0;
    const auto flush = [&] {
        head = central->putMasterData(QString::fromLatin1(core::feeds::kProducts), slice);
        slice.clear();
    };
    core::forEachDemoProduct(count, [&](const core::DemoProduct& demo) {
        slice.push_back({demo.item.product.sku, core::toCatalogJson(demo.item), false});
        if (slice.size() == 50'000) {
            flush();
        }
    });
    if (!slice.empty()) {
        flush();
    }
    std::cout << "Stored " << count << " demo products and " << taxRates.size()
              << " tax rates as master data (change numbers up to " << head << ").\n";
    seedDemoChain(*central, count);
    return kOk;
}

int runSuggest(const QString& dataDir, const QStringList& args) {
    if (!args.isEmpty()) {
        return usage(QStringLiteral("use: suggest"));
    }
    if (!QFile::exists(file(dataDir, "ca.pem"))) {
        return notInitialised(dataDir);
    }
    printSuggestionRun(sync::computeSuggestions(*openStore(dataDir), QDateTime::currentDateTimeUtc()));
    return kOk;
}

// Once, in the background: the forms of customers written before central kept them (or with
// another lookup key), so that a till's first load reads no record again (CustomerMaster.h).
std::unique_ptr<core::PeriodicTask> deriveCustomerFormsOnce(sync::CentralStore& store) {
    return std::make_unique<core::PeriodicTask>(std::chrono::hours(24), [&store] {
        try {
            if (const int derived = sync::deriveMissingCustomerForms(store); derived > 0) {
                std::cerr << "kassa-central: derived what tills of other stores get of " << derived << " customers\n";
            }
        } catch (const std::exception& error) {
            std::cerr << "kassa-central: customers' forms not derived (they are made as they are served): "
                      << error.what() << "\n";
        }
        return false;
    });
}

// At start and then every minute, on a thread of its own: the members snapshot tills' first
// loads copy in, built again when it is stale (MemberSnapshots.h); a failure is reported and tried
// again at the next run.
std::unique_ptr<core::PeriodicTask> buildMemberSnapshots(sync::MemberSnapshots& snapshots) {
    return std::make_unique<core::PeriodicTask>(std::chrono::minutes(1), [&snapshots] {
        try {
            if (const std::optional<std::int64_t> members = snapshots.buildIfDue(QDateTime::currentDateTimeUtc())) {
                std::cerr << "kassa-central: members snapshot built: " << *members << " members\n";
            }
        } catch (const std::exception& error) {
            std::cerr << "kassa-central: members snapshot not built (tills take members from the feed): "
                      << error.what() << "\n";
        }
        return true;
    });
}

// Computes the customers' suggestions on a thread of its own, at start and then every `every`;
// a failure (the database gone for a while) is reported and tried again at the next run.
std::unique_ptr<core::PeriodicTask> suggestEvery(sync::CentralStore& store, std::chrono::hours every) {
    if (every.count() == 0) {
        return nullptr;
    }
    return std::make_unique<core::PeriodicTask>(every, [&store] {
        try {
            const sync::SuggestionRun run = sync::computeSuggestions(store, QDateTime::currentDateTimeUtc());
            std::cerr << "kassa-central: suggestions computed for " << run.customers << " customers, " << run.changed
                      << " changed\n";
        } catch (const std::exception& error) {
            std::cerr << "kassa-central: suggestions not computed: " << error.what() << "\n";
        }
        return true;
    });
}

// Expires the ready pickup orders whose store's collection period has ended, every minute on a
// thread of its own (the store's tills and the web shop learn it from the pickup changes).
std::unique_ptr<core::PeriodicTask> expirePickupsEveryMinute(sync::CentralStore& store) {
    return std::make_unique<core::PeriodicTask>(std::chrono::minutes(1), [&store] {
        try {
            if (const int expired = sync::expireDuePickups(store, QDateTime::currentDateTimeUtc()); expired > 0) {
                std::cerr << "kassa-central: " << expired << " pickup order(s) expired uncollected\n";
            }
        } catch (const std::exception& error) {
            std::cerr << "kassa-central: pickup orders not expired: " << error.what() << "\n";
        }
        return true;
    });
}

// Every ten minutes, returns whose store receipt has not arrived in time are raised.
std::unique_ptr<core::PeriodicTask> watchForSalesNeverArrived(sync::CentralStore& store, std::chrono::hours after) {
    return std::make_unique<core::PeriodicTask>(std::chrono::minutes(10), [&store, after] {
        try {
            if (const int raised = sync::raiseSalesNeverArrived(store, QDateTime::currentDateTimeUtc(), after);
                raised > 0) {
                std::cerr << "kassa-central: " << raised << " return(s) whose sale never arrived raised\n";
            }
        } catch (const std::exception& error) {
            std::cerr << "kassa-central: returns without their sale not checked: " << error.what() << "\n";
        }
        return true;
    });
}

// What `serve` is told, by its options or by the service's settings file (the environment).
struct ServeOptions {
    QString listen;
    QString metricsListen; // empty: /metrics only on the HTTPS port, to a token with reports:read
    int threads = 2;
    int pool = kDefaultPoolSize;
    int leaseMinutes = static_cast<int>(sync::kDefaultReturnLease.count());
    core::SnapshotPolicy snapshots{QTime(2, 0), 7};
    int suggestionHours = 24;
    int saleArrivalHours = static_cast<int>(sync::kDefaultSaleArrivalHours.count());
    int maxConnections = sync::kDefaultMaxConnections;
    int enrollmentsPerMinute = sync::kDefaultEnrollmentsPerMinute;
    int voucherLookupsPerMinute = sync::kDefaultVoucherLookupsPerMinute;
    int customerKeepDays = sync::kDefaultCustomerKeepDays;
};

// A whole-number option of `serve`: its setting in the environment and its bounds.
struct NumberOption {
    const char* option;
    const char* environment;
    int ServeOptions::*field;
    int min;
    int max;
    const char* takes; // "takes ..." in the refusal
};

constexpr NumberOption kNumberOptions[] = {
    {"--threads", "KASSA_CENTRAL_THREADS", &ServeOptions::threads, 1, 64, "how many network threads, 1..64"},
    {"--pool", "KASSA_CENTRAL_POOL", &ServeOptions::pool, 1, 200, "how many PostgreSQL connections, 1..200"},
    {"--return-lease-minutes", "KASSA_CENTRAL_RETURN_LEASE_MINUTES", &ServeOptions::leaseMinutes, 1, 24 * 60,
     "how long a till's return lease holds, 1..1440 minutes"},
    {"--sale-never-arrived-hours", "KASSA_CENTRAL_SALE_NEVER_ARRIVED_HOURS", &ServeOptions::saleArrivalHours, 1,
     24 * 31, "how many hours a return's sale may take to arrive, 1..744"},
    {"--suggestions-every", "KASSA_CENTRAL_SUGGESTIONS_EVERY", &ServeOptions::suggestionHours, 0, 24 * 31,
     "how many hours between computing customers' suggestions, 0..744 (0: only by `kassa-central suggest`)"},
    {"--max-connections", "KASSA_CENTRAL_MAX_CONNECTIONS", &ServeOptions::maxConnections, 16, 1000000,
     "how many connections central holds open at once, 16..1000000"},
    {"--enrollments-per-minute", "KASSA_CENTRAL_ENROLLMENTS_PER_MINUTE", &ServeOptions::enrollmentsPerMinute, 1, 10000,
     "how many enrollments one address may make a minute, 1..10000"},
    {"--voucher-lookups-per-minute", "KASSA_CENTRAL_VOUCHER_LOOKUPS_PER_MINUTE", &ServeOptions::voucherLookupsPerMinute,
     1, 100000, "how many voucher lookups one till or token may make a minute, 1..100000"},
};

// The service's settings file puts options in the environment; the command line overrides
// them, and a settings file from an older package without them leaves the defaults.
QStringList serveOptionsFromEnvironment() {
    QStringList options;
    for (const NumberOption& number : kNumberOptions) {
        if (const QString value = qEnvironmentVariable(number.environment); !value.isEmpty()) {
            options << QString::fromLatin1(number.option) << value;
        }
    }
    const std::pair<const char*, const char*> others[] = {{"--snapshot-at", "KASSA_CENTRAL_SNAPSHOT_AT"},
                                                          {"--snapshots", "KASSA_CENTRAL_SNAPSHOTS"},
                                                          {"--metrics-listen", "KASSA_CENTRAL_METRICS_LISTEN"}};
    for (const auto& [option, environment] : others) {
        if (const QString value = qEnvironmentVariable(environment); !value.isEmpty()) {
            options << QString::fromLatin1(option) << value;
        }
    }
    return options;
}

// Sets one option; the refusal's text when its value is wrong or the option unknown.
std::optional<QString> setServeOption(ServeOptions& options, const QString& option, const QString& value) {
    for (const NumberOption& number : kNumberOptions) {
        if (option == QLatin1String(number.option)) {
            bool ok = false;
            const int parsed = value.toInt(&ok);
            if (!ok || parsed < number.min || parsed > number.max) {
                return QStringLiteral("%1 (%2) takes %3")
                    .arg(option, QString::fromLatin1(number.environment), QString::fromLatin1(number.takes));
            }
            options.*number.field = parsed;
            return std::nullopt;
        }
    }
    if (option == QLatin1String("--listen")) {
        options.listen = value;
    } else if (option == QLatin1String("--metrics-listen")) {
        options.metricsListen = value;
    } else if (option == QLatin1String("--snapshot-at")) {
        const auto at = core::parseTimeOfDay(value);
        if (!at) {
            return QStringLiteral("--snapshot-at (KASSA_CENTRAL_SNAPSHOT_AT) takes a time of day, HH:MM");
        }
        options.snapshots.at = *at;
    } else if (option == QLatin1String("--snapshots")) {
        bool ok = false;
        options.snapshots.keep = value.toInt(&ok);
        if (!ok || options.snapshots.keep < 0 || options.snapshots.keep > 365) {
            return QStringLiteral("--snapshots (KASSA_CENTRAL_SNAPSHOTS) takes how many nightly snapshots to keep, "
                                  "0..365");
        }
    } else {
        return QStringLiteral("unknown option for serve: %1").arg(option);
    }
    return std::nullopt;
}

// "ADDR:PORT" as the address and the port, if it is one.
std::optional<std::pair<std::string, std::uint16_t>> addressAndPort(const QString& text) {
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = text.mid(colon + 1).toUInt(&portOk);
    if (colon <= 0 || !portOk || port > 65535) {
        return std::nullopt;
    }
    return std::pair{text.left(colon).toStdString(), static_cast<std::uint16_t>(port)};
}

int runServe(const QString& dataDir, const QStringList& commandLine) {
    const QStringList args = serveOptionsFromEnvironment() + commandLine;
    ServeOptions options;
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        if (const std::optional<QString> wrong = setServeOption(options, args[i], args[i + 1])) {
            return usage(*wrong);
        }
    }
    const auto listen = addressAndPort(options.listen);
    if (args.size() % 2 != 0 || !listen) {
        return usage(QStringLiteral("serve needs --listen ADDR:PORT, e.g. --listen 0.0.0.0:8443"));
    }
    const auto metricsListen = addressAndPort(options.metricsListen);
    if (!options.metricsListen.isEmpty() && !metricsListen) {
        return usage(QStringLiteral("--metrics-listen (KASSA_CENTRAL_METRICS_LISTEN) takes ADDR:PORT on loopback, "
                                    "e.g. 127.0.0.1:9464"));
    }
    const auto ca = loadCa(dataDir);
    const auto serverKey = readFile(file(dataDir, "server-key.pem"));
    const auto serverCertificate = readFile(file(dataDir, "server.pem"));
    if (!ca || !serverKey || !serverCertificate) {
        return notInitialised(dataDir);
    }
    // SIGINT and SIGTERM are waited for below; block them before any thread starts.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    // Held while serving: a second server, or a restore, on this folder is refused.
    QLockFile serving(file(dataDir, "central.lock"));
    if (!serving.tryLock(0)) {
        std::cerr << "kassa-central: another kassa-central already serves " << dataDir.toStdString() << ".\n";
        return kRefused;
    }
    const std::unique_ptr<sync::CentralStore> store = openStore(dataDir, options.pool);
    std::optional<core::NightlySnapshots> nightly;
    if (!databaseUrl(dataDir).isEmpty()) {
        std::cerr << "kassa-central: data in PostgreSQL ("
                  << sync::redactedDatabaseUrl(databaseUrl(dataDir)).toStdString()
                  << "): no nightly snapshots; back it up with PostgreSQL's own tools (pg_dump, base backups)\n";
    } else if (options.snapshots.keep > 0) {
        nightly.emplace(file(dataDir, "central.db"),
                        core::SnapshotFolder(file(dataDir, "backups"), QStringLiteral("central")), options.snapshots);
    }
    // Events a till sent before this central knew their kind are applied now that it does.
    if (const int applied =
            sync::EventIngest(*store, sync::FactHandlers::standard()).applyHeld(QDateTime::currentDateTimeUtc());
        applied > 0) {
        std::cerr << "kassa-central: applied " << applied << " held event(s) of kinds this version knows\n";
    }
    const std::unique_ptr<core::PeriodicTask> suggestions =
        suggestEvery(*store, std::chrono::hours(options.suggestionHours));
    const std::unique_ptr<core::PeriodicTask> expiry = expirePickupsEveryMinute(*store);
    const std::unique_ptr<core::PeriodicTask> saleWatch =
        watchForSalesNeverArrived(*store, std::chrono::hours(options.saleArrivalHours));
    const std::unique_ptr<core::PeriodicTask> customerForms = deriveCustomerFormsOnce(*store);
    sync::MemberSnapshots memberSnapshots(*store, *ca, file(dataDir, "snapshots"));
    const std::unique_ptr<core::PeriodicTask> snapshotBuilds = buildMemberSnapshots(memberSnapshots);
    sync::CentralService service(*store, *ca);
    service.setMemberSnapshots(&memberSnapshots);
    service.setReturnLease(std::chrono::minutes(options.leaseMinutes));
    service.setClientRates(options.enrollmentsPerMinute, options.voucherLookupsPerMinute);
    service.setCustomerKeepDays(options.customerKeepDays);
    // As many workers as database connections: each answers one request at a time.
    sync::CentralServer server(service, sync::ServerTls{*serverCertificate, *serverKey, ca->certificatePem},
                               options.threads, options.pool);
    server.setMaxConnections(options.maxConnections);
    if (metricsListen) {
        const std::uint16_t metricsPort = server.listenForMetrics(metricsListen->first, metricsListen->second);
        std::cerr << "kassa-central: /metrics on http://" << metricsListen->first << ":" << metricsPort << "\n";
    }
    const std::uint16_t bound = server.start(listen->first, listen->second);
    std::cout << "listening on " << listen->first << ":" << bound << std::endl;
    int signal = 0;
    sigwait(&stopSignals, &signal);
    std::cerr << "kassa-central: stopping on signal " << signal << "\n";
    server.stop();
    return kOk;
}

// After central's PostgreSQL database was restored from a backup (or an SQLite one by hand):
// a new generation makes every till send again what central lacks and reload master data.
int runNewGeneration(const QString& dataDir, const QStringList& args) {
    if (!args.isEmpty()) {
        return usage(QStringLiteral("new-generation takes no options"));
    }
    if (!QFile::exists(file(dataDir, "ca.pem"))) {
        return notInitialised(dataDir);
    }
    const QString url = databaseUrl(dataDir);
    if (url.isEmpty()) {
        QLockFile serving(file(dataDir, "central.lock"));
        if (!serving.tryLock(0)) {
            std::cerr << "kassa-central: central is serving from " << dataDir.toStdString() << ": stop it first.\n";
            return kRefused;
        }
        sync::SqliteCentralStore::startNewGeneration(dataDir);
    } else {
        sync::PostgresCentralStore(url, 1).startNewGeneration();
    }
    std::cout << "Central has a new generation: each till sends again what central lacks and loads its master data "
                 "again at its next sync.\n";
    return kOk;
}

// Copies an SQLite central into an empty PostgreSQL database and switches the folder to it.
int runMigrate(const QString& dataDir, const QStringList& args) {
    if (args.size() != 2 || args[0] != QLatin1String("--to") || !sync::isPostgresUrl(args[1])) {
        return usage(QStringLiteral("use: migrate --to postgresql://USER@HOST:PORT/DBNAME"));
    }
    const QString url = args[1];
    if (!QFile::exists(file(dataDir, "ca.pem"))) {
        return notInitialised(dataDir);
    }
    if (!databaseUrl(dataDir).isEmpty()) {
        std::cerr << "kassa-central: central in " << dataDir.toStdString() << " already keeps its data in "
                  << sync::redactedDatabaseUrl(databaseUrl(dataDir)).toStdString() << "; nothing to migrate.\n";
        return kRefused;
    }
    QLockFile serving(file(dataDir, "central.lock"));
    if (!serving.tryLock(0)) {
        std::cerr << "kassa-central: central is serving from " << dataDir.toStdString()
                  << ": stop it first, migrate, then start it again.\n";
        return kRefused;
    }
    if (!sync::PostgresCentralStore::isEmptyDatabase(url)) {
        std::cerr << "kassa-central: the database " << sync::redactedDatabaseUrl(url).toStdString()
                  << " is not empty: migrate copies into an empty database only. Nothing was written.\n";
        return kRefused;
    }
    { sync::SqliteCentralStore migrated(dataDir); } // an older central.db at the schema the copy reads
    const std::map<QString, std::int64_t> copied =
        sync::PostgresCentralStore(url, 1).copyFromSqlite(file(dataDir, "central.db"));
    if (!writeFile(file(dataDir, "database.url"), url.toUtf8() + '\n', true)) {
        std::cerr << "kassa-central: the copy is in PostgreSQL, but database.url cannot be written into "
                  << dataDir.toStdString() << "\n";
        return kFailed;
    }
    std::cout << "Copied central into " << sync::redactedDatabaseUrl(url).toStdString() << ", counts checked:";
    for (const auto& [table, rows] : copied) {
        std::cout << " " << table.toStdString() << " " << rows;
    }
    std::cout << ".\n"
              << dataDir.toStdString() << " now uses PostgreSQL; central.db stays as it was, as the copy's source.\n";
    return kOk;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QString dataDir = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                          .filePath(QStringLiteral("kassa-central"));
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--help")) {
            std::cout << kUsageText;
            return kOk;
        }
        if (option == QLatin1String("--version")) {
            std::cout << "kassa-central " << KASSA_VERSION << "\n";
            return kOk;
        }
        if (option == QLatin1String("--data-dir") && !args.isEmpty()) {
            dataDir = args.takeFirst();
            continue;
        }
        return usage(QStringLiteral("unknown option %1").arg(option));
    }
    if (args.isEmpty()) {
        std::cerr << kUsageText;
        return kUsage;
    }
    using Command = int (*)(const QString&, const QStringList&);
    const std::map<QString, Command> commands{
        {QStringLiteral("init"), runInit},       {QStringLiteral("serve"), runServe},
        {QStringLiteral("enroll"), runEnroll},   {QStringLiteral("token"), runToken},
        {QStringLiteral("backup"), runBackup},   {QStringLiteral("restore"), runRestore},
        {QStringLiteral("revoke"), runRevoke},   {QStringLiteral("seed-demo"), runSeedDemo},
        {QStringLiteral("migrate"), runMigrate}, {QStringLiteral("new-generation"), runNewGeneration},
        {QStringLiteral("suggest"), runSuggest},
    };
    const QString command = args.takeFirst();
    const auto found = commands.find(command);
    if (found == commands.end()) {
        return usage(QStringLiteral("unknown command %1").arg(command));
    }
    try {
        return found->second(dataDir, args);
    } catch (const std::exception& error) {
        std::cerr << "kassa-central: " << error.what() << "\n";
        return kFailed;
    }
}
