#pragma once

// kassactl's commands. Each takes the arguments after its name, prints what a person or a
// script needs, and returns the process exit code: 0 done, 1 wrong usage, 2 refused (bad
// input, a declined card, a tender that does not cover the total), 3 the data folder failed.

#include <QStringList>
#include <QTextStream>

namespace kassa::app {

enum ExitCode { kOk = 0, kUsage = 1, kRefused = 2, kStorage = 3 };

struct CommandContext {
    QString dataDir;
    QTextStream& out;
    QTextStream& err;
};

int runInit(const CommandContext& context, const QStringList& args);
int runImport(const CommandContext& context, const QStringList& args);
int runSale(const CommandContext& context, const QStringList& args);
int runReturn(const CommandContext& context, const QStringList& args);
int runStock(const CommandContext& context, const QStringList& args);
int runPickups(const CommandContext& context, const QStringList& args);
int runShift(const CommandContext& context, const QStringList& args);
int runTraining(const CommandContext& context, const QStringList& args);
int runVouchers(const CommandContext& context, const QStringList& args);
int runReceipts(const CommandContext& context, const QStringList& args);
int runCheck(const CommandContext& context, const QStringList& args);
int runOperators(const CommandContext& context, const QStringList& args);
int runConfig(const CommandContext& context, const QStringList& args);
int runProducts(const CommandContext& context, const QStringList& args);
int runCustomers(const CommandContext& context, const QStringList& args);
int runEnroll(const CommandContext& context, const QStringList& args);
int runBackup(const CommandContext& context, const QStringList& args);
int runRestore(const CommandContext& context, const QStringList& args);
int runSync(const CommandContext& context, const QStringList& args);
int runStatus(const CommandContext& context, const QStringList& args);

[[nodiscard]] QString usageText();

} // namespace kassa::app
