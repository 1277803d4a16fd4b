// Rules that span a hiring process (SPEC §2–§3): later rounds, outcomes and their dates, feedback,
// reference thank-yous, and the withdraw-notice when an offer elsewhere is accepted.
#include "followups/planner.h"
#include "planner_fixtures.h"

#include <gtest/gtest.h>

namespace followups
{
namespace
{

using namespace followups::testing;

Interview secondRound(std::string uid = "acme-2@example.com")
{
    // Tue 10 Nov 2026, 10:00–11:00 CET.
    return acmeInterview(std::move(uid), utc(2026, 11, 10, 9), utc(2026, 11, 10, 10));
}

TEST(PlannerProcess, theNextRoundCancelsOnlyTheEarlierRoundsFollowUps)
{
    Interview first = acmeInterview();
    first.interviewers = {person("Jane Doe", "jane@acme.example")};
    first.references = {person("Rita Ref")};
    Interview second = secondRound();
    second.company = "  ACME ";
    second.role = "engineer";
    const Plan plan = planAt({first, second}, berlinPolicy());

    EXPECT_TRUE(tasksOf(plan, TaskKind::FollowUp, first.key).empty());
    EXPECT_EQ(tasksOf(plan, TaskKind::FollowUp, second.key).size(), 2u);
    EXPECT_EQ(tasksOf(plan, TaskKind::Debrief, first.key).size(), 1u);
    EXPECT_EQ(tasksOf(plan, TaskKind::ThankYou, first.key).size(), 1u);
    EXPECT_EQ(tasksOf(plan, TaskKind::ReferenceHeadsUp, first.key).size(), 1u);
}

TEST(PlannerProcess, anUpcomingRoundAlreadyReplacesTheFollowUps)
{
    // Planned on 4 Nov: the second round on 10 Nov is still ahead.
    const Plan plan =
        planAt({acmeInterview(), secondRound()}, berlinPolicy(), utc(2026, 11, 4, 12));
    EXPECT_TRUE(tasksOf(plan, TaskKind::FollowUp, acmeInterview().key).empty());
}

TEST(PlannerProcess, aRoundOutsideTheWindowStillCountsForTheProcess)
{
    Interview first = acmeInterview();
    const Interview second = secondRound();
    const Policy policy = berlinPolicy();
    const Plan plan = planFollowUps({first, second}, policy, novemberNow(),
                                    TimeRange{utc(2026, 11, 1, 0), utc(2026, 11, 5, 0)});
    EXPECT_EQ(plan.outsideWindow, std::set<InterviewKey>{second.key});
    EXPECT_TRUE(tasksOf(plan, TaskKind::FollowUp).empty());
    EXPECT_FALSE(tasksOf(plan, TaskKind::Debrief, first.key).empty());
}

TEST(PlannerProcess, anotherRoleOrCompanyIsAnotherProcess)
{
    Interview otherRole = secondRound("other-role@example.com");
    otherRole.role = "Manager";
    Interview otherCompany = secondRound("other-company@example.com");
    otherCompany.company = "Acme Labs";
    const Plan plan = planAt({acmeInterview(), otherRole, otherCompany}, berlinPolicy());

    EXPECT_EQ(tasksOf(plan, TaskKind::FollowUp, acmeInterview().key).size(), 2u);
    EXPECT_EQ(tasksOf(plan, TaskKind::FollowUp, otherRole.key).size(), 2u);
    EXPECT_EQ(tasksOf(plan, TaskKind::FollowUp, otherCompany.key).size(), 2u);
}

// Issue 10: a screen (no role in its title) and the interview that followed were two processes,
// so the screen's follow-ups stayed open during the interview.
TEST(PlannerProcess, aRoundWithoutARoleJoinsItsCompanysRounds)
{
    Interview screen = acmeInterview();
    screen.role.clear();
    const Interview second = secondRound(); // Acme – Engineer
    const Plan plan = planAt({screen, second}, berlinPolicy());
    EXPECT_TRUE(tasksOf(plan, TaskKind::FollowUp, screen.key).empty());
    EXPECT_EQ(tasksOf(plan, TaskKind::FollowUp, second.key).size(), 2u);
}

// Issue 10: the company read from a title and the one made from an address's domain are written
// differently ("Northwind Labs", "Northwind-Labs"), as are legal forms.
TEST(PlannerProcess, oneCompanyWrittenTwoWaysIsOneProcess)
{
    for (const auto& [first, second] :
         std::vector<std::pair<std::string, std::string>>{{"Northwind Labs", "Northwind-Labs"},
                                                          {"Acme", "Acme Inc."},
                                                          {"Initech GmbH", "initech"}}) {
        Interview one = acmeInterview();
        one.company = first;
        Interview two = secondRound();
        two.company = second;
        const Plan plan = planAt({one, two}, berlinPolicy());
        EXPECT_TRUE(tasksOf(plan, TaskKind::FollowUp, one.key).empty()) << first << " / " << second;
    }
}

// With two roles at one company, a round naming none joins the role whose rounds came just before.
TEST(PlannerProcess, aRoundWithoutARoleJoinsTheRoleBeforeIt)
{
    Interview engineer =
        acmeInterview("engineer-1@example.com", utc(2026, 11, 2, 9), utc(2026, 11, 2, 10));
    Interview manager =
        acmeInterview("manager-1@example.com", utc(2026, 11, 3, 9), utc(2026, 11, 3, 10));
    manager.role = "Manager";
    Interview unnamed = secondRound("unnamed@example.com"); // 10 Nov
    unnamed.role.clear();
    const Plan plan = planAt({engineer, manager, unnamed}, berlinPolicy());
    EXPECT_EQ(tasksOf(plan, TaskKind::FollowUp, engineer.key).size(), 2u);
    EXPECT_TRUE(tasksOf(plan, TaskKind::FollowUp, manager.key).empty());
    EXPECT_EQ(tasksOf(plan, TaskKind::FollowUp, unnamed.key).size(), 2u);
}

TEST(PlannerProcess, roundsWithTheSameCompanyAndNoRoleAreOneProcess)
{
    Interview first = acmeInterview();
    first.role.clear();
    Interview second = secondRound();
    second.role.clear();
    const Plan plan = planAt({first, second}, berlinPolicy());
    EXPECT_TRUE(tasksOf(plan, TaskKind::FollowUp, first.key).empty());
    EXPECT_EQ(tasksOf(plan, TaskKind::FollowUp, second.key).size(), 2u);
}

TEST(PlannerProcess, interviewsNamingNoCompanyAreNeverRoundsOfEachOther)
{
    Interview first = acmeInterview();
    first.company.clear();
    Interview second = secondRound();
    second.company.clear();
    const Plan plan = planAt({first, second}, berlinPolicy());
    EXPECT_EQ(tasksOf(plan, TaskKind::FollowUp, first.key).size(), 2u);
    EXPECT_EQ(tasksOf(plan, TaskKind::FollowUp, second.key).size(), 2u);
}

TEST(PlannerProcess, aCancelledLaterRoundDoesNotCancelTheFollowUps)
{
    Interview second = secondRound();
    second.cancelled = true;
    const Plan plan = planAt({acmeInterview(), second}, berlinPolicy());
    EXPECT_EQ(tasksOf(plan, TaskKind::FollowUp, acmeInterview().key).size(), 2u);
    EXPECT_TRUE(tasksOf(plan, TaskKind::Debrief, second.key).empty());
}

// --- outcomes ---

Interview withOutcome(OutcomeKind kind, std::optional<Date> on)
{
    Interview interview = acmeInterview();
    interview.interviewers = {person("Jane Doe", "jane@acme.example")};
    interview.references = {person("Rita Ref", "rita@old.example"), person("Sam Ref")};
    interview.deliverables = {Deliverable{"work sample", Due{date(2026, 11, 10)}}};
    interview.contact = person("Carol Hr", "carol@acme.example");
    interview.outcome = Outcome{kind, on};
    return interview;
}

TEST(PlannerProcess, everyOutcomeEndsTheFollowUpsButNeverTheThankYouDebriefOrDeliverable)
{
    for (const OutcomeKind kind : {OutcomeKind::Offer, OutcomeKind::Rejected, OutcomeKind::Accepted,
                                   OutcomeKind::Withdrawn}) {
        const Plan plan = planAt({withOutcome(kind, date(2026, 11, 6))}, berlinPolicy());
        SCOPED_TRACE(std::string(outcomeName(kind)));
        EXPECT_TRUE(tasksOf(plan, TaskKind::FollowUp).empty());
        EXPECT_EQ(tasksOf(plan, TaskKind::ThankYou).size(), 1u);
        EXPECT_EQ(tasksOf(plan, TaskKind::Debrief).size(), 1u);
        EXPECT_EQ(tasksOf(plan, TaskKind::Deliverable).size(), 1u);
        EXPECT_EQ(tasksOf(plan, TaskKind::ReferenceHeadsUp).size(), 2u);
    }
}

TEST(PlannerProcess, anOfferIsNotFinalAndBringsNeitherFeedbackNorReferenceThanks)
{
    const Plan plan = planAt({withOutcome(OutcomeKind::Offer, date(2026, 11, 6))}, berlinPolicy());
    EXPECT_TRUE(tasksOf(plan, TaskKind::Feedback).empty());
    EXPECT_TRUE(tasksOf(plan, TaskKind::ReferenceThankYou).empty());
}

TEST(PlannerProcess, aRejectionBringsFeedbackAfterOneBusinessDayAndReferenceThanksAfterTwo)
{
    // Rejected on Friday 6 Nov: feedback on Monday 9, reference thank-yous on Tuesday 10.
    const Plan plan =
        planAt({withOutcome(OutcomeKind::Rejected, date(2026, 11, 6))}, berlinPolicy());
    const auto feedback = tasksOf(plan, TaskKind::Feedback);
    ASSERT_EQ(feedback.size(), 1u);
    EXPECT_EQ(dueDate(feedback[0]), date(2026, 11, 9));
    EXPECT_EQ(feedback[0].alarm, utc(2026, 11, 9, 8));
    ASSERT_TRUE(feedback[0].person.has_value());
    EXPECT_EQ(feedback[0].person->email, "carol@acme.example");

    const auto thanks = tasksOf(plan, TaskKind::ReferenceThankYou);
    ASSERT_EQ(thanks.size(), 2u);
    for (const Task& task : thanks) {
        EXPECT_EQ(dueDate(task), date(2026, 11, 10));
        EXPECT_EQ(task.alarm, utc(2026, 11, 10, 8));
    }
}

TEST(PlannerProcess, acceptedAndWithdrawnAreFinalWithReferenceThanksButNoFeedback)
{
    for (const OutcomeKind kind : {OutcomeKind::Accepted, OutcomeKind::Withdrawn}) {
        const Plan plan = planAt({withOutcome(kind, date(2026, 11, 6))}, berlinPolicy());
        SCOPED_TRACE(std::string(outcomeName(kind)));
        EXPECT_TRUE(tasksOf(plan, TaskKind::Feedback).empty());
        const auto thanks = tasksOf(plan, TaskKind::ReferenceThankYou);
        ASSERT_EQ(thanks.size(), 2u);
        EXPECT_EQ(dueDate(thanks[0]), date(2026, 11, 10));
    }
}

TEST(PlannerProcess, anUndatedOutcomeIsDatedByLastModifiedInTheUsersZone)
{
    for (const OutcomeKind kind :
         {OutcomeKind::Rejected, OutcomeKind::Accepted, OutcomeKind::Withdrawn}) {
        Interview interview = withOutcome(kind, std::nullopt);
        // 23:30 UTC on Thursday 5 Nov is already Friday 6 Nov in Berlin.
        interview.lastModified = utc(2026, 11, 5, 23, 30);
        const Plan plan = planAt({interview}, berlinPolicy(), utc(2026, 11, 20, 12));
        SCOPED_TRACE(std::string(outcomeName(kind)));
        EXPECT_EQ(dueDate(tasksOf(plan, TaskKind::ReferenceThankYou).at(0)), date(2026, 11, 10));
        if (kind == OutcomeKind::Rejected) {
            EXPECT_EQ(dueDate(tasksOf(plan, TaskKind::Feedback).at(0)), date(2026, 11, 9));
        }
    }
}

TEST(PlannerProcess, anOutcomeWithNeitherDateNorLastModifiedIsDatedByNow)
{
    for (const OutcomeKind kind : {OutcomeKind::Offer, OutcomeKind::Rejected, OutcomeKind::Accepted,
                                   OutcomeKind::Withdrawn}) {
        // Now: Tuesday 10 Nov.
        const Plan plan =
            planAt({withOutcome(kind, std::nullopt)}, berlinPolicy(), utc(2026, 11, 10, 12));
        SCOPED_TRACE(std::string(outcomeName(kind)));
        EXPECT_TRUE(tasksOf(plan, TaskKind::FollowUp).empty());
        if (isFinal(kind)) {
            EXPECT_EQ(dueDate(tasksOf(plan, TaskKind::ReferenceThankYou).at(0)),
                      date(2026, 11, 12));
        }
        if (kind == OutcomeKind::Rejected) {
            EXPECT_EQ(dueDate(tasksOf(plan, TaskKind::Feedback).at(0)), date(2026, 11, 11));
        }
    }
}

TEST(PlannerProcess, anOutcomeOnAnyRoundAppliesToTheProcessAndItsTasksGoToTheLastRound)
{
    Interview first = acmeInterview();
    first.references = {person("Rita Ref")};
    first.contact = person("Carol Hr", "carol@acme.example");
    first.outcome = Outcome{OutcomeKind::Rejected, date(2026, 11, 12)};
    Interview second = secondRound();
    second.references = {person("rita  REF"), person("Sam Ref")};
    const Plan plan = planAt({first, second}, berlinPolicy());

    EXPECT_TRUE(tasksOf(plan, TaskKind::FollowUp).empty());
    const auto feedback = tasksOf(plan, TaskKind::Feedback, second.key);
    ASSERT_EQ(feedback.size(), 1u);
    EXPECT_EQ(dueDate(feedback[0]), date(2026, 11, 13));
    ASSERT_TRUE(feedback[0].person.has_value()); // the process's contact, named on round one
    EXPECT_EQ(feedback[0].person->email, "carol@acme.example");
    EXPECT_TRUE(tasksOf(plan, TaskKind::Feedback, first.key).empty());
    // Each reference of the process once, however many rounds named them.
    EXPECT_EQ(tasksOf(plan, TaskKind::ReferenceThankYou, second.key).size(), 2u);
    EXPECT_TRUE(tasksOf(plan, TaskKind::ReferenceThankYou, first.key).empty());
}

// --- accepting an offer elsewhere ---

Interview processAt(std::string company, Instant start)
{
    Interview interview =
        acmeInterview(company + "@example.com", start, start + std::chrono::hours{1});
    interview.company = std::move(company);
    interview.contact =
        person(interview.company + " Recruiter", "hr@" + interview.company + ".example");
    return interview;
}

TEST(PlannerProcess, acceptingAnOfferBringsAWithdrawNoticeForEveryOtherOpenProcess)
{
    Interview accepted = processAt("Gamma", utc(2026, 11, 3, 9));
    accepted.outcome = Outcome{OutcomeKind::Accepted, date(2026, 11, 12)}; // Thursday
    const Interview open = processAt("Beta", utc(2026, 11, 4, 9));
    Interview offered = processAt("Delta", utc(2026, 11, 5, 9));
    offered.outcome = Outcome{OutcomeKind::Offer, date(2026, 11, 9)};
    Interview betaRoundTwo = processAt("Beta", utc(2026, 11, 6, 9));
    betaRoundTwo.key.uid = "beta-2@example.com";
    const Plan plan =
        planAt({accepted, open, offered, betaRoundTwo}, berlinPolicy(), utc(2026, 11, 12, 12));

    const auto notices = tasksOf(plan, TaskKind::WithdrawNotice);
    ASSERT_EQ(notices.size(), 2u);
    const auto beta = tasksOf(plan, TaskKind::WithdrawNotice, betaRoundTwo.key); // the last round
    ASSERT_EQ(beta.size(), 1u);
    EXPECT_EQ(dueDate(beta[0]), date(2026, 11, 13));
    EXPECT_EQ(beta[0].alarm, utc(2026, 11, 13, 8));
    ASSERT_TRUE(beta[0].person.has_value());
    EXPECT_EQ(beta[0].person->email, betaRoundTwo.contact->email);
    EXPECT_EQ(tasksOf(plan, TaskKind::WithdrawNotice, offered.key).size(), 1u);
    EXPECT_TRUE(tasksOf(plan, TaskKind::WithdrawNotice, accepted.key).empty());
}

std::vector<Task> tasksFor(const Plan& plan, const InterviewKey& interview)
{
    std::vector<Task> found;
    for (const Task& task : plan.tasks) {
        if (task.interview == interview)
            found.push_back(task);
    }
    return found;
}

// Issue 13: accepting an offer left an interview still scheduled at another company with its
// debrief, thank-you and follow-ups, and no withdraw-notice; the interview the user will not
// attend is the one where "don't ghost" matters most (SPEC §2).
TEST(PlannerProcess, aRoundScheduledAfterTheAcceptanceGetsOnlyTheWithdrawNotice)
{
    Interview accepted = processAt("Gamma", utc(2026, 11, 3, 9));
    accepted.outcome = Outcome{OutcomeKind::Accepted, date(2026, 11, 12)}; // Thursday
    const Interview taken = processAt("Beta", utc(2026, 11, 4, 9));
    Interview ahead = processAt("Beta", utc(2026, 11, 20, 9)); // scheduled, not yet held
    ahead.key.uid = "beta-ahead@example.com";
    const Plan plan = planAt({accepted, taken, ahead}, berlinPolicy(), utc(2026, 11, 12, 12));

    const auto aheadTasks = tasksFor(plan, ahead.key);
    ASSERT_EQ(aheadTasks.size(), 1u);
    EXPECT_EQ(aheadTasks[0].kind, TaskKind::WithdrawNotice);
    EXPECT_EQ(dueDate(aheadTasks[0]), date(2026, 11, 13)); // the next business day
    EXPECT_EQ(aheadTasks[0].alarm, utc(2026, 11, 13, 8));  // 09:00, a week before it starts
    ASSERT_TRUE(aheadTasks[0].person.has_value());
    EXPECT_EQ(aheadTasks[0].person->email, "hr@Beta.example");
    // The round held before keeps what it had (thank-yous, debrief), no follow-up, no notice.
    EXPECT_TRUE(tasksOf(plan, TaskKind::WithdrawNotice, taken.key).empty());
    EXPECT_EQ(tasksOf(plan, TaskKind::Debrief, taken.key).size(), 1u);
    EXPECT_EQ(tasksOf(plan, TaskKind::ThankYou, taken.key).size(), 1u);
    EXPECT_TRUE(tasksOf(plan, TaskKind::FollowUp).empty());
}

TEST(PlannerProcess, theWithdrawNoticeComesBeforeARoundThatStartsTheNextMorning)
{
    Interview accepted = processAt("Gamma", utc(2026, 11, 3, 9));
    accepted.outcome = Outcome{OutcomeKind::Accepted, date(2026, 11, 12)}; // Thursday
    const Interview taken = processAt("Beta", utc(2026, 11, 4, 9));
    // Friday 08:00 Berlin: 09:00 on the next business day would be an hour too late.
    Interview early = processAt("Beta", utc(2026, 11, 13, 7));
    early.key.uid = "beta-early@example.com";
    const auto notices =
        tasksOf(planAt({accepted, taken, early}, berlinPolicy(), utc(2026, 11, 12, 12)),
                TaskKind::WithdrawNotice, early.key);
    ASSERT_EQ(notices.size(), 1u);
    ASSERT_FALSE(notices[0].due.allDay());
    EXPECT_LT(std::get<Instant>(notices[0].due.value), early.start);
    EXPECT_LE(notices[0].alarm, std::get<Instant>(notices[0].due.value));
}

// An interview of another company the user had in the calendar when they accepted (its
// LAST-MODIFIED, else DTSTAMP, by the acceptance) is one they will not attend, though it is the
// first of its process; one that came later starts a new search.
TEST(PlannerProcess, aProcessScheduledBeforeTheAcceptanceIsClosedByIt)
{
    Interview accepted = processAt("Gamma", utc(2026, 11, 3, 9));
    accepted.outcome = Outcome{OutcomeKind::Accepted, date(2026, 11, 12)};
    Interview known = processAt("Zeta", utc(2026, 11, 18, 9));
    known.dtstamp = utc(2026, 11, 2, 10);
    Interview invitedLater = processAt("Eta", utc(2026, 11, 19, 9));
    invitedLater.lastModified = utc(2026, 11, 14, 10);
    invitedLater.dtstamp = utc(2026, 11, 2, 10); // LAST-MODIFIED says more
    const Plan plan =
        planAt({accepted, known, invitedLater}, berlinPolicy(), utc(2026, 11, 12, 12));

    const auto zeta = tasksFor(plan, known.key);
    ASSERT_EQ(zeta.size(), 1u);
    EXPECT_EQ(zeta[0].kind, TaskKind::WithdrawNotice);
    EXPECT_TRUE(tasksOf(plan, TaskKind::WithdrawNotice, invitedLater.key).empty());
    EXPECT_EQ(tasksOf(plan, TaskKind::FollowUp, invitedLater.key).size(), 2u);
}

TEST(PlannerProcess, aWithdrawNoticeReplacesTheFollowUpsEvenWhenSwitchedOff)
{
    Interview accepted = processAt("Gamma", utc(2026, 11, 3, 9));
    accepted.outcome = Outcome{OutcomeKind::Accepted, date(2026, 11, 12)};
    const Interview open = processAt("Beta", utc(2026, 11, 4, 9));
    Policy policy = berlinPolicy();
    EXPECT_TRUE(tasksOf(planAt({accepted, open}, policy), TaskKind::FollowUp).empty());
    policy.rules.withdrawNotice = false;
    EXPECT_TRUE(tasksOf(planAt({accepted, open}, policy), TaskKind::FollowUp).empty());
    // Without the acceptance, Beta is followed up.
    EXPECT_EQ(tasksOf(planAt({open}, policy), TaskKind::FollowUp).size(), 2u);
}

TEST(PlannerProcess, noWithdrawNoticeForClosedCancelledOrLaterProcesses)
{
    Interview accepted = processAt("Gamma", utc(2026, 11, 3, 9));
    accepted.outcome = Outcome{OutcomeKind::Accepted, date(2026, 11, 12)};
    Interview rejected = processAt("Beta", utc(2026, 11, 4, 9));
    rejected.outcome = Outcome{OutcomeKind::Rejected, date(2026, 11, 9)};
    Interview withdrawn = processAt("Delta", utc(2026, 11, 4, 9));
    withdrawn.outcome = Outcome{OutcomeKind::Withdrawn, date(2026, 11, 9)};
    Interview cancelled = processAt("Epsilon", utc(2026, 11, 5, 9));
    cancelled.cancelled = true;
    // A process that began after the acceptance belongs to a later search.
    const Interview later = processAt("Zeta", utc(2026, 11, 16, 9));
    const Plan plan = planAt({accepted, rejected, withdrawn, cancelled, later}, berlinPolicy(),
                             utc(2026, 11, 12, 12));

    EXPECT_TRUE(tasksOf(plan, TaskKind::WithdrawNotice).empty());
}

TEST(PlannerProcess, anUndatedAcceptanceIsDatedLikeAnyOutcome)
{
    Interview accepted = processAt("Gamma", utc(2026, 11, 3, 9));
    accepted.outcome = Outcome{OutcomeKind::Accepted, std::nullopt};
    accepted.lastModified = utc(2026, 11, 6, 10); // Friday → notice on Monday
    const Interview open = processAt("Beta", utc(2026, 11, 4, 9));
    const Plan plan = planAt({accepted, open}, berlinPolicy(), utc(2026, 11, 12, 12));

    const auto notices = tasksOf(plan, TaskKind::WithdrawNotice, open.key);
    ASSERT_EQ(notices.size(), 1u);
    EXPECT_EQ(dueDate(notices[0]), date(2026, 11, 9));
}

} // namespace
} // namespace followups
