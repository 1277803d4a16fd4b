// Tasks to iCalendar (SPEC §5, docs/ics-format.md). Properties and components are built and
// serialised with libical, with two exceptions: CATEGORIES is written here (libical leaves ';' and
// ',' inside a category unescaped), and a last step (appendRefolded) re-folds every line, because
// libical 3.0 folds after 75 *characters*, so a line of CJK text or emoji can reach 300 octets.
#include "followups/ical/writer.h"

#include "concurrency.h"
#include "followups/ascii_text.h"
#include "followups/identity.h"
#include "followups/person_text.h"
#include "followups/safe_text.h"
#include "followups/task_properties.h"
#include "followups/texts.h"
#include "ical_time.h"
#include "line_map.h"

#include <algorithm>
#include <future>
#include <libical/ical.h>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <unicode/basictz.h>
#include <unicode/tztrans.h>
#include <unicode/unistr.h>
#include <unicode/vtzone.h>
#include <vector>

#ifndef FOLLOWUPS_VERSION
#error "FOLLOWUPS_VERSION must be defined by the build (the CMake project version)"
#endif

namespace followups::ical
{
namespace
{

constexpr std::string_view crlf = "\r\n";
constexpr std::size_t maxLineOctets = 75; // RFC 5545 §3.1, excluding the CRLF
constexpr std::chrono::minutes eventLength{15};

struct ComponentDeleter {
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

std::string takeLibicalString(char* text)
{
    std::string result = text ? text : "";
    icalmemory_free_buffer(text);
    return result;
}

// ---- folding ----

bool isUtf8Continuation(char octet)
{
    return (static_cast<unsigned char>(octet) & 0xC0) == 0x80;
}

// Appends one logical line folded at 75 octets, never between the octets of one UTF-8 character.
void appendFolded(std::string& out, std::string_view line)
{
    std::size_t limit = maxLineOctets;
    while (line.size() > limit) {
        std::size_t cut = limit;
        while (cut > 1 && isUtf8Continuation(line[cut]))
            --cut;
        out.append(line.substr(0, cut)).append(crlf).push_back(' ');
        line.remove_prefix(cut);
        limit = maxLineOctets - 1; // the continuation line's leading space counts
    }
    out.append(line).append(crlf);
}

// Unfolds `text` (CRLF, LF or CR line ends; folded or not) and appends it to `out` folded again
// with CRLF line ends. Empty lines are dropped: they are not content lines.
void appendRefolded(std::string& out, std::string_view text)
{
    std::string logical; // the line being unfolded; never empty once a line has begun
    while (!text.empty()) {
        // Not find_first_of: libstdc++'s costs a memchr per byte.
        const auto lineEnd =
            std::find_if(text.begin(), text.end(), [](char c) { return c == '\r' || c == '\n'; });
        const std::string_view physical =
            text.substr(0, static_cast<size_t>(lineEnd - text.begin()));
        text.remove_prefix(physical.size());
        if (text.starts_with(crlf))
            text.remove_prefix(2);
        else if (!text.empty())
            text.remove_prefix(1);

        if ((physical.starts_with(' ') || physical.starts_with('\t')) && !logical.empty()) {
            logical.append(physical.substr(1));
        } else if (!physical.empty()) {
            if (!logical.empty())
                appendFolded(out, logical);
            logical.assign(physical);
        }
    }
    if (!logical.empty())
        appendFolded(out, logical);
}

// Appends `text` as it is, only its line ends made CRLF (a file with LF ends keeps its bytes
// otherwise); blank lines, which are no content lines, are left out. For what the product keeps
// exactly as found: a verbatim task, another app's component.
void appendVerbatim(std::string& out, std::string_view text)
{
    while (!text.empty()) {
        const auto newline = text.find('\n');
        std::string_view line = text.substr(0, newline);
        text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
        if (line.ends_with('\r'))
            line.remove_suffix(1);
        if (!line.empty())
            out.append(line).append(crlf);
    }
}

// ---- what a replaced task carries over ----

// The properties the product writes and updates, in either shape (docs/ics-format.md); a stored
// copy's other properties are the user's apps', carried over when the task is regenerated.
// LAST-MODIFIED is the product's too: carried over, it would date a change it did not see.
bool isOwnedProperty(std::string_view name, std::string_view line)
{
    static constexpr std::string_view owned[] = {
        "UID",        "DTSTAMP", "SEQUENCE", "SUMMARY",      "DESCRIPTION", "DUE",
        "DTSTART",    "DTEND",   "DURATION", "TRANSP",       "STATUS",      "PRIORITY",
        "CATEGORIES", "CONTACT", "URL",      "LAST-MODIFIED"};
    if (name.starts_with("X-IFU-") ||
        std::find(std::begin(owned), std::end(owned), name) != std::end(owned))
        return true;
    // RELATED-TO is the product's link to the interview (RELTYPE PARENT, the default); a
    // sibling or child link is the user's.
    if (name == "RELATED-TO") {
        const std::string parameters = ascii::upper(line.substr(0, line.find(':')));
        return parameters.find("RELTYPE=") == std::string::npos ||
               parameters.find("RELTYPE=PARENT") != std::string::npos;
    }
    return false;
}

// The lines of a stored copy (one VTODO or VEVENT) the product does not own, as written (folds
// too): its other properties, and its sub-components but alarms (the product writes the alarm).
struct CarriedOver {
    std::string properties;
    std::string components;
};

// Calls visit(physical, line, fold) for each physical line of a stored component, as found:
// `physical` with its line break, `line` without, `fold` when it continues the line before (a
// space or a tab first, RFC 5545 §3.1).
template <typename Visit> void forEachStoredLine(std::string_view stored, Visit visit)
{
    while (!stored.empty()) {
        const auto newline = stored.find('\n');
        const std::string_view physical =
            stored.substr(0, newline == std::string_view::npos ? stored.size() : newline + 1);
        stored.remove_prefix(physical.size());
        std::string_view line = physical;
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
            line.remove_suffix(1);
        visit(physical, line, line.starts_with(' ') || line.starts_with('\t'));
    }
}

// Whether an unfolded `line` is `keyword`:VALARM (BEGIN or END), in any case.
bool isAlarmBoundary(std::string_view line, std::string_view keyword)
{
    return ascii::equalsIgnoringCase(contentLineName(line), keyword) &&
           ascii::equalsIgnoringCase(ascii::trim(contentLineValue(line)), "VALARM");
}

CarriedOver carriedOver(std::string_view stored)
{
    CarriedOver carried;
    int depth = 0;                    // 1: the component's own lines
    std::string* keepingIn = nullptr; // where the current logical line goes, if it is kept
    bool inAlarm = false;
    forEachStoredLine(stored, [&](std::string_view, std::string_view line, bool fold) {
        if (!fold) {
            const std::string name = ascii::upper(contentLineName(line));
            if (name == "BEGIN" && ++depth == 2)
                inAlarm = ascii::upper(contentLineValue(line)) == "VALARM";
            const bool own = depth == 1 && name != "BEGIN" && name != "END";
            keepingIn = own ? (isOwnedProperty(name, line) ? nullptr : &carried.properties)
                            : (depth >= 2 && !inAlarm ? &carried.components : nullptr);
            if (name == "END" && depth-- == 2)
                inAlarm = false;
        }
        if (keepingIn) {
            keepingIn->append(line);
            keepingIn->append(crlf);
        }
    });
    return carried;
}

// ---- times ----

icaltimetype utcTime(Instant instant)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(instant.time_since_epoch().count()), 0,
                                         icaltimezone_get_utc_timezone());
}

icaltimetype dateValue(Date date)
{
    icaltimetype value = icaltime_null_date();
    value.year = static_cast<int>(date.year());
    value.month = static_cast<int>(static_cast<unsigned>(date.month()));
    value.day = static_cast<int>(static_cast<unsigned>(date.day()));
    return value;
}

icaltimetype floatingTime(LocalDateTime local)
{
    const auto day = std::chrono::floor<std::chrono::days>(local);
    const std::chrono::hh_mm_ss timeOfDay{local - day};
    icaltimetype value = dateValue(Date{std::chrono::sys_days{day.time_since_epoch()}});
    value.is_date = 0;
    value.hour = static_cast<int>(timeOfDay.hours().count());
    value.minute = static_cast<int>(timeOfDay.minutes().count());
    value.second = static_cast<int>(timeOfDay.seconds().count());
    return value;
}

// A signed duration in hours, minutes and seconds only: RFC 5545 days ("P1D") are nominal and
// would move the alarm by an hour across a DST change.
icaldurationtype exactDuration(std::chrono::seconds offset)
{
    icaldurationtype duration = icaldurationtype_null_duration();
    duration.is_neg = offset.count() < 0 ? 1 : 0;
    const std::chrono::hh_mm_ss magnitude{offset < std::chrono::seconds{0} ? -offset : offset};
    duration.hours = static_cast<unsigned>(magnitude.hours().count());
    duration.minutes = static_cast<unsigned>(magnitude.minutes().count());
    duration.seconds = static_cast<unsigned>(magnitude.seconds().count());
    return duration;
}

std::string_view todoStatus(TaskStatus status)
{
    switch (status) {
    case TaskStatus::NeedsAction:
        return "NEEDS-ACTION";
    case TaskStatus::Completed:
        return "COMPLETED";
    case TaskStatus::Cancelled:
        return "CANCELLED";
    }
    return "NEEDS-ACTION";
}

icalproperty_status todoStatusValue(TaskStatus status)
{
    switch (status) {
    case TaskStatus::NeedsAction:
        return ICAL_STATUS_NEEDSACTION;
    case TaskStatus::Completed:
        return ICAL_STATUS_COMPLETED;
    case TaskStatus::Cancelled:
        return ICAL_STATUS_CANCELLED;
    }
    return ICAL_STATUS_NEEDSACTION;
}

std::string basicDate(Date date)
{
    return takeLibicalString(icaltime_as_ical_string_r(dateValue(date)));
}

// ---- VTIMEZONE from ICU ----

// The zone's rules from the observance in effect at `earliest` onwards (ICU writes the
// observances that start after the given time, so start just before the previous transition).
// `tzid` is an IANA id, or a Windows name (Outlook's, in a verbatim task) mapped through ICU; the
// VTIMEZONE keeps the TZID the properties use. Null for a zone ICU does not know.
Component vtimezone(const std::string& tzid, Instant earliest)
{
    std::optional<Zone> known = Zone::fromId(tzid);
    if (!known)
        known = Zone::fromWindowsName(tzid);
    if (!known)
        return nullptr;
    std::unique_ptr<icu::VTimeZone> zone{
        icu::VTimeZone::createVTimeZoneByID(icu::UnicodeString::fromUTF8(known->id()))};
    if (!zone)
        return nullptr;

    constexpr UDate millisPerSecond = 1000.0;
    UDate start = static_cast<UDate>(earliest.time_since_epoch().count()) * millisPerSecond;
    icu::TimeZoneTransition previous;
    if (zone->getPreviousTransition(start, true, previous))
        start = previous.getTime() - millisPerSecond;

    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString text;
    zone->write(start, text, status);
    if (U_FAILURE(status))
        return nullptr;
    std::string utf8;
    text.toUTF8String(utf8);
    Component parsed{icalparser_parse_string(utf8.c_str())};
    if (!parsed || icalcomponent_isa(parsed.get()) != ICAL_VTIMEZONE_COMPONENT)
        return nullptr;
    if (icalproperty* id = icalcomponent_get_first_property(parsed.get(), ICAL_TZID_PROPERTY))
        icalproperty_set_tzid(id, tzid.c_str());
    return parsed;
}

// ---- properties ----

// RFC 5545 §3.3.11 TEXT escaping.
std::string escapedText(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char ch : text) {
        if (ch == '\\' || ch == ';' || ch == ',')
            out.push_back('\\');
        if (ch == '\n')
            out += "\\n";
        else if (ch != '\r')
            out.push_back(ch);
    }
    return out;
}

// A VTODO or VEVENT as text, property by property in the order added: libical serialises each
// property; CATEGORIES is the one exception, because libical writes a category's ';' and ','
// unescaped (it treats the value as an already separated list).
class ComponentText
{
public:
    explicit ComponentText(std::string_view name) : name_(name)
    {
        text_.append("BEGIN:").append(name_).append(crlf);
    }

    void add(icalproperty* property)
    {
        text_ += takeLibicalString(icalproperty_as_ical_string_r(property));
        icalproperty_free(property);
    }
    void addX(const char* name, const std::string& value)
    {
        icalproperty* property = icalproperty_new_x(value.c_str());
        icalproperty_set_x_name(property, name);
        add(property);
    }
    void addCategories(const std::vector<std::string>& categories)
    {
        if (categories.empty())
            return;
        std::string line = "CATEGORIES:";
        for (std::size_t i = 0; i < categories.size(); ++i)
            line.append(i ? "," : "").append(escapedText(categories[i]));
        text_.append(line).append(crlf);
    }
    // What a stored copy carries over: its properties after the product's, its components after
    // the alarm (properties still come before every sub-component).
    void addCarried(const CarriedOver& carried)
    {
        text_ += carried.properties;
        subComponents_ = carried.components;
    }
    // Sub-components come last (RFC 5545: properties, then alarms). `alarm` may be null.
    std::string finish(icalcomponent* alarm)
    {
        if (alarm != nullptr) {
            text_ += takeLibicalString(icalcomponent_as_ical_string_r(alarm));
            icalcomponent_free(alarm);
        }
        text_ += subComponents_;
        text_.append("END:").append(name_).append(crlf);
        return std::move(text_);
    }

private:
    std::string_view name_;
    std::string text_;
    std::string subComponents_; // carried over, after the alarm
};

std::string joined(const std::vector<std::string>& items, char separator)
{
    std::string result;
    for (const std::string& item : items) {
        if (!result.empty())
            result.push_back(separator);
        result += item;
    }
    return result;
}

class CalendarWriter
{
public:
    explicit CalendarWriter(const WriteOptions& options) : options_(options) {}

    std::string write(const std::vector<TaskToWrite>& tasks, const KeptContent& kept)
    {
        // A calendar's worth of tasks takes a while to build with libical: the second half is
        // built on another thread, by a writer of its own (libical's objects and buffers are per
        // thread), whose times and zones join this one's before the VTIMEZONEs are written.
        const std::span<const TaskToWrite> all{tasks};
        const std::size_t half = all.size() >= minTasksToShare ? all.size() / 2 : all.size();
        CalendarWriter other(options_);
        std::future<std::vector<Piece>> laterBodies;
        if (half < all.size())
            laterBodies =
                onSecondCore([&other, later = all.subspan(half)] { return other.bodiesOf(later); });
        std::vector<Piece> bodies = bodiesOf(all.first(half));
        if (laterBodies.valid()) {
            for (Piece& piece : laterBodies.get())
                bodies.push_back(std::move(piece));
        }
        if (other.earliest_)
            noteInstant(*other.earliest_);
        generatedZones_.merge(other.generatedZones_);
        verbatimZones_.merge(other.verbatimZones_);

        // One VTIMEZONE per TZID. The product's own times use the zones it generates, from the
        // current tz data and covering every instant written; a kept VTIMEZONE of another TZID
        // is the user's and goes back as it was, and a verbatim task's zone without one in the
        // file gets one generated where ICU knows it.
        std::vector<Piece> zones;
        std::set<std::string> keptZones;
        for (const KeptComponent& component : kept.components) {
            if (component.name == "VTIMEZONE" && !generatedZones_.contains(component.tzid) &&
                keptZones.insert(component.tzid).second)
                zones.push_back({component.text, true});
        }
        std::set<std::string> toGenerate = generatedZones_;
        for (const std::string& zoneId : verbatimZones_) {
            if (!keptZones.contains(normaliseTzid(zoneId)))
                toGenerate.insert(zoneId);
        }
        if (earliest_) {
            for (const std::string& zoneId : toGenerate) {
                if (Component zone = vtimezone(zoneId, *earliest_))
                    zones.push_back(
                        {takeLibicalString(icalcomponent_as_ical_string_r(zone.get())), false});
            }
        }
        std::vector<Piece> others;
        for (const KeptComponent& component : kept.components) {
            if (component.name != "VTIMEZONE")
                others.push_back({component.text, true});
        }
        std::vector<Piece> calendarProperties;
        for (const std::string& text : kept.calendarProperties)
            calendarProperties.push_back({text, true});

        // Each piece is whole components, so folding them one by one folds the whole; written
        // once into a string of the right size (fresh memory costs a page fault per page).
        constexpr std::string_view head =
            "BEGIN:VCALENDAR\r\n"
            "VERSION:2.0\r\n"
            "PRODID:-//interview-followups//interview-followups " FOLLOWUPS_VERSION "//EN\r\n"
            "CALSCALE:GREGORIAN\r\n";
        constexpr std::string_view tail = "END:VCALENDAR\r\n";
        const auto allPieces = {&calendarProperties, &zones, &bodies, &others};
        std::size_t size = head.size() + tail.size();
        for (const auto* pieces : allPieces) {
            for (const Piece& piece : *pieces)
                size += piece.text.size();
        }
        std::string out;
        out.reserve(size + size / 32);
        out += head;
        for (const auto* pieces : allPieces) {
            for (const Piece& piece : *pieces) {
                if (piece.verbatim)
                    appendVerbatim(out, piece.text);
                else
                    appendRefolded(out, piece.text);
            }
        }
        out += tail;
        return out;
    }

private:
    // Fewer are written faster than a thread starts.
    static constexpr std::size_t minTasksToShare = 64;

    // A component's text; verbatim ones are written as found, the others re-folded.
    struct Piece {
        std::string text;
        bool verbatim = false;
    };

    std::vector<Piece> bodiesOf(std::span<const TaskToWrite> tasks)
    {
        std::vector<Piece> bodies;
        bodies.reserve(tasks.size());
        for (const TaskToWrite& item : tasks)
            bodies.push_back(body(item));
        return bodies;
    }

    Piece body(const TaskToWrite& item)
    {
        if (item.task.alarm)
            noteInstant(*item.task.alarm);
        if (const auto* due = std::get_if<Instant>(&item.task.due.value))
            noteInstant(*due);

        // In either shape: a task kept as found stays in the shape it was found in.
        if (!item.verbatim.empty()) {
            noteZonesOf(item.verbatim);
            return {item.verbatim, true};
        }
        TaskToWrite clean{withoutControlCharacters(item.task), item.issuedSiblings, {}, {}};
        for (std::string& uid : clean.issuedSiblings)
            uid = singleLineText(uid);
        const CarriedOver carried = carriedOver(item.replaces);
        return {options_.shape == Shape::Todos ? todo(clean, carried) : event(clean, carried),
                false};
    }

    // RFC 5545 allows no control characters but HTAB in a value, and libical writes them as they
    // are (a URI's CR LF even ends the line). The product's own tasks have none (the core cleans
    // every invite text), so their content hash stays the one they were planned with; tasks read
    // back from a file may carry anything.
    static Task withoutControlCharacters(Task task)
    {
        for (std::string* text :
             {&task.uid, &task.summary, &task.interview.uid, &task.interview.recurrenceId})
            *text = singleLineText(*text);
        task.description = multiLineText(task.description);
        for (std::string& category : task.categories)
            category = singleLineText(category);
        if (task.person) {
            for (auto field : {&Person::name, &Person::email, &Person::phone})
                (*task.person).*field = singleLineText((*task.person).*field);
        }
        if (!isUri(task.url))
            task.url.clear();
        return task;
    }

    // A URI as it may stand in a property or parameter value: no white space or control characters
    // (RFC 3986 percent-encodes them).
    static bool isUri(std::string_view text)
    {
        return std::none_of(text.begin(), text.end(), [](char c) {
            const auto octet = static_cast<unsigned char>(c);
            return octet <= 0x20 || octet == 0x7F;
        });
    }

    void noteInstant(Instant instant)
    {
        earliest_ = earliest_ ? std::min(*earliest_, instant) : instant;
    }

    // A verbatim task keeps the TZIDs the user's app gave it; each needs its VTIMEZONE here too.
    void noteZonesOf(const std::string& verbatim)
    {
        Component parsed{icalparser_parse_string(verbatim.c_str())};
        if (!parsed)
            return;
        noteZonesIn(parsed.get());
    }

    void noteZonesIn(icalcomponent* component)
    {
        for (icalproperty* property =
                 icalcomponent_get_first_property(component, ICAL_ANY_PROPERTY);
             property; property = icalcomponent_get_next_property(component, ICAL_ANY_PROPERTY)) {
            if (icalparameter* tzid =
                    icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER))
                verbatimZones_.insert(icalparameter_get_tzid(tzid));
        }
        for (icalcomponent* child =
                 icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT);
             child; child = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT))
            noteZonesIn(child);
    }

    // In the user's zone with its TZID; in UTC when that zone is UTC, or when the wall-clock time
    // would name a different instant (the second 02:30 of a fall-back night).
    icalproperty* timed(icalproperty* property, Instant instant)
    {
        const Zone& zone = options_.userZone;
        noteInstant(instant);
        const LocalDateTime local = zone.toLocal(instant);
        if (zone == Zone::utc() || zone.toInstant(local) != instant) {
            icalproperty_set_value(property, icalvalue_new_datetime(utcTime(instant)));
            return property;
        }
        icalproperty_set_value(property, icalvalue_new_datetime(floatingTime(local)));
        icalproperty_add_parameter(property, icalparameter_new_tzid(zone.id().c_str()));
        generatedZones_.insert(zone.id());
        return property;
    }

    std::string todo(const TaskToWrite& item, const CarriedOver& carried)
    {
        const Task& task = item.task;
        ComponentText todo{"VTODO"};
        addIdentity(todo, task, task.uid);
        const auto* dueInstant = std::get_if<Instant>(&task.due.value);
        if (dueInstant)
            todo.add(timed(icalproperty_new(ICAL_DUE_PROPERTY), *dueInstant));
        else
            todo.add(icalproperty_new_due(dateValue(std::get<Date>(task.due.value))));
        todo.add(icalproperty_new_status(todoStatusValue(task.status)));
        addDetails(todo, item);
        todo.addCarried(carried);
        if (!carriesAlarm(task))
            return todo.finish(nullptr);

        // Relative to DUE where the offset is exact (a timed due the alarm precedes); absolute
        // otherwise: 09:00 local has no fixed offset from a DATE.
        const Instant alarmAt = *task.alarm;
        icaltriggertype trigger{icaltime_null_time(), icaldurationtype_null_duration()};
        const bool relative = dueInstant && alarmAt <= *dueInstant;
        if (relative)
            trigger.duration = exactDuration(alarmAt - *dueInstant);
        else
            trigger.time = utcTime(alarmAt);
        icalproperty* triggerProperty = icalproperty_new_trigger(trigger);
        if (relative)
            icalproperty_add_parameter(triggerProperty,
                                       icalparameter_new_related(ICAL_RELATED_END));
        return todo.finish(alarm(task, triggerProperty));
    }

    std::string event(const TaskToWrite& item, const CarriedOver& carried)
    {
        const Task& task = item.task;
        ComponentText event{"VEVENT"};
        addIdentity(event, task, task.uid + "-event");

        // At the due time (an all-day task's at the all-day start), or at the alarm when that is
        // later: the event's one alarm is then always the task's own (SPEC §5).
        const auto* date = std::get_if<Date>(&task.due.value);
        const Instant due = date ? atLocalTime(*date, options_.allDayStart, options_.userZone)
                                 : std::get<Instant>(task.due.value);
        const bool reminds = carriesAlarm(task);
        const Instant start = reminds ? std::max(due, *task.alarm) : due;
        event.add(timed(icalproperty_new(ICAL_DTSTART_PROPERTY), start));
        event.add(timed(icalproperty_new(ICAL_DTEND_PROPERTY), start + eventLength));
        event.add(icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
        if (task.status == TaskStatus::Cancelled)
            event.add(icalproperty_new_status(ICAL_STATUS_CANCELLED));
        addDetails(event, item);
        event.addX(property::taskStatus, std::string{todoStatus(task.status)});
        // What DTSTART cannot say: an all-day due's date, or a timed due the event starts after.
        if (date)
            event.addX(property::eventDue, basicDate(*date));
        else if (start != due)
            event.addX(property::eventDue, takeLibicalString(icaltime_as_ical_string_r(
                                               utcTime(std::get<Instant>(task.due.value)))));
        event.addCarried(carried);
        if (!reminds)
            return event.finish(nullptr);

        // At or before the start (here always at it or before): an offset > 0 is dropped or
        // misread by Outlook.
        icaltriggertype trigger{icaltime_null_time(), exactDuration(*task.alarm - start)};
        return event.finish(alarm(task, icalproperty_new_trigger(trigger)));
    }

    void addIdentity(ComponentText& c, const Task& task, const std::string& uid) const
    {
        c.add(icalproperty_new_uid(uid.c_str()));
        c.add(icalproperty_new_dtstamp(utcTime(options_.dtstamp)));
        c.add(icalproperty_new_sequence(task.sequence));
        c.add(icalproperty_new_summary(task.summary.c_str()));
        if (!task.description.empty())
            c.add(icalproperty_new_description(task.description.c_str()));
    }

    // Everything after DUE/DTSTART and STATUS, the same in both shapes.
    static void addDetails(ComponentText& c, const TaskToWrite& item)
    {
        const Task& task = item.task;
        c.add(icalproperty_new_priority(task.priority));
        c.addCategories(task.categories);
        if (!task.interview.uid.empty()) {
            icalproperty* related = icalproperty_new_relatedto(task.interview.uid.c_str());
            icalproperty_add_parameter(related, icalparameter_new_reltype(ICAL_RELTYPE_PARENT));
            c.add(related);
        }
        if (!task.interview.recurrenceId.empty())
            c.addX(property::interviewRecurrenceId, task.interview.recurrenceId);
        if (task.person && !task.person->empty())
            c.add(contact(*task.person, task.url));
        if (!task.url.empty())
            c.add(icalproperty_new_url(task.url.c_str()));
        c.addX(property::kind, std::string{kindName(task.kind)});
        c.addX(property::ordinal, std::to_string(task.ordinal));
        c.addX(property::hash, contentHash(task));
        if (!item.issuedSiblings.empty())
            c.addX(property::issued, joined(item.issuedSiblings, ','));
    }

    // contactText ("Name <address>", "Name <phone>") with ALTREP the mailto: (RFC 5545 §3.8.4.2),
    // else the task's tel: URL. The mailto: is contactUrl's, percent-encoded (RFC 6068), and none
    // when the address is no address.
    static icalproperty* contact(const Person& person, const std::string& url)
    {
        icalproperty* property = icalproperty_new_contact(contactText(person).c_str());
        const std::string altrep = !person.email.empty()     ? contactUrl(person, {})
                                   : url.starts_with("tel:") ? url
                                                             : std::string{};
        if (!altrep.empty())
            icalproperty_add_parameter(property, icalparameter_new_altrep(altrep.c_str()));
        return property;
    }

    static icalcomponent* alarm(const Task& task, icalproperty* trigger)
    {
        icalcomponent* alarm = icalcomponent_new(ICAL_VALARM_COMPONENT);
        icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
        icalcomponent_add_property(alarm, trigger);
        icalcomponent_add_property(alarm, icalproperty_new_description(task.summary.c_str()));
        icalcomponent_add_property(alarm, icalproperty_new_uid((task.uid + "-alarm").c_str()));
        return alarm;
    }

    const WriteOptions& options_;
    std::optional<Instant> earliest_;
    // Sorted: generated VTIMEZONEs come out in TZID order.
    std::set<std::string> generatedZones_; // by the times written here
    std::set<std::string> verbatimZones_;  // by verbatim tasks, as written there
};

} // namespace

std::string writeCalendar(const std::vector<TaskToWrite>& tasks, const WriteOptions& options,
                          const KeptContent& kept)
{
    return CalendarWriter{options}.write(tasks, kept);
}

std::string withoutAlarms(std::string_view component)
{
    std::string result;
    result.reserve(component.size());
    bool inAlarm = false;
    // A folded line's continuation goes with the line before, kept or dropped with it.
    forEachStoredLine(component, [&](std::string_view physical, std::string_view line, bool fold) {
        inAlarm = inAlarm || (!fold && isAlarmBoundary(line, "BEGIN"));
        if (!inAlarm)
            result.append(physical);
        if (!fold && isAlarmBoundary(line, "END"))
            inAlarm = false;
    });
    return result;
}

} // namespace followups::ical
