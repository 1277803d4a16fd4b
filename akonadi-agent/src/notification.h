// Sends one of the agent's desktop notifications (events in
// akonadi_interview_followups_agent.notifyrc) and logs it, so that what the user was told can be
// read back from the log. Without a notification service (a headless session) KNotification drops
// it quietly.
#pragma once

#include <QString>

namespace Notification
{
// `text` is plain text (interview names come from invites): it is escaped for servers that read
// markup.
void send(const QString& event, const QString& text);
} // namespace Notification
