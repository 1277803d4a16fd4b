#include "writeproblem.h"

#include "notification.h"

#include <KLocalizedString>

namespace
{
const QString outageEntry = QStringLiteral("Outage");

QString causeName(WriteProblem::Cause cause)
{
    return cause == WriteProblem::Cause::TaskList ? QStringLiteral("task-list")
                                                  : QStringLiteral("writes");
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
    if (ongoing()) {
        setOutage(QString());
    }
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
