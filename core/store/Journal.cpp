#include "Journal.h"

#include "Counters.h"
#include "Customers.h"
#include "Outbox.h"
#include "PickupOrders.h"

#include <QJsonDocument>

namespace kassa::core {

void Journal::writeSale(const CompletedSale& sale, const QByteArray& body) {
    std::int64_t saleId = 0;
    {
        Query query = m_db.prepare(
            "INSERT INTO sales (document_id, number, receipt_number, operator_id, completed_at, currency, total_cents, "
            "rounding_cents, line_count, tender_count, body, previous_hash, hash, customer_id, shift_id) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
            "(SELECT id FROM shifts WHERE closed_at IS NULL))"); // the shift open at the till
        query->bind(1, sale.documentId).bind(2, sale.number).bind(3, sale.receiptNumber).bind(4, sale.operatorId);
        query->bind(5, sale.completedAt.toString(Qt::ISODateWithMs)).bind(6, sale.currency);
        query->bind(7, sale.total.cents()).bind(8, sale.rounding.cents());
        query->bind(9, static_cast<int>(sale.lines.size())).bind(10, static_cast<int>(sale.tenders.size()));
        query->bind(11, QString::fromUtf8(body)).bind(12, sale.previousHash).bind(13, sale.hash);
        sale.customerId.isEmpty() ? query->bindNull(14) : query->bind(14, sale.customerId);
        query->run();
        saleId = m_db.lastInsertId();
    }
    for (const SaleLine& line : sale.lines) {
        Query query =
            m_db.prepare("INSERT INTO sale_lines (sale_id, line_no, product_id, sku, name, tax_code, rate_bp, "
                         "quantity_milli, unit_price, net_cents, voided) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
        query->bind(1, saleId).bind(2, line.lineNo).bind(3, line.productId).bind(4, line.sku).bind(5, line.name);
        query->bind(6, line.taxCode).bind(7, line.taxBasisPoints).bind(8, line.quantityMilli);
        query->bind(9, line.unitPrice.cents()).bind(10, line.net().cents()).bind(11, line.voided ? 1 : 0).run();
        if (!line.voided) {
            // Stock is a ledger of movements: a sale takes its quantity out of this store.
            Query movement = m_db.prepare("INSERT INTO stock_movements (product_id, sku, delta_milli, reason, "
                                          "document_id, recorded_at) VALUES (?1, ?2, ?3, 'sale', ?4, ?5)");
            movement->bind(1, line.productId).bind(2, line.sku).bind(3, -line.quantityMilli);
            movement->bind(4, sale.documentId).bind(5, sale.completedAt.toString(Qt::ISODateWithMs)).run();
        }
    }
    int position = 0;
    for (const Tender& tender : sale.tenders) {
        Query query = m_db.prepare(
            "INSERT INTO sale_tenders (sale_id, position, kind, amount_cents, given_cents, change_cents, masked_pan, "
            "auth_code, voucher, decided_offline, points) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
        query->bind(1, saleId).bind(2, ++position).bind(3, tenderKindToString(tender.kind));
        query->bind(4, tender.amount.cents()).bind(5, tender.given.cents()).bind(6, tender.change.cents());
        if (tender.kind == Tender::Kind::Card) {
            query->bind(7, tender.card.maskedPan).bind(8, tender.card.authCode);
        } else {
            query->bindNull(7).bindNull(8);
        }
        if (tender.kind == Tender::Kind::Voucher) {
            query->bind(9, tender.voucher);
        } else {
            query->bindNull(9);
        }
        query->bind(10, tender.decidedOffline ? 1 : 0);
        tender.kind == Tender::Kind::LoyaltyPoints ? query->bind(11, tender.points) : query->bindNull(11);
        query->run();
    }
    position = 0;
    for (const Approval& approval : sale.approvals) {
        Query query = m_db.prepare("INSERT INTO sale_approvals (sale_id, position, kind, approver_id, detail) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5)");
        query->bind(1, saleId).bind(2, ++position).bind(3, approval.kind).bind(4, approval.approverId);
        query->bind(5, approval.detail).run();
    }
    const std::int64_t seq = Outbox(m_db).append(NewEvent{QStringLiteral("sale.completed"), kSaleSchemaVersion, body,
                                                          sale.documentId, sale.completedAt, sale.hash});
    if (sale.loyalty) {
        Customers(m_db).recordLoyalty(LoyaltyEntry{sale.documentId, sale.customerId, sale.documentId, sale.till.epoch,
                                                   seq, sale.loyalty->earned - sale.loyalty->redeemed,
                                                   sale.loyalty->earned});
    }
}

Result<CompletedSale> Journal::commit(CompletedSale sale, std::optional<PickupStep> handOver) {
    try {
        Transaction transaction(m_db);
        sale.number = nextCounter(m_db, counters::kSaleNumber);
        sale.receiptNumber = formatReceiptNumber(sale.till, sale.number);
        sale.documentId = makeUuidV7(sale.completedAt);
        sale.previousHash = lastReceiptHash(m_db);
        const QByteArray body = canonicalBytes(sale);
        sale.hash = chainHash(sale.previousHash, body);
        writeSale(sale, body);
        if (handOver) {
            handOver->receipt = sale.receiptNumber;
            PickupOrders(m_db).recordHandOver(
                *handOver, QStringLiteral("store %1 till %2").arg(sale.till.storeId, sale.till.tillId));
        }
        transaction.commit();
    } catch (const StoreError& error) {
        return error.toError();
    }
    return sale;
}

namespace {

Result<CompletedSale> readStoredSale(Statement& query) {
    const QJsonDocument document = QJsonDocument::fromJson(query.text(0).toUtf8());
    auto sale = saleFromJson(document.object());
    if (sale) {
        sale->previousHash = query.text(1);
        sale->hash = query.text(2);
    }
    return sale;
}

} // namespace

std::vector<CompletedSale> Journal::last(int count) {
    std::vector<CompletedSale> sales;
    Query query = m_db.prepare("SELECT body, previous_hash, hash FROM sales ORDER BY id DESC LIMIT ?1");
    query->bind(1, count);
    while (query->step()) {
        if (auto sale = readStoredSale(*query)) {
            sales.push_back(std::move(sale).value());
        }
    }
    std::reverse(sales.begin(), sales.end());
    return sales;
}

std::optional<CompletedSale> Journal::byReceiptNumber(const QString& receiptNumber) {
    Query query = m_db.prepare("SELECT body, previous_hash, hash FROM sales WHERE receipt_number = ?1");
    query->bind(1, receiptNumber);
    if (!query->step()) {
        return std::nullopt;
    }
    auto sale = readStoredSale(*query);
    return sale ? std::optional<CompletedSale>(std::move(sale).value()) : std::nullopt;
}

std::int64_t Journal::saleCount() {
    Query query = m_db.prepare("SELECT count(*) FROM sales");
    query->step();
    return query->int64(0);
}

ChainReport Journal::verifyChain() {
    ChainReport report;
    QString previous;
    std::int64_t expectedNumber = 1;
    Query query = m_db.prepare("SELECT number, body, previous_hash, hash FROM sales UNION ALL "
                               "SELECT number, body, previous_hash, hash FROM returns ORDER BY number");
    while (query->step()) {
        ++report.sales;
        const std::int64_t number = query->int64(0);
        QString problem;
        if (number != expectedNumber) {
            problem = QStringLiteral("receipt number %1 follows %2").arg(number).arg(expectedNumber - 1);
        } else if (query->text(2) != previous) {
            problem = QStringLiteral("receipt %1 does not link to the receipt before it").arg(number);
        } else if (chainHash(previous, query->text(1).toUtf8()) != query->text(3)) {
            problem = QStringLiteral("receipt %1 was changed after it was recorded").arg(number);
        }
        if (!problem.isEmpty() && report.firstBroken == 0) {
            report.firstBroken = number;
            report.problem = problem;
        }
        previous = query->text(3);
        expectedNumber = number + 1;
    }
    return report;
}

OutboxDepth Journal::outboxDepth() {
    OutboxDepth depth;
    Query query = m_db.prepare("SELECT count(*), min(created_at), (SELECT max(seq) FROM outbox) "
                               "FROM outbox WHERE acked_at IS NULL");
    query->step();
    depth.waiting = query->int64(0);
    depth.oldestWaiting = query->isNull(1) ? QString() : query->text(1);
    depth.lastSeq = query->int64(2);
    return depth;
}

QString lastReceiptHash(Database& db) {
    // The newest of each by its number's index, then the newer of the two: a union sorted whole
    // read every receipt the till has, on every sale's commit.
    Query query = db.prepare(
        "SELECT hash FROM (SELECT number, hash FROM (SELECT number, hash FROM sales ORDER BY number DESC LIMIT 1) "
        "UNION ALL SELECT number, hash FROM (SELECT number, hash FROM returns ORDER BY number DESC LIMIT 1)) "
        "ORDER BY number DESC LIMIT 1");
    return query->step() ? query->text(0) : QString();
}

} // namespace kassa::core
