#include "text_match.h"

#include <memory>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <vector>

namespace followups
{
namespace
{

// Folded text that remembers where each of its UTF-16 units came from, so a match in the folded
// text can be reported as a range of the original.
struct FoldedText {
    icu::UnicodeString text;
    std::vector<int32_t> originalIndex; // one per unit of `text`, plus one past the end
};

FoldedText fold(const icu::UnicodeString& original)
{
    FoldedText result;
    int32_t index = 0;
    while (index < original.length()) {
        const UChar32 c = original.char32At(index);
        const int32_t next = original.moveIndex32(index, 1);
        if (u_isUWhiteSpace(c)) {
            if (result.text.isEmpty() || result.text.charAt(result.text.length() - 1) != u' ') {
                result.text.append(u' ');
                result.originalIndex.push_back(index);
            }
        } else {
            // Case folding has no context (outside the Turkic option), so folding one code point
            // at a time gives the same text as folding the whole string.
            icu::UnicodeString piece(c);
            piece.foldCase();
            result.text.append(piece);
            result.originalIndex.insert(result.originalIndex.end(),
                                        static_cast<std::size_t>(piece.length()), index);
        }
        index = next;
    }
    result.originalIndex.push_back(original.length());
    return result;
}

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

// Creating a word break iterator loads rules; one per thread is reused for every search.
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

std::size_t utf8Length(const icu::UnicodeString& text, int32_t units)
{
    std::string utf8;
    text.tempSubString(0, units).toUTF8String(utf8);
    return utf8.size();
}

} // namespace

std::optional<TextRange> findTerm(std::string_view text, std::string_view term)
{
    const icu::UnicodeString original = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    const FoldedText haystack = fold(original);
    icu::UnicodeString needle = fold(icu::UnicodeString::fromUTF8(icu::StringPiece(
                                         term.data(), static_cast<int32_t>(term.size()))))
                                    .text;
    needle.trim();
    if (needle.isEmpty()) {
        return std::nullopt;
    }
    const bool anywhere = isWordlessScript(needle);
    icu::BreakIterator* breaker = anywhere ? nullptr : wordBreaker();
    if (!anywhere && breaker == nullptr) {
        return std::nullopt;
    }
    if (breaker != nullptr) {
        breaker->setText(haystack.text);
    }
    for (int32_t at = haystack.text.indexOf(needle); at >= 0;
         at = haystack.text.indexOf(needle, at + 1)) {
        const int32_t end = at + needle.length();
        if (anywhere || (breaker->isBoundary(at) && breaker->isBoundary(end))) {
            const auto begin =
                static_cast<std::size_t>(haystack.originalIndex[static_cast<std::size_t>(at)]);
            const auto stop =
                static_cast<std::size_t>(haystack.originalIndex[static_cast<std::size_t>(end)]);
            return TextRange{utf8Length(original, static_cast<int32_t>(begin)),
                             utf8Length(original, static_cast<int32_t>(stop))};
        }
    }
    return std::nullopt;
}

std::string foldCase(std::string_view text)
{
    icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    unicode.foldCase();
    std::string result;
    unicode.toUTF8String(result);
    return result;
}

} // namespace followups
