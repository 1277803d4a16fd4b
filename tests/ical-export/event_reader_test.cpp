// readEvents on hand-written inputs, each checking one behaviour of SPEC §2 against values worked
// out from the input text.
#include "followups/ical/reader.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace followups::ical
{
namespace
{

using namespace std::chrono;
using namespace std::chrono_literals;

std::string crlf(const std::vector<std::string>& lines)
{
    std::string text;
    for (const auto& line : lines)
        text += line + "\r\n";
    return text;
}

ReadOptions wideOptions(const Zone& zone = Zone::utc())
{
    ReadOptions options;
    options.userZone = zone;
    options.expansion = {sys_days{2000y / 1 / 1}, sys_days{2040y / 1 / 1}};
    return options;
}

// Series expanded in January 2026 only.
EventsRead readInJanuary2026(const std::string& text)
{
    ReadOptions options;
    options.expansion = {sys_days{2026y / 1 / 1}, sys_days{2026y / 1 / 31}};
    return readEvents(text, "in.ics", options);
}

Instant instant(const std::optional<EventTime>& time)
{
    return std::get<Instant>(time.value().value);
}

bool hasWarningAt(const Warnings& warnings, int line, const std::string& fragment = {})
{
    for (const auto& warning : warnings) {
        if (warning.where.file == "in.ics" && warning.where.line == line &&
            warning.message.find(fragment) != std::string::npos)
            return true;
    }
    return false;
}

TEST(ReadEvents, FillsEveryFieldOfASingleEvent)
{
    const auto text = crlf({
        "BEGIN:VCALENDAR",                                      // 1
        "VERSION:2.0",                                          // 2
        "BEGIN:VEVENT",                                         // 3
        "UID:abc@example.com",                                  // 4
        "SEQUENCE:3",                                           // 5
        "DTSTAMP:20261101T080000Z",                             // 6
        "LAST-MODIFIED:20261102T090000Z",                       // 7
        "SUMMARY:Interview: Acme\\, Inc – Engineer",            // 8
        "DESCRIPTION:Company: Acme\\nDecision: +2w",            // 9
        "CATEGORIES:Interview, Job",                            // 10
        "CATEGORIES:Career",                                    // 11
        "X-INTERVIEW-COMPANY:Acme\\, Inc",                      // 12
        "x-interview-role:Engineer",                            // 13
        "ORGANIZER;CN=Rita Recruiter:MAILTO:rita@acme.example", // 14
        "ATTENDEE;CN=\"Ian Interviewer\";PARTSTAT=accepted;ROLE=chair:mailto:ian@acme.example",
        "ATTENDEE;CUTYPE=ROOM:mailto:room@acme.example", // 16
        "DTSTART:20261105T140000Z",                      // 17
        "DURATION:PT45M",                                // 18
        "STATUS:CONFIRMED",                              // 19
        "END:VEVENT",                                    // 20
        "END:VCALENDAR",                                 // 21
    });
    const auto read = readEvents(text, "in.ics", wideOptions());
    ASSERT_FALSE(read.error);
    EXPECT_TRUE(read.warnings.empty());
    ASSERT_EQ(read.events.size(), 1u);
    const auto& event = read.events[0];
    EXPECT_EQ(event.where.file, "in.ics");
    EXPECT_EQ(event.where.line, 3);
    EXPECT_EQ(event.uid, "abc@example.com");
    EXPECT_FALSE(event.recurrenceId);
    EXPECT_EQ(event.sequence, 3);
    EXPECT_EQ(event.dtstamp, sys_days{2026y / 11 / 1} + 8h);
    EXPECT_EQ(event.lastModified, sys_days{2026y / 11 / 2} + 9h);
    EXPECT_EQ(event.summary, "Interview: Acme, Inc – Engineer");
    EXPECT_EQ(event.description, "Company: Acme\nDecision: +2w");
    EXPECT_EQ(event.descriptionLine, 9);
    EXPECT_EQ(event.categories, (std::vector<std::string>{"Interview", "Job", "Career"}));
    ASSERT_EQ(event.interviewProperties.size(), 2u);
    EXPECT_EQ(event.interviewProperties[0].key, "COMPANY");
    EXPECT_EQ(event.interviewProperties[0].value, "Acme, Inc");
    EXPECT_EQ(event.interviewProperties[0].line, 12);
    EXPECT_EQ(event.interviewProperties[1].key, "ROLE");
    EXPECT_EQ(event.interviewProperties[1].line, 13);
    ASSERT_TRUE(event.organizer);
    EXPECT_EQ(event.organizer->address, "rita@acme.example");
    EXPECT_EQ(event.organizer->name, "Rita Recruiter");
    ASSERT_EQ(event.attendees.size(), 2u);
    EXPECT_EQ(event.attendees[0].address, "ian@acme.example");
    EXPECT_EQ(event.attendees[0].name, "Ian Interviewer");
    EXPECT_EQ(event.attendees[0].partstat, "ACCEPTED");
    EXPECT_EQ(event.attendees[0].role, "CHAIR");
    EXPECT_EQ(event.attendees[0].cutype, "INDIVIDUAL");
    EXPECT_EQ(event.attendees[1].cutype, "ROOM");
    EXPECT_EQ(event.attendees[1].role, "REQ-PARTICIPANT");
    EXPECT_EQ(event.attendees[1].partstat, "NEEDS-ACTION");
    EXPECT_EQ(instant(event.start), sys_days{2026y / 11 / 5} + 14h);
    EXPECT_FALSE(event.end);
    EXPECT_EQ(event.duration, 45min);
    EXPECT_FALSE(event.cancelled);
}

TEST(ReadEvents, BomLfAndFoldedLinesKeepPhysicalLineNumbers)
{
    const std::string text = "\xEF\xBB\xBF"
                             "BEGIN:VCALENDAR\n"          // 1
                             "BEGIN:VEVENT\n"             // 2
                             "UID:u1\n"                   // 3
                             "SUMMARY:A long\n"           // 4
                             "  folded summary\n"         // 5
                             "DTSTART:20261105T140000Z\n" // 6
                             "this line is garbage\n"     // 7
                             "DESCRIPTION:Role: x\n"      // 8
                             "END:VEVENT\n"               // 9
                             "BEGIN:VEVENT\n"             // 10
                             "SUMMARY:no uid, no start\n" // 11
                             "END:VEVENT\n"               // 12
                             "END:VCALENDAR\n";
    const auto read = readEvents(text, "in.ics", wideOptions());
    ASSERT_FALSE(read.error);
    ASSERT_EQ(read.events.size(), 2u);
    EXPECT_EQ(read.events[0].summary, "A long folded summary");
    EXPECT_EQ(read.events[0].descriptionLine, 8);
    EXPECT_EQ(read.events[1].where.line, 10);
    EXPECT_TRUE(hasWarningAt(read.warnings, 7, "garbage"));
    EXPECT_TRUE(hasWarningAt(read.warnings, 10, "UID"));
    EXPECT_TRUE(hasWarningAt(read.warnings, 10, "DTSTART"));
    EXPECT_FALSE(read.events[1].start);
}

TEST(ReadEvents, StrayEndAndLowercaseNamesAreHandled)
{
    const std::string text = "END:VEVENT\n"               // 1: closes nothing
                             "BEGIN:VEVENT\n"             // 2
                             "uid:lower\n"                // 3
                             "x-interview-company:Acme\n" // 4
                             "dtstart:20261105T140000Z\n" // 5
                             "END:VEVENT\n";
    const auto read = readEvents(text, "in.ics", wideOptions());
    ASSERT_EQ(read.events.size(), 1u);
    EXPECT_TRUE(hasWarningAt(read.warnings, 1, "END:VEVENT"));
    EXPECT_EQ(read.warnings.size(), 1u);
    EXPECT_EQ(read.events[0].uid, "lower");
    ASSERT_EQ(read.events[0].interviewProperties.size(), 1u);
    EXPECT_EQ(read.events[0].interviewProperties[0].key, "COMPANY");
    EXPECT_EQ(read.events[0].interviewProperties[0].line, 4);
}

TEST(ReadEvents, WeeklySeriesKeepsItsWallClockTimeAcrossDst)
{
    // Europe moves to summer time on Sunday 29 March 2026: 14:00 Berlin is 13:00 UTC before, 12:00
    // UTC after.
    const auto text = crlf({
        "BEGIN:VCALENDAR",
        "BEGIN:VEVENT",
        "UID:series",
        "DTSTART;TZID=Europe/Berlin:20260319T140000",
        "DTEND;TZID=Europe/Berlin:20260319T150000",
        "RRULE:FREQ=WEEKLY;UNTIL=20260402T120000Z",
        "END:VEVENT",
        "END:VCALENDAR",
    });
    const auto read = readEvents(text, "in.ics", wideOptions());
    ASSERT_EQ(read.events.size(), 3u);
    const std::vector<Instant> starts{sys_days{2026y / 3 / 19} + 13h,
                                      sys_days{2026y / 3 / 26} + 13h,
                                      sys_days{2026y / 4 / 2} + 12h};
    const std::vector<std::string> ids{"20260319T130000Z", "20260326T130000Z", "20260402T120000Z"};
    for (size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(instant(read.events[i].start), starts[i]);
        EXPECT_EQ(instant(read.events[i].end), starts[i] + 1h);
        EXPECT_EQ(read.events[i].recurrenceId, ids[i]);
        EXPECT_EQ(read.events[i].start->zoneId, "Europe/Berlin");
        EXPECT_EQ(read.events[i].uid, "series");
    }
}

TEST(ReadEvents, ExdateRemovesAndRdateAddsOccurrences)
{
    const auto text = crlf({
        "BEGIN:VEVENT",
        "UID:s",
        "DTSTART:20260105T090000Z",
        "RRULE:FREQ=DAILY;COUNT=3",
        // Written in Berlin time: 10:00 +01:00 is the 09:00 UTC occurrence of 6 January.
        "EXDATE;TZID=Europe/Berlin:20260106T100000",
        "RDATE:20260110T090000Z",
        "END:VEVENT",
    });
    const auto read = readEvents(text, "in.ics", wideOptions());
    ASSERT_EQ(read.events.size(), 3u);
    EXPECT_EQ(instant(read.events[0].start), sys_days{2026y / 1 / 5} + 9h);
    EXPECT_EQ(instant(read.events[1].start), sys_days{2026y / 1 / 7} + 9h);
    EXPECT_EQ(instant(read.events[2].start), sys_days{2026y / 1 / 10} + 9h);
}

TEST(ReadEvents, OverridesReplaceTheirOccurrenceMatchedByInstant)
{
    const auto text = crlf({
        "BEGIN:VCALENDAR",
        "BEGIN:VEVENT", // 2: override written before its series, as Google does
        "UID:s",
        "RECURRENCE-ID;TZID=Europe/Berlin:20261104T100000",
        "DTSTART;TZID=Europe/Berlin:20261104T160000",
        "SUMMARY:moved",
        "END:VEVENT",
        "BEGIN:VEVENT", // 8
        "UID:s",
        "SUMMARY:series",
        "DTSTART;TZID=Europe/Berlin:20261103T100000",
        "RRULE:FREQ=DAILY;COUNT=3",
        "END:VEVENT",
        "BEGIN:VEVENT", // 14: the UTC spelling of 5 November 10:00 Berlin (+01:00)
        "UID:s",
        "RECURRENCE-ID:20261105T090000Z",
        "DTSTART;TZID=Europe/Berlin:20261105T100000",
        "STATUS:CANCELLED",
        "END:VEVENT",
        "END:VCALENDAR",
    });
    const auto read = readEvents(text, "in.ics", wideOptions());
    ASSERT_EQ(read.events.size(), 3u);
    EXPECT_EQ(read.events[0].summary, "series");
    EXPECT_EQ(read.events[0].recurrenceId, "20261103T090000Z");
    EXPECT_FALSE(read.events[0].cancelled);
    EXPECT_EQ(read.events[1].summary, "moved");
    EXPECT_EQ(read.events[1].recurrenceId, "20261104T090000Z");
    EXPECT_EQ(instant(read.events[1].start), sys_days{2026y / 11 / 4} + 15h);
    EXPECT_EQ(read.events[1].where.line, 2);
    EXPECT_EQ(read.events[2].recurrenceId, "20261105T090000Z");
    EXPECT_TRUE(read.events[2].cancelled);
    EXPECT_EQ(read.events[2].where.line, 14);
}

TEST(ReadEvents, EndlessSeriesIsExpandedWithinTheRangeOnly)
{
    const auto text = crlf({
        "BEGIN:VEVENT",
        "UID:weekly",
        "DTSTART:20200106T090000Z",
        "RRULE:FREQ=WEEKLY",
        "END:VEVENT",
    });
    const auto read = readInJanuary2026(text);
    // Mondays of January 2026: the 5th, 12th, 19th and 26th.
    ASSERT_EQ(read.events.size(), 4u);
    EXPECT_EQ(instant(read.events[0].start), sys_days{2026y / 1 / 5} + 9h);
    EXPECT_EQ(instant(read.events[3].start), sys_days{2026y / 1 / 26} + 9h);
}

TEST(ReadEvents, NamesTheRecurringEventsItExpandedWithinTheRangeOnly)
{
    // A series with no occurrence in the range is still named: its occurrences outside it are
    // not deleted ones (followups::ExpandedSeries).
    const auto text = crlf({
        "BEGIN:VEVENT",
        "UID:weekly",
        "DTSTART:20200106T090000Z",
        "RRULE:FREQ=WEEKLY;COUNT=2",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:extra-day",
        "DTSTART:20200107T090000Z",
        "RDATE:20200110T090000Z",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:single",
        "DTSTART:20260105T090000Z",
        "END:VEVENT",
    });
    const auto read = readInJanuary2026(text);
    ASSERT_EQ(read.events.size(), 1u);
    EXPECT_EQ(read.seriesUids, (std::set<std::string>{"extra-day", "weekly"}));
}

TEST(ReadEvents, AllDaySeriesUsesDateRecurrenceIds)
{
    const auto text = crlf({
        "BEGIN:VEVENT",
        "UID:d",
        "DTSTART;VALUE=DATE:20261107",
        "DTEND;VALUE=DATE:20261109",
        "RRULE:FREQ=WEEKLY;COUNT=2",
        "END:VEVENT",
    });
    const auto read = readEvents(text, "in.ics", wideOptions());
    ASSERT_EQ(read.events.size(), 2u);
    EXPECT_EQ(read.events[1].recurrenceId, "20261114");
    EXPECT_EQ(std::get<Date>(read.events[1].start->value), 2026y / 11 / 14);
    EXPECT_EQ(std::get<Date>(read.events[1].end->value), 2026y / 11 / 16);
}

TEST(ReadEvents, MethodCancelCancelsItsCalendarOnly)
{
    const auto text = crlf({
        "BEGIN:VCALENDAR",
        "METHOD:CANCEL",
        "BEGIN:VEVENT",
        "UID:a",
        "DTSTART:20261105T140000Z",
        "END:VEVENT",
        "END:VCALENDAR",
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:b",
        "DTSTART:20261105T140000Z",
        "END:VEVENT",
        "END:VCALENDAR",
    });
    const auto read = readEvents(text, "in.ics", wideOptions());
    ASSERT_EQ(read.events.size(), 2u);
    EXPECT_TRUE(read.events[0].cancelled);
    EXPECT_FALSE(read.events[1].cancelled);
    EXPECT_EQ(read.events[1].where.line, 10);
}

TEST(ReadEvents, TextThatIsNotICalendarIsAnError)
{
    const auto read = readEvents("Subject: hello\nthis is an e-mail\n", "in.ics", wideOptions());
    ASSERT_TRUE(read.error);
    EXPECT_EQ(read.error->where.file, "in.ics");
    EXPECT_EQ(read.error->where.line, 1);
    EXPECT_TRUE(read.events.empty());
}

TEST(ReadEvents, EmptyCalendarIsNotAnError)
{
    const auto read = readEvents("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "-", wideOptions());
    EXPECT_FALSE(read.error);
    EXPECT_TRUE(read.events.empty());
}

} // namespace
} // namespace followups::ical
