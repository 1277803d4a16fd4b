// readHolidayDates: every day an event of a holidays calendar covers. Built on readEvents, so
// recurrence, overrides and cancellations work as for interviews.
#include "followups/ical/reader.h"

#include <iterator>

namespace followups::ical
{
namespace
{

using std::chrono::sys_days;

// Yearly holidays are expanded over this fixed range: wide enough for any plan, and bounded (a
// yearly rule gives at most 131 dates; any rule stops after maxRecurrenceIterations steps).
constexpr Date firstHolidayYear{std::chrono::year{1970}, std::chrono::January, std::chrono::day{1}};
constexpr Date lastHolidayYear{std::chrono::year{2100}, std::chrono::December,
                               std::chrono::day{31}};
// One event covering more days than this is a data error, not a holiday.
constexpr int maxDaysPerEvent = 366;

// The wall-clock date of a value in the zone it was written in (UTC when not known).
Date wallDate(const EventTime& time, bool isEnd)
{
    if (const auto* date = std::get_if<Date>(&time.value))
        return *date;
    LocalDateTime local;
    if (const auto* floating = std::get_if<EventTime::Floating>(&time.value)) {
        local = floating->local;
    } else {
        const auto zone = Zone::fromId(time.zoneId).value_or(Zone::utc());
        local = zone.toLocal(std::get<Instant>(time.value));
    }
    // A timed end at midnight does not cover the day it names.
    if (isEnd)
        local -= std::chrono::seconds{1};
    return Date{std::chrono::floor<std::chrono::days>(local)};
}

} // namespace

std::vector<Date> readHolidayDates(std::string_view icsText, std::string_view fileName,
                                   Warnings& warnings)
{
    ReadOptions options;
    options.expansion = {sys_days{firstHolidayYear}, sys_days{lastHolidayYear}};
    auto read = readEvents(icsText, fileName, options);
    std::move(read.warnings.begin(), read.warnings.end(), std::back_inserter(warnings));
    if (read.error) {
        warnings.push_back(*read.error);
        return {};
    }

    std::vector<Date> dates;
    for (const auto& event : read.events) {
        if (event.cancelled || !event.start)
            continue;
        const Date first = wallDate(*event.start, false);
        Date last = first;
        if (event.end) {
            // An all-day DTEND is exclusive; a timed one covers the day it falls on.
            last = std::holds_alternative<Date>(event.end->value)
                       ? Date{sys_days{wallDate(*event.end, true)} - std::chrono::days{1}}
                       : wallDate(*event.end, true);
        } else if (event.duration && std::holds_alternative<Date>(event.start->value)) {
            last = Date{sys_days{first} + std::chrono::floor<std::chrono::days>(*event.duration) -
                        std::chrono::days{1}};
        } else if (event.duration) {
            const auto start = std::get_if<Instant>(&event.start->value);
            if (start)
                last = wallDate({*start + *event.duration, event.start->zoneId}, true);
        }
        const auto span = (sys_days{last} - sys_days{first}).count();
        if (span >= maxDaysPerEvent) {
            warnings.push_back(
                {event.where, "holiday spanning " + std::to_string(span + 1) + " days ignored"});
            continue;
        }
        for (auto day = sys_days{first}; day <= sys_days{last}; day += std::chrono::days{1})
            dates.emplace_back(day);
    }
    return dates;
}

} // namespace followups::ical
