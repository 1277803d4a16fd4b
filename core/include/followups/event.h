// A calendar event as any source hands it to the core: the .ics reader (ical-export) and the
// Akonadi agent (from KCalendarCore) both fill this, so recognition and planning run the same code
// for both. One CalendarEvent is one occurrence: sources expand recurrences and apply RECURRENCE-ID
// overrides.
// Plain values: copies may go to other threads, and one may be read by several at once.
#pragma once

#include "followups/diagnostics.h"
#include "followups/time.h"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace followups
{

// A DTSTART/DTEND value after the source resolved its zone.
struct EventTime {
    struct Floating {
        LocalDateTime local; // no zone: the user's zone applies
    };
    std::variant<Instant, Floating, Date> value; // Date: an all-day (VALUE=DATE) value
    std::string
        zoneId; // IANA id the source resolved the TZID to, for display; empty for UTC/floating
};

struct CalendarUser {
    std::string address; // without "mailto:", as written (compare case-insensitively)
    std::string name;    // CN, may be empty
    std::string cutype; // upper case: INDIVIDUAL (also when absent), GROUP, ROOM, RESOURCE, UNKNOWN
    std::string role; // upper case: REQ-PARTICIPANT (also when absent), CHAIR, NON-PARTICIPANT …
    std::string partstat; // upper case: NEEDS-ACTION (also when absent), ACCEPTED, DECLINED …
};

// An `X-INTERVIEW-<KEY>` property: key in upper case without the prefix ("COMPANY").
struct InterviewProperty {
    std::string key;
    std::string value;
    int line = 0;
};

struct CalendarEvent {
    SourceLocation where; // the BEGIN:VEVENT line (of the override, for an overridden occurrence)

    std::string uid; // empty when the source had none
    // The occurrence's original start as RFC 5545 text ("20261105T140000Z", "20261105"), when the
    // event is one occurrence of a recurring series; nullopt for a single event.
    std::optional<std::string> recurrenceId;
    int sequence = 0;
    std::optional<Instant> dtstamp;
    std::optional<Instant> lastModified;

    std::string summary;
    std::string description;
    int descriptionLine =
        0; // line of the DESCRIPTION property, for warnings about `Key: value` lines
    std::vector<std::string> categories; // one entry per category (comma lists already split)
    std::vector<InterviewProperty> interviewProperties;

    std::optional<CalendarUser> organizer;
    std::vector<CalendarUser> attendees;

    std::optional<EventTime> start;
    std::optional<EventTime> end;                 // DTEND as read (exclusive for all-day)
    std::optional<std::chrono::seconds> duration; // DURATION, when given instead of DTEND

    bool cancelled = false; // STATUS:CANCELLED, or METHOD:CANCEL in the enclosing VCALENDAR
};

// The RFC 5545 text of an occurrence's original start, as every source writes it into
// CalendarEvent::recurrenceId and so into the interview's key: "20261105T140000Z" (UTC; a floating
// time placed in `userZone`), "20261105" for a date.
std::string recurrenceIdText(const EventTime& start, const Zone& userZone);

} // namespace followups
