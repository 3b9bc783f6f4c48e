#pragma once

// A completed sale as the customer takes it home: plain text for previews, e-mail and
// kassactl, and ESC/POS bytes for thermal receipt printers. Labels are translatable and
// follow the till's language; the receipt number is printed as a CODE128 barcode so a return
// can start by scanning it.

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
[[nodiscard]] QByteArray renderReceiptEscPos(const CompletedSale& sale, const ReceiptHeader& header);

} // namespace kassa::core
