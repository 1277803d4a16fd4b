// One planning pass, without Akonadi: interview events and the product's existing tasks in, the
// writes to make out. Runs the core (collectInterviews → planFollowUps → reconcile) and adds only
// what the agent's store knows:
//  - outcome categories the user put on an interview's tasks count as the interview's outcome;
//  - an outcome without a date is dated by the day the agent first saw it, kept in the state;
//  - a task issued before whose every sibling is gone too is not recreated (state memory);
//  - a task whose creation failed is created again, although siblings list it as issued;
//  - state records of interviews no longer current are pruned (FollowupsState::prune);
//  - tasks of a recurring series' occurrences outside the expansion range are left alone;
//  - categories the user added to a task are not the product's content: they neither make the task
//    look edited nor need an update (IncidenceConverter::applyTask keeps them).
#pragma once

#include "followupsstate.h"

#include <followups/event.h>
#include <followups/planner.h>
#include <followups/policy.h>
#include <followups/reconcile.h>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace ReconcilePass
{

struct Write {
    followups::ReconcileAction action; // Create, Update, Cancel or Reinstate
    followups::Task task;
    std::vector<std::string> issued; // X-IFU-ISSUED: every UID issued for the task's interview
    const followups::ExistingTask* existing = nullptr;
};

struct Result {
    std::vector<Write> writes;
    followups::Warnings warnings;
    std::size_t interviews = 0;
    std::size_t rememberedDeletions = 0;
    std::size_t keptUserChanges = 0;
    std::size_t prunedRecords = 0; // state records dropped (FollowupsState::prune)
    // SUMMARY of each interview that gets new tasks, for the notification.
    std::map<followups::InterviewKey, std::string> createdFor;
    // What a limit of the planner left out (Plan::warnings), each naming the invite; in
    // `warnings` too.
    followups::Warnings limits;
};

struct Input {
    std::vector<followups::CalendarEvent> events;
    // Categories the user added to a task are normalised away here (they are kept in the store).
    std::vector<followups::ExistingTask>* existing = nullptr;
    std::set<std::string> seriesUids; // recurring interviews present in the calendars
    followups::TimeRange expansion;   // where their occurrences were expanded
    bool allowCancel = true;          // false when some calendar could not be read
};

// What a pass reads of a stored task (content, categories, recorded hash): a store notification
// about a task whose fingerprint is unchanged (a resource setting its remote id or etag) brings
// nothing new to plan.
std::string taskFingerprint(const followups::ExistingTask& task);

// Updates `state` with outcomes first seen, the UIDs of the existing tasks and the day each current
// interview was seen, and prunes it; the caller adds the UIDs it creates once the store confirms
// them, and reports those it failed to create (FollowupsState::creationFailed).
Result run(Input input, const followups::Policy& policy, followups::Instant now,
           FollowupsState& state);

} // namespace ReconcilePass
