#include "SuspendedBaskets.h"

#include <QJsonDocument>

namespace kassa::core {

Result<std::int64_t> SuspendedBaskets::suspend(const Basket& basket, const QString& operatorId, const QDateTime& at) {
    if (basket.isEmpty()) {
        return makeError(ErrorCode::EmptyBasket);
    }
    try {
        Query query = m_db.prepare("INSERT INTO suspended_baskets (operator_id, suspended_at, total_cents, line_count, "
                                   "payload) VALUES (?1, ?2, ?3, ?4, ?5)");
        query->bind(1, operatorId).bind(2, at.toUTC().toString(Qt::ISODate)).bind(3, basket.total().cents());
        query->bind(4, static_cast<int>(basket.activeLineCount()));
        query->bind(5, QString::fromUtf8(QJsonDocument(basket.toJson()).toJson(QJsonDocument::Compact))).run();
        return m_db.lastInsertId();
    } catch (const StoreError& error) {
        return error.toError();
    }
}

std::vector<SuspendedBasket> SuspendedBaskets::list() {
    std::vector<SuspendedBasket> baskets;
    Query query = m_db.prepare(
        "SELECT id, operator_id, suspended_at, total_cents, line_count FROM suspended_baskets ORDER BY id");
    while (query->step()) {
        baskets.push_back(SuspendedBasket{query->int64(0), query->text(1),
                                          QDateTime::fromString(query->text(2), Qt::ISODate), Money(query->int64(3)),
                                          query->integer(4)});
    }
    return baskets;
}

Result<Basket> SuspendedBaskets::recall(std::int64_t id, const DiscountPolicy& policy) {
    try {
        Transaction transaction(m_db);
        QByteArray payload;
        {
            Query query = m_db.prepare("SELECT payload FROM suspended_baskets WHERE id = ?1");
            query->bind(1, id);
            if (!query->step()) {
                return makeError(ErrorCode::NoSuchBasket, QString::number(id));
            }
            payload = query->text(0).toUtf8();
        }
        auto basket = Basket::fromJson(QJsonDocument::fromJson(payload).object(), policy);
        if (!basket) {
            return basket.error();
        }
        Query remove = m_db.prepare("DELETE FROM suspended_baskets WHERE id = ?1");
        remove->bind(1, id).run();
        transaction.commit();
        return basket;
    } catch (const StoreError& error) {
        return error.toError();
    }
}

} // namespace kassa::core
