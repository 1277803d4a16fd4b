// What the agent must remember that the tasks themselves can't say (SPEC §2, §4), kept in a
// KConfig state file across restarts:
//  - every task UID issued per interview, so that an interview whose tasks were ALL deleted by the
//    user does not get them back (X-IFU-ISSUED on a surviving sibling covers the other cases);
//  - the outcome of an interview once seen, and the day it was first seen when the outcome carries
//    no date of its own ("outcome date = day first seen, kept").
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
    };

    void load(const KSharedConfig::Ptr& config);
    void save(const KSharedConfig::Ptr& config) const;

    const std::set<std::string>& issued(const followups::InterviewKey& key) const;
    // Adds UIDs; returns whether anything was new.
    bool addIssued(const followups::InterviewKey& key, const std::set<std::string>& uids);
    bool wasIssued(const followups::InterviewKey& key, const std::string& uid) const;

    const std::optional<followups::Outcome>& outcome(const followups::InterviewKey& key) const;
    void setOutcome(const followups::InterviewKey& key, const followups::Outcome& outcome);

    const std::map<followups::InterviewKey, Record>& records() const { return records_; }

private:
    std::map<followups::InterviewKey, Record> records_;
};
