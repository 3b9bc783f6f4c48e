#pragma once

// The till's record of completed returns. commit() numbers a return in the till's receipt
// sequence, chains it after the last receipt (sale or return), and writes it with its lines,
// refunds, stock movements and its `return.completed` outbox event in one durable transaction.
// The till also answers from here what it has itself taken back of a receipt or an order, which
// is what it knows of that document's returns while it is offline.

#include "../domain/Return.h"
#include "Database.h"

#include <map>
#include <optional>
#include <vector>

namespace kassa::core {

// What this till has taken back of one sold line.
struct ReturnedHere {
    std::int64_t allMilli = 0;         // every return this till recorded
    std::int64_t unconfirmedMilli = 0; // of which central has not acknowledged the return yet
};

class Returns {
public:
    explicit Returns(Database& db)
        : m_db(db) {}

    // Numbers the return, chains it, gives it a document id, numbers the vouchers of its store
    // credit, and stores it.
    Result<CompletedReturn> commit(CompletedReturn completed);

    [[nodiscard]] std::vector<CompletedReturn> last(int count);
    [[nodiscard]] std::int64_t count();
    [[nodiscard]] std::optional<CompletedReturn> byReceiptNumber(const QString& receiptNumber);
    // By sold line of the document (channel, number): what this till has taken back of it.
    [[nodiscard]] std::map<int, ReturnedHere> returnedHere(const QString& channel, const QString& number);
    // Central has acknowledged the return's event (an offline return is unconfirmed until then).
    [[nodiscard]] bool isConfirmed(const QString& documentId);
    // What this till refunded on `day` (its local date) in returns decided offline.
    [[nodiscard]] Money refundedOfflineOn(QDate day);

private:
    void write(const CompletedReturn& completed, const QByteArray& body);

    Database& m_db;
};

} // namespace kassa::core
