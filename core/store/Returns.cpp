#include "Returns.h"

#include "Counters.h"
#include "Customers.h"
#include "Journal.h"
#include "Outbox.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace kassa::core {

namespace {

QString utc(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<CompletedReturn> readStored(Statement& query) {
    auto completed = returnFromJson(QJsonDocument::fromJson(query.text(0).toUtf8()).object());
    if (!completed) {
        return std::nullopt;
    }
    completed->previousHash = query.text(1);
    completed->hash = query.text(2);
    return std::move(completed).value();
}

} // namespace

void Returns::write(const CompletedReturn& completed, const QByteArray& body) {
    std::int64_t returnId = 0;
    {
        Query query = m_db.prepare(
            "INSERT INTO returns (document_id, number, receipt_number, operator_id, completed_at, original_channel, "
            "original_number, lease_id, total_cents, refunded_cents, body, previous_hash, hash, customer_id, "
            "shift_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
            "(SELECT id FROM shifts WHERE closed_at IS NULL))"); // the shift open at the till
        query->bind(1, completed.documentId).bind(2, completed.number).bind(3, completed.receiptNumber);
        query->bind(4, completed.operatorId).bind(5, utc(completed.completedAt)).bind(6, completed.originalChannel);
        query->bind(7, completed.originalNumber).bind(8, completed.leaseId).bind(9, completed.total.cents());
        query->bind(10, completed.amountRefunded().cents()).bind(11, QString::fromUtf8(body));
        query->bind(12, completed.previousHash).bind(13, completed.hash);
        completed.customerId.isEmpty() ? query->bindNull(14) : query->bind(14, completed.customerId);
        query->run();
        returnId = m_db.lastInsertId();
    }
    for (const ReturnLine& line : completed.lines) {
        Query query = m_db.prepare(
            "INSERT INTO return_lines (return_id, line_no, original_channel, original_number, original_line, sku, "
            "quantity_milli, refund_cents, reason, disposition) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
        query->bind(1, returnId).bind(2, line.lineNo).bind(3, completed.originalChannel);
        query->bind(4, completed.originalNumber).bind(5, line.originalLine).bind(6, line.sku);
        query->bind(7, line.quantityMilli).bind(8, line.refund.cents()).bind(9, line.reason);
        query->bind(10, dispositionToString(line.disposition)).run();
        // The goods are back in this store: on the shelf, or set aside as damaged.
        Query movement = m_db.prepare("INSERT INTO stock_movements (product_id, sku, delta_milli, reason, document_id, "
                                      "recorded_at, disposition) VALUES (?1, ?2, ?3, 'return', ?4, ?5, ?6)");
        if (line.productId != 0) {
            movement->bind(1, line.productId);
        } else {
            movement->bindNull(1);
        }
        movement->bind(2, line.sku).bind(3, line.quantityMilli).bind(4, completed.documentId);
        movement->bind(5, utc(completed.completedAt)).bind(6, dispositionToString(line.disposition)).run();
    }
    int position = 0;
    for (const Refund& refund : completed.refunds) {
        Query query = m_db.prepare("INSERT INTO return_refunds (return_id, position, kind, amount_cents, "
                                   "original_reference, masked_pan, auth_code, voucher, voucher_check) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        query->bind(1, returnId).bind(2, ++position).bind(3, refund.kind).bind(4, refund.amount.cents());
        query->bind(5, refund.originalReference).bind(6, refund.card.maskedPan).bind(7, refund.card.authCode);
        query->bind(8, refund.voucherNumber);
        if (refund.voucherCheck.isEmpty()) {
            query->bindNull(9);
        } else {
            query->bind(9, refund.voucherCheck);
        }
        query->run();
    }
    const std::int64_t seq =
        Outbox(m_db).append(NewEvent{QStringLiteral("return.completed"), kReturnSchemaVersion, body,
                                     completed.documentId, completed.completedAt, completed.hash});
    if (completed.loyaltyTakenBack > 0) {
        Customers(m_db).recordTakeBack(completed.documentId, completed.originalDocumentId, completed.till.epoch, seq,
                                       completed.loyaltyTakenBack);
    }
}

Result<CompletedReturn> Returns::commit(CompletedReturn completed) {
    try {
        Transaction transaction(m_db);
        completed.completedAt = completed.completedAt.toUTC();
        completed.number = nextCounter(m_db, counters::kSaleNumber);
        completed.receiptNumber = formatReceiptNumber(completed.till, completed.number);
        completed.documentId = makeUuidV7(completed.completedAt);
        completed.previousHash = lastReceiptHash(m_db);
        for (Refund& refund : completed.refunds) {
            if (refund.kind == QLatin1String(refundKinds::kStoreCredit) ||
                refund.kind == QLatin1String(refundKinds::kExchange)) {
                refund.voucherNumber = formatVoucherNumber(completed.till, nextCounter(m_db, counters::kVoucherNumber));
                refund.voucherSecret = newVoucherSecret();
                refund.voucherCheck = voucherCheck(refund.voucherNumber, refund.voucherSecret);
            }
        }
        const QByteArray body = canonicalBytes(completed);
        completed.hash = chainHash(completed.previousHash, body);
        write(completed, body);
        transaction.commit();
    } catch (const StoreError& error) {
        return error.toError();
    }
    return completed;
}

std::vector<CompletedReturn> Returns::last(int count) {
    std::vector<CompletedReturn> found;
    Query query = m_db.prepare("SELECT body, previous_hash, hash FROM returns ORDER BY id DESC LIMIT ?1");
    query->bind(1, count);
    while (query->step()) {
        if (auto completed = readStored(*query)) {
            found.push_back(std::move(*completed));
        }
    }
    std::reverse(found.begin(), found.end());
    return found;
}

std::int64_t Returns::count() {
    Query query = m_db.prepare("SELECT count(*) FROM returns");
    query->step();
    return query->int64(0);
}

std::optional<CompletedReturn> Returns::byReceiptNumber(const QString& receiptNumber) {
    Query query = m_db.prepare("SELECT body, previous_hash, hash FROM returns WHERE receipt_number = ?1");
    query->bind(1, receiptNumber);
    return query->step() ? readStored(*query) : std::nullopt;
}

std::map<int, ReturnedHere> Returns::returnedHere(const QString& channel, const QString& number) {
    std::map<int, ReturnedHere> returned;
    Query query =
        m_db.prepare("SELECT l.original_line, l.quantity_milli, "
                     "EXISTS (SELECT 1 FROM outbox o WHERE o.document_id = r.document_id AND o.acked_at IS NULL) "
                     "FROM return_lines l JOIN returns r ON r.id = l.return_id "
                     "WHERE l.original_channel = ?1 AND l.original_number = ?2");
    query->bind(1, channel).bind(2, number);
    while (query->step()) {
        ReturnedHere& line = returned[query->integer(0)];
        line.allMilli += query->int64(1);
        if (query->integer(2) != 0) {
            line.unconfirmedMilli += query->int64(1);
        }
    }
    return returned;
}

bool Returns::isConfirmed(const QString& documentId) {
    // Acknowledged events are pruned after a while: a return whose event is gone was confirmed.
    Query query = m_db.prepare("SELECT 1 FROM outbox WHERE document_id = ?1 AND acked_at IS NULL");
    query->bind(1, documentId);
    return !query->step();
}

Money Returns::refundedOfflineOn(QDate day) {
    const QDateTime start(day, QTime(0, 0), QTimeZone::systemTimeZone());
    Query query = m_db.prepare("SELECT coalesce(sum(refunded_cents), 0) FROM returns "
                               "WHERE lease_id = '' AND completed_at >= ?1 AND completed_at < ?2");
    query->bind(1, utc(start)).bind(2, utc(start.addDays(1)));
    query->step();
    return Money(query->int64(0));
}

} // namespace kassa::core
