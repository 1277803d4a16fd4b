// The agent's memory (followups::StoreMemory: UIDs issued, failed creations, outcomes first seen,
// the last day each interview was current), kept in a KConfig state file across restarts. What it
// remembers and when it forgets is the core's; this only loads and saves it.
//
// The memory belongs to a task list, not to the agent instance (issue 14): one state file per
// task collection, kept when the agent is removed, so that an agent added again, or a task list
// chosen again, remembers what the user deleted there; a new task list starts with none.
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

    // The state file of one task collection (Akonadi never reuses a collection id).
    static KSharedConfig::Ptr openForTaskList(qint64 collection);
    // Before issue 14 the memory was kept per agent instance: it moves once into the first task
    // list's file that has none. Returns whether it moved.
    static bool takeOverLegacy(const KSharedConfig::Ptr& legacy,
                               const KSharedConfig::Ptr& taskList);
};
