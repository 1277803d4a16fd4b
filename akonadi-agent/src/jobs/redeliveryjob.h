// One round of re-delivery of the product's tasks that the task list's resource dropped
// (UndeliveredTasks says which UIDs). The task list's items of those UIDs are read again; then,
// for each UID, its items without a remote id hold content the resource never received: Akonadi's
// ResourceBase passes no change or removal of an item without a remote id to its resource
// (ResourceBase's change-replay filter, Akonadi 22.12 to 25.x), so edits made to a dropped task
// stayed in Akonadi too.
// - When one of its items is stored (has a remote id), the latest of those without one is written
//   into it if newer and different, and they are deleted.
// - Else a verbatim copy of the latest (the user's edits included) is created — not merged by GID,
//   which would merge it into the dropped item itself — and the dropped items are deleted.
// An item counts as dropped only with proof that the resource replayed its creation
// (UndeliveredTasks::dropped): a later item of the list stored, or a synchronisation completed
// after it was read (`synchronized`). The others are unproven(): the agent asks the resource to
// synchronise. A dropped item is deleted only when unchanged since it was read: a user's edit in
// between keeps it, and the next round takes it (the copy, stored by then, receives the edit).
#pragma once

#include <Akonadi/Collection>
#include <Akonadi/Item>
#include <KJob>
#include <QStringList>
#include <set>
#include <vector>

namespace Akonadi
{
class Session;
}

class RedeliveryJob : public KJob
{
    Q_OBJECT
public:
    RedeliveryJob(Akonadi::Collection target, QStringList uids,
                  std::set<Akonadi::Item::Id> synchronized, Akonadi::Session* session,
                  QObject* parent = nullptr);

    void start() override;
    // Writes that went through: copies made, stored items given the dropped one's content.
    int redelivered() const { return redelivered_; }
    // The items of those UIDs without a remote id that the resource may not have replayed yet.
    const std::vector<Akonadi::Item::Id>& unproven() const { return unproven_; }

private:
    void itemsRead(KJob* job);
    void redeliver(const Akonadi::Item::List& items);
    void deleteIfUnchanged(const Akonadi::Item::List& items);
    void subjobDone(KJob* job);

    Akonadi::Collection target_;
    QStringList uids_;
    std::set<Akonadi::Item::Id> synchronized_;
    Akonadi::Session* session_;
    int outstanding_ = 0;
    int redelivered_ = 0;
    std::vector<Akonadi::Item::Id> unproven_;
};
