// The option table (cli/options.h) parsing argument lists directly: values are checked as they are
// parsed but kept as typed, commands are recorded, and the completions' fixed choices come from
// the same table. Exit codes and messages through the binary are exit_codes_test.cpp's.
#include "options.h"

#include <gtest/gtest.h>

namespace followups::cli
{
namespace
{

RawOptions parsed(std::vector<const char*> arguments)
{
    RawOptions raw;
    const auto app = makeApp(raw);
    arguments.insert(arguments.begin(), "interview-followups");
    app->parse(static_cast<int>(arguments.size()), arguments.data());
    return raw;
}

bool rejected(const std::vector<const char*>& arguments)
{
    try {
        parsed(arguments);
    } catch (const CLI::ParseError&) {
        return true;
    }
    return false;
}

TEST(Options, planTakesItsFilesAndTheSharedOptionsAfterTheCommand)
{
    const auto raw = parsed({"plan", "a.ics", "-", "--format", "json", "--as", "events", "--now",
                             "2026-11-04T12:00:00+01:00", "--me", "a@x.org", "--me", "b@x.org"});
    EXPECT_EQ(raw.command, CommandName::Plan);
    EXPECT_EQ(raw.inputs, (std::vector<std::string>{"a.ics", "-"}));
    EXPECT_EQ(raw.format, "json");
    EXPECT_EQ(raw.shape, "events");
    EXPECT_EQ(raw.now, "2026-11-04T12:00:00+01:00"); // kept as typed: settings.h reads it
    EXPECT_EQ(raw.me, (std::vector<std::string>{"a@x.org", "b@x.org"}));
}

TEST(Options, noCommandAndTheDefaults)
{
    const auto raw = parsed({});
    EXPECT_EQ(raw.command, CommandName::None);
    EXPECT_TRUE(raw.inputs.empty());
    EXPECT_EQ(raw.format, "");
    EXPECT_EQ(raw.shape, "todos");
    EXPECT_FALSE(raw.noConfig);
}

TEST(Options, rulesIsACommand)
{
    EXPECT_EQ(parsed({"rules", "--format", "table"}).command, CommandName::Rules);
}

TEST(Options, interviewFillsItsArguments)
{
    const auto raw = parsed({"interview", "--company", "Acme", "--role", "Engineer", "--start",
                             "2026-11-03T14:00", "--interviewer", "Jane Doe <jane@acme.example>",
                             "--interviewer", "dana@acme.example", "--decision", "+1w", "--outcome",
                             "rejected:2026-11-10", "--deliverable", "Slides by 2026-11-05"});
    EXPECT_EQ(raw.command, CommandName::Interview);
    EXPECT_EQ(raw.interview.company, "Acme");
    EXPECT_EQ(raw.interview.role, "Engineer");
    EXPECT_EQ(raw.interview.start, "2026-11-03T14:00");
    EXPECT_EQ(raw.interview.interviewers,
              (std::vector<std::string>{"Jane Doe <jane@acme.example>", "dana@acme.example"}));
    EXPECT_EQ(raw.interview.decision, "+1w");
    EXPECT_EQ(raw.interview.outcome, "rejected:2026-11-10");
    EXPECT_EQ(raw.interview.deliverables, (std::vector<std::string>{"Slides by 2026-11-05"}));
}

TEST(Options, interviewNeedsAStart)
{
    EXPECT_TRUE(rejected({"interview", "--company", "Acme"}));
}

TEST(Options, interviewValuesTheCoreCannotReadAreRefused)
{
    EXPECT_TRUE(rejected({"interview", "--start", "2026-11-03", "--decision", "soonish"}));
    EXPECT_TRUE(rejected({"interview", "--start", "2026-11-03", "--outcome", "ghosted"}));
    EXPECT_TRUE(rejected({"interview", "--start", "2026-11-03", "--deliverable", "Slides"}));
    EXPECT_FALSE(rejected({"interview", "--start", "2026-11-03", "--outcome", "offer"}));
}

TEST(Options, theClockMustBeAnRfc3339InstantInASupportedYear)
{
    EXPECT_FALSE(rejected({"--now", "2026-11-04T12:00:00Z"}));
    EXPECT_TRUE(rejected({"--now", "2026-11-04T12:00:00"})); // no offset
    EXPECT_TRUE(rejected({"--now", "tomorrow"}));
    EXPECT_TRUE(rejected({"--now", "1000-01-01T00:00:00Z"}));
}

TEST(Options, sinceAndUntilAreDates)
{
    EXPECT_FALSE(rejected({"--since", "2026-11-01", "--until", "2026-12-01"}));
    EXPECT_TRUE(rejected({"--since", "2026-13-01"}));
    EXPECT_TRUE(rejected({"--until", "01/12/2026"}));
}

TEST(Options, formatShapeAndZoneAreChecked)
{
    EXPECT_TRUE(rejected({"--format", "xml"}));
    EXPECT_TRUE(rejected({"--as", "alarms"}));
    EXPECT_TRUE(rejected({"--zone", "Mars/Olympus_Mons"}));
    EXPECT_FALSE(rejected({"--zone", "Europe/Berlin"}));
}

TEST(Options, rulesAreNamedEitherWayAndUnknownOnesRefused)
{
    EXPECT_EQ(parsed({"--disable", "thank-you", "--disable", "reference_heads_up"}).disabledRules,
              (std::vector<std::string>{"thank-you", "reference_heads_up"}));
    EXPECT_TRUE(rejected({"--disable", "thanks"}));
}

TEST(Options, offsetsNeedAKnownNameAndAWholeNumberInItsRange)
{
    EXPECT_EQ(parsed({"--offset", "follow_up_count=3"}).offsets,
              (std::vector<std::string>{"follow_up_count=3"}));
    for (const char* bad : {"follow_up_count=4", "follow_up_count=-1", "follow_up_count=",
                            "follow_up_count=1x", "follow_up_count", "unknown=1", "=1"})
        EXPECT_TRUE(rejected({"--offset", bad})) << bad;
}

TEST(Options, exclusiveAndEmptyValuesAreRefused)
{
    EXPECT_TRUE(rejected({"--quiet", "--verbose"}));
    EXPECT_TRUE(rejected({"--config", "c.toml", "--no-config"}));
    EXPECT_TRUE(rejected({"-o", ""}));
    EXPECT_TRUE(rejected({"--tasks", ""}));
    EXPECT_TRUE(rejected({"--holidays-region", "atlantis"}));
    EXPECT_FALSE(rejected({"--holidays-region", "none"}));
}

TEST(Options, completionChoicesComeFromTheTable)
{
    RawOptions raw;
    const auto app = makeApp(raw);
    EXPECT_EQ(optionChoices(*app->get_option("--format")),
              (std::vector<std::string>{"ics", "json", "table"}));
    EXPECT_EQ(optionChoices(*app->get_option("--as")),
              (std::vector<std::string>{"todos", "events"}));
    const auto offsets = optionChoices(*app->get_option("--offset"));
    ASSERT_FALSE(offsets.empty());
    EXPECT_EQ(offsets.front(), "debrief_due_hours=");
    for (const auto& offset : offsets)
        EXPECT_FALSE(rejected({"--offset", (offset + "0").c_str()})) << offset;
    for (const auto& rule : optionChoices(*app->get_option("--disable")))
        EXPECT_FALSE(rejected({"--disable", rule.c_str()})) << rule;
    EXPECT_EQ(optionChoices(*app->get_option("--holidays-region")),
              (std::vector<std::string>{"none"}));
    EXPECT_TRUE(optionChoices(*app->get_option("--zone")).empty());
}

} // namespace
} // namespace followups::cli
