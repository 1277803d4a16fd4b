// The one case folding and white space of word matching (core/include/followups/case_folding.h).
#include "../../core/src/text_match.h"
#include "followups/case_folding.h"

#include <gtest/gtest.h>
#include <unicode/utf8.h>

using namespace followups;

namespace
{
std::string folded(char32_t c)
{
    std::string out;
    appendCaseFolded(out, c);
    return out;
}

std::string utf8(char32_t c)
{
    char bytes[U8_MAX_LENGTH];
    int32_t length = 0;
    U8_APPEND_UNSAFE(bytes, length, static_cast<UChar32>(c));
    return {bytes, static_cast<std::size_t>(length)};
}
} // namespace

TEST(CaseFolding, foldsLikeIcusFullFoldingOfTheWholeText)
{
    EXPECT_EQ(folded(U'A'), "a");
    EXPECT_EQ(folded(U'Ä'), "ä");
    EXPECT_EQ(folded(U'ß'), "ss");
    EXPECT_EQ(folded(U'ẞ'), "ss");
    EXPECT_EQ(folded(U'Ａ'), "ａ");
    EXPECT_EQ(folded(U'面'), "面");
    // Every code point, against foldCase of the text (ICU on the whole string): the fast path for
    // code points that do not change must never skip one that does.
    for (char32_t c = 1; c <= 0x10FFFF; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF)
            continue; // no code points
        ASSERT_EQ(folded(c), foldCase(utf8(c))) << std::hex << static_cast<unsigned>(c);
    }
}

TEST(CaseFolding, whiteSpaceIsUnicodes)
{
    for (const char32_t c :
         {U' ', U'\t', U'\n', U'\v', U'\f', U'\r', U'\u0085', U'\u00A0', U'\u2003', U'\u3000'})
        EXPECT_TRUE(isWhiteSpace(c)) << std::hex << static_cast<unsigned>(c);
    for (const char32_t c : {U'a', U'\0', U'\u200B', U'_', U'\u00AD'})
        EXPECT_FALSE(isWhiteSpace(c)) << std::hex << static_cast<unsigned>(c);
}
