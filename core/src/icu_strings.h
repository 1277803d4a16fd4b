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

inline std::string toUtf8(const icu::UnicodeString& text)
{
    std::string out;
    text.toUTF8String(out);
    return out;
}

} // namespace followups
