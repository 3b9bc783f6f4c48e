#include "TrainingSales.h"

#include "Counters.h"
#include "Settings.h"

#include <QJsonDocument>
#include <algorithm>

namespace kassa::core {

namespace {

constexpr char kTrainingNumber[] = "training_number";
constexpr char kMode[] = "training.mode";
constexpr char kSwitchedBy[] = "training.switched_by";
constexpr char kSwitchedAt[] = "training.switched_at";

} // namespace

TrainingState TrainingSales::state() {
    Settings settings(m_db);
    return TrainingState{settings.value(kMode) == QLatin1String("on"), settings.value(kSwitchedBy),
                         QDateTime::fromString(settings.value(kSwitchedAt), Qt::ISODateWithMs)};
}

void TrainingSales::setState(bool on, const QString& managerId, const QDateTime& at) {
    Transaction transaction(m_db);
    Settings settings(m_db);
    settings.setValue(QString::fromLatin1(kMode), on ? QStringLiteral("on") : QStringLiteral("off"));
    settings.setValue(QString::fromLatin1(kSwitchedBy), managerId);
    settings.setValue(QString::fromLatin1(kSwitchedAt), at.toUTC().toString(Qt::ISODateWithMs));
    transaction.commit();
}

Result<CompletedSale> TrainingSales::commit(CompletedSale sale) {
    try {
        Transaction transaction(m_db);
        sale.training = true;
        sale.number = nextCounter(m_db, kTrainingNumber);
        sale.receiptNumber = QStringLiteral("T-") + formatReceiptNumber(sale.till, sale.number);
        sale.documentId = makeUuidV7(sale.completedAt);
        Query insert = m_db.prepare("INSERT INTO training_sales (number, receipt_number, operator_id, completed_at, "
                                    "total_cents, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        insert->bind(1, sale.number).bind(2, sale.receiptNumber).bind(3, sale.operatorId);
        insert->bind(4, sale.completedAt.toUTC().toString(Qt::ISODateWithMs)).bind(5, sale.total.cents());
        insert->bind(6, QString::fromUtf8(canonicalBytes(sale))).run();
        transaction.commit();
    } catch (const StoreError& error) {
        return error.toError();
    }
    return sale;
}

std::vector<CompletedSale> TrainingSales::last(int count) {
    std::vector<CompletedSale> sales;
    Query query = m_db.prepare("SELECT body FROM training_sales ORDER BY number DESC LIMIT ?1");
    query->bind(1, count);
    while (query->step()) {
        if (auto sale = saleFromJson(QJsonDocument::fromJson(query->text(0).toUtf8()).object())) {
            sales.push_back(std::move(sale).value());
        }
    }
    std::reverse(sales.begin(), sales.end());
    return sales;
}

std::int64_t TrainingSales::count() {
    Query query = m_db.prepare("SELECT count(*) FROM training_sales");
    query->step();
    return query->int64(0);
}

} // namespace kassa::core
