// `plan` on whole calendars through the binary: big inputs on standard input and from files give
// the same plan, hostile bytes give warnings naming file and line (and no invalid UTF-8 in the
// output), and what is not a calendar at all is rejected with exit code 1.
#include "cli_runner.h"
#include "test_calendars.h"
#include "utf8_check.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace followups::cli::testing
{
namespace
{

using followups::testing::isValidUtf8;
using ::testing::HasSubstr;
using ::testing::Not;

// `count` meetings with an interview every 1000th, one folded in the middle of its keyword.
std::string bigCalendar(int count)
{
    std::string events;
    for (int i = 0; i < count; ++i) {
        const bool interview = i % 1000 == 0;
        const std::string summary = !interview ? "Weekly sync " + std::to_string(i)
                                    : i == 0   ? "Inter\n view: Acme \xE2\x80\x93 Engineer"
                                               : "Interview: Firm" + std::to_string(i);
        events += "BEGIN:VEVENT\nUID:e" + std::to_string(i) +
                  "@example.org\nDTSTAMP:20261101T000000Z\nDTSTART:202612" +
                  (i % 28 < 9 ? "0" : "") + std::to_string(1 + i % 28) +
                  "T130000Z\nDURATION:PT1H\nSUMMARY:" + summary +
                  "\nATTENDEE;CN=Pat:mailto:pat@firm.example\nEND:VEVENT\n";
    }
    return calendar(events);
}

TEST(StreamingInput, aBigCalendarOnStandardInputPlansLikeTheFile)
{
    CliSandbox sandbox;
    sandbox.write("big.ics", bigCalendar(20000));
    const std::vector<std::string> options{"--now", fixedNow, "--format", "json", "--no-config"};
    auto fromFile = options;
    fromFile.insert(fromFile.begin(), {"plan", "big.ics"});
    auto fromStdin = options;
    fromStdin.insert(fromStdin.begin(), {"plan", "-"});
    const auto file = sandbox.run(fromFile);
    const auto piped = sandbox.run(fromStdin, sandbox.read("big.ics"));
    ASSERT_EQ(file.exitCode, 0) << file.err;
    ASSERT_EQ(piped.exitCode, 0) << piped.err;
    EXPECT_EQ(piped.out, file.out);
    EXPECT_THAT(file.out, HasSubstr("\"interview_uid\": \"e0@example.org\""));
    EXPECT_THAT(file.out, HasSubstr("\"interview_uid\": \"e19000@example.org\""));
    EXPECT_THAT(file.out, Not(HasSubstr("e1@example.org")));
}

TEST(StreamingInput, binaryGarbageIsRejectedWithExitCodeOne)
{
    CliSandbox sandbox;
    std::string garbage;
    for (int i = 0; i < 300000; ++i)
        garbage += static_cast<char>(1 + (static_cast<unsigned>(i) * 7919u) % 255u);
    sandbox.write("garbage.bin", garbage);
    const auto result = sandbox.run({"plan", "garbage.bin", "--now", fixedNow, "--no-config"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_THAT(result.err,
                HasSubstr("garbage.bin:1: not an iCalendar file (no BEGIN:VCALENDAR nor "
                          "BEGIN:VEVENT)"));
    EXPECT_TRUE(result.out.empty());
}

TEST(StreamingInput, hostileBytesGiveWarningsWithLinesAndValidOutput)
{
    CliSandbox sandbox;
    const std::string event = "BEGIN:VEVENT\nUID:latin1@example.org\nDTSTAMP:20261101T000000Z\n"
                              "DTSTART:20261201T130000Z\nDURATION:PT1H\n"
                              "SUMMARY:Interview: Caf\xE9 M\xFC"
                              "ller\n"
                              "END:VEVENT\n";
    sandbox.write("hostile.ics", calendar(event) + std::string(1, '\0') + "BEGIN:VCALENDAR\r\n");
    const auto result = sandbox.run({"plan", "hostile.ics", "--now", fixedNow, "--no-config"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.err, HasSubstr("hostile.ics:9: invalid UTF-8 replaced with U+FFFD"));
    EXPECT_THAT(result.err, HasSubstr("hostile.ics:12: NUL byte: the rest of the file is ignored"));
    EXPECT_THAT(result.out, HasSubstr("BEGIN:VTODO"));
    EXPECT_TRUE(isValidUtf8(result.out));
}

} // namespace
} // namespace followups::cli::testing
