// One pass over a task store (SPEC §2–§4): the interviews, the store's tasks and its memory in; the
// steps to apply and the memory to keep out. Every decision of a pass is here, so the CLI (whose
// store is a --tasks file) and the Akonadi agent (a task collection and a state file) only convert,
// store and schedule:
//  - an outcome category (Rejected, Offer, Accepted, Withdrawn) on one of the interview's tasks
//    counts as the interview's outcome (users can't always edit an invite they don't own): it is
//    taken when the interview states none, and a final one wins over a stated offer;
//  - an outcome once seen is kept, and one without a date is dated by the day first seen, where
//    the store keeps outcomes (StoreMemory::keepsOutcomes);
//  - tasks of interviews outside the window, of forgotten history, and of a recurring series'
//    occurrences the source did not expand (outside `series.expansion`, give or take two days)
//    are left as they are;
//  - a UID issued before and missing from the store is the user's deletion: never created again;
//    one whose creation the store refused is created again;
//  - a kept task of ours in the window that lists fewer UIDs than were issued for its interview
//    is marked to be stored again (ReconcileStep::issuedOutdated);
//  - with part of the input unreadable nothing is cancelled and no memory is pruned;
//  - categories the user added to a task stay theirs (reconcile.h).
// Pure: no clock (`now` comes in), no I/O, no shared state; passes may run on any thread.
#pragma once

#include "followups/interview.h"
#include "followups/planner.h"
#include "followups/policy.h"
#include "followups/reconcile.h"
#include "followups/store_memory.h"

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace followups
{

// Recurring interviews whose occurrences the source expanded within a range only (an RRULE may be
// endless): a task of an occurrence outside it is not a task of a deleted occurrence.
struct ExpandedSeries {
    std::set<std::string> uids;
    TimeRange expansion;
};

struct PassInput {
    std::vector<Interview> interviews; // recognised (collectInterviews, InterviewCollector)
    // Interviews seen but not kept (InterviewCollector's history): their tasks are left alone.
    std::set<InterviewKey> history;
    ExpandedSeries series;
    TimeRange window;     // where interviews are planned (defaultPlanningWindow, --since/--until)
    bool complete = true; // false when some calendar could not be read
};

struct PassResult {
    std::vector<Interview> interviews; // as planned: outcomes from tasks and memory applied
    Plan plan;                         // outsideWindow includes the history
    // Pointing into the `existing` given to planAndReconcile, which must outlive them.
    std::vector<ReconcileStep> steps;
    // The memory to keep. UIDs created by the steps are not in it yet: the store adds each one it
    // confirms (StoreMemory::addIssued) and reports each one it refuses (creationFailed).
    StoreMemory memory;
    std::size_t keptUserChanges = 0;
    std::size_t rememberedDeletions = 0; // KeepDeleted steps
    std::size_t prunedRecords = 0;
    // Every UID issued for each interview, before and by this pass: what a task stored by a step
    // carries (X-IFU-ISSUED) so that a later pass knows which of them the user deleted.
    std::map<InterviewKey, std::set<std::string>> issued;

    const std::set<std::string>& issuedFor(const InterviewKey& interview) const;
};

PassResult planAndReconcile(PassInput input, const std::vector<ExistingTask>& existing,
                            StoreMemory memory, const Policy& policy, Instant now);

} // namespace followups
