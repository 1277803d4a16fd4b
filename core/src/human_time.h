// Dates and times as task texts show them, in the texts' language and in the user's zone:
// "Tue 3 Nov 2026, 14:00–15:00 CET". Private to the texts.
#pragma once

#include "followups/interview.h"
#include "followups/time.h"

#include <string>

namespace followups
{

std::string humanDate(Date date);                           // "Tue 3 Nov 2026"
std::string humanMoment(Instant instant, const Zone& zone); // "Tue 3 Nov 2026, 14:00 CET"
std::string humanDue(const Due& due, const Zone& zone);     // a moment, or a date when all-day

// When the interview takes place in the user's zone; a timed interview held in another zone shows
// that zone's wall clock too, so the text matches the invitation.
std::string humanInterviewTime(const Interview& interview, const Zone& userZone);

// The zone's English abbreviation at that instant ("CET", "EDT"), else its offset ("UTC+05:30").
std::string zoneAbbreviation(const Zone& zone, Instant instant);

} // namespace followups
