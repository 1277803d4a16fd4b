// What a task store remembers of each interview besides its tasks (SPEC §2, §4), and the rules that
// keep it. One type for both stores: the CLI's memory is the X-IFU-ISSUED of the tasks in --tasks
// (which planAndReconcile reads from the tasks themselves, so the CLI passes an empty StoreMemory);
// the agent keeps a StoreMemory in its state file (akonadi-agent/src/followupsstate.h) besides the
// same property on its tasks.
//
// Not thread-safe: a StoreMemory is a value, used by one thread at a time.
#pragma once

#include "followups/interview.h"
#include "followups/time.h"

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace followups
{

class StoreMemory
{
public:
    struct Record {
        // Every task UID issued for the interview: one missing from the store was deleted by the
        // user, even when none of its siblings is left to list it (X-IFU-ISSUED).
        std::set<std::string> issued;
        // Creations the store refused. Their siblings created in the same batch list them as
        // issued, yet they are not the user's deletions: they are created again.
        std::set<std::string> failedCreations;
        // The interview's outcome once seen, dated (by the day first seen when it had no date).
        std::optional<Outcome> outcome;
        // The last day the interview was current: in the calendars and not behind the window.
        std::optional<Date> lastSeen;
    };

    // A record whose interview has not been current for this long is dropped: its interview was
    // deleted or lies behind the planning window, where nothing is planned any more. The grace
    // keeps the memory of deletions over an unreachable calendar or an undone deletion.
    static constexpr int pruneAfterDays = 30;

    // Whether the store keeps outcomes across passes (the agent's state file does; a .ics file of
    // tasks does not). Where it does, an outcome without a date is dated by the day it was first
    // seen; elsewhere the planner dates it (the interview's LAST-MODIFIED, else now).
    bool keepsOutcomes = false;

    const std::set<std::string>& issued(const InterviewKey& key) const;
    bool wasIssued(const InterviewKey& key, const std::string& uid) const;
    // Adds UIDs the store holds or confirmed (a failed creation that now exists is no longer
    // failed); returns whether anything was new.
    bool addIssued(const InterviewKey& key, const std::set<std::string>& uids);

    void creationFailed(const InterviewKey& key, const std::string& uid);
    const std::set<std::string>& failedCreations(const InterviewKey& key) const;

    // The interview is current today (only interviews with a record are noted).
    void seen(const InterviewKey& key, Date today);
    // Drops the records not current for more than pruneAfterDays (a record never seen is dated
    // today); returns how many were dropped.
    std::size_t prune(Date today);

    const std::optional<Outcome>& outcome(const InterviewKey& key) const;
    void setOutcome(const InterviewKey& key, const Outcome& outcome);

    const std::map<InterviewKey, Record>& records() const { return records_; }
    // For a store loading what it saved.
    void restore(const InterviewKey& key, Record record);

private:
    std::map<InterviewKey, Record> records_;
};

} // namespace followups
