// Catch-up at start (and after the Akonadi server came back): finds the watched event collections
// and the task collection, then reads every event of the watched collections into a fresh
// EventIndex. Changes made while the agent was not running are thereby seen by the next pass.
// With no task collection configured it also reads every writable to-do collection, counting the
// product's tasks in each, and chooses one (TaskListChoice), or says that one is to be made.
#pragma once

#include "eventindex.h"
#include "tasklistchoice.h"

#include <Akonadi/Collection>
#include <Akonadi/Item>
#include <KJob>
#include <QSet>
#include <map>
#include <optional>

class CatchUpJob : public KJob
{
    Q_OBJECT
public:
    struct Options {
        QList<int> watched;             // empty: every collection holding events
        qint64 configuredTarget = -1;   // -1: chosen by TaskListChoice
        qint64 korganizerDefault = -1;  // KOrganizer's default calendar
        QString madeForTheAgent;        // resource of the task list made for the agent earlier
        followups::Policy policy;       // recognition words decide which events are kept
        followups::TimeRange expansion; // recurrences are expanded here
    };
    enum Error {
        // The configured task collection is gone or read-only, or none takes to-dos.
        NoTaskCollection = UserDefinedError,
        // None is configured and none fits: a new one is to be made (TaskListChoice::MakeNew).
        TaskListWanted,
        // None is configured and a to-do collection could not be read: no choice this time.
        CandidateUnread,
    };

    CatchUpJob(Options options, QObject* parent = nullptr);

    void start() override;

    EventIndex takeIndex() { return std::move(index_); }
    const Akonadi::Collection& target() const { return target_; }
    // How the target was chosen; nullopt when it was configured.
    const std::optional<TaskListChoice::Choice>& choice() const { return choice_; }
    const QSet<qint64>& watchedCollections() const { return watchedIds_; }
    // False when a watched collection could not be read: the pass then cancels nothing, since
    // its interviews may only be out of reach.
    bool complete() const { return complete_; }
    int eventCount() const { return eventCount_; }

private:
    void collectionsFetched(KJob* job);
    void fetchNextCollection();
    void itemsReceived(const Akonadi::Item::List& items, Akonadi::Collection::Id collection);
    void chooseTaskList();

    Options options_;
    EventIndex index_;
    Akonadi::Collection target_;
    std::optional<TaskListChoice::Choice> choice_;
    // To-do collections, as candidates for the task list when none is configured.
    std::map<Akonadi::Collection::Id, std::pair<Akonadi::Collection, TaskListChoice::Candidate>>
        candidates_;
    Akonadi::Collection unreadCandidate_;
    Akonadi::Collection::List pending_;
    QSet<qint64> watchedIds_;
    bool complete_ = true;
    int eventCount_ = 0;
};
