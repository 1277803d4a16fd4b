#include "human_time.h"

#include "icu_strings.h"
#include "translated.h"

#include <array>
#include <cstdio>
#include <map>
#include <memory>
#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/tznames.h>
#include <unicode/unistr.h>

namespace followups
{
namespace
{

// The abbreviated day and month names of the language the texts are in, as CLDR has them ("Tue",
// "Nov"; "Di.", "Nov."). Kept per thread (ICU's objects are not shared between threads) and per
// locale, as the language can change between calls.
const icu::DateFormatSymbols& dateSymbols(const std::string& locale)
{
    thread_local std::map<std::string, std::unique_ptr<icu::DateFormatSymbols>> loaded;
    std::unique_ptr<icu::DateFormatSymbols>& symbols = loaded[locale];
    if (!symbols) {
        UErrorCode status = U_ZERO_ERROR;
        symbols = std::make_unique<icu::DateFormatSymbols>(icu::Locale(locale.c_str()), status);
        if (U_FAILURE(status))
            symbols = std::make_unique<icu::DateFormatSymbols>(icu::Locale::getEnglish(), status);
    }
    return *symbols;
}

std::string abbreviatedName(const icu::UnicodeString* names, int32_t count, int32_t index)
{
    return index < count ? toUtf8(names[index]) : std::string();
}

std::string clockTime(std::chrono::minutes sinceMidnight)
{
    std::array<char, 8> text{};
    std::snprintf(text.data(), text.size(), "%02d:%02d",
                  static_cast<int>(sinceMidnight.count() / 60),
                  static_cast<int>(sinceMidnight.count() % 60));
    return text.data();
}

struct LocalParts {
    Date date;
    std::chrono::minutes time;
};

LocalParts localParts(Instant instant, const Zone& zone)
{
    const LocalDateTime local = zone.toLocal(instant);
    const auto day = std::chrono::floor<std::chrono::days>(local);
    return {Date{day}, std::chrono::floor<std::chrono::minutes>(local - day)};
}

// Loaded once: creating them costs more than the rest of a task's text. ICU objects are safe to
// share between threads for const calls.
const std::array<const icu::TimeZoneNames*, 2>& englishZoneNames()
{
    static const std::array<const icu::TimeZoneNames*, 2> names = [] {
        std::array<const icu::TimeZoneNames*, 2> loaded{};
        std::size_t i = 0;
        for (const char* locale : {"en", "en_GB"}) {
            UErrorCode status = U_ZERO_ERROR;
            icu::TimeZoneNames* instance =
                icu::TimeZoneNames::createInstance(icu::Locale(locale), status);
            loaded[i++] = U_SUCCESS(status) ? instance : nullptr; // kept for the process's life
        }
        return loaded;
    }();
    return names;
}

// English has the North American abbreviations, British English the European ones; CLDR gives
// other zones none, and an offset is clearer than a made-up abbreviation.
std::string cldrAbbreviation(const Zone& zone, Instant instant)
{
    const UDate when = static_cast<UDate>(instant.time_since_epoch().count()) * 1000.0;
    const icu::UnicodeString zoneId = fromUtf8(zone.id());
    const UTimeZoneNameType type =
        zone.isDaylightSavingAt(instant) ? UTZNM_SHORT_DAYLIGHT : UTZNM_SHORT_STANDARD;
    for (const icu::TimeZoneNames* names : englishZoneNames()) {
        if (names == nullptr)
            continue;
        icu::UnicodeString name;
        names->getDisplayName(zoneId, type, when, name);
        if (!name.isEmpty())
            return toUtf8(name);
    }
    return {};
}

std::string offsetName(std::chrono::seconds offset)
{
    if (offset.count() == 0)
        return "UTC";
    const auto minutes = std::chrono::abs(std::chrono::floor<std::chrono::minutes>(offset));
    return std::string("UTC") + (offset.count() < 0 ? "-" : "+") + clockTime(minutes);
}

// "14:00–15:00 CET", or with each end's own abbreviation when a DST change falls in between.
std::string timeRange(Instant start, Instant end, const Zone& zone)
{
    const std::string startZone = zoneAbbreviation(zone, start);
    const std::string endZone = zoneAbbreviation(zone, end);
    const std::string from = clockTime(localParts(start, zone).time);
    const std::string to = clockTime(localParts(end, zone).time);
    if (startZone == endZone)
        return from + "–" + to + " " + endZone;
    return from + " " + startZone + "–" + to + " " + endZone;
}

std::string timedSpan(Instant start, Instant end, const Zone& zone)
{
    if (localParts(start, zone).date == localParts(end, zone).date)
        return humanDate(localParts(start, zone).date) + ", " + timeRange(start, end, zone);
    return humanMoment(start, zone) + " – " + humanMoment(end, zone);
}

} // namespace

std::string humanDate(Date date)
{
    // TRANSLATORS: the CLDR locale whose day and month abbreviations the task texts use
    // ("de", "fr", "es"); the English source text uses "en".
    const std::string locale = translatedInContext("CLDR locale of day and month names", "en");
    // Named, not a temporary: g++ 14 takes a reference returned for a temporary argument for a
    // dangling one (-Wdangling-reference), though the symbols live in dateSymbols' cache.
    const icu::DateFormatSymbols& symbols = dateSymbols(locale);
    int32_t weekdays = 0;
    int32_t months = 0;
    // ICU counts weekdays from 1 (Sunday) and leaves index 0 empty.
    const icu::UnicodeString* weekdayNames = symbols.getWeekdays(
        weekdays, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::ABBREVIATED);
    const icu::UnicodeString* monthNames = symbols.getMonths(months, icu::DateFormatSymbols::FORMAT,
                                                             icu::DateFormatSymbols::ABBREVIATED);
    const std::chrono::weekday weekday{std::chrono::sys_days{date}};
    return filledIn(
        // TRANSLATORS: a day in a task's text, "Tue 3 Nov 2026": %1$s the weekday, %2$d the day of
        // the month, %3$s the month, %4$d the year (abbreviations from the CLDR locale above).
        translated("%1$s %2$d %3$s %4$d"),
        {abbreviatedName(weekdayNames, weekdays, static_cast<int32_t>(weekday.c_encoding()) + 1),
         std::to_string(static_cast<unsigned>(date.day())),
         abbreviatedName(monthNames, months, static_cast<int32_t>(unsigned(date.month())) - 1),
         std::to_string(static_cast<int>(date.year()))});
}

std::string humanMoment(Instant instant, const Zone& zone)
{
    const LocalParts parts = localParts(instant, zone);
    return humanDate(parts.date) + ", " + clockTime(parts.time) + " " +
           zoneAbbreviation(zone, instant);
}

std::string humanDue(const Due& due, const Zone& zone)
{
    if (due.allDay())
        return humanDate(std::get<Date>(due.value));
    return humanMoment(std::get<Instant>(due.value), zone);
}

std::string humanInterviewTime(const Interview& interview, const Zone& userZone)
{
    if (interview.allDay) {
        const Date first = localDate(interview.start, userZone);
        const Date last = localDate(interview.end, userZone);
        return (first == last ? humanDate(first) : humanDate(first) + " – " + humanDate(last)) +
               " (" + translated("all day") + ")";
    }
    std::string text = timedSpan(interview.start, interview.end, userZone);
    const std::optional<Zone> own =
        interview.zoneId.empty() ? std::nullopt : Zone::fromId(interview.zoneId);
    if (own && !(*own == userZone))
        text += " (" + timedSpan(interview.start, interview.end, *own) + ", " + own->id() + ")";
    return text;
}

std::string zoneAbbreviation(const Zone& zone, Instant instant)
{
    const std::string abbreviation = cldrAbbreviation(zone, instant);
    return abbreviation.empty() ? offsetName(zone.utcOffsetAt(instant)) : abbreviation;
}

} // namespace followups
