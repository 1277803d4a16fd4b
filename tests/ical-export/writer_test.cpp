// writeCalendar checked by structure: line format (CRLF, folding, UTF-8), escaping, VTIMEZONEs,
// the two shapes, alarms at the task's instant, and byte-identical output.
#include "followups/ical/reader.h"
#include "followups/ical/writer.h"
#include "followups/identity.h"
#include "planner_fixtures.h"
#include "task_expectations.h"
#include "utf8_check.h"

#include <algorithm>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace followups::ical
{
namespace
{

using namespace std::chrono_literals;
using followups::testing::date;
using followups::testing::expectSameTask;
using followups::testing::isValidUtf8;
using followups::testing::utc;
using followups::testing::wallClock;
using followups::testing::zoneNamed;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;

std::vector<std::string> physicalLines(const std::string& ics)
{
    std::vector<std::string> lines;
    std::size_t begin = 0;
    for (std::size_t end; (end = ics.find("\r\n", begin)) != std::string::npos; begin = end + 2)
        lines.push_back(ics.substr(begin, end - begin));
    return lines;
}

std::vector<std::string> contentLines(const std::string& ics)
{
    std::vector<std::string> lines;
    for (const std::string& line : physicalLines(ics)) {
        if (line.starts_with(' ') && !lines.empty())
            lines.back() += line.substr(1);
        else
            lines.push_back(line);
    }
    return lines;
}

// The content lines of the first component whose UID is `uid`, BEGIN and END included.
std::vector<std::string> componentWithUid(const std::string& ics, const std::string& uid)
{
    const std::vector<std::string> lines = contentLines(ics);
    std::size_t begin = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i] == "BEGIN:VTODO" || lines[i] == "BEGIN:VEVENT")
            begin = i;
        if (lines[i] == "UID:" + uid) {
            std::size_t end = i;
            while (end < lines.size() && lines[end] != "END:" + lines[begin].substr(6))
                ++end;
            return {lines.begin() + static_cast<std::ptrdiff_t>(begin),
                    lines.begin() + static_cast<std::ptrdiff_t>(end) + 1};
        }
    }
    return {};
}

std::string lineStartingWith(const std::vector<std::string>& lines, std::string_view prefix)
{
    const auto found = std::find_if(lines.begin(), lines.end(),
                                    [&](const std::string& l) { return l.starts_with(prefix); });
    return found == lines.end() ? std::string{} : *found;
}

Task thankYou()
{
    Task task;
    task.uid = "ifu-thank-you-1@interview-followups";
    task.kind = TaskKind::ThankYou;
    task.summary = "Thank Jörg Müller";
    task.description = "Send a short note.";
    task.due = Due{utc(2026, 11, 4, 13)}; // 14:00 Berlin
    task.alarm = utc(2026, 11, 4, 9);     // 4 h before
    task.priority = 5;
    task.categories = {"Job search"};
    task.interview = InterviewKey{"acme-1@example.com", ""};
    task.person = Person{"Jörg Müller", "joerg@acme.example", ""};
    task.url = "mailto:joerg@acme.example?subject=Thank%20you";
    return task;
}

Task deliverable()
{
    Task task;
    task.uid = "ifu-deliverable-1@interview-followups";
    task.kind = TaskKind::Deliverable;
    task.summary = "Send the work sample";
    task.due = Due{date(2026, 11, 10)};
    task.alarm = wallClock(zoneNamed("Europe/Berlin"), 2026, 11, 9, 9); // 08:00 UTC
    task.interview = InterviewKey{"acme-1@example.com", "20261103T130000Z"};
    return task;
}

WriteOptions berlinOptions(Shape shape = Shape::Todos)
{
    WriteOptions options;
    options.shape = shape;
    options.userZone = zoneNamed("Europe/Berlin");
    options.dtstamp = utc(2026, 11, 3, 15, 30) + 7s;
    return options;
}

std::string write(const std::vector<Task>& tasks, const WriteOptions& options)
{
    std::vector<TaskToWrite> items;
    items.reserve(tasks.size());
    for (const Task& task : tasks)
        items.push_back(TaskToWrite{task, {}, {}});
    return writeCalendar(items, options);
}

TEST(Writer, everyLineEndsInCrlfAndTheFileEndsWithOne)
{
    const std::string ics = write({thankYou(), deliverable()}, berlinOptions());
    ASSERT_TRUE(ics.ends_with("END:VCALENDAR\r\n"));
    for (std::size_t i = 0; i < ics.size(); ++i) {
        const bool lf = ics[i] == '\n';
        const bool cr = ics[i] == '\r';
        ASSERT_FALSE(lf && (i == 0 || ics[i - 1] != '\r')) << "bare LF at offset " << i;
        ASSERT_FALSE(cr && (i + 1 == ics.size() || ics[i + 1] != '\n')) << "bare CR at " << i;
    }
}

TEST(Writer, calendarHasVersionProdidCalscaleAndNoMethod)
{
    const std::vector<std::string> lines = contentLines(write({thankYou()}, berlinOptions()));
    EXPECT_EQ(lines.at(0), "BEGIN:VCALENDAR");
    EXPECT_THAT(lines, Contains("VERSION:2.0"));
    EXPECT_THAT(lines, Contains("CALSCALE:GREGORIAN"));
    EXPECT_THAT(
        lineStartingWith(lines, "PRODID:"),
        ::testing::MatchesRegex(
            "PRODID:-//interview-followups//interview-followups [0-9]+\\.[0-9]+\\.[0-9]+//EN"));
    EXPECT_EQ(lineStartingWith(lines, "METHOD"), "");
}

TEST(Writer, foldsAt75OctetsWithoutSplittingUtf8Characters)
{
    Task task = thankYou();
    // 3-octet CJK, 4-octet emoji and 2-octet umlauts, long enough for many folds at every offset.
    task.summary = "面接のお礼: " + std::string(40, 'x');
    for (int i = 0; i < 30; ++i)
        task.summary += "日本語🎉Ä";
    task.description = std::string(1, 'a');
    for (int i = 0; i < 200; ++i)
        task.description += i % 2 ? "ü" : "€x";

    const std::string ics = write({task}, berlinOptions());
    for (const std::string& line : physicalLines(ics)) {
        EXPECT_LE(line.size(), 75u) << line;
        EXPECT_TRUE(isValidUtf8(line)) << "fold split a character: " << line;
    }
    // Unfolding gives the text back unchanged.
    const std::vector<std::string> todo = componentWithUid(ics, task.uid);
    EXPECT_THAT(todo, Contains("SUMMARY:" + task.summary));
    EXPECT_THAT(todo, Contains("DESCRIPTION:" + task.description));
}

TEST(Writer, foldingKeepsEveryMixOfCharacterWidthsIntact)
{
    // Every alignment of 1- to 4-octet characters against the fold points, from a fixed seed.
    const std::vector<std::string> alphabet{"a", ";", "ß", "€", "日", "🎉", " "};
    std::mt19937 random{20261103};
    for (int round = 0; round < 200; ++round) {
        Task task = thankYou();
        task.summary.clear();
        const auto length = std::uniform_int_distribution<std::size_t>{0, 180}(random);
        for (std::size_t i = 0; i < length; ++i)
            task.summary += alphabet[random() % alphabet.size()];
        const std::string ics = write({task}, berlinOptions());
        for (const std::string& line : physicalLines(ics)) {
            ASSERT_LE(line.size(), 75u) << line;
            ASSERT_TRUE(isValidUtf8(line)) << line;
        }
        std::string escaped;
        for (const char ch : task.summary)
            escaped += ch == ';' ? std::string{"\\;"} : std::string(1, ch);
        ASSERT_THAT(componentWithUid(ics, task.uid), Contains("SUMMARY:" + escaped));
    }
}

TEST(Writer, escapesSemicolonCommaBackslashAndNewlinesInText)
{
    Task task = thankYou();
    task.summary = "a;b,c\\d";
    task.description = "first line\nsecond; line, with \\ backslash";
    task.categories = {"Job search", "x,y;z"};
    task.person = Person{"Doe, Jane", "jane@example.com", ""};

    const std::vector<std::string> todo =
        componentWithUid(write({task}, berlinOptions()), task.uid);
    EXPECT_THAT(todo, Contains("SUMMARY:a\\;b\\,c\\\\d"));
    EXPECT_THAT(todo, Contains("DESCRIPTION:first line\\nsecond\\; line\\, with \\\\ backslash"));
    EXPECT_THAT(todo, Contains("CATEGORIES:Job search,x\\,y\\;z"));
    EXPECT_THAT(todo, Contains("CONTACT;ALTREP=\"mailto:jane@example.com\":Doe\\, Jane "
                               "<jane@example.com>"));
}

TEST(Writer, everyTzidHasItsVtimezone)
{
    const std::string ics = write({thankYou(), deliverable()}, berlinOptions(Shape::Events));
    std::set<std::string> used;
    std::set<std::string> defined;
    for (const std::string& line : contentLines(ics)) {
        const std::size_t at = line.find(";TZID=");
        if (at != std::string::npos)
            used.insert(line.substr(at + 6, line.find_first_of(";:", at + 6) - at - 6));
        if (line.starts_with("TZID:"))
            defined.insert(line.substr(5));
    }
    EXPECT_EQ(used, std::set<std::string>{"Europe/Berlin"});
    EXPECT_EQ(defined, used);
}

// The DTSTART of every STANDARD and DAYLIGHT observance in `lines`.
std::vector<std::string> observanceOnsets(const std::vector<std::string>& lines)
{
    std::vector<std::string> onsets;
    bool inObservance = false;
    for (const std::string& line : lines) {
        if (line == "BEGIN:STANDARD" || line == "BEGIN:DAYLIGHT")
            inObservance = true;
        else if (line == "END:STANDARD" || line == "END:DAYLIGHT")
            inObservance = false;
        else if (inObservance && line.starts_with("DTSTART:"))
            onsets.push_back(line.substr(8));
    }
    return onsets;
}

TEST(Writer, vtimezoneCoversTheEarliestInstantWritten)
{
    // Due in March, before the spring change: the STANDARD observance in effect then must be in
    // the VTIMEZONE, not only the changes after it.
    Task task = thankYou();
    task.due = Due{utc(2027, 3, 1, 12)};
    task.alarm = utc(2027, 3, 1, 8);
    const std::vector<std::string> onsets =
        observanceOnsets(contentLines(write({task}, berlinOptions())));
    ASSERT_FALSE(onsets.empty());
    // The alarm, 1 March 2027 09:00 CET, is the earliest instant.
    EXPECT_LE(*std::min_element(onsets.begin(), onsets.end()), "20270301T090000");
}

TEST(Writer, manyTasksComeOutInOrderWithTheZonesAndTimesOfAll)
{
    // Enough tasks that their second half is built on another thread: every task in its place,
    // and the VTIMEZONEs cover the zones and the earliest instant of both halves (here the last
    // task's, and a New York zone only the last verbatim task uses).
    std::vector<TaskToWrite> items;
    for (int i = 0; i < 200; ++i) {
        Task task = thankYou();
        task.uid = "many-" + std::to_string(i) + "@interview-followups";
        task.due = Due{utc(2027, 3, 1, 12) + std::chrono::hours{24 * i}};
        task.alarm = utc(2027, 3, 1, 8) + std::chrono::hours{24 * i};
        items.push_back({task, {}, {}});
    }
    items.back().task.alarm = utc(2025, 1, 10, 8);
    items.push_back({thankYou(),
                     {},
                     "BEGIN:VTODO\r\nUID:verbatim-last@example\r\n"
                     "DUE;TZID=America/New_York:20270105T090000\r\nEND:VTODO\r\n"});
    const std::string ics = writeCalendar(items, berlinOptions());
    const std::vector<std::string> lines = contentLines(ics);
    std::vector<std::string> uids;
    for (const std::string& line : lines) {
        if (line.starts_with("UID:") && !line.ends_with("-alarm"))
            uids.push_back(line.substr(4));
    }
    const std::vector<std::string> onsets = observanceOnsets(lines);
    ASSERT_EQ(uids.size(), items.size());
    for (std::size_t i = 0; i + 1 < items.size(); ++i)
        EXPECT_EQ(uids[i], items[i].task.uid);
    EXPECT_EQ(uids.back(), "verbatim-last@example");
    EXPECT_THAT(lines, Contains("TZID:Europe/Berlin"));
    EXPECT_THAT(lines, Contains("TZID:America/New_York"));
    ASSERT_FALSE(onsets.empty());
    EXPECT_LE(*std::min_element(onsets.begin(), onsets.end()), "20250110T090000");
    EXPECT_EQ(ics, writeCalendar(items, berlinOptions())); // the same bytes every time
}

TEST(Writer, utcUserZoneWritesUtcTimesAndNoVtimezone)
{
    WriteOptions options = berlinOptions();
    options.userZone = Zone::utc();
    const std::string ics = write({thankYou()}, options);
    EXPECT_THAT(ics, Not(HasSubstr("VTIMEZONE")));
    EXPECT_THAT(ics, Not(HasSubstr("TZID")));
    EXPECT_THAT(contentLines(ics), Contains("DUE:20261104T130000Z"));
}

TEST(Writer, neverWritesAttendeeOrOrganizer)
{
    for (const Shape shape : {Shape::Todos, Shape::Events}) {
        const std::string ics = write({thankYou(), deliverable()}, berlinOptions(shape));
        EXPECT_THAT(ics, Not(HasSubstr("ATTENDEE")));
        EXPECT_THAT(ics, Not(HasSubstr("ORGANIZER")));
    }
}

TEST(Writer, allPropertiesComeBeforeTheAlarm)
{
    for (const Shape shape : {Shape::Todos, Shape::Events}) {
        const std::string uid = shape == Shape::Todos ? thankYou().uid : thankYou().uid + "-event";
        const std::vector<std::string> component =
            componentWithUid(write({thankYou()}, berlinOptions(shape)), uid);
        const auto alarm = std::find(component.begin(), component.end(), "BEGIN:VALARM");
        ASSERT_NE(alarm, component.end());
        const auto alarmEnd = std::find(alarm, component.end(), "END:VALARM");
        ASSERT_NE(alarmEnd, component.end());
        EXPECT_EQ(alarmEnd + 2, component.end()) << "something follows the VALARM";
    }
}

TEST(Writer, sameInputGivesIdenticalBytes)
{
    const std::vector<Task> tasks{deliverable(), thankYou()};
    for (const Shape shape : {Shape::Todos, Shape::Events})
        EXPECT_EQ(write(tasks, berlinOptions(shape)), write(tasks, berlinOptions(shape)));
}

TEST(Writer, dtstampComesFromTheOptions)
{
    WriteOptions options = berlinOptions();
    const std::vector<std::string> todo =
        componentWithUid(write({thankYou()}, options), thankYou().uid);
    EXPECT_THAT(todo, Contains("DTSTAMP:20261103T153007Z"));
    options.dtstamp = utc(2030, 1, 2, 3, 4);
    EXPECT_THAT(componentWithUid(write({thankYou()}, options), thankYou().uid),
                Contains("DTSTAMP:20300102T030400Z"));
}

TEST(Writer, todoCarriesTheTaskFieldsAndTheProductProperties)
{
    Task task = thankYou();
    task.ordinal = 2;
    task.sequence = 3;
    task.interview.recurrenceId = "20261103T130000Z";
    TaskToWrite item{task, {"a@x", task.uid, "b@x"}, {}};
    const std::vector<std::string> todo =
        componentWithUid(writeCalendar({item}, berlinOptions()), task.uid);

    EXPECT_THAT(todo, Contains("SEQUENCE:3"));
    EXPECT_THAT(todo, Contains("SUMMARY:Thank Jörg Müller"));
    EXPECT_THAT(todo, Contains("DESCRIPTION:Send a short note."));
    EXPECT_THAT(todo, Contains("DUE;TZID=Europe/Berlin:20261104T140000"));
    EXPECT_THAT(todo, Contains("STATUS:NEEDS-ACTION"));
    EXPECT_THAT(todo, Contains("PRIORITY:5"));
    EXPECT_THAT(todo, Contains("CATEGORIES:Job search"));
    EXPECT_THAT(todo, Contains("RELATED-TO;RELTYPE=PARENT:acme-1@example.com"));
    EXPECT_THAT(todo, Contains("X-IFU-RECURRENCE-ID:20261103T130000Z"));
    EXPECT_THAT(todo, Contains("CONTACT;ALTREP=\"mailto:joerg@acme.example\":Jörg Müller "
                               "<joerg@acme.example>"));
    EXPECT_THAT(todo, Contains("URL:mailto:joerg@acme.example?subject=Thank%20you"));
    EXPECT_THAT(todo, Contains("X-IFU-KIND:thank-you"));
    EXPECT_THAT(todo, Contains("X-IFU-ORDINAL:2"));
    EXPECT_THAT(todo, Contains("X-IFU-HASH:" + contentHash(task)));
    EXPECT_THAT(todo, Contains("X-IFU-ISSUED:a@x," + task.uid + ",b@x"));
}

TEST(Writer, statusNamesFollowRfc5545)
{
    Task completed = thankYou();
    completed.status = TaskStatus::Completed;
    Task cancelled = deliverable();
    cancelled.status = TaskStatus::Cancelled;
    const std::string ics = write({completed, cancelled}, berlinOptions());
    EXPECT_THAT(componentWithUid(ics, completed.uid), Contains("STATUS:COMPLETED"));
    EXPECT_THAT(componentWithUid(ics, cancelled.uid), Contains("STATUS:CANCELLED"));
}

TEST(Writer, taskWithoutPersonHasNoContactNorUrl)
{
    const std::vector<std::string> todo =
        componentWithUid(write({deliverable()}, berlinOptions()), deliverable().uid);
    EXPECT_EQ(lineStartingWith(todo, "CONTACT"), "");
    EXPECT_EQ(lineStartingWith(todo, "URL"), "");
}

TEST(Writer, phoneContactGetsTheTelUrlAsAltrep)
{
    Task task = thankYou();
    task.person = Person{"Ann", "", "+49 30 1234"};
    task.url = "tel:+49-30-1234";
    const std::vector<std::string> todo =
        componentWithUid(write({task}, berlinOptions()), task.uid);
    EXPECT_THAT(todo, Contains("CONTACT;ALTREP=\"tel:+49-30-1234\":Ann <+49 30 1234>"));
    EXPECT_THAT(todo, Contains("URL:tel:+49-30-1234"));
}

TEST(Writer, timedTodoAlarmIsRelativeToDueInHoursNotNominalDays)
{
    // Due Monday 30 March 2026 10:00 Berlin (CEST); alarm 48 real hours earlier, across the
    // spring change: "-P2D" would mean 10:00 on Saturday, an hour too early.
    Task task = thankYou();
    task.due = Due{utc(2026, 3, 30, 8)};
    task.alarm = utc(2026, 3, 28, 8) + 30min + 15s;
    const std::vector<std::string> todo =
        componentWithUid(write({task}, berlinOptions()), task.uid);
    EXPECT_THAT(todo, Contains("DUE;TZID=Europe/Berlin:20260330T100000"));
    EXPECT_THAT(todo, Contains("TRIGGER;RELATED=END:-PT47H29M45S"));
    EXPECT_THAT(todo, Contains("ACTION:DISPLAY"));
    EXPECT_THAT(todo, Contains("DESCRIPTION:" + task.summary));
    EXPECT_THAT(todo, Contains("UID:" + task.uid + "-alarm"));
}

TEST(Writer, alarmAtTheDueInstantIsAZeroTrigger)
{
    Task task = thankYou();
    task.alarm = std::get<Instant>(task.due.value);
    EXPECT_THAT(componentWithUid(write({task}, berlinOptions()), task.uid),
                Contains("TRIGGER;RELATED=END:PT0S"));
}

TEST(Writer, allDayTodoHasDateDueAndAbsoluteUtcTrigger)
{
    const std::vector<std::string> todo =
        componentWithUid(write({deliverable()}, berlinOptions()), deliverable().uid);
    EXPECT_THAT(todo, Contains("DUE;VALUE=DATE:20261110"));
    EXPECT_THAT(todo, Contains("TRIGGER;VALUE=DATE-TIME:20261109T080000Z"));
}

TEST(Writer, alarmAfterTimedDueIsWrittenAbsolute)
{
    Task task = thankYou();
    task.alarm = std::get<Instant>(task.due.value) + 1h;
    EXPECT_THAT(componentWithUid(write({task}, berlinOptions()), task.uid),
                Contains("TRIGGER;VALUE=DATE-TIME:20261104T140000Z"));
}

TEST(Writer, secondOccurrenceOfAnAmbiguousLocalTimeIsWrittenInUtc)
{
    // 25 October 2026, 02:30 Berlin happens twice; 01:30 UTC is the second (CET) one.
    Task task = thankYou();
    task.due = Due{utc(2026, 10, 25, 1, 30)};
    task.alarm = utc(2026, 10, 25, 0, 30);
    EXPECT_THAT(componentWithUid(write({task}, berlinOptions()), task.uid),
                Contains("DUE:20261025T013000Z"));
}

TEST(Writer, eventShapeIsA15MinuteTransparentEventAtTheDueTime)
{
    const Task task = thankYou();
    const std::vector<std::string> event =
        componentWithUid(write({task}, berlinOptions(Shape::Events)), task.uid + "-event");
    ASSERT_FALSE(event.empty());
    EXPECT_EQ(event.front(), "BEGIN:VEVENT");
    EXPECT_THAT(event, Contains("DTSTART;TZID=Europe/Berlin:20261104T140000"));
    EXPECT_THAT(event, Contains("DTEND;TZID=Europe/Berlin:20261104T141500"));
    EXPECT_THAT(event, Contains("TRANSP:TRANSPARENT"));
    EXPECT_THAT(event, Contains("X-IFU-STATUS:NEEDS-ACTION"));
    EXPECT_THAT(event, Contains("X-IFU-HASH:" + contentHash(task)));
    EXPECT_EQ(lineStartingWith(event, "STATUS"), "");
    EXPECT_EQ(lineStartingWith(event, "DUE"), "");
    EXPECT_EQ(lineStartingWith(event, "X-IFU-DUE"), "");
    EXPECT_THAT(event, Contains("TRIGGER:-PT4H")); // alarm 09:00 UTC, start 13:00 UTC
}

TEST(Writer, allDayEventStartsAtTheConfiguredLocalTimeAndKeepsTheDate)
{
    WriteOptions options = berlinOptions(Shape::Events);
    options.allDayStart = TimeOfDay{8 * 60 + 30};
    const Task task = deliverable();
    const std::vector<std::string> event =
        componentWithUid(write({task}, options), task.uid + "-event");
    EXPECT_THAT(event, Contains("DTSTART;TZID=Europe/Berlin:20261110T083000"));
    EXPECT_THAT(event, Contains("DTEND;TZID=Europe/Berlin:20261110T084500"));
    EXPECT_THAT(event, Contains("X-IFU-DUE:20261110"));
    // Alarm 9 Nov 08:00 UTC; start 10 Nov 07:30 UTC: 23 h 30 min before.
    EXPECT_THAT(event, Contains("TRIGGER:-PT23H30M"));
}

// Issue 13: an all-day task due on the interview's day started its event at 09:00 with the alarm
// at the start, five hours before the interview ended, although the task's alarm was (rightly)
// at the interview's end. The event starts at the task's alarm when that is later than the due
// time, so its alarm instant is always the task's (SPEC §5).
TEST(Writer, anEventStartsAtTheTasksAlarmWhenThatIsLaterThanTheDueTime)
{
    Task sameDay = deliverable();
    sameDay.alarm = wallClock(zoneNamed("Europe/Berlin"), 2026, 11, 10, 15); // the interview's end
    std::vector<std::string> event =
        componentWithUid(write({sameDay}, berlinOptions(Shape::Events)), sameDay.uid + "-event");
    EXPECT_THAT(event, Contains("DTSTART;TZID=Europe/Berlin:20261110T150000"));
    EXPECT_THAT(event, Contains("DTEND;TZID=Europe/Berlin:20261110T151500"));
    EXPECT_THAT(event, Contains("X-IFU-DUE:20261110"));
    EXPECT_THAT(event, Contains("TRIGGER:PT0S"));

    // A timed due before its alarm: the event starts at the alarm and keeps the due instant.
    Task timed = thankYou();
    timed.alarm = std::get<Instant>(timed.due.value) + 2h;
    event = componentWithUid(write({timed}, berlinOptions(Shape::Events)), timed.uid + "-event");
    EXPECT_THAT(event, Contains("DTSTART;TZID=Europe/Berlin:20261104T160000"));
    EXPECT_THAT(event, Contains("X-IFU-DUE:20261104T130000Z"));
    EXPECT_THAT(event, Contains("TRIGGER:PT0S"));
}

// Issue 13: cancelled and completed tasks kept an active VALARM in both shapes, and reminder
// daemons (KCalendarCore's alarms() returns them) fired them.
TEST(Writer, cancelledAndCompletedTasksCarryNoAlarmInEitherShape)
{
    Task cancelled = thankYou();
    cancelled.status = TaskStatus::Cancelled;
    Task completed = deliverable();
    completed.status = TaskStatus::Completed;
    for (const Shape shape : {Shape::Todos, Shape::Events}) {
        const std::string suffix = shape == Shape::Events ? "-event" : "";
        const std::string ics = write({cancelled, completed, thankYou()}, berlinOptions(shape));
        EXPECT_THAT(componentWithUid(ics, cancelled.uid + suffix), Not(Contains("BEGIN:VALARM")));
        EXPECT_THAT(componentWithUid(ics, completed.uid + suffix), Not(Contains("BEGIN:VALARM")));
        EXPECT_EQ(std::count(ics.begin(), ics.end(), '\n') > 0, true);
        EXPECT_THAT(ics, HasSubstr("BEGIN:VALARM")); // the open one keeps its own
    }
}

TEST(Writer, cancelledTaskGivesCancelledEventAndCompletedKeepsItsStatusInXProperty)
{
    Task cancelled = thankYou();
    cancelled.status = TaskStatus::Cancelled;
    Task completed = deliverable();
    completed.status = TaskStatus::Completed;
    const std::string ics = write({cancelled, completed}, berlinOptions(Shape::Events));
    const std::vector<std::string> first = componentWithUid(ics, cancelled.uid + "-event");
    EXPECT_THAT(first, Contains("STATUS:CANCELLED"));
    EXPECT_THAT(first, Contains("X-IFU-STATUS:CANCELLED"));
    const std::vector<std::string> second = componentWithUid(ics, completed.uid + "-event");
    EXPECT_EQ(lineStartingWith(second, "STATUS"), "");
    EXPECT_THAT(second, Contains("X-IFU-STATUS:COMPLETED"));
}

TEST(Writer, verbatimTodoIsKeptAsGivenWithCrlfAndItsZoneDefined)
{
    const std::string verbatim = "BEGIN:VTODO\n"
                                 "UID:user-edited@example\n"
                                 "DTSTAMP:20261101T000000Z\n"
                                 "SUMMARY:Edited by me\n"
                                 "DUE;TZID=America/New_York:20261105T090000\n"
                                 "X-SOMETHING;X-P=1:kept\n"
                                 "END:VTODO\n";
    TaskToWrite item{thankYou(), {}, verbatim};
    const std::string ics =
        writeCalendar({item, TaskToWrite{deliverable(), {}, {}}}, berlinOptions());
    std::string expected = verbatim;
    for (std::size_t at = 0; (at = expected.find('\n', at)) != std::string::npos; at += 2)
        expected.replace(at, 1, "\r\n");
    EXPECT_THAT(ics, HasSubstr(expected));
    EXPECT_THAT(contentLines(ics), Contains("TZID:America/New_York"));
    EXPECT_THAT(ics, Not(HasSubstr(thankYou().uid)));
    EXPECT_THAT(ics, HasSubstr(deliverable().uid));
}

TEST(Writer, verbatimTodoWithAWindowsZoneNameGetsAVtimezoneUnderThatName)
{
    const std::string verbatim = "BEGIN:VTODO\r\n"
                                 "UID:outlook-edited@example\r\n"
                                 "DTSTAMP:20261101T000000Z\r\n"
                                 "DUE;TZID=\"W. Europe Standard Time\":20261105T090000\r\n"
                                 "END:VTODO\r\n";
    const std::vector<std::string> lines =
        contentLines(writeCalendar({TaskToWrite{thankYou(), {}, verbatim}}, berlinOptions()));
    EXPECT_THAT(lines, Contains("TZID:W. Europe Standard Time"));
    EXPECT_THAT(lines, Contains("DUE;TZID=\"W. Europe Standard Time\":20261105T090000"));
}

TEST(Writer, verbatimTodoWithAnUnknownZoneIsStillWritten)
{
    const std::string verbatim = "BEGIN:VTODO\r\nUID:odd@example\r\n"
                                 "DUE;TZID=Customized Time Zone:20261105T090000\r\nEND:VTODO\r\n";
    const std::string ics = writeCalendar({TaskToWrite{thankYou(), {}, verbatim}}, berlinOptions());
    EXPECT_THAT(ics, HasSubstr(verbatim));
    EXPECT_THAT(ics, Not(HasSubstr("BEGIN:VTIMEZONE")));
}

// A kept task stays in the shape it was found in: regenerating it as an event rewrote another
// app's to-do as a reminder event (issue 11).
TEST(Writer, verbatimIsWrittenAsFoundInEitherShape)
{
    const std::string verbatim = "BEGIN:VTODO\r\nUID:user-edited@example\r\nEND:VTODO\r\n";
    const std::string ics =
        writeCalendar({TaskToWrite{thankYou(), {}, verbatim}}, berlinOptions(Shape::Events));
    EXPECT_THAT(ics, HasSubstr(verbatim));
    EXPECT_THAT(ics, Not(HasSubstr("BEGIN:VEVENT")));
}

// Verbatim means the bytes as found: not re-folded, not re-encoded; only line ends become CRLF.
TEST(Writer, verbatimKeepsLongLinesAndInvalidUtf8AndGetsCrlf)
{
    const std::string longLine = "X-NOTE:" + std::string(120, 'n');
    const std::string verbatim = "BEGIN:VTODO\nUID:caf\xE9@example\n" + longLine + "\nEND:VTODO\n";
    const std::string ics = writeCalendar({TaskToWrite{thankYou(), {}, verbatim}}, berlinOptions());
    EXPECT_THAT(
        ics, HasSubstr("BEGIN:VTODO\r\nUID:caf\xE9@example\r\n" + longLine + "\r\nEND:VTODO\r\n"));
}

TEST(Writer, keptContentComesBackAsFoundAroundTheTasks)
{
    KeptContent kept;
    kept.calendarProperties = {"X-WR-CALNAME:Follow-ups\r\n", "X-APPLE-LONG:a\r\n b\r\n"};
    const std::string custom = "BEGIN:VTIMEZONE\r\nTZID:Customized Time Zone\r\n"
                               "BEGIN:STANDARD\r\nDTSTART:16010101T000000\r\nTZOFFSETFROM:+0130\r\n"
                               "TZOFFSETTO:+0130\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";
    const std::string event = "BEGIN:VEVENT\r\nUID:dentist@example\r\nEND:VEVENT\r\n";
    kept.components = {{"VTIMEZONE", "Customized Time Zone", custom}, {"VEVENT", "", event}};
    const std::string ics = writeCalendar({TaskToWrite{thankYou(), {}, {}}}, berlinOptions(), kept);

    EXPECT_THAT(ics, HasSubstr("CALSCALE:GREGORIAN\r\nX-WR-CALNAME:Follow-ups\r\n"
                               "X-APPLE-LONG:a\r\n b\r\n"));
    EXPECT_THAT(ics, HasSubstr(custom));
    EXPECT_THAT(ics, HasSubstr("TZID:Europe/Berlin")); // the product's own, generated
    EXPECT_LT(ics.find(custom), ics.find("BEGIN:VTODO"));
    EXPECT_GT(ics.find(event), ics.find("END:VTODO"));
    EXPECT_EQ(contentLines(ics).back(), "END:VCALENDAR");
}

// An update regenerates the product's properties and alarm; what the user's apps added to the
// stored copy stays as it was (issue 11: unknown properties are not the product's to drop).
TEST(Writer, aReplacedTaskKeepsWhatTheProductDoesNotOwn)
{
    const std::string stored = "BEGIN:VTODO\r\n"
                               "UID:" +
                               thankYou().uid +
                               "\r\n"
                               "SUMMARY:old summary\r\n"
                               "LAST-MODIFIED:20261101T000000Z\r\n"
                               "X-MOZ-GENERATION:3\r\n"
                               "LOCATION:Caf\xE9\r\n"
                               "X-APP-NOTE:a long note that\r\n"
                               " continues here\r\n"
                               "RELATED-TO:old-interview\r\n"
                               "RELATED-TO;RELTYPE=SIBLING:other-task\r\n"
                               "X-IFU-HASH:0\r\n"
                               "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT1H\r\nEND:VALARM\r\n"
                               "BEGIN:X-APP-DATA\r\nX-A:1\r\nEND:X-APP-DATA\r\n"
                               "END:VTODO\r\n";
    for (const Shape shape : {Shape::Todos, Shape::Events}) {
        TaskToWrite item{thankYou(), {}, {}};
        item.replaces = stored;
        const std::string ics = writeCalendar({item}, berlinOptions(shape));
        const auto lines = contentLines(ics);
        for (const char* kept :
             {"X-MOZ-GENERATION:3", "LOCATION:Caf\xE9", "X-APP-NOTE:a long note thatcontinues here",
              "RELATED-TO;RELTYPE=SIBLING:other-task", "BEGIN:X-APP-DATA"})
            EXPECT_THAT(lines, Contains(kept));
        for (const char* gone :
             {"old summary", "LAST-MODIFIED", "old-interview", "X-IFU-HASH:0\r\n", "TRIGGER:-PT1H"})
            EXPECT_THAT(ics, Not(HasSubstr(gone)));
        EXPECT_EQ(std::count(lines.begin(), lines.end(), "BEGIN:VALARM"), 1);
        // Properties before sub-components; the carried component after the alarm.
        const auto position = [&](const std::string& line) {
            return std::find(lines.begin(), lines.end(), line) - lines.begin();
        };
        EXPECT_LT(position("LOCATION:Caf\xE9"), position("BEGIN:VALARM"));
        EXPECT_GT(position("BEGIN:X-APP-DATA"), position("END:VALARM"));
    }
}

// The product's times use the zone it generates from the tz data, covering every instant written;
// a kept VTIMEZONE of the same TZID (the one an earlier run wrote) is replaced, never doubled.
TEST(Writer, aKeptVtimezoneOfTheUsersZoneIsReplacedByTheGeneratedOne)
{
    KeptContent kept;
    kept.components = {{"VTIMEZONE", "Europe/Berlin",
                        "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nX-OLD:1\r\n"
                        "END:VTIMEZONE\r\n"}};
    const std::string ics = writeCalendar({TaskToWrite{thankYou(), {}, {}}}, berlinOptions(), kept);
    const auto lines = contentLines(ics);
    EXPECT_EQ(std::count(lines.begin(), lines.end(), "TZID:Europe/Berlin"), 1);
    EXPECT_THAT(ics, Not(HasSubstr("X-OLD")));
}

TEST(Writer, noTasksGivesAValidEmptyCalendar)
{
    const std::vector<std::string> lines = contentLines(writeCalendar({}, berlinOptions()));
    ASSERT_EQ(lines.size(), 5u);
    EXPECT_EQ(lines[0], "BEGIN:VCALENDAR");
    EXPECT_EQ(lines[1], "VERSION:2.0");
    EXPECT_THAT(lines[2], ::testing::StartsWith("PRODID:"));
    EXPECT_EQ(lines[3], "CALSCALE:GREGORIAN");
    EXPECT_EQ(lines[4], "END:VCALENDAR");
}

// ---- round trip through the task reader ----

std::vector<TaskToWrite> roundTripTasks()
{
    Task acrossDst = thankYou();
    acrossDst.uid = "ifu-thank-you-2@interview-followups";
    acrossDst.summary =
        "Thank the panel; 面接のお礼 🎉, with \\ and a long tail " + std::string(80, 'z');
    acrossDst.description = "first\nsecond, third; fourth";
    acrossDst.due = Due{utc(2026, 3, 30, 8)};
    acrossDst.alarm = utc(2026, 3, 28, 8);
    acrossDst.ordinal = 2;
    acrossDst.sequence = 4;
    acrossDst.categories = {"Job search", "Bewerbung; Übung"};
    Task completed = deliverable();
    completed.uid = "ifu-feedback-1@interview-followups";
    completed.kind = TaskKind::Feedback;
    completed.status = TaskStatus::Completed;
    Task cancelled = thankYou();
    cancelled.uid = "ifu-follow-up-3@interview-followups";
    cancelled.kind = TaskKind::FollowUp;
    cancelled.status = TaskStatus::Cancelled;

    // Reminders later than the due time: the reminder event starts at them, and X-IFU-DUE keeps
    // the due (a date, or the timed instant).
    Task sameDay = deliverable();
    sameDay.uid = "ifu-deliverable-2@interview-followups";
    sameDay.alarm = utc(2026, 11, 10, 14);
    Task lateAlarm = thankYou();
    lateAlarm.uid = "ifu-thank-you-3@interview-followups";
    lateAlarm.alarm = std::get<Instant>(lateAlarm.due.value) + 3h;
    Task noAlarm = thankYou();
    noAlarm.uid = "ifu-thank-you-4@interview-followups";
    noAlarm.alarm.reset();

    std::vector<TaskToWrite> items;
    const std::vector<std::string> issued{thankYou().uid, deliverable().uid, acrossDst.uid};
    for (const Task& task :
         {thankYou(), deliverable(), acrossDst, completed, cancelled, sameDay, lateAlarm, noAlarm})
        items.push_back(TaskToWrite{task, issued, {}});
    return items;
}

class WriterRoundTrip : public ::testing::TestWithParam<Shape>
{
};

TEST_P(WriterRoundTrip, readTasksGivesBackTheTasksAndTheirHashes)
{
    const std::vector<TaskToWrite> items = roundTripTasks();
    const WriteOptions options = berlinOptions(GetParam());
    const TasksRead read = readTasks(writeCalendar(items, options), "tasks.ics", options.userZone);
    ASSERT_FALSE(read.error.has_value());
    EXPECT_TRUE(read.warnings.empty());
    ASSERT_EQ(read.tasks.size(), items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const ExistingTask& existing = read.tasks[i];
        expectSameTask(existing.task, items[i].task);
        EXPECT_EQ(existing.recordedHash, contentHash(items[i].task));
        EXPECT_EQ(existing.recordedHash, contentHash(existing.task)) << "would look user-edited";
        EXPECT_EQ(existing.issuedSiblings, items[i].issuedSiblings);
    }
}

INSTANTIATE_TEST_SUITE_P(BothShapes, WriterRoundTrip,
                         ::testing::Values(Shape::Todos, Shape::Events), [](const auto& shape) {
                             return shape.param == Shape::Todos ? "Todos" : "Events";
                         });

TEST(WriterRoundTrip, verbatimTaskSurvivesAReadAndAWrite)
{
    // The reader keeps a task's text; writing it verbatim and reading again changes nothing.
    const WriteOptions options = berlinOptions();
    const TasksRead first =
        readTasks(writeCalendar(roundTripTasks(), options), "tasks.ics", options.userZone);
    std::vector<TaskToWrite> again;
    for (const ExistingTask& existing : first.tasks)
        again.push_back(TaskToWrite{existing.task, existing.issuedSiblings, existing.originalText});
    const std::string ics = writeCalendar(again, options);
    const TasksRead second = readTasks(ics, "tasks.ics", options.userZone);
    ASSERT_EQ(second.tasks.size(), first.tasks.size());
    for (std::size_t i = 0; i < first.tasks.size(); ++i) {
        expectSameTask(second.tasks[i].task, first.tasks[i].task);
        EXPECT_EQ(second.tasks[i].recordedHash, first.tasks[i].recordedHash);
    }
    for (const std::string& line : physicalLines(ics))
        EXPECT_LE(line.size(), 75u) << line;
}

// ---- a task the user closed loses its alarms, nothing else (ReconcileAction::SilenceAlarm) ----

TEST(WithoutAlarms, dropsEveryAlarmAndKeepsEveryOtherByteAsItWas)
{
    const std::string todo =
        "BEGIN:VTODO\r\n"
        "UID:t1\r\n"
        "SUMMARY:Thank Jane\r\n"
        "STATUS:CANCELLED\r\n"
        "BEGIN:VALARM\r\n"
        "ACTION:DISPLAY\r\n"
        "DESCRIPTION:Thank Jane – a long reminder text that an app folded onto\r\n"
        " a second line\r\n"
        "TRIGGER;VALUE=DATE-TIME:20261202T090000Z\r\n"
        "END:VALARM\r\n"
        "X-MOZ-LASTACK:20261201T100000Z\r\n"
        "begin:valarm\r\n" // another app, in lower case
        "ACTION:AUDIO\r\n"
        "TRIGGER:-PT15M\r\n"
        "end:valarm\r\n"
        "DESCRIPTION:Notes that mention BEGIN:VALARM stay\r\n"
        " BEGIN:VALARM (a continuation line is no component)\r\n"
        "END:VTODO\r\n";
    EXPECT_EQ(withoutAlarms(todo), "BEGIN:VTODO\r\n"
                                   "UID:t1\r\n"
                                   "SUMMARY:Thank Jane\r\n"
                                   "STATUS:CANCELLED\r\n"
                                   "X-MOZ-LASTACK:20261201T100000Z\r\n"
                                   "DESCRIPTION:Notes that mention BEGIN:VALARM stay\r\n"
                                   " BEGIN:VALARM (a continuation line is no component)\r\n"
                                   "END:VTODO\r\n");
}

TEST(WithoutAlarms, leavesAComponentWithoutAlarmsAndBareLineFeedsAlone)
{
    const std::string noAlarm = "BEGIN:VTODO\r\nUID:t2\r\nSTATUS:COMPLETED\r\nEND:VTODO\r\n";
    EXPECT_EQ(withoutAlarms(noAlarm), noAlarm);
    EXPECT_EQ(withoutAlarms("BEGIN:VEVENT\nUID:e1\nBEGIN:VALARM\nTRIGGER:-PT5M\nEND:VALARM\n"
                            "END:VEVENT\n"),
              "BEGIN:VEVENT\nUID:e1\nEND:VEVENT\n");
    EXPECT_EQ(withoutAlarms(""), "");
}

} // namespace
} // namespace followups::ical
