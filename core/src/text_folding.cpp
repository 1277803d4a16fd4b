#include "text_folding.h"

#include "followups/ascii_text.h"
#include "followups/case_folding.h"
#include "icu_strings.h"

#include <optional>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <utility>

namespace followups
{
namespace
{

// The same folding for ASCII text without ICU: NFKC case folding only lower-cases ASCII letters,
// and ASCII's white space is tab, LF, VT, FF, CR and space. Invites list thousands of attendees
// (docs/robustness.md); each is compared with every person taken, mostly by ASCII addresses.
std::optional<std::string> foldAscii(std::string_view text)
{
    std::string folded;
    folded.reserve(text.size());
    bool pendingSpace = false;
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return std::nullopt;
        if (ascii::isSpace(c)) {
            pendingSpace = !folded.empty();
            continue;
        }
        if (pendingSpace)
            folded += ' ';
        pendingSpace = false;
        folded += ascii::toLower(c);
    }
    return folded;
}

} // namespace

std::string foldForIdentity(std::string_view text)
{
    if (auto folded = foldAscii(text))
        return std::move(*folded);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* folding = icu::Normalizer2::getNFKCCasefoldInstance(status);
    const icu::UnicodeString input = fromUtf8(text);
    const icu::UnicodeString folded = U_SUCCESS(status) ? folding->normalize(input, status) : input;
    icu::UnicodeString collapsed;
    bool pendingSpace = false;
    for (int32_t i = 0; i < folded.length(); i = folded.moveIndex32(i, 1)) {
        const UChar32 c = folded.char32At(i);
        if (isWhiteSpace(static_cast<char32_t>(c))) {
            pendingSpace = !collapsed.isEmpty();
            continue;
        }
        if (pendingSpace)
            collapsed.append(u' ');
        pendingSpace = false;
        collapsed.append(c);
    }
    return toUtf8(collapsed);
}

} // namespace followups
