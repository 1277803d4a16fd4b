#include "summary_patterns.h"

#include "text_match.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

namespace followups
{
namespace
{

constexpr std::array<std::string_view, 11> connectors{
    "with", "at", "mit", "bei", "avec", "chez", "con", "met", "bij", "presso", "com"};

// Words that describe the interview, not the company or the role.
constexpr std::array<std::string_view, 34> kindWords{
    "phone",   "video",     "zoom",    "teams",         "onsite",    "on-site",    "remote",
    "virtual", "online",    "final",   "first",         "second",    "third",      "1st",
    "2nd",     "3rd",       "round",   "technical",     "tech",      "behavioral", "behavioural",
    "hr",      "panel",     "job",     "initial",       "screening", "screen",     "coding",
    "case",    "in-person", "telefon", "telefonisches", "erstes",    "zweites"};

std::string lowerAscii(std::string_view text)
{
    std::string result(text);
    for (char& c : result) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return result;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// Trims white space and the punctuation between a keyword and what follows it.
std::string_view trimSeparators(std::string_view text)
{
    bool changed = true;
    while (changed && !text.empty()) {
        changed = false;
        for (const std::string_view separator :
             {" ", "\t", ":", "\uFF1A", "-", "\u2013", "\u2014", "|", ","}) {
            if (text.starts_with(separator)) {
                text.remove_prefix(separator.size());
                changed = true;
            }
            if (text.ends_with(separator)) {
                text.remove_suffix(separator.size());
                changed = true;
            }
        }
    }
    return text;
}

// "Acme (Zoom)" → "Acme".
std::string_view withoutTrailingParenthesis(std::string_view text)
{
    if (text.ends_with(')')) {
        const std::size_t open = text.rfind('(');
        if (open != std::string_view::npos && open > 0) {
            return trimSeparators(text.substr(0, open));
        }
    }
    return text;
}

std::vector<std::string_view> splitDashes(std::string_view text)
{
    std::vector<std::string_view> segments;
    while (true) {
        std::size_t at = std::string_view::npos;
        std::size_t length = 0;
        for (const std::string_view dash : {"\u2013", "\u2014", " - "}) {
            const std::size_t found = text.find(dash);
            if (found < at) {
                at = found;
                length = dash.size();
            }
        }
        if (at == std::string_view::npos) {
            segments.push_back(trimSeparators(text));
            return segments;
        }
        segments.push_back(trimSeparators(text.substr(0, at)));
        text = text.substr(at + length);
    }
}

bool onlyKindWords(std::string_view text)
{
    const std::string lower = lowerAscii(text);
    std::string_view rest = lower;
    bool any = false;
    while (!rest.empty()) {
        const std::size_t space = rest.find(' ');
        const std::string_view word = rest.substr(0, space);
        rest = space == std::string_view::npos ? std::string_view{} : rest.substr(space + 1);
        if (word.empty() || std::all_of(word.begin(), word.end(), [](char c) {
                return std::isdigit(static_cast<unsigned char>(c)) != 0;
            })) {
            continue;
        }
        if (std::find(kindWords.begin(), kindWords.end(), word) == kindWords.end()) {
            return false;
        }
        any = true;
    }
    return any;
}

std::string named(std::string_view text)
{
    text = withoutTrailingParenthesis(trimSeparators(text));
    return onlyKindWords(text) ? std::string{} : std::string(text);
}

// Where a connector word ("with", "at" …) stands alone in `text`, and its length.
std::optional<std::pair<std::size_t, std::size_t>> findConnector(std::string_view text)
{
    const std::string lower = lowerAscii(text);
    std::optional<std::pair<std::size_t, std::size_t>> first;
    for (const std::string_view connector : connectors) {
        for (std::size_t at = lower.find(connector); at != std::string::npos;
             at = lower.find(connector, at + 1)) {
            const std::size_t end = at + connector.size();
            const bool startsWord = at == 0 || isSpace(lower[at - 1]);
            const bool endsWord = end < lower.size() && isSpace(lower[end]);
            if (startsWord && endsWord && (!first || at < first->first)) {
                first = std::pair{at, connector.size()};
                break;
            }
        }
    }
    return first;
}

// "Acme – Engineer", "Acme / Engineer – final round", and (when `connectorsAllowed`)
// "Engineer at Acme – round 2".
CompanyAndRole fromSegments(std::string_view text, bool connectorsAllowed)
{
    const std::vector<std::string_view> segments = splitDashes(text);
    const std::string_view first = segments.front();
    if (const std::size_t slash = first.find(" / "); slash != std::string_view::npos) {
        return {named(first.substr(0, slash)), named(first.substr(slash + 3))};
    }
    if (connectorsAllowed) {
        if (const auto connector = findConnector(first)) {
            return {named(first.substr(connector->first + connector->second)),
                    named(first.substr(0, connector->first))};
        }
    }
    if (segments.size() < 2 && !connectorsAllowed) {
        return {};
    }
    return {named(first), segments.size() > 1 ? named(segments[1]) : std::string{}};
}

std::string_view withoutStatusPrefix(std::string_view summary)
{
    const std::string folded = foldCase(summary.substr(0, 16));
    for (const std::string_view prefix :
         {"canceled:", "cancelled:", "abgesagt:", "annulé:", "cancelado:", "updated:", "accepted:",
          "declined:", "tentative:"}) {
        // The prefixes' letters fold to letters of the same length (É → é), so the length of the
        // prefix is the length of what was written; the size check guards odd foldings.
        if (folded.starts_with(prefix) && summary.size() >= prefix.size()) {
            return trimSeparators(summary.substr(prefix.size()));
        }
    }
    return summary;
}

} // namespace

CompanyAndRole companyAndRoleFromSummary(std::string_view summary,
                                         const std::vector<std::string>& interviewKeywords)
{
    const std::string_view text = withoutStatusPrefix(trimSeparators(summary));
    const SearchableText searchable(text);
    std::optional<TextRange> keyword;
    for (const std::string& candidate : interviewKeywords) {
        const std::optional<TextRange> found = searchable.find(candidate);
        if (found && (!keyword || found->begin < keyword->begin)) {
            keyword = found;
        }
    }
    if (!keyword) {
        return text.empty() ? CompanyAndRole{} : fromSegments(text, false);
    }
    const std::string_view before = trimSeparators(text.substr(0, keyword->begin));
    const std::string_view after = trimSeparators(text.substr(keyword->end));
    if (const auto connector = findConnector(after); connector && connector->first == 0) {
        const std::vector<std::string_view> segments = splitDashes(after.substr(connector->second));
        std::string role = named(before);
        if (role.empty() && segments.size() > 1) {
            role = named(segments[1]);
        }
        return {named(segments.front()), role};
    }
    if (before.empty()) {
        return after.empty() ? CompanyAndRole{} : fromSegments(after, true);
    }
    CompanyAndRole result = fromSegments(before, false);
    if (result.company.empty() && result.role.empty()) {
        result.company = named(before);
    }
    if (result.role.empty() && !after.empty()) {
        result.role = named(splitDashes(after).front());
    }
    return result;
}

} // namespace followups
