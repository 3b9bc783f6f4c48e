// The background loop under checkpoints and snapshots: runs at once, repeats, stops when the
// task gives up, and its destruction neither waits out the interval nor leaves a run behind.

#include "core/store/PeriodicTask.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace kassa::core;
using namespace std::chrono_literals;

class TestPeriodicTask : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void runsAtStartThenRepeats() {
        std::atomic<int> runs{0};
        PeriodicTask task(10ms, [&] {
            ++runs;
            return true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(runs >= 3, 5'000);
    }

    void stopsForGoodWhenTheTaskGivesUp() {
        std::atomic<int> runs{0};
        {
            PeriodicTask task(1ms, [&] { return ++runs < 2; });
            QTRY_COMPARE_WITH_TIMEOUT(runs.load(), 2, 5'000);
            QTest::qWait(50);
        }
        QCOMPARE(runs.load(), 2);
    }

    void destructionEndsTheWaitAndTheLastRunFinishes() {
        std::atomic<int> runs{0};
        std::atomic<bool> inside{false};
        QElapsedTimer timer;
        {
            PeriodicTask task(1h, [&] {
                inside = true;
                QThread::msleep(30);
                ++runs;
                inside = false;
                return true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(inside.load() || runs.load() == 1, 5'000);
            timer.start();
        }
        // The destructor waited for the run in progress, not for the hour.
        QCOMPARE(runs.load(), 1);
        QVERIFY(!inside.load());
        QVERIFY(timer.elapsed() < 60'000);
    }
};

QTEST_GUILESS_MAIN(TestPeriodicTask)
#include "TestPeriodicTask.moc"
