#include "ShiftReport.h"

#include "ReceiptLayout.h"

#include <QCoreApplication>

namespace kassa::core {

namespace {

QString money(Money amount) {
    return amount.format(QLatin1Char(','));
}

QString when(const QDateTime& at) {
    return at.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"));
}

QString tenderName(const QString& kind) {
    if (kind == QLatin1String("cash")) {
        return QCoreApplication::translate("kassa::core::ShiftReport", "Cash");
    }
    if (kind == QLatin1String("card")) {
        return QCoreApplication::translate("kassa::core::ShiftReport", "Card");
    }
    if (kind == QLatin1String("store_credit")) {
        return QCoreApplication::translate("kassa::core::ShiftReport", "Store credit");
    }
    if (kind == QLatin1String("loyalty_points")) {
        return QCoreApplication::translate("kassa::core::ShiftReport", "Loyalty points");
    }
    if (kind == QLatin1String("online")) {
        return QCoreApplication::translate("kassa::core::ShiftReport", "Online payment");
    }
    if (kind == QLatin1String("exchange")) {
        return QCoreApplication::translate("kassa::core::ShiftReport", "Exchange credit");
    }
    return kind;
}

void renderHeading(ReceiptLayout& out, const ShiftRecord& shift, const TillIdentity& till,
                   const ReceiptHeader& header) {
    out.centered(header.storeName);
    out.centered(shift.isOpen()
                     ? QCoreApplication::translate("kassa::core::ShiftReport", "X REPORT (shift open)")
                     : QCoreApplication::translate("kassa::core::ShiftReport", "Z REPORT %1").arg(shift.zNumber));
    out.blank();
    out.columns(
        QCoreApplication::translate("kassa::core::ShiftReport", "Store %1, till %2").arg(till.storeId, till.tillId),
        QCoreApplication::translate("kassa::core::ShiftReport", "Shift %1").arg(shift.number));
    out.left(QCoreApplication::translate("kassa::core::ShiftReport", "Opened %1 by %2")
                 .arg(when(shift.openedAt), shift.openedBy));
    if (!shift.isOpen()) {
        out.left(QCoreApplication::translate("kassa::core::ShiftReport", "Closed %1 by %2")
                     .arg(when(shift.closedAt), shift.closedBy));
    }
    out.rule();
}

void renderTenders(ReceiptLayout& out, const ShiftFigures& f) {
    out.columns(QCoreApplication::translate("kassa::core::ShiftReport", "Sales (%1)").arg(f.sales),
                money(f.salesTotal));
    out.columns(QCoreApplication::translate("kassa::core::ShiftReport", "Returns (%1)").arg(f.returns),
                money(Money() - f.returnsTotal));
    out.blank();
    out.left(QCoreApplication::translate("kassa::core::ShiftReport", "By tender: taken, refunded, net"));
    for (const auto& [kind, figures] : f.tenders) {
        out.left(tenderName(kind));
        out.columns(QStringLiteral("  ") + money(figures.taken) + QStringLiteral(" / ") +
                        money(Money() - figures.refunded),
                    money(figures.net()));
    }
    out.blank();
    out.left(QCoreApplication::translate("kassa::core::ShiftReport", "VAT: rate, gross, VAT"));
    for (const VatLine& line : f.vat) {
        out.columns(QStringLiteral("  %1 %2  %3").arg(line.code, formatRate(line.basisPoints), money(line.gross)),
                    money(line.vat));
    }
    out.rule();
}

void renderDrawer(ReceiptLayout& out, const ShiftFigures& f) {
    out.columns(QCoreApplication::translate("kassa::core::ShiftReport", "Discounts"), money(f.discounts));
    out.columns(QCoreApplication::translate("kassa::core::ShiftReport", "Voided lines (%1)").arg(f.voidedLines),
                money(f.voidedAmount));
    out.columns(QCoreApplication::translate("kassa::core::ShiftReport", "Cash rounding"), money(f.rounding));
    out.columns(QCoreApplication::translate("kassa::core::ShiftReport", "Float"), money(f.openingFloat));
    out.columns(QCoreApplication::translate("kassa::core::ShiftReport", "Cash in"), money(f.cashIn));
    out.columns(QCoreApplication::translate("kassa::core::ShiftReport", "Cash out"), money(Money() - f.cashOut));
    out.columns(QCoreApplication::translate("kassa::core::ShiftReport", "Safe drops"), money(Money() - f.safeDrops));
    out.columns(QCoreApplication::translate("kassa::core::ShiftReport", "Drawer opened"),
                QString::number(f.drawerOpenings));
    out.columns(QCoreApplication::translate("kassa::core::ShiftReport", "  of which without a sale"),
                QString::number(f.noSales));
    out.wrapped(QCoreApplication::translate("kassa::core::ShiftReport", "Operators: %1")
                    .arg(f.operators.join(QStringLiteral(", "))));
    out.rule();
    out.columns(QCoreApplication::translate("kassa::core::ShiftReport", "CASH EXPECTED"), money(f.expectedCash()));
}

void renderCount(ReceiptLayout& out, const ZReport& report) {
    out.columns(QCoreApplication::translate("kassa::core::ShiftReport", "CASH COUNTED"), money(report.counted.total));
    for (auto it = report.counted.pieces.rbegin(); it != report.counted.pieces.rend(); ++it) {
        out.columns(QStringLiteral("  %1 x %2").arg(money(Money(it->first))).arg(it->second),
                    money(Money(it->first * it->second)));
    }
    out.columns(QCoreApplication::translate("kassa::core::ShiftReport", "Difference"),
                money(report.judgement.difference));
    if (!report.approverId.isEmpty()) {
        out.wrapped(QCoreApplication::translate("kassa::core::ShiftReport", "Approved by %1: %2")
                        .arg(report.approverId, report.reason));
    }
    if (report.unsentFacts > 0) {
        out.blank();
        out.wrapped(QCoreApplication::translate("kassa::core::ShiftReport",
                                                "Closed with %n fact(s) not yet sent to head office, which "
                                                "reconciles them when they arrive.",
                                                nullptr, static_cast<int>(report.unsentFacts)));
    }
}

} // namespace

QString renderXReportText(const ShiftRecord& shift, const ShiftFigures& figures, const TillIdentity& till,
                          const ReceiptHeader& header) {
    ReceiptLayout out(header.width);
    renderHeading(out, shift, till, header);
    renderTenders(out, figures);
    renderDrawer(out, figures);
    return out.text();
}

QString renderZReportText(const ZReport& z, const TillIdentity& till, const ReceiptHeader& header) {
    ReceiptLayout out(header.width);
    renderHeading(out, z.shift, till, header);
    renderTenders(out, z.figures);
    renderDrawer(out, z.figures);
    renderCount(out, z);
    return out.text();
}

} // namespace kassa::core
