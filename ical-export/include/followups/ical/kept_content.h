// What a --tasks file holds besides tasks: the user's file, written back as it was found (SPEC §4,
// docs/ics-format.md "Verbatim"). The task reader fills it; the writer puts it back.
#pragma once

#include <string>
#include <vector>

namespace followups::ical
{

struct KeptComponent {
    std::string name; // upper case: "VEVENT", "VJOURNAL", "VTIMEZONE", "X-…" …
    std::string tzid; // a VTIMEZONE's TZID, normalised (ical_time.h); empty for the others
    std::string text; // its lines exactly as found, line breaks included
};

struct KeptContent {
    // The VCALENDAR's own properties (X-WR-CALNAME, METHOD …), each as found (its folds too),
    // but VERSION, PRODID and CALSCALE, which the writer writes; in file order, each text once.
    std::vector<std::string> calendarProperties;
    // Every component inside the VCALENDAR that is not a task (events, journals, free/busy,
    // VTIMEZONEs, components of other apps), in file order.
    std::vector<KeptComponent> components;
};

} // namespace followups::ical
