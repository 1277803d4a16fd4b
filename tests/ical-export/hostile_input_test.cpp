// Input no calendar app writes (a huge line or component, deep or unbalanced nesting, NUL bytes,
// invalid UTF-8, a cut-off file, binary garbage): the readers take bounded time and memory, read
// what they can, name file and line for what they skip, and reject what is not a calendar at all.
// The limits are those of docs/ics-format.md.
#include "streamed_read.h"
#include "utf8_check.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <random>

namespace followups::testing
{
namespace
{

using namespace std::chrono;
using ::testing::HasSubstr;

const Zone berlin = Zone::fromId("Europe/Berlin").value();

ical::StreamOptions options(size_t chunkSize = 4096)
{
    return {{berlin, {sys_days{year{2026} / 1 / 1}, sys_days{year{2028} / 1 / 1}}},
            defaultInterviewKeywords(),
            chunkSize};
}

std::string interview(const std::string& uid, const std::string& extra = {})
{
    return "BEGIN:VEVENT\r\nUID:" + uid +
           "\r\nDTSTART:20261125T140000Z\r\nSUMMARY:Interview: Acme\r\n" + extra + "END:VEVENT\r\n";
}

std::string calendar(const std::string& body)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + body + "END:VCALENDAR\r\n";
}

std::vector<std::string> uids(const ical::EventsRead& read)
{
    std::vector<std::string> result;
    for (const auto& event : read.events)
        result.push_back(event.uid);
    return result;
}

std::string warningsText(const ical::EventsRead& read)
{
    std::string text;
    for (const auto& warning : read.warnings)
        text += formatWarning(warning) + "\n";
    return text;
}

TEST(HostileInput, aLineOverOneMebibyteIsSkippedAndTheEventStillRead)
{
    const auto text =
        calendar(interview("big-line", "ATTACH:" + std::string(2u << 20, 'A') + "\r\n") +
                 interview("after"));
    for (const size_t chunk : {size_t{4096}, size_t{3u << 20}}) {
        const auto read = readStreamed(text, "line.ics", options(chunk));
        EXPECT_THAT(uids(read), ::testing::ElementsAre("big-line", "after"));
        EXPECT_THAT(warningsText(read), HasSubstr("line.ics:7: line longer than 1 MiB skipped"));
        EXPECT_EQ(read.events[1].where.line, 9);
    }
}

TEST(HostileInput, aComponentOverEightMebibytesIsSkippedWithItsLine)
{
    std::string description = "DESCRIPTION:x";
    for (int i = 0; i < 150000; ++i)
        description += "\r\n " + std::string(60, 'y'); // 9 MiB, folded as clients fold
    const auto text = calendar(interview("huge", description + "\r\n") + interview("after"));
    const auto read = readStreamed(text, "huge.ics", options());
    EXPECT_THAT(uids(read), ::testing::ElementsAre("after"));
    EXPECT_THAT(warningsText(read),
                HasSubstr("huge.ics:3: BEGIN:VEVENT larger than 8 MiB skipped"));
    EXPECT_EQ(read.events[0].where.line, 3 + 5 + 150000 + 1);
}

TEST(HostileInput, deepNestingIsSkippedWithItsLine)
{
    std::string nested;
    for (int i = 0; i < 1200; ++i)
        nested += "BEGIN:X-DEEP\r\n";
    for (int i = 0; i < 1200; ++i)
        nested += "END:X-DEEP\r\n";
    const auto text = calendar(interview("deep", nested) + interview("after"));
    const auto read = readStreamed(text, "deep.ics", options());
    EXPECT_THAT(uids(read), ::testing::ElementsAre("after"));
    EXPECT_THAT(warningsText(read), HasSubstr("deep.ics:3: BEGIN:VEVENT skipped: components nested "
                                              "deeper than 1000 levels"));
}

// The readers of whole files (events, --tasks, --holidays): 200,000 nested BEGINs overflowed the
// stack before the depth limit. A --tasks file is written back, so what is too deep to read is
// refused there rather than skipped (and lost).
TEST(HostileInput, deepNestingInWholeFileReadersIsSkippedWithItsLine)
{
    constexpr int depth = 200000;
    std::string nested;
    nested.reserve(depth * 26);
    for (int i = 0; i < depth; ++i)
        nested += "BEGIN:X-DEEP\r\n";
    for (int i = 0; i < depth; ++i)
        nested += "END:X-DEEP\r\n";
    const auto text = calendar(nested + interview("after") +
                               "BEGIN:VTODO\r\nUID:todo-after\r\nSUMMARY:Send the report\r\n"
                               "DUE:20261126T090000Z\r\nEND:VTODO\r\n");
    // The VCALENDAR is level 1, so the 1000th X-DEEP (line 2 + 1000) is the first one too deep.
    const std::string expected =
        "deep.ics:1002: component nested deeper than 1000 levels skipped, with all it holds";

    const auto events = ical::readEvents(text, "deep.ics", options().read);
    EXPECT_THAT(uids(events), ::testing::ElementsAre("after"));
    EXPECT_THAT(warningsText(events), HasSubstr(expected));

    const auto tasks = ical::readTasks(text, "deep.ics", berlin);
    ASSERT_TRUE(tasks.error);
    EXPECT_THAT(formatWarning(*tasks.error),
                HasSubstr("deep.ics:1002: components nested deeper than 1000 levels"));

    Warnings holidayWarnings;
    const auto holidays = ical::readHolidayDates(text, "deep.ics", holidayWarnings);
    EXPECT_EQ(holidays.size(), 1u);
    ASSERT_FALSE(holidayWarnings.empty());
    EXPECT_THAT(formatWarning(holidayWarnings.front()), HasSubstr(expected));
}

TEST(HostileInput, calendarsOpenedWithoutEndAreBoundedAndReportedOnce)
{
    std::string text;
    for (int i = 0; i < 10000; ++i)
        text += "BEGIN:VCALENDAR\r\n";
    text += interview("inside");
    const auto read = readStreamed(text, "open.ics", options());
    EXPECT_TRUE(read.events.empty()); // 1001 levels down
    EXPECT_LE(read.warnings.size(), 2u);
    EXPECT_THAT(warningsText(read), HasSubstr("open.ics:1001: components nested deeper than 1000 "
                                              "levels: BEGIN:VCALENDAR ignored (and any more "
                                              "like it)"));
}

TEST(HostileInput, unbalancedComponentsAreReadAsFarAsTheyGo)
{
    const auto text = "END:VEVENT\r\n" +
                      calendar("BEGIN:VEVENT\r\nUID:open\r\nSUMMARY:Interview\r\n"
                               "DTSTART:20261125T140000Z\r\n") +
                      calendar(interview("next"));
    for (const auto& read : {readStreamed(text, "unbalanced.ics", options(3)),
                             ical::readEvents(text, "unbalanced.ics", options().read)}) {
        EXPECT_THAT(uids(read), ::testing::ElementsAre("open", "next"));
        EXPECT_THAT(warningsText(read),
                    HasSubstr("unbalanced.ics:1: END:VEVENT without its BEGIN ignored"));
        EXPECT_THAT(warningsText(read),
                    HasSubstr("unbalanced.ics:4: BEGIN:VEVENT not closed before the END of an "
                              "enclosing component"));
    }
}

TEST(HostileInput, nothingAfterANulByteIsRead)
{
    const auto text = calendar(interview("before") + std::string(1, '\0') + interview("after"));
    const auto streamed = readStreamed(text, "nul.ics", options(5));
    EXPECT_THAT(uids(streamed), ::testing::ElementsAre("before"));
    EXPECT_THAT(warningsText(streamed),
                HasSubstr("nul.ics:8: NUL byte: the rest of the file is ignored"));
    const auto full = ical::readEvents(text, "nul.ics", options().read);
    EXPECT_THAT(uids(full), ::testing::ElementsAre("before"));
    EXPECT_THAT(warningsText(full),
                HasSubstr("nul.ics:8: NUL byte: the rest of the file is ignored"));
}

TEST(HostileInput, invalidUtf8BecomesReplacementCharactersWithAWarning)
{
    const auto text = calendar("BEGIN:VEVENT\r\nUID:latin1\r\nDTSTART:20261125T140000Z\r\n"
                               "SUMMARY:Interview: Caf\xE9 M\xFCller "
                               "\xC3\r\nCATEGORIES:Interview,\xFF\xFE\r\nEND:VEVENT\r\n");
    for (const auto& read : {readStreamed(text, "latin1.ics", options(2)),
                             ical::readEvents(text, "latin1.ics", options().read)}) {
        ASSERT_EQ(read.events.size(), 1u);
        EXPECT_EQ(read.events[0].summary,
                  "Interview: Caf\xEF\xBF\xBD M\xEF\xBF\xBDller \xEF\xBF\xBD");
        EXPECT_TRUE(isValidUtf8(read.events[0].categories.back()));
        EXPECT_THAT(warningsText(read),
                    HasSubstr("latin1.ics:6: invalid UTF-8 replaced with U+FFFD"));
        EXPECT_THAT(warningsText(read),
                    HasSubstr("latin1.ics:7: invalid UTF-8 replaced with U+FFFD"));
    }
}

TEST(HostileInput, aTruncatedFileGivesWhatItHoldsAndSaysWhere)
{
    const auto whole = calendar(interview("first") + interview("cut"));
    const auto text = whole.substr(0, whole.find("SUMMARY", whole.find("UID:cut")) + 20);
    for (const auto& read : {readStreamed(text, "cut.ics", options(7)),
                             ical::readEvents(text, "cut.ics", options().read)}) {
        EXPECT_THAT(uids(read), ::testing::ElementsAre("first", "cut"));
        EXPECT_THAT(warningsText(read),
                    HasSubstr("cut.ics:8: BEGIN:VEVENT not closed before the end of the file"));
    }
}

TEST(HostileInput, binaryGarbageIsNotACalendar)
{
    std::mt19937 random(7);
    std::string garbage(1u << 20, '\0');
    for (auto& byte : garbage)
        byte = static_cast<char>(1 + random() % 255); // no NUL: all of it is read
    const auto read = readStreamed(garbage, "garbage.bin", options());
    ASSERT_TRUE(read.error.has_value());
    EXPECT_EQ(formatWarning(*read.error),
              "garbage.bin:1: not an iCalendar file (no BEGIN:VCALENDAR nor BEGIN:VEVENT)");
    EXPECT_TRUE(read.events.empty());
}

TEST(HostileInput, textOutsideComponentsIsReportedBoundedly)
{
    std::string text;
    for (int i = 0; i < 5000; ++i)
        text += "garbage line " + std::to_string(i) + "\r\n";
    text += calendar(interview("after"));
    const auto read = readStreamed(text, "noise.ics", options());
    EXPECT_THAT(uids(read), ::testing::ElementsAre("after"));
    EXPECT_LE(read.warnings.size(), 21u);
    EXPECT_THAT(warningsText(read), HasSubstr("noise.ics:1: text outside any calendar component"));
    EXPECT_THAT(warningsText(read), HasSubstr("noise.ics:21: text outside any calendar component "
                                              "ignored (4980 more lines from here on)"));
}

TEST(HostileInput, aHugeLineWithoutLineBreaksIsNotACalendar)
{
    const std::string text(5u << 20, 'A');
    const auto read = readStreamed(text, "one-line.txt", options());
    ASSERT_TRUE(read.error.has_value());
}

} // namespace
} // namespace followups::testing
