// readTasks: the tasks a previous run wrote, as the user's app may have edited them: VTODOs, and
// the reminder VEVENTs of the event shape (UID + "-event", recognised by X-IFU-KIND). Tasks the
// product did not write are returned too, without a recorded hash, so they are never touched.
// The file is the user's: every task comes with its text as found, and everything else in the
// file is returned as found too (KeptContent), to be written back unchanged.
#include "component_fields.h"
#include "followups/ascii_text.h"
#include "followups/ical/reader.h"
#include "followups/person_text.h"
#include "followups/task_properties.h"
#include "ical_time.h"
#include "parsed_calendar.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <iterator>
#include <limits>
#include <set>
#include <utility>

namespace followups::ical
{
namespace
{

constexpr std::string_view eventSuffix = "-event";

std::optional<int> parseInt(std::string_view text)
{
    text = ascii::trim(text);
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::vector<std::string> splitList(std::string_view text)
{
    std::vector<std::string> items;
    while (!text.empty()) {
        const auto comma = text.find(',');
        const auto item = ascii::trim(text.substr(0, comma));
        if (!item.empty())
            items.emplace_back(item);
        text = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
    }
    return items;
}

std::optional<TaskStatus> statusFromName(std::string_view name)
{
    const auto upper = ascii::upper(ascii::trim(name));
    if (upper == "NEEDS-ACTION" || upper == "IN-PROCESS")
        return TaskStatus::NeedsAction;
    if (upper == "COMPLETED")
        return TaskStatus::Completed;
    if (upper == "CANCELLED")
        return TaskStatus::Cancelled;
    return std::nullopt;
}

// CONTACT as the writer puts it ("Name <address>", ALTREP mailto: or tel:), or as a user typed it.
std::optional<Person> contactPerson(icalcomponent* component)
{
    auto* property = icalcomponent_get_first_property(component, ICAL_CONTACT_PROPERTY);
    if (!property)
        return std::nullopt;
    const char* value = icalproperty_get_contact(property);
    return personFromContact(value ? value : "", parameterOf(property, ICAL_ALTREP_PARAMETER));
}

// The physical lines of a text by number, exactly as written (line breaks included).
class SourceLines
{
public:
    explicit SourceLines(std::string_view text) : text_(text)
    {
        starts_.push_back(0);
        for (std::size_t at = text.find('\n'); at != std::string_view::npos;
             at = text.find('\n', at + 1))
            starts_.push_back(at + 1);
    }
    // Lines first to last, 1-based, inclusive.
    std::string_view lines(int first, int last) const
    {
        const auto begin = starts_[static_cast<std::size_t>(first - 1)];
        const auto end = static_cast<std::size_t>(last) < starts_.size()
                             ? starts_[static_cast<std::size_t>(last)]
                             : text_.size();
        return text_.substr(begin, end - begin);
    }

private:
    std::string_view text_;
    std::vector<std::size_t> starts_;
};

// Why the file can't be written back whole, if it can't: the run is then refused, the file left
// as it is (SPEC §4: kept verbatim, or refused — never dropped).
std::optional<Warning> unkeepable(const ParsedCalendar& parsed)
{
    const auto& lines = parsed.lineMap();
    const auto refusal = [&](int line, std::string message) {
        // Built in place: see ParsedCalendar::notCalendarError on GCC 12.
        std::optional<Warning> error{std::in_place};
        error->where = parsed.at(line);
        error->message = std::move(message) + "; nothing was written, the file is as it was";
        return error;
    };
    if (parsed.nulLine() != 0)
        return refusal(parsed.nulLine(),
                       "NUL byte: what follows it can't be read, and writing the file again would "
                       "lose it");
    for (const auto& unclosed : lines.unclosed()) {
        if (unclosed.closedAt == 0)
            return refusal(unclosed.component->beginLine,
                           "BEGIN:" + unclosed.component->name +
                               " is not closed before the end of the file (truncated?)");
    }
    if (!lines.unclosed().empty())
        return refusal(lines.unclosed().front().component->beginLine,
                       "BEGIN:" + lines.unclosed().front().component->name +
                           " is closed by the END of an enclosing component: the file is broken");
    if (!lines.tooDeep().empty())
        return refusal(lines.tooDeep().front().first, "components nested deeper than " +
                                                          std::to_string(maxNestingDepth) +
                                                          " levels can't be read");
    if (!lines.topLevelLines().empty())
        return refusal(lines.topLevelLines().front().line,
                       "text outside any calendar component can't be kept");
    return std::nullopt;
}

// The properties the writer writes itself at the top of every file.
bool isWrittenCalendarProperty(std::string_view name)
{
    return name == "VERSION" || name == "PRODID" || name == "CALSCALE";
}

class TaskReader
{
public:
    TaskReader(const ParsedCalendar& parsed, const Zone& userZone, Warnings& warnings)
        : parsed_(parsed), userZone_(userZone), warnings_(warnings),
          times_(parsed.root(), userZone, parsed.fileName(), zones_)
    {
    }

    // The tasks directly inside the VCALENDAR (a VTODO inside another component is that
    // component's), each with its text as found in `source`.
    std::vector<ExistingTask> read(const SourceLines& source)
    {
        std::vector<ExistingTask> tasks;
        for (const auto& found : parsed_.components(ICAL_VTODO_COMPONENT)) {
            if (found.lines->topLevel) {
                tasks.push_back(readTask(found, false, source));
                taskLines_.push_back(found.lines);
            }
        }
        for (const auto& found : parsed_.components(ICAL_VEVENT_COMPONENT)) {
            const auto uid = std::string(ascii::trim(textOf(found.component, ICAL_UID_PROPERTY)));
            if (found.lines->topLevel && uid.ends_with(eventSuffix) &&
                xPropertyOf(found.component, property::kind)) {
                tasks.push_back(readTask(found, true, source));
                taskLines_.push_back(found.lines);
            }
        }
        return tasks;
    }
    // The lines of each task read, in the order of read()'s result.
    const std::vector<const ComponentLines*>& taskLines() const { return taskLines_; }

private:
    void warn(int line, std::string message)
    {
        warnings_.push_back({parsed_.at(line), std::move(message)});
    }

    std::optional<TimeValue> timeOf(const FoundComponent& found, icalproperty_kind kind,
                                    const char* name)
    {
        auto* property = icalcomponent_get_first_property(found.component, kind);
        if (!property)
            return std::nullopt;
        return times_.read(property, found.lines->lineOf(name), warnings_);
    }

    ExistingTask readTask(const FoundComponent& found, bool isEvent, const SourceLines& source)
    {
        auto* component = found.component;
        const auto& lines = *found.lines;
        ExistingTask existing;
        auto& task = existing.task;

        task.uid = std::string(ascii::trim(textOf(component, ICAL_UID_PROPERTY)));
        if (isEvent)
            task.uid.resize(task.uid.size() - eventSuffix.size());
        if (task.uid.empty())
            warn(lines.beginLine, "task without UID");
        existing.recordedHash = xPropertyOf(component, property::hash);
        if (const auto issued = xPropertyOf(component, property::issued))
            existing.issuedSiblings = splitList(*issued);

        if (const auto kind = xPropertyOf(component, property::kind)) {
            if (const auto known = kindFromName(ascii::trim(*kind)))
                task.kind = *known;
            else
                warn(lines.lineOf(property::kind), "unknown task kind \"" + *kind + "\"");
        }
        if (const auto ordinal = xPropertyOf(component, property::ordinal))
            task.ordinal = parseInt(*ordinal).value_or(0);

        task.summary = textOf(component, ICAL_SUMMARY_PROPERTY);
        task.description = textOf(component, ICAL_DESCRIPTION_PROPERTY);
        task.categories = categoriesOf(lines);
        if (auto* priority = icalcomponent_get_first_property(component, ICAL_PRIORITY_PROPERTY))
            task.priority = icalproperty_get_priority(priority);
        if (auto* sequence = icalcomponent_get_first_property(component, ICAL_SEQUENCE_PROPERTY))
            task.sequence = icalproperty_get_sequence(sequence);
        task.url = std::string(ascii::trim(textOf(component, ICAL_URL_PROPERTY)));
        task.person = contactPerson(component);
        readInterview(component, task);

        const auto start = timeOf(found, ICAL_DTSTART_PROPERTY, "DTSTART");
        const auto due = readDue(found, isEvent, start, existing.recordedHash.has_value());
        task.due = due;
        task.status = readStatus(component, isEvent);
        task.alarm = readAlarm(found, isEvent, start, due);

        existing.originalText = source.lines(lines.beginLine, lines.endLine);
        return existing;
    }

    void readInterview(icalcomponent* component, Task& task)
    {
        for (auto* related = icalcomponent_get_first_property(component, ICAL_RELATEDTO_PROPERTY);
             related;
             related = icalcomponent_get_next_property(component, ICAL_RELATEDTO_PROPERTY)) {
            const auto reltype = ascii::upper(parameterOf(related, ICAL_RELTYPE_PARAMETER));
            if (!reltype.empty() && reltype != "PARENT")
                continue;
            const char* uid = icalproperty_get_relatedto(related);
            task.interview.uid = ascii::trim(uid ? uid : "");
            break;
        }
        if (const auto recurrenceId = xPropertyOf(component, property::interviewRecurrenceId))
            task.interview.recurrenceId = ascii::trim(*recurrenceId);
    }

    // VTODO: DUE. Event shape: X-IFU-DUE holds an all-day due's date, or a timed due the event
    // starts after; else DTSTART is the due instant.
    Due readDue(const FoundComponent& found, bool isEvent, const std::optional<TimeValue>& start,
                bool ours)
    {
        if (isEvent) {
            if (const auto due = xPropertyOf(found.component, property::eventDue)) {
                if (const auto date = parseBasicDate(*due))
                    return {*date};
                if (const auto instant = parseUtcDateTime(*due))
                    return {*instant};
                warn(found.lines->lineOf(property::eventDue),
                     "unreadable " + std::string(property::eventDue) + " \"" + *due + "\"");
            }
        } else if (const auto due = timeOf(found, ICAL_DUE_PROPERTY, "DUE")) {
            return asDue(due->time);
        }
        if (start)
            return asDue(start->time);
        if (ours)
            warn(found.lines->beginLine, "task without a due date");
        return {Instant{}};
    }

    Due asDue(const EventTime& time) const
    {
        if (const auto* date = std::get_if<Date>(&time.value))
            return {*date};
        return {instantOf(time, userZone_)};
    }

    static std::optional<Date> parseBasicDate(std::string_view text)
    {
        text = ascii::trim(text);
        if (text.size() != 8)
            return std::nullopt;
        const auto year = parseInt(text.substr(0, 4));
        const auto month = parseInt(text.substr(4, 2));
        const auto day = parseInt(text.substr(6, 2));
        if (!year || !month || !day || *month < 1 || *day < 1)
            return std::nullopt;
        const Date date{std::chrono::year{*year}, std::chrono::month{static_cast<unsigned>(*month)},
                        std::chrono::day{static_cast<unsigned>(*day)}};
        return date.ok() ? std::optional<Date>{date} : std::nullopt;
    }

    // "20260330T070000Z".
    static std::optional<Instant> parseUtcDateTime(std::string_view text)
    {
        text = ascii::trim(text);
        if (text.size() != 16 || text[8] != 'T' || text[15] != 'Z')
            return std::nullopt;
        const std::string value(text);
        const icaltimetype time = icaltime_from_string(value.c_str());
        const auto local = toLocalDateTime(time);
        if (icaltime_is_null_time(time) || !local)
            return std::nullopt;
        return Instant{local->time_since_epoch()};
    }

    TaskStatus readStatus(icalcomponent* component, bool isEvent) const
    {
        auto status = TaskStatus::NeedsAction;
        auto* statusProperty = icalcomponent_get_first_property(component, ICAL_STATUS_PROPERTY);
        const auto written =
            statusProperty ? icalproperty_get_status(statusProperty) : ICAL_STATUS_NONE;
        if (isEvent) {
            if (const auto name = xPropertyOf(component, property::taskStatus))
                status = statusFromName(*name).value_or(TaskStatus::NeedsAction);
            // Cancelling the reminder event in the app cancels the task.
            if (written == ICAL_STATUS_CANCELLED)
                status = TaskStatus::Cancelled;
            return status;
        }
        if (written == ICAL_STATUS_COMPLETED)
            status = TaskStatus::Completed;
        else if (written == ICAL_STATUS_CANCELLED)
            status = TaskStatus::Cancelled;
        if (status == TaskStatus::NeedsAction) {
            auto* percent =
                icalcomponent_get_first_property(component, ICAL_PERCENTCOMPLETE_PROPERTY);
            if (icalcomponent_get_first_property(component, ICAL_COMPLETED_PROPERTY) ||
                (percent && icalproperty_get_percentcomplete(percent) >= 100))
                status = TaskStatus::Completed;
        }
        return status;
    }

    // The first VALARM's TRIGGER: absolute, or relative to the start or the end (DUE for a
    // VTODO, DTEND for an event). None without a VALARM (or a TRIGGER).
    std::optional<Instant> readAlarm(const FoundComponent& found, bool isEvent,
                                     const std::optional<TimeValue>& start, const Due& due)
    {
        const Instant dueInstant = std::holds_alternative<Date>(due.value)
                                       ? instantOf({std::get<Date>(due.value), {}}, userZone_)
                                       : std::get<Instant>(due.value);
        auto* alarm = icalcomponent_get_first_component(found.component, ICAL_VALARM_COMPONENT);
        auto* trigger =
            alarm ? icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY) : nullptr;
        if (!trigger)
            return std::nullopt;
        const auto value = icalproperty_get_trigger(trigger);
        const int line = parsed_.linesOf(alarm).lineOf("TRIGGER");
        if (!icaltime_is_null_time(value.time)) {
            const auto absolute = times_.convert(value.time, trigger, line, warnings_);
            return absolute ? instantOf(absolute->time, userZone_) : dueInstant;
        }
        const std::chrono::seconds offset{icaldurationtype_as_int(value.duration)};
        const bool relatedToEnd =
            ascii::upper(parameterOf(trigger, ICAL_RELATED_PARAMETER)) == "END";
        Instant anchor = dueInstant;
        if (relatedToEnd && isEvent) {
            if (const auto end = timeOf(found, ICAL_DTEND_PROPERTY, "DTEND"))
                anchor = instantOf(end->time, userZone_);
        } else if (!relatedToEnd && start) {
            anchor = instantOf(start->time, userZone_);
        }
        return anchor + offset;
    }

    const ParsedCalendar& parsed_;
    const Zone& userZone_;
    Warnings& warnings_;
    VtimezoneCache zones_;
    TimeReader times_;
    std::vector<const ComponentLines*> taskLines_;
};

} // namespace

TasksRead readTasks(std::string_view icsText, std::string_view fileName, const Zone& userZone)
{
    TasksRead result;
    const ParsedCalendar parsed(icsText, fileName);
    if ((result.error = parsed.notCalendarError()) || (result.error = unkeepable(parsed)))
        return result;
    parsed.reportSkipped(result.warnings);
    const SourceLines source(parsed.source());
    TaskReader reader(parsed, userZone, result.warnings);
    result.tasks = reader.read(source);

    // Everything else as found. What is only kept is not looked into: warnings inside it, or
    // inside other apps' tasks, would be about text the product neither reads nor changes.
    const auto& taskLines = reader.taskLines();
    const std::set<const ComponentLines*> isTask(taskLines.begin(), taskLines.end());
    std::vector<std::pair<int, int>> notLookedInto; // line ranges, sorted below
    for (std::size_t i = 0; i < result.tasks.size(); ++i) {
        if (!result.tasks[i].recordedHash)
            notLookedInto.emplace_back(taskLines[i]->beginLine, taskLines[i]->endLine);
    }
    for (const auto* lines : parsed.lineMap().topLevelComponents()) {
        if (isTask.contains(lines))
            continue;
        notLookedInto.emplace_back(lines->beginLine, lines->endLine);
        KeptComponent kept{
            lines->name, {}, std::string{source.lines(lines->beginLine, lines->endLine)}};
        if (lines->name == "VTIMEZONE") {
            for (const auto& property : lines->properties) {
                if (property.name == "TZID")
                    kept.tzid = normaliseTzid(contentLineValue(property.text));
            }
        }
        result.kept.components.push_back(std::move(kept));
    }
    std::set<std::string, std::less<>> propertiesSeen;
    for (const auto* calendar : parsed.lineMap().calendars()) {
        for (const auto& property : calendar->properties) {
            const auto text = source.lines(property.line, property.lastLine);
            if (!isWrittenCalendarProperty(property.name) && propertiesSeen.emplace(text).second)
                result.kept.calendarProperties.emplace_back(text);
        }
    }
    // The ranges do not overlap (top-level components): the one a line may be in is the last
    // one beginning at or before it.
    std::sort(notLookedInto.begin(), notLookedInto.end());
    std::erase_if(result.warnings, [&](const Warning& warning) {
        const int line = warning.where.line;
        auto after = std::upper_bound(notLookedInto.begin(), notLookedInto.end(),
                                      std::pair{line, std::numeric_limits<int>::max()});
        return after != notLookedInto.begin() && std::prev(after)->second >= line;
    });
    return result;
}

} // namespace followups::ical
