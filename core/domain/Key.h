#pragma once

// The keys master data is found by: a product's SKU, a price book's name. One rule for all of
// them, wherever they arrive (an import file, an integration's PUT, central's feed): 1 to 64
// characters after trimming, none of them a control character. A key with a hidden control
// character would look like another key on every screen and receipt, yet never match it.

#include <QString>

namespace kassa::core {

inline constexpr int kMaxKeyLength = 64;

// `text` trimmed, when it is a valid key; empty otherwise.
[[nodiscard]] QString validKey(const QString& text);

} // namespace kassa::core
