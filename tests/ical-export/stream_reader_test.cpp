// The streaming reader (readInterviewEvents, ical-export/src/stream_reader.cpp): what it reads of a
// calendar given in chunks, what it skips, and how it hands over its batches. That planning what
// it reads gives what planning the whole file gives is streaming_differential_test's.
#include "streamed_read.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <set>
#include <stdexcept>

namespace followups::testing
{
namespace
{

using namespace std::chrono;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

ical::StreamOptions streamOptions(size_t chunkSize = 4096)
{
    return {{Zone::utc(), {sys_days{year{2026} / 1 / 1}, sys_days{year{2028} / 1 / 1}}},
            defaultInterviewKeywords(),
            chunkSize};
}

std::string vevent(const std::string& uid, const std::string& summary, const std::string& rest = {})
{
    return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nSUMMARY:" + summary + "\r\n" +
           (rest.find("DTSTART") == std::string::npos ? "DTSTART:20261125T140000Z\r\n" : "") +
           rest + "END:VEVENT\r\n";
}

std::string vcalendar(const std::string& components)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + components +
           "END:VCALENDAR\r\n";
}

// A zone whose LAST-MODIFIED libical cannot read (line 6 of the calendar when it comes first):
// a warning every batch reading the zone gives.
const std::string officeZone = "BEGIN:VTIMEZONE\r\n"
                               "TZID:Office\r\n"
                               "LAST-MODIFIED:yesterday\r\n"
                               "BEGIN:STANDARD\r\n"
                               "DTSTART:19700101T000000\r\n"
                               "TZOFFSETFROM:+0100\r\n"
                               "TZOFFSETTO:+0100\r\n"
                               "END:STANDARD\r\n"
                               "END:VTIMEZONE\r\n";

std::vector<std::string> warningTexts(const Warnings& warnings)
{
    std::vector<std::string> texts;
    for (const auto& warning : warnings)
        texts.push_back(formatWarning(warning));
    return texts;
}

// The UIDs of `events` in order, each once.
std::vector<std::string> distinctUids(const std::vector<CalendarEvent>& events)
{
    std::vector<std::string> uids;
    for (const auto& event : events) {
        if (std::find(uids.begin(), uids.end(), event.uid) == uids.end())
            uids.push_back(event.uid);
    }
    return uids;
}

// `count` interviews, every eighth with a series of another title sharing its UID (counting
// every event, the 57th UID's would be the 64th and 65th).
std::string manyInterviews(int count, const std::string& start = "DTSTART:20261125T140000Z\r\n")
{
    // The override replaces the series' first occurrence.
    const auto overridingFirst = "RECURRENCE-ID" + start.substr(std::string_view("DTSTART").size());
    std::string components;
    for (int i = 0; i < count; ++i) {
        const auto uid = "interview-" + std::to_string(i) + "@example.com";
        if (i % 8 == 0)
            components += vevent(uid, "Team sync", start + "RRULE:FREQ=WEEKLY;COUNT=2\r\n");
        components += vevent(uid, "Interview: Acme " + std::to_string(i),
                             start + (i % 8 == 0 ? overridingFirst : ""));
    }
    return components;
}

// An event's start when it is an instant (a zone given, or UTC), as RFC 3339.
std::string startOf(const CalendarEvent& event)
{
    const auto* instant = event.start ? std::get_if<Instant>(&event.start->value) : nullptr;
    return instant ? formatRfc3339(*instant, Zone::utc()) : "";
}

TEST(StreamReader, countsEveryEventButReturnsOnlyCandidatesAndTheirUids)
{
    const auto text = vcalendar(
        vevent("lunch@example.com", "Lunch") +
        // The override is the interview; its series, later in the file, has another title.
        vevent("series@example.com", "Interview: Acme", "RECURRENCE-ID:20261202T140000Z\r\n") +
        vevent("gym@example.com", "Gym", "RRULE:FREQ=WEEKLY;COUNT=3\r\n") +
        vevent("series@example.com", "Weekly sync",
               "DTSTART:20261125T140000Z\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\n") +
        vevent("phone@example.com", "Phone screen with Initech"));
    const auto read = readStreamed(text, "mixed.ics", streamOptions());
    EXPECT_EQ(read.eventCount, 5u);
    EXPECT_THAT(distinctUids(read.events), ElementsAre("series@example.com", "phone@example.com"));
    std::multiset<std::string> summaries;
    for (const auto& event : read.events)
        summaries.insert(event.summary);
    // The series' first and third occurrences, its overridden second, the phone screen.
    EXPECT_EQ(summaries, (std::multiset<std::string>{"Interview: Acme", "Phone screen with Initech",
                                                     "Weekly sync", "Weekly sync"}));
    EXPECT_EQ(read.seriesUids, std::set<std::string>{"series@example.com"});
    EXPECT_THAT(read.warnings, IsEmpty());
    EXPECT_FALSE(read.error);
}

TEST(StreamReader, givesNoWarningsForTheEventsItSkips)
{
    const auto text =
        vcalendar(vevent("lunch@example.com", "Lunch", "DTSTART:tomorrow\r\n") +
                  vevent("interview@example.com", "Interview: Acme", "DTEND:soon\r\n"));
    // Read whole, the lunch (lines 4 to 8) has two warnings and the interview one.
    const auto full = ical::readEvents(text, "bad.ics", streamOptions().read);
    std::vector<std::string> ofTheInterview;
    for (const auto& warning : full.warnings) {
        if (warning.where.line >= 9)
            ofTheInterview.push_back(formatWarning(warning));
    }
    EXPECT_EQ(full.warnings.size(), 3u);
    EXPECT_THAT(ofTheInterview, ElementsAre(HasSubstr("bad.ics:13:")));
    const auto streamed = readStreamed(text, "bad.ics", streamOptions());
    EXPECT_EQ(streamed.eventCount, 2u);
    EXPECT_EQ(warningTexts(streamed.warnings), ofTheInterview);
}

TEST(StreamReader, handsOverBatchesOfAtMost64UidsNeverSplittingOne)
{
    const int interviews = 150;
    const auto text = vcalendar(manyInterviews(interviews));
    auto options = streamOptions();
    std::vector<std::vector<std::string>> batches;
    options.takeEvents = [&](std::vector<CalendarEvent>&& events) {
        batches.push_back(distinctUids(events));
    };
    const auto read = readStreamed(text, "many.ics", options);
    EXPECT_THAT(read.events, IsEmpty());
    ASSERT_EQ(batches.size(), 3u);
    std::vector<std::string> inOrder;
    for (const auto& batch : batches) {
        EXPECT_LE(batch.size(), 64u);
        inOrder.insert(inOrder.end(), batch.begin(), batch.end());
    }
    // Each UID in one batch only, in the order of the file.
    ASSERT_EQ(inOrder.size(), static_cast<size_t>(interviews));
    for (int i = 0; i < interviews; ++i)
        EXPECT_EQ(inOrder[i], "interview-" + std::to_string(i) + "@example.com");
}

TEST(StreamReader, readsTheSameWhateverTheChunkSize)
{
    // Chunk boundaries fall inside lines, names and a two-byte character.
    const auto text = "BEGIN:VCALENDAR\r\nX-WR-CALNAME:jane@example.org\r\n" + officeZone +
                      manyInterviews(70, "DTSTART;TZID=Office:20261125T140000\r\n") +
                      vevent("zurich@example.com", "Interview: Zürich office", "DTSTART:bad\r\n") +
                      "END:VCALENDAR\r\n";
    const auto describe = [](const ical::EventsRead& read) {
        std::string described = std::to_string(read.eventCount) + " events\n";
        for (const auto& event : read.events)
            described += event.uid + "|" + event.recurrenceId.value_or("") + "|" +
                         std::to_string(event.where.line) + "|" + event.summary + "|" +
                         startOf(event) + "\n";
        for (const auto& warning : read.warnings)
            described += formatWarning(warning) + "\n";
        for (const auto& name : read.calendarNames)
            described += name.value + "@" + std::to_string(name.where.line) + "\n";
        return described;
    };
    const auto whole = describe(readStreamed(text, "chunks.ics", streamOptions(text.size())));
    // What is compared holds the events, the zone's and an event's warnings, the calendar's name.
    EXPECT_THAT(whole, HasSubstr("|Interview: Zürich office|"));
    EXPECT_THAT(whole, HasSubstr("chunks.ics:5: skipped what could not be read"));
    EXPECT_THAT(whole, HasSubstr("skipped what could not be read: Can't parse as DATE-TIME value "
                                 "in DTSTART property. Removing entire property: bad"));
    EXPECT_THAT(whole, HasSubstr("jane@example.org@2\n"));
    for (const size_t chunkSize : {1, 2, 3, 64, 4096}) {
        SCOPED_TRACE("in chunks of " + std::to_string(chunkSize));
        EXPECT_EQ(describe(readStreamed(text, "chunks.ics", streamOptions(chunkSize))), whole);
    }
}

TEST(StreamReader, letsAnInputErrorReachTheCaller)
{
    // The zone first: a thread is preparing it when reading fails.
    const auto text = vcalendar(officeZone + manyInterviews(20));
    size_t position = 0;
    const auto failingHalfway = [&](char* buffer, size_t capacity) -> size_t {
        if (position > text.size() / 2)
            throw std::runtime_error("input/output error");
        const size_t count = std::min(capacity, text.size() - position);
        std::copy_n(text.data() + position, count, buffer);
        position += count;
        return count;
    };
    EXPECT_THROW(ical::readInterviewEvents(failingHalfway, "failing.ics", streamOptions(64)),
                 std::runtime_error);
}

TEST(StreamReader, warnsOfATimezoneOnceAcrossBatches)
{
    // 130 interviews in that zone: three batches read it.
    const auto text =
        vcalendar(officeZone + manyInterviews(130, "DTSTART;TZID=Office:20261125T140000\r\n"));
    size_t batches = 0;
    auto options = streamOptions();
    options.takeEvents = [&](std::vector<CalendarEvent>&&) { ++batches; };
    const auto read = readStreamed(text, "zone.ics", options);
    EXPECT_EQ(batches, 3u);
    ASSERT_EQ(read.warnings.size(), 1u);
    EXPECT_EQ(read.warnings[0].where.line, 6);
    EXPECT_THAT(read.warnings[0].message, HasSubstr("yesterday"));
}

} // namespace
} // namespace followups::testing
