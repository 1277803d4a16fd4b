// A strict UTF-8 check (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF) written
// independently of the product's own repair code, for tests asserting that output is valid text.
#pragma once

#include <cstddef>
#include <string_view>

namespace followups::testing
{

inline bool isValidUtf8(std::string_view text)
{
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length = 0;
        unsigned char secondMin = 0x80;
        unsigned char secondMax = 0xBF;
        if (lead < 0x80) {
            length = 1;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            secondMin = lead == 0xE0 ? 0xA0 : 0x80; // overlong
            secondMax = lead == 0xED ? 0x9F : 0xBF; // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            secondMin = lead == 0xF0 ? 0x90 : 0x80; // overlong
            secondMax = lead == 0xF4 ? 0x8F : 0xBF; // above U+10FFFF
        } else {
            return false;
        }
        if (i + length > text.size())
            return false;
        for (std::size_t k = 1; k < length; ++k) {
            const auto byte = static_cast<unsigned char>(text[i + k]);
            const bool inRange =
                k == 1 ? byte >= secondMin && byte <= secondMax : (byte & 0xC0) == 0x80;
            if (!inRange)
                return false;
        }
        i += length;
    }
    return true;
}

} // namespace followups::testing
