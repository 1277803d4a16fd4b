// One planning pass, without Akonadi: the agent's side of followups::planAndReconcile. Interview
// events (as IncidenceConverter made them) and the product's existing tasks in, the writes to make
// out. Every decision is the core's (followups/plan_and_reconcile.h); this only recognises the
// events, gives the core the agent's window, expansion and memory (FollowupsState), and turns the
// steps that change the store into writes.
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
    std::size_t prunedRecords = 0; // state records dropped (StoreMemory::prune)
    // SUMMARY of each interview that gets new tasks, for the notification.
    std::map<followups::InterviewKey, std::string> createdFor;
    // What a limit of the planner left out (Plan::warnings), each naming the invite; in
    // `warnings` too.
    followups::Warnings limits;
};

struct Input {
    std::vector<followups::CalendarEvent> events;
    const std::vector<followups::ExistingTask>* existing = nullptr;
    std::set<std::string> seriesUids; // recurring interviews present in the calendars
    followups::TimeRange expansion;   // where their occurrences were expanded
    bool allowCancel = true;          // false when some calendar could not be read
};

// What a pass reads of a stored task (content, categories, recorded hash): a store notification
// about a task whose fingerprint is unchanged (a resource setting its remote id or etag) brings
// nothing new to plan.
std::string taskFingerprint(const followups::ExistingTask& task);

// Replaces `state` with the memory the pass leaves (outcomes first seen, the UIDs of the existing
// tasks, the day each current interview was seen, pruned); the caller adds the UIDs it creates once
// the store confirms them, and reports those it failed to create (StoreMemory::creationFailed).
Result run(Input input, const followups::Policy& policy, followups::Instant now,
           FollowupsState& state);

} // namespace ReconcilePass
