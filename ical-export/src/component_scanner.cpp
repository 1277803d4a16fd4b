#include "component_scanner.h"

#include "followups/ascii_text.h"

#include <algorithm>
#include <cstring>
#include <functional>

namespace followups::ical
{
namespace
{

constexpr std::string_view byteOrderMark = "\xEF\xBB\xBF";

// Only BEGIN, END, UID, RRULE, RDATE, RECURRENCE-ID, METHOD, X-WR-CALNAME and the lines that tell
// an interview (SUMMARY, CATEGORIES, X-INTERVIEW-*) say anything to the scanner; other lines are
// copied without a look at their text. Told apart by their first letters (any case), so that few
// are looked at; a line too short to tell (folded right after its first letters) is looked at.
bool mayMatter(std::string_view line)
{
    if (line.size() < 3)
        return true;
    const auto upper = [&](size_t i) { return i < line.size() ? ascii::toUpper(line[i]) : '\0'; };
    switch (upper(0)) {
    case 'B':
        return upper(1) == 'E';
    case 'E':
        return upper(1) == 'N';
    case 'U':
        return upper(1) == 'I';
    case 'R':
        return upper(1) == 'R' || upper(1) == 'D' || upper(1) == 'E';
    case 'M':
        return upper(1) == 'E';
    case 'S':
        return upper(1) == 'U';
    case 'C':
        return upper(1) == 'A';
    case 'X':
        return upper(1) == '-' && (upper(2) == 'I' || upper(2) == 'W');
    default:
        return false;
    }
}

bool tellsInterview(std::string_view name)
{
    constexpr std::string_view prefix = "X-INTERVIEW-";
    return ascii::equalsIgnoringCase(name, "SUMMARY") ||
           ascii::equalsIgnoringCase(name, "CATEGORIES") ||
           (name.size() >= prefix.size() &&
            ascii::equalsIgnoringCase(name.substr(0, prefix.size()), prefix));
}

std::string mib(std::size_t bytes)
{
    return std::to_string(bytes >> 20) + " MiB";
}

} // namespace

ComponentScanner::ComponentScanner(std::string_view fileName, Warnings& warnings,
                                   ComponentHandler onComponent, CalendarHandler onCalendarEnd,
                                   ScanLimits limits)
    : fileName_(fileName), warnings_(warnings), onComponent_(std::move(onComponent)),
      onCalendarEnd_(std::move(onCalendarEnd)), limits_(limits)
{
}

void ComponentScanner::warn(int line, std::string message)
{
    warnings_.push_back({{fileName_, line}, std::move(message)});
}

void ComponentScanner::feed(std::string_view bytes)
{
    if (stopped_)
        return;
    const auto nul = bytes.find('\0');
    if (nul != std::string_view::npos) {
        bytes = bytes.substr(0, nul);
        stopped_ = true;
    }
    chunk_ = bytes;
    size_t position = 0;
    while (position < bytes.size()) {
        const auto* newline = static_cast<const char*>(
            std::memchr(bytes.data() + position, '\n', bytes.size() - position));
        const size_t end = newline ? static_cast<size_t>(newline - bytes.data()) + 1 : bytes.size();
        const auto piece = bytes.substr(position, end - position);
        position = end;
        if (!lineTooLong_ && carry_.size() + piece.size() > limits_.maxLineBytes) {
            lineTooLong_ = true;
            std::string().swap(carry_);
        }
        if (!newline) {
            if (!lineTooLong_)
                carry_.append(piece);
            break;
        }
        if (lineTooLong_) {
            warn(physicalLines_ + 1, "line longer than " + mib(limits_.maxLineBytes) + " skipped");
            lineTooLong_ = false;
            physicalLine("\n");
        } else if (carry_.empty()) {
            physicalLine(piece);
        } else {
            carry_.append(piece);
            physicalLine(carry_);
            carry_.clear();
        }
    }
    flushPendingText();
    if (logicalLine_ != 0) {
        keepLogical(logicalText_, logicalTextCopy_);
        keepLogical(logicalRaw_, logicalRawCopy_);
    }
    chunk_ = {};
    if (stopped_)
        warn(physicalLines_ + 1, "NUL byte: the rest of the file is ignored");
}

void ComponentScanner::finish()
{
    if (lineTooLong_) {
        warn(physicalLines_ + 1, "line longer than " + mib(limits_.maxLineBytes) + " skipped");
        physicalLine("");
    } else if (!carry_.empty()) {
        physicalLine(carry_);
    }
    carry_.clear();
    lineTooLong_ = false;
    logicalLine();
    if (inComponent_) {
        warn(component_.firstLine,
             "BEGIN:" + component_.name + " not closed before the end of the file (truncated?)");
        closeComponent();
    }
    closeCalendarsDownTo(0);
    if (outsideLines_ > limits_.maxOutsideWarnings)
        warn(firstOutsideLineUnreported_,
             "text outside any calendar component ignored (" +
                 std::to_string(outsideLines_ - limits_.maxOutsideWarnings) +
                 " more lines from here on)");
}

void ComponentScanner::physicalLine(std::string_view line)
{
    ++physicalLines_;
    if (physicalLines_ == 1 && line.starts_with(byteOrderMark))
        line.remove_prefix(byteOrderMark.size());
    const auto content = withoutLineEnd(line);
    if (content.empty()) {
        // Counted, never a line of its own: it goes where the lines around it go.
        if (logicalLine_ != 0)
            extendLogical(logicalRaw_, logicalRawCopy_, line.empty() ? "\n" : line);
        else if (inComponent_)
            appendToComponent(line.empty() ? "\n" : line);
        return;
    }
    const bool continuation = content.front() == ' ' || content.front() == '\t';
    if (continuation && logicalLine_ != 0) {
        extendLogical(logicalText_, logicalTextCopy_, content.substr(1));
        extendLogical(logicalRaw_, logicalRawCopy_, line);
        return;
    }
    if (continuation && physicalLines_ > 1) {
        // It continues a line that said nothing to the scanner.
        if (inComponent_)
            appendToComponent(line);
        return;
    }
    logicalLine();
    if (mayMatter(content)) {
        logicalLine_ = physicalLines_;
        startLogical(logicalText_, logicalTextCopy_, content);
        startLogical(logicalRaw_, logicalRawCopy_, line);
    } else if (inComponent_) {
        appendToComponent(line);
    } else if (calendars_.empty()) {
        if (++outsideLines_ <= limits_.maxOutsideWarnings)
            warn(physicalLines_, "text outside any calendar component ignored");
        else if (firstOutsideLineUnreported_ == 0)
            firstOutsideLineUnreported_ = physicalLines_;
    }
}

void ComponentScanner::logicalLine()
{
    if (logicalLine_ == 0)
        return;
    const std::string_view text = logicalText_;
    const auto name = contentLineName(text);
    const bool begins = ascii::equalsIgnoringCase(name, "BEGIN");
    if (begins || ascii::equalsIgnoringCase(name, "END")) {
        const auto colon = text.find(':');
        const auto written =
            colon == std::string_view::npos ? std::string_view{} : text.substr(colon + 1);
        // Nearly always written in upper case already: no copy then.
        const bool upper = std::none_of(written.begin(), written.end(),
                                        [](char c) { return c >= 'a' && c <= 'z'; });
        std::string upperCopy;
        if (!upper)
            upperCopy = ascii::upper(written);
        const std::string_view value = upper ? written : std::string_view{upperCopy};
        if (begins)
            beginLine(value);
        else
            endLine(value);
    } else {
        propertyLine(name);
    }
    logicalLine_ = 0;
}

void ComponentScanner::beginLine(std::string_view value)
{
    if (value == "VCALENDAR" || value == "VEVENT" || value == "VTODO")
        sawCalendar_ = true;
    if (inComponent_) {
        componentStack_.emplace_back(value);
        if (componentStack_.size() + calendars_.size() > static_cast<size_t>(limits_.maxDepth))
            componentTooDeep_ = true;
        component_.holdsEvent = component_.holdsEvent || value == "VEVENT";
        appendToComponent(logicalRaw_);
        return;
    }
    if (calendars_.size() >= static_cast<size_t>(limits_.maxDepth)) {
        if (!warnedDepth_)
            warn(logicalLine_, "components nested deeper than " + std::to_string(limits_.maxDepth) +
                                   " levels: BEGIN:" + std::string(value) +
                                   " ignored (and any more like it)");
        warnedDepth_ = true;
        return;
    }
    if (value == "VCALENDAR") {
        calendars_.push_back({calendarCount_++, std::string(logicalRaw_), logicalLine_, {}, {}, 0});
        return;
    }
    inComponent_ = true;
    component_.name.assign(value);
    component_.text = {};
    component_.firstLine = logicalLine_;
    component_.calendar = calendars_.empty() ? -1 : calendars_.back().index;
    component_.holdsEvent = value == "VEVENT";
    component_.uid.clear();
    component_.recurring = false;
    component_.overrides = false;
    componentStack_.clear();
    componentStack_.emplace_back(value);
    componentText_.clear();
    pendingText_ = {};
    recognitionText_.clear();
    appendToComponent(logicalRaw_);
}

void ComponentScanner::endLine(std::string_view value)
{
    if (inComponent_) {
        const auto open = std::find(componentStack_.rbegin(), componentStack_.rend(), value);
        if (open != componentStack_.rend()) {
            componentStack_.erase(std::next(open).base(), componentStack_.end());
            appendToComponent(logicalRaw_);
            if (componentStack_.empty())
                closeComponent();
            return;
        }
        if (value == "VCALENDAR" && !calendars_.empty()) {
            closeComponent(); // libical closes it there too
        } else {
            warn(logicalLine_, std::string(logicalText_) + " without its BEGIN ignored");
            // Blank lines in its place, so the component keeps its line numbers.
            appendToComponent(std::string(
                static_cast<size_t>(std::count(logicalRaw_.begin(), logicalRaw_.end(), '\n')),
                '\n'));
            return;
        }
    }
    if (value == "VCALENDAR" && !calendars_.empty()) {
        calendars_.back().endLine = logicalLine_;
        closeCalendarsDownTo(calendars_.size() - 1);
        return;
    }
    warn(logicalLine_, std::string(logicalText_) + " without its BEGIN ignored");
}

void ComponentScanner::propertyLine(std::string_view name)
{
    if (inComponent_) {
        appendToComponent(logicalRaw_);
        if (tellsInterview(name))
            recognitionText_.append(logicalText_).append(1, '\n');
        if (componentStack_.size() != 1)
            return;
        if (ascii::equalsIgnoringCase(name, "UID")) {
            if (component_.uid.empty())
                component_.uid = contentLineValue(logicalText_);
        } else if (ascii::equalsIgnoringCase(name, "RRULE") ||
                   ascii::equalsIgnoringCase(name, "RDATE")) {
            component_.recurring = true;
        } else if (ascii::equalsIgnoringCase(name, "RECURRENCE-ID")) {
            component_.overrides = true;
        }
        return;
    }
    if (!calendars_.empty()) {
        if (ascii::equalsIgnoringCase(name, "METHOD"))
            calendars_.back().methods.push_back({"METHOD", std::string(logicalRaw_), logicalLine_});
        else if (ascii::equalsIgnoringCase(name, "X-WR-CALNAME"))
            calendars_.back().names.push_back(
                {"X-WR-CALNAME", std::string(contentLineValue(logicalText_)), logicalLine_});
        return;
    }
    if (++outsideLines_ <= limits_.maxOutsideWarnings)
        warn(logicalLine_, "text outside any calendar component ignored");
    else if (firstOutsideLineUnreported_ == 0)
        firstOutsideLineUnreported_ = logicalLine_;
}

void ComponentScanner::appendToComponent(std::string_view raw)
{
    if (componentTooLarge_)
        return;
    if (componentText_.size() + pendingText_.size() + raw.size() > limits_.maxComponentBytes) {
        componentTooLarge_ = true;
        pendingText_ = {};
        std::string().swap(componentText_);
        return;
    }
    // Runs of lines that follow each other in the chunk are copied at once, when the run ends.
    const bool inChunk = isInChunk(raw);
    if (inChunk && !pendingText_.empty() &&
        raw.data() == pendingText_.data() + pendingText_.size()) {
        pendingText_ = {pendingText_.data(), pendingText_.size() + raw.size()};
        return;
    }
    flushPendingText();
    if (inChunk)
        pendingText_ = raw;
    else
        componentText_.append(raw);
}

bool ComponentScanner::isInChunk(std::string_view text) const
{
    // std::less_equal: a total order even for pointers into different objects.
    const std::less_equal<const char*> notAfter;
    return !text.empty() && notAfter(chunk_.data(), text.data()) &&
           notAfter(text.data() + text.size(), chunk_.data() + chunk_.size());
}

void ComponentScanner::startLogical(std::string_view& text, std::string& copy,
                                    std::string_view piece)
{
    if (isInChunk(piece)) {
        text = piece;
        return;
    }
    copy.assign(piece);
    text = copy;
}

void ComponentScanner::extendLogical(std::string_view& text, std::string& copy,
                                     std::string_view piece)
{
    if (isInChunk(text) && isInChunk(piece) && piece.data() == text.data() + text.size()) {
        text = {text.data(), text.size() + piece.size()};
        return;
    }
    keepLogical(text, copy);
    copy.append(piece);
    text = copy;
}

void ComponentScanner::keepLogical(std::string_view& text, std::string& copy)
{
    if (text.data() == copy.data())
        return;
    copy.assign(text);
    text = copy;
}

void ComponentScanner::flushPendingText()
{
    componentText_.append(pendingText_);
    pendingText_ = {};
}

void ComponentScanner::closeComponent()
{
    // A component that lies in the chunk, as nearly all do, is handed on from there, uncopied.
    const bool inChunk = componentText_.empty() && pendingText_.ends_with('\n');
    if (!inChunk)
        flushPendingText();
    inComponent_ = false;
    componentStack_.clear();
    if (componentTooLarge_) {
        warn(component_.firstLine, "BEGIN:" + component_.name + " larger than " +
                                       mib(limits_.maxComponentBytes) + " skipped");
    } else if (componentTooDeep_) {
        warn(component_.firstLine, "BEGIN:" + component_.name +
                                       " skipped: components nested deeper than " +
                                       std::to_string(limits_.maxDepth) + " levels");
    } else {
        if (!inChunk && !componentText_.ends_with('\n'))
            componentText_ += '\n';
        component_.text = inChunk ? pendingText_ : std::string_view{componentText_};
        component_.recognitionText = recognitionText_;
        onComponent_(component_);
    }
    pendingText_ = {};
    componentTooLarge_ = false;
    componentTooDeep_ = false;
    if (componentText_.capacity() > (std::size_t{1} << 20))
        std::string().swap(componentText_);
    componentText_.clear();
}

void ComponentScanner::closeCalendarsDownTo(size_t size)
{
    while (calendars_.size() > size) {
        onCalendarEnd_(calendars_.back());
        calendars_.pop_back();
    }
}

} // namespace followups::ical
