// One round of re-delivery of the product's tasks that the task list's resource dropped
// (UndeliveredTasks says which UIDs). The task list's items of those UIDs are read again; then,
// for each UID:
// - one of its items is stored (has a remote id: the resource holds the UID): the latest of those
//   without one is written into it when they differ, and they are deleted;
// - none is stored and none was changed since its creation (revision 0: only its creation reached
//   the resource, which dropped it): a verbatim copy is created and the dropped item deleted. Not
//   merged by GID, which would merge into the dropped item itself;
// - none is stored but one was changed: the change may have reached the file with no remote id
//   given (kdepim-runtime's ICalResource::itemChanged adds an incidence it does not know), and a
//   copy would put the UID in the file twice (KF5's MemoryCalendar takes a second incidence with
//   the same UID). The resource synchronises first, which turns what its file holds into stored
//   items; a copy is made only when the file held none. Only when the list has a stored item:
//   Akonadi 22.12's iCal resource never ends a synchronisation of a file it can't load.
// An item without a remote id is deleted only when unchanged since it was read: a user's edit in
// between keeps it, and the next round takes it (the copy, stored by then, receives the edit).
#pragma once

#include <Akonadi/Collection>
#include <Akonadi/Item>
#include <KJob>
#include <QStringList>

namespace Akonadi
{
class Session;
}

class RedeliveryJob : public KJob
{
    Q_OBJECT
public:
    RedeliveryJob(Akonadi::Collection target, QStringList uids, Akonadi::Session* session,
                  QObject* parent = nullptr);

    void start() override;
    // Writes that went through: copies made, stored items given the dropped one's content.
    int redelivered() const { return redelivered_; }

private:
    void read(bool synchronised);
    void itemsRead(KJob* job, bool synchronised);
    void redeliver(const Akonadi::Item::List& items);
    void deleteIfUnchanged(const Akonadi::Item::List& items);
    void subjobDone(KJob* job);

    Akonadi::Collection target_;
    QStringList uids_;
    Akonadi::Session* session_;
    int outstanding_ = 0;
    int redelivered_ = 0;
};
