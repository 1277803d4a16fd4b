#include "limitnotice.h"

#include "notification.h"

#include <KLocalizedString>

bool LimitNotice::report(const followups::Warning& warning)
{
    if (!reported_.insert(warning.message).second) {
        return false;
    }
    Notification::send(QStringLiteral("limitReached"), text(warning));
    return true;
}

QString LimitNotice::text(const followups::Warning& warning)
{
    return i18n("Some follow-up tasks were left out: %1.", QString::fromStdString(warning.message));
}
