// One calendar text parsed by libical with the lines of its components, and what libical skipped
// as warnings (ical-export/src/parsed_calendar.h).
#include "../../ical-export/src/component_fields.h"
#include "../../ical-export/src/parsed_calendar.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace followups;
using namespace followups::ical;
using namespace std::string_literals;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

namespace
{

std::vector<std::string> warningsOf(const ParsedCalendar& parsed)
{
    Warnings warnings;
    parsed.reportSkipped(warnings);
    std::vector<std::string> texts;
    for (const auto& warning : warnings)
        texts.push_back(formatWarning(warning));
    return texts;
}

std::vector<std::string> summariesOf(const ParsedCalendar& parsed)
{
    std::vector<std::string> summaries;
    for (const auto& found : parsed.components(ICAL_VEVENT_COMPONENT))
        summaries.push_back(textOf(found.component, ICAL_SUMMARY_PROPERTY));
    return summaries;
}

std::vector<int> beginLinesOf(const ParsedCalendar& parsed, icalcomponent_kind kind)
{
    std::vector<int> lines;
    for (const auto& found : parsed.components(kind))
        lines.push_back(found.lines->beginLine);
    return lines;
}

} // namespace

TEST(ParsedCalendar, dropsAByteOrderMarkKeepingLineNumbers)
{
    const std::string text = "\xEF\xBB\xBF"
                             "BEGIN:VCALENDAR\r\n"
                             "BEGIN:VEVENT\r\n"
                             "SUMMARY:Interview\r\n"
                             "END:VEVENT\r\n"
                             "END:VCALENDAR\r\n";
    const ParsedCalendar parsed(text, "bom.ics");
    EXPECT_TRUE(parsed.source().starts_with("BEGIN:VCALENDAR"));
    EXPECT_FALSE(parsed.notCalendarError());
    EXPECT_THAT(beginLinesOf(parsed, ICAL_VCALENDAR_COMPONENT), ElementsAre(1));
    EXPECT_THAT(beginLinesOf(parsed, ICAL_VEVENT_COMPONENT), ElementsAre(2));
    EXPECT_THAT(summariesOf(parsed), ElementsAre("Interview"));
    EXPECT_THAT(warningsOf(parsed), IsEmpty());
}

TEST(ParsedCalendar, endsTheTextAtANulByteAndSaysOnWhichLine)
{
    const auto text = "BEGIN:VCALENDAR\r\n"
                      "BEGIN:VEVENT\r\n"
                      "SUMMARY:Before\r\n"
                      "END:VEVENT\r\n"
                      "BEGIN:VEVENT\r\n"
                      "SUMMARY:Af\0ter\r\n"
                      "END:VEVENT\r\n"
                      "END:VCALENDAR\r\n"s;
    const ParsedCalendar parsed(text, "nul.ics");
    EXPECT_EQ(parsed.nulLine(), 6);
    // The source is the input as given; only what libical reads ends at the NUL.
    EXPECT_EQ(parsed.source().size(), text.size());
    EXPECT_THAT(summariesOf(parsed), ElementsAre("Before", "Af"));
    const auto warnings = warningsOf(parsed);
    EXPECT_THAT(warnings, Contains("nul.ics:6: NUL byte: the rest of the file is ignored"));
}

TEST(ParsedCalendar, replacesInvalidUtf8AndWarnsOnItsLine)
{
    const ParsedCalendar parsed("BEGIN:VCALENDAR\r\n"
                                "BEGIN:VEVENT\r\n"
                                "UID:1\r\n"
                                "SUMMARY:Interview M\xFCller\r\n"
                                "END:VEVENT\r\n"
                                "END:VCALENDAR\r\n",
                                "latin1.ics");
    EXPECT_THAT(summariesOf(parsed), ElementsAre("Interview M\xEF\xBF\xBDller"));
    EXPECT_THAT(warningsOf(parsed),
                ElementsAre("latin1.ics:4: invalid UTF-8 replaced with U+FFFD"));
    // The source keeps the input's bytes: its lines are those of the line map.
    EXPECT_NE(parsed.source().find("M\xFCller"), std::string_view::npos);
}

TEST(ParsedCalendar, rejectsTextThatIsNoCalendarAtAll)
{
    const ParsedCalendar plain("Dear Jane,\nsee you on Monday.\n", "letter.txt");
    const auto error = plain.notCalendarError();
    ASSERT_TRUE(error);
    EXPECT_EQ(formatWarning(*error),
              "letter.txt:1: not an iCalendar file (no BEGIN:VCALENDAR nor BEGIN:VEVENT)");

    // A bare VEVENT or VTODO (what some apps copy to the clipboard) is read.
    const ParsedCalendar bareEvent("BEGIN:VEVENT\r\nSUMMARY:Interview\r\nEND:VEVENT\r\n",
                                   "bare.ics");
    EXPECT_FALSE(bareEvent.notCalendarError());
    EXPECT_THAT(summariesOf(bareEvent), ElementsAre("Interview"));
    const ParsedCalendar bareTodo("BEGIN:VTODO\r\nSUMMARY:Thank\r\nEND:VTODO\r\n", "todo.ics");
    EXPECT_FALSE(bareTodo.notCalendarError());
}

TEST(ParsedCalendar, findsComponentsAtAnyDepthInDocumentOrderWithTheirLines)
{
    const ParsedCalendar parsed("BEGIN:VCALENDAR\r\n" // 1
                                "BEGIN:VEVENT\r\n"    // 2
                                "SUMMARY:First\r\n"   // 3
                                "BEGIN:VALARM\r\n"    // 4
                                "ACTION:DISPLAY\r\n"  // 5
                                "TRIGGER:-PT15M\r\n"  // 6
                                "END:VALARM\r\n"      // 7
                                "END:VEVENT\r\n"      // 8
                                "BEGIN:VTODO\r\n"     // 9
                                "SUMMARY:Task\r\n"    // 10
                                "END:VTODO\r\n"       // 11
                                "BEGIN:VEVENT\r\n"    // 12
                                "SUMMARY:Second\r\n"  // 13
                                "BEGIN:VALARM\r\n"    // 14
                                "ACTION:DISPLAY\r\n"  // 15
                                "TRIGGER:-PT5M\r\n"   // 16
                                "END:VALARM\r\n"      // 17
                                "END:VEVENT\r\n"      // 18
                                "END:VCALENDAR\r\n",  // 19
                                "order.ics");
    EXPECT_THAT(summariesOf(parsed), ElementsAre("First", "Second"));
    EXPECT_THAT(beginLinesOf(parsed, ICAL_VEVENT_COMPONENT), ElementsAre(2, 12));
    EXPECT_THAT(beginLinesOf(parsed, ICAL_VALARM_COMPONENT), ElementsAre(4, 14));
    EXPECT_THAT(beginLinesOf(parsed, ICAL_VTODO_COMPONENT), ElementsAre(9));
    const auto second = parsed.components(ICAL_VEVENT_COMPONENT).at(1);
    EXPECT_EQ(&parsed.linesOf(second.component), second.lines);
    EXPECT_EQ(second.lines->lineOf("SUMMARY"), 13);
    EXPECT_EQ(second.lines->endLine, 18);
}

TEST(ParsedCalendar, knowsWhichCalendarsCancel)
{
    const ParsedCalendar parsed("BEGIN:VCALENDAR\r\n"
                                "METHOD:CANCEL\r\n"
                                "BEGIN:VEVENT\r\n"
                                "SUMMARY:Cancelled\r\n"
                                "END:VEVENT\r\n"
                                "END:VCALENDAR\r\n"
                                "BEGIN:VCALENDAR\r\n"
                                "METHOD:REQUEST\r\n"
                                "BEGIN:VEVENT\r\n"
                                "SUMMARY:Requested\r\n"
                                "END:VEVENT\r\n"
                                "END:VCALENDAR\r\n",
                                "two.ics");
    const auto events = parsed.components(ICAL_VEVENT_COMPONENT);
    ASSERT_EQ(events.size(), 2u);
    EXPECT_TRUE(events[0].calendarCancels);
    EXPECT_FALSE(events[1].calendarCancels);
}

TEST(ParsedCalendar, readsLowercaseExtensionPropertiesSilently)
{
    const ParsedCalendar parsed("BEGIN:VCALENDAR\r\n"
                                "BEGIN:VEVENT\r\n"
                                "SUMMARY:Interview\r\n"
                                "x-interview-company:Acme\r\n"
                                "END:VEVENT\r\n"
                                "END:VCALENDAR\r\n",
                                "lower.ics");
    const auto events = parsed.components(ICAL_VEVENT_COMPONENT);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(xPropertyOf(events[0].component, "X-INTERVIEW-COMPANY"), "Acme");
    EXPECT_THAT(warningsOf(parsed), IsEmpty());
}

TEST(ParsedCalendar, warnsOfStrayAndUnclosedEndsAndReadsOnPastThem)
{
    const ParsedCalendar parsed("BEGIN:VCALENDAR\r\n"    // 1
                                "BEGIN:VEVENT\r\n"       // 2
                                "END:VALARM\r\n"         // 3
                                "SUMMARY:Unclosed\r\n"   // 4
                                "END:VCALENDAR\r\n"      // 5
                                "BEGIN:VCALENDAR\r\n"    // 6
                                "BEGIN:VEVENT\r\n"       // 7
                                "SUMMARY:Truncated\r\n", // 8
                                "ends.ics");
    EXPECT_THAT(summariesOf(parsed), ElementsAre("Unclosed", "Truncated"));
    EXPECT_THAT(beginLinesOf(parsed, ICAL_VEVENT_COMPONENT), ElementsAre(2, 7));
    EXPECT_THAT(
        warningsOf(parsed),
        ElementsAre(
            "ends.ics:3: END:VALARM without its BEGIN ignored",
            "ends.ics:2: BEGIN:VEVENT not closed before the END of an enclosing component",
            "ends.ics:7: BEGIN:VEVENT not closed before the end of the file (truncated?)",
            "ends.ics:6: BEGIN:VCALENDAR not closed before the end of the file (truncated?)"));
}

TEST(ParsedCalendar, namesTheLineOfWhatLibicalSkippedButNotAnEmptyValue)
{
    const ParsedCalendar parsed("BEGIN:VCALENDAR\r\n"      // 1
                                "BEGIN:VEVENT\r\n"         // 2
                                "SUMMARY:Interview\r\n"    // 3
                                "LOCATION:\r\n"            // 4
                                "DTSTART:tomorrow-ish\r\n" // 5
                                "END:VEVENT\r\n"           // 6
                                "END:VCALENDAR\r\n",       // 7
                                "skipped.ics");
    const auto warnings = warningsOf(parsed);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_TRUE(warnings[0].starts_with("skipped.ics:5: skipped what could not be read: "))
        << warnings[0];
    EXPECT_NE(warnings[0].find("tomorrow-ish"), std::string::npos) << warnings[0];
}

TEST(ParsedCalendar, leavesOutUnusedAndRepeatedTimezones)
{
    const ParsedCalendar parsed("BEGIN:VCALENDAR\r\n"                     // 1
                                "BEGIN:VTIMEZONE\r\n"                     // 2
                                "TZID:Unused\r\n"                         // 3
                                "BEGIN:STANDARD\r\n"                      // 4
                                "DTSTART:19700101T000000\r\n"             // 5
                                "TZOFFSETFROM:+0300\r\n"                  // 6
                                "TZOFFSETTO:+0300\r\n"                    // 7
                                "END:STANDARD\r\n"                        // 8
                                "END:VTIMEZONE\r\n"                       // 9
                                "BEGIN:VTIMEZONE\r\n"                     // 10
                                "TZID:Office\r\n"                         // 11
                                "BEGIN:STANDARD\r\n"                      // 12
                                "DTSTART:19700101T000000\r\n"             // 13
                                "TZOFFSETFROM:+0100\r\n"                  // 14
                                "TZOFFSETTO:+0100\r\n"                    // 15
                                "END:STANDARD\r\n"                        // 16
                                "END:VTIMEZONE\r\n"                       // 17
                                "BEGIN:VEVENT\r\n"                        // 18
                                "SUMMARY:Interview\r\n"                   // 19
                                "DTSTART;TZID=Office:20261201T100000\r\n" // 20
                                "END:VEVENT\r\n"                          // 21
                                "BEGIN:VTIMEZONE\r\n"                     // 22
                                "TZID:Office\r\n"                         // 23
                                "BEGIN:STANDARD\r\n"                      // 24
                                "DTSTART:19700101T000000\r\n"             // 25
                                "TZOFFSETFROM:+0200\r\n"                  // 26
                                "TZOFFSETTO:+0200\r\n"                    // 27
                                "END:STANDARD\r\n"                        // 28
                                "END:VTIMEZONE\r\n"                       // 29
                                "END:VCALENDAR\r\n",                      // 30
                                "zones.ics");
    // Only the first zone of the TZID the event names, paired with its own lines.
    const auto zones = parsed.components(ICAL_VTIMEZONE_COMPONENT);
    ASSERT_EQ(zones.size(), 1u);
    EXPECT_EQ(zones[0].lines->beginLine, 10);
    EXPECT_EQ(textOf(zones[0].component, ICAL_TZID_PROPERTY), "Office");
    EXPECT_THAT(beginLinesOf(parsed, ICAL_XSTANDARD_COMPONENT), ElementsAre(12));
    EXPECT_THAT(beginLinesOf(parsed, ICAL_VEVENT_COMPONENT), ElementsAre(18));
    EXPECT_THAT(warningsOf(parsed), IsEmpty());
}
