// Reading calendar files with libical: interviews' source events, and tasks exported before.
// Accepts what real clients write (Outlook, Exchange, Google, Apple, Thunderbird): several
// VCALENDARs in one file, bare VEVENTs, CRLF or LF, a UTF-8 BOM, VTIMEZONEs, IANA and Windows zone
// names, RECURRENCE-ID overrides, STATUS:CANCELLED and METHOD:CANCEL. Whatever is skipped is
// reported as a Warning with file and line; nothing here throws on bad input.
#pragma once

#include "followups/diagnostics.h"
#include "followups/event.h"
#include "followups/planner.h"
#include "followups/reconcile.h"
#include "followups/time.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace followups::ical
{

struct ReadOptions {
    Zone userZone = Zone::utc();
    // Occurrences of recurring events are expanded within this range only (an RRULE may be
    // endless). Overrides (RECURRENCE-ID) outside it are dropped too.
    TimeRange expansion;
};

struct EventsRead {
    std::vector<CalendarEvent> events; // one per occurrence, in file order
    Warnings warnings;
    // Set when the input is not iCalendar at all (no BEGIN:VCALENDAR nor BEGIN:VEVENT): the CLI
    // then rejects it (exit 1) rather than planning nothing.
    std::optional<Warning> error;
};

// `fileName` is only used in warnings ("-" for stdin).
EventsRead readEvents(std::string_view icsText, std::string_view fileName,
                      const ReadOptions& options);

struct TasksRead {
    std::vector<ExistingTask> tasks; // VTODOs, and reminder VEVENTs the product wrote (--as events)
    Warnings warnings;
    std::optional<Warning> error;
};

TasksRead readTasks(std::string_view icsText, std::string_view fileName, const Zone& userZone);

// The dates of every event in a holidays calendar (all-day or not; multi-day events give each day).
std::vector<Date> readHolidayDates(std::string_view icsText, std::string_view fileName,
                                   Warnings& warnings);

} // namespace followups::ical
