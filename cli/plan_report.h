// What `plan` says on standard error besides the warnings (SPEC §6): one summary line (events
// read, interviews, tasks by status, overdue, near misses, who the user is taken to be), the
// explanation of every event that looked like an interview (--explain), and the warning when the
// user could not be told. Only the words: what happened is decided in the core (explanation.h,
// user_identity.h, recognize.h's RecognitionTally).
#pragma once

#include "followups/diagnostics.h"
#include "followups/explanation.h"
#include "followups/recognize.h"
#include "followups/task.h"
#include "followups/user_identity.h"

#include <cstddef>
#include <string>
#include <vector>

namespace followups::cli
{

struct PlanCounts {
    std::size_t eventsRead = 0;
    RecognitionTally tally;
    std::size_t open = 0; // needs-action
    std::size_t overdue = 0;
    std::size_t done = 0;
    std::size_t cancelled = 0;
};

// Counts `tasks` by status; an open task is overdue when its due time (or day, in `zone`) is
// before `now`.
void countTasks(const std::vector<Task>& tasks, Instant now, const Zone& zone, PlanCounts& counts);

// "interview-followups: 12 events read, 8 interviews (2 near misses, 3 outside the window, 1
// cancelled); 31 tasks: 27 to do (2 overdue), 0 done, 4 cancelled; you: sam@example.com (the
// calendar's X-WR-CALNAME)", or "… no interviews found in 2 events read (…)". One line, LF-ended.
std::string summaryLine(const PlanCounts& counts, const UserIdentity& user);

// "sam@example.com (the calendar's X-WR-CALNAME)", "unknown: set --me".
std::string userText(const UserIdentity& user);

// One event: its place, title and start, then indented lines saying why it looked like an
// interview, whether it was taken and why, and what was read from where. LF-ended lines, each
// safe for a terminal.
std::string explanationText(const Explanation& explanation, const Zone& zone);

// When the user could not be told and a thank-you note might go to them (SPEC §2).
Warning unknownUserWarning();

} // namespace followups::cli
