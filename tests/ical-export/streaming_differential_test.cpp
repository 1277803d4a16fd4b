// The streaming reader (readInterviewEvents) against the full parse (readEvents): planning what
// each gives must give the same bytes, on every file of the shared corpus, on the repository's .ics
// fixtures, on generated calendars and on crafted cases, whatever the chunk size (a chunk boundary
// may fall inside a line, inside "BEGIN:VEVENT" or inside a UTF-8 character).
#include "ical_corpus.h"
#include "random_calendar.h"
#include "repository_calendars.h"
#include "streamed_read.h"

#include <array>
#include <filesystem>
#include <gtest/gtest.h>
#include <sstream>

namespace followups::testing
{
namespace
{

using namespace std::chrono;

const Zone berlin = Zone::fromId("Europe/Berlin").value();
const Instant now = sys_days{year{2026} / 11 / 22} + hours{9};
// Wide enough for every corpus file (they span 2003 to 2030).
const TimeRange window{sys_days{year{1990} / 1 / 1}, sys_days{year{2040} / 1 / 1}};

Policy testPolicy()
{
    auto policy = defaultPolicy(berlin);
    policy.myAddresses = {"me@example.org"};
    return policy;
}

// Every streamed warning is one the full parse gives too (the streaming reader does not read the
// events it skips, so it may give fewer), except those of the reader's own checks (a truncated
// component, the limits of docs/ics-format.md), which the full parse lacks.
std::vector<std::string> sortedLines(const std::string& text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    std::sort(lines.begin(), lines.end());
    return lines;
}

constexpr std::array readerOwnChecks{"not closed before the end of the file", "nested deeper than",
                                     "longer than 1 MiB", "larger than 8 MiB"};

void expectWarningsFromFullParse(const Warnings& streamed, const Warnings& full)
{
    std::vector<std::string> fullTexts;
    for (const auto& warning : full)
        fullTexts.push_back(formatWarning(warning));
    for (const auto& warning : streamed) {
        const auto text = formatWarning(warning);
        const bool limit =
            std::any_of(readerOwnChecks.begin(), readerOwnChecks.end(),
                        [&](const char* check) { return text.find(check) != std::string::npos; });
        if (limit)
            continue;
        EXPECT_NE(std::find(fullTexts.begin(), fullTexts.end(), text), fullTexts.end())
            << "only the streaming reader warns: " << text;
    }
}

void expectSamePlan(const std::string& text, const std::string& name,
                    const std::vector<size_t>& chunkSizes = {1, 7, 64, 4096, 256 * 1024})
{
    const auto policy = testPolicy();
    const ical::ReadOptions readOptions{berlin, window};
    const auto full = ical::readEvents(text, name, readOptions);
    const auto expected = plannedText(full.events, policy, now, window);
    for (const auto chunkSize : chunkSizes) {
        SCOPED_TRACE(name + " in chunks of " + std::to_string(chunkSize));
        const auto streamed =
            readStreamed(text, name, {readOptions, policy.keywords.interview, chunkSize});
        ASSERT_EQ(streamed.error.has_value(), full.error.has_value());
        if (full.error) {
            EXPECT_EQ(formatWarning(*streamed.error), formatWarning(*full.error));
            continue;
        }
        const auto actual = plannedText(streamed.events, policy, now, window);
        EXPECT_EQ(actual.interviews, expected.interviews);
        // What the summary line and who-the-user-is read: every event counted, every name kept.
        EXPECT_EQ(streamed.eventCount, full.eventCount);
        ASSERT_EQ(streamed.calendarNames.size(), full.calendarNames.size());
        for (size_t i = 0; i < full.calendarNames.size(); ++i) {
            EXPECT_EQ(streamed.calendarNames[i].value, full.calendarNames[i].value);
            EXPECT_EQ(streamed.calendarNames[i].where.line, full.calendarNames[i].where.line);
        }
        // In the same order unless the events were read in several batches.
        EXPECT_EQ(sortedLines(actual.warnings), sortedLines(expected.warnings));
        EXPECT_EQ(actual.ics, expected.ics);
        expectWarningsFromFullParse(streamed.warnings, full.warnings);
    }
}

TEST(StreamingDifferential, everyCorpusFile)
{
    const auto files = icalCorpusFiles();
    ASSERT_GE(files.size(), 20u);
    for (const auto& file : files)
        expectSamePlan(readBytes(file), file.filename().string());
}

// Every .ics of the repository's tests and examples (fuzz seeds included).
TEST(StreamingDifferential, everyFixture)
{
    const auto files = repositoryCalendars(FOLLOWUPS_SOURCE_TREE);
    EXPECT_GE(files.size(), 1U);
    for (const auto& file : files)
        expectSamePlan(readBytes(file), file.filename().string(), {1, 64, 256 * 1024});
}

TEST(StreamingDifferential, generatedCalendars)
{
    for (unsigned seed = 1; seed <= 6; ++seed) {
        const RandomCalendarShape shape{seed % 2 == 0, seed % 3 == 0};
        const auto text = RandomCalendar(seed, shape).make(300);
        expectSamePlan(text, "generated-" + std::to_string(seed) + ".ics", {1, 7, 64, 256 * 1024});
    }
}

// More events that may be interviews than libical is given at once (stream_reader.cpp's batches).
TEST(StreamingDifferential, generatedCalendarReadInBatches)
{
    expectSamePlan(RandomCalendar(99, {}).make(2500), "batches.ics", {64 * 1024});
}

TEST(StreamingDifferential, generatedCalendarsPlanInterviews)
{
    // The comparison above means something only if there is something to compare.
    const auto text = RandomCalendar(42, {}).make(300);
    const auto policy = testPolicy();
    const auto streamed =
        readStreamed(text, "gen.ics", {{berlin, window}, policy.keywords.interview});
    const auto planned = plannedText(streamed.events, policy, now, window);
    EXPECT_GT(std::count(planned.interviews.begin(), planned.interviews.end(), '\n'), 40);
    EXPECT_NE(planned.interviews.find("cancelled"), std::string::npos);
    EXPECT_NE(planned.ics.find("BEGIN:VTODO"), std::string::npos);
}

std::string wrapped(const std::string& body, const std::string& end = "\r\n")
{
    return "BEGIN:VCALENDAR" + end + "VERSION:2.0" + end + "PRODID:-//t//t//EN" + end + body +
           "END:VCALENDAR" + end;
}

std::string event(const std::string& uid, const std::string& summary, const std::string& extra = {})
{
    return "BEGIN:VEVENT\r\nUID:" + uid +
           "\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:20261125T140000Z\r\nDTEND:20261125T150000Z\r\n"
           "SUMMARY:" +
           summary + "\r\n" + extra + "END:VEVENT\r\n";
}

TEST(StreamingDifferential, keywordFoldedAcrossLines)
{
    expectSamePlan(wrapped("BEGIN:VEVENT\r\nUID:f1\r\nDTSTART:20261125T140000Z\r\n"
                           "SUMMARY:Inter\r\n view with Acme\r\nEND:VEVENT\r\n"),
                   "folded.ics");
}

TEST(StreamingDifferential, componentAndPropertyNamesFoldedAfterTheirFirstLetter)
{
    expectSamePlan(wrapped("B\r\n EGIN:VEVENT\r\nU\r\n ID:f2\r\nDTSTART:20261125T140000Z\r\n"
                           "S\r\n UMMARY:Interview with Acme\r\nE\r\n ND:VEVENT\r\n"),
                   "folded-names.ics");
}

TEST(StreamingDifferential, keywordsInOtherScriptsAndCases)
{
    expectSamePlan(wrapped(event("de", "VORSTELLUNGSGESPR\xC3\x84"
                                       "CH bei Acme") +
                           event("ru", "\xD0\xA1\xD0\x9E\xD0\x91\xD0\x95\xD0\xA1\xD0\x95\xD0\x94"
                                       "\xD0\x9E\xD0\x92\xD0\x90\xD0\x9D\xD0\x98\xD0\x95") +
                           event("ja", "Acme\xE9\x9D\xA2\xE6\x8E\xA5") +
                           event("cat", "Call", "CATEGORIES:Job Interview\r\n")),
                   "scripts.ics");
}

TEST(StreamingDifferential, overrideWithoutKeywordOfAnInterviewSeries)
{
    const auto series = event("s1", "Interview: Acme", "RRULE:FREQ=DAILY;COUNT=3\r\n");
    const auto moved = "BEGIN:VEVENT\r\nUID:s1\r\nRECURRENCE-ID:20261126T140000Z\r\n"
                       "DTSTART:20261126T160000Z\r\nSUMMARY:Lunch\r\nEND:VEVENT\r\n";
    expectSamePlan(wrapped(series + moved), "override-after.ics");
    expectSamePlan(wrapped(moved + series), "override-before.ics");
}

TEST(StreamingDifferential, interviewOverrideOfAnOrdinarySeries)
{
    const auto series = event("s2", "Lunch", "RRULE:FREQ=DAILY;COUNT=3\r\n");
    const auto moved = "BEGIN:VEVENT\r\nUID:s2\r\nRECURRENCE-ID:20261126T140000Z\r\n"
                       "DTSTART:20261126T160000Z\r\nSUMMARY:Interview: Acme\r\nEND:VEVENT\r\n";
    expectSamePlan(wrapped(series + moved), "interview-override-after.ics");
    expectSamePlan(wrapped(moved + series), "interview-override-before.ics");
}

TEST(StreamingDifferential, cancellationInASeparateCalendar)
{
    const auto request = wrapped(event("c1", "Interview: Acme", "SEQUENCE:1\r\n"));
    const auto cancel = "BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\n" +
                        event("c1", "Cancelled", "SEQUENCE:2\r\n") + "END:VCALENDAR\r\n";
    expectSamePlan(request + cancel, "cancel-after.ics");
    expectSamePlan(cancel + request, "cancel-before.ics");
}

// Issue 10: Google names the calendar's owner in X-WR-CALNAME (folded like any line), and plan's
// summary line counts every event, interview or not.
TEST(StreamingDifferential, calendarNamesAndEventCount)
{
    const std::string text = "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//EN\r\n"
                             "X-WR-CALNAME:sam.rivera@gm\r\n ail.com\r\n"
                             "BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20261201T100000Z\r\n"
                             "SUMMARY:Interview with Acme\r\nEND:VEVENT\r\n"
                             "BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20261202T100000Z\r\n"
                             "SUMMARY:Dentist\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                             "BEGIN:VCALENDAR\r\nX-WR-CALNAME:Home\r\n"
                             "BEGIN:VEVENT\r\nUID:c\r\nDTSTART:20261203T100000Z\r\n"
                             "SUMMARY:Lunch\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const auto full = ical::readEvents(text, "in.ics", {berlin, window});
    EXPECT_EQ(full.eventCount, 3u);
    ASSERT_EQ(full.calendarNames.size(), 2u);
    EXPECT_EQ(full.calendarNames[0].value, "sam.rivera@gmail.com");
    EXPECT_EQ(full.calendarNames[0].where.file, "in.ics");
    EXPECT_EQ(full.calendarNames[0].where.line, 3);
    EXPECT_EQ(full.calendarNames[1].value, "Home");
    expectSamePlan(text, "in.ics");
}

TEST(StreamingDifferential, bareEventsLfOnlyAndByteOrderMark)
{
    expectSamePlan("\xEF\xBB\xBF" + event("b1", "Interview: Acme"), "bare.ics");
    expectSamePlan(wrapped("BEGIN:VEVENT\nUID:lf\nDTSTART:20261125T140000Z\nSUMMARY:Interview\n"
                           "END:VEVENT\n",
                           "\n"),
                   "lf.ics");
}

TEST(StreamingDifferential, warningsKeepTheirFileLines)
{
    const auto text = wrapped(event("ordinary", "Lunch") +
                              event("w1", "Interview: Acme", "DESCRIPTION:Decision: soon\r\n"));
    const auto policy = testPolicy();
    const auto streamed =
        readStreamed(text, "lines.ics", {{berlin, window}, policy.keywords.interview, 5});
    ASSERT_EQ(streamed.events.size(), 1u);
    // Line 11 is the interview's BEGIN:VEVENT (3 calendar lines, 7 lines of the first event).
    EXPECT_EQ(streamed.events[0].where.line, 11);
    EXPECT_EQ(streamed.events[0].descriptionLine, 17);
    const auto planned = plannedText(streamed.events, policy, now, window);
    EXPECT_NE(planned.warnings.find("lines.ics:17:"), std::string::npos) << planned.warnings;
    expectSamePlan(text, "lines.ics");
}

// --- the plan command's path: each batch goes to an InterviewCollector that forgets history ---

struct InputFile {
    std::string name;
    std::string text;
};

// Planning every event of `files` (read whole, recognised at once) against the streaming reader
// handing its batches to a collector that forgets history, as `plan` does: the same tasks, the same
// interviews outside the window, the same warnings. Occurrences are expanded over `expansion`,
// wider than `planning`, so that series cross the history horizon. Returns how many interviews
// the collector forgot.
size_t expectSamePlanForgettingHistory(const std::vector<InputFile>& files, TimeRange planning,
                                       TimeRange expansion,
                                       const std::vector<size_t>& chunkSizes = {1, 64, 256 * 1024})
{
    const auto policy = testPolicy();
    const ical::ReadOptions readOptions{berlin, expansion};
    std::vector<CalendarEvent> events;
    for (const auto& file : files) {
        auto full = ical::readEvents(file.text, file.name, readOptions);
        std::move(full.events.begin(), full.events.end(), std::back_inserter(events));
    }
    Warnings fullWarnings;
    const auto expected =
        planFollowUps(collectInterviews(events, policy, fullWarnings), policy, now, planning);
    std::vector<std::string> expectedWarnings;
    for (const auto& warning : fullWarnings)
        expectedWarnings.push_back(formatWarning(warning));
    std::sort(expectedWarnings.begin(), expectedWarnings.end());

    size_t forgotten = 0;
    for (const auto chunkSize : chunkSizes) {
        SCOPED_TRACE("in chunks of " + std::to_string(chunkSize));
        InterviewCollector collector(policy, planning);
        Warnings warnings;
        ical::StreamOptions options{readOptions, policy.keywords.interview, chunkSize};
        options.takeEvents = [&](std::vector<CalendarEvent>&& batch) { collector.add(batch); };
        for (const auto& file : files)
            EXPECT_TRUE(readStreamed(file.text, file.name, options).events.empty());
        const auto collected = std::move(collector).take(warnings);
        auto actual = planFollowUps(collected.interviews, policy, now, planning);
        actual.outsideWindow.insert(collected.history.begin(), collected.history.end());

        EXPECT_EQ(tasksIcs(actual.tasks, policy, now), tasksIcs(expected.tasks, policy, now));
        EXPECT_EQ(actual.outsideWindow, expected.outsideWindow);
        std::vector<std::string> actualWarnings;
        for (const auto& warning : warnings)
            actualWarnings.push_back(formatWarning(warning));
        std::sort(actualWarnings.begin(), actualWarnings.end());
        EXPECT_EQ(actualWarnings, expectedWarnings);
        forgotten = collected.history.size();

        // As the CLI runs it: only some history keys asked for (those with tasks), the others
        // forgotten entirely with the last file's batches, which hold the last copies.
        const auto wanted = [](const InterviewKey& key) { return key.uid.size() % 2 == 0; };
        InterviewCollector filtered(policy, planning, wanted);
        bool lastFile = false;
        Warnings filteredWarnings;
        options.takeEvents = [&](std::vector<CalendarEvent>&& batch) {
            filtered.add(batch, lastFile);
        };
        for (const auto& file : files) {
            lastFile = &file == &files.back();
            readStreamed(file.text, file.name, options);
        }
        auto fewer = std::move(filtered).take(filteredWarnings);
        auto planned = planFollowUps(fewer.interviews, policy, now, planning);
        planned.outsideWindow.merge(fewer.history);
        EXPECT_EQ(tasksIcs(planned.tasks, policy, now), tasksIcs(expected.tasks, policy, now));
        auto expectedOutside = expected.outsideWindow;
        std::erase_if(expectedOutside, [&](const InterviewKey& key) {
            return collected.history.contains(key) && !wanted(key);
        });
        EXPECT_EQ(planned.outsideWindow, expectedOutside);
        EXPECT_EQ(filteredWarnings.size(), warnings.size());
    }
    return forgotten;
}

const TimeRange wideExpansion{sys_days{year{2020} / 1 / 1}, sys_days{year{2030} / 1 / 1}};

TEST(StreamingDifferential, generatedCalendarsForgettingHistory)
{
    // The generated calendars span 2026 to late 2027: the first months are history for a window
    // from June 2027, and daily series cross the horizon.
    const TimeRange planning{sys_days{year{2027} / 6 / 1}, sys_days{year{2027} / 12 / 1}};
    for (unsigned seed = 1; seed <= 4; ++seed) {
        const auto text = RandomCalendar(seed, {}).make(300);
        EXPECT_GT(
            expectSamePlanForgettingHistory({{"generated.ics", text}}, planning, wideExpansion),
            10u);
    }
    // Read in several batches, and as two files holding copies of the same interviews.
    const auto large = RandomCalendar(99, {}).make(2500);
    expectSamePlanForgettingHistory({{"batches.ics", large}}, planning, wideExpansion, {64 * 1024});
    expectSamePlanForgettingHistory(
        {{"a.ics", RandomCalendar(7, {}).make(300)}, {"b.ics", RandomCalendar(7, {}).make(300)}},
        planning, wideExpansion, {64 * 1024});
}

std::string timedEvent(const std::string& uid, const std::string& summary, const std::string& start,
                       const std::string& extra = {})
{
    return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:" + start +
           "T140000Z\r\nDTEND:" + start + "T150000Z\r\nSUMMARY:" + summary + "\r\n" + extra +
           "END:VEVENT\r\n";
}

TEST(StreamingDifferential, copiesInTwoFilesOfWhichOneIsHistory)
{
    // Planning on 22 Nov 2026: the horizon is in late 2025. The copy with the higher SEQUENCE
    // wins, then the one read later, whether it is history or not.
    const TimeRange planning{sys_days{year{2026} / 10 / 23}, sys_days{year{2027} / 2 / 20}};
    const std::string old = "20230612";
    const std::string current = "20261118";
    const auto first =
        wrapped(timedEvent("h1", "Interview: Acme", old, "SEQUENCE:2\r\n") +
                timedEvent("h2", "Interview: Beta", old, "SEQUENCE:1\r\n") +
                timedEvent("h3", "Interview: Gamma", current, "SEQUENCE:1\r\n") +
                timedEvent("h4", "Interview: Delta", current) +
                timedEvent("h5", "Interview: Epsilon", old) +
                // An old round whose rejection must not close today's Acme process.
                timedEvent("h6", "Interview: Acme", "20240205",
                           "DESCRIPTION:Outcome: rejected 2024-02-20\r\n") +
                // An offer accepted on an old interview brings no withdraw-notice to Beta.
                timedEvent("h7", "Interview: Zeta", "20230601",
                           "DESCRIPTION:Outcome: accepted 2026-11-19\r\n") +
                // A weekly series crossing the horizon, its latest occurrences in the window.
                timedEvent("h8", "Interview: Theta", "20250901", "RRULE:FREQ=WEEKLY;COUNT=70\r\n"));
    const auto second = wrapped(timedEvent("h1", "Interview: Acme", current, "SEQUENCE:1\r\n") +
                                timedEvent("h2", "Interview: Beta", current, "SEQUENCE:2\r\n") +
                                timedEvent("h3", "Interview: Gamma", old, "SEQUENCE:2\r\n") +
                                timedEvent("h4", "Interview: Delta", old) +
                                timedEvent("h5", "Interview: Epsilon", current) +
                                timedEvent("h9", "Interview: Acme", current));
    EXPECT_GE(expectSamePlanForgettingHistory({{"first.ics", first}, {"second.ics", second}},
                                              planning, wideExpansion),
              4u);
    EXPECT_GE(expectSamePlanForgettingHistory({{"second.ics", second}, {"first.ics", first}},
                                              planning, wideExpansion),
              4u);
}

} // namespace
} // namespace followups::testing
