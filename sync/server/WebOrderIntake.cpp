#include "WebOrderIntake.h"

#include "CustomerMaster.h"
#include "Pickups.h"

namespace kassa::sync {

int takeWebOrders(CentralStore& store, const std::vector<core::WebOrder>& orders, const QDateTime& receivedAt,
                  const QDateTime& feedFrom) {
    const std::unique_ptr<CentralWrite> write = store.beginWrite();
    int added = 0;
    for (const core::WebOrder& order : orders) {
        switch (write->addWebOrder(order, receivedAt)) {
        case CentralWrite::WebOrderStored::Conflict:
            throw WebOrderConflict(order.number); // the transaction rolls back
        case CentralWrite::WebOrderStored::Unchanged:
            continue;
        case CentralWrite::WebOrderStored::Added:
            break;
        }
        ++added;
        linkWebOrder(*write, order);
        if (order.isPickup()) {
            openPickup(*write, order, receivedAt);
        }
        if (!order.paid) {
            continue; // sold when it is collected: the store's sale is its sold document
        }
        write->addSoldDocument(soldDocumentOf(order));
        if (order.deliveredAt.value_or(order.placedAt) >= feedFrom) {
            write->feedItem(QStringLiteral("web_orders"), order.number, webOrderFeedItem(order), false);
        }
    }
    write->dropWebOrdersFromFeed(feedFrom);
    write->commit();
    return added;
}

} // namespace kassa::sync
