#pragma once

// Central's answers as the till's rules read them: every HTTP status and body central sends the
// till in answer to a question (a sold document, a lease, a voucher, an item's stock, a
// customer's history) is read here, once, into core's outcomes (core/sync/CentralReturns.h,
// core/sync/CentralAnswer.h). The readers are pure functions of what central sent, so they are
// tested without a network; the requests that ask central are below them.

#include "TillLink.h"
#include "core/sync/CentralAnswer.h"
#include "core/sync/CentralReturns.h"

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

namespace kassa::sync {

// What came back from one request: central's status and body, or status 0 and why it could
// not be asked (not enrolled, not reached).
struct CentralReply {
    int status = 0;
    QByteArray body;
    QString unreachable;
};

// One request on a connection of its own, at most `timeout` in all.
[[nodiscard]] CentralReply askCentral(const std::optional<TillLinkFiles>& link, const std::string& method,
                                      const std::string& target, const QByteArray& body,
                                      std::chrono::milliseconds timeout);

// A till's questions to central on one kept TLS connection, so that a cashier's question (a
// voucher's balance, an item's stock, a customer's history) costs a request, not a handshake
// and the till's files read again (BenchSync VoucherCheckedOnline: 0.4 ms against 7 ms on
// loopback). The link's files are read when it first connects, and again after central could
// not be reached or refused the till (its certificate renewed, the till enrolled again, central
// moved). Safe from any thread; one question at a time.
class CentralQuestions {
public:
    explicit CentralQuestions(QString dataDir);
    ~CentralQuestions();
    CentralQuestions(const CentralQuestions&) = delete;
    CentralQuestions& operator=(const CentralQuestions&) = delete;

    [[nodiscard]] CentralReply ask(const std::string& method, const std::string& target, const QByteArray& body,
                                   std::chrono::milliseconds timeout);

private:
    // A connection to where the link's files say now; false when the till is not enrolled.
    bool connect();

    QString m_dataDir;
    std::mutex m_mutex;
    std::unique_ptr<CentralConnection> m_connection; // nothing: not connected yet, or dropped
};

// The targets of the questions below.
[[nodiscard]] std::string voucherTarget(const QString& code);
[[nodiscard]] std::string stockTarget(const QString& sku);
[[nodiscard]] std::string customerHistoryTarget(const QString& id);

// GET /v1/receipts|orders/{number}: the document as the till decides returns from it (what
// other tills are taking back right now counts as returned), Unknown for 404.
[[nodiscard]] core::CentralDocument readSoldDocument(const CentralReply& reply);
// POST /v1/return-leases for `number`: held, refused (409 more than can come back, 409
// not_collected, 404 unknown), or central could not say.
[[nodiscard]] core::CentralLease readLease(const CentralReply& reply, const QString& number);
// GET /v1/vouchers/{number}.
[[nodiscard]] core::CentralVoucher readVoucher(const CentralReply& reply);
// GET /v1/stock?sku=: each location's figure; a line that cannot be read is left out.
[[nodiscard]] core::CentralStock readStock(const CentralReply& reply);
// GET /v1/customers/{id}/history: 410 is an erased customer.
[[nodiscard]] core::CentralHistory readHistory(const CentralReply& reply);

// The questions, asked and read. `link` is nothing for a till that is not enrolled.
[[nodiscard]] core::CentralVoucher requestVoucher(const std::optional<TillLinkFiles>& link, const QString& code,
                                                  std::chrono::milliseconds timeout = std::chrono::seconds(5));
[[nodiscard]] core::CentralStock requestStock(const std::optional<TillLinkFiles>& link, const QString& sku,
                                              std::chrono::milliseconds timeout = std::chrono::seconds(5));
[[nodiscard]] core::CentralHistory requestCustomerHistory(const std::optional<TillLinkFiles>& link, const QString& id,
                                                          std::chrono::milliseconds timeout = std::chrono::seconds(5));

} // namespace kassa::sync
