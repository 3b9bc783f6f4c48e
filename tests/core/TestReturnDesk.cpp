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

class TestReturnDesk : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TillDatabase> m_till;
    SimulatedPaymentTerminal m_terminal;
    QDateTime m_now{QDate(2026, 11, 24), QTime(10, 30), Qt::UTC};
    const Operator m_cashier{QStringLiteral("1001"), QStringLiteral("Maija Virtanen"), Role::Cashier};

    // Sells `pieces` of demo product `index`, paid by card or in cash.
    CompletedSale sell(int index, int pieces, bool card) {
        Checkout checkout(*m_till, m_terminal, [this] { return m_now; });
        [&] {
            QVERIFY(checkout.login(QStringLiteral("1001"), u"1234").ok());
        }();
        const auto line = checkout.scan(demoGtin(index));
        [&] {
            QVERIFY(line.ok());
        }();
        [&] {
            QVERIFY(checkout.setQuantity(line.value(), pieces * kQuantityOne).ok());
        }();
        [&] {
            QVERIFY(checkout.startPayment().ok());
        }();
        if (card) {
            [&] {
                QVERIFY(checkout.payCard().ok());
            }();
        } else {
            [&] {
                QVERIFY(checkout.payCash(checkout.payment()->cashDue()).ok());
            }();
        }
        auto sale = checkout.complete();
        [&] {
            QVERIFY(sale.ok());
        }();
        return sale.value();
    }

    ReturnDesk desk() {
        return ReturnDesk(*m_till, m_terminal, m_cashier, [this] { return m_now; });
    }

    void setPolicy(const std::function<void(QJsonObject&)>& change) {
        QJsonObject policy = toJson(defaultReturnPolicy());
        change(policy);
        QVERIFY(parseReturnPolicy(policy).ok());
        m_till->settings().setValue(QStringLiteral("returns.policy"),
                                    QString::fromUtf8(QJsonDocument(policy).toJson(QJsonDocument::Compact)));
    }

    std::int64_t sellableStockDelta(const QString& sku, const char* disposition) {
        Query query = m_till->db().prepare(
            "SELECT coalesce(sum(delta_milli), 0) FROM stock_movements WHERE sku = ?1 AND disposition = ?2");
        query->bind(1, sku).bind(2, QString::fromLatin1(disposition));
        query->step();
        return query->int64(0);
    }

private Q_SLOTS:
    void init() {
        m_till = std::make_unique<TillDatabase>(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())));
        m_till->initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("Test"));
        seedDemoCatalog(*m_till, 200);
        kassa::testing::openShift(*m_till);
        m_terminal.setMode(SimulatedPaymentTerminal::Mode::Approve);
        m_now = QDateTime(QDate(2026, 11, 24), QTime(10, 30), Qt::UTC);
    }

    void partialReturnsOverSeveralVisitsNeverRefundMoreThanTheLineCost() {
        const CompletedSale sale = sell(10, 3, true);
        const ReturnableDocument document = returnableOf(sale);
        Money refunded;
        for (int visit = 0; visit < 3; ++visit) {
            ReturnDesk returns = desk();
            QVERIFY(returns.open(document).ok());
            QCOMPARE(returns.document()->lines.front().returnableMilli(), (3 - visit) * kQuantityOne);
            QVERIFY(returns.addLine(1, kQuantityOne, QStringLiteral("changed_mind"), Disposition::Sellable).ok());
            auto done = returns.complete(RefundMethod::Original);
            QVERIFY2(done.ok(), why(done).constData());
            QCOMPARE(done->refunds.front().kind, QStringLiteral("card"));
            QCOMPARE(done->refunds.front().originalReference, sale.tenders.front().card.authCode);
            QVERIFY(!done->refunds.front().card.authCode.isEmpty());
            // Back to the same card: the refund receipt shows the last four the sale showed.
            QCOMPARE(done->refunds.front().card.maskedPan, sale.tenders.front().card.maskedPan);
            refunded += done->total;
        }
        QCOMPARE(refunded, sale.lines.front().net());
        ReturnDesk again = desk();
        QVERIFY(again.open(document).ok());
        const auto refused = again.addLine(1, kQuantityOne, QStringLiteral("changed_mind"), Disposition::Sellable);
        QCOMPARE(refused.error().code, ErrorCode::AlreadyReturned);
    }

    void aReturnIsAReceiptInTheTillsChainAndAnEventForCentral() {
        const CompletedSale first = sell(10, 1, true);
        ReturnDesk returns = desk();
        QVERIFY(returns.open(returnableOf(first)).ok());
        QVERIFY(returns.addLine(1, std::nullopt, QStringLiteral("defective"), Disposition::Damaged).ok());
        const auto done = returns.complete(RefundMethod::Original);
        QVERIFY(done.ok());
        QCOMPARE(done->number, first.number + 1);
        QCOMPARE(done->receiptNumber, QStringLiteral("001-01-000002"));
        QCOMPARE(done->previousHash, first.hash);
        const CompletedSale next = sell(11, 1, false);
        QCOMPARE(next.number, done->number + 1);
        QCOMPARE(next.previousHash, done->hash);
        const ChainReport chain = m_till->journal().verifyChain();
        QCOMPARE(chain.sales, 3);
        QVERIFY2(chain.firstBroken == 0, qPrintable(chain.problem));

        const std::vector<OutboxEvent> waiting = m_till->outbox().pending(10, 1 << 20);
        QCOMPARE(waiting.size(), std::size_t(4)); // the shift's opening, sale, return, sale
        QCOMPARE(waiting[0].kind, QStringLiteral("shift.opened"));
        QCOMPARE(waiting[2].kind, QStringLiteral("return.completed"));
        QCOMPARE(waiting[2].documentId, done->documentId);
        QCOMPARE(waiting[2].chainHash, done->hash);
        QVERIFY(!m_till->returns().isConfirmed(done->documentId));
        QCOMPARE(m_till->returns().byReceiptNumber(done->receiptNumber)->total, done->total);
    }

    void goodsGoBackToSellableStockOrAsideAsDamaged() {
        const CompletedSale sale = sell(12, 3, false);
        const QString sku = sale.lines.front().sku;
        ReturnDesk returns = desk();
        QVERIFY(returns.open(returnableOf(sale)).ok());
        QVERIFY(returns.addLine(1, 2 * kQuantityOne, QStringLiteral("changed_mind"), Disposition::Sellable).ok());
        QVERIFY(returns.addLine(1, kQuantityOne, QStringLiteral("defective"), Disposition::Damaged).ok());
        QVERIFY(returns.complete(RefundMethod::Original).ok());
        QCOMPARE(sellableStockDelta(sku, "sellable"), -1000); // -3 sold, +2 back on the shelf
        QCOMPARE(sellableStockDelta(sku, "damaged"), 1000);
    }

    void theWindowClosesAfterThePolicysDays() {
        const CompletedSale sale = sell(10, 1, true);
        m_now = m_now.addDays(31);
        ReturnDesk returns = desk();
        QCOMPARE(returns.open(returnableOf(sale)).error().code, ErrorCode::ReturnWindowClosed);
    }

    void aReasonFromTheListIsRequired() {
        const CompletedSale sale = sell(10, 1, true);
        ReturnDesk returns = desk();
        QVERIFY(returns.open(returnableOf(sale)).ok());
        QCOMPARE(returns.addLine(1, std::nullopt, QString(), Disposition::Sellable).error().code,
                 ErrorCode::NoReasonGiven);
        QCOMPARE(returns.addLine(7, std::nullopt, QStringLiteral("defective"), Disposition::Sellable).error().code,
                 ErrorCode::NotOnDocument);
        QCOMPARE(returns.complete(RefundMethod::Original).error().code, ErrorCode::EmptyReturn);
    }

    void itemsThePolicyExcludesAreRefused() {
        const CompletedSale sale = sell(10, 1, true);
        const QString sku = sale.lines.front().sku;
        setPolicy([&sku](QJsonObject& policy) {
            policy.insert(QStringLiteral("not_returnable"), QJsonObject{{QStringLiteral("skus"), QJsonArray{sku}}});
        });
        ReturnDesk returns = desk();
        QVERIFY(returns.open(returnableOf(sale)).ok());
        const auto refused = returns.addLine(1, std::nullopt, QStringLiteral("defective"), Disposition::Sellable);
        QCOMPARE(refused.error().code, ErrorCode::NotReturnable);
    }

    void offlineAboveTheLimitsNeedsAManager() {
        setPolicy([](QJsonObject& policy) {
            policy.insert(QStringLiteral("offline_limits"),
                          QJsonObject{{QStringLiteral("per_return"), QStringLiteral("5.00")},
                                      {QStringLiteral("per_day"), QStringLiteral("8.00")}});
        });
        const CompletedSale sale = sell(10, 6, true);
        QVERIFY(sale.total > Money(500));
        ReturnDesk big = desk();
        QVERIFY(big.open(returnableOf(sale)).ok());
        QVERIFY(big.addLine(1, std::nullopt, QStringLiteral("changed_mind"), Disposition::Sellable).ok());
        QCOMPARE(big.complete(RefundMethod::Original).error().code, ErrorCode::ReturnApprovalRequired);
        QCOMPARE(big.approve(QStringLiteral("1001"), u"1234").error().code, ErrorCode::NotAuthorized);
        QCOMPARE(big.approve(QStringLiteral("2001"), u"2345").error().code, ErrorCode::NotAuthorized);
        // Online, central holds the quantity: no offline limit applies.
        big.setLease(QStringLiteral("lease-1"));
        QVERIFY(big.approvalsNeeded().empty());
        big.setLease(QString());
        QVERIFY(big.approve(QStringLiteral("3001"), u"3456").ok());
        const auto done = big.complete(RefundMethod::Original);
        QVERIFY(done.ok());
        QCOMPARE(done->approvals.front().kind, QStringLiteral("offline_limit"));
        QCOMPARE(done->approvals.front().approverId, QStringLiteral("3001"));
    }

    void offlineRefundsAddUpPerDay() {
        const CompletedSale sale = sell(10, 6, true);
        const Money each = refundForLine(returnableOf(sale).lines.front(), 0, kQuantityOne);
        setPolicy([each](QJsonObject& policy) {
            policy.insert(QStringLiteral("offline_limits"),
                          QJsonObject{{QStringLiteral("per_return"), Money(each.cents() * 2).toDecimalString()},
                                      {QStringLiteral("per_day"), Money(each.cents() * 3).toDecimalString()}});
        });
        for (int returned = 1; returned <= 3; ++returned) {
            ReturnDesk returns = desk();
            QVERIFY(returns.open(returnableOf(sale)).ok());
            QVERIFY(returns.addLine(1, kQuantityOne, QStringLiteral("changed_mind"), Disposition::Sellable).ok());
            QVERIFY(returns.approvalsNeeded().empty());
            QVERIFY(returns.complete(RefundMethod::Original).ok());
        }
        QCOMPARE(m_till->returns().refundedOfflineOn(m_now.toLocalTime().date()), Money(each.cents() * 3));
        ReturnDesk over = desk();
        QVERIFY(over.open(returnableOf(sale)).ok());
        QVERIFY(over.addLine(1, kQuantityOne, QStringLiteral("changed_mind"), Disposition::Sellable).ok());
        QCOMPARE(over.approvalsNeeded().size(), std::size_t(1));
        QCOMPARE(over.approvalsNeeded().front().kind, QStringLiteral("offline_limit"));
        // The next day starts again.
        m_now = m_now.addDays(1);
        QVERIFY(over.approvalsNeeded().empty());
    }

    void withoutAReceiptAManagerApprovesUpToThePolicysAmount() {
        ReturnDesk returns = desk();
        QVERIFY(returns.openWithoutReceipt().ok());
        const Product product = m_till->catalog().byGtin(BarcodeReader().read(demoGtin(10))->gtin).value();
        QVERIFY(
            returns.addItem(demoGtin(10), std::nullopt, QStringLiteral("changed_mind"), Disposition::Sellable).ok());
        QCOMPARE(returns.lines().front().refund, product.price);
        QCOMPARE(returns.complete(RefundMethod::Original).error().code, ErrorCode::RefundTenderNotAllowed);
        QCOMPARE(returns.complete(RefundMethod::Cash).error().code, ErrorCode::ReturnApprovalRequired);
        QVERIFY(returns.approve(QStringLiteral("3001"), u"3456").ok());
        const auto done = returns.complete(RefundMethod::Cash);
        QVERIFY(done.ok());
        QCOMPARE(done->originalChannel, QStringLiteral("none"));
        QCOMPARE(done->approvals.front().kind, QStringLiteral("no_receipt"));

        ReturnDesk tooMuch = desk();
        QVERIFY(tooMuch.openWithoutReceipt().ok());
        const int pieces = static_cast<int>(5000 / product.price.cents()) + 1;
        QVERIFY(
            tooMuch.addItem(demoGtin(10), pieces * kQuantityOne, QStringLiteral("changed_mind"), Disposition::Sellable)
                .ok());
        QCOMPARE(tooMuch.complete(RefundMethod::Cash).error().code, ErrorCode::NoReceiptLimitExceeded);

        setPolicy([](QJsonObject& policy) {
            policy.insert(QStringLiteral("without_receipt"), QJsonObject{{QStringLiteral("allowed"), false}});
        });
        QCOMPARE(desk().openWithoutReceipt().error().code, ErrorCode::NoReceiptNotAllowed);
    }

    void aDeclinedOrSilentTerminalRecordsNothing() {
        const CompletedSale sale = sell(10, 2, true);
        const std::size_t eventsBefore = m_till->outbox().pending(100, 1 << 20).size();
        ReturnDesk returns = desk();
        QVERIFY(returns.open(returnableOf(sale)).ok());
        QVERIFY(returns.addLine(1, std::nullopt, QStringLiteral("defective"), Disposition::Damaged).ok());
        m_terminal.setMode(SimulatedPaymentTerminal::Mode::Decline);
        QCOMPARE(returns.complete(RefundMethod::Original).error().code, ErrorCode::RefundDeclined);
        m_terminal.setMode(SimulatedPaymentTerminal::Mode::NoAnswer);
        QCOMPARE(returns.complete(RefundMethod::Original).error().code, ErrorCode::TerminalUnavailable);
        QVERIFY(m_till->returns().last(1).empty());
        QCOMPARE(m_till->outbox().pending(100, 1 << 20).size(), eventsBefore);
        // The return is still open: the cashier tries again once the terminal answers.
        m_terminal.setMode(SimulatedPaymentTerminal::Mode::Approve);
        QVERIFY(returns.complete(RefundMethod::Original).ok());
        QCOMPARE(m_till->returns().last(5).size(), std::size_t(1));
    }

    void storeCreditIssuesANumberedVoucher() {
        const CompletedSale sale = sell(10, 2, true);
        for (int round = 1; round <= 2; ++round) {
            ReturnDesk returns = desk();
            QVERIFY(returns.open(returnableOf(sale)).ok());
            QVERIFY(returns.addLine(1, kQuantityOne, QStringLiteral("wrong_item"), Disposition::Sellable).ok());
            const auto done = returns.complete(RefundMethod::StoreCredit);
            QVERIFY(done.ok());
            QCOMPARE(done->refunds.front().kind, QStringLiteral("store_credit"));
            QCOMPARE(done->refunds.front().voucherNumber, QStringLiteral("SC-001-01-00000%1").arg(round));
        }
    }

    void aCashRefundIsRoundedToFiveCents() {
        // A cash sale refunded in cash: the drawer pays out a 5-cent amount.
        const CompletedSale sale = sell(10, 1, false);
        ReturnDesk returns = desk();
        QVERIFY(returns.open(returnableOf(sale)).ok());
        QVERIFY(returns.addLine(1, std::nullopt, QStringLiteral("changed_mind"), Disposition::Sellable).ok());
        const auto done = returns.complete(RefundMethod::Cash);
        QVERIFY(done.ok());
        QCOMPARE(done->amountRefunded().cents() % 5, 0);
        QCOMPARE(done->amountRefunded(), roundForCash(done->total));
        // A cash sale is never refunded to a card, whatever the cashier picks.
        const CompletedSale another = sell(11, 1, false);
        ReturnDesk toCard = desk();
        QVERIFY(toCard.open(returnableOf(another)).ok());
        QVERIFY(toCard.addLine(1, std::nullopt, QStringLiteral("changed_mind"), Disposition::Sellable).ok());
        const auto plan = toCard.refundPlan(RefundMethod::Original);
        QCOMPARE(plan->front().kind, QStringLiteral("cash"));
    }
};

QTEST_GUILESS_MAIN(TestReturnDesk)
#include "TestReturnDesk.moc"
