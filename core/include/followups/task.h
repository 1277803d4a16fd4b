// A follow-up task as the core plans it, independent of any storage format.
// Plain values and pure functions; safe on any thread.
#pragma once

#include "followups/interview.h"
#include "followups/time.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace followups
{

enum class TaskKind {
    Debrief,
    ThankYou,
    ReferenceHeadsUp,
    Deliverable,
    FollowUp,
    Feedback,
    ReferenceThankYou,
    WithdrawNotice,
};
inline constexpr TaskKind allTaskKinds[] = {
    TaskKind::Debrief,  TaskKind::ThankYou, TaskKind::ReferenceHeadsUp,  TaskKind::Deliverable,
    TaskKind::FollowUp, TaskKind::Feedback, TaskKind::ReferenceThankYou, TaskKind::WithdrawNotice,
};
// The stable names of SPEC §6 ("debrief", "thank-you", "reference-heads-up" …).
std::string_view kindName(TaskKind kind);
std::optional<TaskKind> kindFromName(std::string_view name);
// The kind as people read it in a sentence ("reference heads-up", "withdrawal notice"), lower case,
// in the task texts' language (followups/translation.h); never parsed back.
std::string kindLabel(TaskKind kind);

enum class TaskStatus { NeedsAction, Completed, Cancelled };
std::string_view statusName(TaskStatus status); // "needs-action", "completed", "cancelled"

struct Task {
    std::string uid;
    TaskKind kind = TaskKind::Debrief;
    int ordinal = 0; // follow-up 1, 2 …; 0 for kinds that have one per person or interview

    std::string summary;
    std::string description;
    Due due;
    // The reminder: never before the interview's end; none when the task has nothing to remind
    // of (see carriesAlarm).
    std::optional<Instant> alarm;
    // A thank-you's hard limit: written after it, the task says it is late (reconcile.h,
    // asWrittenAt). Set by the planner; not stored, nor part of the content compared.
    std::optional<Instant> lateFrom;
    TaskStatus status = TaskStatus::NeedsAction;
    int priority = 0; // RFC 5545: 1 highest … 9 lowest, 0 undefined
    std::vector<std::string> categories;

    InterviewKey interview;
    std::optional<Person> person; // whom the task is about or addressed to
    std::string url; // "mailto:…?subject=…" or "tel:…"; empty when no address is known

    int sequence = 0;
};

// Whether the task carries its reminder (SPEC §3, §5): only an open task does; a cancelled or a
// completed one carries none, whatever alarm it was planned with, so no app fires it. The one rule
// every writer of tasks follows: the .ics writer's VALARM, the agent's enabled Alarm, JSON's
// "alarm".
bool carriesAlarm(const Task& task);

} // namespace followups
