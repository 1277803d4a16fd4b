// The agent's work, one step at a time: a catch-up (read every watched event) or a pass (reconcile
// the tasks). Passes never overlap and a catch-up never runs beside a pass, so no two steps write
// the same task or replace each other's copy of the store (no duplicates, SPEC §7). The agent says
// what happened; the scheduler says which step to start now. No Akonadi here: every transition is
// tested without a server (stepschedulertest).
//
//   Idle ──pass wanted──────────────▶ Reconciling ──ended──▶ Idle, or what was wanted meanwhile
//   Idle ──catch-up wanted──────────▶ CatchingUp ──ended──▶ Reconciling (a catch-up ends with a
//                                                           pass) │ Idle when it failed (the agent
//                                                           times a retry)
//   Idle ──server stopped───────────▶ WaitingForServer ──server running──▶ CatchingUp
//   CatchingUp or Reconciling ──lost (no answer, StallWatchdog)──▶ CatchingUp
//
// A step is never interrupted: what is wanted during one waits and starts when it ends (a catch-up
// wanted meanwhile wins over a pass, as it ends with one). The server stopping during a step means
// a catch-up once it runs again: the notifications sent while it was away are lost.
#pragma once

class StepScheduler
{
public:
    enum class State { Idle, CatchingUp, Reconciling, WaitingForServer };
    enum class Step { None, CatchUp, Pass };

    // Each returns the step to start now (None: nothing yet).
    [[nodiscard]] Step catchUpWanted();
    [[nodiscard]] Step passWanted();
    // `serverRunning`: whether the Akonadi server runs as the step ends.
    [[nodiscard]] Step catchUpEnded(bool succeeded, bool serverRunning);
    [[nodiscard]] Step passEnded(bool serverRunning);
    // The step got no answer and was abandoned: what it read or wrote is uncertain, so a
    // catch-up follows at once (it ends with a pass), whatever waited.
    [[nodiscard]] Step stepLost(bool serverRunning);
    [[nodiscard]] Step serverStopped();
    [[nodiscard]] Step serverRunning();

    State state() const { return state_; }
    // What waits for the current step to end.
    Step waiting() const { return waiting_; }

private:
    Step begin(Step step);
    Step afterStep(bool serverRunning);

    State state_ = State::Idle;
    Step waiting_ = Step::None;
};
