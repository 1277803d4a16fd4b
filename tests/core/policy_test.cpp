// The product's default settings (SPEC §2–§3), rule switches and the user's own addresses.
#include "followups/ascii_text.h"
#include "followups/policy.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <set>

using namespace followups;

namespace
{

bool contains(const std::vector<std::string>& list, std::string_view word)
{
    return std::find(list.begin(), list.end(), word) != list.end();
}

} // namespace

TEST(DefaultPolicy, hasTheSpecsDefaults)
{
    const Zone berlin = *Zone::fromId("Europe/Berlin");
    const Policy policy = defaultPolicy(berlin);
    EXPECT_EQ(policy.userZone, berlin);
    EXPECT_EQ(policy.keywords.interview, defaultInterviewKeywords());
    EXPECT_EQ(policy.keywords.exclusion, defaultExclusionWords());
    EXPECT_EQ(policy.keywords.noFollowUpsCategory, "No follow-ups");
    EXPECT_EQ(policy.offsets.debriefDue.value, 2);
    EXPECT_EQ(policy.offsets.thankYouDue.value, 24);
    EXPECT_EQ(policy.offsets.thankYouHardLimit.value, 48);
    EXPECT_EQ(policy.offsets.thankYouAlarmBeforeDue.value, 4);
    EXPECT_EQ(policy.offsets.followUpAfterDecision.value, 3);
    EXPECT_EQ(policy.offsets.followUpWithoutDecision.value, 14);
    EXPECT_EQ(policy.offsets.followUpRepeat.value, 7);
    EXPECT_EQ(policy.offsets.followUpCount, 2);
    EXPECT_EQ(policy.offsets.feedbackAfterOutcome.value, 1);
    EXPECT_EQ(policy.offsets.referenceThankYouAfterOutcome.value, 2);
    EXPECT_EQ(policy.offsets.withdrawNoticeAfterAcceptance.value, 1);
    EXPECT_EQ(policy.morning.count(), 9 * 60);
    EXPECT_EQ(policy.window.past.value, 30);
    EXPECT_EQ(policy.window.future.value, 365);
    EXPECT_TRUE(policy.myAddresses.empty());
    EXPECT_TRUE(policy.standingReferences.empty());
    for (const TaskKind kind : allTaskKinds)
        EXPECT_TRUE(policy.rules.enabled(kind)) << kindName(kind);
}

TEST(DefaultKeywords, coverTheSpecsLanguages)
{
    const auto keywords = defaultInterviewKeywords();
    for (const char* word : {"interview", "Vorstellungsgespräch", "entretien", "entrevista",
                             "colloquio", "sollicitatiegesprek", "面接", "面试"})
        EXPECT_TRUE(contains(keywords, word)) << word;
    for (const char* word : {"phone screen", "technical screen", "recruiter screen",
                             "screening call", "interviewing at", "interviewing with"})
        EXPECT_TRUE(contains(keywords, word)) << word;
    const auto exclusions = defaultExclusionWords();
    for (const char* word : {"mock", "practice", "prep", "exit interview", "Probeinterview"})
        EXPECT_TRUE(contains(exclusions, word)) << word;
    // Candidate words exclude only an event the user organises or nobody does (SPEC §2).
    const auto candidates = defaultCandidateWords();
    for (const char* word : {"candidate", "applicant", "Bewerber", "candidat", "candidato"}) {
        EXPECT_TRUE(contains(candidates, word)) << word;
        EXPECT_FALSE(contains(exclusions, word)) << word;
    }
}

TEST(DefaultAddresses, roleMailboxesAndServices)
{
    const auto mailboxes = defaultRoleMailboxes();
    for (const char* box : {"recruiting", "talent", "jobs", "careers", "hiring", "hr"})
        EXPECT_TRUE(contains(mailboxes, box)) << box;
    const auto services = defaultServiceDomains();
    for (const char* domain :
         {"greenhouse.io", "lever.co", "myworkday.com", "goodtime.io", "calendly.com"})
        EXPECT_TRUE(contains(services, domain)) << domain;
}

TEST(DefaultKeywords, haveNoEmptyOrRepeatedEntries)
{
    for (const auto& list :
         {defaultInterviewKeywords(), defaultExclusionWords(), defaultCandidateWords(),
          defaultRoleMailboxes(), defaultServiceDomains()}) {
        std::set<std::string> lowered;
        for (const std::string& word : list) {
            EXPECT_FALSE(word.empty());
            EXPECT_TRUE(lowered.insert(ascii::lower(word)).second) << word;
        }
    }
}

TEST(DefaultKeywords, noExclusionWordIsAnInterviewKeyword)
{
    const auto keywords = defaultInterviewKeywords();
    for (const std::string& word : defaultExclusionWords())
        EXPECT_FALSE(contains(keywords, word)) << word;
}

TEST(RuleSwitches, switchEachKindAlone)
{
    for (const TaskKind kind : allTaskKinds) {
        RuleSwitches rules;
        rules.set(kind, false);
        for (const TaskKind other : allTaskKinds)
            EXPECT_EQ(rules.enabled(other), other != kind) << kindName(kind) << kindName(other);
        rules.set(kind, true);
        EXPECT_TRUE(rules.enabled(kind));
    }
}

TEST(IsMyAddress, comparesCaseInsensitivelyAndIgnoresMailto)
{
    Policy policy = defaultPolicy(Zone::utc());
    policy.myAddresses = {"me@example.org", "MAILTO:Me.Work@Corp.example"};
    EXPECT_TRUE(isMyAddress(policy, "me@example.org"));
    EXPECT_TRUE(isMyAddress(policy, "ME@Example.ORG"));
    EXPECT_TRUE(isMyAddress(policy, "mailto:me@example.org"));
    EXPECT_TRUE(isMyAddress(policy, "MailTo:ME@EXAMPLE.ORG"));
    EXPECT_TRUE(isMyAddress(policy, "me.work@corp.example"));
    EXPECT_FALSE(isMyAddress(policy, "you@example.org"));
    EXPECT_FALSE(isMyAddress(policy, "me@example.org.evil"));
    EXPECT_FALSE(isMyAddress(policy, ""));
    EXPECT_FALSE(isMyAddress(policy, "mailto:"));
}

TEST(IsMyAddress, isFalseWithoutConfiguredAddresses)
{
    EXPECT_FALSE(isMyAddress(defaultPolicy(Zone::utc()), "me@example.org"));
}
