// The `interview` command: an interview described with options takes the same path as a calendar
// file, so it gives the same tasks as the equivalent event.
#include "cli_runner.h"
#include "test_calendars.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <set>

namespace followups::cli::testing
{
namespace
{

using ::testing::HasSubstr;
using ::testing::StartsWith;

class InterviewCommand : public ::testing::Test
{
protected:
    std::vector<std::string> describe(std::vector<std::string> extra = {})
    {
        std::vector<std::string> arguments{"interview",
                                           "--company",
                                           "Acme",
                                           "--role",
                                           "Engineer",
                                           "--start",
                                           "2026-12-01T14:00",
                                           "--end",
                                           "2026-12-01T15:00",
                                           "--zone",
                                           "Europe/Berlin",
                                           "--interviewer",
                                           "Jane Doe <jane@acme.com>",
                                           "--reference",
                                           "Bob Stone <bob@x.org>",
                                           "--decision",
                                           "2026-12-10",
                                           "--deliverable",
                                           "work sample by 2026-12-03",
                                           "--now",
                                           fixedNow,
                                           "--format",
                                           "json"};
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        return arguments;
    }
    CliSandbox sandbox;
};

TEST_F(InterviewCommand, plansTheDescribedInterview)
{
    const auto result = sandbox.run(describe());
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto json = nlohmann::json::parse(result.out);
    std::set<std::string> kinds;
    for (const auto& task : json["tasks"]) {
        kinds.insert(task["kind"].get<std::string>());
        EXPECT_THAT(task["interview_uid"].get<std::string>(), StartsWith("cli-"));
        if (task["kind"] == "debrief") { // ends 15:00 Berlin, debrief 2 h later
            EXPECT_EQ(task["due"], "2026-12-01T17:00:00+01:00");
        }
        if (task["kind"] == "thank-you") {
            EXPECT_EQ(task["person"]["email"], "jane@acme.com");
            EXPECT_EQ(task["due"], "2026-12-02T15:00:00+01:00");
        }
        if (task["kind"] == "reference-heads-up") {
            EXPECT_EQ(task["person"]["email"], "bob@x.org");
        }
        if (task["kind"] == "deliverable") {
            EXPECT_EQ(task["due"], "2026-12-03");
        }
        if (task["kind"] == "follow-up" &&
            task["summary"].get<std::string>().find("again") == std::string::npos) {
            EXPECT_EQ(task["due"], "2026-12-15"); // Thu 10th + 3 business days
        }
        EXPECT_THAT(task["summary"].get<std::string>(), HasSubstr("Acme"));
    }
    EXPECT_EQ(kinds, (std::set<std::string>{"debrief", "thank-you", "reference-heads-up",
                                            "deliverable", "follow-up"}));
    // The interviewers were named by hand: none of them can be the user, nothing to warn about.
    EXPECT_TRUE(result.err.empty()) << result.err;
}

TEST_F(InterviewCommand, theSameDescriptionGivesTheSameUids)
{
    const auto first = sandbox.run(describe());
    const auto second = sandbox.run(describe());
    ASSERT_EQ(first.exitCode, 0) << first.err;
    EXPECT_EQ(first.out, second.out);
}

TEST_F(InterviewCommand, aRejectionBringsTheFeedbackTask)
{
    const auto result = sandbox.run(describe({"--outcome", "rejected:2026-12-11"}));
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto json = nlohmann::json::parse(result.out);
    bool sawFeedback = false;
    for (const auto& task : json["tasks"]) {
        EXPECT_NE(task["kind"], "follow-up"); // a rejection cancels the follow-ups
        if (task["kind"] == "feedback") {
            sawFeedback = true;
            EXPECT_EQ(task["due"], "2026-12-14"); // Friday 11th + 1 business day
        }
    }
    EXPECT_TRUE(sawFeedback);
}

TEST_F(InterviewCommand, writesIcsLikePlan)
{
    const auto result = sandbox.run(
        {"interview", "--company", "Acme", "--start", "2026-12-01T14:00:00Z", "--now", fixedNow});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("BEGIN:VTODO"));
    EXPECT_THAT(result.out, HasSubstr("RELATED-TO;RELTYPE=PARENT:cli-"));
}

TEST_F(InterviewCommand, anInterviewOutsideTheWindowIsWarnedAbout)
{
    const auto result = sandbox.run(
        {"interview", "--company", "Acme", "--start", "2024-01-10T10:00:00Z", "--now", fixedNow});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_THAT(result.err, HasSubstr("outside the planning window"));
    EXPECT_THAT(result.out, ::testing::Not(HasSubstr("BEGIN:VTODO")));
    const auto widened =
        sandbox.run({"interview", "--company", "Acme", "--start", "2024-01-10T10:00:00Z", "--now",
                     fixedNow, "--since", "2024-01-01"});
    EXPECT_THAT(widened.out, HasSubstr("BEGIN:VTODO"));
    EXPECT_TRUE(widened.err.empty()) << widened.err;
}

TEST_F(InterviewCommand, startAndEndMustBeOfTheSameKind)
{
    const auto result = sandbox.run(
        {"interview", "--start", "2026-12-01", "--end", "2026-12-01T15:00", "--now", fixedNow});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_THAT(result.err, HasSubstr("--end"));
}

// Issue 13: `--outcome rejecteded` was a warning about "the DESCRIPTION" and exit 0, and the plan
// chased a company that had rejected the user.
TEST_F(InterviewCommand, anUnreadableValueIsAUsageErrorNamingItsOption)
{
    for (const auto& [option, value] : std::vector<std::pair<std::string, std::string>>{
             {"--outcome", "rejecteded"},
             {"--outcome", "rejected:2026-13-45"},
             {"--decision", "soon"},
             {"--contact-by", "next week"},
             {"--deliverable", "slides"},
             {"--deliverable", "slides by someday"},
         }) {
        const auto result = sandbox.run(describe({option, value}));
        EXPECT_EQ(result.exitCode, 2) << option << " " << value;
        EXPECT_THAT(result.err, HasSubstr(option)) << value;
        EXPECT_THAT(result.err, HasSubstr(value.substr(0, value.find(':'))));
        EXPECT_THAT(result.err, ::testing::Not(HasSubstr("DESCRIPTION")));
        EXPECT_TRUE(result.out.empty()) << option << " " << value;
    }
}

TEST_F(InterviewCommand, aDecisionOrContactByDateBeforeTheInterviewIsWarnedAbout)
{
    const auto run = [&](const std::string& option, const std::string& date) {
        return sandbox.run({"interview", "--company", "Acme", "--start", "2026-12-01T14:00", option,
                            date, "--now", fixedNow});
    };
    for (const std::string option : {"--decision", "--contact-by"}) {
        const auto result = run(option, "2026-11-28");
        EXPECT_EQ(result.exitCode, 0) << result.err;
        EXPECT_THAT(result.err, HasSubstr("2026-11-28 is before the interview")) << option;
        EXPECT_TRUE(run(option, "2026-12-01").err.empty()) << option;
    }
}

} // namespace
} // namespace followups::cli::testing
