#include "notification.h"

#include "followupsagent_debug.h"

#include <KLocalizedString>
#include <KNotification>

void Notification::send(const QString& event, const QString& text)
{
    qCInfo(FOLLOWUPS_AGENT_LOG).noquote() << "Notification" << event << ":" << text;
    auto* notification = new KNotification(event);
    notification->setComponentName(QStringLiteral("akonadi_interview_followups_agent"));
    notification->setTitle(i18n("Interview follow-ups"));
    notification->setText(text.toHtmlEscaped());
    notification->setIconName(QStringLiteral("view-task-add"));
    notification->sendEvent();
}
