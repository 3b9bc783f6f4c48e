#pragma once

// Baskets put aside while a customer fetches something: stored in the database so they
// survive a restart, and recalled (and removed) in one transaction.

#include "../domain/Basket.h"
#include "Database.h"

#include <QDateTime>
#include <vector>

namespace kassa::core {

struct SuspendedBasket {
    std::int64_t id = 0;
    QString operatorId;
    QDateTime suspendedAt;
    Money total;
    int lineCount = 0;
};

class SuspendedBaskets {
public:
    explicit SuspendedBaskets(Database& db)
        : m_db(db) {}

    Result<std::int64_t> suspend(const Basket& basket, const QString& operatorId, const QDateTime& at);
    [[nodiscard]] std::vector<SuspendedBasket> list();
    Result<Basket> recall(std::int64_t id, const DiscountPolicy& policy);

private:
    Database& m_db;
};

} // namespace kassa::core
