// Sends one of the agent's desktop notifications (events in
// akonadi_interview_followups_agent.notifyrc) with its actions, and logs that it did (the text only
// at debug level: it quotes invites). Without a notification service (a headless session)
// KNotification drops it quietly.
#pragma once

#include <QString>
#include <vector>

namespace Notification
{
enum class Action {
    ShowTasks, // KOrganizer's to-do view (TodoView)
    Configure, // the agent's configuration, as Akonadi opens it
};

// The actions a notification offers, in order: "Show tasks" only when KOrganizer can show them.
std::vector<Action> offeredActions(bool canShowTasks);
QString label(Action action);

// `text` is plain text (interview names come from invites). KNotification passes the body as is
// to a server that advertises "body-markup" and strips markup (QTextDocumentFragment) for one that
// does not: escaped, it reads literally on both.
void send(const QString& event, const QString& text);
} // namespace Notification
