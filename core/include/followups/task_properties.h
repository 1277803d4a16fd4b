// The product's own iCalendar properties on the tasks it writes. Every store uses these names: the
// .ics reader and writer (ical-export) and the Akonadi agent, so a task exported by one is
// recognised by the other. The format is described in docs/ics-format.md.
#pragma once

namespace followups::property
{

// contentHash of the fields the product set; a different hash on read-back means a user edit.
inline constexpr char hash[] = "X-IFU-HASH";
// Comma-separated UIDs of every task issued for the same interview (deletion memory).
inline constexpr char issued[] = "X-IFU-ISSUED";
// The task kind's stable name ("thank-you") and its ordinal (follow-up 1, 2 …).
inline constexpr char kind[] = "X-IFU-KIND";
inline constexpr char ordinal[] = "X-IFU-ORDINAL";
// The interview occurrence's RECURRENCE-ID, next to RELATED-TO (which holds the UID only).
inline constexpr char interviewRecurrenceId[] = "X-IFU-RECURRENCE-ID";

// Event shape only (VEVENTs whose UID ends in "-event"), where DTSTART and STATUS cannot say it:
// the task's VTODO STATUS value ("NEEDS-ACTION", "COMPLETED", "CANCELLED"; a VEVENT has no
// completed state), and its due: an all-day due's date ("20260330"), or a timed due the event
// starts after (at the task's later alarm) in UTC ("20260330T070000Z"); absent for a timed due
// that is DTSTART.
inline constexpr char taskStatus[] = "X-IFU-STATUS";
inline constexpr char eventDue[] = "X-IFU-DUE";

} // namespace followups::property
