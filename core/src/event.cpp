#include "followups/event.h"

#include <cstdio>

namespace followups
{

std::string recurrenceIdText(const EventTime& start, const Zone& userZone)
{
    char text[32];
    if (const auto* date = std::get_if<Date>(&start.value)) {
        std::snprintf(text, sizeof text, "%04d%02u%02u", static_cast<int>(date->year()),
                      static_cast<unsigned>(date->month()), static_cast<unsigned>(date->day()));
        return text;
    }
    const auto* floating = std::get_if<EventTime::Floating>(&start.value);
    const Instant instant =
        floating ? userZone.toInstant(floating->local) : std::get<Instant>(start.value);
    const auto midnight = std::chrono::floor<std::chrono::days>(instant);
    const Date date{midnight};
    const std::chrono::hh_mm_ss time{instant - midnight};
    std::snprintf(text, sizeof text, "%04d%02u%02uT%02d%02d%02dZ", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                  static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()));
    return text;
}

} // namespace followups
