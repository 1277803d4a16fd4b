#include "followups/time.h"

#include "icu_strings.h"

#include <cstdio>
#include <cstdlib>
#include <unicode/basictz.h>
#include <unicode/timezone.h>
#include <unicode/ucal.h>
#include <unicode/unistr.h>
#include <utility>

namespace followups
{

using namespace std::chrono;

// ICU makes its objects safe for concurrent use through const methods ("Thread-safe const APIs" in
// ICU's design guide), so copies of a Zone share one instance and only ever call const methods.
struct Zone::Rules {
    std::unique_ptr<const icu::BasicTimeZone> zone;
};

namespace
{

double toUDate(seconds sinceEpoch)
{
    return static_cast<double>(sinceEpoch.count()) * 1000.0;
}

// The zone's standard offset and its daylight saving offset at that instant; zero both when ICU
// fails, which it does only for instants far outside any calendar.
std::pair<milliseconds, milliseconds> offsetsAt(const icu::BasicTimeZone& zone, Instant instant)
{
    int32_t rawOffset = 0;
    int32_t dstOffset = 0;
    UErrorCode status = U_ZERO_ERROR;
    zone.getOffset(toUDate(instant.time_since_epoch()), false, rawOffset, dstOffset, status);
    if (U_FAILURE(status))
        return {};
    return {milliseconds{rawOffset}, milliseconds{dstOffset}};
}

} // namespace

Zone::Zone(std::string id, std::shared_ptr<const Rules> rules)
    : id_(std::move(id)), rules_(std::move(rules))
{
}

std::optional<Zone> Zone::fromId(std::string_view id)
{
    std::unique_ptr<icu::TimeZone> zone{icu::TimeZone::createTimeZone(fromUtf8(id))};
    if (dynamic_cast<icu::BasicTimeZone*>(zone.get()) == nullptr)
        return std::nullopt;
    icu::UnicodeString resolved;
    zone->getID(resolved);
    // ICU answers an unknown id with a GMT zone named "Etc/Unknown" instead of failing.
    if (resolved == icu::UnicodeString(UCAL_UNKNOWN_ZONE_ID))
        return std::nullopt;
    auto rules = std::make_shared<Rules>();
    rules->zone.reset(static_cast<icu::BasicTimeZone*>(zone.release()));
    return Zone(toUtf8(resolved), std::move(rules));
}

std::optional<Zone> Zone::fromWindowsName(std::string_view windowsName)
{
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString ianaId;
    // Region "001" is CLDR's "world" entry: the zone Windows means when no region narrows it.
    icu::TimeZone::getIDForWindowsID(fromUtf8(windowsName), "001", ianaId, status);
    if (U_FAILURE(status) || ianaId.isEmpty())
        return std::nullopt;
    return fromId(toUtf8(ianaId));
}

Zone Zone::utc()
{
    static const Zone utcZone = *fromId("UTC");
    return utcZone;
}

std::chrono::seconds Zone::utcOffsetAt(Instant instant) const
{
    const auto [raw, daylightSaving] = offsetsAt(*rules_->zone, instant);
    return duration_cast<seconds>(raw + daylightSaving);
}

bool Zone::isDaylightSavingAt(Instant instant) const
{
    return offsetsAt(*rules_->zone, instant).second != milliseconds{0};
}

LocalDateTime Zone::toLocal(Instant instant) const
{
    return LocalDateTime{instant.time_since_epoch() + utcOffsetAt(instant)};
}

Instant Zone::toInstant(LocalDateTime local) const
{
    int32_t rawOffset = 0;
    int32_t dstOffset = 0;
    UErrorCode status = U_ZERO_ERROR;
    // FORMER for both: a skipped wall time is read with the offset in force before the gap (so it
    // lands the gap's length later on the new clock), a repeated one with the offset before the
    // overlap (the earlier of the two instants).
    rules_->zone->getOffsetFromLocal(toUDate(local.time_since_epoch()), UCAL_TZ_LOCAL_FORMER,
                                     UCAL_TZ_LOCAL_FORMER, rawOffset, dstOffset, status);
    if (U_FAILURE(status))
        return Instant{local.time_since_epoch()};
    return Instant{local.time_since_epoch() -
                   duration_cast<seconds>(milliseconds{rawOffset + dstOffset})};
}

Date localDate(Instant instant, const Zone& zone)
{
    return Date{floor<days>(zone.toLocal(instant))};
}

Instant atLocalTime(Date date, TimeOfDay time, const Zone& zone)
{
    return zone.toInstant(local_days{date} + time);
}

bool isSupported(Date date)
{
    const int year = static_cast<int>(date.year());
    return date.ok() && year >= firstSupportedYear && year <= lastSupportedYear;
}

bool isSupported(Instant instant)
{
    return isSupported(Date{std::chrono::floor<std::chrono::days>(instant)});
}

Date addCalendarDays(Date date, CalendarDays days)
{
    return Date{sys_days{date} + std::chrono::days{days.value}};
}

BusinessCalendar::BusinessCalendar()
{
    weekend_[Sunday.c_encoding()] = true;
    weekend_[Saturday.c_encoding()] = true;
}

void BusinessCalendar::setWeekend(std::array<bool, 7> offByWeekday)
{
    weekend_ = offByWeekday;
}

void BusinessCalendar::addHoliday(Date date)
{
    holidays_.insert(date);
}

bool BusinessCalendar::isBusinessDay(Date date) const
{
    return !weekend_[weekday{sys_days{date}}.c_encoding()] && !holidays_.contains(date);
}

Date BusinessCalendar::addBusinessDays(Date from, BusinessDays n) const
{
    // Ten years of days off in a row can only mean a calendar with no working day at all.
    constexpr int maxNonBusinessRun = 3700;
    if (n.value == 0 && isBusinessDay(from))
        return from;
    const days step{n.value < 0 ? -1 : 1};
    int remaining = n.value == 0 ? 1 : std::abs(n.value);
    sys_days day{from};
    int nonBusinessRun = 0;
    while (remaining > 0) {
        day += step;
        if (isBusinessDay(Date{day})) {
            --remaining;
            nonBusinessRun = 0;
        } else if (++nonBusinessRun >= maxNonBusinessRun) {
            break;
        }
    }
    return Date{day};
}

namespace
{

// Reads exactly `count` ASCII digits at `pos`, advancing it.
std::optional<int> readDigits(std::string_view text, std::size_t& pos, std::size_t count)
{
    if (pos + count > text.size())
        return std::nullopt;
    int value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    pos += count;
    return value;
}

bool readChar(std::string_view text, std::size_t& pos, std::string_view accepted)
{
    if (pos >= text.size() || accepted.find(text[pos]) == std::string_view::npos)
        return false;
    ++pos;
    return true;
}

std::optional<Date> readDate(std::string_view text, std::size_t& pos)
{
    const auto y = readDigits(text, pos, 4);
    if (!y || !readChar(text, pos, "-"))
        return std::nullopt;
    const auto m = readDigits(text, pos, 2);
    if (!m || !readChar(text, pos, "-"))
        return std::nullopt;
    const auto d = readDigits(text, pos, 2);
    if (!d)
        return std::nullopt;
    const Date date{year{*y}, month{static_cast<unsigned>(*m)}, day{static_cast<unsigned>(*d)}};
    if (!date.ok())
        return std::nullopt;
    return date;
}

// "UTC", "Etc/UTC", "Zulu" … all name UTC itself, which RFC 3339 writes as "Z".
bool isUtcZone(const Zone& zone)
{
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString canonical;
    icu::TimeZone::getCanonicalID(fromUtf8(zone.id()), canonical, status);
    return U_SUCCESS(status) && canonical == u"Etc/UTC";
}

} // namespace

std::string formatRfc3339(Instant instant, const Zone& zone)
{
    // RFC 3339 offsets have minute precision; historical offsets with seconds (LMT) are truncated
    // and the wall time shown with that offset, so the text still names the same instant.
    const auto offset = floor<minutes>(zone.utcOffsetAt(instant));
    const auto local = instant + offset;
    const auto midnight = floor<days>(local);
    const hh_mm_ss time{local - midnight};
    std::string text = formatIsoDate(Date{midnight});
    char clock[24];
    std::snprintf(clock, sizeof clock, "T%02d:%02d:%02d", static_cast<int>(time.hours().count()),
                  static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()));
    text += clock;
    if (isUtcZone(zone)) {
        text += 'Z';
    } else {
        const auto offsetMinutes = static_cast<int>(offset.count());
        const int magnitude = std::abs(offsetMinutes);
        char zoneOffset[16];
        std::snprintf(zoneOffset, sizeof zoneOffset, "%c%02d:%02d", offsetMinutes < 0 ? '-' : '+',
                      magnitude / 60, magnitude % 60);
        text += zoneOffset;
    }
    return text;
}

std::optional<Instant> parseRfc3339(std::string_view text)
{
    std::size_t pos = 0;
    const auto date = readDate(text, pos);
    // RFC 3339 §5.6 allows a lower-case "t" and, by its note, a space as the separator.
    if (!date || !readChar(text, pos, "Tt "))
        return std::nullopt;
    const auto hour = readDigits(text, pos, 2);
    if (!hour || !readChar(text, pos, ":"))
        return std::nullopt;
    const auto minute = readDigits(text, pos, 2);
    if (!minute || !readChar(text, pos, ":"))
        return std::nullopt;
    const auto second = readDigits(text, pos, 2);
    // Leap seconds (":60") are not representable in sys_seconds and are rejected.
    if (!second || *hour > 23 || *minute > 59 || *second > 59)
        return std::nullopt;
    if (readChar(text, pos, ".")) {
        const std::size_t fractionStart = pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9')
            ++pos;
        if (pos == fractionStart)
            return std::nullopt;
    }
    seconds offset{0};
    if (!readChar(text, pos, "Zz")) {
        if (pos >= text.size())
            return std::nullopt;
        const bool negative = text[pos] == '-';
        if (!readChar(text, pos, "+-"))
            return std::nullopt;
        const auto offsetHours = readDigits(text, pos, 2);
        if (!offsetHours || !readChar(text, pos, ":"))
            return std::nullopt;
        const auto offsetMinutes = readDigits(text, pos, 2);
        if (!offsetMinutes || *offsetHours > 23 || *offsetMinutes > 59)
            return std::nullopt;
        offset = hours{*offsetHours} + minutes{*offsetMinutes};
        if (negative)
            offset = -offset;
    }
    if (pos != text.size())
        return std::nullopt;
    return Instant{sys_days{*date}} + hours{*hour} + minutes{*minute} + seconds{*second} - offset;
}

std::string formatIsoDate(Date date)
{
    char text[24];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return text;
}

std::optional<Date> parseIsoDate(std::string_view text)
{
    std::size_t pos = 0;
    const auto date = readDate(text, pos);
    if (!date || pos != text.size())
        return std::nullopt;
    return date;
}

} // namespace followups
