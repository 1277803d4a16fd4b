// singleLineText: what the core does to every text of an invite before it reaches a task, and what
// the CLI does to text it shows on a terminal (docs/robustness.md).
#include "followups/safe_text.h"

#include <gtest/gtest.h>

using followups::singleLineText;

namespace
{

TEST(SingleLineText, LeavesOrdinaryTextAlone)
{
    for (const char* text : {"", "Interview: Acme – Engineer", "Vorstellungsgespräch bei Müller",
                             "面接 🎉", "O'Neil \"quoted\" ; , : \\ % ?cc=x&body=y",
                             "\u200F\u05E9\u05DC\u05D5\u05DD"}) // RLM + Hebrew: no reordering
        EXPECT_EQ(singleLineText(text), text);
}

TEST(SingleLineText, LineBreaksBecomeOneSpace)
{
    EXPECT_EQ(singleLineText("Acme\r\nBEGIN:VEVENT"), "Acme BEGIN:VEVENT");
    EXPECT_EQ(singleLineText("Acme\rATTENDEE:x"), "Acme ATTENDEE:x");
    EXPECT_EQ(singleLineText("Acme\nEND:VTODO"), "Acme END:VTODO");
    EXPECT_EQ(singleLineText("a\t\t b"), "a b");
    EXPECT_EQ(singleLineText("a\u2028b\u2029c"), "a b c");
    EXPECT_EQ(singleLineText("\r\nleading"), "leading");
}

TEST(SingleLineText, OtherControlCharactersGo)
{
    EXPECT_EQ(singleLineText(std::string("Bob\0Null", 8)), "Bob Null");
    EXPECT_EQ(singleLineText("bell\x07 del\x7F c1\xC2\x85next"), "bell del c1 next");
}

TEST(SingleLineText, TerminalEscapeSequencesGoWhole)
{
    EXPECT_EQ(singleLineText("\x1B[31mred\x1B[0m text"), "red text");
    EXPECT_EQ(singleLineText("\x1B[2J\x1B[1;1Hcleared"), "cleared");
    // OSC 8 hyperlink, terminated by ST (ESC \) and by BEL.
    EXPECT_EQ(singleLineText("\x1B]8;;https://evil.example\x1B\\click\x1B]8;;\x1B\\"), "click");
    EXPECT_EQ(singleLineText("\x1B]8;;https://evil.example\x07"
                             "click\x1B]8;;\x07"),
              "click");
    // OSC 52 writes the clipboard.
    EXPECT_EQ(singleLineText("\x1B]52;c;cm0gLXJmIH4=\x07Mallory"), "Mallory");
    // The one-character C1 forms: CSI (U+009B), OSC (U+009D) ended by ST (U+009C).
    EXPECT_EQ(singleLineText("\xC2\x9B"
                             "31mred"),
              "red");
    EXPECT_EQ(singleLineText("\xC2\x9D"
                             "0;title\xC2\x9C"
                             "after"),
              "after");
    EXPECT_EQ(singleLineText("reset\x1B"
                             "c here\x1B(B"),
              "reset here");
    // Unterminated: a terminal would swallow the rest too.
    EXPECT_EQ(singleLineText("Acme \x1B]0;title"), "Acme ");
    EXPECT_EQ(singleLineText("trailing escape\x1B"), "trailing escape");
}

TEST(SingleLineText, BidiOverridesAndIsolatesGo)
{
    // "\u202Egnp.exe" shows as "exe.png".
    EXPECT_EQ(singleLineText("invoice\u202Egnp.exe"), "invoicegnp.exe");
    EXPECT_EQ(singleLineText("\u2066Acme\u2069 \u202Aa\u202C\u202B\u202D"), "Acme a");
}

TEST(SingleLineText, InvalidUtf8BecomesReplacementCharacters)
{
    EXPECT_EQ(singleLineText("\xC3\x28"), "\uFFFD(");
    EXPECT_EQ(singleLineText("\xC0\xAF"), "\uFFFD\uFFFD");                     // overlong "/"
    EXPECT_EQ(singleLineText("\xED\xA0\x80"), "\uFFFD\uFFFD\uFFFD");           // a surrogate
    EXPECT_EQ(singleLineText("\xF4\x90\x80\x80"), "\uFFFD\uFFFD\uFFFD\uFFFD"); // > U+10FFFF
    EXPECT_EQ(singleLineText("end\xE2\x82"), "end\uFFFD\uFFFD");               // cut short
    EXPECT_EQ(singleLineText("\xFF"), "\uFFFD");
}

TEST(SingleLineText, IsIdempotent)
{
    for (const char* text : {"a\r\n\x1B[1mb\xC2\x9B", "\xC3\x28\u202E x \x07", "\x1B]0;t\x07 y"}) {
        const std::string once = singleLineText(text);
        EXPECT_EQ(singleLineText(once), once) << text;
    }
}

} // namespace
