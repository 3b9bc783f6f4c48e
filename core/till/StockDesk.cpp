#include "StockDesk.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kassa::core {

namespace {

// "ST-002-01-000004": the store that sent a transfer is in its number.
QString storeOfTransfer(const QString& number) {
    static const QRegularExpression transfer(QStringLiteral("^ST-(\\d{3})-\\d{2}-\\d{6,}$"));
    const QRegularExpressionMatch match = transfer.match(number);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString tr(const char* text) {
    return QCoreApplication::translate("kassa::core::StockDesk", text);
}

} // namespace

StockDesk::StockDesk(TillDatabase& till, Operator clerk, Clock clock)
    : m_till(till)
    , m_clerk(std::move(clerk))
    , m_clock(std::move(clock)) {}

QStringList StockDesk::knownStores() {
    QStringList stores;
    Query query = m_till.db().prepare("SELECT store_id FROM till_certificates WHERE revoked = 0 "
                                      "UNION SELECT store_id FROM stores ORDER BY store_id");
    while (query->step()) {
        stores << query->text(0);
    }
    return stores;
}

Result<StockLine> StockDesk::lineOf(const StockItem& item, StockOperationKind kind) {
    const std::optional<Product> product = m_till.catalog().byCode(item.code);
    if (!product) {
        return makeError(ErrorCode::UnknownProduct, item.code.trimmed().left(64));
    }
    // A count may find none on the shelf; everything else moves something.
    const bool zeroAllowed = kind == StockOperationKind::Counted;
    if (item.quantityMilli < 0 || (item.quantityMilli == 0 && !zeroAllowed)) {
        return makeError(ErrorCode::InvalidQuantity, formatQuantity(item.quantityMilli, product->unit));
    }
    if (item.quantityMilli > kMaxStockQuantityMilli) {
        return makeError(ErrorCode::QuantityTooLarge, formatQuantity(item.quantityMilli, product->unit));
    }
    return StockLine{product->sku, product->name, item.quantityMilli};
}

Result<void> StockDesk::checkDetails(const StockRequest& request) {
    const QString ownStore = m_till.settings().identity().storeId;
    switch (request.kind) {
    case StockOperationKind::Adjusted:
        if (!adjustmentReasons().contains(request.reason)) {
            return makeError(ErrorCode::MissingStockDetail,
                             tr("the reason: %1").arg(adjustmentReasons().join(QStringLiteral(", "))));
        }
        break;
    case StockOperationKind::TransferredOut:
        if (request.otherStore.isEmpty()) {
            return makeError(ErrorCode::MissingStockDetail, tr("the store the goods go to"));
        }
        if (request.otherStore == ownStore || !knownStores().contains(request.otherStore)) {
            return makeError(ErrorCode::UnknownStore, request.otherStore.left(16));
        }
        break;
    case StockOperationKind::TransferredIn: {
        const QString from = storeOfTransfer(request.transfer);
        if (from.isEmpty()) {
            return makeError(ErrorCode::MissingStockDetail, tr("the transfer's number from its papers (ST-…)"));
        }
        if (from == ownStore || (!request.otherStore.isEmpty() && request.otherStore != from)) {
            return makeError(ErrorCode::UnknownStore, request.otherStore.isEmpty() ? from : request.otherStore);
        }
        if (const std::optional<QString> earlier = m_till.stock().receivedTransfer(request.transfer)) {
            return makeError(ErrorCode::AlreadyReceived, tr("Transfer %1 (%2)").arg(request.transfer, *earlier));
        }
        break;
    }
    case StockOperationKind::Received:
        if (!request.delivery.isEmpty()) {
            if (const std::optional<QString> earlier = m_till.stock().receivedDelivery(request.delivery)) {
                return makeError(ErrorCode::AlreadyReceived, tr("Delivery %1 (%2)").arg(request.delivery, *earlier));
            }
            if (!m_till.stock().delivery(request.delivery)) {
                return makeError(ErrorCode::UnknownDelivery, request.delivery.left(64));
            }
        }
        break;
    case StockOperationKind::Counted:
        if (request.countedAt.isValid() && request.countedAt > m_clock().addSecs(300)) {
            return makeError(ErrorCode::MissingStockDetail, tr("a count time that has come already"));
        }
        break;
    }
    return {};
}

// Goods received against a delivery are the delivery's items; with none given, all of them
// arrived as the delivery says.
Result<std::vector<StockItem>> StockDesk::itemsOf(const StockRequest& request) {
    if (request.kind != StockOperationKind::Received || request.delivery.isEmpty()) {
        return request.items;
    }
    const Delivery delivery = m_till.stock().delivery(request.delivery).value();
    if (request.items.empty()) {
        std::vector<StockItem> all;
        for (const DeliveryLine& line : delivery.lines) {
            all.push_back(StockItem{line.sku, line.quantityMilli});
        }
        return all;
    }
    for (const StockItem& item : request.items) {
        const std::optional<Product> product = m_till.catalog().byCode(item.code);
        if (product && delivery.expectedOf(product->sku) == 0) {
            return makeError(ErrorCode::NotOnDelivery, QStringLiteral("%1 %2").arg(product->sku, product->name));
        }
    }
    return request.items;
}

Result<StockOperation> StockDesk::record(const StockRequest& request) {
    StockOperation operation;
    try {
        if (Result<void> details = checkDetails(request); !details) {
            return details.error();
        }
        const Result<std::vector<StockItem>> items = itemsOf(request);
        if (!items) {
            return items.error();
        }
        if (items->empty()) {
            return makeError(ErrorCode::MissingStockDetail, tr("at least one item"));
        }
        for (const StockItem& item : *items) {
            auto line = lineOf(item, request.kind);
            if (!line) {
                return line.error();
            }
            operation.lines.push_back(std::move(line).value());
        }
        operation.kind = request.kind;
        operation.till = m_till.settings().identity();
    } catch (const StoreError& error) {
        return error.toError();
    }
    operation.operatorId = m_clerk.id;
    operation.recordedAt = m_clock();
    operation.reason = request.kind == StockOperationKind::Adjusted ? request.reason : QString();
    operation.delivery = request.kind == StockOperationKind::Received ? request.delivery : QString();
    operation.otherStore = request.kind == StockOperationKind::TransferredIn    ? storeOfTransfer(request.transfer)
                           : request.kind == StockOperationKind::TransferredOut ? request.otherStore
                                                                                : QString();
    operation.transfer = request.kind == StockOperationKind::TransferredIn ? request.transfer : QString();
    if (request.kind == StockOperationKind::Counted) {
        operation.area = request.area;
        operation.countedAt = request.countedAt.isValid() ? request.countedAt : m_clock();
    }
    return m_till.stock().record(std::move(operation));
}

} // namespace kassa::core
