// Public holidays from KHolidays, the data KOrganizer shows (SPEC §3): which region a locale means,
// and a region's days off as dates for the core's BusinessCalendar. The one adapter between
// KHolidays and the core, shared by the CLI and the Akonadi agent; Qt stays in the .cpp file.
#pragma once

#include "followups/planner.h"
#include "followups/time.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace followups::holidays
{

// The region KHolidays defaults to for a locale name as LANG and LC_* hold it ("de_DE.UTF-8",
// "sv_SE@euro"): its country and language ("de_DE" → "de_de"). nullopt for C and POSIX (also
// "C.UTF-8"), a locale without a country ("en"), and a country KHolidays has no region for.
std::optional<std::string> regionOfLocale(std::string_view localeName);

// The locale dates are shown in, as POSIX chooses it: LC_ALL, else LC_TIME, else LANG. Names the
// variable it came from ("LANG=de_DE.UTF-8"); both empty when none is set.
struct LocaleSetting {
    std::string variable; // "LC_ALL", "LC_TIME", "LANG" or empty
    std::string value;
};
LocaleSetting dateLocaleFromEnvironment();

// A region code as KHolidays lists it ("de_de", "de-by_de"), or a country or subdivision code
// ("de", "DE-BY") resolved to the region KHolidays defaults to for it. nullopt when neither.
std::optional<std::string> resolveRegion(std::string_view codeOrCountry);

// The days off of `region` on which business days may land while planning `window`: public
// holidays (KHolidays' non-working days), and the Christmas and New Year's Eves the region lists
// (24 and 31 December: working days by law, so KHolidays marks them so, but offices close at noon
// or all day and nobody reads a follow-up). Covers a year either side of the window, as far as
// outcome dates reach back (planner.h, historyHorizon) and follow-ups reach ahead. Empty for an
// unknown region.
std::vector<Date> daysOff(std::string_view region, TimeRange window, const Zone& zone);

} // namespace followups::holidays
