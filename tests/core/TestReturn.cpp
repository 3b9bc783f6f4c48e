#include "core/domain/Return.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kassa::core;

namespace {

ReturnableLine line(int number, std::int64_t quantityMilli, std::int64_t netCents) {
    ReturnableLine sold;
    sold.line = number;
    sold.sku = QStringLiteral("SKU-%1").arg(number);
    sold.name = QStringLiteral("Item %1").arg(number);
    sold.taxCode = QStringLiteral("A");
    sold.taxBasisPoints = 2550;
    sold.quantityMilli = quantityMilli;
    sold.unitPrice = Money(netCents * kQuantityOne / quantityMilli);
    sold.net = Money(netCents);
    return sold;
}

ReturnableDocument receiptSoldOn(const QDateTime& at) {
    ReturnableDocument document;
    document.channel = QString::fromLatin1(returnChannels::kStore);
    document.number = QStringLiteral("002-01-000042");
    document.storeId = QStringLiteral("002");
    document.soldAt = at;
    document.lines = {line(1, 3000, 1000)};
    return document;
}

CompletedReturn sampleReturn() {
    CompletedReturn completed;
    completed.documentId = QStringLiteral("0190a0b0-0000-7000-8000-000000000001");
    completed.number = 43;
    completed.receiptNumber = QStringLiteral("001-01-000043");
    completed.till = TillIdentity{QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("Test"),
                                  QStringLiteral("device-1"), 1};
    completed.operatorId = QStringLiteral("1001");
    completed.operatorName = QStringLiteral("Maija");
    completed.completedAt = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
    completed.originalChannel = QString::fromLatin1(returnChannels::kWeb);
    completed.originalNumber = QStringLiteral("W100234");
    ReturnLine returned;
    returned.lineNo = 1;
    returned.originalLine = 2;
    returned.sku = QStringLiteral("100234");
    returned.name = QStringLiteral("Villasukat");
    returned.taxCode = QStringLiteral("A");
    returned.taxBasisPoints = 2550;
    returned.quantityMilli = 1000;
    returned.unitPrice = Money(1990);
    returned.refund = Money(1990);
    returned.reason = QStringLiteral("wrong_size");
    returned.disposition = Disposition::Damaged;
    completed.lines = {returned};
    completed.total = Money(1990);
    completed.refunds = {Refund{QStringLiteral("online"), Money(1990), QStringLiteral("online:card"), {}, {}}};
    return completed;
}

} // namespace

class TestReturn : public QObject {
    Q_OBJECT

    const QDateTime m_now{QDate(2026, 11, 30), QTime(12, 0), Qt::UTC};

private Q_SLOTS:
    void partsOfALineRefundExactlyWhatItCost() {
        // 3 pieces for 10.00: 3.33 + 3.34 + 3.33, never 3 x 3.33 or 3 x 3.34.
        const ReturnableLine sold = line(1, 3000, 1000);
        const Money first = refundForLine(sold, 0, 1000);
        const Money second = refundForLine(sold, 1000, 1000);
        const Money third = refundForLine(sold, 2000, 1000);
        // Each piece its share (a sum alone would pass 10.00 + 0 + 0).
        QCOMPARE(first.cents(), 333);
        QCOMPARE(second.cents(), 334);
        QCOMPARE(third.cents(), 333);
        QCOMPARE((first + second + third).cents(), 1000);
        QCOMPARE(refundForLine(sold, 0, 3000).cents(), 1000);
        QCOMPARE(refundForLine(sold, 1000, 2000).cents(), (second + third).cents());
        // Nothing beyond what was sold.
        QCOMPARE(refundForLine(sold, 3000, 1000).cents(), 0);
    }

    void windowIsCountedInDaysPerChannel() {
        const ReturnPolicy policy = defaultReturnPolicy(); // 30 days
        QVERIFY(checkReturnWindow(receiptSoldOn(m_now.addDays(-30)), policy, m_now).ok());
        const auto late = checkReturnWindow(receiptSoldOn(m_now.addDays(-31)), policy, m_now);
        QVERIFY(!late.ok());
        QCOMPARE(late.error().code, ErrorCode::ReturnWindowClosed);
        QVERIFY(late.error().detail.contains(QStringLiteral("31")));
        ReturnPolicy shortWeb = policy;
        shortWeb.windowDays[QStringLiteral("web")] = 14;
        ReturnableDocument order = receiptSoldOn(m_now.addDays(-20));
        order.channel = QString::fromLatin1(returnChannels::kWeb);
        QCOMPARE(checkReturnWindow(order, shortWeb, m_now).error().code, ErrorCode::ReturnWindowClosed);
        QVERIFY(checkReturnWindow(receiptSoldOn(m_now.addDays(-20)), shortWeb, m_now).ok());
    }

    void itemsThatNeverComeBackBySkuOrAttribute() {
        ReturnPolicy policy = defaultReturnPolicy();
        policy.notReturnableSkus = {QStringLiteral("GIFT-50")};
        policy.notReturnableValues[QStringLiteral("department")] = {QStringLiteral("alko")};
        QCOMPARE(checkReturnable(policy, QStringLiteral("GIFT-50"), {}).error().code, ErrorCode::NotReturnable);
        const auto wine = checkReturnable(policy, QStringLiteral("W-1"),
                                          QJsonObject{{QStringLiteral("department"), QStringLiteral("Alko")}});
        QCOMPARE(wine.error().code, ErrorCode::NotReturnable);
        QVERIFY(wine.error().detail.contains(QStringLiteral("department")));
        QVERIFY(checkReturnable(policy, QStringLiteral("W-2"),
                                QJsonObject{{QStringLiteral("department"), QStringLiteral("kirjat")}})
                    .ok());
    }

    void quantitiesAboveWhatCanComeBackAreRefused() {
        ReturnableLine sold = line(1, 3000, 1000);
        sold.returnedMilli = 2000;
        QVERIFY(checkQuantity(sold, 0, 1000).ok());
        const auto tooMany = checkQuantity(sold, 0, 2000);
        QCOMPARE(tooMany.error().code, ErrorCode::ExceedsReturnable);
        QVERIFY2(tooMany.error().detail.contains(QStringLiteral("2 asked, 1 more can come back (3 sold, 2 returned "
                                                                "before, 0 in this return)")),
                 qPrintable(tooMany.error().detail));
        // What is left is all in this return already: said so, not "returned already in full".
        QCOMPARE(checkQuantity(sold, 1000, 1000).error().code, ErrorCode::AlreadyInThisReturn);
        QCOMPARE(checkQuantity(sold, 0, 0).error().code, ErrorCode::InvalidQuantity);
        // Nothing left says so, whatever quantity was asked.
        sold.returnedMilli = 3000;
        QCOMPARE(checkQuantity(sold, 0, 0).error().code, ErrorCode::AlreadyReturned);
        QCOMPARE(checkQuantity(sold, 0, 1000).error().code, ErrorCode::AlreadyReturned);
    }

    void aSplitSaleRefundsSplitAndProRata() {
        const std::vector<OriginalTender> tenders{{QStringLiteral("card"), Money(6000), QStringLiteral("A1B2C3"), {}},
                                                  {QStringLiteral("cash"), Money(4000), {}, {}}};
        const auto refunds = allocateRefund(Money(5000), tenders, RefundMethod::Original, defaultReturnPolicy());
        QVERIFY(refunds.ok());
        QCOMPARE(refunds->size(), std::size_t(2));
        QCOMPARE(refunds->at(0).kind, QStringLiteral("card"));
        QCOMPARE(refunds->at(0).amount.cents(), 3000);
        QCOMPARE(refunds->at(0).originalReference, QStringLiteral("A1B2C3"));
        QCOMPARE(refunds->at(1).kind, QStringLiteral("cash"));
        QCOMPARE(refunds->at(1).amount.cents(), 2000);
        // Odd cents go somewhere: the parts always add up.
        const auto odd = allocateRefund(Money(333), tenders, RefundMethod::Original, defaultReturnPolicy());
        QCOMPARE(odd->at(0).amount.cents() + odd->at(1).amount.cents(), 333);
    }

    void anOnlinePaymentGoesBackAsARefundTheWebShopPays() {
        const std::vector<OriginalTender> tenders{{QStringLiteral("online:mobilepay"), Money(2500), {}, {}}};
        const auto refunds = allocateRefund(Money(1200), tenders, RefundMethod::Original, defaultReturnPolicy());
        QCOMPARE(refunds->size(), std::size_t(1));
        QCOMPARE(refunds->front().kind, QStringLiteral("online"));
        QCOMPARE(refunds->front().originalReference, QStringLiteral("online:mobilepay"));
    }

    void thePolicyDecidesWhichRefundTendersAreAllowed() {
        const ReturnPolicy policy = defaultReturnPolicy(); // card -> card or store credit only
        const std::vector<OriginalTender> card{{QStringLiteral("card"), Money(1000), QStringLiteral("X"), {}}};
        const auto cash = allocateRefund(Money(1000), card, RefundMethod::Cash, policy);
        QCOMPARE(cash.error().code, ErrorCode::RefundTenderNotAllowed);
        const auto credit = allocateRefund(Money(1000), card, RefundMethod::StoreCredit, policy);
        QCOMPARE(credit->front().kind, QStringLiteral("store_credit"));
        // Without a receipt there is no original payment to go back to.
        QCOMPARE(allocateRefund(Money(1000), {}, RefundMethod::Original, policy).error().code,
                 ErrorCode::RefundTenderNotAllowed);
        QVERIFY(allocateRefund(Money(1000), {}, RefundMethod::Cash, policy).ok());
    }

    void canonicalFormRoundTrips() {
        const CompletedReturn completed = sampleReturn();
        const auto read = returnFromJson(returnToJson(completed));
        QVERIFY(read.ok());
        QCOMPARE(canonicalBytes(*read), canonicalBytes(completed));
        QCOMPARE(read->lines.front().disposition, Disposition::Damaged);
        QCOMPARE(read->refunds.front().originalReference, QStringLiteral("online:card"));
    }

    void malformedReturnsAreRefused() {
        const auto refusedFor = [](const QJsonObject& json) {
            const auto read = returnFromJson(json);
            return read ? QStringLiteral("accepted") : read.error().detail;
        };
        QJsonObject json = returnToJson(sampleReturn());
        json.insert(QStringLiteral("total"), 2000); // lines give 19.90
        QCOMPARE(refusedFor(json), QStringLiteral("totals"));
        // No lines, with totals and refunds that agree with none: refused for the lines alone.
        json = returnToJson(sampleReturn());
        json.insert(QStringLiteral("lines"), QJsonArray());
        json.insert(QStringLiteral("total"), 0);
        json.insert(QStringLiteral("rounding"), 0);
        json.insert(QStringLiteral("refunds"), QJsonArray());
        QCOMPARE(refusedFor(json), QStringLiteral("lines"));
        json = returnToJson(sampleReturn());
        json.insert(QStringLiteral("original"), QJsonObject{{QStringLiteral("channel"), QStringLiteral("mail")}});
        QCOMPARE(refusedFor(json), QStringLiteral("original"));
        json = returnToJson(sampleReturn());
        QJsonArray refunds{
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("bitcoin")}, {QStringLiteral("amount"), 1990}}};
        json.insert(QStringLiteral("refunds"), refunds);
        QCOMPARE(refusedFor(json), QStringLiteral("refunds"));
    }
};

QTEST_GUILESS_MAIN(TestReturn)
#include "TestReturn.moc"
