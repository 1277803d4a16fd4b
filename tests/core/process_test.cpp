// Interviews grouped into hiring processes (core/src/process.h, SPEC §2), without the planner:
// which rounds are one process, in which order, and the facts a process carries (outcome and its
// date, contact, references). The rules the planner builds on these are in
// planner_process_test.cpp.
#include "../../core/src/process.h"
#include "planner_fixtures.h"

#include <gtest/gtest.h>

namespace followups
{
namespace
{

using namespace followups::testing;

// An Acme – Engineer round starting `day` November 2026 at 14:00 Berlin.
Interview round(std::string uid, unsigned day, std::string company = "Acme",
                std::string role = "Engineer")
{
    Interview interview =
        acmeInterview(std::move(uid), utc(2026, 11, day, 13), utc(2026, 11, day, 14));
    interview.company = std::move(company);
    interview.role = std::move(role);
    return interview;
}

// The processes point into `interviews`: use them within the expression that made them.
std::vector<Process> grouped(const std::vector<Interview>& interviews, Instant now = novemberNow())
{
    std::vector<const Interview*> pointers;
    for (const Interview& interview : interviews)
        pointers.push_back(&interview);
    return groupProcesses(pointers, berlin(), now);
}

// Each process as the UIDs of its rounds, in order.
std::vector<std::vector<std::string>> roundUids(const std::vector<Process>& processes)
{
    std::vector<std::vector<std::string>> uids;
    for (const Process& process : processes) {
        uids.emplace_back();
        for (const Interview* interview : process.rounds)
            uids.back().push_back(interview->key.uid);
    }
    return uids;
}

using Uids = std::vector<std::vector<std::string>>;

TEST(Process, roundsAreOrderedByStartThenKeyAndProcessesByTheirFirstRound)
{
    const std::vector<Interview> interviews{round("b-late", 20, "Beta"), round("a-2", 12),
                                            round("b-early", 5, "Beta"), round("a-1b", 10),
                                            round("a-1a", 10)};
    const auto processes = grouped(interviews);
    EXPECT_EQ(roundUids(processes), (Uids{{"b-early", "b-late"}, {"a-1a", "a-1b", "a-2"}}));
    EXPECT_EQ(processes[1].firstRound().key.uid, "a-1a");
    EXPECT_EQ(processes[1].lastRound().key.uid, "a-2");
    EXPECT_TRUE(processes[1].isLastRound(interviews[1]));
    EXPECT_FALSE(processes[1].isLastRound(interviews[3]));
}

TEST(Process, cancelledInterviewsAreNoRounds)
{
    Interview cancelled = round("a-2", 12);
    cancelled.cancelled = true;
    EXPECT_EQ(roundUids(grouped({round("a-1", 10), cancelled})), (Uids{{"a-1"}}));
    EXPECT_TRUE(grouped({cancelled}).empty());
}

TEST(Process, theCompanyIsComparedFoldedWithoutLegalFormsOrPunctuation)
{
    EXPECT_EQ(roundUids(grouped({round("1", 2, "Acme Inc."), round("2", 3, "  ACME "),
                                 round("3", 4, "acme GmbH"), round("4", 5, "Northwind Labs"),
                                 round("5", 6, "Northwind-Labs"), round("6", 7, "O'Brien & Co"),
                                 round("7", 8, "OBrien")})),
              (Uids{{"1", "2", "3"}, {"4", "5"}, {"6", "7"}}));
}

TEST(Process, aCompanyThatIsOnlyALegalFormKeepsIt)
{
    // "AG" alone names a company (an abbreviation), not nothing: its rounds are one process, apart
    // from another company's.
    EXPECT_EQ(roundUids(grouped({round("1", 2, "AG"), round("2", 3, "ag"), round("3", 4, "Co")})),
              (Uids{{"1", "2"}, {"3"}}));
}

TEST(Process, anotherCompanyIsAnotherProcess)
{
    EXPECT_EQ(roundUids(grouped({round("1", 2, "Acme"), round("2", 3, "Acme Labs")})),
              (Uids{{"1"}, {"2"}}));
}

TEST(Process, interviewsNamingNoCompanyAreEachAProcessOfTheirOwn)
{
    EXPECT_EQ(roundUids(grouped({round("1", 2, ""), round("2", 3, " "), round("3", 4, "")})),
              (Uids{{"1"}, {"2"}, {"3"}}));
}

TEST(Process, rolesSplitACompanysRoundsAndAreComparedFolded)
{
    EXPECT_EQ(
        roundUids(grouped({round("1", 2, "Acme", "Engineer"), round("2", 3, "Acme", "Manager"),
                           round("3", 4, "Acme", " ENGINEER ")})),
        (Uids{{"1", "3"}, {"2"}}));
}

TEST(Process, aRoundNamingNoRoleJoinsTheNearestEarlierRoundThatNamesOne)
{
    EXPECT_EQ(
        roundUids(grouped({round("1", 2, "Acme", "Engineer"), round("2", 4, "Acme", "Manager"),
                           round("3", 6, "Acme", ""), round("4", 3, "Acme", "")})),
        (Uids{{"1", "4"}, {"2", "3"}}));
}

TEST(Process, aFirstRoundNamingNoRoleJoinsTheNearestLaterOne)
{
    EXPECT_EQ(roundUids(grouped({round("screen", 2, "Acme", ""), round("1", 4, "Acme", "Manager"),
                                 round("2", 6, "Acme", "Engineer")})),
              (Uids{{"screen", "1"}, {"2"}}));
}

TEST(Process, roundsNamingNoRoleAtAllAreOneProcess)
{
    EXPECT_EQ(roundUids(grouped({round("1", 2, "Acme", ""), round("2", 4, "Acme", "")})),
              (Uids{{"1", "2"}}));
}

TEST(Process, theOutcomeIsTheLatestRoundsThatHasOne)
{
    Interview first = round("1", 2);
    first.outcome = Outcome{OutcomeKind::Offer, date(2026, 11, 3)};
    Interview second = round("2", 4);
    second.outcome = Outcome{OutcomeKind::Rejected, date(2026, 11, 6)};
    const Interview third = round("3", 9);
    const auto processes = grouped({third, second, first});
    ASSERT_EQ(processes.size(), 1u);
    ASSERT_TRUE(processes[0].outcome);
    EXPECT_EQ(processes[0].outcome->kind, OutcomeKind::Rejected);
    EXPECT_EQ(processes[0].outcomeDate, date(2026, 11, 6));
    EXPECT_TRUE(processes[0].hasFinalOutcome());
}

TEST(Process, anOfferIsNoFinalOutcomeAndNoOutcomeIsNone)
{
    Interview offered = round("1", 2);
    offered.outcome = Outcome{OutcomeKind::Offer, date(2026, 11, 3)};
    EXPECT_FALSE(grouped({offered})[0].hasFinalOutcome());
    const auto none = grouped({round("2", 2)});
    EXPECT_FALSE(none[0].outcome);
    EXPECT_FALSE(none[0].hasFinalOutcome());
}

TEST(Process, anUndatedOutcomeIsDatedByLastModifiedInTheUsersZone)
{
    Interview interview = round("1", 2);
    interview.outcome = Outcome{OutcomeKind::Withdrawn, std::nullopt};
    // 23:30 UTC on 5 Nov is 00:30 on 6 Nov in Berlin.
    interview.lastModified = utc(2026, 11, 5, 23, 30);
    EXPECT_EQ(grouped({interview})[0].outcomeDate, date(2026, 11, 6));
}

TEST(Process, anOutcomeWithNeitherDateNorLastModifiedIsDatedByNow)
{
    Interview interview = round("1", 2);
    interview.outcome = Outcome{OutcomeKind::Accepted, std::nullopt};
    EXPECT_EQ(grouped({interview}, utc(2026, 11, 8, 23, 30))[0].outcomeDate, date(2026, 11, 9));
}

TEST(Process, theContactIsTheLatestRoundsThatNamesOne)
{
    Interview first = round("1", 2);
    first.contact = person("Rita Recruiter", "rita@acme.example");
    Interview second = round("2", 4);
    second.contact = person("Sam Sourcer", "sam@acme.example");
    Interview third = round("3", 6);
    third.contact = Person{}; // an empty contact names no one
    const auto processes = grouped({first, second, third});
    ASSERT_TRUE(processes[0].contact);
    EXPECT_EQ(processes[0].contact->name, "Sam Sourcer");
    EXPECT_FALSE(grouped({round("4", 2)})[0].contact);
}

TEST(Process, everyRoundsReferencesEachPersonOnce)
{
    Interview first = round("1", 2);
    first.references = {person("Ann Ref", "ann@example.org"), person("Bob Ref")};
    Interview second = round("2", 4);
    second.references = {person("Ann R.", "ANN@example.org"), person("bob  ref"),
                         person("Cat Ref")};
    const auto references = grouped({second, first})[0].references;
    ASSERT_EQ(references.size(), 3u);
    EXPECT_EQ(references[0].name, "Ann Ref");
    EXPECT_EQ(references[1].name, "Bob Ref");
    EXPECT_EQ(references[2].name, "Cat Ref");
}

} // namespace
} // namespace followups
