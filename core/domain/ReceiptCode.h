#pragma once

// The text of the QR code every receipt carries: all a till needs to take the receipt back with
// no network and no copy of the selling store's sales. It is signed with the key of the till
// that printed it; any till checks the signature against that till's certificate (the tills'
// certificates come from central in a feed, and central's CA vouches for them), so a changed
// digit or a receipt made up elsewhere is refused. Printable ASCII only, so a keyboard-wedge
// scanner types it as it is:
//
//   K1|001-02-000123|20261124T103000Z|1a2b3c4d5e6f7a8b|L1,SKU-1,1000,299,299,B|...|Pcard,1490,8B6CE4|...|S<sig>
//
// K1 the format; the receipt number (store, till, number); when it was sold (UTC); the signing
// certificate's key id (its fingerprint's first 16 hex digits); a line per sold line (line
// number, SKU, quantity in thousandths, unit price and what was paid for the line in cents, VAT
// code; SKU and code percent-encoded); a payment per tender (kind, cents, authorisation); and
// the signature over everything before "|S", base64url.

#include "Return.h"

#include <QByteArray>

namespace kassa::core {

struct ReceiptCode {
    QString receiptNumber;
    QString storeId;
    QString tillId;
    QDateTime soldAt; // UTC
    QString keyId;
    std::vector<ReturnableLine> lines; // names and rates are the reading till's to fill in
    std::vector<OriginalTender> tenders;
    QByteArray signedText; // what the signature covers
    QByteArray signature;  // DER
};

// What the till signs for a sale (voided lines were not sold).
[[nodiscard]] QByteArray receiptCodePayload(const CompletedSale& sale, const QString& keyId);
// The QR code's text: the payload and its signature.
[[nodiscard]] QByteArray receiptCodeText(const QByteArray& payload, const QByteArray& signature);
// Reads a scanned code; ReceiptCodeDamaged for anything that is not a whole, well-formed one.
[[nodiscard]] Result<ReceiptCode> parseReceiptCode(const QByteArray& text);
// Whether scanned text is meant as a receipt code (so a damaged one is reported as such).
[[nodiscard]] bool looksLikeReceiptCode(const QString& text);
// The key id of a certificate's fingerprint (hex): its first 16 digits.
[[nodiscard]] QString receiptKeyId(const QString& certificateFingerprint);

// The receipt as a document to return against, as the paper says it was sold.
[[nodiscard]] ReturnableDocument returnableOf(const ReceiptCode& code);

} // namespace kassa::core
