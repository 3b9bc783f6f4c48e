#pragma once

// A completed sale as the customer takes it home: plain text for previews, e-mail and
// kassactl, and ESC/POS bytes for thermal receipt printers. Labels are translatable and
// follow the till's language; the receipt number is printed as a CODE128 barcode so a return
// can start by scanning it.

#include "Pickup.h"
#include "Return.h"
#include "Sale.h"

#include <QByteArray>
#include <QString>

namespace kassa::core {

struct ReceiptHeader {
    QString storeName;
    QString address;
    QString businessId; // Y-tunnus
    int width = 42;     // characters per line: 42 on 80 mm paper with font A
};

[[nodiscard]] QString renderReceiptText(const CompletedSale& sale, const ReceiptHeader& header);
// With a receipt code (core/domain/ReceiptCode.h) the receipt also carries it as a QR code, so
// any store can take it back from the paper alone.
[[nodiscard]] QByteArray renderReceiptEscPos(const CompletedSale& sale, const ReceiptHeader& header,
                                             const QByteArray& receiptCode = {});

// A return receipt: its own number, the receipt or order it refers to, every line with its
// reason and where the goods went, the refunds by tender (a store-credit voucher's number as a
// barcode too), the VAT given back, and a line for the customer's signature where the policy
// asks for one.
// The return's vouchers' codes, printed as barcodes: only while the return is being completed
// (its first print), since the till keeps no voucher's secret; a legacy voucher's number is its code.
[[nodiscard]] std::vector<QString> voucherCodes(const CompletedReturn& r);
[[nodiscard]] QString renderReturnText(const CompletedReturn& completed, const ReceiptHeader& header);
// Where a return stands with head office, for the screen and kassactl (paper cannot change):
// confirmed once central has acknowledged it; until then held (taken online under a lease) or
// decided offline.
[[nodiscard]] QString returnStatusText(const CompletedReturn& completed, bool confirmed);
[[nodiscard]] QByteArray renderReturnEscPos(const CompletedReturn& completed, const ReceiptHeader& header);
// Opens the cash drawer wired to the receipt printer's drawer port: ESC p 0 25 250, a pulse on
// connector pin 2 of 50 ms on and 500 ms off, which every ESC/POS printer and drawer takes.
[[nodiscard]] QByteArray drawerKickEscPos();
// The label staff put on a picked pickup order's parcel: the order number large, the customer,
// until when it waits, what is in it, and the order's label barcode ("PL:W100", CODE128) that
// is scanned at the hand-over.
[[nodiscard]] QString renderShelfLabelText(const ShelfLabel& label, int width = 42);
[[nodiscard]] QByteArray renderShelfLabelEscPos(const ShelfLabel& label, int width = 42);
// The slip the customer of an order paid online takes home: the order, what was handed over, by
// whom and when (an item refused has a return receipt of its own).
[[nodiscard]] QString renderHandOverText(const ShelfLabel& handed, const QString& staff, const QDateTime& at,
                                         const ReceiptHeader& header);
[[nodiscard]] QByteArray renderHandOverEscPos(const ShelfLabel& handed, const QString& staff, const QDateTime& at,
                                              const ReceiptHeader& header);
// Text already laid out for the paper (X and Z reports), printed line by line and cut.
[[nodiscard]] QByteArray renderTextEscPos(const QString& text);

} // namespace kassa::core
