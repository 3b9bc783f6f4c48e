#include "FactHandlers.h"

#include "core/domain/Sale.h"

#include <QJsonDocument>

namespace kassa::sync {

namespace {

// A receipt's lines as sold (voided lines were not): what its returns are decided against.
SoldDocument soldDocumentOf(const core::CompletedSale& sale) {
    SoldDocument document{QString::fromLatin1(channels::kStore),
                          sale.receiptNumber,
                          sale.till.storeId,
                          sale.completedAt.toUTC().toString(Qt::ISODateWithMs),
                          {}};
    for (const core::SaleLine& line : sale.lines) {
        if (!line.voided) {
            document.lines.push_back(SoldLine{line.lineNo, line.sku, line.quantityMilli, line.unitPrice.cents(),
                                              line.net().cents(), line.taxCode, 0});
        }
    }
    return document;
}

// sale.completed: the till's canonical sale, kept whole, with what integrations page and
// search by.
class SaleCompleted final : public FactHandler {
public:
    [[nodiscard]] QString kind() const override { return QStringLiteral("sale.completed"); }

    [[nodiscard]] FactOutcome apply(const FactContext& fact, CentralWrite& write) const override {
        const auto sale = core::saleFromJson(QJsonDocument::fromJson(fact.event.payload).object());
        if (!sale) {
            return {ProtocolError::MalformedBody};
        }
        if (sale->till.deviceId != fact.till.deviceId || sale->till.storeId != fact.till.storeId ||
            sale->till.tillId != fact.till.tillId) {
            return {ProtocolError::WrongTill};
        }
        const SaleRecord record{fact.event.documentId,
                                fact.till.deviceId,
                                fact.epoch,
                                fact.event.seq,
                                fact.till.storeId,
                                fact.till.tillId,
                                sale->receiptNumber,
                                sale->total.cents(),
                                sale->completedAt.toString(Qt::ISODateWithMs),
                                fact.receivedAt.toUTC().toString(Qt::ISODateWithMs),
                                fact.event.payload};
        if (!write.addSale(record)) {
            write.raise(QStringLiteral("duplicate_document"), fact.till, fact.event.documentId,
                        QStringLiteral("sale %1 arrived again under another seq").arg(sale->receiptNumber),
                        fact.receivedAt);
            return {{}, ReceiptRef{sale->number, sale->receiptNumber}};
        }
        write.addSoldDocument(soldDocumentOf(*sale));
        return {{}, ReceiptRef{sale->number, sale->receiptNumber}};
    }
};

} // namespace

FactHandlers FactHandlers::standard() {
    FactHandlers handlers;
    handlers.add(std::make_unique<SaleCompleted>());
    return handlers;
}

void FactHandlers::add(std::unique_ptr<FactHandler> handler) {
    m_handlers.push_back(std::move(handler));
}

const FactHandler* FactHandlers::find(const QString& kind) const {
    for (const auto& handler : m_handlers) {
        if (handler->kind() == kind) {
            return handler.get();
        }
    }
    return nullptr;
}

} // namespace kassa::sync
