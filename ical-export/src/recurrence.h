// Expanding a recurring VEVENT (RRULE and RDATE minus EXDATE) into the starts of its occurrences.
// Expansion runs on wall-clock times in the start's own zone, so a series at 14:00 Berlin stays at
// 14:00 across DST changes; an UNTIL in UTC is first turned into that zone's wall-clock time.
#pragma once

#include "followups/planner.h"
#include "ical_time.h"
#include "line_map.h"

#include <chrono>
#include <vector>

namespace followups::ical
{

// Whether the event has an RRULE or RDATE.
bool isRecurring(icalcomponent* event);

// The starts of the occurrences that overlap `range` (each lasting `length`), chronological.
// Stops with a warning after maxIterations rule steps, so an endless SECONDLY rule cannot hang.
std::vector<EventTime> expandOccurrences(icalcomponent* event, const ComponentLines& lines,
                                         const TimeValue& start, std::chrono::seconds length,
                                         const TimeRange& range, TimeReader& times,
                                         Warnings& warnings);

// Whether two starts name the same occurrence: the same instant, or for dates the same day.
// RECURRENCE-ID and EXDATE are matched this way, never as text.
bool sameOccurrence(const EventTime& a, const EventTime& b, const Zone& userZone);

// A floating EXDATE, RDATE or RECURRENCE-ID of a series with a zone (Outlook and Thunderbird
// write them) read as wall-clock time in the series' zone rather than in the user's.
EventTime inSeriesZone(const EventTime& value, const TimeValue& seriesStart);

// `time` (an end) moved the way `from` (the series' start) moved to `to` (an occurrence's start):
// dates by whole days, floating times on the wall clock, instants by exact elapsed time.
EventTime shiftLike(const EventTime& time, const EventTime& from, const EventTime& to,
                    const Zone& userZone);

inline constexpr int maxRecurrenceIterations = 100000;

} // namespace followups::ical
