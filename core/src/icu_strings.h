// Conversions between the UTF-8 std::strings of the core's interface and ICU's UTF-16 strings.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unicode/unistr.h>

namespace followups
{

inline icu::UnicodeString fromUtf8(std::string_view text)
{
    return icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

// Appends the case folding of `c` (followups/case_folding.h) as UTF-16, for matching with ICU.
void appendCaseFolded(icu::UnicodeString& out, UChar32 c);

inline std::string toUtf8(const icu::UnicodeString& text)
{
    std::string out;
    text.toUTF8String(out);
    return out;
}

} // namespace followups
