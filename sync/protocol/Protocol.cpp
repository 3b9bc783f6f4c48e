#include "Protocol.h"

#include "core/domain/Sale.h"

#include <algorithm>

namespace kassa::sync {

std::vector<int> acceptedEventSchemas() {
    // Only one sale schema exists so far; the previous one joins the list when it changes.
    return {core::kSaleSchemaVersion};
}

bool acceptsEventSchema(int version) {
    const std::vector<int> accepted = acceptedEventSchemas();
    return std::find(accepted.begin(), accepted.end(), version) != accepted.end();
}

} // namespace kassa::sync
