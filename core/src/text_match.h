// Case-insensitive matching of keywords in free text (SPEC §2): a keyword matches as a whole word
// or phrase between Unicode word boundaries (ICU's word break rules), so "Interview" does not match
// inside "Interviewvorbereitung" or "Interviewer". Keywords written in a script without spaces
// between words (Han, Hiragana, Katakana, Hangul) match anywhere, so "面接" matches "一次面接".
// Case is compared after Unicode case folding ("VORSTELLUNGSGESPRÄCH" matches
// "Vorstellungsgespräch"); runs of white space compare equal to one space. Folding and white space
// are followups/case_folding.h's.
// Safe on any thread: each thread keeps its own cache of folded terms and its own ICU word-break
// iterator (thread_local in text_match.cpp; docs/performance.md lists all that runs at once).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unicode/unistr.h>
#include <vector>

namespace followups
{

// Byte offsets into the UTF-8 text that was searched.
struct TextRange {
    std::size_t begin = 0;
    std::size_t end = 0;
};

// Text folded once for looking up many terms in it (every keyword of a policy).
class SearchableText
{
public:
    explicit SearchableText(std::string_view text);

    // The first place where `term` occurs by the rules above; nullopt when it does not.
    std::optional<TextRange> find(std::string_view term) const;
    bool contains(std::string_view term) const { return find(term).has_value(); }
    bool containsAny(const std::vector<std::string>& terms) const;

private:
    icu::UnicodeString folded_;
    std::vector<std::size_t> byteOffset_; // per unit of folded_, where it came from; plus the end
};

inline std::optional<TextRange> findTerm(std::string_view text, std::string_view term)
{
    return SearchableText(text).find(term);
}
inline bool containsTerm(std::string_view text, std::string_view term)
{
    return SearchableText(text).contains(term);
}

// Unicode case folding of UTF-8 text, for comparing words regardless of case.
std::string foldCase(std::string_view text);

// Whether `term` is written in a script without spaces between words (Han, Hiragana, Katakana,
// Hangul), so that it is looked for anywhere rather than as a word.
bool writtenWithoutSpaces(std::string_view term);

} // namespace followups
