#pragma once

// Receipts' QR codes at the till: signing the codes this till prints with its enrolled key, and
// checking a scanned code of any till against that till's certificate from central's feed and
// the CA this till pinned at enrollment (see core/domain/ReceiptCode.h for the format).

#include "TillLink.h"
#include "core/domain/ReceiptCode.h"
#include "core/store/TillDatabase.h"

#include <optional>

namespace kassa::sync {

// A fresh code for a sale's receipt; nothing when the till is not enrolled (it has no key yet).
[[nodiscard]] std::optional<QByteArray> signedReceiptCode(const core::CompletedSale& sale,
                                                          const std::optional<TillLinkFiles>& link);
// The code the receipt is printed with: the one it was first printed with, or a fresh one kept
// for the next print (ECDSA signatures differ every time; the paper's code must stay the same).
[[nodiscard]] std::optional<QByteArray> receiptCodeOf(core::TillDatabase& till, const core::CompletedSale& sale,
                                                      const std::optional<TillLinkFiles>& link);

// Reads a scanned code and checks it: the signature must be that of a till of the chain whose
// certificate central's CA issued and head office has not revoked. ReceiptCodeDamaged for a
// code that cannot be read whole, ReceiptCodeNotTrusted (saying why) for one that fails a check.
[[nodiscard]] core::Result<core::ReturnableDocument>
readReceiptCode(core::TillDatabase& till, const std::optional<TillLinkFiles>& link, const QByteArray& text);

} // namespace kassa::sync
