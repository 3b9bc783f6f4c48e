// Buy online, pick up in store at the till: picking against the order (wrong items and extra
// quantities refused on the spot, short items), ready with its shelf label, the hand-over by the
// customer's code and the shelf label, paid online (a refused item a return to the online
// payment) and paid at collection (a sale at the order's prices, the refused item not sold), and
// the facts each step leaves for central. Everything from the till's copies: no network.

#include "common/OpenShift.h"
#include "common/Refusal.h"
#include "core/domain/Barcode.h"
#include "core/domain/Delivery.h"
#include "core/store/DemoCatalog.h"
#include "core/store/MasterDataFeeds.h"
#include "core/till/Checkout.h"
#include "core/till/PickupDesk.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa::core;
using kassa::testing::why;

class TestPickupDesk : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TillDatabase> m_till;
    std::unique_ptr<PickupDesk> m_desk;
    SimulatedPaymentTerminal m_terminal;
    QDateTime m_now{QDate(2026, 12, 1), QTime(10, 30), Qt::UTC};
    std::vector<Product> m_products; // the demo catalog's first products: what orders are of

    // A web order collected at `store`, as the web shop sent it: two of the first product at 2.99
    // less 0.50, one of the second at its price.
    WebOrder order(const QString& number, bool paid, const QString& store = QStringLiteral("001")) const {
        WebOrder order;
        order.number = number;
        order.placedAt = m_now.addSecs(-3600);
        order.customer = QJsonObject{{QStringLiteral("name"), QStringLiteral("Aino Virtanen")},
                                     {QStringLiteral("phone"), QStringLiteral("+358401234567")}};
        order.payment = paid ? QStringLiteral("online:card") : QString::fromLatin1(kPaidAtCollection);
        order.paid = paid;
        order.pickupStore = store;
        order.lines = {WebOrderLine{1, m_products[0].sku, 2000, Money(299), m_products[0].taxCode, Money(50)},
                       WebOrderLine{2, m_products[1].sku, 1000, m_products[1].price, m_products[1].taxCode, Money()}};
        return order;
    }

    // The order as central's pickup feed brings it; an order paid online is in the web-order feed too.
    Pickup feed(const WebOrder& web) {
        const Pickup pickup = pickupOf(web, QStringLiteral("482913"), m_now.addSecs(-3500));
        m_till->pickups().applyFromCentral(pickup);
        if (web.paid) {
            QJsonObject item = toJson(web);
            item.remove(QStringLiteral("customer"));
            findMasterDataFeed(u"web_orders")
                ->apply(m_till->db(), FeedChange{1, QStringLiteral("web_orders"), item, false}, FeedTarget::Live);
        }
        return pickup;
    }

    QStringList factKinds() {
        QStringList kinds;
        for (const OutboxEvent& event : m_till->outbox().pending(1000, 1 << 24)) {
            kinds << event.kind;
        }
        return kinds;
    }

    QJsonObject lastFact() {
        return QJsonDocument::fromJson(m_till->outbox().pending(1000, 1 << 24).back().payload).object();
    }

    Pickup pickedAndReady(const QString& number, bool paid) {
        feed(order(number, paid));
        [&] {
            QVERIFY(m_desk->pick(number, m_products[0].sku, 2000).ok());
            QVERIFY(m_desk->pick(number, m_products[1].sku).ok());
        }();
        return m_desk->markReady(number).value();
    }

    void reopenTill() {
        m_desk.reset();
        const QString dataDir = m_till->dataDir();
        m_till.reset();
        m_till = std::make_unique<TillDatabase>(dataDir);
        openDesk();
    }

    void openDesk() {
        m_desk = std::make_unique<PickupDesk>(*m_till,
                                              Operator{QStringLiteral("1001"), QStringLiteral("Maija"), Role::Cashier},
                                              [this] { return m_now; });
    }

private Q_SLOTS:
    void init() {
        m_till = std::make_unique<TillDatabase>(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())));
        m_till->initialise(QStringLiteral("001"), QStringLiteral("01"), QStringLiteral("Test"));
        seedDemoCatalog(*m_till, 50);
        kassa::testing::openShiftWithoutItsFact(*m_till);
        m_products.clear();
        for (int i = 1; i <= 2; ++i) {
            m_products.push_back(m_till->catalog().byGtin(normalizeGtin(demoGtin(i)).value()).value());
        }
        openDesk();
    }

    void picksAgainstTheOrderAndRefusesWhatIsNotOnIt() {
        feed(order(QStringLiteral("W100"), true));
        // A barcode scanned: the first item starts the picking.
        const Result<Pickup> first = m_desk->pick(QStringLiteral("W100"), demoGtin(1));
        QVERIFY2(first.ok(), why(first).constData());
        QCOMPARE(first->status, PickupStatus::Picking);
        QCOMPARE(first->line(1)->pickedMilli, 1000);
        QCOMPARE(factKinds(), QStringList{QStringLiteral("pickup.picking")});
        // Not on the order, and more than the order has: refused on the spot, nothing changed.
        const Result<Pickup> wrong = m_desk->pick(QStringLiteral("W100"), demoGtin(7));
        QCOMPARE(wrong.error().code, ErrorCode::PickupWrongItem);
        QVERIFY2(describe(wrong.error()).contains(QStringLiteral("is not on order W100")), why(wrong).constData());
        QCOMPARE(m_desk->pick(QStringLiteral("W100"), demoGtin(1), 2000).error().code, ErrorCode::PickupTooMany);
        QVERIFY(m_desk->pick(QStringLiteral("W100"), demoGtin(1)).ok());
        const Result<Pickup> extra = m_desk->pick(QStringLiteral("W100"), m_products[0].sku);
        QCOMPARE(extra.error().code, ErrorCode::PickupTooMany);
        QVERIFY2(describe(extra.error()).contains(QStringLiteral("has 2 of")), why(extra).constData());
        QCOMPARE(m_till->pickups().find(QStringLiteral("W100"))->line(1)->pickedMilli, 2000);
        // Ready needs every line picked or short.
        const Result<Pickup> early = m_desk->markReady(QStringLiteral("W100"));
        QCOMPARE(early.error().code, ErrorCode::PickupNotPicked);
        QCOMPARE(factKinds().size(), 1);
    }

    void aShortItemIsToldAndTheLabelNamesTheOrder() {
        feed(order(QStringLiteral("W101"), true));
        QVERIFY(m_desk->pick(QStringLiteral("W101"), m_products[0].sku).ok());
        // One of the two is not on the shelf; neither is the second line's item.
        QVERIFY(m_desk->markShort(QStringLiteral("W101"), 1).ok());
        QVERIFY(m_desk->markShort(QStringLiteral("W101"), 2).ok());
        QCOMPARE(m_desk->markShort(QStringLiteral("W101"), 2).error().code, ErrorCode::PickupTooMany);
        const Result<Pickup> ready = m_desk->markReady(QStringLiteral("W101"));
        QVERIFY2(ready.ok(), why(ready).constData());
        QCOMPARE(ready->status, PickupStatus::Ready);
        QCOMPARE(factKinds(), (QStringList{QStringLiteral("pickup.picking"), QStringLiteral("pickup.ready")}));
        const QJsonObject fact = lastFact();
        QCOMPARE(fact.value(QStringLiteral("order")).toString(), QStringLiteral("W101"));
        const QJsonArray lines = fact.value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].toObject().value(QStringLiteral("picked")).toString(), QStringLiteral("1"));
        QCOMPARE(lines[0].toObject().value(QStringLiteral("short")).toString(), QStringLiteral("1"));
        QCOMPARE(lines[1].toObject().value(QStringLiteral("short")).toString(), QStringLiteral("1"));

        const ShelfLabel label = m_desk->shelfLabel(*ready);
        QCOMPARE(label.barcode, QStringLiteral("PL:W101"));
        QCOMPARE(label.customer, QStringLiteral("Aino Virtanen"));
        QCOMPARE(label.items.size(), std::size_t(1));
        QCOMPARE(label.items.front().first, m_products[0].name);
        QCOMPARE(label.shortLines, 2);
        // Until central's date arrives the label counts the store's period from the stores feed.
        QCOMPARE(label.collectBy->date(), collectBy(m_now, kDefaultCollectionDays).date());
        findMasterDataFeed(u"stores")->apply(
            m_till->db(),
            FeedChange{2, QStringLiteral("stores"),
                       toJson(StoreInfo{QStringLiteral("001"), QStringLiteral("Kamppi"), {}, 3}), false},
            FeedTarget::Live);
        QCOMPARE(m_desk->shelfLabel(*ready).collectBy->date(), collectBy(m_now, 3).date());
        const QString text = renderShelfLabelText(label, 42);
        QVERIFY2(text.contains(QStringLiteral("W101")) && text.contains(QStringLiteral("|| PL:W101 ||")),
                 qPrintable(text));
        QVERIFY(renderShelfLabelEscPos(label, 42).contains("{BPL:W101"));
    }

    void anOrderOfAnotherStoreOrUnknownIsRefusedWithWhereItWaits() {
        feed(order(QStringLiteral("W200"), true, QStringLiteral("002"))); // fed by mistake: not ours
        m_till->db().exec("DELETE FROM pickups WHERE order_no = 'W200'");
        const Result<Pickup> elsewhere = m_desk->find(QStringLiteral("W200"));
        QCOMPARE(elsewhere.error().code, ErrorCode::PickupOtherStore);
        QVERIFY2(describe(elsewhere.error()).contains(QStringLiteral("store 002")), why(elsewhere).constData());
        QCOMPARE(m_desk->find(QStringLiteral("W999")).error().code, ErrorCode::PickupUnknown);
        QCOMPARE(m_desk->claim(QStringLiteral("PU:W999:123456")).error().code, ErrorCode::PickupUnknown);
    }

    void theHandOverChecksTheCodeTheStateAndTheShelfLabel() {
        feed(order(QStringLiteral("W300"), true));
        // Not ready yet: the customer's code is right, the order is not.
        const Result<Pickup> early = m_desk->claim(QStringLiteral("PU:W300:482913"));
        QCOMPARE(early.error().code, ErrorCode::PickupStepRefused);
        QVERIFY2(describe(early.error()).contains(QStringLiteral("not ready to collect yet")), why(early).constData());
        QVERIFY(m_desk->pick(QStringLiteral("W300"), m_products[0].sku, 2000).ok());
        QVERIFY(m_desk->pick(QStringLiteral("W300"), m_products[1].sku).ok());
        QVERIFY(m_desk->markReady(QStringLiteral("W300")).ok());
        QCOMPARE(m_desk->claim(QStringLiteral("W300"), QStringLiteral("111111")).error().code,
                 ErrorCode::PickupWrongCode);
        QCOMPARE(m_desk->claim(QStringLiteral("PL:W300")).error().code, ErrorCode::PickupWrongCode);
        const Result<Pickup> claimed = m_desk->claim(QStringLiteral(" W300 "), QStringLiteral("482913"));
        QVERIFY2(claimed.ok(), why(claimed).constData());
        QVERIFY(m_desk->claim(QStringLiteral("PU:W300:482913")).ok());
        QCOMPARE(m_desk->checkLabel(*claimed, QStringLiteral("PL:W301")).error().code, ErrorCode::PickupWrongLabel);
        QCOMPARE(m_desk->checkLabel(*claimed, demoGtin(1)).error().code, ErrorCode::PickupWrongLabel);
        QVERIFY(m_desk->checkLabel(*claimed, QStringLiteral("PL:W300")).ok());
    }

    // With the chain's lookup key (every enrolled till fetches it), the till keeps only the code's
    // keyed hash; five wrong codes in a row lock the order until a manager unlocks it.
    void theCodeIsKeptAsAKeyedHashAndFiveWrongCodesLockTheOrder() {
        const LookupKey key = LookupKey::generate();
        QVERIFY(key.save(m_till->dataDir()));
        pickedAndReady(QStringLiteral("W500"), true);
        const Pickup kept = *m_till->pickups().find(QStringLiteral("W500"));
        QVERIFY(kept.code.isEmpty());
        QCOMPARE(kept.codeCheck, pickupCodeCheck(key, QStringLiteral("W500"), QStringLiteral("482913")));
        m_till->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        QFile file(m_till->db().path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("482913")); // not in the database file

        for (int wrong = 1; wrong < kPickupWrongCodesLimit; ++wrong) {
            QCOMPARE(m_desk->claim(QStringLiteral("W500"), QStringLiteral("11111%1").arg(wrong)).error().code,
                     ErrorCode::PickupWrongCode);
        }
        QCOMPARE(m_desk->claim(QStringLiteral("PU:W500:999999")).error().code, ErrorCode::PickupCodeLocked);
        // Locked: the right code too waits for a manager; a cashier cannot unlock it.
        QCOMPARE(m_desk->claim(QStringLiteral("PU:W500:482913")).error().code, ErrorCode::PickupCodeLocked);
        QCOMPARE(m_desk->unlock(QStringLiteral("W500"), QStringLiteral("1001"), u"1234").error().code,
                 ErrorCode::NotAuthorized);
        const auto unlocked = m_desk->unlock(QStringLiteral("W500"), QStringLiteral("3001"), u"3456");
        QVERIFY2(unlocked.ok(), why(unlocked).constData());
        QCOMPARE(lastFact().value(QStringLiteral("actor")).toString(), QStringLiteral("3001"));
        QCOMPARE(lastFact().value(QStringLiteral("before")).toInt(), kPickupWrongCodesLimit);
        QCOMPARE(factKinds().last(), QStringLiteral("pickup.unlocked"));
        QVERIFY(m_desk->claim(QStringLiteral("PU:W500:482913")).ok());
    }

    void aCodeKeptHashedIsNotCheckedWithoutTheKey() {
        const LookupKey key = LookupKey::generate();
        QVERIFY(key.save(m_till->dataDir()));
        pickedAndReady(QStringLiteral("W501"), true);
        // The till's data restored without its key file: the running till reads the key once.
        QVERIFY(QFile::remove(QDir(m_till->dataDir()).filePath(QString::fromLatin1(LookupKey::kFileName))));
        reopenTill();
        QCOMPARE(m_desk->claim(QStringLiteral("PU:W501:482913")).error().code, ErrorCode::LookupKeyMissing);
        QCOMPARE(m_till->pickups().wrongCodes(QStringLiteral("W501")), 0); // not the customer's fault
    }

    // A code a central from before hashes sent in clear is hashed once the key is here.
    void aClearCodeIsHashedWhenTheKeyArrives() {
        pickedAndReady(QStringLiteral("W502"), true);
        QCOMPARE(m_till->pickups().find(QStringLiteral("W502"))->code, QStringLiteral("482913"));
        const LookupKey key = LookupKey::generate();
        QVERIFY(key.save(m_till->dataDir()));
        QCOMPARE(m_till->pickups().hashClearCodes(), 1);
        const Pickup kept = *m_till->pickups().find(QStringLiteral("W502"));
        QVERIFY(kept.code.isEmpty());
        QCOMPARE(kept.codeCheck, pickupCodeCheck(key, QStringLiteral("W502"), QStringLiteral("482913")));
        QVERIFY(m_desk->claim(QStringLiteral("W502"), QStringLiteral("482913")).ok());
    }

    void aPaidOrderIsHandedOverAndARefusedItemIsReturnedToTheOnlinePayment() {
        pickedAndReady(QStringLiteral("W400"), true);
        const Result<std::unique_ptr<ReturnDesk>> tooEarly =
            m_desk->returnRefused(QStringLiteral("W400"), {{2, 1000}}, m_terminal);
        QCOMPARE(tooEarly.error().code, ErrorCode::PickupNotCollected);
        QVERIFY2(describe(tooEarly.error()).contains(QStringLiteral("waits in store 001")), why(tooEarly).constData());
        const std::map<int, std::int64_t> refused{{2, 1000}};
        const Result<Pickup> handed = m_desk->handOverPaid(QStringLiteral("W400"), refused);
        QVERIFY2(handed.ok(), why(handed).constData());
        QCOMPARE(handed->status, PickupStatus::Collected);
        QCOMPARE(handed->collectedBy, QStringLiteral("store 001 till 01"));
        const QString slip = renderHandOverText(m_desk->handedOver(*handed, refused), QStringLiteral("Maija"), m_now,
                                                ReceiptHeader{QStringLiteral("Testikauppa"), {}, {}, 42});
        QVERIFY2(slip.contains(QStringLiteral("Pickup order W400")) && slip.contains(m_products[0].name) &&
                     !slip.contains(m_products[1].name),
                 qPrintable(slip));
        QCOMPARE(factKinds().last(), QStringLiteral("pickup.collected"));
        QCOMPARE(
            lastFact().value(QStringLiteral("refused")).toArray().first().toObject().value(QStringLiteral("quantity")),
            QJsonValue(QStringLiteral("1")));
        // Before the hand-over nothing of it came back; now the refused item does: a return of the
        // web order, refunded to the online payment.
        auto desk = m_desk->returnRefused(QStringLiteral("W400"), refused, m_terminal);
        QVERIFY2(desk.ok(), why(desk).constData());
        for (const ApprovalNeed& need : (*desk)->approvalsNeeded()) {
            QFAIL(qPrintable(QStringLiteral("a refusal at the counter needed approval: ") + need.detail));
        }
        const Result<CompletedReturn> returned = (*desk)->complete(RefundMethod::Original);
        QVERIFY2(returned.ok(), why(returned).constData());
        QCOMPARE(returned->originalNumber, QStringLiteral("W400"));
        QCOMPARE(returned->refunds.size(), std::size_t(1));
        QCOMPARE(returned->refunds.front().kind, QString::fromLatin1(refundKinds::kOnline));
        QCOMPARE(returned->total, m_products[1].price);
        // A second hand-over of the same order is refused, and nothing is recorded.
        const int facts = static_cast<int>(factKinds().size());
        const Result<Pickup> again = m_desk->handOverPaid(QStringLiteral("W400"));
        QVERIFY2(describe(again.error()).contains(QStringLiteral("was collected already")), why(again).constData());
        QCOMPARE(factKinds().size(), facts);
    }

    void anUnpaidOrderBecomesASaleAtTheOrdersPricesWithoutTheRefusedItem() {
        pickedAndReady(QStringLiteral("W500"), false);
        Checkout checkout(*m_till, m_terminal, [this] { return m_now; });
        QVERIFY(checkout.login(QStringLiteral("1001"), u"1234").ok());
        const Pickup pickup = m_desk->claim(QStringLiteral("PU:W500:482913")).value();
        QCOMPARE(m_desk->handOverPaid(QStringLiteral("W500")).error().code, ErrorCode::PickupPaysAtCollection);
        // The customer takes one of the two and leaves the second line's item.
        const Result<void> rung = checkout.ringUpPickup(pickup, {{1, 1000}, {2, 1000}});
        QVERIFY2(rung.ok(), why(rung).constData());
        QCOMPARE(checkout.basket().activeLineCount(), std::size_t(1));
        const BasketLine& line = checkout.basket().lines().front();
        QCOMPARE(line.unitPrice, Money(299));
        QCOMPARE(line.net(), Money(274)); // 2.99 less half the order line's 0.50 discount
        // More than was picked is another purchase, not the order's price.
        QCOMPARE(checkout.setQuantity(line.lineNo, 3000).error().code, ErrorCode::PickupTooMany);
        QCOMPARE(checkout.suspend().error().code, ErrorCode::PickupNotSuspended);
        QVERIFY(checkout.startPayment().ok());
        QVERIFY(checkout.payCash(Money(500)).ok());
        const Result<CompletedSale> sale = checkout.complete();
        QVERIFY2(sale.ok(), why(sale).constData());
        QCOMPARE(sale->pickupOrder, QStringLiteral("W500"));
        QVERIFY(renderReceiptText(*sale, checkout.receiptHeader()).contains(QStringLiteral("Pickup order W500")));
        // The sale and the hand-over, in that order, in one transaction.
        QCOMPARE(factKinds().mid(factKinds().size() - 2),
                 (QStringList{QStringLiteral("sale.completed"), QStringLiteral("pickup.collected")}));
        const QJsonObject fact = lastFact();
        QCOMPARE(fact.value(QStringLiteral("receipt")).toString(), sale->receiptNumber);
        QCOMPARE(fact.value(QStringLiteral("refused")).toArray().size(), 2);
        QCOMPARE(m_till->pickups().find(QStringLiteral("W500"))->status, PickupStatus::Collected);
        QVERIFY(!checkout.pickup());
        // The same order cannot be rung up again.
        QCOMPARE(checkout.ringUpPickup(*m_till->pickups().find(QStringLiteral("W500"))).error().code,
                 ErrorCode::PickupStepRefused);
    }

    // Every line of the order voided at the counter: whatever else the customer buys is sold,
    // and the order stays ready on its shelf.
    void anOrderWhoseLinesAreAllVoidedIsNotHandedOver() {
        pickedAndReady(QStringLiteral("W550"), false);
        Checkout checkout(*m_till, m_terminal, [this] { return m_now; });
        QVERIFY(checkout.login(QStringLiteral("1001"), u"1234").ok());
        QVERIFY(checkout.ringUpPickup(*m_till->pickups().find(QStringLiteral("W550"))).ok());
        const auto voidAll = [&checkout] {
            for (const BasketLine& line : std::vector<BasketLine>(checkout.basket().lines())) {
                QVERIFY(checkout.voidLine(line.lineNo).ok());
            }
        };
        voidAll();
        // With nothing of it left in the basket, an order can be rung up again (or another one).
        QVERIFY(checkout.ringUpPickup(*m_till->pickups().find(QStringLiteral("W550"))).ok());
        voidAll();
        QVERIFY(checkout.scan(demoGtin(9)).ok());
        QVERIFY(checkout.startPayment().ok());
        QVERIFY(checkout.payCard().ok());
        const Result<CompletedSale> sale = checkout.complete();
        QVERIFY2(sale.ok(), why(sale).constData());
        QVERIFY(sale->pickupOrder.isEmpty());
        QCOMPARE(factKinds().last(), QStringLiteral("sale.completed"));
        QCOMPARE(m_till->pickups().find(QStringLiteral("W550"))->status, PickupStatus::Ready);
    }

    void centralsOlderCopyNeverUndoesAStepTakenHere() {
        const Pickup central = feed(order(QStringLiteral("W600"), true));
        QVERIFY(m_desk->pick(QStringLiteral("W600"), m_products[0].sku).ok());
        // Central's copy still says new: what was scanned here stays.
        m_till->pickups().applyFromCentral(central);
        QCOMPARE(m_till->pickups().find(QStringLiteral("W600"))->status, PickupStatus::Picking);
        QCOMPARE(m_till->pickups().find(QStringLiteral("W600"))->line(1)->pickedMilli, 1000);
        // Central's later decision does replace it: the web shop cancelled.
        Pickup cancelled = central;
        cancelled.status = PickupStatus::Cancelled;
        m_till->pickups().applyFromCentral(cancelled);
        QCOMPARE(m_till->pickups().find(QStringLiteral("W600"))->status, PickupStatus::Cancelled);
        QVERIFY2(describe(m_desk->pick(QStringLiteral("W600"), m_products[0].sku).error())
                     .contains(QStringLiteral("was cancelled")),
                 "picking a cancelled order");
    }

    void cancellingNeedsAReason() {
        feed(order(QStringLiteral("W700"), true));
        QCOMPARE(m_desk->cancel(QStringLiteral("W700"), QStringLiteral("  ")).error().code, ErrorCode::NoReasonGiven);
        const Result<Pickup> cancelled = m_desk->cancel(QStringLiteral("W700"), QStringLiteral("not in stock"));
        QVERIFY2(cancelled.ok(), why(cancelled).constData());
        QCOMPARE(lastFact().value(QStringLiteral("reason")).toString(), QStringLiteral("not in stock"));
        QCOMPARE(m_desk->list(PickupStatus::Cancelled).size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestPickupDesk)
#include "TestPickupDesk.moc"
