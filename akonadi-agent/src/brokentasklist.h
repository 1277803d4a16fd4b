// Whether the task list's resource says it is broken, from its own status reports (issue 14,
// item 8), and which of the product's tasks may have been lost meanwhile.
//
// kdepim-runtime's iCal file resource with a file that exists but is no iCalendar keeps an empty
// calendar in memory and forgets its file (SingleFileResource::readFile: "Could not read file",
// Broken): it gives the tasks written there remote ids, never writes them ("No file specified.",
// Broken, at each write), and once the file is repaired and read again, its synchronisation
// deletes every item whose remote id the file lacks. Broken does not last: Akonadi's
// ResourceScheduler reports Idle ("Ready") as soon as its next task ends, whether the file was
// read or not. So the outage lasts from a Broken report until the resource ends a task that
// reports its progress (Running, then Idle: a synchronisation, which reads the file again) without
// a Broken report in it; then the agent confirms with a synchronisation of its own, which also
// lets the resource's own one end (its queue runs in order), before it writes again.
//
// The tasks known while the list was broken are "unconfirmed": each may have been given a remote id
// that no file holds, and the synchronisation after the repair deletes those. Once confirmed, they
// are taken for failed creations (the core creates those missing again and forgets those the list
// still holds), not for the user's deletions. Pure: the agent feeds in reports and tasks.
#pragma once

#include <QString>
#include <followups/interview.h>
#include <map>
#include <string>

class BrokenTaskList
{
public:
    enum class Report { Idle, Running, Broken, Other };
    enum class Change {
        None,
        Broke,      // an outage began: hold the writes, tell the user
        Recovering, // it may work again: confirm with a synchronisation
    };

    // A status report of the list's resource, in the order it made them (`message`: its words).
    Change reported(Report report, const QString& message);
    // Another task list, or the agent started: its resource's status as found now.
    Change restart(Report current, const QString& message);
    // The confirming synchronisation ended (`synchronized`: it went through). Returns whether the
    // outage is over; if it is not, the next task that ends well tries again.
    bool confirmed(bool synchronized);

    // While broken or not yet confirmed, nothing is written.
    bool holding() const { return state_ != State::Well; }
    // The resource's words when the outage began.
    const QString& message() const { return message_; }

    // The product's tasks known now: while holding, each is unconfirmed.
    void tasksKnown(const std::map<std::string, followups::InterviewKey>& tasks);
    // The unconfirmed tasks, once the outage is over (then forgotten).
    std::map<std::string, followups::InterviewKey> takeUnconfirmed();

private:
    enum class State {
        Well,
        Broken,
        BrokenRunning, // a task under way since the last Broken report
        Recovering,    // one ended without a Broken report: the agent's synchronisation confirms
    };

    State state_ = State::Well;
    QString message_;
    std::map<std::string, followups::InterviewKey> unconfirmed_;
};
