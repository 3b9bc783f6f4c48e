#include "SaleNeverArrived.h"

#include "core/domain/Money.h"

namespace kassa::sync {

namespace {

constexpr int kBatch = 500;

} // namespace

int raiseSalesNeverArrived(CentralStore& store, const QDateTime& now, std::chrono::hours after) {
    const QString before = now.toUTC()
                               .addSecs(-std::chrono::duration_cast<std::chrono::seconds>(after).count())
                               .toString(Qt::ISODateWithMs);
    const QString raisedAt = now.toUTC().toString(Qt::ISODateWithMs);
    int raised = 0;
    for (;;) {
        const std::vector<ReturnWithoutSale> due = store.returnsWithoutTheirSale(before, kBatch);
        if (due.empty()) {
            return raised;
        }
        std::unique_ptr<CentralWrite> write = store.beginWrite();
        for (const ReturnWithoutSale& r : due) {
            const QString soldIn = r.originalNumber.section(QLatin1Char('-'), 0, 0);
            write->addException(CentralException{
                0, QStringLiteral("sale_never_arrived"), r.deviceId, r.storeId, r.tillId, r.documentId,
                QStringLiteral("return %1 (store %2, received %3) refunded %4 for receipt %5, whose sale central has "
                               "not received %6 hours later: check that the sale happened")
                    .arg(r.receipt, r.storeId, r.receivedAt, core::Money(r.totalCents).toDecimalString(),
                         r.originalNumber)
                    .arg(after.count()),
                raisedAt, soldIn.isEmpty() || soldIn == r.storeId ? QStringList{} : QStringList{soldIn}});
        }
        write->commit();
        raised += static_cast<int>(due.size());
        if (static_cast<int>(due.size()) < kBatch) {
            return raised;
        }
    }
}

} // namespace kassa::sync
