#include "utf8_repair.h"

#include <algorithm>
#include <cstdint>
#include <unicode/utf8.h>

namespace followups::ical
{
namespace
{

constexpr std::string_view replacementCharacter = "\xEF\xBF\xBD";

bool isAscii(std::string_view text)
{
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

} // namespace

bool isValidUtf8(std::string_view text)
{
    if (isAscii(text))
        return true;
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t offset = 0; offset < length;) {
        UChar32 c = 0;
        U8_NEXT(bytes, offset, length, c);
        if (c < 0)
            return false;
    }
    return true;
}

std::string repairedUtf8(std::string_view text, std::vector<int>& repairedLines)
{
    std::string result;
    result.reserve(text.size());
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    int line = 1;
    for (int32_t offset = 0; offset < length;) {
        const int32_t start = offset;
        UChar32 c = 0;
        U8_NEXT(bytes, offset, length, c);
        if (c < 0) {
            if (repairedLines.empty() || repairedLines.back() != line)
                repairedLines.push_back(line);
            result += replacementCharacter;
            continue;
        }
        if (c == '\n')
            ++line;
        result.append(text.substr(static_cast<size_t>(start), static_cast<size_t>(offset - start)));
    }
    return result;
}

} // namespace followups::ical
