#include "writeproblem.h"

#include "notification.h"

#include <KLocalizedString>

bool WriteProblem::report(const QString& reason)
{
    if (outage_) {
        return false;
    }
    outage_ = true;
    Notification::send(QStringLiteral("writeProblem"), text(reason));
    return true;
}

QString WriteProblem::text(const QString& reason)
{
    return i18n("Follow-up tasks can't be written to the task collection (%1). They will be "
                "written as soon as it takes them again.",
                reason);
}
