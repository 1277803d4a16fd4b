#include "ical_time.h"

#include "followups/ascii_text.h"
#include "line_map.h"
#include "parsed_calendar.h"
#include "recurrence.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace followups::ical
{
namespace
{

using std::chrono::days;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

// A component with neither STANDARD nor DAYLIGHT would convert everything as UTC without a word.
bool hasObservances(icalcomponent* vtimezone)
{
    return icalcomponent_get_first_component(vtimezone, ICAL_XSTANDARD_COMPONENT) != nullptr ||
           icalcomponent_get_first_component(vtimezone, ICAL_XDAYLIGHT_COMPONENT) != nullptr;
}

constexpr int earliestExpandedYear = 1900;

// Outlook and Exchange start their observances in 1601, and libical expands every year from an
// observance's DTSTART, a large part of reading a few events (docs/performance.md). An endless
// yearly rule gives the same transitions from 1900 on when its DTSTART moves to the same day of
// 1900.
void startObservancesIn1900(icalcomponent* vtimezone)
{
    for (auto* observance = icalcomponent_get_first_component(vtimezone, ICAL_ANY_COMPONENT);
         observance; observance = icalcomponent_get_next_component(vtimezone, ICAL_ANY_COMPONENT)) {
        auto* dtstart = icalcomponent_get_first_property(observance, ICAL_DTSTART_PROPERTY);
        auto* rrule = icalcomponent_get_first_property(observance, ICAL_RRULE_PROPERTY);
        if (!dtstart || !rrule)
            continue;
        const auto rule = icalproperty_get_rrule(rrule);
        auto start = icalproperty_get_dtstart(dtstart);
        if (rule.freq != ICAL_YEARLY_RECURRENCE || rule.interval > 1 || rule.count != 0 ||
            !icaltime_is_null_time(rule.until) || start.year >= earliestExpandedYear)
            continue;
        start.year = earliestExpandedYear;
        if (start.month == 2 && start.day == 29)
            start.day = 28;
        icalproperty_set_dtstart(dtstart, start);
    }
}

// libical takes the definition only when it accepts it: a VTIMEZONE without TZID is refused and
// its copy stays ours to free. A zone whose expansion would run away is not built
// (vtimezoneRefusal).
icaltimezone* buildZone(icalcomponent* vtimezone)
{
    if (vtimezoneRefusal(vtimezone))
        return nullptr;
    std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)> definition(
        icalcomponent_new_clone(vtimezone), &icalcomponent_free);
    startObservancesIn1900(definition.get());
    auto* zone = icaltimezone_new();
    if (!zone)
        return nullptr;
    if (!icaltimezone_set_component(zone, definition.get())) {
        icaltimezone_free(zone, 1);
        return nullptr;
    }
    definition.release(); // freed with the zone
    return zone;
}

void collectVtimezones(icalcomponent* component, std::map<std::string, icalcomponent*>& found)
{
    if (icalcomponent_isa(component) == ICAL_VTIMEZONE_COMPONENT) {
        auto* tzid = icalcomponent_get_first_property(component, ICAL_TZID_PROPERTY);
        const char* name = tzid ? icalproperty_get_tzid(tzid) : nullptr;
        if (name && hasObservances(component))
            found.emplace(normaliseTzid(name), component); // the first definition wins
        return;
    }
    for (auto* child = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); child;
         child = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT))
        collectVtimezones(child, found);
}

// The IANA id a TZID names, directly or as a Windows name.
std::optional<Zone> knownZone(const std::string& tzid)
{
    if (auto zone = Zone::fromId(tzid))
        return zone;
    return Zone::fromWindowsName(tzid);
}

std::optional<icaltimetype> timeOf(icalproperty* property)
{
    const icalvalue* value = icalproperty_get_value(property);
    if (!value)
        return std::nullopt;
    switch (icalvalue_isa(value)) {
    case ICAL_DATE_VALUE:
        return icalvalue_get_date(value);
    case ICAL_DATETIME_VALUE:
        return icalvalue_get_datetime(value);
    case ICAL_DATETIMEPERIOD_VALUE: {
        const auto both = icalvalue_get_datetimeperiod(value);
        return icaltime_is_null_time(both.time) ? both.period.start : both.time;
    }
    case ICAL_PERIOD_VALUE:
        return icalvalue_get_period(value).start;
    case ICAL_TRIGGER_VALUE:
        return icalvalue_get_trigger(value).time;
    default:
        return std::nullopt;
    }
}

const char* tzidOf(icalproperty* property)
{
    auto* parameter =
        property ? icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER) : nullptr;
    return parameter ? icalparameter_get_tzid(parameter) : nullptr;
}

// At most how many transitions a rule gives in a year (its BY lists multiplied out).
long transitionsPerYear(const icalrecurrencetype& rule)
{
    const long perDay = byListLength(rule.by_hour, ICAL_BY_HOUR_SIZE) *
                        byListLength(rule.by_minute, ICAL_BY_MINUTE_SIZE) *
                        byListLength(rule.by_second, ICAL_BY_SECOND_SIZE);
    const long interval = std::max<long>(rule.interval, 1);
    switch (rule.freq) {
    case ICAL_DAILY_RECURRENCE:
        return 366 * perDay / interval + 1;
    case ICAL_WEEKLY_RECURRENCE:
        return 53 * byListLength(rule.by_day, ICAL_BY_DAY_SIZE) * perDay / interval + 1;
    case ICAL_MONTHLY_RECURRENCE:
        return 12 * byListLength(rule.by_month_day, ICAL_BY_MONTHDAY_SIZE) *
                   byListLength(rule.by_day, ICAL_BY_DAY_SIZE) * perDay / interval +
               1;
    default:
        return byListLength(rule.by_month, ICAL_BY_MONTH_SIZE) *
                   byListLength(rule.by_month_day, ICAL_BY_MONTHDAY_SIZE) *
                   byListLength(rule.by_day, ICAL_BY_DAY_SIZE) *
                   byListLength(rule.by_year_day, ICAL_BY_YEARDAY_SIZE) * perDay / interval +
               1;
    }
}

} // namespace

void addNamedTzids(std::string_view text, std::set<std::string, std::less<>>& tzids)
{
    const std::string upper = ascii::upper(text);
    for (auto at = upper.find("TZID="); at != std::string::npos; at = upper.find("TZID=", at + 5)) {
        const auto value = text.substr(at + 5);
        std::size_t end = 0;
        if (value.starts_with('"')) {
            end = value.find('"', 1);
            end = end == std::string_view::npos ? value.size() : end + 1;
        } else {
            end = std::min(value.find_first_of(":;"), value.size());
        }
        tzids.insert(normaliseTzid(value.substr(0, end)));
    }
}

std::optional<std::string> vtimezoneRefusal(icalcomponent* vtimezone)
{
    long transitions = 0;
    for (auto* observance = icalcomponent_get_first_component(vtimezone, ICAL_ANY_COMPONENT);
         observance; observance = icalcomponent_get_next_component(vtimezone, ICAL_ANY_COMPONENT)) {
        for (auto* rdate = icalcomponent_get_first_property(observance, ICAL_RDATE_PROPERTY); rdate;
             rdate = icalcomponent_get_next_property(observance, ICAL_RDATE_PROPERTY))
            ++transitions;
        auto* rrule = icalcomponent_get_first_property(observance, ICAL_RRULE_PROPERTY);
        if (!rrule)
            continue;
        const auto rule = icalproperty_get_rrule(rrule);
        if (rule.freq == ICAL_SECONDLY_RECURRENCE || rule.freq == ICAL_MINUTELY_RECURRENCE ||
            rule.freq == ICAL_HOURLY_RECURRENCE)
            return std::string("its observances repeat ") + icalrecur_freq_to_string(rule.freq) +
                   ", which no time zone does";
        // Expanded from 1900 (startObservancesIn1900) to the last year a date may have.
        auto* dtstart = icalcomponent_get_first_property(observance, ICAL_DTSTART_PROPERTY);
        const int from =
            std::max(earliestExpandedYear, dtstart ? icalproperty_get_dtstart(dtstart).year : 0);
        const int to = icaltime_is_null_time(rule.until)
                           ? lastReadableYear
                           : std::min(lastReadableYear, rule.until.year);
        const long years = std::max(0, to - from) + 1;
        transitions += rule.count > 0 ? std::min<long>(rule.count, years * transitionsPerYear(rule))
                                      : years * transitionsPerYear(rule);
        if (transitions > maxZoneTransitions)
            break;
    }
    if (transitions > maxZoneTransitions)
        return "it changes its offset more than " + std::to_string(maxZoneTransitions) +
               " times, more than any time zone";
    return std::nullopt;
}

std::string normaliseTzid(std::string_view tzid)
{
    auto text = ascii::trim(tzid);
    if (text.size() >= 2 && text.front() == '"' && text.back() == '"')
        text = ascii::trim(text.substr(1, text.size() - 2));
    std::string result;
    result.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size() && (text[i + 1] == ',' || text[i + 1] == ';'))
            ++i;
        result += text[i];
    }
    return result;
}

LocalZone::LocalZone(Zone zone, std::string displayId)
    : zone_(std::move(zone)), displayId_(std::move(displayId))
{
}

LocalZone::LocalZone(icaltimezone* vtimezone, std::string displayId)
    : vtimezone_(vtimezone), displayId_(std::move(displayId))
{
}

Instant LocalZone::toInstant(LocalDateTime local) const
{
    if (zone_)
        return zone_->toInstant(local);
    // RFC 5545 §3.3.5, which libical's own wall-clock lookup gets wrong at both edges (the second
    // of two 01:30s; a 02:30 that does not exist read with the new offset, an hour early). The
    // offsets in force a day before and after bracket any change near `local`: of the instants
    // that show `local` on the zone's clock, the earliest; when none does (a gap), `local` read
    // with the offset before the gap, which lands the gap's length later on the new clock.
    const Instant asIfUtc{local.time_since_epoch()};
    const seconds before = utcOffsetAt(asIfUtc - days{1});
    const seconds after = utcOffsetAt(asIfUtc + days{1});
    if (before == after)
        return asIfUtc - before;
    for (const seconds offset : {std::max(before, after), std::min(before, after)}) {
        if (utcOffsetAt(asIfUtc - offset) == offset)
            return asIfUtc - offset;
    }
    return asIfUtc - before;
}

seconds LocalZone::utcOffsetAt(Instant instant) const
{
    auto utc = toIcalTime(LocalDateTime{instant.time_since_epoch()}, false);
    int isDaylight = 0;
    return seconds{icaltimezone_get_utc_offset_of_utc_time(vtimezone_, &utc, &isDaylight)};
}

LocalDateTime LocalZone::toLocal(Instant instant) const
{
    if (zone_)
        return zone_->toLocal(instant);
    return LocalDateTime{instant.time_since_epoch() + utcOffsetAt(instant)};
}

VtimezoneCache::~VtimezoneCache()
{
    for (auto& [text, zone] : zones_) {
        if (zone)
            icaltimezone_free(zone, 1);
    }
}

icaltimezone* VtimezoneCache::zoneFor(icalcomponent* vtimezone)
{
    char* text = icalcomponent_as_ical_string_r(vtimezone);
    const std::string key = text ? text : "";
    std::free(text);
    const std::lock_guard lock(mutex_);
    if (const auto found = zones_.find(key); found != zones_.end())
        return found->second;
    zones_.emplace(key, buildZone(vtimezone));
    return zones_.at(key);
}

std::size_t VtimezoneCache::size() const
{
    const std::lock_guard lock(mutex_);
    return zones_.size();
}

void VtimezoneCache::prepare(const std::string& text)
{
    makeLibicalErrorsNonFatal();
    std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)> parsed(
        icalparser_parse_string(text.c_str()), &icalcomponent_free);
    if (!parsed || icalcomponent_isa(parsed.get()) != ICAL_VTIMEZONE_COMPONENT)
        return;
    if (auto* zone = zoneFor(parsed.get())) {
        // Any year up to the current one expands the zone as far as its first use would.
        auto early = icaltime_null_time();
        early.year = earliestExpandedYear;
        early.month = 1;
        early.day = 1;
        int isDaylight = 0;
        icaltimezone_get_utc_offset(zone, &early, &isDaylight);
    }
}

TimeReader::TimeReader(icalcomponent* root, const Zone& userZone, std::string fileName,
                       VtimezoneCache& zones)
    : userZone_(userZone), fileName_(std::move(fileName)), user_(userZone), utc_(Zone::utc()),
      zones_(zones)
{
    if (root)
        collectVtimezones(root, vtimezones_);
}

const LocalZone* TimeReader::resolve(const std::string& tzid, int line, Warnings& warnings)
{
    if (auto found = resolved_.find(tzid); found != resolved_.end())
        return found->second ? &*found->second : nullptr;

    std::optional<LocalZone> result;
    const auto known = knownZone(tzid);
    if (auto vtimezone = vtimezones_.find(tzid); vtimezone != vtimezones_.end()) {
        if (const auto refusal = vtimezoneRefusal(vtimezone->second)) {
            refused_.insert(tzid);
            warnings.push_back({{fileName_, line},
                                "VTIMEZONE \"" + tzid + "\" ignored: " + *refusal +
                                    "; its times are read " +
                                    (known ? "in the zone " + known->id() + " it names"
                                           : "as floating time in your zone " + userZone_.id())});
        } else if (auto* zone = zones_.zoneFor(vtimezone->second)) {
            result.emplace(zone, known ? known->id() : std::string{});
        }
    }
    if (!result && known)
        result.emplace(*known, known->id());
    auto [entry, inserted] = resolved_.emplace(tzid, std::move(result));
    return entry->second ? &*entry->second : nullptr;
}

std::optional<TimeValue> TimeReader::read(icalproperty* property, int line, Warnings& warnings)
{
    const auto value = timeOf(property);
    if (!value || icaltime_is_null_time(*value)) {
        warnings.push_back({{fileName_, line},
                            std::string("no readable date in ") +
                                icalproperty_get_property_name(property) + "; ignored"});
        return std::nullopt;
    }
    return convert(*value, property, line, warnings);
}

std::optional<TimeValue> TimeReader::convert(icaltimetype value, icalproperty* property, int line,
                                             Warnings& warnings)
{
    const auto local = toLocalDateTime(value);
    if (!local) {
        char text[64];
        std::snprintf(text, sizeof text, "%04d-%02d-%02d", value.year, value.month, value.day);
        warnings.push_back({{fileName_, line},
                            std::string("invalid date ") + text + " (dates are read from " +
                                std::to_string(firstSupportedYear) + " to " +
                                std::to_string(lastSupportedYear) + "); ignored"});
        return std::nullopt;
    }
    if (value.is_date) {
        return TimeValue{{*toDate(value), {}}, *local, &user_};
    }
    if (icaltime_is_utc(value)) {
        return TimeValue{{Instant{local->time_since_epoch()}, {}}, *local, &utc_};
    }
    if (const char* tzid = tzidOf(property)) {
        const auto name = normaliseTzid(tzid);
        if (const auto* zone = resolve(name, line, warnings))
            return TimeValue{{zone->toInstant(*local), zone->displayId()}, *local, zone};
        if (!refused_.contains(name) && warned_.emplace(name, line).second) {
            // "(UTC+01:00) Amsterdam, Berlin …" names a display text, not rules: no guess.
            const bool outlookDisplayName = name.starts_with("(UTC") || name.starts_with("(GMT");
            warnings.push_back(
                {{fileName_, line},
                 "unknown time zone \"" + name + "\" (" +
                     (outlookDisplayName ? "an Outlook display name without its VTIMEZONE"
                                         : "no VTIMEZONE for it in the file, not an IANA or "
                                           "Windows zone name") +
                     "); read as floating time in your zone " + userZone_.id()});
        }
    }
    return TimeValue{{EventTime::Floating{*local}, {}}, *local, &user_};
}

std::optional<Instant> TimeReader::readInstant(icalproperty* property, int line, Warnings& warnings)
{
    const auto value = read(property, line, warnings);
    if (!value)
        return std::nullopt;
    return instantOf(value->time, userZone_);
}

std::optional<LocalDateTime> toLocalDateTime(const icaltimetype& value)
{
    const auto date = toDate(value);
    if (!date)
        return std::nullopt;
    if (value.is_date)
        return LocalDateTime{std::chrono::local_days{*date}.time_since_epoch()};
    if (value.hour < 0 || value.hour > 23 || value.minute < 0 || value.minute > 59 ||
        value.second < 0 || value.second > 60)
        return std::nullopt;
    return LocalDateTime{std::chrono::local_days{*date}.time_since_epoch() + hours{value.hour} +
                         minutes{value.minute} + seconds{value.second}};
}

std::optional<Date> toDate(const icaltimetype& value)
{
    const Date date{std::chrono::year{value.year},
                    std::chrono::month{static_cast<unsigned>(value.month)},
                    std::chrono::day{static_cast<unsigned>(value.day)}};
    if (!isSupported(date))
        return std::nullopt;
    return date;
}

icaltimetype toIcalTime(LocalDateTime local, bool isDate)
{
    const auto midnight = std::chrono::floor<days>(local);
    const Date date{midnight};
    const std::chrono::hh_mm_ss time{local - midnight};
    icaltimetype result = icaltime_null_time();
    result.year = static_cast<int>(date.year());
    result.month = static_cast<int>(static_cast<unsigned>(date.month()));
    result.day = static_cast<int>(static_cast<unsigned>(date.day()));
    if (isDate) {
        result.is_date = 1;
    } else {
        result.hour = static_cast<int>(time.hours().count());
        result.minute = static_cast<int>(time.minutes().count());
        result.second = static_cast<int>(time.seconds().count());
    }
    return result;
}

Instant instantOf(const EventTime& time, const Zone& userZone)
{
    if (const auto* instant = std::get_if<Instant>(&time.value))
        return *instant;
    if (const auto* floating = std::get_if<EventTime::Floating>(&time.value))
        return userZone.toInstant(floating->local);
    return userZone.toInstant(
        LocalDateTime{std::chrono::local_days{std::get<Date>(time.value)}.time_since_epoch()});
}

} // namespace followups::ical
