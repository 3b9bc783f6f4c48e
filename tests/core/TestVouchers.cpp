// Store credit as a tender: what a till may take from a voucher online and offline, and an
// exchange paying for new items with the credit of the goods brought back.

#include "common/OpenShift.h"
#include "common/Refusal.h"
#include "core/store/DemoCatalog.h"
#include "core/till/Checkout.h"
#include "core/till/ReturnDesk.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa::core;
using kassa::testing::why;

namespace {

VoucherStanding standing(const char* number, std::int64_t cents, std::optional<Money> limit = std::nullopt) {
    return VoucherStanding{QString::fromLatin1(number), Money(cents), VoucherStanding::Source::Central, limit};
}

// Central's answer for a voucher, as the till's client reads GET /v1/vouchers/{number}.
CentralVoucher centralSays(const QString& number, const char* balance, const QStringList& spentBy = {}) {
    const QJsonObject body{{QStringLiteral("number"), number},
                           {QStringLiteral("store_id"), QStringLiteral("002")},
                           {QStringLiteral("amount"), QStringLiteral("50.00")},
                           {QStringLiteral("balance"), QString::fromLatin1(balance)},
                           {QStringLiteral("issued_at"), QStringLiteral("2026-11-20T10:00:00.000Z")},
                           {QStringLiteral("spent_by"), QJsonArray::fromStringList(spentBy)}};
    return CentralVoucher{CentralVoucher::Outcome::Found, voucherFromJson(body).value(), {}};
}

const CentralVoucher kUnreachable{CentralVoucher::Outcome::Unreachable, std::nullopt,
                                  QStringLiteral("connection refused")};
const CentralVoucher kNotAtCentral{CentralVoucher::Outcome::Unknown, std::nullopt, {}};

} // namespace

class TestVouchers : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TillDatabase> m_till;
    SimulatedPaymentTerminal m_terminal;
    std::unique_ptr<Checkout> m_checkout;
    const QDateTime m_now{QDate(2026, 11, 24), QTime(10, 30), Qt::UTC};
    const Operator m_cashier{QStringLiteral("1001"), QStringLiteral("Maija Virtanen"), Role::Cashier};

    // Demo product `index` in the basket and the payment started.
    void basketOf(int index, int pieces = 1) {
        const auto line = m_checkout->scan(demoGtin(index));
        QVERIFY2(line.ok(), why(line).constData());
        QVERIFY(m_checkout->setQuantity(line.value(), pieces * kQuantityOne).ok());
        QVERIFY(m_checkout->startPayment().ok());
    }

    // Central's copy of a voucher, as the vouchers feed brings it.
    void feedVoucher(const QString& number, const char* balance, const QStringList& spentBy = {}) {
        const QJsonObject item = toJson(*centralSays(number, balance, spentBy).voucher);
        const ChangePage page{QStringLiteral("g1"), 1, {FeedChange{1, QString::fromLatin1(feeds::kVouchers), item}}};
        const auto taken = m_till->masterData().take(page, 0);
        QVERIFY2(taken.ok(), why(taken).constData());
    }

    // A return of a cash sale of demo product `index`, refunded as the plan says.
    CompletedReturn returnCashSale(int index, RefundMethod method, Money exchangeFor = Money()) {
        Checkout seller(*m_till, m_terminal, [this] { return m_now; });
        [&] {
            QVERIFY(seller.login(QStringLiteral("1001"), u"1234").ok());
            QVERIFY(seller.scan(demoGtin(index)).ok());
            QVERIFY(seller.startPayment().ok());
            QVERIFY(seller.payCash(seller.payment()->cashDue()).ok());
        }();
        const CompletedSale sale = seller.complete().value();
        ReturnDesk desk(*m_till, m_terminal, m_cashier, [this] { return m_now; });
        [&] {
            QVERIFY(
                desk.open(findOnTill(*m_till, QString::fromLatin1(returnChannels::kStore), sale.receiptNumber).value())
                    .ok());
            QVERIFY(desk.addLine(1, std::nullopt, QStringLiteral("wrong_size"), Disposition::Sellable).ok());
            QVERIFY(desk.approve(QStringLiteral("3001"), u"3456").ok()); // offline above the limit
        }();
        desk.setExchangeFor(exchangeFor);
        auto completed = desk.complete(method);
        [&] {
            QVERIFY2(completed.ok(), why(completed).constData());
        }();
        return completed.value();
    }

private Q_SLOTS:
    void init() {
        m_till = std::make_unique<TillDatabase>(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())));
        m_till->initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("Test"));
        seedDemoCatalog(*m_till, 200);
        kassa::testing::openShift(*m_till);
        m_checkout = std::make_unique<Checkout>(*m_till, m_terminal, [this] { return m_now; });
        QVERIFY(m_checkout->login(QStringLiteral("1001"), u"1234").ok());
    }

    void recognisesVoucherNumbers() {
        QVERIFY(looksLikeVoucherNumber(QStringLiteral("SC-001-01-000007")));
        QVERIFY(!looksLikeVoucherNumber(QStringLiteral("001-01-000007")));
        QVERIFY(!looksLikeVoucherNumber(QStringLiteral("SC-001-01-7")));
        QVERIFY(!looksLikeVoucherNumber(QStringLiteral("SC-001-01-000007'; DROP")));
    }

    void paymentTakesAtMostTheBalanceAndWhatIsLeft() {
        Payment payment(Money(3000));
        QCOMPARE(payment.addVoucher(standing("SC-002-01-000001", 1000), Money(1500)).error().code,
                 ErrorCode::VoucherBalanceExceeded);
        QCOMPARE(payment.addVoucher(standing("SC-002-01-000001", 5000), Money(3500)).error().code,
                 ErrorCode::TenderTooLarge);
        QVERIFY(payment.addVoucher(standing("SC-002-01-000001", 1000), std::nullopt).ok()); // all of it
        QCOMPARE(payment.remaining().cents(), 2000);
        // The same voucher again: what this payment took already counts.
        QCOMPARE(payment.addVoucher(standing("SC-002-01-000001", 1000), std::nullopt).error().code,
                 ErrorCode::VoucherSpent);
        QVERIFY(payment.addVoucher(standing("SC-002-01-000002", 9000), std::nullopt).ok()); // what is left
        QVERIFY(payment.isComplete());
        QCOMPARE(payment.tenders().back().amount.cents(), 2000);
        QCOMPARE(payment.tenders().back().voucher, QStringLiteral("SC-002-01-000002"));
        QCOMPARE(payment.change().cents(), 0);
    }

    void offlineLimitCapsWhatOneSaleTakes() {
        Payment payment(Money(15000));
        const VoucherStanding fed = standing("SC-002-01-000001", 20000, Money(10000));
        QCOMPARE(payment.addVoucher(fed, Money(12000)).error().code, ErrorCode::OfflineLimitExceeded);
        QVERIFY(payment.addVoucher(fed, std::nullopt).ok());
        QCOMPARE(payment.paid().cents(), 10000);
        QCOMPARE(payment.addVoucher(fed, Money(100)).error().code, ErrorCode::OfflineLimitExceeded);
        QVERIFY(payment.addCash(Money(5000)).ok());
        QVERIFY(payment.isComplete());
    }

    void voucherTenderSurvivesTheSaleRecord() {
        const QString number = QStringLiteral("SC-002-01-000009");
        basketOf(3);
        const Money total = m_checkout->payment()->total();
        QVERIFY(m_checkout->payVoucher(number, centralSays(number, "100.00")).ok());
        auto sale = m_checkout->complete();
        QVERIFY2(sale.ok(), why(sale).constData());
        const CompletedSale parsed = saleFromJson(saleToJson(sale.value())).value();
        QCOMPARE(parsed.tenders.size(), std::size_t(1));
        QCOMPARE(parsed.tenders[0].kind, Tender::Kind::Voucher);
        QCOMPARE(parsed.tenders[0].voucher, number);
        QCOMPARE(parsed.tenders[0].amount, total);
        QVERIFY(!parsed.tenders[0].decidedOffline);
        QCOMPARE(tenderKindToString(Tender::Kind::Voucher), QStringLiteral("store_credit"));
        QVERIFY(renderReceiptText(sale.value(), m_checkout->receiptHeader()).contains(number));
        QCOMPARE(m_till->vouchers().spentHere(number, {}), total);
    }

    void centralBalanceLessThisTillsUncountedSpends() {
        const QString number = QStringLiteral("SC-002-01-000010");
        basketOf(3);
        const Money first = m_checkout->payment()->total();
        QVERIFY(m_checkout->payVoucher(number, centralSays(number, "50.00")).ok());
        const QString firstSale = m_checkout->complete().value().documentId;
        // Central has not had the first sale yet: its 50.00 is less what this till took.
        auto before = voucherStanding(*m_till, number, centralSays(number, "50.00"));
        QCOMPARE(before->balance, Money(5000) - first);
        // Once central counted it, its balance is the whole truth.
        auto after = voucherStanding(*m_till, number, centralSays(number, "20.00", {firstSale}));
        QCOMPARE(after->balance.cents(), 2000);
        QCOMPARE(after->source, VoucherStanding::Source::Central);
    }

    void refusesUnknownSpentAndMalformedVouchers() {
        basketOf(3);
        const QString number = QStringLiteral("SC-002-01-000011");
        QCOMPARE(m_checkout->payVoucher(number, kNotAtCentral).error().code, ErrorCode::UnknownVoucher);
        QCOMPARE(m_checkout->payVoucher(number, centralSays(number, "0.00")).error().code, ErrorCode::VoucherSpent);
        QCOMPARE(m_checkout->payVoucher(number, centralSays(number, "-5.00")).error().code, ErrorCode::VoucherSpent);
        QCOMPARE(m_checkout->payVoucher(number, kUnreachable).error().code, ErrorCode::VoucherUnknownOffline);
        QCOMPARE(m_checkout->payVoucher(QStringLiteral("'; DROP TABLE sales; --"), kUnreachable).error().code,
                 ErrorCode::UnknownVoucher);
        QCOMPARE(m_checkout
                     ->payVoucher(number, CentralVoucher{CentralVoucher::Outcome::Unreadable, std::nullopt,
                                                         QStringLiteral("not a voucher")})
                     .error()
                     .code,
                 ErrorCode::InvalidInput);
        QVERIFY(m_checkout->payment()->tenders().empty());
        QVERIFY(m_checkout->cancelPayment().ok()); // nothing was taken
    }

    void offlineAFedVoucherUpToThePolicysLimit() {
        const QString number = QStringLiteral("SC-002-01-000012");
        feedVoucher(number, "300.00");
        const Money limit = m_till->settings().returnPolicy().offlinePerReturn;
        basketOf(0, 40); // far more than the limit
        QVERIFY(m_checkout->payment()->total() > limit);
        QCOMPARE(m_checkout->payVoucher(number, kUnreachable, limit + Money(1)).error().code,
                 ErrorCode::OfflineLimitExceeded);
        QVERIFY(m_checkout->payVoucher(number, kUnreachable).ok());
        const Tender& taken = m_checkout->payment()->tenders().back();
        QCOMPARE(taken.amount, limit);
        QVERIFY(taken.decidedOffline);
        QVERIFY(m_checkout->payCard().ok());
        const QString sale = m_checkout->complete().value().documentId;
        // The feed's copy less this till's spend, until central's copy names that sale.
        QCOMPARE(voucherStanding(*m_till, number, kUnreachable)->balance, Money(30000) - limit);
        feedVoucher(number, "200.00", {sale});
        QCOMPARE(voucherStanding(*m_till, number, kUnreachable)->balance.cents(), 20000);
    }

    void storeCreditFromAReturnIsSpentHereBeforeCentralKnowsIt() {
        const CompletedReturn credit = returnCashSale(5, RefundMethod::StoreCredit);
        QCOMPARE(credit.refunds.size(), std::size_t(1));
        const QString number = credit.refunds[0].voucherNumber;
        QVERIFY(looksLikeVoucherNumber(number));
        // Not yet at central (404) nor reachable: this till issued it, so it knows it whole.
        auto own = voucherStanding(*m_till, number, kNotAtCentral);
        QVERIFY2(own.ok(), why(own).constData());
        QCOMPARE(own->source, VoucherStanding::Source::ThisTill);
        QCOMPARE(own->balance, credit.total);
        QVERIFY(!own->limit);
        basketOf(3);
        QVERIFY(m_checkout->payVoucher(number, kUnreachable).ok());
        if (!m_checkout->payment()->isComplete()) {
            QVERIFY(m_checkout->payCard().ok());
        }
        QVERIFY(m_checkout->complete().ok());
        const Money left = credit.total - std::min(credit.total, m_till->journal().last(1).front().total);
        if (left.isZero()) {
            QCOMPARE(voucherStanding(*m_till, number, kUnreachable).error().code, ErrorCode::VoucherSpent);
        } else {
            QCOMPARE(voucherStanding(*m_till, number, kUnreachable)->balance, left);
        }
    }

    // An exchange: the goods brought back pay for the new items first; only the rest is refunded.
    void exchangeRefundsOnlyWhatTheNewItemsDoNotTake() {
        const Money newItems(150);
        const CompletedReturn exchanged = returnCashSale(7, RefundMethod::Original, newItems);
        QVERIFY(exchanged.total > newItems);
        QCOMPARE(exchanged.refunds.size(), std::size_t(2));
        QCOMPARE(exchanged.refunds[0].kind, QString::fromLatin1(refundKinds::kExchange));
        QCOMPARE(exchanged.refunds[0].amount, newItems);
        QVERIFY(looksLikeVoucherNumber(exchanged.refunds[0].voucherNumber));
        QCOMPARE(exchanged.refunds[1].kind, QString::fromLatin1(refundKinds::kCash));
        QCOMPARE(exchanged.refunds[1].amount, exchanged.total - newItems);
        QVERIFY(renderReturnText(exchanged, m_checkout->receiptHeader()).contains(exchanged.refunds[0].voucherNumber));
        const CompletedReturn parsed = returnFromJson(returnToJson(exchanged)).value();
        QCOMPARE(parsed.refunds[0].kind, QString::fromLatin1(refundKinds::kExchange));
    }

    void exchangeForMoreThanTheReturnLeavesTheRestToPay() {
        const CompletedReturn exchanged = returnCashSale(7, RefundMethod::Original, Money(1'000'000));
        QCOMPARE(exchanged.refunds.size(), std::size_t(1)); // nothing goes back in cash
        QCOMPARE(exchanged.refunds[0].amount, exchanged.total);
        QCOMPARE(exchanged.rounding.cents(), 0);
        basketOf(0, 20);
        QVERIFY(m_checkout->payVoucher(exchanged.refunds[0].voucherNumber, kUnreachable).ok());
        QCOMPARE(m_checkout->payment()->remaining(), m_checkout->payment()->total() - exchanged.total);
        QVERIFY(m_checkout->payCash(m_checkout->payment()->cashDue()).ok());
        auto sale = m_checkout->complete();
        QVERIFY2(sale.ok(), why(sale).constData());
        QCOMPARE(voucherStanding(*m_till, exchanged.refunds[0].voucherNumber, kUnreachable).error().code,
                 ErrorCode::VoucherSpent);
    }
};

QTEST_GUILESS_MAIN(TestVouchers)
#include "TestVouchers.moc"
