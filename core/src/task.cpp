#include "followups/task.h"

namespace followups
{

std::string_view kindName(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Debrief:
        return "debrief";
    case TaskKind::ThankYou:
        return "thank-you";
    case TaskKind::ReferenceHeadsUp:
        return "reference-heads-up";
    case TaskKind::Deliverable:
        return "deliverable";
    case TaskKind::FollowUp:
        return "follow-up";
    case TaskKind::Feedback:
        return "feedback";
    case TaskKind::ReferenceThankYou:
        return "reference-thank-you";
    case TaskKind::WithdrawNotice:
        return "withdraw-notice";
    }
    return {};
}

std::optional<TaskKind> kindFromName(std::string_view name)
{
    for (const TaskKind kind : allTaskKinds) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

std::string_view kindLabel(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Debrief:
        return "debrief";
    case TaskKind::ThankYou:
        return "thank-you";
    case TaskKind::ReferenceHeadsUp:
        return "reference heads-up";
    case TaskKind::Deliverable:
        return "deliverable";
    case TaskKind::FollowUp:
        return "follow-up";
    case TaskKind::Feedback:
        return "feedback";
    case TaskKind::ReferenceThankYou:
        return "reference thank-you";
    case TaskKind::WithdrawNotice:
        return "withdrawal notice";
    }
    return {};
}

bool carriesAlarm(const Task& task)
{
    return task.status == TaskStatus::NeedsAction && task.alarm.has_value();
}

std::string_view statusName(TaskStatus status)
{
    switch (status) {
    case TaskStatus::NeedsAction:
        return "needs-action";
    case TaskStatus::Completed:
        return "completed";
    case TaskStatus::Cancelled:
        return "cancelled";
    }
    return {};
}

} // namespace followups
