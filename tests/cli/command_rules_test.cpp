// The `rules` command prints the effective settings: every rule and offset, as a table or JSON.
#include "cli_runner.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace followups::cli::testing
{
namespace
{

using ::testing::HasSubstr;

TEST(RulesCommand, tableListsEveryRuleAndOffsetWithTheDefaults)
{
    CliSandbox sandbox;
    const auto result = sandbox.run({"rules"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    for (const std::string rule :
         {"debrief", "thank_you", "reference_heads_up", "deliverable", "follow_up", "feedback",
          "reference_thank_you", "withdraw_notice"})
        EXPECT_THAT(result.out, HasSubstr("rules." + rule)) << rule;
    EXPECT_THAT(result.out, HasSubstr("offsets.debrief_due_hours"));
    EXPECT_THAT(result.out, HasSubstr("offsets.follow_up_count"));
    EXPECT_THAT(result.out, HasSubstr("morning"));
    EXPECT_THAT(result.out, HasSubstr("09:00"));
}

TEST(RulesCommand, jsonGivesTheSpecDefaults)
{
    CliSandbox sandbox;
    const auto result = sandbox.run({"rules", "--format", "json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto json = nlohmann::json::parse(result.out);
    // SPEC §3's table.
    EXPECT_EQ(json["offsets"]["debrief_due_hours"], 2);
    EXPECT_EQ(json["offsets"]["thank_you_due_hours"], 24);
    EXPECT_EQ(json["offsets"]["thank_you_hard_limit_hours"], 48);
    EXPECT_EQ(json["offsets"]["thank_you_alarm_before_due_hours"], 4);
    EXPECT_EQ(json["offsets"]["follow_up_after_decision_business_days"], 3);
    EXPECT_EQ(json["offsets"]["follow_up_without_decision_days"], 14);
    EXPECT_EQ(json["offsets"]["follow_up_repeat_business_days"], 7);
    EXPECT_EQ(json["offsets"]["follow_up_count"], 2);
    EXPECT_EQ(json["offsets"]["feedback_after_outcome_business_days"], 1);
    EXPECT_EQ(json["offsets"]["reference_thank_you_after_outcome_business_days"], 2);
    EXPECT_EQ(json["offsets"]["withdraw_notice_after_acceptance_business_days"], 1);
    EXPECT_EQ(json["window"]["past_days"], 30);
    EXPECT_EQ(json["window"]["future_days"], 365);
    EXPECT_EQ(json["workday_end"], "17:00");
    for (const auto& [rule, on] : json["rules"].items()) {
        EXPECT_TRUE(on.get<bool>()) << rule;
    }
    EXPECT_EQ(json["rules"].size(), 8u);
}

// Issue 10: whom the tool takes for the user, and why.
TEST(RulesCommand, saysWhomItTakesForTheUserAndWhy)
{
    CliSandbox sandbox;
    const auto unset = sandbox.run({"rules"});
    ASSERT_EQ(unset.exitCode, 0) << unset.err;
    EXPECT_THAT(unset.out, HasSubstr("X-WR-CALNAME"));
    EXPECT_THAT(unset.out, HasSubstr("two thirds"));
    EXPECT_THAT(sandbox.run({"rules", "--me", "sam@example.org"}).out,
                HasSubstr("sam@example.org (--me)"));
    sandbox.write("home/.config/interview-followups/config.toml", "me = [\"sam@example.org\"]\n");
    EXPECT_THAT(sandbox.run({"rules"}).out, HasSubstr("sam@example.org (the config file)"));

    const auto json = nlohmann::json::parse(sandbox.run({"rules", "--format", "json"}).out);
    EXPECT_EQ(json["me_from"], "config file");
    EXPECT_EQ(nlohmann::json::parse(
                  sandbox.run({"rules", "--format", "json", "--no-config"}).out)["me_from"],
              "calendars");
}

TEST(RulesCommand, listsTheWordsAndAddressesThatTellPeopleApart)
{
    CliSandbox sandbox;
    const auto json = nlohmann::json::parse(sandbox.run({"rules", "--format", "json"}).out);
    EXPECT_THAT(json["keywords"]["candidate"].dump(), HasSubstr("applicant"));
    EXPECT_THAT(json["addresses"]["role_mailboxes"].dump(), HasSubstr("talent"));
    EXPECT_THAT(json["addresses"]["services"].dump(), HasSubstr("greenhouse.io"));
    const auto table = sandbox.run({"rules"}).out;
    EXPECT_THAT(table, HasSubstr("keywords.candidate"));
    EXPECT_THAT(table, HasSubstr("addresses.role_mailboxes"));
    EXPECT_THAT(table, HasSubstr("addresses.services"));
}

// Issue 13: which holidays apply, and why, must be visible.
TEST(RulesCommand, showsTheHolidayRegionAndWhereItCameFrom)
{
    CliSandbox sandbox;
    auto result = sandbox.run({"rules"}, {}, {{"LANG", "de_DE.UTF-8"}});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr("holidays_region"));
    EXPECT_THAT(result.out, HasSubstr("de_de"));
    EXPECT_THAT(result.out, HasSubstr("LANG=de_DE.UTF-8"));

    auto json = nlohmann::json::parse(
        sandbox.run({"rules", "--format", "json"}, {}, {{"LANG", "de_DE.UTF-8"}}).out);
    EXPECT_EQ(json["holidays_region"], "de_de");
    EXPECT_EQ(json["holidays_region_source"], "LANG=de_DE.UTF-8");
    EXPECT_THAT(json["holidays"].dump(), HasSubstr("2026-12-25"));

    json = nlohmann::json::parse(
        sandbox.run({"rules", "--format", "json"}, {}, {{"LANG", "C.UTF-8"}}).out);
    EXPECT_TRUE(json["holidays_region"].is_null());
    EXPECT_EQ(json["holidays_region_source"], "LANG=C.UTF-8");

    json = nlohmann::json::parse(sandbox
                                     .run({"rules", "--format", "json", "--holidays-region", "fr"},
                                          {}, {{"LANG", "de_DE.UTF-8"}})
                                     .out);
    EXPECT_EQ(json["holidays_region"], "fr_fr");
    EXPECT_EQ(json["holidays_region_source"], "--holidays-region");
}

TEST(RulesCommand, writesToAFileWithOutput)
{
    CliSandbox sandbox;
    const auto result = sandbox.run({"rules", "-o", "rules.txt"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_TRUE(result.out.empty());
    EXPECT_THAT(sandbox.read("rules.txt"), HasSubstr("offsets.debrief_due_hours"));
}

} // namespace
} // namespace followups::cli::testing
