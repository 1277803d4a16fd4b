// What a user sees running the tool in a terminal (issue 13: `plan file.ics` printed raw
// iCalendar there, the table was grouped by interview, had no overdue marker and ignored the
// terminal's width): the table by default, sorted by due time, overdue and cancelled rows marked
// (in colour only on a terminal, never with NO_COLOR), as wide as the terminal; and scripts, which
// pipe or write a file, still get iCalendar.
#include "cli_runner.h"
#include "test_calendars.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sstream>

namespace followups::cli::testing
{
namespace
{

using ::testing::HasSubstr;
using ::testing::Not;

constexpr char escape = '\x1b';

std::vector<std::string> linesOf(const std::string& text)
{
    std::vector<std::string> lines;
    std::istringstream in{text};
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

// Terminal columns a line takes: UTF-8 characters (the table's own are one column each), colour
// sequences excluded.
std::size_t columnsOf(const std::string& line)
{
    std::size_t columns = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == escape) {
            i = line.find('m', i);
            continue;
        }
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80)
            ++columns;
    }
    return columns;
}

std::string withoutColours(const std::string& text)
{
    std::string plain;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == escape)
            i = text.find('m', i);
        else
            plain += text[i];
    }
    return plain;
}

class TerminalOutput : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Acme ended a week before "now" (its debrief and thank-you are overdue); Globex is
        // ahead, with a long title and a long interviewer name to shorten.
        sandbox.write(
            "cal.ics",
            calendar(acmeInterview("Decision: 2026-12-08", "20261115T130000Z", "20261115T140000Z") +
                     "BEGIN:VEVENT\nUID:globex-1@example.com\nDTSTAMP:20261101T000000Z\n"
                     "DTSTART:20261125T090000Z\nDTEND:20261125T100000Z\n"
                     "SUMMARY:Interview: Globex Corporation International – Principal "
                     "Distributed Systems Engineer\n"
                     "ATTENDEE;CN=Maximiliane Sophie Alexandra von "
                     "Hohenzollern-Sigmaringen:mailto:maximiliane.von.hohenzollern@globex.example\n"
                     "END:VEVENT\n"));
    }
    CliSandbox sandbox;
};

TEST_F(TerminalOutput, aTerminalGetsTheTableByDefault)
{
    const auto result = sandbox.runInTerminal({"plan", "cal.ics", "--now", fixedNow}, 200);
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("DUE"));
    EXPECT_THAT(result.out, Not(HasSubstr("BEGIN:VCALENDAR")));
}

TEST_F(TerminalOutput, aPipeOrAFileGetsICalendar)
{
    const auto piped = sandbox.run({"plan", "cal.ics", "--now", fixedNow});
    ASSERT_EQ(piped.exitCode, 0) << piped.err;
    EXPECT_TRUE(piped.out.starts_with("BEGIN:VCALENDAR\r\n"));

    const auto toFile =
        sandbox.runInTerminal({"plan", "cal.ics", "--now", fixedNow, "-o", "x.ics"}, 200);
    ASSERT_EQ(toFile.exitCode, 0) << toFile.err;
    EXPECT_TRUE(sandbox.read("x.ics").starts_with("BEGIN:VCALENDAR\r\n"));
}

TEST_F(TerminalOutput, rowsAreSortedByDueTime)
{
    const auto result = sandbox.runInTerminal({"plan", "cal.ics", "--now", fixedNow}, 200);
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto lines = linesOf(withoutColours(result.out));
    ASSERT_GT(lines.size(), 4u);
    // DUE is the first column: "YYYY-MM-DD HH:MM" or "YYYY-MM-DD" (an all-day due, which counts
    // from the start of its day).
    std::vector<std::string> dues;
    for (std::size_t i = 1; i < lines.size(); ++i)
        dues.push_back(lines[i].substr(0, lines[i].find("  ")));
    EXPECT_TRUE(std::is_sorted(dues.begin(), dues.end())) << result.out;
    // Globex's debrief (25 Nov) comes before Acme's follow-up (11 Dec), although Acme's
    // interview was first.
    const auto globexDebrief = result.out.find("2026-11-25 12:00");
    const auto acmeFollowUp = result.out.find("2026-12-11");
    ASSERT_NE(globexDebrief, std::string::npos);
    EXPECT_LT(globexDebrief, acmeFollowUp);
}

TEST_F(TerminalOutput, overdueRowsAreMarkedInColourOnATerminal)
{
    const auto result = sandbox.runInTerminal({"plan", "cal.ics", "--now", fixedNow}, 200);
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto lines = linesOf(result.out);
    int overdueRows = 0;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const std::string plain = withoutColours(lines[i]);
        const std::string due = plain.substr(0, plain.find("  "));
        // Now is 2026-11-22 09:00 UTC; an all-day due is overdue once its day has passed.
        const bool overdue = due.size() == 10 ? due < "2026-11-22" : due < "2026-11-22 09:00";
        if (overdue) {
            ++overdueRows;
            EXPECT_THAT(plain, HasSubstr("overdue"));
            EXPECT_EQ(lines[i].front(), escape) << plain;
        } else {
            EXPECT_THAT(plain, Not(HasSubstr("overdue")));
            EXPECT_NE(lines[i].front(), escape) << plain;
        }
    }
    EXPECT_GT(overdueRows, 0); // Acme's debrief and thank-you
}

TEST_F(TerminalOutput, noColourWithNoColorOnADumbTerminalOrOffATerminal)
{
    const auto noColor =
        sandbox.runInTerminal({"plan", "cal.ics", "--now", fixedNow}, 200, {{"NO_COLOR", "1"}});
    ASSERT_EQ(noColor.exitCode, 0) << noColor.err;
    EXPECT_THAT(noColor.out, HasSubstr("overdue"));
    EXPECT_EQ(noColor.out.find(escape), std::string::npos);

    const auto dumb =
        sandbox.runInTerminal({"plan", "cal.ics", "--now", fixedNow}, 200, {{"TERM", "dumb"}});
    ASSERT_EQ(dumb.exitCode, 0) << dumb.err;
    EXPECT_THAT(dumb.out, HasSubstr("overdue"));
    EXPECT_EQ(dumb.out.find(escape), std::string::npos);

    const auto piped = sandbox.run({"plan", "cal.ics", "--now", fixedNow, "--format", "table"});
    ASSERT_EQ(piped.exitCode, 0) << piped.err;
    EXPECT_THAT(piped.out, HasSubstr("overdue"));
    EXPECT_EQ(piped.out.find(escape), std::string::npos);
}

TEST_F(TerminalOutput, cancelledRowsAreMarked)
{
    ASSERT_EQ(sandbox.run({"plan", "cal.ics", "--now", fixedNow, "-o", "tasks.ics"}).exitCode, 0);
    // Globex cancels: its open tasks are cancelled by reconciliation.
    std::string cancelled = sandbox.read("cal.ics");
    const auto globex = cancelled.find("UID:globex-1");
    cancelled.insert(globex, "STATUS:CANCELLED\r\n");
    sandbox.write("cal.ics", cancelled);
    const auto result =
        sandbox.runInTerminal({"plan", "cal.ics", "--now", fixedNow, "--tasks", "tasks.ics"}, 200);
    ASSERT_EQ(result.exitCode, 0) << result.err;
    bool sawCancelled = false;
    for (const auto& line : linesOf(result.out)) {
        if (line.find("Globex") == std::string::npos)
            continue;
        sawCancelled = true;
        EXPECT_THAT(line, HasSubstr("cancelled"));
        EXPECT_EQ(line.front(), escape) << line;
    }
    EXPECT_TRUE(sawCancelled);
}

TEST_F(TerminalOutput, theTableFitsTheTerminalByShorteningTheSummary)
{
    for (const unsigned short width :
         {static_cast<unsigned short>(80), static_cast<unsigned short>(100)}) {
        const auto result = sandbox.runInTerminal({"plan", "cal.ics", "--now", fixedNow}, width);
        ASSERT_EQ(result.exitCode, 0) << result.err;
        for (const auto& line : linesOf(result.out))
            EXPECT_LE(columnsOf(line), width) << line;
        EXPECT_THAT(result.out, HasSubstr("…"));
        EXPECT_THAT(result.out, HasSubstr("debrief")); // the other columns stay whole
    }
    // COLUMNS wins over the terminal's own size, as in other tools.
    const auto narrow =
        sandbox.runInTerminal({"plan", "cal.ics", "--now", fixedNow}, 200, {{"COLUMNS", "72"}});
    for (const auto& line : linesOf(narrow.out))
        EXPECT_LE(columnsOf(line), 72u) << line;
}

TEST_F(TerminalOutput, rulesFitTheTerminalToo)
{
    const auto result = sandbox.runInTerminal({"rules"}, 80);
    ASSERT_EQ(result.exitCode, 0) << result.err;
    for (const auto& line : linesOf(result.out))
        EXPECT_LE(columnsOf(line), 80u) << line;
    // Nothing is lost: the long keyword list is all there, wrapped.
    EXPECT_THAT(result.out, HasSubstr("offsets.withdraw_notice_after_acceptance_business_days"));
    EXPECT_THAT(result.out, HasSubstr("Vorstellungsgespräch"));
}

} // namespace
} // namespace followups::cli::testing
