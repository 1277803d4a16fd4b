// The task collection can't take the agent's writes (none found or made, gone, read-only, or the
// store refuses them): the user hears of it once per outage, not once per pass, retry, restart or
// login. Whether they were told is kept in the agent's state file (issue 14: the popup came at
// every login). An outage ends when a task list is usable again, or writes go through.
#pragma once

#include <KConfigGroup>
#include <QString>

class WriteProblem
{
public:
    enum class Cause {
        TaskList, // no usable task list: none found or made, gone, read-only
        Writes,   // the store refuses the writes
        Resource, // the task list's resource says it is broken: writes are held (BrokenTaskList)
    };

    // `store`: where the outage is remembered; an invalid group keeps it in memory only.
    explicit WriteProblem(KConfigGroup store = KConfigGroup());

    // Returns whether this report started an outage (and so sent the notification, `text`).
    bool report(Cause cause, const QString& text);
    // A catch-up found a usable task list: an outage for its lack ends.
    void taskListUsable();
    // Writes went through: any outage ends but a broken resource's (they went into Akonadi only).
    void resolved();
    // An outage of `cause` ends, and the user is told so (`text`). Returns whether one did.
    bool end(Cause cause, const QString& text);
    bool ongoing() const;

    static QString text(const QString& reason);
    static QString noTaskListText();
    // `message`: what the resource says of itself.
    static QString resourceBrokenText(const QString& taskList, const QString& message);
    static QString resourceWorksText(const QString& taskList);

private:
    void setOutage(const QString& cause);

    KConfigGroup store_;
    QString outage_; // the cause's name; empty: none
};
