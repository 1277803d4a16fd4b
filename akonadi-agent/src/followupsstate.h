// The agent's memory (followups::StoreMemory: UIDs issued, failed creations, outcomes first seen,
// the last day each interview was current), kept in a KConfig state file across restarts. What it
// remembers and when it forgets is the core's; this only loads and saves it.
#pragma once

#include <KSharedConfig>
#include <followups/store_memory.h>

class FollowupsState : public followups::StoreMemory
{
public:
    // The state file keeps outcomes: one without a date is dated by the day first seen.
    FollowupsState() { keepsOutcomes = true; }

    void load(const KSharedConfig::Ptr& config);
    void save(const KSharedConfig::Ptr& config) const;
};
