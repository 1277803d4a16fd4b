// What the streaming reader hands to readEvents, and how its lines map back to the file's
// (ical-export/src/reduced_calendar.h).
#include "../../ical-export/src/reduced_calendar.h"

#include <gtest/gtest.h>

using namespace followups;
using namespace followups::ical;

namespace
{

// A file whose VCALENDAR begins on line 3 with METHOD on line 4, holding the events of lines
// 10–12 and 40–41, and ending on line 50.
ReducedCalendar reduced()
{
    ScannedCalendar calendar;
    calendar.beginText = "BEGIN:VCALENDAR\r\n";
    calendar.beginLine = 3;
    calendar.methods.push_back({"METHOD", "METHOD:CANCEL\r\n", 4});
    ReducedCalendar result;
    result.openCalendar(calendar);
    result.add("BEGIN:VEVENT\r\nUID:a\r\nEND:VEVENT\r\n", 10);
    result.add("BEGIN:VEVENT\r\nEND:VEVENT", 40); // no line break at the end: one is added
    result.closeCalendar(50);
    return result;
}

} // namespace

TEST(ReducedCalendar, keepsTheChosenLinesInTheirCalendar)
{
    EXPECT_EQ(reduced().text(), "BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\n"
                                "BEGIN:VEVENT\r\nUID:a\r\nEND:VEVENT\r\n"
                                "BEGIN:VEVENT\r\nEND:VEVENT\n"
                                "END:VCALENDAR\r\n");
}

TEST(ReducedCalendar, mapsEachLineToTheFilesLine)
{
    const ReducedCalendar calendar = reduced();
    EXPECT_EQ(calendar.fileLine(1), 3);
    EXPECT_EQ(calendar.fileLine(2), 4);
    EXPECT_EQ(calendar.fileLine(3), 10);
    EXPECT_EQ(calendar.fileLine(5), 12);
    EXPECT_EQ(calendar.fileLine(6), 40);
    EXPECT_EQ(calendar.fileLine(7), 41);
    EXPECT_EQ(calendar.fileLine(8), 50);
    EXPECT_EQ(calendar.fileLine(0), 0); // unknown stays unknown
}

TEST(ReducedCalendar, mapsTheLinesOfWhatWasRead)
{
    EventsRead read;
    CalendarEvent event;
    event.where = {"cal.ics", 3};
    event.descriptionLine = 4;
    event.interviewProperties.push_back({"COMPANY", "Acme", 5});
    read.events.push_back(event);
    read.warnings.push_back({{"cal.ics", 7}, "a warning"});
    read.warnings.push_back({{"cal.ics", 0}, "about the whole file"});
    reduced().mapLines(read);
    EXPECT_EQ(read.events[0].where.line, 10);
    EXPECT_EQ(read.events[0].descriptionLine, 11);
    EXPECT_EQ(read.events[0].interviewProperties[0].line, 12);
    EXPECT_EQ(read.warnings[0].where.line, 41);
    EXPECT_EQ(read.warnings[1].where.line, 0);
}
