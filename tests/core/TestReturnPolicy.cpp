// The chain's return policy: read from what head office sends, every field checked, and the
// default a till uses until central has sent one.

#include "core/domain/ReturnPolicy.h"

#include <QJsonDocument>
#include <QTest>

using namespace kassa::core;

namespace {

QJsonObject json(const char* text) {
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

const char kPolicy[] = "{\"window_days\":{\"store\":30,\"web\":60},"
                       "\"not_returnable\":{\"skus\":[\"GIFT-50\"],\"attributes\":{\"department\":[\"alko\"]}},"
                       "\"without_receipt\":{\"allowed\":true,\"max_refund\":\"50.00\",\"price\":\"lowest\"},"
                       "\"offline_limits\":{\"per_return\":\"100.00\",\"per_day\":\"500.00\"},"
                       "\"refund_tenders\":{\"cash\":[\"cash\",\"store_credit\"],\"card\":[\"card\"],"
                       "\"online\":[\"online\",\"store_credit\"],\"store_credit\":[\"store_credit\"]},"
                       "\"signature_above\":\"100.00\"}";

} // namespace

class TestReturnPolicy : public QObject {
    Q_OBJECT

    QString refusal(const QByteArray& from, const QByteArray& to) {
        QByteArray text(kPolicy);
        text.replace(from, to);
        const Result<ReturnPolicy> policy = parseReturnPolicy(json(text.constData()));
        return policy ? QString() : policy.error().detail;
    }

private Q_SLOTS:
    void readsWhatHeadOfficeSends() {
        const Result<ReturnPolicy> policy = parseReturnPolicy(json(kPolicy));
        QVERIFY2(policy.ok(), policy.ok() ? "" : qPrintable(policy.error().detail));
        QCOMPARE(policy->windowDays.at(QStringLiteral("web")), 60);
        QCOMPARE(policy->notReturnableSkus, QStringList{QStringLiteral("GIFT-50")});
        QCOMPARE(policy->notReturnableValues.at(QStringLiteral("department")), QStringList{QStringLiteral("alko")});
        QCOMPARE(policy->withoutReceiptMaxRefund.cents(), 5000);
        QCOMPARE(policy->offlinePerDay.cents(), 50000);
        QCOMPARE(policy->refundTenders.at(QStringLiteral("card")), QStringList{QStringLiteral("card")});
        // What central keeps and the tills store reads the same again.
        QCOMPARE(toJson(parseReturnPolicy(toJson(policy.value())).value()), toJson(policy.value()));
    }

    void theDefaultIsAPolicyOfItsOwn() {
        const ReturnPolicy policy = defaultReturnPolicy();
        QCOMPARE(policy.windowDays.at(QStringLiteral("store")), 30);
        QVERIFY(!policy.refundTenders.at(QStringLiteral("cash")).contains(QStringLiteral("card")));
        QVERIFY(parseReturnPolicy(toJson(policy)).ok());
    }

    void refusesWhatIsWrongAndSaysWhich() {
        QVERIFY(refusal("\"web\":60", "\"web\":-1").contains(QStringLiteral("window_days")));
        QVERIFY(refusal("\"store\":30,", "").contains(QStringLiteral("\"store\"")));
        QVERIFY(refusal("\"cash\":[\"cash\",\"store_credit\"]", "\"cash\":[\"card\"]")
                    .contains(QStringLiteral("never refunded to a card")));
        QVERIFY(refusal("\"card\":[\"card\"]", "\"card\":[\"cheque\"]").contains(QStringLiteral("refund_tenders")));
        QVERIFY(refusal("\"per_return\":\"100.00\"", "\"per_return\":\"900.00\"")
                    .contains(QStringLiteral("offline_limits")));
        QVERIFY(refusal("\"max_refund\":\"50.00\",", "").contains(QStringLiteral("without_receipt")));
        QVERIFY(refusal("\"GIFT-50\"", "\"\"").contains(QStringLiteral("skus")));
        QVERIFY(
            refusal("\"signature_above\":\"100.00\"", "\"signature_above\":100").contains(QStringLiteral("signature")));
    }
};

QTEST_GUILESS_MAIN(TestReturnPolicy)
#include "TestReturnPolicy.moc"
