#include "ReturnDesk.h"

#include "../store/Returns.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <algorithm>

namespace kassa::core {

namespace {

QJsonObject attributesOf(const Product& product) {
    return QJsonDocument::fromJson(product.attributesJson.toUtf8()).object();
}

} // namespace

ReturnDesk::ReturnDesk(TillDatabase& till, PaymentTerminal& terminal, Operator cashier, Clock clock)
    : m_till(till)
    , m_terminal(terminal)
    , m_cashier(std::move(cashier))
    , m_clock(std::move(clock))
    , m_policy(till.settings().returnPolicy()) {}

Result<void> ReturnDesk::requireOpen() const {
    if (!m_document && !m_withoutReceipt) {
        return makeError(ErrorCode::UnknownDocument, QString());
    }
    return {};
}

Result<void> ReturnDesk::requireTradingShift() {
    try {
        if (m_till.training().state().on) {
            // Refunds move real money and stock, and reach central: not practised.
            return makeError(ErrorCode::NotInTraining, QStringLiteral("A return"));
        }
        if (!m_till.shifts().current()) {
            return makeError(ErrorCode::ShiftNotOpen);
        }
    } catch (const StoreError& error) {
        return error.toError();
    }
    return {};
}

void fillFromTill(TillDatabase& till, ReturnableDocument& document) {
    const TaxTable taxes = till.settings().taxTable();
    Catalog catalog = till.catalog();
    for (ReturnableLine& line : document.lines) {
        if (line.productId == 0) {
            if (const auto product = catalog.bySku(line.sku)) {
                line.productId = product->id;
                line.unit = product->unit;
                if (line.name.isEmpty() || line.name == line.sku) {
                    line.name = product->name;
                }
            }
        }
        if (line.taxBasisPoints == 0) {
            if (const TaxRate* rate = taxes.rateOn(line.taxCode, document.soldAt.toLocalTime().date())) {
                line.taxBasisPoints = rate->basisPoints;
            }
        }
    }
}

std::optional<ReturnableDocument> findOnTill(TillDatabase& till, const QString& channel, const QString& number) {
    std::optional<ReturnableDocument> document;
    if (channel == QLatin1String(returnChannels::kWeb)) {
        document = till.webOrders().find(number);
    } else if (const std::optional<CompletedSale> sale = till.journal().byReceiptNumber(number)) {
        document = returnableOf(*sale);
    }
    if (document) {
        fillFromTill(till, *document);
    }
    return document;
}

Result<void> ReturnDesk::open(ReturnableDocument document) {
    if (Result<void> shift = requireTradingShift(); !shift) {
        return shift;
    }
    if (Result<void> window = checkReturnWindow(document, m_policy, m_clock()); !window) {
        return window;
    }
    try {
        // A pickup order of this store still waiting on its shelf has nothing to give back yet.
        if (document.channel == QLatin1String(returnChannels::kWeb)) {
            if (const std::optional<Pickup> pickup = m_till.pickups().find(document.number);
                pickup && pickup->isOpen()) {
                return makeError(ErrorCode::PickupNotCollected, pickup->order + QStringLiteral(" / ") + pickup->store);
            }
        }
        // Central counts the returns it has; this till adds those it has not sent yet. Read
        // offline, the document knows none of this till's returns.
        const auto here = m_till.returns().returnedHere(document.channel, document.number);
        for (ReturnableLine& line : document.lines) {
            const auto found = here.find(line.line);
            if (found != here.end()) {
                line.returnedMilli += document.source == DocumentSource::Central ? found->second.unconfirmedMilli
                                                                                 : found->second.allMilli;
            }
        }
        fillFromTill(m_till, document);
    } catch (const StoreError& error) {
        return error.toError();
    }
    m_document = std::move(document);
    m_withoutReceipt = false;
    m_lines.clear();
    m_approvals.clear();
    m_cardRefundsDone.clear();
    return {};
}

Result<void> ReturnDesk::openWithoutReceipt() {
    if (Result<void> shift = requireTradingShift(); !shift) {
        return shift;
    }
    if (!m_policy.withoutReceiptAllowed) {
        return makeError(ErrorCode::NoReceiptNotAllowed);
    }
    m_document.reset();
    m_withoutReceipt = true;
    m_lines.clear();
    m_approvals.clear();
    m_cardRefundsDone.clear();
    return {};
}

Result<void> ReturnDesk::checkReason(const QString& reason, const QString& what) const {
    if (!returnReasons().contains(reason)) {
        return makeError(ErrorCode::NoReasonGiven,
                         what + QLatin1Char('|') + returnReasons().join(QStringLiteral(", ")));
    }
    return {};
}

std::int64_t ReturnDesk::chosenOf(int originalLine) const {
    std::int64_t chosen = 0;
    for (const ReturnLine& line : m_lines) {
        if (line.originalLine == originalLine) {
            chosen += line.quantityMilli;
        }
    }
    return chosen;
}

int ReturnDesk::nextLineNo() const {
    return m_lines.empty() ? 1 : m_lines.back().lineNo + 1;
}

Result<int> ReturnDesk::addLine(int originalLine, std::optional<std::int64_t> quantityMilli, const QString& reason,
                                Disposition disposition) {
    if (!m_document) {
        return makeError(ErrorCode::UnknownDocument, QString());
    }
    const ReturnableLine* sold = m_document->line(originalLine);
    if (sold == nullptr) {
        return makeError(ErrorCode::NotOnDocument,
                         QCoreApplication::translate("kassa::core::ReturnDesk", "line %1 on %2")
                             .arg(originalLine)
                             .arg(m_document->number));
    }
    if (Result<void> why =
            checkReason(reason, QCoreApplication::translate("kassa::core::ReturnDesk", "line %1").arg(originalLine));
        !why) {
        return why.error();
    }
    const std::int64_t chosen = chosenOf(originalLine);
    const std::int64_t quantity = quantityMilli.value_or(sold->returnableMilli() - chosen);
    if (Result<void> enough = checkQuantity(*sold, chosen, quantity); !enough) {
        return enough.error();
    }
    try {
        const std::optional<Product> product = m_till.catalog().bySku(sold->sku);
        const QJsonObject attributes = product ? attributesOf(*product) : QJsonObject();
        if (Result<void> returnable = checkReturnable(m_policy, sold->sku, attributes); !returnable) {
            return returnable.error();
        }
    } catch (const StoreError& error) {
        return error.toError();
    }
    ReturnLine line;
    line.lineNo = nextLineNo();
    line.originalLine = originalLine;
    line.productId = sold->productId;
    line.sku = sold->sku;
    line.name = sold->name;
    line.taxCode = sold->taxCode;
    line.taxBasisPoints = sold->taxBasisPoints;
    line.unit = sold->unit;
    line.quantityMilli = quantity;
    line.unitPrice = sold->unitPrice;
    line.refund = refundForLine(*sold, sold->returnedMilli + chosen, quantity);
    line.reason = reason;
    line.disposition = disposition;
    m_lines.push_back(std::move(line));
    return m_lines.back().lineNo;
}

Result<int> ReturnDesk::addItem(const QString& code, std::optional<std::int64_t> quantityMilli, const QString& reason,
                                Disposition disposition) {
    if (!m_withoutReceipt) {
        return makeError(ErrorCode::UnknownDocument, QString());
    }
    if (Result<void> why = checkReason(reason, code.trimmed()); !why) {
        return why.error();
    }
    try {
        const std::optional<Product> product = m_till.catalog().byCode(code);
        if (!product) {
            return makeError(ErrorCode::UnknownProduct, code.trimmed());
        }
        if (Result<void> returnable = checkReturnable(m_policy, product->sku, attributesOf(*product)); !returnable) {
            return returnable.error();
        }
        const std::int64_t quantity = quantityMilli.value_or(kQuantityOne);
        if (quantity <= 0 || (product->unit == Unit::Pieces && quantity % kQuantityOne != 0)) {
            return makeError(ErrorCode::InvalidQuantity, formatQuantity(quantity, product->unit));
        }
        const auto window = m_policy.windowDays.find(QString::fromLatin1(returnChannels::kStore));
        const int days = window == m_policy.windowDays.end() ? 0 : window->second;
        const Money price =
            m_policy.withoutReceiptPrice == QLatin1String("current")
                ? product->price
                : m_till.catalog().lowestPriceSince(product->sku, m_clock().addDays(-days)).value_or(product->price);
        const TaxRate* rate = m_till.settings().taxTable().rateOn(product->taxCode, m_clock().date());
        ReturnLine line;
        line.lineNo = nextLineNo();
        line.productId = product->id;
        line.sku = product->sku;
        line.name = product->name;
        line.taxCode = product->taxCode;
        line.taxBasisPoints = rate != nullptr ? rate->basisPoints : 0;
        line.unit = product->unit;
        line.quantityMilli = quantity;
        line.unitPrice = price;
        line.refund = priceOf(price, quantity);
        line.reason = reason;
        line.disposition = disposition;
        m_lines.push_back(std::move(line));
        return m_lines.back().lineNo;
    } catch (const StoreError& error) {
        return error.toError();
    }
}

Result<void> ReturnDesk::removeLine(int lineNo) {
    const auto found = std::find_if(m_lines.begin(), m_lines.end(),
                                    [lineNo](const ReturnLine& line) { return line.lineNo == lineNo; });
    if (found == m_lines.end()) {
        return makeError(ErrorCode::NoSuchLine, QString::number(lineNo));
    }
    const int originalLine = found->originalLine;
    m_lines.erase(found);
    if (m_document) {
        // The later lines of the same sold line get the refund the removed one had.
        const ReturnableLine* sold = m_document->line(originalLine);
        std::int64_t already = sold != nullptr ? sold->returnedMilli : 0;
        for (ReturnLine& line : m_lines) {
            if (line.originalLine == originalLine && sold != nullptr) {
                line.refund = refundForLine(*sold, already, line.quantityMilli);
                already += line.quantityMilli;
            }
        }
    }
    return {};
}

std::map<int, std::int64_t> ReturnDesk::chosenQuantities() const {
    std::map<int, std::int64_t> chosen;
    for (const ReturnLine& line : m_lines) {
        chosen[line.originalLine] += line.quantityMilli;
    }
    return chosen;
}

Money ReturnDesk::total() const {
    Money sum;
    for (const ReturnLine& line : m_lines) {
        sum += line.refund;
    }
    return sum;
}

std::vector<ApprovalNeed> ReturnDesk::approvalsNeeded() {
    std::vector<ApprovalNeed> needs;
    const auto approved = [this](const char* kind) {
        return std::any_of(m_approvals.begin(), m_approvals.end(),
                           [kind](const Approval& approval) { return approval.kind == QLatin1String(kind); });
    };
    if (m_withoutReceipt && !approved("no_receipt")) {
        needs.push_back({QStringLiteral("no_receipt"),
                         QCoreApplication::translate("kassa::core::ReturnDesk", "a return without a receipt of %1")
                             .arg(total().formatForPeople())});
    }
    if (m_leaseId.isEmpty() && !approved("offline_limit")) {
        const Money today = m_till.returns().refundedOfflineOn(m_clock().toLocalTime().date());
        if (total() > m_policy.offlinePerReturn) {
            needs.push_back(
                {QStringLiteral("offline_limit"),
                 QCoreApplication::translate("kassa::core::ReturnDesk", "an offline refund of %1, above %2 per return")
                     .arg(total().formatForPeople(), m_policy.offlinePerReturn.formatForPeople())});
        } else if (today + total() > m_policy.offlinePerDay) {
            needs.push_back(
                {QStringLiteral("offline_limit"),
                 QCoreApplication::translate("kassa::core::ReturnDesk", "offline refunds of %1 today, above %2 per day")
                     .arg((today + total()).formatForPeople(), m_policy.offlinePerDay.formatForPeople())});
        }
    }
    return needs;
}

Result<void> ReturnDesk::approve(const QString& operatorId, QStringView pin) {
    try {
        const std::vector<ApprovalNeed> needs = approvalsNeeded();
        for (const ApprovalNeed& need : needs) {
            auto approval = m_till.operators().approve(operatorId, pin, Role::Manager, need.detail, m_clock());
            if (!approval) {
                return approval.error();
            }
            approval->kind = need.kind;
            m_approvals.push_back(std::move(approval).value());
        }
    } catch (const StoreError& error) {
        return error.toError();
    }
    return {};
}

Result<void> ReturnDesk::checkRefundRules(Money total) const {
    if (m_withoutReceipt && total > m_policy.withoutReceiptMaxRefund) {
        return makeError(ErrorCode::NoReceiptLimitExceeded, m_policy.withoutReceiptMaxRefund.formatForPeople());
    }
    return {};
}

Result<std::vector<Refund>> ReturnDesk::refundPlan(RefundMethod method) const {
    if (Result<void> rules = checkRefundRules(total()); !rules) {
        return rules.error();
    }
    const std::vector<OriginalTender> tenders = m_document ? m_document->tenders : std::vector<OriginalTender>{};
    const Money credit = std::clamp(m_exchangeFor, Money(), total());
    std::vector<Refund> plan;
    if (!credit.isZero()) {
        plan.push_back(Refund{QString::fromLatin1(refundKinds::kExchange), credit, {}, {}, {}});
    }
    if (const Money rest = total() - credit; !rest.isZero() || plan.empty()) {
        auto refunds = allocateRefund(rest, tenders, method, m_policy);
        if (!refunds) {
            return refunds.error();
        }
        plan.insert(plan.end(), refunds->begin(), refunds->end());
    }
    return plan;
}

Result<void> ReturnDesk::refundCards(RefundRun& run) {
    for (Refund& refund : run.refunds) {
        if (refund.kind != QLatin1String(refundKinds::kCard)) {
            continue;
        }
        if (const auto done = m_cardRefundsDone.find(refund.originalReference); done != m_cardRefundsDone.end()) {
            refund.card = done->second;
            continue;
        }
        auto answer = m_terminal.refund(refund.amount, refund.originalReference, run.reference);
        if (!answer) {
            return answer.error();
        }
        refund.card = answer.value();
        m_cardRefundsDone.emplace(refund.originalReference, refund.card);
    }
    return {};
}

CompletedReturn ReturnDesk::draft(const std::vector<Refund>& refunds, Money rounding) {
    CompletedReturn completed;
    completed.till = m_till.settings().identity();
    completed.operatorId = m_cashier.id;
    completed.operatorName = m_cashier.name;
    completed.completedAt = m_clock().toUTC();
    if (m_document) {
        completed.originalChannel = m_document->channel;
        completed.originalNumber = m_document->number;
        completed.originalStoreId = m_document->storeId;
        completed.originalDocumentId = m_document->documentId;
    } else {
        completed.originalChannel = QString::fromLatin1(returnChannels::kNone);
    }
    completed.leaseId = m_leaseId;
    completed.customerId = m_customerId;
    if (m_document && !m_document->documentId.isEmpty()) {
        if (const auto back = m_till.customers().takeBackFor(m_document->documentId, total().cents())) {
            completed.loyaltyTakenBack = back->second;
            if (completed.customerId.isEmpty()) {
                completed.customerId = back->first;
            }
        }
    }
    completed.lines = m_lines;
    completed.total = total();
    completed.rounding = rounding;
    completed.refunds = refunds;
    VatBreakdown vat;
    for (const ReturnLine& line : m_lines) {
        vat.add(line.taxCode, line.taxBasisPoints, line.refund);
    }
    completed.vat = vat.lines();
    completed.approvals = m_approvals;
    completed.signatureRequired = total() > m_policy.signatureAbove;
    return completed;
}

Result<ReturnDesk::RefundRun> ReturnDesk::prepare(RefundMethod method) {
    if (Result<void> open = requireOpen(); !open) {
        return open.error();
    }
    if (m_lines.empty()) {
        return makeError(ErrorCode::EmptyReturn);
    }
    if (Result<void> shift = requireTradingShift(); !shift) {
        return shift.error(); // closed (elsewhere) while the return was being taken
    }
    auto plan = refundPlan(method);
    if (!plan) {
        return plan.error();
    }
    RefundRun run{std::move(plan).value(), Money(), QString()};
    try {
        if (const std::vector<ApprovalNeed> needs = approvalsNeeded(); !needs.empty()) {
            return makeError(ErrorCode::ReturnApprovalRequired, needs.front().detail);
        }
        const TillIdentity till = m_till.settings().identity();
        run.reference = till.storeId + QLatin1Char('-') + till.tillId + QStringLiteral("-R") +
                        m_clock().toString(QStringLiteral("yyyyMMddHHmmsszzz"));
    } catch (const StoreError& error) {
        return error.toError();
    }
    for (const Refund& refund : run.refunds) {
        if (refund.kind == QLatin1String(refundKinds::kCash)) {
            run.rounding = roundForCash(refund.amount) - refund.amount;
        }
    }
    return run;
}

Result<CompletedReturn> ReturnDesk::record(const RefundRun& run) {
    try {
        auto committed = m_till.returns().commit(draft(run.refunds, run.rounding));
        if (!committed) {
            return committed.error();
        }
        m_document.reset();
        m_withoutReceipt = false;
        m_lines.clear();
        m_approvals.clear();
        m_cardRefundsDone.clear();
        m_leaseId.clear();
        m_customerId.clear();
        m_exchangeFor = Money();
        return committed;
    } catch (const StoreError& error) {
        return error.toError();
    }
}

Result<CompletedReturn> ReturnDesk::complete(RefundMethod method) {
    auto prepared = prepare(method);
    if (!prepared) {
        return prepared.error();
    }
    RefundRun run = std::move(prepared).value();
    if (Result<void> cards = refundCards(run); !cards) {
        return cards.error();
    }
    return record(run);
}

} // namespace kassa::core
