// Splits an iCalendar byte stream, fed in chunks of any size, into the components directly inside
// its VCALENDARs (or bare at the top level), as written, without parsing them: the cheap first step
// of the streaming reader (stream_reader.cpp). Nesting follows line_map.h (an END closes up to its
// BEGIN; an END that closes nothing is stray), so the components are those libical would see.
//
// Bounded whatever the input: a physical line longer than maxLineBytes is dropped, a component
// larger than maxComponentBytes or nested deeper than maxDepth is skipped, each with a warning
// naming file and line; nothing after a NUL byte is read (as readEvents does). Memory is one
// component and one line at most.
#pragma once

#include "followups/diagnostics.h"
#include "line_map.h"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace followups::ical
{

struct ScanLimits {
    std::size_t maxLineBytes = std::size_t{1} << 20;      // 1 MiB
    std::size_t maxComponentBytes = std::size_t{8} << 20; // 8 MiB
    int maxDepth = maxNestingDepth;                       // nested BEGINs, calendars included
    int maxOutsideWarnings = 20; // then one summary for the rest of the text outside components
};

// A VCALENDAR as far as readEvents cares: where it begins and its METHOD.
struct ScannedCalendar {
    int index = -1;        // 0, 1, … in file order
    std::string beginText; // the BEGIN:VCALENDAR line as written, with its line break
    int beginLine = 0;
    std::vector<PropertyLine> methods; // METHOD lines (text as written, with line break)
    std::vector<PropertyLine> names;   // X-WR-CALNAME lines (text: the value as written)
    int endLine = 0;                   // 0 while open, and when the file ended first
};

struct ScannedComponent {
    std::string name;      // upper case: "VEVENT", "VTIMEZONE", "VTODO" …
    std::string_view text; // its physical lines as written, each ending in a line break
    int firstLine = 0;
    int calendar = -1; // ScannedCalendar::index of the innermost enclosing VCALENDAR; -1: bare
    bool holdsEvent = false; // it is a VEVENT or has one inside
    // The unfolded text of its SUMMARY, CATEGORIES and X-INTERVIEW-* lines (at any depth), each
    // ending in LF: all that SPEC §2 looks at to tell an interview.
    std::string_view recognitionText;
    // Its own properties (not its sub-components'):
    std::string uid;        // the UID property's value as written, empty when none
    bool recurring = false; // RRULE or RDATE
    bool overrides = false; // RECURRENCE-ID
};

class ComponentScanner
{
public:
    using ComponentHandler = std::function<void(const ScannedComponent&)>;
    using CalendarHandler = std::function<void(const ScannedCalendar&)>;

    ComponentScanner(std::string_view fileName, Warnings& warnings, ComponentHandler onComponent,
                     CalendarHandler onCalendarEnd, ScanLimits limits = {});

    void feed(std::string_view bytes);
    // The end of input: what is still open is handed on as it is (a truncated file).
    void finish();

    // Whether the input had a BEGIN:VCALENDAR, VEVENT or VTODO (else it is not iCalendar).
    bool sawCalendar() const { return sawCalendar_; }
    // Whether a NUL byte ended the input: nothing more need be fed (/dev/zero never ends).
    bool stopped() const { return stopped_; }

private:
    void physicalLine(std::string_view line);
    void logicalLine();
    void beginLine(std::string_view value);
    void endLine(std::string_view value);
    void propertyLine(std::string_view name);
    void appendToComponent(std::string_view raw);
    void flushPendingText();
    bool isInChunk(std::string_view text) const;
    void startLogical(std::string_view& text, std::string& copy, std::string_view piece);
    void extendLogical(std::string_view& text, std::string& copy, std::string_view piece);
    // Copies the line out of the chunk, which is about to go.
    void keepLogical(std::string_view& text, std::string& copy);
    void closeComponent();
    void closeCalendarsDownTo(size_t size);
    void warn(int line, std::string message);

    std::string fileName_;
    Warnings& warnings_;
    ComponentHandler onComponent_;
    CalendarHandler onCalendarEnd_;
    ScanLimits limits_;

    int physicalLines_ = 0;
    bool stopped_ = false; // a NUL byte was read
    std::string carry_;    // the physical line read so far
    bool lineTooLong_ = false;

    // The logical line being assembled: unfolded text and raw physical lines, in the chunk while
    // they are there, else in the copies.
    std::string_view logicalText_;
    std::string_view logicalRaw_;
    std::string logicalTextCopy_;
    std::string logicalRawCopy_;
    int logicalLine_ = 0;

    std::vector<ScannedCalendar> calendars_; // open ones, innermost last
    int calendarCount_ = 0;

    bool inComponent_ = false;
    std::vector<std::string> componentStack_; // upper-case names, the component itself first
    ScannedComponent component_;
    std::string componentText_;
    std::string_view chunk_;       // the bytes being fed
    std::string_view pendingText_; // the component's latest lines, still in chunk_
    std::string recognitionText_;
    bool componentTooLarge_ = false;
    bool componentTooDeep_ = false;

    bool sawCalendar_ = false;
    bool warnedDepth_ = false;
    int outsideLines_ = 0;
    int firstOutsideLineUnreported_ = 0;
};

} // namespace followups::ical
