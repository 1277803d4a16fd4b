// The product's tasks that their task list's resource has not stored (no remote id), and which of
// them it dropped (issue 14, item 8). Akonadi's ResourceBase::cancelTask() on a change replay
// calls changeProcessed(): the change leaves the resource's journal for good. kdepim-runtime's iCal
// file resource cancels an added item while its calendar is not loaded ("Calendar not loaded.":
// just after it starts, or when its file can't be made), so such a task stays in Akonadi's cache
// only, never reaching the file.
//
// A UID is due for a round `grace` after its item was first seen without a remote id, with the
// resource online and idle all along and storing none of the others meanwhile: a resource reports
// no status while it replays changes (a burst of creations under load took seconds, each stored
// one restarts the wait). A round re-delivers only the items the resource is known to have passed
// (dropped()); for the others it asks the resource to synchronise, and once that completed
// (resourceSynchronized()) they are due at once. Each UID gets at most `attemptLimit` rounds until
// the next reset (a catch-up), each waiting twice as long as the last: a resource that keeps
// dropping writes is not flooded. Which tasks exist is the core's; this only tracks delivery.
#pragma once

#include <QString>
#include <QStringList>
#include <chrono>
#include <map>
#include <optional>
#include <set>
#include <vector>

class UndeliveredTasks
{
public:
    using Clock = std::chrono::steady_clock;

    struct Task {
        qint64 item = -1;
        QString uid;
        bool stored = false; // has a remote id
    };

    UndeliveredTasks(std::chrono::milliseconds grace, int attemptLimit);

    // The task list's product tasks as now known: a UID with an item not stored is tracked (its
    // wait starts when first seen, or when a new item holds it); the others are forgotten. One
    // stored since the last call starts every wait again.
    void observe(const std::vector<Task>& tasks, Clock::time_point now);
    // The resource is busy or offline: a change may still be on its way, every wait starts again.
    void resourceBusy(Clock::time_point now);
    // The UIDs to re-deliver now: their wait is over, or the resource was seen to pass them.
    QStringList due(Clock::time_point now) const;
    // When the next UID becomes due, if one can.
    std::optional<Clock::time_point> nextDue() const;
    // A round for `uids` starts: it counts, and the next one waits longer. Returns the items the
    // resource was seen to pass (resourceSynchronized()), which this round uses up: the next one
    // needs its own proof.
    std::set<qint64> attempted(const QStringList& uids, Clock::time_point now);
    // The resource completed a synchronisation asked for after `items` were read without a remote
    // id. It runs every change replay it has queued before a synchronisation (Akonadi's
    // ResourceScheduler), so it replayed their creations, and dropped them: they are due now.
    void resourceSynchronized(const std::vector<qint64>& items, Clock::time_point now);
    // Which of a list's items (`list`: all of them, the user's too) without a remote id the
    // resource dropped: a stored item of the list was created after it (a higher id: a resource
    // replays its changes in order), or it is in `synchronized` (from attempted()).
    static std::set<qint64> dropped(const std::vector<Task>& list,
                                    const std::set<qint64>& synchronized);
    // The UIDs not stored after every attempt.
    QStringList exhausted() const;
    // Attempts start again (a catch-up: the user or the server changed something).
    void resetAttempts();
    bool isEmpty() const { return tasks_.empty(); }

private:
    struct Tracked {
        qint64 item = -1;
        Clock::time_point since;
        int attempts = 0;
        bool synchronized = false; // the resource synchronised after it was read
    };
    Clock::duration wait(const Tracked& tracked) const;

    std::chrono::milliseconds grace_;
    int attemptLimit_;
    std::map<QString, Tracked> tasks_;
};
