// Store credit as a tender: what a till may take from a voucher online and offline, and an
// exchange paying for new items with the credit of the goods brought back.

#include "common/OpenShift.h"
#include "common/Refusal.h"
#include "core/store/DemoCatalog.h"
#include "core/till/Checkout.h"
#include "core/till/ReturnDesk.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
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
        const QString number = credit.refunds[0].voucherCode().text();
        QVERIFY(looksLikeVoucherNumber(credit.refunds[0].voucherNumber));
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
        const QString code = exchanged.refunds[0].voucherCode().text();
        QVERIFY(m_checkout->payVoucher(code, kUnreachable).ok());
        QCOMPARE(m_checkout->payment()->remaining(), m_checkout->payment()->total() - exchanged.total);
        QVERIFY(m_checkout->payCash(m_checkout->payment()->cashDue()).ok());
        auto sale = m_checkout->complete();
        QVERIFY2(sale.ok(), why(sale).constData());
        QCOMPARE(voucherStanding(*m_till, code, kUnreachable).error().code, ErrorCode::VoucherSpent);
    }

    void aVoucherCodeIsItsNumberAndASecretFromTheCsprng() {
        const QString secret = newVoucherSecret();
        QCOMPARE(secret.size(), 13);
        QVERIFY(QRegularExpression(QStringLiteral("^[2-9A-HJ-NP-Z]{13}$")).match(secret).hasMatch());
        QVERIFY(newVoucherSecret() != secret);
        const auto typed = parseVoucherCode(QStringLiteral(" sc-001-01-000007-") + secret.toLower() + QLatin1Char(' '));
        QVERIFY(typed);
        QCOMPARE(typed->number, QStringLiteral("SC-001-01-000007"));
        QCOMPARE(typed->secret, secret);
        QCOMPARE(typed->text(), QStringLiteral("SC-001-01-000007-") + secret);
        const QString check = voucherCheck(typed->number, secret);
        QVERIFY(!check.contains(secret));
        QVERIFY(codeOpens(*typed, check));
        QVERIFY(!codeOpens(VoucherCode{typed->number, QString()}, check));          // the number alone
        QVERIFY(!codeOpens(VoucherCode{typed->number, newVoucherSecret()}, check)); // a wrong secret
        QVERIFY(codeOpens(VoucherCode{typed->number, QString()}, QString()));       // a legacy voucher
        QVERIFY(!codeOpens(*typed, QString()));
        QVERIFY(!parseVoucherCode(QStringLiteral("SC-001-01-000007-ABC")));
        QVERIFY(!parseVoucherCode(QStringLiteral("SC-001-01-000007-0OIL1234567890"))); // not the alphabet
    }

    // Whoever has seen one voucher cannot spend its neighbour, nor the voucher by its number alone.
    void aNeighboursNumberOrAVouchersNumberWithoutItsSecretIsRefusedLikeAnUnknownVoucher() {
        const CompletedReturn first = returnCashSale(5, RefundMethod::StoreCredit);
        const CompletedReturn second = returnCashSale(6, RefundMethod::StoreCredit);
        const Refund& seen = first.refunds[0];
        const Refund& neighbour = second.refunds[0];
        QVERIFY(!seen.voucherCheck.isEmpty());
        QVERIFY(seen.voucherSecret != neighbour.voucherSecret);
        QVERIFY(m_till->settings().set(QStringLiteral("vouchers.wrong_codes_limit"), QStringLiteral("50")).ok());
        basketOf(3);
        for (const QString& guess :
             {neighbour.voucherNumber, neighbour.voucherNumber + QLatin1Char('-') + seen.voucherSecret,
              seen.voucherNumber}) {
            const auto refused = m_checkout->payVoucher(guess, kUnreachable);
            QCOMPARE(refused.error().code, ErrorCode::VoucherUnknownOffline);
            QCOMPARE(refused.error().detail, parseVoucherCode(guess)->number); // never the secret
            QCOMPARE(m_checkout->payVoucher(guess, kNotAtCentral).error().code, ErrorCode::UnknownVoucher);
        }
        QVERIFY(m_checkout->payment()->tenders().empty());
        QVERIFY(m_checkout->payVoucher(neighbour.voucherCode().text(), kUnreachable).ok());
    }

    void aFedVoucherIsTakenOfflineByItsWholeCodeOnly() {
        const QString secret = newVoucherSecret();
        const QString number = QStringLiteral("SC-002-01-000013");
        VoucherCopy copy = *centralSays(number, "40.00").voucher;
        copy.check = voucherCheck(number, secret);
        const ChangePage page{
            QStringLiteral("g1"), 1, {FeedChange{1, QString::fromLatin1(feeds::kVouchers), toJson(copy)}}};
        QVERIFY(m_till->masterData().take(page, 0).ok());
        basketOf(3);
        QCOMPARE(m_checkout->payVoucher(number, kUnreachable).error().code, ErrorCode::VoucherUnknownOffline);
        QCOMPARE(m_checkout->payVoucher(number + QStringLiteral("-") + newVoucherSecret(), kUnreachable).error().code,
                 ErrorCode::VoucherUnknownOffline);
        QVERIFY(m_checkout->payVoucher(number + QStringLiteral("-") + secret.toLower(), kUnreachable).ok());
        // The database keeps the check, never the secret.
        Query stored = m_till->db().prepare("SELECT body FROM voucher_copies WHERE number = ?1");
        stored->bind(1, number);
        QVERIFY(stored->step());
        QVERIFY(!stored->text(0).contains(secret));
    }

    void wrongCodesBlockVoucherEntryUntilAManagerUnblocksIt() {
        const CompletedReturn credit = returnCashSale(5, RefundMethod::StoreCredit);
        basketOf(3);
        const int limit = m_till->settings().voucherWrongCodesLimit();
        QCOMPARE(limit, 5);
        for (int guess = 1; guess <= limit; ++guess) {
            QCOMPARE(m_checkout
                         ->payVoucher(QStringLiteral("SC-001-01-%1").arg(100 + guess, 6, 10, QLatin1Char('0')),
                                      kNotAtCentral)
                         .error()
                         .code,
                     ErrorCode::UnknownVoucher);
        }
        // Blocked: not even the right code is taken, and nothing is asked of central.
        const auto blocked = m_checkout->payVoucher(credit.refunds[0].voucherCode().text(), kUnreachable);
        QCOMPARE(blocked.error().code, ErrorCode::VoucherEntryBlocked);
        QCOMPARE(blocked.error().detail, QString::number(limit));
        QCOMPARE(m_checkout->checkVoucherEntry().error().code, ErrorCode::VoucherEntryBlocked);
        // A cashier cannot unblock it; a manager can, and the audit trail says who.
        QCOMPARE(m_checkout->unblockVoucherEntry(QStringLiteral("1001"), u"1234").error().code,
                 ErrorCode::NotAuthorized);
        QVERIFY(!m_checkout->checkVoucherEntry().ok());
        const auto unblocked = m_checkout->unblockVoucherEntry(QStringLiteral("3001"), u"3456");
        QVERIFY2(unblocked.ok(), why(unblocked).constData());
        QVERIFY(m_checkout->checkVoucherEntry().ok());
        QVERIFY(m_checkout->payVoucher(credit.refunds[0].voucherCode().text(), kUnreachable).ok());
        Query audit = m_till->db().prepare("SELECT payload FROM outbox WHERE kind = 'vouchers.unblocked'");
        QVERIFY(audit->step());
        const QJsonObject entry = QJsonDocument::fromJson(audit->text(0).toUtf8()).object();
        QCOMPARE(entry.value(QStringLiteral("actor")).toString(), QStringLiteral("3001"));
        QCOMPARE(entry.value(QStringLiteral("before")).toInt(), limit);
        QCOMPARE(entry.value(QStringLiteral("after")).toInt(), 0);
    }

    void wrongCodesOfAnEarlierDayDoNotCount() {
        for (int guess = 1; guess <= 5; ++guess) {
            m_till->vouchers().recordRefusal(QStringLiteral("SC-001-01-000999"), m_now.addDays(-1).addSecs(-guess));
        }
        QVERIFY(m_checkout->checkVoucherEntry().ok());
        m_till->vouchers().recordRefusal(QStringLiteral("SC-001-01-000999"), m_now);
        QVERIFY(m_checkout->checkVoucherEntry().ok());
    }

    // The first print carries the code as text and barcode; a reprint cannot (the till keeps no
    // secret), and says where the code is.
    void theCodeIsPrintedOnceAndNeverKept() {
        const CompletedReturn credit = returnCashSale(5, RefundMethod::StoreCredit);
        const QString code = credit.refunds[0].voucherCode().text();
        const QString first = renderReturnText(credit, m_checkout->receiptHeader());
        QVERIFY2(first.contains(QStringLiteral("|| ") + code + QStringLiteral(" ||")), qPrintable(first));
        QCOMPARE(voucherCodes(credit), (std::vector<QString>{code}));
        const CompletedReturn reprinted = m_till->returns().last(1).front();
        QVERIFY(reprinted.refunds[0].voucherSecret.isEmpty());
        QCOMPARE(reprinted.refunds[0].voucherCheck, credit.refunds[0].voucherCheck);
        const QString again = renderReturnText(reprinted, m_checkout->receiptHeader());
        QVERIFY2(!again.contains(credit.refunds[0].voucherSecret), qPrintable(again));
        QVERIFY2(again.contains(QStringLiteral("Its code is on the first print only.")), qPrintable(again));
        QVERIFY(voucherCodes(reprinted).empty());
        // Nowhere in the till's database file.
        QFile file(m_till->db().path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(credit.refunds[0].voucherSecret.toLatin1()));
    }
};

QTEST_GUILESS_MAIN(TestVouchers)
#include "TestVouchers.moc"
