// What the agent must remember that the tasks themselves can't say (SPEC §2, §4), kept in a
// KConfig state file across restarts:
//  - every task UID issued per interview, so that an interview whose tasks were ALL deleted by the
//    user does not get them back (X-IFU-ISSUED on a surviving sibling covers the other cases);
//  - the outcome of an interview once seen, and the day it was first seen when the outcome carries
//    no date of its own ("outcome date = day first seen, kept");
//  - the UIDs whose creation the store refused: they are already listed in the X-IFU-ISSUED of
//    siblings created in the same batch, and must not pass for deletions by the user;
//  - the last day the interview was current (in the calendars, not yet past the planning window),
//    so that records of interviews gone for good are pruned.
#pragma once

#include <KSharedConfig>
#include <followups/interview.h>
#include <map>
#include <optional>
#include <set>
#include <string>

class FollowupsState
{
public:
    struct Record {
        std::set<std::string> issued;
        std::optional<followups::Outcome> outcome;
        std::set<std::string> failedCreations;
        std::optional<followups::Date> lastSeen;
    };

    // A record whose interview has not been current for this long is dropped: its interview was
    // deleted or lies behind the planning window, where nothing is planned any more. The grace
    // keeps the memory of deletions over an unreachable calendar or an undone deletion.
    static constexpr int pruneAfterDays = 30;

    void load(const KSharedConfig::Ptr& config);
    void save(const KSharedConfig::Ptr& config) const;

    const std::set<std::string>& issued(const followups::InterviewKey& key) const;
    // Adds UIDs (a failed creation that now exists is no longer failed); returns whether anything
    // was new.
    bool addIssued(const followups::InterviewKey& key, const std::set<std::string>& uids);
    bool wasIssued(const followups::InterviewKey& key, const std::string& uid) const;

    void creationFailed(const followups::InterviewKey& key, const std::string& uid);
    const std::set<std::string>& failedCreations(const followups::InterviewKey& key) const;

    // The interview is current today (only interviews with a record are noted).
    void seen(const followups::InterviewKey& key, followups::Date today);
    // Drops the records not current for more than pruneAfterDays (a record never seen is dated
    // today); returns how many were dropped.
    std::size_t prune(followups::Date today);

    const std::optional<followups::Outcome>& outcome(const followups::InterviewKey& key) const;
    void setOutcome(const followups::InterviewKey& key, const followups::Outcome& outcome);

    const std::map<followups::InterviewKey, Record>& records() const { return records_; }

private:
    std::map<followups::InterviewKey, Record> records_;
};
