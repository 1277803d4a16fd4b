// Physical line numbers of an iCalendar text (ical-export/src/line_map.h), which every warning
// of the readers names.
#include "../../ical-export/src/line_map.h"

#include <gtest/gtest.h>

using namespace followups::ical;

TEST(ContentLine, nameAndValueAsWritten)
{
    EXPECT_EQ(contentLineName("DTSTART;TZID=Europe/Berlin:20261201T140000"), "DTSTART");
    EXPECT_EQ(contentLineName("summary:Interview"), "summary");
    EXPECT_EQ(contentLineName("X-NO-VALUE"), "X-NO-VALUE");
    // A colon inside a quoted parameter is not the value's.
    EXPECT_EQ(contentLineValue("ATTENDEE;CN=\"Doe: Jane\":mailto:jane@acme.example"),
              "mailto:jane@acme.example");
    EXPECT_EQ(contentLineValue("SUMMARY:a:b"), "a:b");
    EXPECT_EQ(contentLineValue("X-NO-VALUE"), "");
    EXPECT_EQ(withoutLineEnd("UID:1\r\n"), "UID:1");
    EXPECT_EQ(withoutLineEnd("UID:1\n"), "UID:1");
}

TEST(LineMap, countsPhysicalLinesFoldedOrNotWithEitherLineEnd)
{
    const LineMap map("BEGIN:VCALENDAR\r\n"        // 1
                      "BEGIN:VEVENT\n"             // 2
                      "SUMMARY:Interview with\r\n" // 3
                      "  Acme\r\n"                 // 4 (folded)
                      "\r\n"                       // 5 (empty)
                      "dtstart:20261201T130000Z\n" // 6
                      "END:VEVENT\r\n"             // 7
                      "END:VCALENDAR\r\n");
    const ComponentLines* event = map.component("VEVENT", 0);
    ASSERT_NE(event, nullptr);
    EXPECT_EQ(event->beginLine, 2);
    ASSERT_EQ(event->properties.size(), 2U);
    EXPECT_EQ(event->properties[0].name, "SUMMARY");
    EXPECT_EQ(event->properties[0].text, "SUMMARY:Interview with Acme");
    EXPECT_EQ(event->lineOf("SUMMARY"), 3);
    EXPECT_EQ(event->lineOf("DTSTART"), 6); // names in upper case, whatever was written
    EXPECT_EQ(event->lineOf("DTEND"), 2);   // absent: the BEGIN line
    EXPECT_EQ(map.component("VEVENT", 1), nullptr);
    EXPECT_TRUE(map.unclosed().empty());
    EXPECT_TRUE(map.strayEnds().empty());
}

TEST(LineMap, keepsEachComponentsOwnPropertiesInOrder)
{
    const LineMap map("BEGIN:VCALENDAR\n"
                      "BEGIN:VEVENT\n"
                      "EXDATE:20261201T130000Z\n"
                      "BEGIN:VALARM\n"
                      "TRIGGER:-PT15M\n"
                      "END:VALARM\n"
                      "EXDATE:20261208T130000Z,20261215T130000Z\n"
                      "END:VEVENT\n"
                      "END:VCALENDAR\n");
    const ComponentLines* event = map.component("VEVENT", 0);
    ASSERT_NE(event, nullptr);
    EXPECT_EQ(event->lineOf("EXDATE", 1), 7);
    EXPECT_EQ(event->lineContaining("EXDATE", "20261215"), 7);
    EXPECT_EQ(event->lineContaining("EXDATE", "2030"), 3);
    EXPECT_EQ(event->lineOf("TRIGGER"), 2); // the alarm's, not the event's
    EXPECT_EQ(map.component("VALARM", 0)->lineOf("TRIGGER"), 5);
}

TEST(LineMap, closesUnbalancedComponentsAsLibicalDoes)
{
    const LineMap map("PRODID:before\n"   // 1: outside any component
                      "BEGIN:VCALENDAR\n" // 2
                      "BEGIN:VEVENT\n"    // 3
                      "BEGIN:VALARM\n"    // 4
                      "END:VEVENT\n"      // 5: closes the alarm too
                      "END:VTODO\n"       // 6: closes nothing
                      "BEGIN:VEVENT\n"    // 7: never closed
                      "SUMMARY:truncated\n");
    ASSERT_EQ(map.topLevelLines().size(), 1U);
    EXPECT_EQ(map.topLevelLines()[0].line, 1);
    ASSERT_EQ(map.strayEnds().size(), 1U);
    EXPECT_EQ(map.strayEnds()[0].line, 6);
    ASSERT_EQ(map.unclosed().size(), 3U);
    EXPECT_EQ(map.unclosed()[0].component->name, "VALARM");
    EXPECT_EQ(map.unclosed()[0].closedAt, 5);
    EXPECT_EQ(map.unclosed()[1].component->beginLine, 7); // innermost first
    EXPECT_EQ(map.unclosed()[1].closedAt, 0);
    EXPECT_EQ(map.unclosed()[2].component->name, "VCALENDAR");
}

TEST(LineMap, recordsNothingOfComponentsNestedTooDeep)
{
    std::string text;
    for (int depth = 0; depth < maxNestingDepth + 2; ++depth)
        text += "BEGIN:X-DEEP\n";
    text += "SUMMARY:deep\n";
    for (int depth = 0; depth < maxNestingDepth + 2; ++depth)
        text += "END:X-DEEP\n";
    const LineMap map(text);
    ASSERT_EQ(map.tooDeep().size(), 1U);
    EXPECT_EQ(map.tooDeep()[0].first, maxNestingDepth + 1);
    EXPECT_EQ(map.tooDeep()[0].last, maxNestingDepth + 2 + 1 + 2); // its END and its child's
    EXPECT_NE(map.component("X-DEEP", maxNestingDepth - 1), nullptr);
    EXPECT_EQ(map.component("X-DEEP", maxNestingDepth), nullptr);
    EXPECT_TRUE(map.unclosed().empty());
}
