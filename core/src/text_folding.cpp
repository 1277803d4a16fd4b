#include "text_folding.h"

#include "icu_strings.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace followups
{

std::string foldForIdentity(std::string_view text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* folding = icu::Normalizer2::getNFKCCasefoldInstance(status);
    const icu::UnicodeString input = fromUtf8(text);
    const icu::UnicodeString folded = U_SUCCESS(status) ? folding->normalize(input, status) : input;
    icu::UnicodeString collapsed;
    bool pendingSpace = false;
    for (int32_t i = 0; i < folded.length(); i = folded.moveIndex32(i, 1)) {
        const UChar32 c = folded.char32At(i);
        if (u_isUWhiteSpace(c)) {
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
