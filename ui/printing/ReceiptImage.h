#pragma once

// A receipt as an image, laid out as an 80 mm thermal printer prints it (576 dots at 203 dpi):
// the printed lines in a monospace font, the receipt's number (and any voucher's) as CODE128
// barcodes and the receipt's signed code as a QR code. For previews, e-mail and `kassactl
// receipts --format png`; the codes are drawn so that ordinary barcode readers decode them.

#include <QByteArray>
#include <QImage>
#include <QString>
#include <vector>

namespace kassa::ui {

// `text` is the receipt as rendered for text (its "|| NUMBER ||" stand-ins for barcodes are
// left out: the barcodes are drawn instead).
[[nodiscard]] QImage renderReceiptImage(const QString& text, const std::vector<QString>& barcodes,
                                        const QByteArray& qrCode);

} // namespace kassa::ui
