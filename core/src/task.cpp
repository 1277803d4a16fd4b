#include "followups/task.h"

#include <algorithm>
#include <iterator>

namespace followups
{

namespace
{
struct KindNames {
    TaskKind kind;
    std::string_view name;  // stable (SPEC §6)
    std::string_view label; // as people read it
};
constexpr KindNames kindNames[] = {
    {TaskKind::Debrief, "debrief", "debrief"},
    {TaskKind::ThankYou, "thank-you", "thank-you"},
    {TaskKind::ReferenceHeadsUp, "reference-heads-up", "reference heads-up"},
    {TaskKind::Deliverable, "deliverable", "deliverable"},
    {TaskKind::FollowUp, "follow-up", "follow-up"},
    {TaskKind::Feedback, "feedback", "feedback"},
    {TaskKind::ReferenceThankYou, "reference-thank-you", "reference thank-you"},
    {TaskKind::WithdrawNotice, "withdraw-notice", "withdrawal notice"},
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

std::string_view kindLabel(TaskKind kind)
{
    return namesOf(kind).label;
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
