#include "Sale.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace kassa::core {

namespace {

qint64 cents(Money money) {
    return static_cast<qint64>(money.cents());
}

QJsonObject lineToJson(const SaleLine& line) {
    return {
        {QStringLiteral("line"), line.lineNo},
        {QStringLiteral("product_id"), static_cast<qint64>(line.productId)},
        {QStringLiteral("sku"), line.sku},
        {QStringLiteral("code"), line.code},
        {QStringLiteral("name"), line.name},
        {QStringLiteral("tax_code"), line.taxCode},
        {QStringLiteral("tax_bp"), line.taxBasisPoints},
        {QStringLiteral("unit"), unitToString(line.unit)},
        {QStringLiteral("quantity_milli"), static_cast<qint64>(line.quantityMilli)},
        {QStringLiteral("unit_price"), cents(line.unitPrice)},
        {QStringLiteral("gross"), cents(line.gross)},
        {QStringLiteral("line_discount"), cents(line.lineDiscount)},
        {QStringLiteral("basket_discount"), cents(line.basketDiscountShare)},
        {QStringLiteral("net"), cents(line.net())},
        {QStringLiteral("voided"), line.voided},
    };
}

QJsonObject tenderToJson(const Tender& tender) {
    QJsonObject json{
        {QStringLiteral("kind"), tenderKindToString(tender.kind)},
        {QStringLiteral("amount"), cents(tender.amount)},
        {QStringLiteral("given"), cents(tender.given)},
        {QStringLiteral("change"), cents(tender.change)},
    };
    if (tender.kind == Tender::Kind::Card) {
        json.insert(QStringLiteral("masked_pan"), tender.card.maskedPan);
        json.insert(QStringLiteral("auth_code"), tender.card.authCode);
        json.insert(QStringLiteral("scheme"), tender.card.scheme);
    }
    if (tender.kind == Tender::Kind::Voucher) {
        json.insert(QStringLiteral("voucher"), tender.voucher);
        json.insert(QStringLiteral("decided_offline"), tender.decidedOffline);
    }
    if (tender.kind == Tender::Kind::LoyaltyPoints) {
        json.insert(QStringLiteral("points"), static_cast<qint64>(tender.points));
    }
    return json;
}

Money moneyAt(const QJsonObject& json, const char* key) {
    return Money(json.value(QLatin1String(key)).toInteger());
}

} // namespace

QJsonArray vatToJson(const std::vector<VatLine>& vat) {
    QJsonArray array;
    for (const VatLine& line : vat) {
        array.append(QJsonObject{{QStringLiteral("tax_code"), line.code},
                                 {QStringLiteral("rate_bp"), line.basisPoints},
                                 {QStringLiteral("gross"), cents(line.gross)},
                                 {QStringLiteral("net"), cents(line.net)},
                                 {QStringLiteral("vat"), cents(line.vat)}});
    }
    return array;
}

std::vector<VatLine> vatFromJson(const QJsonArray& array) {
    std::vector<VatLine> vat;
    for (const QJsonValue& value : array) {
        const QJsonObject v = value.toObject();
        vat.push_back(VatLine{v.value(QStringLiteral("tax_code")).toString(),
                              v.value(QStringLiteral("rate_bp")).toInt(), moneyAt(v, "gross"), moneyAt(v, "net"),
                              moneyAt(v, "vat")});
    }
    return vat;
}

QJsonArray approvalsToJson(const std::vector<Approval>& approvals) {
    QJsonArray array;
    for (const Approval& approval : approvals) {
        array.append(QJsonObject{{QStringLiteral("kind"), approval.kind},
                                 {QStringLiteral("approver"), approval.approverId},
                                 {QStringLiteral("detail"), approval.detail}});
    }
    return array;
}

std::vector<Approval> approvalsFromJson(const QJsonArray& array) {
    std::vector<Approval> approvals;
    for (const QJsonValue& value : array) {
        const QJsonObject a = value.toObject();
        approvals.push_back(Approval{a.value(QStringLiteral("kind")).toString(),
                                     a.value(QStringLiteral("approver")).toString(),
                                     a.value(QStringLiteral("detail")).toString()});
    }
    return approvals;
}

Money CompletedSale::discountTotal() const {
    Money sum = basketDiscount;
    for (const SaleLine& line : lines) {
        if (!line.voided) {
            sum += line.lineDiscount;
        }
    }
    return sum;
}

CompletedSale buildSale(const Basket& basket, const Payment& payment, const TillIdentity& till,
                        const QString& operatorId, const QString& operatorName, const QDateTime& at) {
    CompletedSale sale;
    sale.till = till;
    sale.operatorId = operatorId;
    sale.operatorName = operatorName;
    sale.completedAt = at.toUTC();
    const std::vector<Money> shares = basket.basketDiscountShares();
    for (std::size_t i = 0; i < basket.lines().size(); ++i) {
        const BasketLine& b = basket.lines()[i];
        SaleLine line;
        line.lineNo = b.lineNo;
        line.productId = b.product.id;
        line.sku = b.product.sku;
        line.code = b.code;
        line.name = b.product.name;
        line.taxCode = b.product.taxCode;
        line.taxBasisPoints = b.taxBasisPoints;
        line.unit = b.product.unit;
        line.quantityMilli = b.quantityMilli;
        line.unitPrice = b.unitPrice;
        line.gross = b.gross();
        line.lineDiscount = b.voided ? Money() : b.lineDiscount();
        line.basketDiscountShare = shares[i];
        line.voided = b.voided;
        sale.lines.push_back(std::move(line));
    }
    sale.subtotal = basket.subtotal();
    sale.basketDiscount = basket.basketDiscountAmount();
    sale.total = basket.total();
    sale.rounding = payment.rounding();
    sale.change = payment.change();
    sale.tenders = payment.tenders();
    sale.vat = basket.vatBreakdown().lines();
    sale.approvals = basket.approvals();
    sale.customerId = basket.customerId();
    return sale;
}

QString formatReceiptNumber(const TillIdentity& till, std::int64_t number) {
    return QStringLiteral("%1-%2-%3").arg(till.storeId, till.tillId).arg(number, 6, 10, QLatin1Char('0'));
}

QJsonObject saleToJson(const CompletedSale& sale) {
    QJsonArray lines;
    for (const SaleLine& line : sale.lines) {
        lines.append(lineToJson(line));
    }
    QJsonArray tenders;
    for (const Tender& tender : sale.tenders) {
        tenders.append(tenderToJson(tender));
    }
    QJsonObject json{
        {QStringLiteral("schema_version"), kSaleSchemaVersion},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("subtotal"), cents(sale.subtotal)},
        {QStringLiteral("basket_discount"), cents(sale.basketDiscount)},
        {QStringLiteral("total"), cents(sale.total)},
        {QStringLiteral("rounding"), cents(sale.rounding)},
        {QStringLiteral("change"), cents(sale.change)},
        {QStringLiteral("tenders"), tenders},
        {QStringLiteral("vat"), vatToJson(sale.vat)},
        {QStringLiteral("approvals"), approvalsToJson(sale.approvals)},
    };
    if (sale.loyalty) {
        json.insert(QStringLiteral("loyalty"),
                    QJsonObject{{QStringLiteral("card"), sale.loyalty->card},
                                {QStringLiteral("earned"), static_cast<qint64>(sale.loyalty->earned)},
                                {QStringLiteral("redeemed"), static_cast<qint64>(sale.loyalty->redeemed)},
                                {QStringLiteral("balance_after"), static_cast<qint64>(sale.loyalty->balanceAfter)},
                                {QStringLiteral("basis"), cents(sale.loyalty->basis)}});
    }
    if (sale.training) {
        json.insert(QStringLiteral("training"), true); // absent for real sales: their bytes stay as they were
    }
    if (!sale.pickupOrder.isEmpty()) {
        json.insert(QStringLiteral("pickup_order"), sale.pickupOrder); // absent for other sales, likewise
    }
    writeReceiptHeader(json, sale);
    return json;
}

Result<CompletedSale> saleFromJson(const QJsonObject& json) {
    if (json.value(QStringLiteral("schema_version")).toInt() != kSaleSchemaVersion) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("schema_version"));
    }
    CompletedSale sale;
    readReceiptHeader(json, sale);
    for (const QJsonValue& value : json.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = value.toObject();
        SaleLine line;
        line.lineNo = l.value(QStringLiteral("line")).toInt();
        line.productId = l.value(QStringLiteral("product_id")).toInteger();
        line.sku = l.value(QStringLiteral("sku")).toString();
        line.code = l.value(QStringLiteral("code")).toString();
        line.name = l.value(QStringLiteral("name")).toString();
        line.taxCode = l.value(QStringLiteral("tax_code")).toString();
        line.taxBasisPoints = l.value(QStringLiteral("tax_bp")).toInt();
        if (!unitFromString(l.value(QStringLiteral("unit")).toString(), &line.unit)) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("unit"));
        }
        line.quantityMilli = l.value(QStringLiteral("quantity_milli")).toInteger();
        line.unitPrice = moneyAt(l, "unit_price");
        line.gross = moneyAt(l, "gross");
        line.lineDiscount = moneyAt(l, "line_discount");
        line.basketDiscountShare = moneyAt(l, "basket_discount");
        line.voided = l.value(QStringLiteral("voided")).toBool();
        sale.lines.push_back(std::move(line));
    }
    sale.subtotal = moneyAt(json, "subtotal");
    sale.basketDiscount = moneyAt(json, "basket_discount");
    sale.total = moneyAt(json, "total");
    sale.rounding = moneyAt(json, "rounding");
    sale.change = moneyAt(json, "change");
    for (const QJsonValue& value : json.value(QStringLiteral("tenders")).toArray()) {
        const QJsonObject t = value.toObject();
        Tender tender;
        tender.kind = tenderKindFromString(t.value(QStringLiteral("kind")).toString());
        tender.amount = moneyAt(t, "amount");
        tender.given = moneyAt(t, "given");
        tender.change = moneyAt(t, "change");
        tender.card.maskedPan = t.value(QStringLiteral("masked_pan")).toString();
        tender.card.authCode = t.value(QStringLiteral("auth_code")).toString();
        tender.card.scheme = t.value(QStringLiteral("scheme")).toString();
        tender.voucher = t.value(QStringLiteral("voucher")).toString();
        tender.decidedOffline = t.value(QStringLiteral("decided_offline")).toBool();
        tender.points = t.value(QStringLiteral("points")).toInteger();
        sale.tenders.push_back(std::move(tender));
    }
    sale.vat = vatFromJson(json.value(QStringLiteral("vat")).toArray());
    sale.approvals = approvalsFromJson(json.value(QStringLiteral("approvals")).toArray());
    sale.training = json.value(QStringLiteral("training")).toBool();
    sale.pickupOrder = json.value(QStringLiteral("pickup_order")).toString();
    if (json.contains(QStringLiteral("loyalty"))) {
        const QJsonObject loyalty = json.value(QStringLiteral("loyalty")).toObject();
        sale.loyalty = SaleLoyalty{
            loyalty.value(QStringLiteral("card")).toString(), loyalty.value(QStringLiteral("earned")).toInteger(),
            loyalty.value(QStringLiteral("redeemed")).toInteger(),
            loyalty.value(QStringLiteral("balance_after")).toInteger(), moneyAt(loyalty, "basis")};
    }
    return sale;
}

QByteArray canonicalBytes(const CompletedSale& sale) {
    // QJsonObject keeps keys sorted, and Compact adds no whitespace: the bytes are canonical.
    return QJsonDocument(saleToJson(sale)).toJson(QJsonDocument::Compact);
}

QString chainHash(const QString& previousHash, const QByteArray& canonical) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash.toLatin1());
    hash.addData(QByteArrayView("\n"));
    hash.addData(canonical);
    return QString::fromLatin1(hash.result().toHex());
}

QString makeUuidV7(const QDateTime& at) {
    const quint64 millis = static_cast<quint64>(at.toMSecsSinceEpoch());
    quint8 bytes[16];
    for (int i = 0; i < 6; ++i) {
        bytes[i] = static_cast<quint8>(millis >> (8 * (5 - i)));
    }
    QRandomGenerator* random = QRandomGenerator::system();
    for (int i = 6; i < 16; ++i) {
        bytes[i] = static_cast<quint8>(random->bounded(256));
    }
    bytes[6] = static_cast<quint8>(0x70 | (bytes[6] & 0x0F)); // version 7
    bytes[8] = static_cast<quint8>(0x80 | (bytes[8] & 0x3F)); // RFC 9562 variant
    const QByteArray hex = QByteArray(reinterpret_cast<const char*>(bytes), 16).toHex();
    return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-' +
                               hex.mid(20));
}

} // namespace kassa::core
