// The agent's steps, one at a time: every transition of StepScheduler, without a server.
#include "stepscheduler.h"

#include <QTest>

using State = StepScheduler::State;
using Step = StepScheduler::Step;

class StepSchedulerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldStartIdle()
    {
        const StepScheduler steps;
        QCOMPARE(steps.state(), State::Idle);
        QCOMPARE(steps.waiting(), Step::None);
    }

    void shouldStartAWantedStepAtOnceWhenIdle()
    {
        StepScheduler passes;
        QCOMPARE(passes.passWanted(), Step::Pass);
        QCOMPARE(passes.state(), State::Reconciling);

        StepScheduler catchUps;
        QCOMPARE(catchUps.catchUpWanted(), Step::CatchUp);
        QCOMPARE(catchUps.state(), State::CatchingUp);
    }

    void shouldEndACatchUpWithAPass()
    {
        StepScheduler steps;
        (void)steps.catchUpWanted();
        QCOMPARE(steps.catchUpEnded(true, true), Step::Pass);
        QCOMPARE(steps.state(), State::Reconciling);
        QCOMPARE(steps.passEnded(true), Step::None);
        QCOMPARE(steps.state(), State::Idle);
    }

    void shouldNotStartAPassAfterAFailedCatchUp()
    {
        StepScheduler steps;
        (void)steps.catchUpWanted();
        QCOMPARE(steps.catchUpEnded(false, true), Step::None);
        QCOMPARE(steps.state(), State::Idle);
    }

    void shouldNeverRunTwoPassesAtOnce()
    {
        StepScheduler steps;
        (void)steps.passWanted();
        QCOMPARE(steps.passWanted(), Step::None);
        QCOMPARE(steps.passWanted(), Step::None);
        QCOMPARE(steps.waiting(), Step::Pass);
        // The changes that arrived meanwhile bring one more pass, not one each.
        QCOMPARE(steps.passEnded(true), Step::Pass);
        QCOMPARE(steps.state(), State::Reconciling);
        QCOMPARE(steps.passEnded(true), Step::None);
        QCOMPARE(steps.state(), State::Idle);
    }

    void shouldNotStartACatchUpBesideAPass()
    {
        StepScheduler steps;
        (void)steps.passWanted();
        QCOMPARE(steps.catchUpWanted(), Step::None);
        QCOMPARE(steps.state(), State::Reconciling);
        QCOMPARE(steps.passEnded(true), Step::CatchUp);
        QCOMPARE(steps.state(), State::CatchingUp);
    }

    void shouldPreferACatchUpToAPassWaitingAfterAPass()
    {
        StepScheduler steps;
        (void)steps.passWanted();
        (void)steps.passWanted();
        (void)steps.catchUpWanted();
        (void)steps.passWanted(); // still one catch-up, which ends with a pass
        QCOMPARE(steps.waiting(), Step::CatchUp);
        QCOMPARE(steps.passEnded(true), Step::CatchUp);
    }

    void shouldLetTheCatchUpsPassCoverPassesWantedDuringIt()
    {
        StepScheduler steps;
        (void)steps.catchUpWanted();
        QCOMPARE(steps.passWanted(), Step::None);
        QCOMPARE(steps.waiting(), Step::None);
        QCOMPARE(steps.catchUpEnded(true, true), Step::Pass);
        QCOMPARE(steps.passEnded(true), Step::None);
    }

    void shouldCatchUpAgainWhenAskedDuringACatchUp()
    {
        // The settings changed while the calendars were read with the old ones.
        StepScheduler steps;
        (void)steps.catchUpWanted();
        QCOMPARE(steps.catchUpWanted(), Step::None);
        QCOMPARE(steps.catchUpEnded(true, true), Step::CatchUp);
        QCOMPARE(steps.state(), State::CatchingUp);
        QCOMPARE(steps.catchUpEnded(true, true), Step::Pass);
    }

    void shouldWaitForTheServerAndCatchUpWhenItRunsAgain()
    {
        StepScheduler steps;
        QCOMPARE(steps.serverStopped(), Step::None);
        QCOMPARE(steps.state(), State::WaitingForServer);
        QCOMPARE(steps.passWanted(), Step::None);
        QCOMPARE(steps.catchUpWanted(), Step::None);
        QCOMPARE(steps.state(), State::WaitingForServer);
        QCOMPARE(steps.serverRunning(), Step::CatchUp);
        QCOMPARE(steps.state(), State::CatchingUp);
        QCOMPARE(steps.waiting(), Step::None);
    }

    void shouldCatchUpAfterAStepDuringWhichTheServerRestarted()
    {
        // Notifications sent while the server was away are lost.
        StepScheduler steps;
        (void)steps.passWanted();
        QCOMPARE(steps.serverStopped(), Step::None);
        QCOMPARE(steps.serverRunning(), Step::None);
        QCOMPARE(steps.state(), State::Reconciling);
        QCOMPARE(steps.passEnded(true), Step::CatchUp);
    }

    void shouldWaitForTheServerWhenAStepEndsWithoutIt()
    {
        StepScheduler steps;
        (void)steps.catchUpWanted();
        QCOMPARE(steps.serverStopped(), Step::None);
        QCOMPARE(steps.catchUpEnded(false, false), Step::None);
        QCOMPARE(steps.state(), State::WaitingForServer);
        QCOMPARE(steps.serverRunning(), Step::CatchUp);

        StepScheduler passing;
        (void)passing.passWanted();
        QCOMPARE(passing.passEnded(false), Step::None);
        QCOMPARE(passing.state(), State::WaitingForServer);
        QCOMPARE(passing.serverRunning(), Step::CatchUp);
    }

    void shouldCatchUpAtOnceAfterALostStep()
    {
        // A pass lost half-way may have written some tasks: only a catch-up knows which.
        StepScheduler passing;
        (void)passing.passWanted();
        (void)passing.passWanted(); // waits behind it; the catch-up ends with a pass anyway
        QCOMPARE(passing.stepLost(true), Step::CatchUp);
        QCOMPARE(passing.state(), State::CatchingUp);
        QCOMPARE(passing.waiting(), Step::None);
        QCOMPARE(passing.catchUpEnded(true, true), Step::Pass);

        StepScheduler catchingUp;
        (void)catchingUp.catchUpWanted();
        QCOMPARE(catchingUp.stepLost(true), Step::CatchUp);
        QCOMPARE(catchingUp.state(), State::CatchingUp);
    }

    void shouldWaitForTheServerAfterAStepLostWithIt()
    {
        StepScheduler steps;
        (void)steps.passWanted();
        QCOMPARE(steps.stepLost(false), Step::None);
        QCOMPARE(steps.state(), State::WaitingForServer);
        QCOMPARE(steps.serverRunning(), Step::CatchUp);
    }

    void shouldIgnoreTheServerRunningWhenNothingWasMissed()
    {
        StepScheduler steps;
        QCOMPARE(steps.serverRunning(), Step::None);
        QCOMPARE(steps.state(), State::Idle);
    }
};

QTEST_GUILESS_MAIN(StepSchedulerTest)

#include "stepschedulertest.moc"
