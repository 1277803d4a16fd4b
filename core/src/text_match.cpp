#include "text_match.h"

#include "followups/case_folding.h"
#include "icu_strings.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>
#include <unordered_map>

namespace followups
{
namespace
{

bool isWordlessScript(const icu::UnicodeString& term)
{
    for (int32_t index = 0; index < term.length(); index = term.moveIndex32(index, 1)) {
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(term.char32At(index), &status);
        if (U_SUCCESS(status) && (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA ||
                                  script == USCRIPT_KATAKANA || script == USCRIPT_HANGUL)) {
            return true;
        }
    }
    return false;
}

struct FoldedTerm {
    icu::UnicodeString text; // case folded, white space runs as one space, trimmed
    bool anywhere = false;   // in a script without spaces between words
};

// Folds `c` onto the end of `out`, white space as a single space (none at the start).
void appendFoldedOrSpace(icu::UnicodeString& out, UChar32 c)
{
    if (!isWhiteSpace(static_cast<char32_t>(c))) {
        appendCaseFolded(out, c);
    } else if (!out.isEmpty() && out.charAt(out.length() - 1) != u' ') {
        out.append(u' ');
    }
}

FoldedTerm foldTerm(std::string_view term)
{
    const icu::UnicodeString original = fromUtf8(term);
    FoldedTerm folded;
    for (int32_t index = 0; index < original.length(); index = original.moveIndex32(index, 1)) {
        appendFoldedOrSpace(folded.text, original.char32At(index));
    }
    folded.text.trim();
    folded.anywhere = isWordlessScript(folded.text);
    return folded;
}

struct TermHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const
    {
        return std::hash<std::string_view>{}(text);
    }
};

// The same few keywords are looked up in every event, so each is folded once per thread.
const FoldedTerm& foldedTerm(std::string_view term)
{
    thread_local std::unordered_map<std::string, FoldedTerm, TermHash, std::equal_to<>> cache;
    if (const auto known = cache.find(term); known != cache.end()) {
        return known->second;
    }
    if (cache.size() >= 4096) { // arbitrary terms must not grow it without bound
        cache.clear();
    }
    return cache.emplace(std::string(term), foldTerm(term)).first->second;
}

// Creating a word break iterator loads rules; one per thread is reused. It is only consulted for
// a candidate match, which is rare, so setting its text each time costs little.
icu::BreakIterator* wordBreaker()
{
    thread_local std::unique_ptr<icu::BreakIterator> breaker = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> created(
            icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        return U_SUCCESS(status) ? std::move(created) : nullptr;
    }();
    return breaker.get();
}

} // namespace

SearchableText::SearchableText(std::string_view text)
{
    // Decoded here rather than by UnicodeString::fromUTF8 so that every folded unit knows its byte
    // offset in `text`, also after malformed bytes (read as U+FFFD).
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    byteOffset_.reserve(text.size() + 1);
    for (int32_t offset = 0; offset < length;) {
        const int32_t start = offset;
        UChar32 c = 0;
        U8_NEXT(bytes, offset, length, c);
        const int32_t before = folded_.length();
        appendFoldedOrSpace(folded_, c < 0 ? 0xFFFD : c);
        byteOffset_.insert(byteOffset_.end(), static_cast<std::size_t>(folded_.length() - before),
                           static_cast<std::size_t>(start));
    }
    byteOffset_.push_back(text.size());
}

std::optional<TextRange> SearchableText::find(std::string_view term) const
{
    const FoldedTerm& folded = foldedTerm(term);
    const icu::UnicodeString& needle = folded.text;
    if (needle.isEmpty()) {
        return std::nullopt;
    }
    int32_t at = folded_.indexOf(needle);
    if (at < 0) {
        return std::nullopt;
    }
    const bool anywhere = folded.anywhere;
    icu::BreakIterator* breaker = anywhere ? nullptr : wordBreaker();
    if (breaker != nullptr) {
        breaker->setText(folded_);
    } else if (!anywhere) {
        return std::nullopt;
    }
    for (; at >= 0; at = folded_.indexOf(needle, at + 1)) {
        const int32_t end = at + needle.length();
        if (anywhere || (breaker->isBoundary(at) && breaker->isBoundary(end))) {
            return TextRange{byteOffset_[static_cast<std::size_t>(at)],
                             byteOffset_[static_cast<std::size_t>(end)]};
        }
    }
    return std::nullopt;
}

bool SearchableText::containsAny(const std::vector<std::string>& terms) const
{
    return std::any_of(terms.begin(), terms.end(),
                       [&](const std::string& term) { return contains(term); });
}

std::string foldCase(std::string_view text)
{
    return toUtf8(fromUtf8(text).foldCase());
}

bool writtenWithoutSpaces(std::string_view term)
{
    return isWordlessScript(fromUtf8(term));
}

} // namespace followups
