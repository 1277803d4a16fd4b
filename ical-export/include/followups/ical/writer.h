// Writing tasks as iCalendar (SPEC §5; the format is described in docs/ics-format.md): VTODO +
// VALARM, or VEVENT reminder events for apps that drop VTODO (Google Calendar, Outlook). The bytes
// depend only on the arguments: same tasks and options, same output.
// Safe on any thread; a large calendar is built on two (ical-export/src/concurrency.h).
#pragma once

#include "followups/task.h"
#include "followups/time.h"

#include <string>
#include <vector>

namespace followups::ical
{

enum class Shape { Todos, Events };

struct WriteOptions {
    Shape shape = Shape::Todos;
    Zone userZone = Zone::utc(); // timed values are written with this TZID and its VTIMEZONE
    Instant dtstamp;             // from --now or SOURCE_DATE_EPOCH
    // Events shape: an all-day task's event starts at this local time (the policy's morning).
    TimeOfDay allDayStart{9 * 60};
};

struct TaskToWrite {
    Task task;
    // UIDs of all tasks issued for the same interview, stored with the task (X-IFU-ISSUED) so a
    // later reconciliation knows which of them the user deleted.
    std::vector<std::string> issuedSiblings;
    // When set and the shape is Todos, written exactly as given (a task the user changed, kept as
    // they left it) instead of being generated from `task`.
    std::string verbatim;
};

std::string writeCalendar(const std::vector<TaskToWrite>& tasks, const WriteOptions& options);

} // namespace followups::ical
