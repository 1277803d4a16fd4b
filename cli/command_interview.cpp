#include "command_interview.h"

#include "command_plan.h"
#include "failure.h"
#include "followups/identity.h"

#include <charconv>

namespace followups::cli
{

namespace
{

std::optional<int> number(std::string_view text)
{
    int value = 0;
    const auto [stop, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || stop != text.data() + text.size())
        return std::nullopt;
    return value;
}

// "THH:MM" or "THH:MM:SS" after a date.
std::optional<std::chrono::seconds> timeOfDay(std::string_view text)
{
    if ((text.size() != 6 && text.size() != 9) || text[0] != 'T' || text[3] != ':' ||
        (text.size() == 9 && text[6] != ':'))
        return std::nullopt;
    const auto hours = number(text.substr(1, 2));
    const auto minutes = number(text.substr(4, 2));
    const auto seconds = text.size() == 9 ? number(text.substr(7, 2)) : std::optional{0};
    if (!hours || !minutes || !seconds || *hours > 23 || *minutes > 59 || *seconds > 59)
        return std::nullopt;
    return std::chrono::hours{*hours} + std::chrono::minutes{*minutes} +
           std::chrono::seconds{*seconds};
}

EventTime requiredTime(const std::string& option, const std::string& text)
{
    if (auto time = parseEventTime(text))
        return *time;
    throw UsageError(option + ": not a date, a local date-time or an RFC 3339 date-time: " + text);
}

std::string description(const InterviewArguments& arguments)
{
    std::string text;
    const auto line = [&](std::string_view key, const std::string& value) {
        if (!value.empty())
            text += std::string{key} + ": " + value + "\n";
    };
    for (const auto& person : arguments.interviewers)
        line("Interviewers", person);
    for (const auto& person : arguments.references)
        line("References", person);
    line("Contact", arguments.contact);
    line("Decision", arguments.decision);
    line("Contact by", arguments.contactBy);
    for (const auto& deliverable : arguments.deliverables)
        line("Deliverable", deliverable);
    line("Outcome", outcomeLineValue(arguments.outcome));
    return text;
}

std::string summary(const InterviewArguments& arguments)
{
    if (!arguments.summary.empty())
        return arguments.summary;
    if (arguments.company.empty() && arguments.role.empty())
        return "Interview";
    if (arguments.role.empty() || arguments.company.empty())
        return "Interview: " + arguments.company + arguments.role;
    return "Interview: " + arguments.company + " – " + arguments.role;
}

// The identity of the described interview: what it is and when. Reuses the core's fingerprint
// rather than a second hash function.
std::string derivedUid(const CalendarEvent& event, const InterviewArguments& arguments)
{
    Task fingerprint;
    fingerprint.summary = event.summary;
    fingerprint.description = arguments.company + "\n" + arguments.role + "\n" + arguments.start;
    return "cli-" + contentHash(fingerprint);
}

} // namespace

std::string outcomeLineValue(std::string_view option)
{
    std::string value{option};
    if (const auto colon = value.find(':'); colon != std::string::npos)
        value[colon] = ' ';
    return value;
}

std::optional<EventTime> parseEventTime(std::string_view text)
{
    if (const auto instant = parseRfc3339(text))
        return EventTime{*instant, {}};
    const auto date = parseIsoDate(text.substr(0, 10));
    if (!date)
        return std::nullopt;
    if (text.size() == 10)
        return EventTime{*date, {}};
    const auto time = timeOfDay(text.substr(10));
    if (!time)
        return std::nullopt;
    return EventTime{EventTime::Floating{LocalDateTime{std::chrono::local_days{*date}} + *time},
                     {}};
}

CalendarEvent describedEvent(const InterviewArguments& arguments)
{
    CalendarEvent event;
    event.where = {"command line", 0};
    event.summary = summary(arguments);
    event.description = description(arguments);
    if (!arguments.company.empty())
        event.interviewProperties.push_back({"COMPANY", arguments.company, 0});
    if (!arguments.role.empty())
        event.interviewProperties.push_back({"ROLE", arguments.role, 0});

    event.start = requiredTime("--start", arguments.start);
    const bool allDay = std::holds_alternative<Date>(event.start->value);
    if (!arguments.end.empty()) {
        event.end = requiredTime("--end", arguments.end);
        if (allDay != std::holds_alternative<Date>(event.end->value))
            throw UsageError("--start and --end must both be dates or both be date-times");
    }
    // An all-day --end names the last day; DTEND is exclusive.
    if (allDay) {
        const auto last =
            event.end ? std::get<Date>(event.end->value) : std::get<Date>(event.start->value);
        event.end = EventTime{addCalendarDays(last, CalendarDays{1}), {}};
    }
    event.uid = arguments.uid.empty() ? derivedUid(event, arguments) : arguments.uid;
    return event;
}

int runInterview(const Settings& settings)
{
    Warnings warnings = settings.warnings;
    InterviewCollector collector(settings.policy, std::nullopt, {}, settings.explain);
    collector.add({describedEvent(settings.interview)});
    auto collected = std::move(collector).take(warnings);
    return planAndWrite(settings, std::move(collected), std::move(warnings),
                        readTasksFile(settings), 1);
}

} // namespace followups::cli
