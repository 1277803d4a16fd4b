// StallWatchdog, without a server: a step is stalled only after `limit` without an answer.
#include "stallwatchdog.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

namespace
{
// A step that answers (reports progress) and ends when the test says so.
class ScriptedStep : public KJob
{
    Q_OBJECT
public:
    void start() override {}
    void answer() { setProcessedAmount(KJob::Items, processedAmount(KJob::Items) + 1); }
    // A pass that has computed its writes says how many it will wait for.
    void plan(qulonglong writes) { setTotalAmount(KJob::Items, writes); }
    void finish() { emitResult(); }
};
} // namespace

class StallWatchdogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReportAStepWithoutAnswer()
    {
        StallWatchdog watchdog(100ms);
        QSignalSpy stalled(&watchdog, &StallWatchdog::stalled);
        auto* step = new ScriptedStep;
        watchdog.watch(step);
        QVERIFY(stalled.wait(2000));
        QCOMPARE(stalled.first().first().value<KJob*>(), step);
        // Still silent: told again, so a reaction that did not help is retried.
        QVERIFY(stalled.wait(2000));
        step->finish();
    }

    void shouldNotReportAStepThatKeepsAnswering()
    {
        StallWatchdog watchdog(300ms);
        QSignalSpy stalled(&watchdog, &StallWatchdog::stalled);
        auto* step = new ScriptedStep;
        watchdog.watch(step);
        // 1.2 s in all, far beyond the limit, but never 300 ms without an answer or a plan.
        for (int i = 0; i < 12; ++i) {
            QTest::qWait(100);
            if (i % 2 == 0) {
                step->answer();
            } else {
                step->plan(static_cast<qulonglong>(i));
            }
        }
        QCOMPARE(stalled.size(), 0);
        step->finish();
        QTest::qWait(600);
        QCOMPARE(stalled.size(), 0);
    }

    void shouldStopWatchingAStepThatEnded()
    {
        StallWatchdog watchdog(100ms);
        QSignalSpy stalled(&watchdog, &StallWatchdog::stalled);
        auto* step = new ScriptedStep;
        watchdog.watch(step);
        step->finish(); // deletes itself later (auto-delete)
        QTest::qWait(400);
        QCOMPARE(stalled.size(), 0);
    }

    void shouldWatchOnlyTheLatestStep()
    {
        StallWatchdog watchdog(200ms);
        QSignalSpy stalled(&watchdog, &StallWatchdog::stalled);
        auto* first = new ScriptedStep;
        watchdog.watch(first);
        auto* second = new ScriptedStep;
        watchdog.watch(second);
        first->finish(); // the first one's end does not stop watching the second
        QVERIFY(stalled.wait(2000));
        QCOMPARE(stalled.first().first().value<KJob*>(), second);
        second->finish();
    }
};

QTEST_GUILESS_MAIN(StallWatchdogTest)

#include "stallwatchdogtest.moc"
