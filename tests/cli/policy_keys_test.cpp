// The names the config file, `rules`, --disable/--offset and the man page give the policy's
// settings (cli/policy_keys.h), called directly: each offset name reaches its own field of
// Offsets, rule keys and task kinds map both ways, and times of day are read and written as HH:MM.
#include "policy_keys.h"

#include <gtest/gtest.h>
#include <set>

namespace followups::cli
{
namespace
{

TEST(PolicyKeys, everyOffsetNameReachesAFieldOfItsOwnAndIsFoundByIt)
{
    Offsets offsets;
    std::set<const int*> fields;
    std::set<std::string_view> names;
    for (const OffsetKey& key : offsetKeys()) {
        SCOPED_TRACE(std::string(key.name));
        EXPECT_TRUE(fields.insert(&key.field(offsets)).second) << "a field named twice";
        EXPECT_TRUE(names.insert(key.name).second) << "a name given twice";
        EXPECT_EQ(findOffsetKey(key.name), &key);
        EXPECT_FALSE(key.help.empty());
        // The defaults are values the user may write too.
        EXPECT_GE(key.field(offsets), key.minimum);
        EXPECT_LE(key.field(offsets), key.maximum);
        EXPECT_LT(key.minimum, key.maximum);
    }
    EXPECT_EQ(offsetKeys().size(), 15u); // Offsets' fields
}

TEST(PolicyKeys, offsetNamesMapToTheFieldsTheyName)
{
    Offsets offsets;
    EXPECT_EQ(&findOffsetKey("debrief_due_hours")->field(offsets), &offsets.debriefDue.value);
    EXPECT_EQ(&findOffsetKey("thank_you_hard_limit_hours")->field(offsets),
              &offsets.thankYouHardLimit.value);
    EXPECT_EQ(&findOffsetKey("follow_up_without_decision_days")->field(offsets),
              &offsets.followUpWithoutDecision.value);
    EXPECT_EQ(&findOffsetKey("follow_up_count")->field(offsets), &offsets.followUpCount);
    EXPECT_EQ(&findOffsetKey("withdraw_notice_after_acceptance_business_days")->field(offsets),
              &offsets.withdrawNoticeAfterAcceptance.value);
}

TEST(PolicyKeys, unknownOffsetNamesAreNotFound)
{
    EXPECT_EQ(findOffsetKey("debrief-due-hours"), nullptr);
    EXPECT_EQ(findOffsetKey("DEBRIEF_DUE_HOURS"), nullptr);
    EXPECT_EQ(findOffsetKey(""), nullptr);
}

TEST(PolicyKeys, rangeTextNamesBothEnds)
{
    EXPECT_EQ(rangeText(*findOffsetKey("follow_up_count")), "between 0 and 3");
    EXPECT_EQ(rangeText(*findOffsetKey("debrief_due_hours")), "between 0 and 8760");
}

TEST(PolicyKeys, ruleKeysAreKindNamesWithUnderscoresAndMapBack)
{
    EXPECT_EQ(ruleKey(TaskKind::ThankYou), "thank_you");
    EXPECT_EQ(ruleKey(TaskKind::ReferenceHeadsUp), "reference_heads_up");
    EXPECT_EQ(ruleKey(TaskKind::Debrief), "debrief");
    for (const TaskKind kind : allTaskKinds) {
        EXPECT_EQ(ruleKey(kind).find('-'), std::string::npos);
        EXPECT_EQ(kindFromRuleKey(ruleKey(kind)), kind) << ruleKey(kind);
    }
    EXPECT_EQ(kindFromRuleKey("thank-you"), std::nullopt);
    EXPECT_EQ(kindFromRuleKey("Debrief"), std::nullopt);
    EXPECT_EQ(kindFromRuleKey(""), std::nullopt);
}

TEST(PolicyKeys, timesOfDayAreReadAsHoursAndMinutes)
{
    EXPECT_EQ(parseTimeOfDay("08:30"), TimeOfDay{8 * 60 + 30});
    EXPECT_EQ(parseTimeOfDay("00:00"), TimeOfDay{0});
    EXPECT_EQ(parseTimeOfDay("23:59"), TimeOfDay{23 * 60 + 59});
}

TEST(PolicyKeys, timesOfDayOutsideTheDayOrWrittenOtherwiseAreRejected)
{
    for (const std::string_view text : {"24:00", "12:60", "8:30", "08:3", "08:300", "0830", "08.30",
                                        "-1:00", "+8:30", " 8:30", "08:-1", "ab:cd", ""})
        EXPECT_EQ(parseTimeOfDay(text), std::nullopt) << '"' << text << '"';
}

TEST(PolicyKeys, everyTimeOfDayIsWrittenAsItIsRead)
{
    EXPECT_EQ(formatTimeOfDay(TimeOfDay{8 * 60 + 5}), "08:05");
    for (int minute = 0; minute < 24 * 60; ++minute) {
        const std::string text = formatTimeOfDay(TimeOfDay{minute});
        ASSERT_EQ(parseTimeOfDay(text), TimeOfDay{minute}) << text;
    }
}

} // namespace
} // namespace followups::cli
