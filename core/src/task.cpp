#include "followups/task.h"

#include "translated.h"

#include <algorithm>
#include <iterator>

namespace followups
{

namespace
{
struct KindNames {
    TaskKind kind;
    std::string_view name; // stable (SPEC §6)
};
constexpr KindNames kindNames[] = {
    {TaskKind::Debrief, "debrief"},
    {TaskKind::ThankYou, "thank-you"},
    {TaskKind::ReferenceHeadsUp, "reference-heads-up"},
    {TaskKind::Deliverable, "deliverable"},
    {TaskKind::FollowUp, "follow-up"},
    {TaskKind::Feedback, "feedback"},
    {TaskKind::ReferenceThankYou, "reference-thank-you"},
    {TaskKind::WithdrawNotice, "withdraw-notice"},
};
static_assert(std::size(kindNames) == std::size(allTaskKinds));

const KindNames& namesOf(TaskKind kind)
{
    return *std::ranges::find(kindNames, kind, &KindNames::kind);
}
} // namespace

std::string_view kindName(TaskKind kind)
{
    return namesOf(kind).name;
}

std::optional<TaskKind> kindFromName(std::string_view name)
{
    for (const TaskKind kind : allTaskKinds) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

std::string kindLabel(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Debrief:
        return translatedInContext("kind of task", "debrief");
    case TaskKind::ThankYou:
        return translatedInContext("kind of task", "thank-you");
    case TaskKind::ReferenceHeadsUp:
        return translatedInContext("kind of task", "reference heads-up");
    case TaskKind::Deliverable:
        return translatedInContext("kind of task", "deliverable");
    case TaskKind::FollowUp:
        return translatedInContext("kind of task", "follow-up");
    case TaskKind::Feedback:
        return translatedInContext("kind of task", "feedback");
    case TaskKind::ReferenceThankYou:
        return translatedInContext("kind of task", "reference thank-you");
    case TaskKind::WithdrawNotice:
        return translatedInContext("kind of task", "withdrawal notice");
    }
    return std::string(kindName(kind));
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
