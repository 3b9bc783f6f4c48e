#pragma once

// The till's shifts (domain/Shift.h): one open at a time, opened with a counted float; drawer
// movements in it; its figures at any time (the X report); and the close with a blind count,
// which gives the shift the till's next Z number (never repeated, never skipped, so a missing Z
// shows). Every sale and return is recorded into the shift open at the till (Journal, Returns).
// Each step is kept with its fact for central in one transaction: `shift.opened`,
// `drawer.moved`, `shift.closed` (with the Z's figures).

#include "../domain/Operator.h"
#include "../domain/Shift.h"
#include "Database.h"

#include <optional>

namespace kassa::core {

inline constexpr int kShiftSchemaVersion = 1;

// The figures as the Z keeps them, central gets them and `kassactl shift … --format json` prints
// them: amounts as decimal strings, per tender and per VAT rate.
[[nodiscard]] QJsonObject shiftFiguresToJson(const ShiftFigures& figures);

class Shifts {
public:
    explicit Shifts(Database& db)
        : m_db(db) {}

    // Opens a shift with `openingFloat`; refused while one is open.
    Result<ShiftRecord> open(const CashCount& openingFloat, const Operator& by, const QDateTime& at);
    [[nodiscard]] std::optional<ShiftRecord> current();
    // Money in or out of the open shift's drawer, or the drawer opened without a sale: checked
    // (domain/Shift.h) against the cash the drawer should hold now.
    Result<DrawerMovement> move(const DrawerMovement& movement);
    // The shift's figures from its sales, returns and movements.
    [[nodiscard]] ShiftFigures figures(const ShiftRecord& shift);
    // Closes the open shift with the cash counted. A difference above `limit` needs `approver`,
    // a manager, and a reason; otherwise both are optional. With no shift open it is refused:
    // ShiftAlreadyClosed names the last close (a second close, here or by kassactl meanwhile).
    Result<ZReport> close(const CashCount& counted, const Operator& by, const std::optional<Operator>& approver,
                          const QString& reason, Money limit, const QDateTime& at);
    // A Z report as it was closed; nothing for a number this till has not given.
    [[nodiscard]] std::optional<ZReport> zReport(std::int64_t zNumber);
    // The same as the till recorded it and sent it to central (the `shift.closed` fact).
    [[nodiscard]] std::optional<QJsonObject> zReportJson(std::int64_t zNumber);

private:
    [[nodiscard]] Error refuseClosingAgain();
    void appendFact(const QString& kind, const QJsonObject& payload, const QString& documentId, const QDateTime& at);

    Database& m_db;
};

} // namespace kassa::core
