#pragma once

// The one return lookup: what a till takes goods back against, decided the same way for the
// return screen and `kassactl return`. Online, central's copy says what has come back of each
// line in any store, and a lease can hold it. When central cannot say, the till decides from
// what it knows itself under the policy's offline rules, and says so: a receipt's signed code,
// its own receipts from its journal, the web orders central fed it. A receipt this till printed
// that central has not received yet (the sale still waits in the till's queue) is taken from
// the journal, as offline, and central counts the return when both arrive.
//
// Three steps, so that a screen waits for the network off its thread: read the text (the till's
// thread), ask central (any thread), decide (the till's thread). lookUpReturnable does all three.

#include "../domain/Return.h"
#include "../store/TillDatabase.h"
#include "../sync/CentralReturns.h"

#include <optional>

namespace kassa::core {

// What the scanned or typed text names.
struct ReturnQuery {
    QString channel; // returnChannels::kStore or kWeb
    QString number;  // the receipt or order number
    // A receipt's signed code, checked: it stands on its own when central cannot say.
    std::optional<ReturnableDocument> paper;
};

struct FoundDocument {
    std::optional<ReturnableDocument> document;
    // Why the document is not central's: central was not asked, could not say, or has not
    // received the sale yet. Empty when central answered: the return can then be held there.
    QString offlineReason;
    std::optional<Error> refusal; // the number is known nowhere, or the code does not check out
};

// A receipt's code (checked now), a receipt number or a web order number. An empty `channel`
// is taken from the number's form: STORE-TILL-NUMBER is a receipt, anything else a web order.
// `central` may be nothing (a till without head office): a code cannot then be trusted.
[[nodiscard]] Result<ReturnQuery> readReturnQuery(TillDatabase& till, CentralReturns* central, const QString& text,
                                                  const QString& channel = {});
// Central's answer; Unreachable, saying why, when there is no central to ask.
[[nodiscard]] CentralDocument askCentral(CentralReturns* central, const ReturnQuery& query);
// The document to return against, from central's answer and what this till knows.
[[nodiscard]] FoundDocument decideDocument(TillDatabase& till, ReturnQuery query, CentralDocument answer);
// All three at once, for callers without a screen.
[[nodiscard]] FoundDocument lookUpReturnable(TillDatabase& till, CentralReturns* central, const QString& text,
                                             const QString& channel = {});

} // namespace kassa::core
