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

// How many values a rule's BY list holds (BYSECOND …; at least 1: an absent list is one value).
long byListLength(const short* list, int capacity);

// Whether the event has an RRULE or RDATE.
bool isRecurring(icalcomponent* event);

// The starts of the occurrences that overlap `range` (each lasting `length`), chronological: the
// first `maxOccurrences` a rule gives there (0: all). Bounded whatever the rule: it is followed
// to the range's end at most, over maxRuleCandidates candidate times at most (then with a
// warning), and stops with a warning after maxRecurrenceIterations occurrences.
std::vector<EventTime> expandOccurrences(icalcomponent* event, const ComponentLines& lines,
                                         const TimeValue& start, std::chrono::seconds length,
                                         const TimeRange& range, TimeReader& times,
                                         Warnings& warnings, std::size_t maxOccurrences = 0);

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
// Candidate times (each second of a SECONDLY rule, each day of a DAILY one, each BYHOUR of it …)
// one rule is followed over: a year of an hourly rule, or of a daily rule's every minute.
inline constexpr long maxRuleCandidates = 100000;

} // namespace followups::ical
