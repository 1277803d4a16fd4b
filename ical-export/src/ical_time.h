// Turning libical date and date-time values into the core's EventTime, Instant and Date, with their
// TZID resolved (SPEC §2 "time"). Shared by the event, task and holiday readers. Private to
// ical-export: libical types appear here and must not reach a public header.
//
// A TZID is resolved, in this order, to
//  1. a VTIMEZONE of the same file, compared after normalising both names (spaces trimmed, quotes
//     stripped, "\," unescaped), converted by libical from that VTIMEZONE's own rules;
//  2. an IANA id (Zone::fromId);
//  3. a Windows zone name (Zone::fromWindowsName, ICU's CLDR mapping).
// Anything else (Outlook display names like "(UTC+01:00) Amsterdam, Berlin …" without their
// VTIMEZONE, "Customized Time Zone") gives a warning with file and line and is read as floating
// time, i.e. in the user's zone. UTC values ("Z") give an Instant, values without TZID give
// Floating, VALUE=DATE gives a Date.
#pragma once

#include "followups/diagnostics.h"
#include "followups/event.h"
#include "followups/time.h"

#include <libical/ical.h>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>

namespace followups::ical
{

// Adds the TZIDs a property names (its TZID= parameters, normalised) to `tzids`; `text` is the
// whole property line, unfolded. Over-approximated: a "TZID=" anywhere in it counts.
void addNamedTzids(std::string_view text, std::set<std::string, std::less<>>& tzids);

// Transitions one VTIMEZONE may have, RRULEs expanded to the last readable year (real zones: a
// few hundred); and that year.
inline constexpr long maxZoneTransitions = 10000;
inline constexpr int lastReadableYear = lastSupportedYear;

// Why libical must not build the zone of `vtimezone`, if so (issue 11: a SECONDLY observance grew
// past 1 GB and never ended): an observance repeating by the second, minute or hour, or more than
// maxZoneTransitions transitions in all. Such a zone is left out with a warning naming it, and its
// TZID read as the IANA or Windows zone it names, else as floating time.
std::optional<std::string> vtimezoneRefusal(icalcomponent* vtimezone);

// Spaces trimmed, surrounding double quotes stripped and "\," / "\;" unescaped: the spellings
// Exchange and Thunderbird use for one TZID in its VTIMEZONE and in TZID parameters.
std::string normaliseTzid(std::string_view tzid);

// The rules that turn wall-clock times of one resolved zone into instants and back.
class LocalZone
{
public:
    explicit LocalZone(Zone zone, std::string displayId = {});
    // `vtimezone` stays owned by the VtimezoneCache that made it.
    LocalZone(icaltimezone* vtimezone, std::string displayId);

    // RFC 5545 §3.3.5, as Zone::toInstant: a wall-clock time that occurs twice is the earlier
    // instant; one in a gap is moved forward by the gap's length.
    Instant toInstant(LocalDateTime local) const;
    LocalDateTime toLocal(Instant instant) const;
    // The IANA id for display; empty when none is known (UTC, floating, a custom VTIMEZONE).
    const std::string& displayId() const { return displayId_; }

private:
    std::chrono::seconds utcOffsetAt(Instant instant) const; // of the VTIMEZONE's rules
    icaltimezone* vtimezone_ = nullptr;
    std::optional<Zone> zone_;
    std::string displayId_;
};

// A date or date-time value as read, with what recurrence expansion needs: the wall-clock time
// as written and the zone it is written in (the user's zone for floating values, UTC for "Z").
struct TimeValue {
    EventTime time;
    LocalDateTime local; // midnight for a Date
    const LocalZone* zone = nullptr;
    bool isDate() const { return std::holds_alternative<Date>(time.value); }
};

// libical zones built from VTIMEZONEs, by the VTIMEZONE's text: building one expands its
// observances, the dearest part of reading a few events, so the streaming reader's batches (each
// a file of its own, all with the same VTIMEZONEs) share them. A zone gives the same offsets
// however far it has been expanded. For any number of threads: libical 3.0 expands and reads its
// zones' transitions under a lock of its own (icaltimezone.c, changes_mutex), so one zone serves
// them all.
class VtimezoneCache
{
public:
    VtimezoneCache() = default;
    ~VtimezoneCache();
    VtimezoneCache(const VtimezoneCache&) = delete;
    VtimezoneCache& operator=(const VtimezoneCache&) = delete;

    // The zone of `vtimezone`, built the first time its text is seen; nullptr when libical can't.
    icaltimezone* zoneFor(icalcomponent* vtimezone);
    // Builds and expands, ahead of use, the zone of a VTIMEZONE written as `text` (the streaming
    // reader does it on another thread while it scans the file).
    void prepare(const std::string& text);
    std::size_t size() const; // how many were built

private:
    mutable std::mutex mutex_;
    std::map<std::string, icaltimezone*, std::less<>> zones_;
};

// Reads the date values of one parsed file.
class TimeReader
{
public:
    // `root` is the parsed file (its VTIMEZONEs are looked up at any depth); it must outlive this,
    // and so must `zones`, which builds and keeps the zones of its VTIMEZONEs.
    TimeReader(icalcomponent* root, const Zone& userZone, std::string fileName,
               VtimezoneCache& zones);
    TimeReader(const TimeReader&) = delete;
    TimeReader& operator=(const TimeReader&) = delete;

    // The value of a DATE, DATE-TIME, PERIOD or RDATE property, `line` being where it is written.
    // nullopt, with a warning, when it holds no readable date.
    std::optional<TimeValue> read(icalproperty* property, int line, Warnings& warnings);
    // The same for a time that is not a property's own value (e.g. an RRULE's UNTIL) but written
    // with the TZID parameter of `property`.
    std::optional<TimeValue> convert(icaltimetype value, icalproperty* property, int line,
                                     Warnings& warnings);
    // A value that must be a point in time (DTSTAMP, LAST-MODIFIED, COMPLETED); floating values
    // and dates are taken in the user's zone.
    std::optional<Instant> readInstant(icalproperty* property, int line, Warnings& warnings);

    const Zone& userZone() const { return userZone_; }
    const LocalZone& userLocalZone() const { return user_; }
    const LocalZone& utcLocalZone() const { return utc_; }
    const std::string& fileName() const { return fileName_; }

private:
    // Warns (once) about a VTIMEZONE of the file that is refused (vtimezoneRefusal).
    const LocalZone* resolve(const std::string& tzid, int line, Warnings& warnings);

    Zone userZone_;
    std::string fileName_;
    LocalZone user_;
    LocalZone utc_;
    std::map<std::string, icalcomponent*> vtimezones_; // by normalised TZID, owned by the root
    VtimezoneCache& zones_;
    std::map<std::string, std::optional<LocalZone>> resolved_; // nullopt: unresolvable
    std::set<std::pair<std::string, int>> warned_;             // (TZID, line) already reported
    std::set<std::string> refused_;                            // TZIDs whose VTIMEZONE is refused
};

// Conversions between libical's broken-down times and the core's types; nullopt for an invalid
// date (libical accepts "20260231") and for one outside the supported years (time.h).
std::optional<LocalDateTime> toLocalDateTime(const icaltimetype& value);
std::optional<Date> toDate(const icaltimetype& value);
icaltimetype toIcalTime(LocalDateTime local, bool isDate);

// The instant of a value: floating times and dates (their midnight) in `userZone`.
Instant instantOf(const EventTime& time, const Zone& userZone);

} // namespace followups::ical
