#pragma once

// Central computes every customer's suggestions (core/domain/Suggestions.h) from the sales
// ledger: the lines of store receipts and web orders linked to customers, what came back
// deducted, a merged customer's purchases counted for the one they went into, erased customers
// left out. Each customer whose suggestions changed is fed again (feed `customers`, item
// "suggestions"), so the tills show them offline; one whose suggestions stayed the same is not,
// so a nightly run does not make every till take every customer again.
//
// `kassa-central suggest` runs it at once; `serve` runs it at start and then every
// `--suggestions-every` hours; `seed-demo` after storing the demo chain's orders.

#include "CentralStore.h"
#include "core/domain/Suggestions.h"

namespace kassa::sync {

struct SuggestionRun {
    std::int64_t customers = 0;       // live customers
    std::int64_t purchases = 0;       // lines sold to customers and kept
    std::int64_t withSuggestions = 0; // customers who have some
    std::int64_t changed = 0;         // fed to the tills again
};

// Reads without holding up writers; writes in transactions of a few hundred customers each, so
// tills' facts are applied between them. A customer merged or erased meanwhile is left for the
// next run.
SuggestionRun computeSuggestions(CentralStore& store, const QDateTime& at,
                                 const core::SuggestionSettings& settings = {});

} // namespace kassa::sync
