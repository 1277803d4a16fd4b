#include "line_map.h"

#include "followups/ascii_text.h"

#include <algorithm>

namespace followups::ical
{
namespace
{

struct LogicalLine {
    std::string text;
    int line = 0;
    int lastLine = 0;
};

std::vector<LogicalLine> unfold(std::string_view text)
{
    std::vector<LogicalLine> lines;
    int physical = 0;
    size_t position = 0;
    while (position < text.size()) {
        const auto newline = text.find('\n', position);
        const auto end = newline == std::string_view::npos ? text.size() : newline + 1;
        const auto raw = withoutLineEnd(text.substr(position, end - position));
        position = end;
        ++physical;
        const bool continuation = !raw.empty() && (raw.front() == ' ' || raw.front() == '\t');
        if (continuation && !lines.empty()) {
            lines.back().text.append(raw.substr(1));
            lines.back().lastLine = physical;
        } else if (!raw.empty()) {
            lines.push_back({std::string(raw), physical, physical});
        }
    }
    return lines;
}

} // namespace

std::string_view contentLineName(std::string_view line)
{
    // Not find_first_of: libstdc++'s costs a memchr per byte.
    const auto end =
        std::find_if(line.begin(), line.end(), [](char c) { return c == ';' || c == ':'; });
    return line.substr(0, static_cast<size_t>(end - line.begin()));
}

std::string_view contentLineValue(std::string_view line)
{
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '"')
            quoted = !quoted;
        else if (line[i] == ':' && !quoted)
            return line.substr(i + 1);
    }
    return {};
}

int ComponentLines::lineOf(std::string_view propertyName, int occurrence) const
{
    for (const auto& property : properties) {
        if (property.name == propertyName && occurrence-- == 0)
            return property.line;
    }
    return beginLine;
}

int ComponentLines::lineContaining(std::string_view propertyName, std::string_view fragment) const
{
    for (const auto& property : properties) {
        if (property.name == propertyName && property.text.find(fragment) != std::string::npos)
            return property.line;
    }
    return lineOf(propertyName);
}

LineMap::LineMap(std::string_view text)
{
    std::vector<size_t> open; // indices into components_, innermost last
    std::vector<std::pair<size_t, int>> unclosedIndices;
    int skippedDepth = 0; // inside a component too deep: its BEGINs not yet ended
    for (auto& logical : unfold(text)) {
        const auto name = ascii::upper(contentLineName(logical.text));
        // The value matters only on BEGIN and END lines (a component's name).
        const auto colon = logical.text.find(':');
        const auto value =
            name != "BEGIN" && name != "END"
                ? std::string{}
                : ascii::upper(colon == std::string::npos
                                   ? std::string_view{}
                                   : std::string_view(logical.text).substr(colon + 1));
        if (skippedDepth > 0) {
            skippedDepth += name == "BEGIN" ? 1 : name == "END" ? -1 : 0;
            if (skippedDepth == 0)
                tooDeep_.back().last = logical.line;
        } else if (name == "BEGIN" && open.size() >= static_cast<size_t>(maxNestingDepth)) {
            tooDeep_.push_back({logical.line, 0});
            skippedDepth = 1;
        } else if (name == "BEGIN") {
            const bool topLevel = open.empty() || components_[open.back()].name == "VCALENDAR";
            byName_[value].push_back(components_.size());
            components_.push_back({value, logical.line, {}, 0, topLevel});
            open.push_back(components_.size() - 1);
        } else if (name == "END") {
            // Close up to the matching BEGIN, as libical does with unbalanced input.
            const auto match = std::find_if(open.rbegin(), open.rend(), [&](size_t index) {
                return components_[index].name == value;
            });
            if (match != open.rend()) {
                for (auto inner = open.rbegin(); inner != match; ++inner)
                    unclosedIndices.emplace_back(*inner, logical.line);
                components_[*match].endLine = logical.line;
                open.erase(std::next(match).base(), open.end());
            } else
                strayEnds_.push_back(
                    {name, std::move(logical.text), logical.line, logical.lastLine});
        } else if (!open.empty()) {
            components_[open.back()].properties.push_back(
                {name, std::move(logical.text), logical.line, logical.lastLine});
        } else {
            topLevelLines_.push_back(
                {name, std::move(logical.text), logical.line, logical.lastLine});
        }
    }
    for (auto inner = open.rbegin(); inner != open.rend(); ++inner)
        unclosedIndices.emplace_back(*inner, 0);
    // Pointers only now: components_ no longer grows.
    for (const auto& [index, closedAt] : unclosedIndices)
        unclosed_.push_back({&components_[index], closedAt});
}

std::vector<const ComponentLines*> LineMap::topLevelComponents() const
{
    std::vector<const ComponentLines*> found;
    for (const auto& component : components_) {
        if (component.topLevel && component.name != "VCALENDAR")
            found.push_back(&component);
    }
    return found;
}

std::vector<const ComponentLines*> LineMap::calendars() const
{
    std::vector<const ComponentLines*> found;
    for (const auto& component : components_) {
        if (component.name == "VCALENDAR")
            found.push_back(&component);
    }
    return found;
}

const ComponentLines* LineMap::component(std::string_view name, int index) const
{
    const auto found = byName_.find(name);
    if (found == byName_.end() || index < 0 || static_cast<size_t>(index) >= found->second.size())
        return nullptr;
    return &components_[found->second[static_cast<size_t>(index)]];
}

} // namespace followups::ical
