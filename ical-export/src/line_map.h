// Physical line numbers of an iCalendar text. libical keeps none, so warnings would otherwise not
// say where a problem is. A light scan of the raw text records where each component begins and
// where each of its own properties is, in document order; readers pair libical's components with
// these records by kind and order (libical keeps both).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace followups::ical
{

// Components nested deeper than this (calendars included) are skipped by every reader: libical and
// the readers walk components recursively, and a file of 200,000 nested BEGINs overflowed the
// stack.
constexpr int maxNestingDepth = 1000;

// iCalendar names (properties, components, parameters) are case-insensitive ASCII
// (followups/ascii_text.h).
// A physical line without its line break (LF or CRLF). Inline: the scanner calls it on every line.
inline std::string_view withoutLineEnd(std::string_view line)
{
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n'))
        line.remove_suffix(1);
    return line;
}
// The name of a raw content line as written: what comes before the first ';' or ':'.
std::string_view contentLineName(std::string_view line);
// The value of a raw content line: what follows the first ':' outside a quoted parameter.
std::string_view contentLineValue(std::string_view line);

struct PropertyLine {
    std::string name; // upper case, parameters stripped ("DTSTART")
    std::string text; // the whole logical line, unfolded
    int line = 0;     // first physical line, 1-based
    int lastLine = 0; // last physical line (its folds), where LineMap records it
};

struct ComponentLines {
    std::string name; // upper case ("VEVENT")
    int beginLine = 0;
    std::vector<PropertyLine> properties; // the component's own, not its sub-components'
    int endLine = 0;       // its own END line; 0 when something else closed it (LineMap::unclosed)
    bool topLevel = false; // directly inside a VCALENDAR, or in no component at all

    // Line of the `occurrence`-th (0-based) property called `name`; the BEGIN line when absent.
    int lineOf(std::string_view propertyName, int occurrence = 0) const;
    // Line of the first property called `name` whose text contains `fragment` (used for values
    // libical splits out of one line, like EXDATE lists); falls back to lineOf(name).
    int lineContaining(std::string_view propertyName, std::string_view fragment) const;
};

class LineMap
{
public:
    // `text` without a byte-order mark. Lines end in LF or CRLF; folded lines count physically.
    explicit LineMap(std::string_view text);

    // The `index`-th (0-based, document order) component called `name`, or nullptr.
    const ComponentLines* component(std::string_view name, int index) const;
    // Every component recorded, document order, all depths.
    const std::vector<ComponentLines>& all() const { return components_; }
    // The components directly inside a VCALENDAR or in none (VCALENDARs aside), document order.
    std::vector<const ComponentLines*> topLevelComponents() const;
    // Every VCALENDAR, document order.
    std::vector<const ComponentLines*> calendars() const;
    // Properties outside any component (garbage before BEGIN:VCALENDAR and the like).
    const std::vector<PropertyLine>& topLevelLines() const { return topLevelLines_; }
    // END lines that close no open component of their name.
    const std::vector<PropertyLine>& strayEnds() const { return strayEnds_; }
    // Components an END of an enclosing one closed (BEGIN:VEVENT … END:VCALENDAR), and those still
    // open at the end of the text (a truncated file); each with the line of the END that closed it
    // (0 for the end of the text), innermost first.
    struct Unclosed {
        const ComponentLines* component;
        int closedAt;
    };
    const std::vector<Unclosed>& unclosed() const { return unclosed_; }
    // Components that begin deeper than maxNestingDepth, with all they hold: not recorded here, and
    // left out of what libical reads. First and last physical line (0: to the end of the text).
    struct LineRange {
        int first;
        int last;
    };
    const std::vector<LineRange>& tooDeep() const { return tooDeep_; }

private:
    std::vector<ComponentLines> components_; // document order, all depths
    std::map<std::string, std::vector<size_t>, std::less<>> byName_;
    std::vector<PropertyLine> topLevelLines_;
    std::vector<PropertyLine> strayEnds_;
    std::vector<Unclosed> unclosed_;
    std::vector<LineRange> tooDeep_;
};

} // namespace followups::ical
