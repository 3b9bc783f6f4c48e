// The loyalty programme at the till: rules from central, points earned on what a member pays
// with money, points as a tender checked against the balance (central's count and this till's
// own sales central has not counted), and a return taking back the points of what came back.

#include "common/OpenShift.h"
#include "common/Refusal.h"
#include "common/TillReturns.h"
#include "core/domain/Barcode.h"
#include "core/domain/Loyalty.h"
#include "core/domain/Receipt.h"
#include "core/store/DemoCatalog.h"
#include "core/store/Settings.h"
#include "core/store/TillDatabase.h"
#include "core/till/Checkout.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace kassa::core;
using kassa::testing::why;

namespace {

const char* const kRules = R"({"points_per_euro": 1, "point_value": "0.01", "min_redeem_points": 100,
    "tiers": [{"name": "Kulta", "from_points": 5000, "multiplier_percent": 150},
              {"name": "Perus", "from_points": 0}]})";

LoyaltyRules rules() {
    return parseLoyaltyRules(QJsonDocument::fromJson(kRules).object()).value();
}

} // namespace

class TestLoyalty : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TillDatabase> m_till;
    SimulatedPaymentTerminal m_terminal;
    const QDateTime m_at{QDate(2026, 11, 30), QTime(10, 0), Qt::UTC};
    Customer m_member;

    std::unique_ptr<Checkout> checkout() {
        auto till = std::make_unique<Checkout>(*m_till, m_terminal, [this] { return m_at; });
        [&] {
            QVERIFY(till->login(QStringLiteral("1001"), u"1234").ok());
        }();
        return till;
    }

    // A sale of `pieces` of demo product 0 for the member, paid with `points` first (if any) and
    // the rest by card.
    CompletedSale sell(int pieces, std::optional<std::int64_t> points = std::nullopt) {
        auto till = checkout();
        [&] {
            QVERIFY(till->attachCustomer(m_member.loyaltyCard).ok());
            QVERIFY(till->scan(demoGtin(0), pieces * kQuantityOne).ok());
            QVERIFY(till->startPayment().ok());
            if (points) {
                const auto paid = till->payLoyaltyPoints(*points);
                QVERIFY2(paid.ok(), why(paid).constData());
            }
            if (!till->payment()->isComplete()) {
                QVERIFY(till->payCard().ok());
            }
        }();
        return till->complete().value();
    }

    // Central's count of the member, as its feed brings it.
    void feedStanding(std::int64_t balance, std::int64_t earnedTotal, std::int64_t countedSeq = 0) {
        Customer fed = m_member;
        LoyaltyStanding standing{balance, earnedTotal, QString(), {}};
        if (countedSeq > 0) {
            const TillIdentity till = m_till->settings().identity();
            standing.counted[till.deviceId + QStringLiteral(":1")] = countedSeq;
        }
        fed.loyalty = standing;
        m_till->customers().keep(fed);
    }

private Q_SLOTS:
    void rulesAreCheckedAndTiersGoByPointsEarned() {
        const LoyaltyRules parsed = rules();
        QCOMPARE(parsed.tiers.front().name, QStringLiteral("Perus")); // ordered by from_points
        QCOMPARE(parsed.tierFor(4999)->name, QStringLiteral("Perus"));
        QCOMPARE(parsed.tierFor(5000)->name, QStringLiteral("Kulta"));
        QCOMPARE(parsed.pointsEarned(Money(2599), 0), std::int64_t(25));    // whole points, down
        QCOMPARE(parsed.pointsEarned(Money(2599), 6000), std::int64_t(38)); // 150 %
        QCOMPARE(parsed.valueOf(250), Money(250));
        QCOMPARE(parsed.pointsWorth(Money(1234)), std::int64_t(1234));
        QJsonObject bad = QJsonDocument::fromJson(kRules).object();
        bad.insert(QStringLiteral("point_value"), QStringLiteral("0"));
        QVERIFY(parseLoyaltyRules(bad).error().detail.contains(QStringLiteral("point_value")));
        bad = QJsonDocument::fromJson(kRules).object();
        bad.insert(QStringLiteral("points_per_euro"), -1);
        QVERIFY(parseLoyaltyRules(bad).error().detail.contains(QStringLiteral("points_per_euro")));
    }

    void aReturnTakesBackTheShareOfThePointsThatCameBack() {
        QCOMPARE(pointsToTakeBack(100, 10000, 5000, 0), std::int64_t(50));
        QCOMPARE(pointsToTakeBack(100, 10000, 10000, 50), std::int64_t(50)); // the rest, exactly
        QCOMPARE(pointsToTakeBack(7, 3000, 1000, 0), std::int64_t(2));       // 2.33 rounds to 2
        QCOMPARE(pointsToTakeBack(100, 10000, 20000, 100), std::int64_t(0)); // never more than earned
        QCOMPARE(pointsToTakeBack(0, 10000, 5000, 0), std::int64_t(0));
    }

    void init() {
        m_till = std::make_unique<TillDatabase>(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())));
        m_till->initialise(QStringLiteral("001"), QStringLiteral("02"), QStringLiteral("Test"));
        seedDemoCatalog(*m_till, 100);
        kassa::testing::openShift(*m_till);
        m_till->settings().setValue(QString::fromLatin1(settingKeys::kLoyaltyRules), QString::fromLatin1(kRules));
        Customer member;
        member.name = QStringLiteral("Maija Virtanen");
        member.phone = QStringLiteral("040 123 4567");
        member.loyaltyCard = QStringLiteral("290000012345") + QString::number(gs1CheckDigit(u"290000012345"));
        m_member = m_till->customers().create(member, m_till->settings().identity(), m_at).value();
    }

    void aMemberEarnsOnWhatTheyPayAndTheReceiptSaysSo() {
        const CompletedSale sale = sell(10);
        QVERIFY(sale.loyalty);
        QCOMPARE(sale.loyalty->basis, sale.total);
        QCOMPARE(sale.loyalty->earned, sale.total.cents() / 100);
        QCOMPARE(sale.customerId, m_member.id);
        const QString text = renderReceiptText(sale, ReceiptHeader{});
        QVERIFY2(text.contains(QStringLiteral("Points earned")) && text.contains(m_member.loyaltyCard.right(4)) &&
                     !text.contains(m_member.loyaltyCard),
                 qPrintable(text));
        // Until central has counted the sale, the till adds it to what central said.
        QCOMPARE(m_till->customers().loyaltyOf(m_member.id)->balance, sale.loyalty->earned);
        QCOMPARE(m_till->customers().loyaltyOf(m_member.id)->tier, QStringLiteral("Perus"));
        // A customer without a card earns nothing, and the sale says nothing of points.
        auto till = checkout();
        Customer guest;
        guest.name = QStringLiteral("Matti");
        guest.phone = QStringLiteral("050 555 1234");
        const QString guestId = m_till->customers().create(guest, m_till->settings().identity(), m_at)->id;
        QVERIFY(till->attachCustomer(guestId).ok());
        QVERIFY(till->scan(demoGtin(0)).ok());
        QVERIFY(till->startPayment().ok());
        QCOMPARE(till->payLoyaltyPoints(100).error().code, ErrorCode::NotALoyaltyMember);
        QVERIFY(till->payCard().ok());
        QVERIFY(!till->complete()->loyalty);
    }

    void pointsPayUpToTheBalanceAndTheMinimum() {
        feedStanding(500, 500);
        auto till = checkout();
        QVERIFY(till->attachCustomer(m_member.id).ok());
        QVERIFY(till->scan(demoGtin(0), 10 * kQuantityOne).ok());
        QVERIFY(till->startPayment().ok());
        const auto tooMany = till->payLoyaltyPoints(600);
        QCOMPARE(tooMany.error().code, ErrorCode::LoyaltyPointsExceeded);
        QVERIFY(describe(tooMany.error()).contains(QStringLiteral("500 points")));
        QCOMPARE(till->payLoyaltyPoints(50).error().code, ErrorCode::LoyaltyBelowMinimum);
        QCOMPARE(till->payment()->tenders().size(), std::size_t(0));
        QCOMPARE(till->payLoyaltyPoints(200).value(), std::int64_t(200));
        QCOMPARE(till->payment()->tenders().front().amount, Money(200));
        QCOMPARE(till->loyalty()->balance, 300);
        QCOMPARE(till->detachCustomer().error().code, ErrorCode::CustomerPointsTaken);
        QVERIFY(till->payCard().ok());
        const CompletedSale sale = till->complete().value();
        QCOMPARE(sale.loyalty->redeemed, std::int64_t(200));
        QCOMPARE(sale.loyalty->basis, sale.total - Money(200)); // no points on what points paid
        QCOMPARE(sale.loyalty->balanceAfter, 300 + sale.loyalty->earned);
        QCOMPARE(m_till->customers().loyaltyOf(m_member.id)->balance, 300 + sale.loyalty->earned);
        QVERIFY(renderReceiptText(sale, ReceiptHeader{}).contains(QStringLiteral("Loyalty points 200")));

        // Central has counted the sale: its figure stands alone.
        const std::int64_t seq = m_till->outbox().pending(100, 1 << 20).back().seq;
        feedStanding(300 + sale.loyalty->earned, 500 + sale.loyalty->earned, seq);
        QCOMPARE(m_till->customers().loyaltyOf(m_member.id)->balance, 300 + sale.loyalty->earned);
    }

    void aReturnHereTakesBackThePointsOfWhatCameBack() {
        const CompletedSale sale = sell(10);
        const std::int64_t earned = sale.loyalty->earned;
        const auto half = kassa::testing::takeBack(*m_till, returnableOf(sale), {{1, 5 * kQuantityOne}}, m_at);
        QVERIFY(half);
        QCOMPARE(half->loyaltyTakenBack, (earned + 1) / 2);
        QCOMPARE(half->customerId, m_member.id);
        QVERIFY(renderReturnText(*half, ReceiptHeader{}).contains(QStringLiteral("Loyalty points taken back")));
        const auto rest = kassa::testing::takeBack(*m_till, returnableOf(sale), {{1, 5 * kQuantityOne}}, m_at);
        QVERIFY(rest);
        QCOMPARE(half->loyaltyTakenBack + rest->loyaltyTakenBack, earned);
        QCOMPARE(m_till->customers().loyaltyOf(m_member.id)->balance, 0);
    }
};

QTEST_GUILESS_MAIN(TestLoyalty)
#include "TestLoyalty.moc"
