// A pickup order's states: the steps that may follow each other, each refusal saying what the
// order's state allows, and the end of the collection period.

#include "core/domain/Pickup.h"

#include <QTest>

using namespace kassa::core;

class TestPickup : public QObject {
    Q_OBJECT

    static QString refusal(PickupStatus from, PickupStatus to) {
        const Result<void> step = checkPickupStep(QStringLiteral("W100"), from, to);
        return step ? QString() : describe(step.error());
    }

private Q_SLOTS:
    void theOrderMovesFromNewToCollected() {
        QVERIFY(checkPickupStep(QStringLiteral("W100"), PickupStatus::New, PickupStatus::Picking).ok());
        QVERIFY(checkPickupStep(QStringLiteral("W100"), PickupStatus::Picking, PickupStatus::Ready).ok());
        QVERIFY(checkPickupStep(QStringLiteral("W100"), PickupStatus::New, PickupStatus::Ready).ok());
        QVERIFY(checkPickupStep(QStringLiteral("W100"), PickupStatus::Ready, PickupStatus::Collected).ok());
        QVERIFY(checkPickupStep(QStringLiteral("W100"), PickupStatus::Ready, PickupStatus::Expired).ok());
        for (PickupStatus open : {PickupStatus::New, PickupStatus::Picking, PickupStatus::Ready}) {
            QVERIFY(checkPickupStep(QStringLiteral("W100"), open, PickupStatus::Cancelled).ok());
        }
    }

    void aStepThatMayNotFollowSaysWhy() {
        QCOMPARE(refusal(PickupStatus::Picking, PickupStatus::Collected),
                 QStringLiteral("Order W100 is not ready to collect yet: pick it and mark it ready first."));
        QCOMPARE(refusal(PickupStatus::Collected, PickupStatus::Collected),
                 QStringLiteral("Order W100 was collected already: nothing was changed."));
        QCOMPARE(refusal(PickupStatus::Collected, PickupStatus::Cancelled),
                 QStringLiteral("Order W100 was collected already: nothing was changed."));
        QVERIFY(refusal(PickupStatus::Cancelled, PickupStatus::Collected).contains(QLatin1String("was cancelled")));
        QVERIFY(refusal(PickupStatus::Expired, PickupStatus::Collected).contains(QLatin1String("has expired")));
        QCOMPARE(refusal(PickupStatus::New, PickupStatus::Expired),
                 QStringLiteral("Order W100 is new: it cannot be marked expired."));
        QCOMPARE(checkPickupStep(QStringLiteral("W100"), PickupStatus::Ready, PickupStatus::New).error().code,
                 ErrorCode::PickupStepRefused);
    }

    void statusesReadAsTheyAreWritten() {
        for (PickupStatus status : {PickupStatus::New, PickupStatus::Picking, PickupStatus::Ready,
                                    PickupStatus::Collected, PickupStatus::Cancelled, PickupStatus::Expired}) {
            QCOMPARE(pickupStatusFromString(pickupStatusToString(status)), std::optional(status));
        }
        QVERIFY(!pickupStatusFromString(u"shipped"));
    }

    // Ready on a Monday afternoon with a period of 7 days: collectable until the next Monday's end.
    void theCollectionPeriodEndsAtTheEndOfItsLastDay() {
        const QDateTime ready(QDate(2026, 11, 30), QTime(15, 20));
        const QDateTime until = collectBy(ready, 7);
        QCOMPARE(until.date(), QDate(2026, 12, 7));
        QCOMPARE(until.time(), QTime(23, 59, 59, 999));
        QCOMPARE(collectBy(ready, 0).date(), ready.date());
    }
};

QTEST_GUILESS_MAIN(TestPickup)
#include "TestPickup.moc"
