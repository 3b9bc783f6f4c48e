#pragma once

// The till–central protocol's versioning, the first piece of the sync library: the API prefix
// every request uses and the event schema versions central accepts (the current one and the
// one before it, so tills can be upgraded store by store).

#include <QString>
#include <vector>

namespace kassa::sync {

inline constexpr char kApiPrefix[] = "/v1";

// Event schema versions this build can send and accept, newest first.
[[nodiscard]] std::vector<int> acceptedEventSchemas();
[[nodiscard]] bool acceptsEventSchema(int version);

} // namespace kassa::sync
