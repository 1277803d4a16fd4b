// The part of a calendar file that the streaming reader hands to readEvents: chosen components
// copied as written, in their VCALENDARs (BEGIN line and METHOD kept), with a map from each line of
// this text back to its line in the file, so warnings and events name the file's lines.
#pragma once

#include "component_scanner.h"
#include "followups/ical/reader.h"

#include <string>
#include <string_view>
#include <vector>

namespace followups::ical
{

class ReducedCalendar
{
public:
    void openCalendar(const ScannedCalendar& calendar);
    void closeCalendar(int endLine);
    // `text`: whole physical lines, the first being line `firstLine` of the file.
    void add(std::string_view text, int firstLine);

    const std::string& text() const { return text_; }
    // The file's line for a line of text(); 0 stays 0 (unknown).
    int fileLine(int line) const;
    // Every line number in `read` (events and warnings) turned into the file's.
    void mapLines(EventsRead& read) const;

private:
    struct Segment {
        int firstLine;     // in text()
        int fileFirstLine; // in the file
    };
    std::string text_;
    int lines_ = 0;
    std::vector<Segment> segments_;
};

} // namespace followups::ical
