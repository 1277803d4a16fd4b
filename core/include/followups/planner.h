// The follow-up rules of SPEC §3: from interviews to the set of tasks that should exist now.
// Pure functions (the clock comes in as `now`); safe on any thread.
#pragma once

#include "followups/interview.h"
#include "followups/policy.h"
#include "followups/task.h"

#include <chrono>
#include <set>
#include <vector>

namespace followups
{

struct TimeRange {
    Instant from;
    Instant to;
};

// now − policy.window.past … now + policy.window.future.
TimeRange defaultPlanningWindow(const Policy& policy, Instant now);

// A hiring process does not span more than a year: an interview that ended more than this before
// the planning window began is history. It takes no part in planning (no process, no outcome, no
// accepted offer), so an offer accepted years ago brings no withdraw-notice today, and a reader
// may forget all of it but its key (InterviewCollector) instead of holding years of interviews.
inline constexpr std::chrono::days historyHorizon{365};
bool isHistory(const Interview& interview, TimeRange window);

// Whether the interview ends inside the window (both ends included): it is planned.
bool endsInside(const Interview& interview, TimeRange window);

struct Plan {
    std::vector<Task> tasks; // sorted by interview start, then kind, ordinal, uid
    // Interviews seen but not planned because they end outside the window (history included), or
    // because a limit left them out: their existing tasks are left as they are by reconciliation.
    std::set<InterviewKey> outsideWindow;
    // What a limit left out, each naming the interview's file and line.
    Warnings warnings;
};

// Plans the desired tasks for every interview ending inside `window`, all with status NeedsAction
// and sequence 0. Looks at all interviews but history, in the window or not, for the rules that
// span a process: a later round with the same company and role cancels the earlier round's
// follow-ups; an outcome on the last round applies to the whole process; accepting an offer closes
// every other process still open (one that began before, or whose first round was in the
// calendar by then, LAST-MODIFIED else DTSTAMP): no more follow-ups, one withdraw-notice, and a
// round still to come gets only that notice (before it starts) and nothing else. Cancelled and
// switched-off interviews get no tasks. An outcome without a date is dated by the interview's
// LAST-MODIFIED, else by `now`.
// Bounded whatever the calendar (docs/robustness.md "Limits"): of one recurring series, the first
// policy.seriesLimit occurrences in the window are planned; a task due or reminding outside the
// supported years (time.h) is left out; and no more than policy.taskLimit tasks are planned
// (the interviews' in order of start, whole interviews). Each limit reached gives one warning.
Plan planFollowUps(const std::vector<Interview>& interviews, const Policy& policy, Instant now,
                   TimeRange window);

} // namespace followups
