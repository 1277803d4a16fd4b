#include "notification.h"

#include "followupsagent_debug.h"
#include "todoview.h"

#include <Akonadi/AgentConfigurationDialog>
#include <Akonadi/AgentManager>
#include <KLocalizedString>
#include <KNotification>
#include <QPointer>

namespace
{
// Unique: the agent's one instance has its type's identifier.
const QString agentIdentifier = QStringLiteral("akonadi_interview_followups_agent");

void configure()
{
    // One dialog at a time, however often the action is chosen.
    static QPointer<Akonadi::AgentConfigurationDialog> dialog;
    if (!dialog) {
        dialog = new Akonadi::AgentConfigurationDialog(
            Akonadi::AgentManager::self()->instance(agentIdentifier));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
}

void run(Notification::Action action)
{
    qCDebug(FOLLOWUPS_AGENT_LOG) << "Notification action" << Notification::label(action);
    switch (action) {
    case Notification::Action::ShowTasks:
        TodoView::show();
        break;
    case Notification::Action::Configure:
        configure();
        break;
    }
}
} // namespace

std::vector<Notification::Action> Notification::offeredActions(bool canShowTasks)
{
    if (canShowTasks) {
        return {Action::ShowTasks, Action::Configure};
    }
    return {Action::Configure};
}

QString Notification::label(Action action)
{
    switch (action) {
    case Action::ShowTasks:
        return i18nc("@action:button open the follow-up tasks in KOrganizer", "Show tasks");
    case Action::Configure:
        return i18nc("@action:button", "Configure…");
    }
    return {};
}

void Notification::send(const QString& event, const QString& text)
{
    qCInfo(FOLLOWUPS_AGENT_LOG) << "Notification" << event;
    qCDebug(FOLLOWUPS_AGENT_LOG).noquote() << "Notification text:" << text;
    auto* notification = new KNotification(event);
    notification->setComponentName(agentIdentifier);
    notification->setTitle(i18n("Interview follow-ups"));
    notification->setText(text.toHtmlEscaped());
    notification->setIconName(QStringLiteral("view-task-add"));
    const std::vector<Action> actions = offeredActions(TodoView::available());
#if QT_VERSION_MAJOR >= 6
    for (const Action action : actions) {
        QObject::connect(notification->addAction(label(action)), &KNotificationAction::activated,
                         notification, [action] { run(action); });
    }
#else
    QStringList labels;
    for (const Action action : actions) {
        labels.append(label(action));
    }
    notification->setActions(labels);
    QObject::connect(notification, qOverload<unsigned int>(&KNotification::activated), notification,
                     [actions](unsigned int number) {
                         // 0 is the default action (none); the others count from 1.
                         if (number >= 1 && number <= actions.size()) {
                             run(actions[number - 1]);
                         }
                     });
#endif
    notification->sendEvent();
}
