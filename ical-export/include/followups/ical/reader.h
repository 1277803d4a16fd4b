// Reading calendar files with libical: interviews' source events, and tasks exported before.
// Accepts what real clients write (Outlook, Exchange, Google, Apple, Thunderbird): several
// VCALENDARs in one file, bare VEVENTs, CRLF or LF, a UTF-8 BOM, VTIMEZONEs, IANA and Windows zone
// names, RECURRENCE-ID overrides, STATUS:CANCELLED and METHOD:CANCEL. Whatever is skipped is
// reported as a Warning with file and line; nothing here throws on bad input.
// Every function is safe on any thread and shares nothing between calls. readInterviewEvents
// uses a second core itself (ical-export/src/concurrency.h) and calls readChunk and takeEvents on
// the calling thread only.
#pragma once

#include "followups/diagnostics.h"
#include "followups/event.h"
#include "followups/ical/kept_content.h"
#include "followups/planner.h"
#include "followups/reconcile.h"
#include "followups/time.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <set>
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
    // At most this many occurrences of one recurring event in the range, the first ones (0: all):
    // the planner takes no more than Policy::seriesLimit of a series, and one over that limit is
    // enough for it to say so. Expanding a year of an hourly invite took gigabytes.
    std::size_t maxOccurrences = 0;
};

// A calendar's X-WR-CALNAME: Google names the owner's address there (SPEC §2).
struct CalendarName {
    std::string value; // as written
    SourceLocation where;
};

struct EventsRead {
    std::vector<CalendarEvent> events; // one per occurrence, in file order
    // UIDs of the recurring events read (RRULE or RDATE): their occurrences were expanded within
    // ReadOptions::expansion only (followups::ExpandedSeries).
    std::set<std::string> seriesUids;
    std::size_t eventCount = 0; // the VEVENTs of the input, read or skipped
    std::vector<CalendarName> calendarNames;
    Warnings warnings;
    // Set when the input is not iCalendar at all (no BEGIN:VCALENDAR nor BEGIN:VEVENT): the CLI
    // then rejects it (exit 1) rather than planning nothing.
    std::optional<Warning> error;
};

// `fileName` is only used in warnings ("-" for stdin).
EventsRead readEvents(std::string_view icsText, std::string_view fileName,
                      const ReadOptions& options);

// Whole calendars, streamed (files and pipes of any size, in bounded memory) ---------------------

// Puts the next bytes of the input (at most `capacity`) into `buffer` and says how many; 0 at the
// end of the input. May throw (the CLI's reader throws when the input can't be read).
using ReadChunk = std::function<std::size_t(char* buffer, std::size_t capacity)>;

struct StreamOptions {
    ReadOptions read;
    // The policy's interview keywords (Policy::keywords.interview): what may make an event an
    // interview (SPEC §2).
    std::vector<std::string> interviewKeywords;
    std::size_t chunkSize = 256 * 1024;
    // When set, the events are given to it as soon as libical has read them, one batch at a time
    // (every event sharing a UID in the same batch, in file order), instead of being returned in
    // EventsRead::events: what keeps only what it needs (InterviewCollector) keeps memory flat.
    std::function<void(std::vector<CalendarEvent>&& events)> takeEvents{};
};

// The events of readEvents that can matter to planning, read in chunks: every VEVENT that may be an
// interview by `interviewKeywords` (checked cheaply on its text, without libical), and the
// recurring series and overrides with the same UID, with the same file lines (a plain copy that
// reads as no interview is skipped). Planning them gives exactly what planning all of readEvents'
// events gives. Other events are skipped unparsed, so memory does not grow with them; warnings are
// those of the events read and of the file's structure, not those of skipped events. Reader limits
// (a line over 1 MiB, a component over 8 MiB, nesting deeper than 1000) are described in
// docs/ics-format.md.
EventsRead readInterviewEvents(const ReadChunk& readChunk, std::string_view fileName,
                               const StreamOptions& options);

struct TasksRead {
    // The VTODOs, and the reminder VEVENTs the product wrote (--as events), directly inside the
    // VCALENDAR; each with its text exactly as found (ExistingTask::originalText).
    std::vector<ExistingTask> tasks;
    KeptContent kept;  // everything else, as found
    Warnings warnings; // about the product's own tasks; what is only kept is not looked into
    // Set when the file is no iCalendar, or when writing it back could lose some of it (a NUL
    // byte, a truncated file, text outside any component, nesting too deep): the run is refused.
    std::optional<Warning> error;
};

// A file of tasks exported before (--tasks), which is also the user's file: everything in it is
// returned, the tasks to reconcile and the rest to keep.
TasksRead readTasks(std::string_view icsText, std::string_view fileName, const Zone& userZone);

// The dates of every event in a holidays calendar (all-day or not; multi-day events give each day).
std::vector<Date> readHolidayDates(std::string_view icsText, std::string_view fileName,
                                   Warnings& warnings);

} // namespace followups::ical
