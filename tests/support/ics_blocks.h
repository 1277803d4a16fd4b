// Components of an .ics text as written, for tests that compare files byte for byte: the blocks
// BEGIN:X … END:X directly inside the VCALENDAR (or bare), and their properties.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace followups::testing
{

// The text with folded lines joined (CRLF or LF followed by a space or tab).
inline std::string unfoldedIcs(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r' && i + 2 < text.size() && text[i + 1] == '\n' &&
            (text[i + 2] == ' ' || text[i + 2] == '\t')) {
            i += 2;
            continue;
        }
        if (text[i] == '\n' && i + 1 < text.size() && (text[i + 1] == ' ' || text[i + 1] == '\t')) {
            ++i;
            continue;
        }
        out.push_back(text[i]);
    }
    return out;
}

// Every component called `name` at the top level of `ics` (inside a VCALENDAR or bare), in file
// order, each from its BEGIN line to its END line's line break, exactly as written.
inline std::vector<std::string> componentBlocks(const std::string& ics, std::string_view name)
{
    std::vector<std::string> blocks;
    const std::string begin = "BEGIN:" + std::string{name};
    const std::string end = "END:" + std::string{name};
    std::size_t lineStart = 0;
    std::size_t blockStart = std::string::npos;
    int depth = 0; // components open around the current line, the VCALENDAR excluded
    while (lineStart < ics.size()) {
        auto lineEnd = ics.find('\n', lineStart);
        lineEnd = lineEnd == std::string::npos ? ics.size() : lineEnd + 1;
        std::string_view line{ics.data() + lineStart, lineEnd - lineStart};
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
            line.remove_suffix(1);
        if (line.starts_with("BEGIN:") && line != "BEGIN:VCALENDAR") {
            if (depth == 0 && line == begin)
                blockStart = lineStart;
            ++depth;
        } else if (line.starts_with("END:") && line != "END:VCALENDAR") {
            --depth;
            if (depth == 0 && line == end && blockStart != std::string::npos) {
                blocks.push_back(ics.substr(blockStart, lineEnd - blockStart));
                blockStart = std::string::npos;
            }
        }
        lineStart = lineEnd;
    }
    return blocks;
}

// The value of the first line of `block` called `name` (parameters allowed), after unfolding;
// empty when there is none. Only the component's own lines count until its first sub-component.
inline std::string propertyValue(const std::string& block, std::string_view name)
{
    const std::string text = unfoldedIcs(block);
    std::size_t lineStart = text.find('\n') + 1; // after BEGIN
    while (lineStart < text.size()) {
        auto lineEnd = text.find('\n', lineStart);
        lineEnd = lineEnd == std::string::npos ? text.size() : lineEnd;
        std::string_view line{text.data() + lineStart, lineEnd - lineStart};
        if (line.ends_with('\r'))
            line.remove_suffix(1);
        if (line.starts_with("BEGIN:"))
            break;
        if (line.starts_with(name) && line.size() > name.size() &&
            (line[name.size()] == ':' || line[name.size()] == ';'))
            return std::string{line.substr(line.find(':') + 1)};
        lineStart = lineEnd + 1;
    }
    return {};
}

// `block` without its VALARM sub-components (CRLF lines, as the writer and the tests' apps write
// them): what is left of a task the user closed (issue 14: it must not remind them).
inline std::string withoutAlarmBlocks(std::string block)
{
    const std::string begin = "BEGIN:VALARM\r\n";
    const std::string end = "END:VALARM\r\n";
    for (auto at = block.find(begin); at != std::string::npos; at = block.find(begin, at)) {
        const auto last = block.find(end, at);
        if (last == std::string::npos)
            break;
        block.erase(at, last + end.size() - at);
    }
    return block;
}

// The top-level components called `name`, by UID.
inline std::map<std::string, std::string> blocksByUid(const std::string& ics, std::string_view name)
{
    std::map<std::string, std::string> byUid;
    for (auto& block : componentBlocks(ics, name))
        byUid.emplace(propertyValue(block, "UID"), std::move(block));
    return byUid;
}

// One VCALENDAR taken apart: its own properties (each line with its folds and line break) and its
// components, in order, so a test can change it as an app would and put it together again.
struct IcsBlock {
    std::string name; // "VTODO" …
    std::string text; // BEGIN to END, line breaks included
};
struct IcsFile {
    std::vector<std::string> properties;
    std::vector<IcsBlock> components;
};

inline IcsFile splitIcs(const std::string& ics)
{
    IcsFile file;
    std::size_t blockStart = std::string::npos;
    std::string blockName;
    int depth = 0; // components open, the VCALENDAR excluded
    for (std::size_t lineStart = 0; lineStart < ics.size();) {
        auto lineEnd = ics.find('\n', lineStart);
        lineEnd = lineEnd == std::string::npos ? ics.size() : lineEnd + 1;
        std::string_view line{ics.data() + lineStart, lineEnd - lineStart};
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
            line.remove_suffix(1);
        const bool fold = line.starts_with(' ') || line.starts_with('\t');
        if (line == "BEGIN:VCALENDAR" || line == "END:VCALENDAR") {
        } else if (line.starts_with("BEGIN:")) {
            if (depth++ == 0) {
                blockStart = lineStart;
                blockName = std::string{line.substr(6)};
            }
        } else if (line.starts_with("END:")) {
            if (--depth == 0) {
                file.components.push_back(
                    {blockName, ics.substr(blockStart, lineEnd - blockStart)});
            }
        } else if (depth == 0 && fold && !file.properties.empty()) {
            file.properties.back() += ics.substr(lineStart, lineEnd - lineStart);
        } else if (depth == 0 && !line.empty()) {
            file.properties.push_back(ics.substr(lineStart, lineEnd - lineStart));
        }
        lineStart = lineEnd;
    }
    return file;
}

inline std::string joinIcs(const IcsFile& file)
{
    std::string text = "BEGIN:VCALENDAR\r\n";
    for (const auto& property : file.properties)
        text += property;
    for (const auto& component : file.components)
        text += component.text;
    return text + "END:VCALENDAR\r\n";
}

} // namespace followups::testing
