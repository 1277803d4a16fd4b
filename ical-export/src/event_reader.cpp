// readEvents: VEVENTs to CalendarEvents, one per occurrence (recurrence.h), with RECURRENCE-ID
// overrides put in place of the occurrence they replace.
#include "event_reader.h"

#include "component_fields.h"
#include "followups/ascii_text.h"
#include "followups/person_text.h"
#include "ical_time.h"
#include "parsed_calendar.h"
#include "recurrence.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>

namespace followups::ical
{
namespace
{

constexpr std::string_view interviewPrefix = "X-INTERVIEW-";

std::string upperOr(icalproperty* property, icalparameter_kind kind, const char* absent)
{
    auto value = ascii::upper(parameterOf(property, kind));
    return value.empty() ? absent : value;
}

CalendarUser calendarUser(icalproperty* property)
{
    CalendarUser user;
    const icalvalue* value = icalproperty_get_value(property);
    const char* address = value ? icalvalue_get_caladdress(value) : nullptr;
    user.address = withoutMailto(address ? address : "");
    if (auto* cn = icalproperty_get_first_parameter(property, ICAL_CN_PARAMETER)) {
        const char* name = icalparameter_get_cn(cn);
        user.name = ascii::trim(unquoted(name ? name : ""));
    }
    user.cutype = upperOr(property, ICAL_CUTYPE_PARAMETER, "INDIVIDUAL");
    user.role = upperOr(property, ICAL_ROLE_PARAMETER, "REQ-PARTICIPANT");
    user.partstat = upperOr(property, ICAL_PARTSTAT_PARAMETER, "NEEDS-ACTION");
    return user;
}

// One VEVENT as read, before recurrence expansion.
struct SourceEvent {
    CalendarEvent event;
    FoundComponent found;
    std::optional<TimeValue> start;
    std::optional<EventTime> overrides; // RECURRENCE-ID: the original start this one replaces
    std::chrono::seconds length{0};     // how long each occurrence lasts, for range overlap
    bool emittedWithSeries = false;
};

class EventReader
{
public:
    EventReader(const ParsedCalendar& parsed, const ReadOptions& options, Warnings& warnings,
                VtimezoneCache& zones)
        : parsed_(parsed), options_(options), warnings_(warnings),
          times_(parsed.root(), options.userZone, parsed.fileName(), zones)
    {
    }

    std::vector<CalendarEvent> read(std::set<std::string>& seriesUids)
    {
        std::vector<SourceEvent> sources;
        for (const auto& found : parsed_.components(ICAL_VEVENT_COMPONENT))
            sources.push_back(readSource(found));

        std::multimap<std::string, SourceEvent*> overridesByUid;
        for (auto& source : sources) {
            if (source.overrides)
                overridesByUid.emplace(source.event.uid, &source);
        }

        // Series first, so an override written before its series (Google does) is known as used.
        std::map<const SourceEvent*, std::vector<CalendarEvent>> expanded;
        for (auto& source : sources) {
            if (!source.overrides && source.start && isRecurring(source.found.component)) {
                expanded[&source] = expandSeries(source, overridesByUid);
                seriesUids.insert(source.event.uid);
            }
        }

        std::vector<CalendarEvent> events;
        for (auto& source : sources) {
            if (auto series = expanded.find(&source); series != expanded.end()) {
                std::move(series->second.begin(), series->second.end(), std::back_inserter(events));
            } else if (!source.overrides || (!source.emittedWithSeries && overlapsRange(source))) {
                // A single event, or an override of an occurrence not generated here: its series
                // is elsewhere, or it was moved into the range from outside.
                events.push_back(std::move(source.event));
            }
        }
        return events;
    }

private:
    int line(const SourceEvent& source, const char* property, int occurrence = 0) const
    {
        return source.found.lines->lineOf(property, occurrence);
    }

    void warn(int line, std::string message)
    {
        warnings_.push_back({parsed_.at(line), std::move(message)});
    }

    SourceEvent readSource(const FoundComponent& found)
    {
        SourceEvent source{{}, found, {}, {}, {}, false};
        auto& event = source.event;
        auto* component = found.component;
        const auto& lines = *found.lines;
        event.where = parsed_.at(lines.beginLine);

        event.uid = std::string(ascii::trim(textOf(component, ICAL_UID_PROPERTY)));
        if (event.uid.empty())
            warn(lines.beginLine, "VEVENT without UID");
        if (auto* sequence = icalcomponent_get_first_property(component, ICAL_SEQUENCE_PROPERTY))
            event.sequence = icalproperty_get_sequence(sequence);
        if (auto* dtstamp = icalcomponent_get_first_property(component, ICAL_DTSTAMP_PROPERTY))
            event.dtstamp = times_.readInstant(dtstamp, lines.lineOf("DTSTAMP"), warnings_);
        if (auto* modified =
                icalcomponent_get_first_property(component, ICAL_LASTMODIFIED_PROPERTY))
            event.lastModified =
                times_.readInstant(modified, lines.lineOf("LAST-MODIFIED"), warnings_);

        event.summary = textOf(component, ICAL_SUMMARY_PROPERTY);
        event.description = textOf(component, ICAL_DESCRIPTION_PROPERTY);
        if (icalcomponent_get_first_property(component, ICAL_DESCRIPTION_PROPERTY))
            event.descriptionLine = lines.lineOf("DESCRIPTION");
        event.categories = categoriesOf(lines);
        readInterviewProperties(component, lines, event);

        if (auto* organizer = icalcomponent_get_first_property(component, ICAL_ORGANIZER_PROPERTY))
            event.organizer = calendarUser(organizer);
        for (auto* attendee = icalcomponent_get_first_property(component, ICAL_ATTENDEE_PROPERTY);
             attendee;
             attendee = icalcomponent_get_next_property(component, ICAL_ATTENDEE_PROPERTY))
            event.attendees.push_back(calendarUser(attendee));

        readTimes(source);

        auto* status = icalcomponent_get_first_property(component, ICAL_STATUS_PROPERTY);
        event.cancelled = found.calendarCancels ||
                          (status && icalproperty_get_status(status) == ICAL_STATUS_CANCELLED);
        return source;
    }

    void readInterviewProperties(icalcomponent* component, const ComponentLines& lines,
                                 CalendarEvent& event)
    {
        std::map<std::string, int> seen; // per name, to find the line of a repeated property
        for (auto* property = icalcomponent_get_first_property(component, ICAL_X_PROPERTY);
             property; property = icalcomponent_get_next_property(component, ICAL_X_PROPERTY)) {
            const char* name = icalproperty_get_x_name(property);
            const auto upperName = ascii::upper(name ? name : "");
            if (!upperName.starts_with(interviewPrefix) ||
                upperName.size() == interviewPrefix.size())
                continue;
            event.interviewProperties.push_back({upperName.substr(interviewPrefix.size()),
                                                 xValue(property),
                                                 lines.lineOf(upperName, seen[upperName]++)});
        }
    }

    void readTimes(SourceEvent& source)
    {
        auto& event = source.event;
        auto* component = source.found.component;
        if (auto* dtstart = icalcomponent_get_first_property(component, ICAL_DTSTART_PROPERTY))
            source.start = times_.read(dtstart, line(source, "DTSTART"), warnings_);
        if (source.start)
            event.start = source.start->time;
        else
            warn(source.found.lines->beginLine, "VEVENT without a readable DTSTART");

        if (auto* dtend = icalcomponent_get_first_property(component, ICAL_DTEND_PROPERTY)) {
            if (auto end = times_.read(dtend, line(source, "DTEND"), warnings_))
                event.end = end->time;
        }
        if (auto* duration = icalcomponent_get_first_property(component, ICAL_DURATION_PROPERTY))
            event.duration =
                std::chrono::seconds{icaldurationtype_as_int(icalproperty_get_duration(duration))};

        if (auto* recurrenceId =
                icalcomponent_get_first_property(component, ICAL_RECURRENCEID_PROPERTY)) {
            if (auto original =
                    times_.read(recurrenceId, line(source, "RECURRENCE-ID"), warnings_)) {
                source.overrides = original->time;
                event.recurrenceId = recurrenceIdText(original->time, options_.userZone);
            }
        }

        const auto& zone = options_.userZone;
        if (event.start && event.end)
            source.length = instantOf(*event.end, zone) - instantOf(*event.start, zone);
        else if (event.duration)
            source.length = *event.duration;
        else if (source.start && source.start->isDate())
            source.length = std::chrono::days{1};
        source.length = std::max(source.length, std::chrono::seconds{0});
    }

    bool overlapsRange(const SourceEvent& source) const
    {
        const auto& range = options_.expansion;
        const auto& start = source.event.start ? *source.event.start : *source.overrides;
        const auto begins = instantOf(start, options_.userZone);
        return begins <= range.to && begins + source.length >= range.from;
    }

    std::vector<CalendarEvent> expandSeries(SourceEvent& series,
                                            std::multimap<std::string, SourceEvent*>& overrides)
    {
        std::vector<CalendarEvent> events;
        const auto& userZone = options_.userZone;
        const auto starts = expandOccurrences(series.found.component, *series.found.lines,
                                              *series.start, series.length, options_.expansion,
                                              times_, warnings_, options_.maxOccurrences);
        const auto [first, last] = overrides.equal_range(series.event.uid);
        for (const auto& start : starts) {
            auto replacement = std::find_if(first, last, [&](const auto& entry) {
                return sameOccurrence(inSeriesZone(*entry.second->overrides, *series.start), start,
                                      userZone);
            });
            if (replacement != last) {
                // A second copy of the series (iTIP updates in one file) gets the override too;
                // the core merges copies of one occurrence.
                replacement->second->emittedWithSeries = true;
                events.push_back(replacement->second->event);
                events.back().recurrenceId = recurrenceIdText(start, userZone);
                continue;
            }
            auto occurrence = series.event;
            occurrence.recurrenceId = recurrenceIdText(start, userZone);
            occurrence.start = start;
            if (series.event.end)
                occurrence.end = shiftLike(*series.event.end, series.start->time, start, userZone);
            events.push_back(std::move(occurrence));
        }
        return events;
    }

    const ParsedCalendar& parsed_;
    const ReadOptions& options_;
    Warnings& warnings_;
    TimeReader times_;
};

// The components of the calendars that are, or hold, a VEVENT: what the streaming reader counts
// too (component_scanner.h), whatever a hostile file nests inside them.
std::size_t countEvents(const ParsedCalendar& parsed)
{
    std::set<icalcomponent*> outermost;
    for (const auto& found : parsed.components(ICAL_VEVENT_COMPONENT)) {
        icalcomponent* component = found.component;
        for (icalcomponent* parent = icalcomponent_get_parent(component);
             parent != nullptr && icalcomponent_isa(parent) != ICAL_VCALENDAR_COMPONENT &&
             icalcomponent_isa(parent) != ICAL_XROOT_COMPONENT;
             parent = icalcomponent_get_parent(parent))
            component = parent;
        outermost.insert(component);
    }
    return outermost.size();
}

} // namespace

EventsRead readEvents(std::string_view icsText, std::string_view fileName,
                      const ReadOptions& options, VtimezoneCache& zones)
{
    EventsRead result;
    const ParsedCalendar parsed(icsText, fileName);
    if ((result.error = parsed.notCalendarError()))
        return result;
    parsed.reportSkipped(result.warnings);
    result.events = EventReader(parsed, options, result.warnings, zones).read(result.seriesUids);
    result.eventCount = countEvents(parsed);
    for (const auto& calendar : parsed.components(ICAL_VCALENDAR_COMPONENT)) {
        for (const auto& property : calendar.lines->properties) {
            if (property.name == "X-WR-CALNAME")
                result.calendarNames.push_back(
                    {std::string(contentLineValue(property.text)), parsed.at(property.line)});
        }
    }
    return result;
}

EventsRead readEvents(std::string_view icsText, std::string_view fileName,
                      const ReadOptions& options)
{
    VtimezoneCache zones;
    return readEvents(icsText, fileName, options, zones);
}

} // namespace followups::ical
