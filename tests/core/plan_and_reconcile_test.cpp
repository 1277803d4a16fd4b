// One pass over a store (core/include/followups/plan_and_reconcile.h): the memory of what was
// issued, deleted, refused and first seen, outcomes taken from tasks, and what is left alone.
#include "followups/identity.h"
#include "followups/plan_and_reconcile.h"
#include "planner_fixtures.h"
#include "task_store.h"
#include "texts_language.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace followups;
using namespace followups::testing;
using namespace std::chrono;

namespace
{

const Date today = date(2026, 11, 2);

Instant noonOn(Date day)
{
    return wallClock(berlin(), static_cast<int>(day.year()), static_cast<unsigned>(day.month()),
                     static_cast<unsigned>(day.day()), 12);
}

Date daysAfter(Date day, int count)
{
    return Date{sys_days{day} + days{count}};
}

// 14:00–15:00 Berlin on `day`, with one interviewer.
Interview interviewOn(const std::string& uid, Date day)
{
    const Instant start = atLocalTime(day, TimeOfDay{14 * 60}, berlin());
    Interview interview = acmeInterview(uid, start, start + 1h);
    interview.interviewers = {person("Alice", "alice@acme.example")};
    return interview;
}

Policy policy()
{
    Policy result = berlinPolicy();
    result.myAddresses = {"me@example.org"};
    return result;
}

PassResult runPass(std::vector<Interview> interviews, const std::vector<ExistingTask>& existing,
                   const StoreMemory& memory, Instant now, bool complete = true)
{
    PassInput input;
    input.interviews = std::move(interviews);
    input.window = defaultPlanningWindow(policy(), now);
    input.complete = complete;
    return planAndReconcile(std::move(input), existing, memory, policy(), now);
}

// The store after the pass, every write confirmed.
std::vector<ExistingTask> stored(const PassResult& pass)
{
    return storeAfter(pass.steps, [&](const Task& task) {
        const auto& issued = pass.issuedFor(task.interview);
        return std::vector<std::string>(issued.begin(), issued.end());
    });
}

std::vector<ReconcileStep> writes(const PassResult& pass)
{
    std::vector<ReconcileStep> result;
    std::ranges::copy_if(pass.steps, std::back_inserter(result),
                         [](const ReconcileStep& step) { return changesStore(step.action); });
    return result;
}

const Task* taskOf(const PassResult& pass, TaskKind kind)
{
    const auto found = std::ranges::find(pass.plan.tasks, kind, &Task::kind);
    return found == pass.plan.tasks.end() ? nullptr : &*found;
}

StoreMemory agentMemory()
{
    StoreMemory memory;
    memory.keepsOutcomes = true;
    return memory;
}

// A first pass plans the interview's tasks; the store takes all but the first. Returns the tasks
// stored and the UID that failed.
std::pair<std::vector<ExistingTask>, std::string> createAllButOne(StoreMemory& memory,
                                                                  bool reportFailure)
{
    const auto first =
        runPass({interviewOn("uid-f", daysAfter(today, 3))}, {}, memory, noonOn(today));
    memory = first.memory;
    const auto planned = writes(first);
    const std::string failed = planned.front().task.uid;
    const std::vector<ReconcileStep> created(planned.begin() + 1, planned.end());
    for (const auto& step : created) {
        // Every task of the batch lists every UID planned in it, the failed one too.
        if (!first.issuedFor(step.task.interview).contains(failed))
            return {};
        memory.addIssued(step.task.interview, {step.task.uid});
    }
    if (reportFailure)
        memory.creationFailed({"uid-f", ""}, failed);
    return {storeAfter(created,
                       [&](const Task& task) {
                           const auto& issued = first.issuedFor(task.interview);
                           return std::vector<std::string>(issued.begin(), issued.end());
                       }),
            failed};
}

// The pass after createAllButOne, and the UID that failed.
std::pair<PassResult, std::string> passAfterAllButOne(StoreMemory& memory, bool reportFailure)
{
    auto [existing, failed] = createAllButOne(memory, reportFailure);
    if (failed.empty())
        return {};
    return {runPass({interviewOn("uid-f", daysAfter(today, 3))}, existing, memory, noonOn(today)),
            failed};
}

} // namespace

TEST(PlanAndReconcile, createsEveryPlannedTaskOfANewInterview)
{
    const auto pass = runPass({interviewOn("uid-n", daysAfter(today, 3))}, {}, {}, noonOn(today));
    ASSERT_EQ(pass.steps.size(), pass.plan.tasks.size());
    std::set<std::string> uids;
    for (const auto& step : pass.steps) {
        EXPECT_EQ(step.action, ReconcileAction::Create);
        uids.insert(step.task.uid);
    }
    EXPECT_EQ(pass.issuedFor({"uid-n", ""}), uids);
    // Not issued until the store confirms them.
    EXPECT_TRUE(pass.memory.records().empty());
}

TEST(PlanAndReconcile, findsNothingToDoAfterStoringWhatItPlanned)
{
    const auto interviews = std::vector{interviewOn("uid-s", daysAfter(today, 3))};
    const auto first = runPass(interviews, {}, {}, noonOn(today));
    auto store = stored(first);
    // A category the user added is theirs: no update, no "edited" either.
    store.front().task.categories.push_back("Important");
    const auto second = runPass(interviews, store, first.memory, noonOn(today));
    EXPECT_TRUE(writes(second).empty());
    EXPECT_EQ(second.keptUserChanges, 0U);
}

// The user's language changed (LANGUAGE, --language): the tasks the product wrote are rewritten in
// the new one, in place (same UID, next SEQUENCE), without counting as the user's edits and
// without a duplicate; a task the user edited stays as they left it; then all is quiet again.
TEST(PlanAndReconcile, rewritesItsOwnTasksInANewLanguageAndKeepsTheUsersEdits)
{
    TextsLanguage language("en");
    const auto interviews = std::vector{interviewOn("uid-l", daysAfter(today, 3))};
    const auto english = runPass(interviews, {}, {}, noonOn(today));
    auto store = stored(english);
    ASSERT_GE(store.size(), 2U);
    store.front().task.summary = "Call Alice first";
    const std::string edited = store.front().task.uid;

    language.use("de");
    const auto german = runPass(interviews, store, english.memory, noonOn(today));
    ASSERT_EQ(german.steps.size(), store.size());
    EXPECT_EQ(german.keptUserChanges, 1U);
    for (const auto& step : german.steps) {
        ASSERT_NE(step.existing, nullptr) << step.task.summary;
        EXPECT_EQ(step.task.uid, step.existing->task.uid);
        if (step.task.uid == edited) {
            EXPECT_EQ(step.action, ReconcileAction::KeepUserChange);
            EXPECT_EQ(step.task.summary, "Call Alice first");
            continue;
        }
        EXPECT_EQ(step.action, ReconcileAction::Update) << step.existing->task.summary;
        EXPECT_EQ(step.task.sequence, step.existing->task.sequence + 1);
        EXPECT_NE(step.task.summary, step.existing->task.summary);
    }
    const auto thankYou = std::ranges::find(
        german.steps, TaskKind::ThankYou, [](const ReconcileStep& step) { return step.task.kind; });
    ASSERT_NE(thankYou, german.steps.end());
    EXPECT_EQ(thankYou->task.summary, "Dankesnachricht an Alice senden (Acme – Engineer)");

    const auto again = runPass(interviews, stored(german), german.memory, noonOn(today));
    EXPECT_TRUE(writes(again).empty());
    EXPECT_EQ(again.keptUserChanges, 1U);
}

TEST(PlanAndReconcile, doesNotRecreateTasksWhoseSiblingsWereAllDeleted)
{
    const auto interviews = std::vector{interviewOn("uid-9", daysAfter(today, 3))};
    StoreMemory memory;
    const auto first = runPass(interviews, {}, memory, noonOn(today));
    ASSERT_FALSE(writes(first).empty());
    std::set<std::string> created;
    for (const auto& step : writes(first)) {
        EXPECT_EQ(step.action, ReconcileAction::Create);
        created.insert(step.task.uid);
    }
    // The store confirmed them; then the user deleted every one.
    memory.addIssued({"uid-9", ""}, created);
    const auto second = runPass(interviews, {}, memory, noonOn(today));
    EXPECT_TRUE(writes(second).empty());
    EXPECT_EQ(second.rememberedDeletions, created.size());
}

TEST(PlanAndReconcile, createsAgainATaskWhoseCreationFailed)
{
    StoreMemory memory;
    const auto [second, failed] = passAfterAllButOne(memory, true);
    ASSERT_FALSE(failed.empty());
    const auto again = writes(second);
    ASSERT_EQ(again.size(), 1U);
    EXPECT_EQ(again.front().action, ReconcileAction::Create);
    EXPECT_EQ(again.front().task.uid, failed);
    EXPECT_EQ(second.rememberedDeletions, 0U);

    // Created this time: issued, no longer failed.
    memory = second.memory;
    memory.addIssued({"uid-f", ""}, {failed});
    EXPECT_TRUE(memory.failedCreations({"uid-f", ""}).empty());
    EXPECT_TRUE(memory.wasIssued({"uid-f", ""}, failed));
}

TEST(PlanAndReconcile, takesAnIssuedTaskMissingFromTheStoreForADeletion)
{
    // The same store without the failure reported: the missing task reads as the user's deletion
    // and is not created again.
    StoreMemory memory;
    const auto [second, failed] = passAfterAllButOne(memory, false);
    ASSERT_FALSE(failed.empty());
    EXPECT_TRUE(writes(second).empty());
    EXPECT_TRUE(second.memory.wasIssued({"uid-f", ""}, failed));
}

TEST(PlanAndReconcile, tasksCarryTheDeletionsTheMemoryRemembers)
{
    // A store that lost its memory still finds the deletion in the surviving tasks.
    const auto interviews = std::vector{interviewOn("uid-m", daysAfter(today, 3))};
    const auto first = runPass(interviews, {}, {}, noonOn(today));
    auto store = stored(first);
    const std::string deleted = store.front().task.uid;
    store.erase(store.begin());
    StoreMemory memory;
    memory.addIssued({"uid-m", ""}, {deleted});
    for (auto& task : store)
        task.issuedSiblings = {task.task.uid}; // written before the deletion was known to them
    const auto second = runPass(interviews, store, memory, noonOn(today));
    EXPECT_TRUE(second.issuedFor({"uid-m", ""}).contains(deleted));
}

TEST(PlanAndReconcile, prunesRecordsOfInterviewsNotCurrentForThirtyDays)
{
    StoreMemory memory;
    // "kept": an interview far enough ahead to stay current; "gone": deleted from the calendars;
    // "old": still in a calendar but long behind the planning window.
    const InterviewKey kept{"kept", ""};
    const InterviewKey gone{"gone", ""};
    const InterviewKey old{"old", ""};
    for (const auto& key : {kept, gone, old})
        memory.addIssued(key, {"ifu-x-" + key.uid});
    const std::vector interviews{interviewOn("kept", daysAfter(today, 60)),
                                 interviewOn("old", daysAfter(today, -400))};

    auto run = [&](int daysLater, bool complete) {
        const auto pass =
            runPass(interviews, {}, memory, noonOn(daysAfter(today, daysLater)), complete);
        memory = pass.memory;
        return pass.prunedRecords;
    };
    EXPECT_EQ(run(0, true), 0U); // first seen: dated today
    EXPECT_EQ(memory.records().at(gone).lastSeen, today);
    EXPECT_EQ(run(StoreMemory::pruneAfterDays, true), 0U);
    // An unreadable calendar prunes nothing: its interviews may only be out of reach.
    EXPECT_EQ(run(StoreMemory::pruneAfterDays + 1, false), 0U);
    EXPECT_EQ(memory.records().size(), 3U);
    EXPECT_EQ(run(StoreMemory::pruneAfterDays + 1, true), 2U);
    EXPECT_EQ(memory.records().size(), 1U);
    EXPECT_TRUE(memory.records().contains(kept));
    EXPECT_EQ(memory.records().at(kept).lastSeen,
              daysAfter(today, StoreMemory::pruneAfterDays + 1));
}

TEST(PlanAndReconcile, anUnreadableCalendarCancelsNothing)
{
    const auto first = runPass({interviewOn("uid-u", daysAfter(today, 3))}, {}, {}, noonOn(today));
    const auto store = stored(first);
    // The interview's calendar could not be read this time.
    const auto second = runPass({}, store, first.memory, noonOn(today), false);
    EXPECT_TRUE(writes(second).empty());
    const auto third = runPass({}, store, first.memory, noonOn(today), true);
    EXPECT_FALSE(writes(third).empty());
    for (const auto& step : writes(third))
        EXPECT_EQ(step.action, ReconcileAction::Cancel);
}

TEST(PlanAndReconcile, datesAnOutcomeByTheDayItWasFirstSeen)
{
    Interview interview = interviewOn("uid-r", date(2026, 11, 5));
    interview.outcome = Outcome{OutcomeKind::Rejected, std::nullopt};
    interview.lastModified = utc(2026, 11, 6, 8);
    StoreMemory memory = agentMemory();
    const auto first = runPass({interview}, {}, memory, noonOn(date(2026, 11, 10)));
    memory = first.memory;
    ASSERT_TRUE(memory.outcome({"uid-r", ""}));
    EXPECT_EQ(memory.outcome({"uid-r", ""})->date, date(2026, 11, 10));
    // Seen again days later: the date is kept, so the feedback task does not move.
    const auto later = runPass({interview}, {}, memory, noonOn(date(2026, 11, 13)));
    const Task* feedback = taskOf(later, TaskKind::Feedback);
    ASSERT_NE(feedback, nullptr);
    // 10 Nov 2026 is a Tuesday: + 1 business day = Wednesday 11 Nov.
    EXPECT_EQ(dueDate(*feedback), date(2026, 11, 11));
}

TEST(PlanAndReconcile, aStoreWithoutOutcomesLeavesTheirDateToThePlanner)
{
    // A .ics file of tasks keeps no outcome: the interview's LAST-MODIFIED dates it (SPEC §3).
    Interview interview = interviewOn("uid-l", date(2026, 11, 5));
    interview.outcome = Outcome{OutcomeKind::Rejected, std::nullopt};
    interview.lastModified = utc(2026, 11, 6, 8);
    const auto pass = runPass({interview}, {}, {}, noonOn(date(2026, 11, 10)));
    const Task* feedback = taskOf(pass, TaskKind::Feedback);
    ASSERT_NE(feedback, nullptr);
    EXPECT_EQ(dueDate(*feedback), date(2026, 11, 9)); // Friday 6 Nov + 1 business day
    EXPECT_TRUE(pass.memory.records().empty());
}

TEST(PlanAndReconcile, keepsAnOutcomeOnceSeen)
{
    Interview interview = interviewOn("uid-k", date(2026, 11, 5));
    interview.outcome = Outcome{OutcomeKind::Rejected, date(2026, 11, 9)};
    const auto first = runPass({interview}, {}, agentMemory(), noonOn(date(2026, 11, 10)));
    interview.outcome.reset(); // the user took the line out again
    const auto second = runPass({interview}, {}, first.memory, noonOn(date(2026, 11, 11)));
    ASSERT_EQ(second.interviews.size(), 1U);
    ASSERT_TRUE(second.interviews[0].outcome);
    EXPECT_EQ(second.interviews[0].outcome->kind, OutcomeKind::Rejected);
    EXPECT_EQ(second.interviews[0].outcome->date, date(2026, 11, 9));
}

TEST(PlanAndReconcile, takesAnOutcomeCategoryPutOnATask)
{
    const Interview interview = interviewOn("uid-c", daysAfter(today, -3));
    const auto first = runPass({interview}, {}, {}, noonOn(today));
    auto store = stored(first);
    ASSERT_NE(taskOf(first, TaskKind::FollowUp), nullptr);
    ASSERT_EQ(taskOf(first, TaskKind::Feedback), nullptr);
    store.front().task.categories.push_back("rejected");

    const auto second = runPass({interview}, store, first.memory, noonOn(today));
    ASSERT_TRUE(second.interviews[0].outcome);
    EXPECT_EQ(second.interviews[0].outcome->kind, OutcomeKind::Rejected);
    EXPECT_NE(taskOf(second, TaskKind::Feedback), nullptr);
    EXPECT_EQ(taskOf(second, TaskKind::FollowUp), nullptr);
    // The tagged task keeps its category, whatever the pass does to it.
    for (const auto& step : second.steps) {
        if (step.task.uid == store.front().task.uid) {
            EXPECT_NE(std::ranges::find(step.task.categories, "rejected"),
                      step.task.categories.end());
        }
    }
}

TEST(PlanAndReconcile, aFinalOutcomeOnATaskWinsOverAStatedOfferButNotOverAStatedFinal)
{
    Interview interview = interviewOn("uid-o", daysAfter(today, -3));
    const auto first = runPass({interview}, {}, {}, noonOn(today));
    auto store = stored(first);
    store.front().task.categories.push_back("Withdrawn");

    interview.outcome = Outcome{OutcomeKind::Offer, daysAfter(today, -1)};
    auto pass = runPass({interview}, store, first.memory, noonOn(today));
    EXPECT_EQ(pass.interviews[0].outcome->kind, OutcomeKind::Withdrawn);

    interview.outcome = Outcome{OutcomeKind::Rejected, daysAfter(today, -1)};
    pass = runPass({interview}, store, first.memory, noonOn(today));
    EXPECT_EQ(pass.interviews[0].outcome->kind, OutcomeKind::Rejected);
    EXPECT_EQ(pass.interviews[0].outcome->date, daysAfter(today, -1));
}

TEST(PlanAndReconcile, leavesTheTasksOfOccurrencesTheSourceDidNotExpand)
{
    // A weekly interview series; the source expanded it inside the window only.
    const auto makeOccurrence = [](Date day) {
        Interview occurrence = interviewOn("series", day);
        occurrence.key.recurrenceId = formatIsoDate(day) + "T130000Z";
        std::erase(occurrence.key.recurrenceId, '-');
        return occurrence;
    };
    const Interview early = makeOccurrence(daysAfter(today, 3));
    const Interview late = makeOccurrence(daysAfter(today, 45));
    const auto first = runPass({early, late}, {}, {}, noonOn(today));
    const auto store = stored(first);

    // Two months later the early occurrence lies before the expansion; the late one was taken out
    // (EXDATE) while inside it.
    const Instant now = noonOn(daysAfter(today, 60));
    PassInput input;
    input.window = defaultPlanningWindow(policy(), now);
    input.series = {{"series"}, input.window};
    const auto pass = planAndReconcile(std::move(input), store, first.memory, policy(), now);
    ASSERT_EQ(pass.steps.size(), store.size());
    for (const auto& step : pass.steps) {
        SCOPED_TRACE(step.task.uid);
        EXPECT_EQ(step.action, step.task.interview == early.key ? ReconcileAction::Keep
                                                                : ReconcileAction::Cancel);
    }
}

TEST(PlanAndReconcile, leavesTheTasksOfForgottenHistoryAlone)
{
    const Interview interview = interviewOn("uid-h", daysAfter(today, 3));
    const auto first = runPass({interview}, {}, {}, noonOn(today));
    const auto store = stored(first);
    PassInput input;
    input.history = {interview.key};
    input.window = defaultPlanningWindow(policy(), noonOn(today));
    const auto pass = planAndReconcile(std::move(input), store, {}, policy(), noonOn(today));
    EXPECT_TRUE(pass.plan.outsideWindow.contains(interview.key));
    EXPECT_TRUE(writes(pass).empty());
}

// Issue 11: a task stored before its interview got more tasks does not list them; kept in the
// window, it is marked to be stored again so that the store remembers them.
TEST(PlanAndReconcile, marksAKeptTaskWhoseIssuedListLacksUidsIssuedSince)
{
    const Interview interview = interviewOn("uid-i", daysAfter(today, 3));
    const auto first = runPass({interview}, {}, {}, noonOn(today));
    auto store = stored(first);
    ASSERT_GE(store.size(), 2U);
    for (const auto& step : runPass({interview}, store, {}, noonOn(today)).steps) {
        EXPECT_EQ(step.action, ReconcileAction::Keep);
        EXPECT_FALSE(step.issuedOutdated);
    }

    store.front().issuedSiblings = {store.front().task.uid};
    for (const auto& step : runPass({interview}, store, {}, noonOn(today)).steps) {
        SCOPED_TRACE(step.task.uid);
        EXPECT_EQ(step.action, ReconcileAction::Keep);
        EXPECT_EQ(step.issuedOutdated, step.existing == &store.front());
    }

    // Outside the window (forgotten history) it is left as it is.
    PassInput input;
    input.history = {interview.key};
    input.window = defaultPlanningWindow(policy(), noonOn(today));
    const auto history = planAndReconcile(std::move(input), store, {}, policy(), noonOn(today));
    for (const auto& step : history.steps)
        EXPECT_FALSE(step.issuedOutdated);
}
