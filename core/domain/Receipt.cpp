#include "Receipt.h"

#include "ReceiptLayout.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>
#include <map>

namespace kassa::core {

namespace {

// A voucher's line, indented; its code is never cut: a line too long breaks before the code.
void voucherLine(ReceiptLayout& out, const QString& text) {
    if (out.fits(QStringLiteral("  ") + text, QString())) {
        out.left(QStringLiteral("  ") + text);
    } else {
        out.wrapped(text);
    }
}

QString money(Money amount) {
    return amount.format(QLatin1Char(','));
}

void renderStore(ReceiptLayout& out, const ReceiptHeader& header) {
    out.centered(header.storeName);
    if (!header.address.isEmpty()) {
        out.centered(header.address);
    }
    if (!header.businessId.isEmpty()) {
        out.centered(QCoreApplication::translate("kassa::core::Receipt", "Business ID %1").arg(header.businessId));
    }
    out.rule();
}

void renderHeader(ReceiptLayout& out, const CompletedSale& sale, const ReceiptHeader& header) {
    renderStore(out, header);
    out.left(QCoreApplication::translate("kassa::core::Receipt", "Receipt %1").arg(sale.receiptNumber));
    out.columns(sale.completedAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")),
                QCoreApplication::translate("kassa::core::Receipt", "Till %1").arg(sale.till.tillId));
    out.left(QCoreApplication::translate("kassa::core::Receipt", "Cashier: %1").arg(sale.operatorName));
    if (!sale.pickupOrder.isEmpty()) {
        out.left(QCoreApplication::translate("kassa::core::Receipt", "Pickup order %1").arg(sale.pickupOrder));
    }
    out.rule();
}

void renderLines(ReceiptLayout& out, const CompletedSale& sale) {
    for (const SaleLine& line : sale.lines) {
        if (line.voided) {
            out.wrapped(QCoreApplication::translate("kassa::core::Receipt", "VOID %1").arg(line.name));
            continue;
        }
        const QString amount = money(line.gross) + QLatin1Char(' ') + line.taxCode;
        const bool single = line.unit == Unit::Pieces && line.quantityMilli == kQuantityOne;
        if (single && out.fits(line.name, amount)) {
            out.columns(line.name, amount);
        } else if (single) {
            out.wrapped(line.name); // a long name gets lines of its own rather than being cut
            out.columns(QString(), amount);
        } else {
            out.wrapped(line.name);
            const QString perUnit =
                line.unit == Unit::Kilograms
                    ? QCoreApplication::translate("kassa::core::Receipt", "%1/kg").arg(money(line.unitPrice))
                    : money(line.unitPrice);
            out.columns(QStringLiteral("  %1 x %2").arg(formatQuantity(line.quantityMilli, line.unit), perUnit),
                        amount);
        }
        if (!line.lineDiscount.isZero()) {
            out.columns(QStringLiteral("  ") + QCoreApplication::translate("kassa::core::Receipt", "Discount"),
                        money(-line.lineDiscount) + QStringLiteral("  "));
        }
    }
}

void renderTotals(ReceiptLayout& out, const CompletedSale& sale) {
    out.rule();
    if (!sale.basketDiscount.isZero()) {
        out.columns(QCoreApplication::translate("kassa::core::Receipt", "Subtotal"),
                    money(sale.subtotal) + QStringLiteral("  "));
        out.columns(QCoreApplication::translate("kassa::core::Receipt", "Basket discount"),
                    money(-sale.basketDiscount) + QStringLiteral("  "));
    }
    out.columns(QCoreApplication::translate("kassa::core::Receipt", "TOTAL EUR"),
                money(sale.total) + QStringLiteral("  "));
    if (!sale.rounding.isZero()) {
        out.columns(QCoreApplication::translate("kassa::core::Receipt", "Cash rounding"),
                    money(sale.rounding) + QStringLiteral("  "));
        out.columns(QCoreApplication::translate("kassa::core::Receipt", "To pay"),
                    money(sale.amountPaid()) + QStringLiteral("  "));
    }
    if (const Money discounts = sale.discountTotal(); !discounts.isZero()) {
        out.columns(QCoreApplication::translate("kassa::core::Receipt", "You saved"),
                    money(discounts) + QStringLiteral("  "));
    }
    out.blank();
    for (const Tender& tender : sale.tenders) {
        if (tender.kind == Tender::Kind::Cash) {
            out.columns(QCoreApplication::translate("kassa::core::Receipt", "Cash"),
                        money(tender.given) + QStringLiteral("  "));
        } else if (tender.kind == Tender::Kind::Voucher) {
            out.columns(QCoreApplication::translate("kassa::core::Receipt", "Store credit"),
                        money(tender.amount) + QStringLiteral("  "));
            out.left(QStringLiteral("  ") +
                     QCoreApplication::translate("kassa::core::Receipt", "Voucher %1").arg(tender.voucher));
        } else if (tender.kind == Tender::Kind::LoyaltyPoints) {
            out.columns(QCoreApplication::translate("kassa::core::Receipt", "Loyalty points %1").arg(tender.points),
                        money(tender.amount) + QStringLiteral("  "));
        } else {
            out.columns(QCoreApplication::translate("kassa::core::Receipt", "Card %1 %2")
                            .arg(tender.card.scheme, tender.card.maskedPan.right(8)),
                        money(tender.amount) + QStringLiteral("  "));
            out.left(QStringLiteral("  ") +
                     QCoreApplication::translate("kassa::core::Receipt", "Authorisation %1").arg(tender.card.authCode));
        }
    }
    if (!sale.change.isZero()) {
        out.columns(QCoreApplication::translate("kassa::core::Receipt", "Change"),
                    money(sale.change) + QStringLiteral("  "));
    }
}

QString approvalKindText(const QString& kind) {
    if (kind == QLatin1String("line_discount")) {
        return QCoreApplication::translate("kassa::core::Receipt", "line discount");
    }
    if (kind == QLatin1String("basket_discount")) {
        return QCoreApplication::translate("kassa::core::Receipt", "basket discount");
    }
    if (kind == QLatin1String("no_receipt")) {
        return QCoreApplication::translate("kassa::core::Receipt", "return without a receipt");
    }
    if (kind == QLatin1String("offline_limit")) {
        return QCoreApplication::translate("kassa::core::Receipt", "offline refund limit");
    }
    return kind;
}

void renderVat(ReceiptLayout& out, const std::vector<VatLine>& vatLines, const std::vector<Approval>& approvals) {
    out.rule();
    out.columns(QCoreApplication::translate("kassa::core::Receipt", "VAT"),
                QCoreApplication::translate("kassa::core::Receipt", "Net") + QStringLiteral("     ") +
                    QCoreApplication::translate("kassa::core::Receipt", "Tax") + QStringLiteral("   ") +
                    QCoreApplication::translate("kassa::core::Receipt", "Gross"));
    for (const VatLine& vat : vatLines) {
        const QString figures =
            QStringLiteral("%1 %2 %3").arg(money(vat.net), 8).arg(money(vat.vat), 7).arg(money(vat.gross), 8);
        out.columns(vat.code + QLatin1Char(' ') + formatRate(vat.basisPoints), figures);
    }
    out.rule();
    for (const Approval& approval : approvals) {
        out.left(QCoreApplication::translate("kassa::core::Receipt", "Approved by %1: %2")
                     .arg(approval.approverId, approvalKindText(approval.kind)));
    }
}

// A member's points: the card (its last digits only, as card numbers are printed), what this
// sale earned and used, and the balance as the till knew it.
void renderLoyalty(ReceiptLayout& out, const SaleLoyalty& loyalty) {
    out.blank();
    if (!loyalty.card.isEmpty()) { // a member another store's till knows by their card's hash only
        out.left(QCoreApplication::translate("kassa::core::Receipt", "Loyalty card ***%1").arg(loyalty.card.right(4)));
    }
    out.columns(QCoreApplication::translate("kassa::core::Receipt", "Points earned"),
                QString::number(loyalty.earned) + QStringLiteral("  "));
    if (loyalty.redeemed > 0) {
        out.columns(QCoreApplication::translate("kassa::core::Receipt", "Points used"),
                    QString::number(-loyalty.redeemed) + QStringLiteral("  "));
    }
    out.columns(QCoreApplication::translate("kassa::core::Receipt", "Points balance"),
                QString::number(loyalty.balanceAfter) + QStringLiteral("  "));
}

// A training sale says so at its top and its end, so that no one takes it for a receipt.
void renderTrainingBanner(ReceiptLayout& out) {
    out.centered(QCoreApplication::translate("kassa::core::Receipt", "*** TRAINING - NOT A RECEIPT ***"));
}

ReceiptLayout layoutReceipt(const CompletedSale& sale, const ReceiptHeader& header) {
    ReceiptLayout out(header.width);
    if (sale.training) {
        renderTrainingBanner(out);
    }
    renderHeader(out, sale, header);
    renderLines(out, sale);
    renderTotals(out, sale);
    if (sale.loyalty) {
        renderLoyalty(out, *sale.loyalty);
    }
    renderVat(out, sale.vat, sale.approvals);
    return out;
}

void renderReturnHeader(ReceiptLayout& out, const CompletedReturn& r, const ReceiptHeader& header) {
    renderStore(out, header);
    out.left(QCoreApplication::translate("kassa::core::Receipt", "RETURN %1").arg(r.receiptNumber));
    out.columns(r.completedAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")),
                QCoreApplication::translate("kassa::core::Receipt", "Till %1").arg(r.till.tillId));
    out.left(QCoreApplication::translate("kassa::core::Receipt", "Cashier: %1").arg(r.operatorName));
    if (r.originalChannel == QLatin1String(returnChannels::kWeb)) {
        out.left(QCoreApplication::translate("kassa::core::Receipt", "Web order %1").arg(r.originalNumber));
    } else if (r.originalChannel == QLatin1String(returnChannels::kStore)) {
        out.left(QCoreApplication::translate("kassa::core::Receipt", "Original receipt %1").arg(r.originalNumber));
    } else {
        out.left(QCoreApplication::translate("kassa::core::Receipt", "Without a receipt"));
    }
    if (r.decidedOffline()) {
        // Wrapped, not cut: translations run longer than the English.
        out.wrapped(QCoreApplication::translate("kassa::core::Receipt", "Decided offline, to be confirmed"));
    }
    out.rule();
}

void renderReturnLines(ReceiptLayout& out, const CompletedReturn& r) {
    for (const ReturnLine& line : r.lines) {
        out.wrapped(line.name.isEmpty() ? line.sku : line.name);
        const QString perUnit =
            line.unit == Unit::Kilograms
                ? QCoreApplication::translate("kassa::core::Receipt", "%1/kg").arg(money(line.unitPrice))
                : money(line.unitPrice);
        out.columns(QStringLiteral("  %1 x %2").arg(formatQuantity(line.quantityMilli, line.unit), perUnit),
                    money(-line.refund) + QLatin1Char(' ') + line.taxCode);
        const QString where = line.disposition == Disposition::Sellable
                                  ? QCoreApplication::translate("kassa::core::Receipt", "back to stock")
                                  : QCoreApplication::translate("kassa::core::Receipt", "damaged");
        out.left(QStringLiteral("  ") + returnReasonText(line.reason) + QStringLiteral(", ") + where);
    }
}

void renderRefunds(ReceiptLayout& out, const CompletedReturn& r) {
    out.rule();
    out.columns(QCoreApplication::translate("kassa::core::Receipt", "REFUND EUR"),
                money(-r.total) + QStringLiteral("  "));
    if (!r.rounding.isZero()) {
        out.columns(QCoreApplication::translate("kassa::core::Receipt", "Cash rounding"),
                    money(-r.rounding) + QStringLiteral("  "));
    }
    out.blank();
    for (const Refund& refund : r.refunds) {
        if (refund.kind == QLatin1String(refundKinds::kCash)) {
            out.columns(QCoreApplication::translate("kassa::core::Receipt", "Cash"),
                        money(-(refund.amount + r.rounding)) + QStringLiteral("  "));
        } else if (refund.kind == QLatin1String(refundKinds::kCard)) {
            out.columns(QCoreApplication::translate("kassa::core::Receipt", "Card %1 %2")
                            .arg(refund.card.scheme, refund.card.maskedPan.right(8)),
                        money(-refund.amount) + QStringLiteral("  "));
            out.left(QStringLiteral("  ") +
                     QCoreApplication::translate("kassa::core::Receipt", "Authorisation %1").arg(refund.card.authCode));
        } else if (refund.kind == QLatin1String(refundKinds::kOnline)) {
            out.columns(QCoreApplication::translate("kassa::core::Receipt", "To the online payment"),
                        money(-refund.amount) + QStringLiteral("  "));
            out.left(QStringLiteral("  ") +
                     QCoreApplication::translate("kassa::core::Receipt", "The web shop pays it back (%1)")
                         .arg(refund.originalReference));
        } else if (refund.kind == QLatin1String(refundKinds::kExchange)) {
            out.columns(QCoreApplication::translate("kassa::core::Receipt", "Towards the new items"),
                        money(-refund.amount) + QStringLiteral("  "));
            voucherLine(out, QCoreApplication::translate("kassa::core::Receipt", "Exchange credit %1")
                                 .arg(refund.voucherCode().text()));
        } else {
            out.columns(QCoreApplication::translate("kassa::core::Receipt", "Store credit"),
                        money(-refund.amount) + QStringLiteral("  "));
            voucherLine(
                out,
                QCoreApplication::translate("kassa::core::Receipt", "Voucher %1").arg(refund.voucherCode().text()));
            if (refund.voucherSecret.isEmpty() && !refund.voucherCheck.isEmpty()) {
                out.left(QStringLiteral("  ") +
                         QCoreApplication::translate("kassa::core::Receipt", "Its code is on the first print only."));
            }
        }
    }
}

ReceiptLayout layoutReturn(const CompletedReturn& r, const ReceiptHeader& header) {
    ReceiptLayout out(header.width);
    renderReturnHeader(out, r, header);
    renderReturnLines(out, r);
    renderRefunds(out, r);
    if (r.loyaltyTakenBack > 0) {
        out.columns(QCoreApplication::translate("kassa::core::Receipt", "Loyalty points taken back"),
                    QString::number(-r.loyaltyTakenBack) + QStringLiteral("  "));
    }
    std::vector<VatLine> vat = r.vat;
    for (VatLine& line : vat) {
        line.net = -line.net;
        line.vat = -line.vat;
        line.gross = -line.gross;
    }
    renderVat(out, vat, r.approvals);
    if (r.signatureRequired) {
        out.blank();
        out.left(QCoreApplication::translate("kassa::core::Receipt", "Customer's signature"));
        out.blank();
        out.left(QString(header.width, QLatin1Char('_')));
    }
    return out;
}

QByteArray toPrinterText(const QString& text) {
    // The printer is set to code page 1252 (ESC t 16): Latin-1 covers Finnish and Swedish.
    QByteArray bytes;
    for (QChar c : text) {
        bytes.append(c.unicode() < 256 ? static_cast<char>(c.unicode()) : '?');
    }
    return bytes;
}

} // namespace

QString renderReceiptText(const CompletedSale& sale, const ReceiptHeader& header) {
    ReceiptLayout out = layoutReceipt(sale, header);
    out.centered(QStringLiteral("|| ") + sale.receiptNumber + QStringLiteral(" ||"));
    out.blank();
    out.centered(QCoreApplication::translate("kassa::core::Receipt", "Thank you for visiting!"));
    if (sale.training) {
        renderTrainingBanner(out);
    }
    return out.text();
}

namespace {

QByteArray command(std::initializer_list<unsigned char> codes) {
    QByteArray bytes;
    for (unsigned char code : codes) {
        bytes.append(static_cast<char>(code));
    }
    return bytes;
}

constexpr unsigned char ESC = 0x1b;
constexpr unsigned char GS = 0x1d;

} // namespace

QByteArray drawerKickEscPos() {
    constexpr unsigned char kPin2 = 0;
    constexpr unsigned char kOn = 25;   // in steps of 2 ms: 50 ms
    constexpr unsigned char kOff = 250; // 500 ms
    return command({ESC, 'p', kPin2, kOn, kOff});
}

namespace {

// A code as CODE128 (code set B), with its characters printed below. A voucher's code (30
// characters) is drawn with 1-dot bars so that it fits a 58 mm roll (384 dots).
QByteArray code128(const QString& text) {
    const QByteArray data = "{B" + text.toLatin1();
    const unsigned char moduleDots = text.size() > 20 ? 1 : 2;
    return command({GS, 'h', 80}) + command({GS, 'w', moduleDots}) + command({GS, 'H', 2}) +
           command({GS, 'k', 73, static_cast<unsigned char>(data.size())}) + data + '\n';
}

// A QR code (model 2, error correction M, 4-dot modules) through the printer's own encoder.
QByteArray qrCode(const QByteArray& data) {
    const auto length = static_cast<int>(data.size()) + 3;
    return command({GS, '(', 'k', 4, 0, 49, 65, 50, 0}) + command({GS, '(', 'k', 3, 0, 49, 67, 4}) +
           command({GS, '(', 'k', 3, 0, 49, 69, 49}) +
           command({GS, '(', 'k', static_cast<unsigned char>(length % 256), static_cast<unsigned char>(length / 256),
                    49, 80, 48}) +
           data + command({GS, '(', 'k', 3, 0, 49, 81, 48}) + '\n';
}

// The printed lines, then the codes centred, a closing line, the feed and the cut.
QByteArray escPos(const ReceiptLayout& out, const std::vector<QString>& codes, const QString& closing,
                  const QByteArray& qr = {}) {
    QByteArray bytes = command({ESC, '@'}) + command({ESC, 't', 16}); // initialise; code page WPC1252
    for (const QString& line : out.lines()) {
        bytes += toPrinterText(line) + '\n';
    }
    bytes += command({ESC, 'a', 1});
    for (const QString& code : codes) {
        bytes += code128(code);
    }
    if (!qr.isEmpty()) {
        bytes += qrCode(qr);
    }
    bytes += toPrinterText(closing) + '\n';
    bytes += command({ESC, 'a', 0});
    bytes += command({ESC, 'd', 4});    // feed past the cutter
    bytes += command({GS, 'V', 66, 0}); // partial cut
    return bytes;
}

ReceiptLayout layoutShelfLabel(const ShelfLabel& label, int width) {
    ReceiptLayout out(width);
    out.centered(QCoreApplication::translate("kassa::core::Receipt", "PICKUP ORDER"));
    out.centered(label.order);
    out.rule();
    out.wrapped(label.customer);
    out.left(QCoreApplication::translate("kassa::core::Receipt", "Ready %1")
                 .arg(label.readyAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"))));
    if (label.collectBy) {
        out.left(QCoreApplication::translate("kassa::core::Receipt", "Collect by %1")
                     .arg(label.collectBy->toLocalTime().toString(QStringLiteral("dd.MM.yyyy"))));
    }
    out.left(label.paid ? QCoreApplication::translate("kassa::core::Receipt", "Paid online")
                        : QCoreApplication::translate("kassa::core::Receipt", "To pay at collection"));
    out.rule();
    for (const auto& [name, quantity] : label.items) {
        out.wrapped(QStringLiteral("%1 x %2").arg(formatQuantity(quantity), name));
    }
    if (label.shortLines > 0) {
        out.wrapped(QCoreApplication::translate("kassa::core::Receipt", "%n line(s) short", nullptr, label.shortLines));
    }
    out.rule();
    return out;
}

ReceiptLayout layoutHandOver(const ShelfLabel& handed, const QString& staff, const QDateTime& at,
                             const ReceiptHeader& header) {
    ReceiptLayout out(header.width);
    renderStore(out, header);
    out.left(QCoreApplication::translate("kassa::core::Receipt", "Pickup order %1").arg(handed.order));
    out.columns(at.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")), staff);
    out.left(QCoreApplication::translate("kassa::core::Receipt", "Paid online"));
    out.rule();
    for (const auto& [name, quantity] : handed.items) {
        out.wrapped(QStringLiteral("%1 x %2").arg(formatQuantity(quantity), name));
    }
    out.rule();
    return out;
}

} // namespace

QString renderHandOverText(const ShelfLabel& handed, const QString& staff, const QDateTime& at,
                           const ReceiptHeader& header) {
    return layoutHandOver(handed, staff, at, header).text();
}

QByteArray renderHandOverEscPos(const ShelfLabel& handed, const QString& staff, const QDateTime& at,
                                const ReceiptHeader& header) {
    return escPos(layoutHandOver(handed, staff, at, header), {},
                  QCoreApplication::translate("kassa::core::Receipt", "Handed over. Thank you!"));
}

QString renderShelfLabelText(const ShelfLabel& label, int width) {
    ReceiptLayout out = layoutShelfLabel(label, width);
    out.centered(QStringLiteral("|| ") + label.barcode + QStringLiteral(" ||"));
    return out.text();
}

QByteArray renderShelfLabelEscPos(const ShelfLabel& label, int width) {
    return escPos(layoutShelfLabel(label, width), {label.barcode}, label.order);
}

QByteArray renderTextEscPos(const QString& text) {
    const QStringList lines = text.split(QLatin1Char('\n'));
    qsizetype width = 0;
    for (const QString& line : lines) {
        width = std::max(width, line.size());
    }
    ReceiptLayout out(static_cast<int>(width));
    for (const QString& line : lines) {
        out.left(line);
    }
    return escPos(out, {}, {});
}

QByteArray renderReceiptEscPos(const CompletedSale& sale, const ReceiptHeader& header, const QByteArray& receiptCode) {
    // A training sale ends with its banner where a receipt thanks the customer.
    return escPos(layoutReceipt(sale, header), {sale.receiptNumber},
                  sale.training
                      ? QCoreApplication::translate("kassa::core::Receipt", "*** TRAINING - NOT A RECEIPT ***")
                      : QCoreApplication::translate("kassa::core::Receipt", "Thank you for visiting!"),
                  receiptCode);
}

std::vector<QString> voucherCodes(const CompletedReturn& r) {
    std::vector<QString> codes;
    for (const Refund& refund : r.refunds) {
        if (!refund.voucherNumber.isEmpty() && (!refund.voucherSecret.isEmpty() || refund.voucherCheck.isEmpty())) {
            codes.push_back(refund.voucherCode().text());
        }
    }
    return codes;
}

QString renderReturnText(const CompletedReturn& r, const ReceiptHeader& header) {
    ReceiptLayout out = layoutReturn(r, header);
    out.centered(QStringLiteral("|| ") + r.receiptNumber + QStringLiteral(" ||"));
    for (const QString& voucher : voucherCodes(r)) {
        out.centered(QStringLiteral("|| ") + voucher + QStringLiteral(" ||"));
    }
    return out.text();
}

QString returnStatusText(const CompletedReturn& completed, bool confirmed) {
    if (confirmed) {
        return QCoreApplication::translate("kassa::core::Receipt", "Head office has confirmed this return.");
    }
    return completed.decidedOffline()
               ? QCoreApplication::translate("kassa::core::Receipt",
                                             "Decided offline: head office has not confirmed this return yet.")
               : QCoreApplication::translate("kassa::core::Receipt",
                                             "Held by head office: confirmed when the return reaches it.");
}

QByteArray renderReturnEscPos(const CompletedReturn& r, const ReceiptHeader& header) {
    std::vector<QString> codes{r.receiptNumber};
    const std::vector<QString> vouchers = voucherCodes(r);
    codes.insert(codes.end(), vouchers.begin(), vouchers.end());
    return escPos(layoutReturn(r, header), codes, QString());
}

} // namespace kassa::core
