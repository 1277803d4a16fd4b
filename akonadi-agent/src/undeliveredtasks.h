// The product's tasks that their task list's resource has not stored (no remote id), and which of
// them it dropped (issue 14, item 8). Akonadi's ResourceBase::cancelTask() on a change replay
// calls changeProcessed(): the change leaves the resource's journal for good. kdepim-runtime's iCal
// file resource cancels an added item while its calendar is not loaded ("Calendar not loaded.":
// just after it starts, or when its file can't be made), so such a task stays in Akonadi's cache
// only, never reaching the file.
//
// A task still without a remote id `grace` after it was first seen so, with the resource online
// and idle all along and storing none of the others meanwhile, was dropped: a resource replays its
// changes in order, and reports no status while it does (a burst of creations under load took
// seconds, each stored one restarts the wait). Each UID
// is re-delivered at most `attemptLimit` times until the next reset (a catch-up), each attempt
// waiting twice as long as the last: a resource that keeps dropping writes is not flooded.
// Which tasks exist is the core's; this only tracks delivery.
#pragma once

#include <QString>
#include <QStringList>
#include <chrono>
#include <map>
#include <optional>
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
    // The UIDs to re-deliver now.
    QStringList due(Clock::time_point now) const;
    // When the next UID becomes due, if one can.
    std::optional<Clock::time_point> nextDue() const;
    // A re-delivery of `uid` was tried: it counts, and the next one waits longer.
    void attempted(const QString& uid, Clock::time_point now);
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
    };
    Clock::duration wait(const Tracked& tracked) const;

    std::chrono::milliseconds grace_;
    int attemptLimit_;
    std::map<QString, Tracked> tasks_;
};
