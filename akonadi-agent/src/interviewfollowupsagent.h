// The agent: watches event collections, keeps every interview's follow-up tasks reconciled in the
// task collection (SPEC §7). Thin: conversion lives in IncidenceConverter, the rules in the core,
// the pass in ReconcilePass, the store work in jobs/.
//
// Change recording is off (the KDE habit for agents): changes made while the agent is down are
// found by the catch-up scan at start, and after the Akonadi server comes back. Work is serial, one
// step at a time (StepScheduler): a catch-up or a pass; changes arriving meanwhile mark the index
// dirty and bring one more pass after it.
#pragma once

#include "brokentasklist.h"
#include "eventindex.h"
#include "followupsstate.h"
#include "limitnotice.h"
#include "stallwatchdog.h"
#include "stepscheduler.h"
#include "undeliveredtasks.h"
#include "writeproblem.h"

#include <Akonadi/AgentBase>
#include <Akonadi/AgentInstance>
#include <Akonadi/Collection>
#include <Akonadi/ServerManager>
#include <KDirWatch>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <followups/policy.h>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace Akonadi
{
class Session;
}

class CatchUpJob;
class ReconcileJob;
class RedeliveryJob;

class InterviewFollowupsAgent : public Akonadi::AgentBase, public Akonadi::AgentBase::ObserverV3
{
    Q_OBJECT
public:
    // The agent's one source of "now": plans, the planning window and the day an outcome was first
    // seen follow it. The wall clock, unless a test fixes it.
    using Clock = std::function<followups::Instant()>;
    static followups::Instant wallClock();

    // The server's own write timeout: a step silent for longer has lost its connection.
    static constexpr std::chrono::seconds defaultStallLimit{30};

    explicit InterviewFollowupsAgent(const QString& id, Clock clock = &wallClock,
                                     std::chrono::milliseconds stallLimit = defaultStallLimit);
    ~InterviewFollowupsAgent() override;

protected:
    void itemAdded(const Akonadi::Item& item, const Akonadi::Collection& collection) override;
    void itemChanged(const Akonadi::Item& item, const QSet<QByteArray>& partIdentifiers) override;
    // ObserverV3 delivers removals and moves in batches.
    void itemsRemoved(const Akonadi::Item::List& items) override;
    void itemsMoved(const Akonadi::Item::List& items, const Akonadi::Collection& source,
                    const Akonadi::Collection& destination) override;
    void collectionAdded(const Akonadi::Collection& collection,
                         const Akonadi::Collection& parent) override;
    void collectionChanged(const Akonadi::Collection& collection) override;
    void collectionRemoved(const Akonadi::Collection& collection) override;
    // Akonadi asks the agent to quit (a restart, akonadictl stop). A configuration dialog opened
    // from a notification is closed: while a window is open, the process would not quit.
    void aboutToQuit() override;

private Q_SLOTS:
    void identitiesChanged(); // KMail's D-Bus signal

private:
    void itemSeen(const Akonadi::Item& item, Akonadi::Collection::Id collection);
    void forget(Akonadi::Item::Id id);
    // Returns whether the item is news (not older than the copy).
    bool taskSeen(const Akonadi::Item& item);
    void taskGone(Akonadi::Item::Id id);
    void whenIndexed(std::function<void()> change);
    // The settings file changed: saved by the configuration dialog (which then asks for a reload)
    // or edited by hand. Read again, and everything planned again with them.
    void reloadSettings();
    // Returns whether the user switched the agent off; says so in its status when no step runs.
    bool switchedOff();
    // Notifications and timers want a step; StepScheduler says when it starts.
    void wantCatchUp();
    void schedulePass(); // a pass after a short delay, so that a burst of changes brings one
    void wantPass();
    void start(StepScheduler::Step step);
    void startCatchUp();
    void catchUpDone(CatchUpJob& job);
    // The catch-up chose a task list (none was configured): it stays chosen.
    void keepTaskList();
    void useTaskListState(Akonadi::Collection::Id taskList);
    void makeTaskList();
    QString madeTaskList() const; // the resource made for the task list, if any
    void noTaskList(const QString& why);
    void startPass();
    void passDone(const ReconcileJob& job, bool readTasks);
    // The tasks the task list's resource dropped (UndeliveredTasks): a pass ends with their
    // re-delivery when some are due. Returns whether it started.
    bool startRedelivery();
    void redeliveryDone(const RedeliveryJob& job);
    // Takes the product's tasks as known now (and whether the resource is ready for them).
    void observeDelivery(UndeliveredTasks::Clock::time_point now);
    // Asks the task list's resource to synchronise: once it has, `items` were replayed (and
    // dropped, if still without a remote id). One synchronisation at a time.
    void synchronizeTaskList(std::vector<Akonadi::Item::Id> items);
    void redeliveryCheck(); // its timer: a pass when some are due
    void taskListResourceChanged(const Akonadi::AgentInstance& resource);
    void armRedelivery(UndeliveredTasks::Clock::time_point now);
    // The task list's resource says it is broken, or works again (BrokenTaskList).
    void followTaskListResource();
    void taskListResourceReported(const Akonadi::AgentInstance& resource);
    void taskListBroke();
    void confirmTaskList(const Akonadi::AgentInstance& resource);
    QString holdingStatus() const;
    // The product's tasks in the task list: UID → interview.
    std::map<std::string, followups::InterviewKey> productTasks() const;
    // After a pass: `written` writes went through; `failed`: some did not (or the pass failed),
    // for the reason `failure`.
    void writesDone(int written, bool failed, const QString& failure);
    void retryLater(); // a catch-up, with a delay doubling up to lastRetryDelay
    void stepStalled();
    void monitorTarget();
    void serverStateChanged(Akonadi::ServerManager::State state);
    followups::TimeRange expansionRange(const followups::Policy& policy) const;

    Clock clock_;
    StepScheduler steps_;
    Akonadi::Session* writeSession_ = nullptr;
    // The agent's own state (whether the user was told of a problem, the task list it made); the
    // memory of tasks is the task list's (FollowupsState::openForTaskList).
    KSharedConfig::Ptr agentState_;
    KSharedConfig::Ptr stateConfig_;
    Akonadi::Collection::Id stateTaskList_ = -1; // whose memory state_ holds
    FollowupsState state_;
    bool makingTaskList_ = false;
    EventIndex index_;
    followups::Policy policy_; // from the settings, refreshed by every catch-up
    Akonadi::Collection target_;
    QSet<qint64> watched_;
    // What the last pass read of each task, to tell a user's edit from a resource's bookkeeping.
    std::map<Akonadi::Item::Id, std::string> taskFingerprints_;
    // The product's tasks in the task collection, kept current by notifications so that a pass
    // need not read the whole collection; re-read after a catch-up, a failed write, or a task
    // notification that arrived while a pass was running.
    std::map<Akonadi::Item::Id, Akonadi::Item> taskItems_;
    // The agent's copy of the product's tasks: Current when notifications have kept it so since a
    // pass read or wrote it; Stale makes the next pass read the collection again.
    enum class TaskCopy { Stale, Current };
    TaskCopy taskCopy_ = TaskCopy::Stale;
    // False when the last catch-up could not read every watched calendar: passes cancel nothing.
    bool indexComplete_ = false;
    // Changes seen during a catch-up, applied once its index is installed.
    std::vector<std::function<void()>> deferred_;
    QTimer passTimer_;
    QTimer refreshTimer_;
    // Failing catch-ups and passes are retried; the user is told once per outage.
    static constexpr std::chrono::seconds firstRetryDelay{30};
    static constexpr std::chrono::seconds lastRetryDelay{1800};
    QTimer retryTimer_;
    std::chrono::seconds retryDelay_ = firstRetryDelay;
    static constexpr std::chrono::seconds firstRereadDelay{2};
    QTimer rereadTimer_; // a catch-up again after one that could not read every calendar
    std::chrono::seconds rereadDelay_ = firstRereadDelay;
    StallWatchdog stallWatchdog_;
    bool stepLost_ = false; // the step was abandoned by stepStalled()
    int failedPasses_ = 0;
    WriteProblem writeProblem_;
    // 5 s without a remote id, the resource idle, online and storing nothing else, is a dropped
    // write. Three tries (5, 10, 20 s apart) per catch-up.
    UndeliveredTasks undelivered_{std::chrono::seconds{5}, 3};
    QTimer redeliveryTimer_;
    QPointer<KJob> taskListSync_; // synchronizeTaskList()'s
    // Writes are held while the task list's resource says it is broken.
    BrokenTaskList brokenTaskList_;
    QString followedResource_; // whose reports brokenTaskList_ follows
    LimitNotice limitNotice_;  // a limit that left follow-ups out is told once per invite
    // The task collection is monitored for its own changes (rights, content types).
    Akonadi::Collection::Id monitoredTarget_ = -1;
    QString settingsPath_;
    KDirWatch settingsWatch_;
    // The settings file as last read or written: a reload request and the file watch report the
    // same save, and the agent's own saves (its task list, a change on D-Bus) are no news; one
    // catch-up per change.
    QByteArray settingsRead_;
    QByteArray settingsFileContent() const;
};
