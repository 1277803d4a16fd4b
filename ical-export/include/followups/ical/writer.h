// Writing tasks as iCalendar (SPEC §5; the format is described in docs/ics-format.md): VTODO +
// VALARM, or VEVENT reminder events for apps that drop VTODO (Google Calendar, Outlook). The bytes
// depend only on the arguments: same tasks and options, same output.
// Safe on any thread; a large calendar is built on two (ical-export/src/concurrency.h).
#pragma once

#include "followups/ical/kept_content.h"
#include "followups/task.h"
#include "followups/time.h"

#include <string>
#include <string_view>
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
    // When set, written exactly as given (only line ends made CRLF), in whichever shape it is,
    // instead of being generated from `task`: a task kept as it was found (the user changed it,
    // another app wrote it, or nothing changed).
    std::string verbatim;
    // When set (and `verbatim` is not), the stored text this generated task replaces (an update,
    // a cancellation): what in it the product does not own — other apps' properties (X-MOZ-…,
    // LAST-ACK …), LOCATION, a note's ATTACH, sub-components other than alarms — is carried into
    // the new text as it was.
    std::string replaces{};
};

// `kept`: what a --tasks file held besides tasks, written back as found: its calendar properties
// after the writer's own, its VTIMEZONEs (but those of the TZIDs the writer generates for its own
// times) with the generated ones, its other components after the tasks.
std::string writeCalendar(const std::vector<TaskToWrite>& tasks, const WriteOptions& options,
                          const KeptContent& kept = {});

// A stored component's text without its VALARM sub-components, everything else byte for byte: a
// task the user completed or cancelled keeps what they left but must not remind them
// (ReconcileAction::SilenceAlarm).
std::string withoutAlarms(std::string_view component);

} // namespace followups::ical
