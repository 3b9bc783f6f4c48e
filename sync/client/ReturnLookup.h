#pragma once

// How a till finds what it is taking goods back against, and holds it at central while it
// refunds. Online, central answers with what has come back of each line in any store, and a
// lease reserves the chosen quantities. When central cannot be reached (or does not answer in
// time) the till falls back on what it knows itself, says so, and the return is decided under
// the policy's offline rules: this till's own receipts from its journal, and the web orders
// central fed it (feed web_orders); anything else is unknown offline, which the caller reports
// (a receipt of another store then comes back from its signed QR code).

#include "TillLink.h"
#include "core/domain/Return.h"
#include "core/store/TillDatabase.h"
#include "core/sync/SyncLink.h"

#include <chrono>
#include <map>
#include <optional>

namespace kassa::sync {

struct DocumentLookup {
    std::optional<core::ReturnableDocument> document;
    // Why central was not asked or did not answer; empty when central answered (the document
    // then carries what has come back anywhere, and a lease can hold it).
    QString offlineReason;
    std::optional<core::Error> refusal; // the number is known nowhere, or central refused it
};

// A receipt number ("001-02-000123") or a web order number. `channel` is core::returnChannels
// kStore or kWeb; `link` is nothing for a till that is not enrolled.
[[nodiscard]] DocumentLookup lookUpDocument(core::TillDatabase& till, const std::optional<TillLinkFiles>& link,
                                            const QString& channel, const QString& number,
                                            std::chrono::milliseconds timeout = std::chrono::seconds(5));

// Central's answer for a receipt or order (GET /v1/receipts|orders/{number}, or a lease's
// "document") as the till decides returns from it. Names, units and VAT rates come from the
// till's catalog and tax table, which central's answer does not repeat.
[[nodiscard]] std::optional<core::ReturnableDocument> returnableFromCentral(const QJsonObject& json,
                                                                            core::TillDatabase& till);

// The bare requests, network only (any thread): central's copy of a receipt or order, and a
// lease of quantities of it. Status 0 with the reason when central could not be asked.
[[nodiscard]] core::CentralAnswer requestSoldDocument(const std::optional<TillLinkFiles>& link, const QString& channel,
                                                      const QString& number, std::chrono::milliseconds timeout);
[[nodiscard]] core::CentralAnswer requestReturnLease(const TillLinkFiles& link, const QString& channel,
                                                     const QString& number, const std::map<int, std::int64_t>& lines,
                                                     std::chrono::milliseconds timeout);

// A store-credit voucher as central has it now (GET /v1/vouchers/{number}): what
// core::voucherStanding decides a voucher tender from.
[[nodiscard]] core::CentralAnswer requestVoucher(const std::optional<TillLinkFiles>& link, const QString& number,
                                                 std::chrono::milliseconds timeout = std::chrono::seconds(5));

// An item's stock at every location as central has it now (GET /v1/stock?sku=SKU): what
// core::addStockFromCentral puts on the product card.
[[nodiscard]] core::CentralAnswer requestStock(const std::optional<TillLinkFiles>& link, const QString& sku,
                                               std::chrono::milliseconds timeout = std::chrono::seconds(5));

// A customer's purchases in every channel as central has them now
// (GET /v1/customers/{id}/history): what core::Customers::takeCentralHistory keeps.
[[nodiscard]] core::CentralAnswer requestCustomerHistory(const std::optional<TillLinkFiles>& link, const QString& id,
                                                         std::chrono::milliseconds timeout = std::chrono::seconds(5));

struct LeaseOutcome {
    QString leaseId;                    // held
    std::optional<core::Error> refusal; // central refused: more than can come back, or unknown
    QString offlineReason;              // central could not be asked: decide offline
};

// Asks central to hold `lines` (sold line -> thousandths) of the document for this till.
[[nodiscard]] LeaseOutcome leaseReturn(const TillLinkFiles& link, const core::ReturnableDocument& document,
                                       const std::map<int, std::int64_t>& lines,
                                       std::chrono::milliseconds timeout = std::chrono::seconds(5));
// Gives a lease back (the return was cancelled or failed); a lease central does not get back
// lapses by itself.
void releaseLease(const TillLinkFiles& link, const QString& leaseId,
                  std::chrono::milliseconds timeout = std::chrono::seconds(5));

} // namespace kassa::sync
