#include "parsed_calendar.h"

#include "component_fields.h"
#include "followups/ascii_text.h"
#include "ical_time.h"
#include "utf8_repair.h"

#include <algorithm>
#include <iterator>
#include <limits>
#include <map>
#include <mutex>
#include <set>

namespace followups::ical
{
namespace
{

constexpr std::string_view byteOrderMark = "\xEF\xBB\xBF";

bool isMethodCancel(icalcomponent* calendar)
{
    auto* method = icalcomponent_get_first_property(calendar, ICAL_METHOD_PROPERTY);
    return method && icalproperty_get_method(method) == ICAL_METHOD_CANCEL;
}

// The part of libical's X-LIC-ERROR text that quotes the input ("…: <text>").
bool isPropertyName(std::string_view name)
{
    return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return ascii::isAlpha(c) || ascii::isDigit(c) || c == '-';
    });
}

std::string_view quotedInput(std::string_view message)
{
    const auto separator = message.find(": ");
    return separator == std::string_view::npos ? std::string_view{} : message.substr(separator + 2);
}

// libical 3.0 reads standard names in any case but rejects a lowercase "x-" prefix
// ("x-interview-company"), although RFC 5545 names are case-insensitive: such names are upper-cased
// before parsing. Lengths and line breaks stay as they are, so line numbers still match.
//
// END lines that close nothing are blanked (the line break stays): libical would print "Encountered
// END before BEGIN" on stderr, which is the CLI's channel for our own warnings. Components nested
// too deep (line_map.h) are blanked too.
//
// Components left open (closed by the END of an enclosing one, or by the end of a truncated file)
// get their END lines: libical 3.0 would otherwise drop them and everything after. libical keeps no
// line numbers, so the added lines change none.
//
// Each VTIMEZONE is wrapped in a component of its own (zoneWrapper): libical 3.0 keeps a parent's
// VTIMEZONEs in an array it searches from the front and frees from the back, so freeing a calendar
// of 100,000 of them took 18 s. An X- component is never paired with lines (parsed_calendar.h), and
// the readers look for VTIMEZONEs at any depth.
constexpr std::string_view zoneWrapper = "X-IFU-ZONE";

// VTIMEZONEs are blanked too when nothing in the file names their TZID, or when one of the same
// TZID came before (the first is the one read, ical_time.h): a file of 100,000 unused zones cost
// libical's tree of them, 4.5 KB each. Their lines, with their STANDARD and DAYLIGHT, first to
// last (a zone not closed is kept).
using LineRanges = std::vector<std::pair<int, int>>;

LineRanges unusedZones(const LineMap& lines)
{
    std::set<std::string, std::less<>> named;
    for (const auto& component : lines.all()) {
        if (component.name != "VTIMEZONE" && component.name != "STANDARD" &&
            component.name != "DAYLIGHT") {
            for (const auto& property : component.properties)
                addNamedTzids(property.text, named);
        }
    }
    LineRanges unused;
    std::set<std::string, std::less<>> defined;
    for (int index = 0; const auto* zone = lines.component("VTIMEZONE", index); ++index) {
        std::string tzid;
        for (const auto& property : zone->properties) {
            if (property.name == "TZID")
                tzid = normaliseTzid(contentLineValue(property.text));
        }
        if (zone->endLine != 0 && (!named.contains(tzid) || !defined.insert(tzid).second))
            unused.emplace_back(zone->beginLine, zone->endLine);
    }
    return unused; // in document order, not overlapping (a zone inside a zone is no zone)
}

bool inRanges(const LineRanges& ranges, int line)
{
    const auto after = std::upper_bound(ranges.begin(), ranges.end(),
                                        std::pair{line, std::numeric_limits<int>::max()});
    return after != ranges.begin() && std::prev(after)->second >= line;
}

std::string preparedForLibical(std::string_view text, const LineMap& lines,
                               const LineRanges& blanked)
{
    std::string result;
    result.reserve(text.size());
    std::multimap<int, std::string_view> endsBefore; // line → components to close before it
    for (const auto& unclosed : lines.unclosed()) {
        endsBefore.emplace(unclosed.closedAt, unclosed.component->name);
        if (unclosed.component->name == "VTIMEZONE")
            endsBefore.emplace(unclosed.closedAt, zoneWrapper);
    }
    std::set<int> zoneBegins;
    std::set<int> zoneEnds;
    for (int index = 0; const auto* zone = lines.component("VTIMEZONE", index); ++index) {
        zoneBegins.insert(zone->beginLine);
        if (zone->endLine != 0)
            zoneEnds.insert(zone->endLine);
    }
    auto closeBefore = [&](int line) {
        const auto [first, last] = endsBefore.equal_range(line);
        for (auto entry = first; entry != last; ++entry)
            result.append("END:").append(entry->second).append("\n");
    };
    auto strayEnd = lines.strayEnds().begin();
    auto tooDeep = lines.tooDeep().begin();
    int line = 0;
    for (size_t lineStart = 0; lineStart < text.size();) {
        const auto newline = text.find('\n', lineStart);
        const auto lineEnd = newline == std::string_view::npos ? text.size() : newline;
        const auto content = text.substr(lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 1;
        ++line;
        while (tooDeep != lines.tooDeep().end() && tooDeep->last != 0 && tooDeep->last < line)
            ++tooDeep;
        const bool inTooDeep =
            (tooDeep != lines.tooDeep().end() && tooDeep->first <= line) || inRanges(blanked, line);
        if (strayEnd != lines.strayEnds().end() && strayEnd->line == line) {
            ++strayEnd;
        } else if (!inTooDeep) {
            closeBefore(line);
            if (zoneBegins.contains(line))
                result.append("BEGIN:").append(zoneWrapper).append("\n");
            const auto name = contentLineName(content);
            if (name.starts_with("x-") && isPropertyName(name))
                result += ascii::upper(name);
            else
                result += name;
            result += content.substr(name.size());
            if (zoneEnds.contains(line))
                result.append("\nEND:").append(zoneWrapper);
        }
        if (newline != std::string_view::npos)
            result += '\n';
    }
    if (!result.empty() && result.back() != '\n')
        result += '\n';
    closeBefore(0);
    return result;
}

} // namespace

void makeLibicalErrorsNonFatal()
{
    // libical's default depends on how it was built (ICAL_ERRORS_ARE_FATAL); a reader of
    // untrusted files must never abort. Set once: the switch is a process-wide global.
    static std::once_flag once;
    std::call_once(once, [] { icalerror_set_errors_are_fatal(0); });
}

std::string_view ParsedCalendar::preparedInput(std::string_view text)
{
    if (text.starts_with(byteOrderMark))
        text.remove_prefix(byteOrderMark.size());
    source_ = text;
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        text = text.substr(0, nul);
        nulLine_ = 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    }
    if (isValidUtf8(text))
        return text;
    repairedText_ = repairedUtf8(text, repairedLines_);
    return repairedText_;
}

ParsedCalendar::ParsedCalendar(std::string_view text, std::string_view fileName)
    : fileName_(fileName), text_(preparedInput(text)), lines_(text_)
{
    makeLibicalErrorsNonFatal();
    const LineRanges blanked = unusedZones(lines_);
    const std::string input = preparedForLibical(text_, lines_, blanked);
    root_.reset(icalparser_parse_string(input.c_str()));
    if (!root_)
        return;

    std::map<std::string, int> seen; // how many components of each name came before
    auto visit = [&](auto& self, icalcomponent* component, bool cancels) -> void {
        const auto kind = icalcomponent_isa(component);
        if (kind == ICAL_VCALENDAR_COMPONENT)
            cancels = isMethodCancel(component);
        if (kind != ICAL_XROOT_COMPONENT) {
            // X- components have no name in libical 3.0; they get the stand-in lines.
            const char* name =
                kind == ICAL_X_COMPONENT ? nullptr : icalcomponent_kind_to_string(kind);
            const std::string key = name ? name : "";
            const ComponentLines* lines = nullptr;
            do // the blanked zones are not in libical's tree
                lines = lines_.component(key, seen[key]++);
            while (lines && inRanges(blanked, lines->beginLine));
            entries_.push_back({{component, lines ? lines : &unknownLines_, cancels}, kind});
            linesByComponent_.emplace(component, entries_.back().found.lines);
        }
        for (auto* child = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); child;
             child = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT))
            self(self, child, cancels);
    };
    visit(visit, root_.get(), false);
}

const ComponentLines& ParsedCalendar::linesOf(icalcomponent* component) const
{
    const auto found = linesByComponent_.find(component);
    return found == linesByComponent_.end() ? unknownLines_ : *found->second;
}

std::optional<Warning> ParsedCalendar::notCalendarError() const
{
    for (const char* name : {"VCALENDAR", "VEVENT", "VTODO"}) {
        if (lines_.component(name, 0))
            return std::nullopt;
    }
    // Built in place: GCC 12 at -O3 wrongly reports moving a temporary Warning into the optional
    // as reading an uninitialised string (-Wmaybe-uninitialized).
    std::optional<Warning> error{std::in_place};
    error->where = {fileName_, 1};
    error->message = "not an iCalendar file (no BEGIN:VCALENDAR nor BEGIN:VEVENT)";
    return error;
}

std::vector<FoundComponent> ParsedCalendar::components(icalcomponent_kind kind) const
{
    std::vector<FoundComponent> result;
    for (const auto& entry : entries_) {
        if (entry.kind == kind)
            result.push_back(entry.found);
    }
    return result;
}

void ParsedCalendar::reportSkipped(Warnings& warnings) const
{
    for (const auto& line : lines_.topLevelLines())
        warnings.push_back({at(line.line), "text outside any calendar component ignored"});
    for (const auto& line : lines_.strayEnds())
        warnings.push_back({at(line.line), line.text + " without its BEGIN ignored"});
    for (const auto& unclosed : lines_.unclosed()) {
        const auto& component = *unclosed.component;
        // The END that closed it is named, not its line: the streaming reader maps line numbers
        // of warnings, not numbers inside their text.
        warnings.push_back({at(component.beginLine),
                            "BEGIN:" + component.name + " not closed before " +
                                (unclosed.closedAt == 0 ? "the end of the file (truncated?)"
                                                        : "the END of an enclosing component")});
    }
    for (const auto& range : lines_.tooDeep())
        warnings.push_back({at(range.first), "component nested deeper than " +
                                                 std::to_string(maxNestingDepth) +
                                                 " levels skipped, with all it holds"});
    for (const int line : repairedLines_)
        warnings.push_back({at(line), "invalid UTF-8 replaced with U+FFFD"});
    if (nulLine_ != 0)
        warnings.push_back({at(nulLine_), "NUL byte: the rest of the file is ignored"});

    for (const auto& entry : entries_) {
        auto* component = entry.found.component;
        const auto& lines = *entry.found.lines;
        size_t cursor = 0; // libical reports errors in input order
        for (auto* error = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY);
             error; error = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)) {
            const char* text = icalproperty_get_xlicerror(error);
            const std::string_view message = text ? text : "";
            // An empty value carries nothing: Exchange writes "LOCATION:" on every event.
            if (message.starts_with("No value for"))
                continue;
            const auto quoted = quotedInput(message);
            int line = lines.beginLine;
            for (size_t i = cursor; i < lines.properties.size() && !quoted.empty(); ++i) {
                if (lines.properties[i].text.starts_with(quoted) ||
                    lines.properties[i].text.find(quoted) != std::string::npos) {
                    line = lines.properties[i].line;
                    cursor = i + 1;
                    break;
                }
            }
            warnings.push_back(
                {at(line), "skipped what could not be read: " + std::string(message)});
        }
    }
}

} // namespace followups::ical
