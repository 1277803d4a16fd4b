// The product's one meaning of space and case (core/include/followups/ascii_text.h).
#include "followups/ascii_text.h"

#include <gtest/gtest.h>

using namespace followups;

TEST(AsciiText, spacesAreAsciiWhiteSpaceOnly)
{
    for (const char c : {' ', '\t', '\r', '\n', '\v', '\f'})
        EXPECT_TRUE(ascii::isSpace(c)) << int(c);
    for (const char c : {'\0', '\x1F', 'a', '\xA0', '\xC2', '\x85'})
        EXPECT_FALSE(ascii::isSpace(c)) << int(c);
    EXPECT_EQ(ascii::trim(" \t\r\nJane Doe \r\n"), "Jane Doe");
    EXPECT_EQ(ascii::trim("\xC2\xA0Jane\xC2\xA0"), "\xC2\xA0Jane\xC2\xA0"); // a no-break space
    EXPECT_EQ(ascii::trim(" \t "), "");
}

TEST(AsciiText, caseIsAsciiCaseAndNeverTouchesUtf8)
{
    EXPECT_EQ(ascii::lower("DTSTART;TZID=Europe/Berlin"), "dtstart;tzid=europe/berlin");
    EXPECT_EQ(ascii::upper("x-ifu-kind"), "X-IFU-KIND");
    EXPECT_EQ(ascii::lower("ÄÖÜ É"), "ÄÖÜ É");
    EXPECT_EQ(ascii::upper("äöü é"), "äöü é");
    EXPECT_EQ(ascii::toUpper('z'), 'Z');
    EXPECT_EQ(ascii::toLower('@'), '@');
}

TEST(AsciiText, comparesIgnoringCase)
{
    EXPECT_TRUE(ascii::equalsIgnoringCase("Begin", "BEGIN"));
    EXPECT_FALSE(ascii::equalsIgnoringCase("BEGIN", "BEGINS"));
    EXPECT_FALSE(ascii::equalsIgnoringCase("é", "É"));
    EXPECT_TRUE(ascii::startsWithIgnoringCase("MAILTO:jane@acme.com", "mailto:"));
    EXPECT_FALSE(ascii::startsWithIgnoringCase("mail", "mailto:"));
}

TEST(AsciiText, lettersAndDigitsAreAsciiOnes)
{
    EXPECT_TRUE(ascii::isDigit('7'));
    EXPECT_FALSE(ascii::isDigit('x'));
    EXPECT_TRUE(ascii::isAlpha('q'));
    EXPECT_FALSE(ascii::isAlpha('\xC3'));
    EXPECT_FALSE(ascii::isAlpha('1'));
}
