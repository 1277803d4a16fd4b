// One calendar file parsed by libical, with the physical line of every component (line_map.h)
// and what libical skipped turned into warnings. The common first step of the three readers.
#pragma once

#include "followups/diagnostics.h"
#include "line_map.h"

#include <libical/ical.h>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace followups::ical
{

struct ComponentDeleter {
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

struct FoundComponent {
    icalcomponent* component = nullptr;
    const ComponentLines* lines = nullptr; // never null: a stand-in when the scan lost track
    bool calendarCancels = false;          // the enclosing VCALENDAR has METHOD:CANCEL
};

class ParsedCalendar
{
public:
    // Never fails: libical reads what it can. A UTF-8 BOM is dropped; the text ends at a NUL;
    // invalid UTF-8 becomes U+FFFD (utf8_repair.h).
    ParsedCalendar(std::string_view text, std::string_view fileName);
    // Found components point into this object.
    ParsedCalendar(const ParsedCalendar&) = delete;
    ParsedCalendar& operator=(const ParsedCalendar&) = delete;

    // Not iCalendar at all: neither BEGIN:VCALENDAR nor a bare VEVENT or VTODO.
    std::optional<Warning> notCalendarError() const;

    // Every component of `kind` at any depth, in document order.
    std::vector<FoundComponent> components(icalcomponent_kind kind) const;
    icalcomponent* root() const { return root_.get(); }
    // The lines of a component found in this file (a stand-in for an unknown one).
    const ComponentLines& linesOf(icalcomponent* component) const;
    const std::string& fileName() const { return fileName_; }
    SourceLocation at(int line) const { return {fileName_, line}; }
    // The scan of the text, and the input as given (a BOM dropped, nothing else changed: invalid
    // UTF-8 and all), whose physical lines are the scan's.
    const LineMap& lineMap() const { return lines_; }
    std::string_view source() const { return source_; }
    int nulLine() const { return nulLine_; } // where a NUL byte ended the text; 0 when none

    // What libical skipped (its X-LIC-ERROR properties), text outside any component, bytes
    // replaced or cut off.
    void reportSkipped(Warnings& warnings) const;

private:
    std::string_view preparedInput(std::string_view text);

    std::string fileName_;
    std::string_view source_;
    int nulLine_ = 0;
    std::vector<int> repairedLines_; // lines whose invalid UTF-8 was replaced
    std::string repairedText_;       // the text with invalid UTF-8 replaced, when it had any
    std::string_view text_;          // what is parsed: the input or repairedText_
    LineMap lines_;
    ComponentPtr root_;
    struct Entry {
        FoundComponent found;
        icalcomponent_kind kind;
    };
    std::vector<Entry> entries_; // document order
    std::unordered_map<icalcomponent*, const ComponentLines*> linesByComponent_;
    ComponentLines unknownLines_; // for components the scan did not see
};

// Sets libical's process-wide switch that makes errors abort; readers call it before parsing.
void makeLibicalErrorsNonFatal();

} // namespace followups::ical
