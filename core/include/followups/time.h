// Calendar arithmetic for follow-up planning: instants, local dates, time zones and business days.
//
// Three kinds of offset exist and are kept apart by type (SPEC §3):
//  - ElapsedHours: real elapsed time. end + 24 h across a DST change is still 24 real hours later.
//  - CalendarDays: counts calendar dates in the user's zone and gives an all-day date.
//  - BusinessDays: counts dates that are neither weekend days nor holidays.
//
// Zone rules come from ICU's compiled-in tz data, so no function here reads a file or the clock.
// Values and pure functions; safe on any thread. Copies of a Zone share its ICU rules, which ICU
// makes safe to read from several threads at once; a BusinessCalendar being changed is used by
// one thread only.
#pragma once

#include <array>
#include <chrono>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace followups
{

using Instant = std::chrono::sys_seconds;         // a point in time (UTC)
using LocalDateTime = std::chrono::local_seconds; // a wall-clock time, zone not attached
using Date = std::chrono::year_month_day;         // a calendar date
using TimeOfDay = std::chrono::minutes;           // minutes after local midnight

struct ElapsedHours {
    int value = 0;
    std::chrono::hours duration() const { return std::chrono::hours{value}; }
};
struct CalendarDays {
    int value = 0;
};
struct BusinessDays {
    int value = 0;
};

// A time zone's rules. Cheap to copy (shares the immutable rules).
class Zone
{
public:
    // An IANA name ("Europe/Berlin"), or a legacy alias ICU knows ("US/Pacific"). nullopt if
    // unknown.
    static std::optional<Zone> fromId(std::string_view id);
    // A Windows zone name ("W. Europe Standard Time") through ICU's CLDR mapping, for region 001.
    static std::optional<Zone> fromWindowsName(std::string_view windowsName);
    static Zone utc();

    const std::string& id() const { return id_; }
    LocalDateTime toLocal(Instant instant) const;
    // A wall-clock time that falls in a DST gap is moved forward by the gap's length (02:30 on a
    // spring-forward night becomes 03:30); one that occurs twice takes the earlier instant.
    Instant toInstant(LocalDateTime local) const;
    std::chrono::seconds utcOffsetAt(Instant instant) const;
    // Whether daylight saving time is in force then: names the zone "CEST" rather than "CET".
    bool isDaylightSavingAt(Instant instant) const;

    friend bool operator==(const Zone& a, const Zone& b) { return a.id_ == b.id_; }

private:
    struct Rules;
    Zone(std::string id, std::shared_ptr<const Rules> rules);
    std::string id_;
    std::shared_ptr<const Rules> rules_;
};

Date localDate(Instant instant, const Zone& zone);
Instant atLocalTime(Date date, TimeOfDay time, const Zone& zone);
Date addCalendarDays(Date date, CalendarDays days);

// The years a date may have (issue 11): libical writes a later one as 00000000T000000, and no
// interview is earlier. A date read outside them is rejected with a warning, a task planned
// outside them is left out with one, and options outside them are usage errors.
inline constexpr int firstSupportedYear = 1900;
inline constexpr int lastSupportedYear = 2999;
bool isSupported(Date date);
bool isSupported(Instant instant); // its UTC date

// Which dates are working days: weekend days of the week plus a set of holiday dates (data, loaded
// by the caller from an .ics or from KHolidays).
class BusinessCalendar
{
public:
    BusinessCalendar();                                // Saturday and Sunday off, no holidays
    void setWeekend(std::array<bool, 7> offByWeekday); // index: 0 = Sunday … 6 = Saturday
    void addHoliday(Date date);
    const std::set<Date>& holidays() const { return holidays_; }

    bool isBusinessDay(Date date) const;
    // The Nth business day strictly after `from` (Saturday + 3 = Wednesday). With n = 0: `from`
    // itself when it is a business day, else the next business day. Negative n counts backwards
    // symmetrically. Gives up (returns the last date tried) after 3,700 non-business days in a
    // row, so a calendar where every day is off cannot loop forever.
    Date addBusinessDays(Date from, BusinessDays n) const;

private:
    std::array<bool, 7> weekend_{};
    std::set<Date> holidays_;
};

// RFC 3339 with the offset of `zone` at that instant ("2026-03-30T09:00:00+02:00"), and parsing of
// the same (any offset, or Z). Used by the JSON form and `--now`.
std::string formatRfc3339(Instant instant, const Zone& zone);
std::optional<Instant> parseRfc3339(std::string_view text);
std::string formatIsoDate(Date date); // "2026-03-30"
std::optional<Date> parseIsoDate(std::string_view text);

} // namespace followups
