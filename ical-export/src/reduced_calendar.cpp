#include "reduced_calendar.h"

#include <algorithm>

namespace followups::ical
{

void ReducedCalendar::openCalendar(const ScannedCalendar& calendar)
{
    add(calendar.beginText, calendar.beginLine);
    for (const auto& method : calendar.methods)
        add(method.text, method.line);
}

void ReducedCalendar::closeCalendar(int endLine)
{
    add("END:VCALENDAR\r\n", endLine);
}

void ReducedCalendar::add(std::string_view text, int firstLine)
{
    segments_.push_back({lines_ + 1, firstLine});
    text_ += text;
    if (!text.ends_with('\n'))
        text_ += '\n';
    lines_ += static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    if (!text.ends_with('\n'))
        ++lines_;
}

int ReducedCalendar::fileLine(int line) const
{
    if (line <= 0)
        return line;
    const auto after = std::upper_bound(
        segments_.begin(), segments_.end(), line,
        [](int wanted, const Segment& segment) { return wanted < segment.firstLine; });
    if (after == segments_.begin())
        return line;
    const auto& segment = *std::prev(after);
    return segment.fileFirstLine + (line - segment.firstLine);
}

void ReducedCalendar::mapLines(EventsRead& read) const
{
    for (auto& event : read.events) {
        event.where.line = fileLine(event.where.line);
        event.descriptionLine = fileLine(event.descriptionLine);
        for (auto& property : event.interviewProperties)
            property.line = fileLine(property.line);
    }
    for (auto& warning : read.warnings)
        warning.where.line = fileLine(warning.where.line);
}

} // namespace followups::ical
