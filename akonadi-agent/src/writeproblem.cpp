#include "writeproblem.h"

#include "notification.h"

#include <KLocalizedString>

namespace
{
const QString outageEntry = QStringLiteral("Outage");

QString causeName(WriteProblem::Cause cause)
{
    switch (cause) {
    case WriteProblem::Cause::TaskList:
        return QStringLiteral("task-list");
    case WriteProblem::Cause::Writes:
        return QStringLiteral("writes");
    case WriteProblem::Cause::Resource:
        break;
    }
    return QStringLiteral("resource");
}
} // namespace

WriteProblem::WriteProblem(KConfigGroup store) : store_(std::move(store))
{
    if (store_.isValid()) {
        outage_ = store_.readEntry(outageEntry, QString());
    }
}

bool WriteProblem::report(Cause cause, const QString& text)
{
    if (ongoing()) {
        return false;
    }
    setOutage(causeName(cause));
    Notification::send(QStringLiteral("writeProblem"), text);
    return true;
}

void WriteProblem::taskListUsable()
{
    if (outage_ == causeName(Cause::TaskList)) {
        setOutage(QString());
    }
}

void WriteProblem::resolved()
{
    // Akonadi takes writes whatever the resource does with them: only its recovery (end()) ends
    // the outage of a resource that says it is broken.
    if (ongoing() && outage_ != causeName(Cause::Resource)) {
        setOutage(QString());
    }
}

bool WriteProblem::end(Cause cause, const QString& text)
{
    if (outage_ != causeName(cause)) {
        return false;
    }
    setOutage(QString());
    Notification::send(QStringLiteral("writeProblem"), text);
    return true;
}

bool WriteProblem::ongoing() const
{
    return !outage_.isEmpty();
}

void WriteProblem::setOutage(const QString& cause)
{
    outage_ = cause;
    if (!store_.isValid()) {
        return;
    }
    if (cause.isEmpty()) {
        store_.deleteEntry(outageEntry);
    } else {
        store_.writeEntry(outageEntry, cause);
    }
    store_.sync();
}

QString WriteProblem::text(const QString& reason)
{
    return i18n("Follow-up tasks can't be written to the task collection (%1). They will be "
                "written as soon as it takes them again.",
                reason);
}

QString WriteProblem::noTaskListText()
{
    return i18n("Follow-up tasks have no task list: none is chosen, and none could be found or "
                "made. Choose one with “Configure…”.");
}

QString WriteProblem::resourceBrokenText(const QString& taskList, const QString& message)
{
    return i18n("Follow-up tasks are held back: the task list “%1” can't store them now (its "
                "resource reports: %2). They will be written once it works again.",
                taskList, message);
}

QString WriteProblem::resourceWorksText(const QString& taskList)
{
    return i18n("The task list “%1” works again: the follow-up tasks held back are written now.",
                taskList);
}
