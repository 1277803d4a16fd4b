// Invalid UTF-8 becomes U+FFFD before anything reads it (ical-export/src/utf8_repair.h).
#include "../../ical-export/src/utf8_repair.h"

#include <gtest/gtest.h>

using namespace followups::ical;

namespace
{
const std::string replacement = "\xEF\xBF\xBD";
}

TEST(Utf8Repair, tellsValidTextFromInvalid)
{
    EXPECT_TRUE(isValidUtf8("plain ASCII"));
    EXPECT_TRUE(isValidUtf8("Vorstellungsgespr\xC3\xA4"
                            "ch, \xE9\x9D\xA2\xE6\x8E\xA5, \xF0\x9F\x98\x80"));
    EXPECT_FALSE(isValidUtf8("M\xFCller"));        // Latin-1
    EXPECT_FALSE(isValidUtf8("cut \xE9\x9D"));     // a character cut short at the end
    EXPECT_FALSE(isValidUtf8("\xC0\xAF"));         // an overlong '/'
    EXPECT_FALSE(isValidUtf8("\xED\xA0\x80"));     // a UTF-16 surrogate
    EXPECT_FALSE(isValidUtf8("\xF4\x90\x80\x80")); // beyond U+10FFFF
}

TEST(Utf8Repair, replacesEachBadSequenceAndNamesItsLines)
{
    std::vector<int> lines;
    const std::string repaired = repairedUtf8(
        "SUMMARY:ok\nSUMMARY:M\xFCller \xFC\nDESCRIPTION:fine \xC3\xA4\nX:\xE9\x9D", lines);
    EXPECT_EQ(repaired, "SUMMARY:ok\nSUMMARY:M" + replacement + "ller " + replacement +
                            "\nDESCRIPTION:fine \xC3\xA4\nX:" + replacement);
    EXPECT_EQ(lines, (std::vector<int>{2, 4})); // each line once
    EXPECT_TRUE(isValidUtf8(repaired));
}

TEST(Utf8Repair, leavesValidTextAsItIs)
{
    std::vector<int> lines;
    const std::string text = "SUMMARY:\xE9\x9D\xA2\xE6\x8E\xA5\r\nEND:VEVENT\r\n";
    EXPECT_EQ(repairedUtf8(text, lines), text);
    EXPECT_TRUE(lines.empty());
}
