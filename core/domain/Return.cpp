#include "Return.h"

#include "Dates.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <map>

namespace kassa::core {

namespace {

qint64 cents(Money money) {
    return static_cast<qint64>(money.cents());
}

Money moneyAt(const QJsonObject& json, const char* key) {
    return Money(json.value(QLatin1String(key)).toInteger());
}

QString categoryName(const QString& category) {
    if (category == QLatin1String("cash")) {
        return QCoreApplication::translate("kassa::core::Return", "a cash payment");
    }
    if (category == QLatin1String("card")) {
        return QCoreApplication::translate("kassa::core::Return", "a card payment");
    }
    if (category == QLatin1String("online")) {
        return QCoreApplication::translate("kassa::core::Return", "an online payment");
    }
    return QCoreApplication::translate("kassa::core::Return", "store credit");
}

QString refundName(const QString& kind) {
    if (kind == QLatin1String(refundKinds::kCash)) {
        return QCoreApplication::translate("kassa::core::Return", "cash");
    }
    if (kind == QLatin1String(refundKinds::kCard)) {
        return QCoreApplication::translate("kassa::core::Return", "the card");
    }
    if (kind == QLatin1String(refundKinds::kOnline)) {
        return QCoreApplication::translate("kassa::core::Return", "the online payment");
    }
    return QCoreApplication::translate("kassa::core::Return", "store credit");
}

QString refundKindFor(const QString& category) {
    if (category == QLatin1String("online")) {
        return QString::fromLatin1(refundKinds::kOnline);
    }
    return category; // cash, card and store_credit go back as themselves
}

Result<void> requireAllowed(const ReturnPolicy& policy, const QString& category, const QString& refundKind) {
    const auto allowed = policy.refundTenders.find(category);
    if (allowed == policy.refundTenders.end() || !allowed->second.contains(refundKind)) {
        return makeError(ErrorCode::RefundTenderNotAllowed,
                         QCoreApplication::translate("kassa::core::Return", "%1 is not refunded to %2")
                             .arg(categoryName(category), refundName(refundKind)));
    }
    return {};
}

// Splits `total` over the weights, each share rounded down and the cents left over given to the
// largest remainders, so the shares add up to the total exactly.
std::vector<std::int64_t> splitProRata(std::int64_t total, const std::vector<std::int64_t>& weights) {
    // total * weight must fit 64 bits: weights of a till's sale are far below this bound, and
    // larger ones are scaled down, which moves a share by a fraction of a cent at most.
    constexpr std::int64_t kMaxWeightSum = 3'000'000'000;
    std::int64_t weightSum = 0;
    for (std::int64_t weight : weights) {
        weightSum += weight;
    }
    std::vector<std::int64_t> scaled = weights;
    if (weightSum > kMaxWeightSum) {
        const std::int64_t factor = weightSum / kMaxWeightSum + 1;
        weightSum = 0;
        for (std::int64_t& weight : scaled) {
            weight /= factor;
            weightSum += weight;
        }
    }
    std::vector<std::int64_t> shares(weights.size(), 0);
    if (weightSum <= 0 || total > kMaxWeightSum) {
        return shares;
    }
    std::vector<std::pair<std::int64_t, std::size_t>> remainders;
    std::int64_t given = 0;
    for (std::size_t i = 0; i < scaled.size(); ++i) {
        const std::int64_t product = total * scaled[i];
        shares[i] = product / weightSum;
        remainders.emplace_back(product % weightSum, i);
        given += shares[i];
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t i = 0; given < total && i < remainders.size(); ++i, ++given) {
        ++shares[remainders[i].second];
    }
    return shares;
}

QJsonObject lineToJson(const ReturnLine& line) {
    return {
        {QStringLiteral("line"), line.lineNo},
        {QStringLiteral("original_line"), line.originalLine},
        {QStringLiteral("product_id"), static_cast<qint64>(line.productId)},
        {QStringLiteral("sku"), line.sku},
        {QStringLiteral("name"), line.name},
        {QStringLiteral("tax_code"), line.taxCode},
        {QStringLiteral("tax_bp"), line.taxBasisPoints},
        {QStringLiteral("unit"), unitToString(line.unit)},
        {QStringLiteral("quantity_milli"), static_cast<qint64>(line.quantityMilli)},
        {QStringLiteral("unit_price"), cents(line.unitPrice)},
        {QStringLiteral("refund"), cents(line.refund)},
        {QStringLiteral("reason"), line.reason},
        {QStringLiteral("disposition"), dispositionToString(line.disposition)},
    };
}

QJsonObject refundToJson(const Refund& refund) {
    QJsonObject json{{QStringLiteral("kind"), refund.kind}, {QStringLiteral("amount"), cents(refund.amount)}};
    if (!refund.originalReference.isEmpty()) {
        json.insert(QStringLiteral("original_reference"), refund.originalReference);
    }
    if (refund.kind == QLatin1String(refundKinds::kCard)) {
        json.insert(QStringLiteral("masked_pan"), refund.card.maskedPan);
        json.insert(QStringLiteral("auth_code"), refund.card.authCode);
        json.insert(QStringLiteral("scheme"), refund.card.scheme);
    }
    if (!refund.voucherNumber.isEmpty()) {
        json.insert(QStringLiteral("voucher"), refund.voucherNumber);
    }
    if (!refund.voucherCheck.isEmpty()) {
        json.insert(QStringLiteral("voucher_check"), refund.voucherCheck);
    }
    return json;
}

Result<ReturnLine> lineFromJson(const QJsonObject& l) {
    ReturnLine line;
    line.lineNo = l.value(QStringLiteral("line")).toInt();
    line.originalLine = l.value(QStringLiteral("original_line")).toInt();
    line.productId = l.value(QStringLiteral("product_id")).toInteger();
    line.sku = l.value(QStringLiteral("sku")).toString();
    line.name = l.value(QStringLiteral("name")).toString();
    line.taxCode = l.value(QStringLiteral("tax_code")).toString();
    line.taxBasisPoints = l.value(QStringLiteral("tax_bp")).toInt();
    line.quantityMilli = l.value(QStringLiteral("quantity_milli")).toInteger();
    line.unitPrice = moneyAt(l, "unit_price");
    line.refund = moneyAt(l, "refund");
    line.reason = l.value(QStringLiteral("reason")).toString();
    if (!unitFromString(l.value(QStringLiteral("unit")).toString(), &line.unit) ||
        !dispositionFromString(l.value(QStringLiteral("disposition")).toString(), &line.disposition) ||
        line.sku.isEmpty() || line.quantityMilli <= 0 || line.refund.isNegative() || line.originalLine < 0) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("line %1").arg(line.lineNo));
    }
    return line;
}

bool knownRefundKind(const QString& kind) {
    return kind == QLatin1String(refundKinds::kCash) || kind == QLatin1String(refundKinds::kCard) ||
           kind == QLatin1String(refundKinds::kOnline) || kind == QLatin1String(refundKinds::kStoreCredit) ||
           kind == QLatin1String(refundKinds::kExchange);
}

} // namespace

QString dispositionToString(Disposition disposition) {
    return disposition == Disposition::Sellable ? QStringLiteral("sellable") : QStringLiteral("damaged");
}

bool dispositionFromString(QStringView text, Disposition* disposition) {
    if (text == QLatin1String("sellable")) {
        *disposition = Disposition::Sellable;
        return true;
    }
    if (text == QLatin1String("damaged")) {
        *disposition = Disposition::Damaged;
        return true;
    }
    return false;
}

const QStringList& returnReasons() {
    static const QStringList reasons{QStringLiteral("changed_mind"),
                                     QStringLiteral("wrong_size"),
                                     QStringLiteral("defective"),
                                     QStringLiteral("damaged_in_transit"),
                                     QStringLiteral("not_as_described"),
                                     QStringLiteral("wrong_item"),
                                     QStringLiteral("other")};
    return reasons;
}

QString returnReasonText(const QString& reason) {
    static const std::map<QString, const char*> texts{
        {QStringLiteral("changed_mind"), QT_TRANSLATE_NOOP("kassa::core::Receipt", "changed mind")},
        {QStringLiteral("wrong_size"), QT_TRANSLATE_NOOP("kassa::core::Receipt", "wrong size")},
        {QStringLiteral("defective"), QT_TRANSLATE_NOOP("kassa::core::Receipt", "defective")},
        {QStringLiteral("damaged_in_transit"), QT_TRANSLATE_NOOP("kassa::core::Receipt", "damaged in transit")},
        {QStringLiteral("not_as_described"), QT_TRANSLATE_NOOP("kassa::core::Receipt", "not as described")},
        {QStringLiteral("wrong_item"), QT_TRANSLATE_NOOP("kassa::core::Receipt", "wrong item")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("kassa::core::Receipt", "other")}};
    const auto found = texts.find(reason);
    return found == texts.end() ? reason : QCoreApplication::translate("kassa::core::Receipt", found->second);
}

const ReturnableLine* ReturnableDocument::line(int number) const {
    for (const ReturnableLine& candidate : lines) {
        if (candidate.line == number) {
            return &candidate;
        }
    }
    return nullptr;
}

bool looksLikeReceiptNumber(const QString& text) {
    static const QRegularExpression receipt(QStringLiteral("^\\d{3}-\\d{2}-\\d{6,}$"));
    return receipt.match(text).hasMatch();
}

QString refundCategory(const QString& tenderKind) {
    if (tenderKind.startsWith(QLatin1String("online"))) {
        return QStringLiteral("online");
    }
    if (tenderKind == QLatin1String("card") || tenderKind == QLatin1String("store_credit")) {
        return tenderKind;
    }
    // Points never turn into cash: what they paid comes back as store credit.
    if (tenderKind == QLatin1String("loyalty_points")) {
        return QStringLiteral("store_credit");
    }
    return QStringLiteral("cash");
}

ReturnableDocument returnableOf(const CompletedSale& sale) {
    ReturnableDocument document;
    document.channel = QString::fromLatin1(returnChannels::kStore);
    document.number = sale.receiptNumber;
    document.storeId = sale.till.storeId;
    document.documentId = sale.documentId;
    document.soldAt = sale.completedAt.toUTC();
    document.source = DocumentSource::Journal;
    for (const SaleLine& line : sale.lines) {
        if (line.voided) {
            continue;
        }
        document.lines.push_back(ReturnableLine{line.lineNo, line.productId, line.sku, line.name, line.taxCode,
                                                line.taxBasisPoints, line.unit, line.quantityMilli, 0, line.unitPrice,
                                                line.net()});
    }
    for (const Tender& tender : sale.tenders) {
        document.tenders.push_back(OriginalTender{tenderKindToString(tender.kind), tender.amount, tender.card.authCode,
                                                  tender.card.maskedPan});
    }
    return document;
}

bool refundMethodFromString(QStringView text, RefundMethod* method) {
    if (text == QLatin1String("original")) {
        *method = RefundMethod::Original;
    } else if (text == QLatin1String("cash")) {
        *method = RefundMethod::Cash;
    } else if (text == QLatin1String("store-credit")) {
        *method = RefundMethod::StoreCredit;
    } else {
        return false;
    }
    return true;
}

QString formatVoucherNumber(const TillIdentity& till, std::int64_t number) {
    return QStringLiteral("SC-%1-%2-%3").arg(till.storeId, till.tillId).arg(number, 6, 10, QLatin1Char('0'));
}

Money refundForLine(const ReturnableLine& line, std::int64_t alreadyMilli, std::int64_t quantityMilli) {
    if (line.quantityMilli <= 0) {
        return Money();
    }
    const auto share = [&line](std::int64_t milli) {
        const std::int64_t capped = std::clamp<std::int64_t>(milli, 0, line.quantityMilli);
        return divideRoundHalfUp(line.net.cents() * capped, line.quantityMilli);
    };
    return Money(share(alreadyMilli + quantityMilli) - share(alreadyMilli));
}

Result<void> checkReturnWindow(const ReturnableDocument& document, const ReturnPolicy& policy, const QDateTime& now) {
    const auto window = policy.windowDays.find(document.channel);
    const int days = window == policy.windowDays.end() ? 0 : window->second;
    const qint64 age = document.soldAt.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (age > days) {
        return makeError(ErrorCode::ReturnWindowClosed,
                         QCoreApplication::translate("kassa::core::Return",
                                                     "%1 is from %2, %3 days ago, and goods come back within %4 days")
                             .arg(document.number, formatDate(document.soldAt.toLocalTime().date()))
                             .arg(age)
                             .arg(days));
    }
    return {};
}

Result<void> checkReturnable(const ReturnPolicy& policy, const QString& sku, const QJsonObject& attributes) {
    if (policy.notReturnableSkus.contains(sku)) {
        return makeError(ErrorCode::NotReturnable, sku);
    }
    for (const auto& [attribute, values] : policy.notReturnableValues) {
        const QString value = attributes.value(attribute).toVariant().toString();
        if (!value.isEmpty() && values.contains(value, Qt::CaseInsensitive)) {
            return makeError(ErrorCode::NotReturnable, QStringLiteral("%1 (%2 %3)").arg(sku, attribute, value));
        }
    }
    return {};
}

Result<void> checkQuantity(const ReturnableLine& line, std::int64_t chosenMilli, std::int64_t quantityMilli) {
    const QString name = QCoreApplication::translate("kassa::core::Return", "line %1 (%2)")
                             .arg(line.line)
                             .arg(line.name.isEmpty() ? line.sku : line.name);
    const std::int64_t left = line.returnableMilli() - chosenMilli;
    if (line.returnableMilli() <= 0) {
        return makeError(ErrorCode::AlreadyReturned, name);
    }
    if (left <= 0) { // not returned before: all that is left is in this return already
        return makeError(ErrorCode::AlreadyInThisReturn, name);
    }
    if (quantityMilli <= 0) {
        return makeError(ErrorCode::InvalidQuantity, formatQuantity(quantityMilli, line.unit));
    }
    if (quantityMilli > left) {
        return makeError(ErrorCode::ExceedsReturnable,
                         QCoreApplication::translate("kassa::core::Return",
                                                     "%1: %2 asked, %3 more can come back (%4 sold, %5 returned "
                                                     "before, %6 in this return)")
                             .arg(name, formatQuantity(quantityMilli, line.unit), formatQuantity(left, line.unit),
                                  formatQuantity(line.quantityMilli, line.unit),
                                  formatQuantity(line.returnedMilli, line.unit),
                                  formatQuantity(chosenMilli, line.unit)));
    }
    return {};
}

Result<std::vector<Refund>> allocateRefund(Money total, const std::vector<OriginalTender>& tenders, RefundMethod method,
                                           const ReturnPolicy& policy) {
    if (method != RefundMethod::Original) {
        const QString kind =
            QString::fromLatin1(method == RefundMethod::Cash ? refundKinds::kCash : refundKinds::kStoreCredit);
        for (const OriginalTender& tender : tenders) {
            if (Result<void> allowed = requireAllowed(policy, refundCategory(tender.kind), kind); !allowed) {
                return allowed.error();
            }
        }
        return std::vector<Refund>{Refund{kind, total, {}, {}, {}}};
    }
    if (tenders.empty()) {
        return makeError(ErrorCode::RefundTenderNotAllowed,
                         QCoreApplication::translate(
                             "kassa::core::Return",
                             "a return without a receipt has no original payment; refund in cash or store credit"));
    }
    std::vector<std::int64_t> weights;
    for (const OriginalTender& tender : tenders) {
        const QString category = refundCategory(tender.kind);
        if (Result<void> allowed = requireAllowed(policy, category, refundKindFor(category)); !allowed) {
            return allowed.error();
        }
        weights.push_back(std::max<std::int64_t>(0, tender.amount.cents()));
    }
    const std::vector<std::int64_t> shares = splitProRata(total.cents(), weights);
    std::vector<Refund> refunds;
    for (std::size_t i = 0; i < tenders.size(); ++i) {
        if (shares[i] == 0) {
            continue;
        }
        const QString kind = refundKindFor(refundCategory(tenders[i].kind));
        const QString reference = kind == QLatin1String(refundKinds::kCard)     ? tenders[i].authCode
                                  : kind == QLatin1String(refundKinds::kOnline) ? tenders[i].kind
                                                                                : QString();
        // Cash goes back in one amount, however many cash tenders the sale had.
        auto same = std::find_if(refunds.begin(), refunds.end(), [&](const Refund& refund) {
            return refund.kind == kind && kind == QLatin1String(refundKinds::kCash);
        });
        if (same != refunds.end()) {
            same->amount += Money(shares[i]);
        } else {
            refunds.push_back(Refund{kind, Money(shares[i]), reference, {}, {}});
        }
    }
    return refunds;
}

QJsonObject returnToJson(const CompletedReturn& completed) {
    QJsonArray lines;
    for (const ReturnLine& line : completed.lines) {
        lines.append(lineToJson(line));
    }
    QJsonArray refunds;
    for (const Refund& refund : completed.refunds) {
        refunds.append(refundToJson(refund));
    }
    QJsonObject json{
        {QStringLiteral("schema_version"), kReturnSchemaVersion},
        {QStringLiteral("original"), QJsonObject{{QStringLiteral("channel"), completed.originalChannel},
                                                 {QStringLiteral("number"), completed.originalNumber},
                                                 {QStringLiteral("store_id"), completed.originalStoreId},
                                                 {QStringLiteral("document_id"), completed.originalDocumentId}}},
        {QStringLiteral("lease"), completed.leaseId},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("total"), cents(completed.total)},
        {QStringLiteral("rounding"), cents(completed.rounding)},
        {QStringLiteral("refunds"), refunds},
        {QStringLiteral("vat"), vatToJson(completed.vat)},
        {QStringLiteral("approvals"), approvalsToJson(completed.approvals)},
        {QStringLiteral("signature_required"), completed.signatureRequired},
    };
    if (completed.loyaltyTakenBack > 0) {
        json.insert(QStringLiteral("loyalty_taken_back"), static_cast<qint64>(completed.loyaltyTakenBack));
    }
    writeReceiptHeader(json, completed);
    return json;
}

Result<CompletedReturn> returnFromJson(const QJsonObject& json) {
    if (json.value(QStringLiteral("schema_version")).toInt() != kReturnSchemaVersion) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("schema_version"));
    }
    CompletedReturn completed;
    readReceiptHeader(json, completed);
    const QJsonObject original = json.value(QStringLiteral("original")).toObject();
    completed.originalChannel = original.value(QStringLiteral("channel")).toString();
    completed.originalNumber = original.value(QStringLiteral("number")).toString();
    completed.originalStoreId = original.value(QStringLiteral("store_id")).toString();
    completed.originalDocumentId = original.value(QStringLiteral("document_id")).toString();
    completed.leaseId = json.value(QStringLiteral("lease")).toString();
    completed.loyaltyTakenBack = json.value(QStringLiteral("loyalty_taken_back")).toInteger();
    const bool knownChannel = completed.originalChannel == QLatin1String(returnChannels::kStore) ||
                              completed.originalChannel == QLatin1String(returnChannels::kWeb) ||
                              completed.originalChannel == QLatin1String(returnChannels::kNone);
    if (!knownChannel ||
        (completed.originalChannel != QLatin1String(returnChannels::kNone) && completed.originalNumber.isEmpty())) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("original"));
    }
    Money linesTotal;
    for (const QJsonValue& value : json.value(QStringLiteral("lines")).toArray()) {
        auto line = lineFromJson(value.toObject());
        if (!line) {
            return line.error();
        }
        linesTotal += line->refund;
        completed.lines.push_back(std::move(line).value());
    }
    completed.total = moneyAt(json, "total");
    completed.rounding = moneyAt(json, "rounding");
    Money refunded;
    for (const QJsonValue& value : json.value(QStringLiteral("refunds")).toArray()) {
        const QJsonObject r = value.toObject();
        Refund refund{r.value(QStringLiteral("kind")).toString(),
                      moneyAt(r, "amount"),
                      r.value(QStringLiteral("original_reference")).toString(),
                      CardAuthorization{r.value(QStringLiteral("masked_pan")).toString(),
                                        r.value(QStringLiteral("auth_code")).toString(),
                                        r.value(QStringLiteral("scheme")).toString()},
                      r.value(QStringLiteral("voucher")).toString(),
                      r.value(QStringLiteral("voucher_check")).toString()};
        if (!knownRefundKind(refund.kind) || refund.amount.isNegative()) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("refunds"));
        }
        refunded += refund.amount;
        completed.refunds.push_back(std::move(refund));
    }
    if (completed.lines.empty()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("lines"));
    }
    if (linesTotal != completed.total || refunded != completed.total) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("totals"));
    }
    completed.vat = vatFromJson(json.value(QStringLiteral("vat")).toArray());
    completed.approvals = approvalsFromJson(json.value(QStringLiteral("approvals")).toArray());
    completed.signatureRequired = json.value(QStringLiteral("signature_required")).toBool();
    return completed;
}

QByteArray canonicalBytes(const CompletedReturn& completed) {
    return QJsonDocument(returnToJson(completed)).toJson(QJsonDocument::Compact);
}

} // namespace kassa::core
