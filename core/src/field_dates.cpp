#include "field_dates.h"

#include "followups/ascii_text.h"

#include <string>

namespace followups
{
namespace
{

// Reads exactly `digits` decimal digits from the front of `text`.
std::optional<int> takeNumber(std::string_view& text, std::size_t digits)
{
    if (text.size() < digits) {
        return std::nullopt;
    }
    int value = 0;
    for (std::size_t i = 0; i < digits; ++i) {
        if (!ascii::isDigit(text[i])) {
            return std::nullopt;
        }
        value = value * 10 + (text[i] - '0');
    }
    text.remove_prefix(digits);
    return value;
}

bool takeChar(std::string_view& text, char c)
{
    if (!text.empty() && text.front() == c) {
        text.remove_prefix(1);
        return true;
    }
    return false;
}

// "+5d", "+2w", "+5 days", "+1 week".
std::optional<Due> parseRelative(std::string_view text, Instant interviewEnd, const Zone& zone)
{
    text.remove_prefix(1);
    std::size_t digits = 0;
    while (digits < text.size() && digits < 4 && ascii::isDigit(text[digits])) {
        ++digits;
    }
    const std::optional<int> count = digits > 0 ? takeNumber(text, digits) : std::nullopt;
    if (!count) {
        return std::nullopt;
    }
    const std::string unit = ascii::lower(ascii::trim(text));
    int days = 0;
    if (unit == "d" || unit == "day" || unit == "days") {
        days = *count;
    } else if (unit == "w" || unit == "week" || unit == "weeks") {
        days = *count * 7;
    } else {
        return std::nullopt;
    }
    return Due{addCalendarDays(localDate(interviewEnd, zone), CalendarDays{days})};
}

// The zone designator after a time: none, "Z", "+01:00", "-0500" or "+01".
struct WrittenOffset {
    bool written = false; // false: no designator, the time is a wall-clock time
    std::chrono::seconds offset{0};
};

// nullopt when a designator is there but malformed.
std::optional<WrittenOffset> parseOffset(std::string_view text)
{
    if (text.empty()) {
        return WrittenOffset{};
    }
    if (text == "Z" || text == "z") {
        return WrittenOffset{true, std::chrono::seconds{0}};
    }
    const int sign = text.front() == '+' ? 1 : text.front() == '-' ? -1 : 0;
    if (sign == 0) {
        return std::nullopt;
    }
    text.remove_prefix(1);
    const std::optional<int> hours = takeNumber(text, 2);
    takeChar(text, ':');
    const std::optional<int> minutes = text.empty() ? std::optional<int>{0} : takeNumber(text, 2);
    if (!hours || !minutes || !text.empty() || *hours > 23 || *minutes > 59) {
        return std::nullopt;
    }
    return WrittenOffset{true, std::chrono::seconds{sign * (*hours * 3600 + *minutes * 60)}};
}

} // namespace

std::optional<Due> parseDueText(std::string_view text, Instant interviewEnd, const Zone& zone)
{
    text = ascii::trim(text);
    if (text.starts_with('+')) {
        return parseRelative(text, interviewEnd, zone);
    }
    const std::optional<Date> date = parseIsoDate(text.substr(0, 10));
    if (!date) {
        return std::nullopt;
    }
    std::string_view rest = text.substr(10);
    if (rest.empty()) {
        return Due{*date};
    }
    if (!takeChar(rest, 'T') && !takeChar(rest, 't') && !takeChar(rest, ' ')) {
        return std::nullopt;
    }
    const std::optional<int> hours = takeNumber(rest, 2);
    const bool colon = takeChar(rest, ':');
    const std::optional<int> minutes = colon ? takeNumber(rest, 2) : std::nullopt;
    std::optional<int> seconds = 0;
    if (takeChar(rest, ':')) {
        seconds = takeNumber(rest, 2);
    }
    const std::optional<WrittenOffset> offset = parseOffset(rest);
    if (!hours || !minutes || !seconds || !offset || *hours > 23 || *minutes > 59 ||
        *seconds > 60) {
        return std::nullopt;
    }
    const std::chrono::seconds timeOfDay = std::chrono::hours{*hours} +
                                           std::chrono::minutes{*minutes} +
                                           std::chrono::seconds{*seconds};
    if (offset->written) {
        return Due{Instant{std::chrono::sys_days{*date} + timeOfDay - offset->offset}};
    }
    return Due{zone.toInstant(LocalDateTime{std::chrono::local_days{*date} + timeOfDay})};
}

std::optional<Date> parseDateText(std::string_view text, Instant interviewEnd, const Zone& zone)
{
    const std::optional<Due> due = parseDueText(text, interviewEnd, zone);
    if (!due) {
        return std::nullopt;
    }
    if (const Date* date = std::get_if<Date>(&due->value)) {
        return *date;
    }
    return localDate(std::get<Instant>(due->value), zone);
}

} // namespace followups
