// Catch-up at start (and after the Akonadi server came back): finds the watched event collections
// and the task collection, then reads every event of the watched collections into a fresh
// EventIndex. Changes made while the agent was not running are thereby seen by the next pass.
#pragma once

#include "eventindex.h"

#include <Akonadi/Collection>
#include <Akonadi/Item>
#include <KJob>
#include <QSet>

class CatchUpJob : public KJob
{
    Q_OBJECT
public:
    struct Options {
        QList<int> watched;             // empty: every collection holding events
        qint64 configuredTarget = -1;   // -1: the writable to-do collection with the lowest id
        followups::Policy policy;       // recognition words decide which events are kept
        followups::TimeRange expansion; // recurrences are expanded here
    };
    enum Error {
        // The configured task collection is gone or read-only, or none takes to-dos.
        NoTaskCollection = UserDefinedError,
    };

    CatchUpJob(Options options, QObject* parent = nullptr);

    void start() override;

    EventIndex takeIndex() { return std::move(index_); }
    const Akonadi::Collection& target() const { return target_; }
    const QSet<qint64>& watchedCollections() const { return watchedIds_; }
    // False when a watched collection could not be read: the pass then cancels nothing, since
    // its interviews may only be out of reach.
    bool complete() const { return complete_; }
    int eventCount() const { return eventCount_; }

private:
    void collectionsFetched(KJob* job);
    void fetchNextCollection();
    void itemsReceived(const Akonadi::Item::List& items);

    Options options_;
    EventIndex index_;
    Akonadi::Collection target_;
    Akonadi::Collection::List pending_;
    QSet<qint64> watchedIds_;
    bool complete_ = true;
    int eventCount_ = 0;
};
