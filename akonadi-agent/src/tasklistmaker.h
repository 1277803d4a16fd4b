// Makes the dedicated task list when no collection fits (TaskListChoice::MakeNew, issue 14): a new
// iCal file resource named "Interview follow-ups" on a file in the user's data folder, as
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
    explicit TaskListMaker(QObject* parent = nullptr);

    void start() override;

    // The new resource's identifier (akonadi_ical_resource_N).
    QString resource() const { return instance_.identifier(); }

    static QString resourceType();
Q_SIGNALS:
    // The resource exists (before it is configured): its collection's arrival can be watched.
    void made(const QString& resource);

public:
    static QString filePath(); // $XDG_DATA_HOME/interview-followups/tasks.ics

private:
    void created(KJob* job);
    void configure();
    void fail(const QString& text);

    Akonadi::AgentInstance instance_;
};
