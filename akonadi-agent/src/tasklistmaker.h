// Makes a dedicated task list: by the agent when no collection fits (TaskListChoice::MakeNew,
// issue 14), by the configuration dialog's "New task list…". A new iCal file resource, named
// "Interview follow-ups" unless the user names it, on a new file in the user's data folder, as
// KOrganizer's "Add Calendar… → iCal Calendar File" makes one, so that it shows in KOrganizer and
// Kontact like any calendar, and can be removed there. (Kontact's personal calendar is an iCal
// file resource too, which takes no sub-collections, so the list can't be made inside it.)
//
// The job ends once the resource is configured; its collection appears a moment later, when the
// resource has read the file (the agent's monitor tells).
#pragma once

#include <Akonadi/AgentInstance>
#include <KJob>

class TaskListMaker : public KJob
{
    Q_OBJECT
public:
    // `name`: the resource's and its collection's name.
    explicit TaskListMaker(const QString& name, QObject* parent = nullptr);

    void start() override;

    static QString defaultName(); // "Interview follow-ups", translated

    // The new resource's identifier (akonadi_ical_resource_N).
    QString resource() const { return instance_.identifier(); }

    static QString resourceType();
Q_SIGNALS:
    // The resource exists (before it is configured): its collection's arrival can be watched.
    void made(const QString& resource);

private:
    // $XDG_DATA_HOME/interview-followups/tasks.ics, or tasks-2.ics, … when it exists: a new list
    // never shares the file of an earlier one (its resource may be gone, its file is left).
    static QString freeFilePath();

    void created(KJob* job);
    void configure();
    void fail(const QString& text);

    const QString name_;
    QString file_;
    Akonadi::AgentInstance instance_;
};
