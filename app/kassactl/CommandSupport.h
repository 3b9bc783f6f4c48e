#pragma once

// What every kassactl command shares: opening the till's data with a message a person can act
// on, reading flags, the PIN, the payment terminal, and saying why something was refused.

#include "Commands.h"
#include "core/domain/PaymentTerminal.h"
#include "core/store/TillDatabase.h"
#include "core/till/Checkout.h"
#include "core/till/ReturnDesk.h"
#include "sync/client/TillLink.h"

#include <functional>
#include <memory>
#include <optional>

namespace kassa::app {

// Opens the till's database, reporting a damaged, newer or unwritable one in plain words.
[[nodiscard]] std::unique_ptr<core::TillDatabase> openTill(const CommandContext& context);
// The same, and a till that was never initialised is reported too.
[[nodiscard]] std::unique_ptr<core::TillDatabase> openInitialisedTill(const CommandContext& context);
// The value after a flag, or nothing when the flag is last.
[[nodiscard]] std::optional<QString> valueAfter(const QStringList& args, qsizetype& index);
// Prints why and returns the exit code: 3 for the data folder, 2 for everything else.
int refuse(const CommandContext& context, const core::Error& error);
int usage(const CommandContext& context, const QString& problem);
// $KASSA_PIN, or asked for on the terminal without echo.
[[nodiscard]] QString pinFromEnvironmentOrTerminal(const CommandContext& context);

// Takes `--operator ID` out of `args` and logs that operator in with $KASSA_PIN (or asked for):
// commands that show customers' personal data need someone logged in, as selling does.
[[nodiscard]] core::Result<core::Operator> operatorFromArgs(const CommandContext& context, core::TillDatabase& till,
                                                            QStringList& args);

// A manager who approves a command: $KASSA_APPROVER and $KASSA_APPROVER_PIN, or each asked for on
// the terminal (the PIN without echo) when it is not set.
struct ApproverCredentials {
    QString id;
    QString pin;
};
[[nodiscard]] ApproverCredentials approverFromEnvironmentOrTerminal(const CommandContext& context);

// The quantity a `--qty` gave the next item (thousandths), used up; nothing when none was given.
[[nodiscard]] core::Result<std::optional<std::int64_t>> takePendingQuantity(std::optional<QString>& pendingQuantity);

// The codes after `flag` (`--scan CODE...`, up to the next flag), each passed to `take` with
// the quantity a `--qty` before it gave (whole pieces or kilograms: the product decides which
// is valid, later). Nothing, or what is wrong.
std::optional<QString> readCodes(const QStringList& args, qsizetype& index, std::optional<QString>& pendingQuantity,
                                 const std::function<void(const QString& code, std::optional<std::int64_t>)>& take);

// A tender as `--pay` gives it: `cash:AMOUNT`, `card[:AMOUNT]`, `voucher:NUMBER[:AMOUNT]`.
struct SaleTender {
    core::Tender::Kind kind = core::Tender::Kind::Cash;
    std::optional<core::Money> amount;
    QString voucher;
    std::optional<std::int64_t> points; // loyalty points: how many (as many as pay the rest when none)
    bool largeCashConfirmed = false;    // cash:AMOUNT:confirmed, far above what is due and meant
};
extern const char kPayUsage[];
// Nothing, or what is wrong with the value.
[[nodiscard]] std::optional<QString> parseTender(const QString& value, SaleTender& tender);
// Takes the tenders in order until the payment is complete; a voucher's balance is asked of
// central through `link` (nothing: decided offline, and stderr says so).
core::Result<void> payAll(const CommandContext& context, core::Checkout& checkout,
                          const std::vector<SaleTender>& tenders, const std::optional<sync::TillLinkFiles>& link);

// A manager's approval of what the return still needs, from $KASSA_APPROVER and
// $KASSA_APPROVER_PIN; refused (saying what needs it) when none is given.
core::Result<void> approveIfNeeded(core::ReturnDesk& desk);

// A stock quantity as people write it: "12", "0,535 kg".
[[nodiscard]] QString stockQuantityText(std::int64_t milli);
// An item's stock at each location this till follows, one line each, with the time each figure
// is from and, for this store, what this till has done that head office has not counted yet.
void printStockByLocation(const CommandContext& context, const std::vector<core::LocationStock>& locations);

} // namespace kassa::app
