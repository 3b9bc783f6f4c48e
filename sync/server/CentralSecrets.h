#pragma once

// The secrets central hands out and the ids it makes, the same for every storage backend:
// one-time enrollment codes and integration tokens (only their hashes are stored), and the
// random generation id of a database's history.

#include <QString>

namespace kassa::sync {

// 60 bits of randomness in 12 characters a person can type ("KQ4M-X2PD-9ZLA"): no 0/O or 1/I.
[[nodiscard]] QString newEnrollmentCode();
// A code as typed (any case, spaces around it) in the form it was hashed in.
[[nodiscard]] QString normalizedEnrollmentCode(const QString& code);
// Six random digits: what a customer shows with a pickup order's number to collect it.
[[nodiscard]] QString newPickupCode();
// "kc_" and 256 random bits, base64url.
[[nodiscard]] QString newIntegrationToken();
// SHA-256, hex: what is stored of a code or a token.
[[nodiscard]] QString secretHash(const QString& secret);
// A random id for a database's history: a restored copy gets a new one, which tells the tills
// to load their master data again from zero and to send again what central lacks.
[[nodiscard]] QString newGeneration();

} // namespace kassa::sync
