#pragma once

// Training mode: a manager switches a till to training so that new staff practise on real
// screens. Its sales are kept here, apart from the till's sales: numbered on their own
// ("T-001-02-000001"), printed as training, in no receipt chain, no shift or report, no stock
// and never sent to central. The mode is a setting of the till, so the window and kassactl
// agree; it changes only between customers (core/till/Checkout.h).

#include "../domain/Operator.h"
#include "../domain/Sale.h"
#include "Database.h"

#include <optional>
#include <vector>

namespace kassa::core {

struct TrainingState {
    bool on = false;
    QString switchedBy; // the manager who last switched it
    QDateTime switchedAt;
};

class TrainingSales {
public:
    explicit TrainingSales(Database& db)
        : m_db(db) {}

    [[nodiscard]] TrainingState state();
    // Records who switched it and when; the manager's approval is the caller's (Checkout).
    void setState(bool on, const QString& managerId, const QDateTime& at);

    // Numbers the practice sale and keeps it.
    Result<CompletedSale> commit(CompletedSale sale);
    [[nodiscard]] std::vector<CompletedSale> last(int count);
    [[nodiscard]] std::int64_t count();

private:
    Database& m_db;
};

} // namespace kassa::core
