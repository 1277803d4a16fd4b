#include "stepscheduler.h"

StepScheduler::Step StepScheduler::catchUpWanted()
{
    if (state_ == State::Idle) {
        return begin(Step::CatchUp);
    }
    waiting_ = Step::CatchUp; // also while waiting for the server: its return catches up anyway
    return Step::None;
}

StepScheduler::Step StepScheduler::passWanted()
{
    switch (state_) {
    case State::Idle:
        return begin(Step::Pass);
    case State::Reconciling:
        if (waiting_ == Step::None) {
            waiting_ = Step::Pass;
        }
        return Step::None;
    case State::CatchingUp:       // it ends with a pass
    case State::WaitingForServer: // its catch-up ends with one
        return Step::None;
    }
    return Step::None;
}

StepScheduler::Step StepScheduler::catchUpEnded(bool succeeded, bool serverRunning)
{
    if (succeeded && serverRunning && waiting_ == Step::None) {
        waiting_ = Step::Pass;
    }
    return afterStep(serverRunning);
}

StepScheduler::Step StepScheduler::passEnded(bool serverRunning)
{
    return afterStep(serverRunning);
}

StepScheduler::Step StepScheduler::stepLost(bool serverRunning)
{
    waiting_ = Step::CatchUp;
    return afterStep(serverRunning);
}

StepScheduler::Step StepScheduler::serverStopped()
{
    if (state_ == State::Idle) {
        state_ = State::WaitingForServer;
        waiting_ = Step::None;
    } else if (state_ != State::WaitingForServer) {
        waiting_ = Step::CatchUp;
    }
    return Step::None;
}

StepScheduler::Step StepScheduler::serverRunning()
{
    return state_ == State::WaitingForServer ? begin(Step::CatchUp) : Step::None;
}

StepScheduler::Step StepScheduler::begin(Step step)
{
    state_ = step == Step::CatchUp ? State::CatchingUp : State::Reconciling;
    waiting_ = Step::None;
    return step;
}

StepScheduler::Step StepScheduler::afterStep(bool serverRunning)
{
    if (!serverRunning) {
        state_ = State::WaitingForServer;
        waiting_ = Step::None;
        return Step::None;
    }
    const Step next = waiting_;
    state_ = State::Idle;
    waiting_ = Step::None;
    return next == Step::None ? Step::None : begin(next);
}
