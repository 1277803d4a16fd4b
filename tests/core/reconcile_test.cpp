// Reconciliation (SPEC §4): create what is missing, update what the product wrote and the user did
// not touch, cancel what is no longer wanted, and never undo the user's work.
#include "followups/identity.h"
#include "followups/reconcile.h"
#include "task_store.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <stdexcept>

using namespace followups;
using namespace std::chrono;

namespace
{

const InterviewKey acme{"acme-onsite@example.com", ""};
const InterviewKey globex{"globex-call@example.com", ""};

Person jane()
{
    Person p;
    p.name = "Jane Doe";
    p.email = "jane@acme.example";
    return p;
}

Person raj()
{
    Person p;
    p.name = "Raj Patel";
    p.email = "raj@acme.example";
    return p;
}

// What the planner would give for an interview ending at `end`: a debrief, a thank-you per
// interviewer and one follow-up.
std::vector<Task> plan(const InterviewKey& interview, Instant end,
                       const std::vector<Person>& people)
{
    std::vector<Task> tasks;
    Task debrief;
    debrief.kind = TaskKind::Debrief;
    debrief.interview = interview;
    debrief.uid = taskUid(interview, debrief.kind, 0, "", std::nullopt);
    debrief.summary = "Write down notes";
    debrief.description = "Highlights, questions, red flags.";
    debrief.due = Due{end + 2h};
    debrief.alarm = end;
    debrief.priority = 1;
    debrief.categories = {"Interview follow-up"};
    tasks.push_back(debrief);

    for (const Person& person : people) {
        Task thanks;
        thanks.kind = TaskKind::ThankYou;
        thanks.interview = interview;
        thanks.person = person;
        thanks.uid = taskUid(interview, thanks.kind, 0, "", person);
        thanks.summary = "Thank " + person.name;
        thanks.description = "A personalised note.";
        thanks.due = Due{end + 24h};
        thanks.alarm = end + 20h;
        thanks.url = "mailto:" + person.email;
        thanks.lateFrom = end + 48h;
        tasks.push_back(thanks);
    }

    Task followUp;
    followUp.kind = TaskKind::FollowUp;
    followUp.ordinal = 1;
    followUp.interview = interview;
    followUp.uid = taskUid(interview, followUp.kind, 1, "", std::nullopt);
    followUp.summary = "Ask about the decision";
    followUp.due = Due{Date{floor<days>(end + days{14})}};
    followUp.alarm = end + days{14} + 9h;
    tasks.push_back(followUp);
    return tasks;
}

const Instant firstEnd = sys_days{2026y / March / 30} + 11h;
const Instant movedEnd = sys_days{2026y / April / 2} + 15h;

// Every task written lists every UID of the pass as issued.
std::vector<ExistingTask> store(const std::vector<ReconcileStep>& steps)
{
    std::vector<std::string> issued;
    issued.reserve(steps.size());
    for (const ReconcileStep& step : steps)
        issued.push_back(step.task.uid);
    return followups::testing::storeAfter(steps, [&](const Task&) { return issued; });
}

std::vector<ExistingTask> created(const std::vector<Task>& desired)
{
    return store(reconcile(desired, {}, {}));
}

ExistingTask& byUid(std::vector<ExistingTask>& tasks, const std::string& uid)
{
    for (ExistingTask& task : tasks) {
        if (task.task.uid == uid)
            return task;
    }
    throw std::logic_error("no task " + uid);
}

std::vector<ReconcileAction> actions(const std::vector<ReconcileStep>& steps)
{
    std::vector<ReconcileAction> result;
    result.reserve(steps.size());
    for (const ReconcileStep& step : steps)
        result.push_back(step.action);
    return result;
}

using enum ReconcileAction;

} // namespace

TEST(Reconcile, createsEveryTaskOfANewInterviewWithSequenceZero)
{
    auto desired = plan(acme, firstEnd, {jane(), raj()});
    for (Task& task : desired)
        task.sequence = 7; // whatever the planner left there
    const auto steps = reconcile(desired, {}, {});
    ASSERT_EQ(steps.size(), desired.size());
    for (std::size_t i = 0; i < steps.size(); ++i) {
        EXPECT_EQ(steps[i].action, Create);
        EXPECT_EQ(steps[i].task.uid, desired[i].uid);
        EXPECT_EQ(steps[i].task.summary, desired[i].summary);
        EXPECT_EQ(steps[i].task.sequence, 0);
        EXPECT_EQ(steps[i].existing, nullptr);
    }
}

TEST(Reconcile, keepsUnchangedTasksAsStored)
{
    const auto desired = plan(acme, firstEnd, {jane()});
    const auto existing = created(desired);
    const auto steps = reconcile(desired, existing, {});
    ASSERT_EQ(steps.size(), desired.size());
    for (std::size_t i = 0; i < steps.size(); ++i) {
        EXPECT_EQ(steps[i].action, Keep);
        EXPECT_EQ(steps[i].existing, &existing[i]);
        EXPECT_EQ(steps[i].task.sequence, 0);
    }
}

TEST(Reconcile, movedInterviewUpdatesUntouchedTasksButNotACompletedOne)
{
    auto existing = created(plan(acme, firstEnd, {jane(), raj()}));
    // The user sent Jane's note already and ticked it off.
    const std::string janeUid = taskUid(acme, TaskKind::ThankYou, 0, "", jane());
    byUid(existing, janeUid).task.status = TaskStatus::Completed;
    const Task completedBefore = byUid(existing, janeUid).task;

    const auto desired = plan(acme, movedEnd, {jane(), raj()});
    const auto steps = reconcile(desired, existing, {});
    ASSERT_EQ(steps.size(), 4U);
    // Jane's note stays as the user left it; only its reminder goes (issue 14).
    EXPECT_EQ(actions(steps), (std::vector{Update, SilenceAlarm, Update, Update}));

    const ReconcileStep& janeStep = steps[1];
    EXPECT_EQ(janeStep.task.uid, janeUid);
    EXPECT_EQ(janeStep.task.status, TaskStatus::Completed);
    EXPECT_EQ(janeStep.task.due, completedBefore.due);
    EXPECT_EQ(janeStep.task.sequence, 0);
    EXPECT_FALSE(janeStep.task.alarm);

    for (const std::size_t moved : {0U, 2U, 3U}) {
        EXPECT_EQ(steps[moved].task.due, desired[moved].due);
        EXPECT_EQ(steps[moved].task.alarm, desired[moved].alarm);
        EXPECT_EQ(steps[moved].task.sequence, 1);
        EXPECT_EQ(steps[moved].task.status, TaskStatus::NeedsAction);
    }
}

TEST(Reconcile, keepsATaskTheUserEdited)
{
    const auto desired = plan(acme, firstEnd, {jane()});
    auto existing = created(desired);
    existing[0].task.description += "\nThey asked about Kubernetes.";
    existing[0].task.due = Due{firstEnd + 5h};
    const ExistingTask edited = existing[0];

    const auto steps = reconcile(plan(acme, movedEnd, {jane()}), existing, {});
    EXPECT_EQ(steps[0].action, KeepUserChange);
    EXPECT_EQ(steps[0].task.description, edited.task.description);
    EXPECT_EQ(steps[0].task.due, edited.task.due);
    EXPECT_EQ(steps[0].existing, &existing[0]);
}

TEST(Reconcile, keepsATaskTheUserCancelled)
{
    const auto desired = plan(acme, firstEnd, {jane()});
    auto existing = created(desired);
    existing[2].task.status = TaskStatus::Cancelled; // the user does not want a follow-up
    const auto steps = reconcile(desired, existing, {});
    EXPECT_EQ(steps[2].action, SilenceAlarm); // kept, but it must not remind any more
    EXPECT_EQ(steps[2].task.status, TaskStatus::Cancelled);
}

// Issue 14: apps fire a cancelled to-do's alarm (KCalendarCore's lookup skips only completed ones),
// so a task the user closed loses its alarm, and nothing else: its mark stays the product's, so
// the user's change is still seen as theirs.
TEST(Reconcile, switchesOffTheAlarmOfATaskTheUserClosedAndNothingElse)
{
    const auto desired = plan(acme, firstEnd, {jane()});
    for (const TaskStatus closed : {TaskStatus::Completed, TaskStatus::Cancelled}) {
        auto existing = created(desired);
        existing[1].task.status = closed;
        existing[1].task.description = "Sent on paper.";
        const ExistingTask before = existing[1];
        ASSERT_TRUE(before.task.alarm);

        const auto steps = reconcile(desired, existing, {});
        ASSERT_EQ(steps[1].action, SilenceAlarm);
        EXPECT_TRUE(changesStore(steps[1].action));
        EXPECT_EQ(steps[1].existing, &existing[1]);
        const Task& silenced = steps[1].task;
        EXPECT_FALSE(silenced.alarm);
        EXPECT_EQ(contentHash(silenced), contentHash(before.task)); // text, due, status
        EXPECT_EQ(silenced.uid, before.task.uid);
        EXPECT_EQ(silenced.sequence, before.task.sequence);
        EXPECT_EQ(silenced.categories, before.task.categories);

        // Stored so, the next pass has nothing more to do with it.
        const auto stored = followups::testing::storeAfter(
            steps, [&](const Task&) { return before.issuedSiblings; });
        EXPECT_EQ(stored[1].recordedHash, before.recordedHash);
        EXPECT_EQ(reconcile(desired, stored, {})[1].action, KeepUserChange);
    }
}

TEST(Reconcile, leavesTheAlarmOfAnOpenTaskTheUserEdited)
{
    const auto desired = plan(acme, firstEnd, {jane()});
    auto existing = created(desired);
    existing[1].task.description = "Mention the whiteboard question.";
    const auto steps = reconcile(desired, existing, {});
    EXPECT_EQ(steps[1].action, KeepUserChange);
    EXPECT_EQ(steps[1].task.alarm, existing[1].task.alarm);
}

TEST(Reconcile, doesNotRecreateATaskTheUserDeleted)
{
    const auto desired = plan(acme, firstEnd, {jane(), raj()});
    auto existing = created(desired);
    const std::string rajUid = taskUid(acme, TaskKind::ThankYou, 0, "", raj());
    std::erase_if(existing, [&](const ExistingTask& task) { return task.task.uid == rajUid; });

    const auto steps = reconcile(desired, existing, {});
    EXPECT_EQ(actions(steps), (std::vector{Keep, Keep, KeepDeleted, Keep}));
    EXPECT_EQ(steps[2].task.uid, rajUid);
    EXPECT_EQ(steps[2].existing, nullptr);

    // Also after the interview moved: the others move, Raj's stays deleted.
    const auto moved = reconcile(plan(acme, movedEnd, {jane(), raj()}), existing, {});
    EXPECT_EQ(actions(moved), (std::vector{Update, Update, KeepDeleted, Update}));
}

TEST(Reconcile, stillCreatesTasksForANewInterviewer)
{
    const auto existing = created(plan(acme, firstEnd, {jane()}));
    const auto steps = reconcile(plan(acme, firstEnd, {jane(), raj()}), existing, {});
    EXPECT_EQ(actions(steps), (std::vector{Keep, Keep, Create, Keep}));
    EXPECT_EQ(steps[2].task.person->name, "Raj Patel");
    EXPECT_EQ(steps[2].task.sequence, 0);
}

TEST(Reconcile, cancelsOpenTasksNoLongerWantedAndKeepsDoneOnes)
{
    auto existing = created(plan(acme, firstEnd, {jane(), raj()}));
    const std::string janeUid = taskUid(acme, TaskKind::ThankYou, 0, "", jane());
    byUid(existing, janeUid).task.status = TaskStatus::Completed;

    // Cancelled interview: nothing is wanted any more.
    const auto steps = reconcile({}, existing, {});
    ASSERT_EQ(steps.size(), existing.size());
    for (const ReconcileStep& step : steps) {
        if (step.task.uid == janeUid) {
            EXPECT_EQ(step.action, SilenceAlarm);
            EXPECT_EQ(step.task.status, TaskStatus::Completed);
        } else {
            EXPECT_EQ(step.action, Cancel);
            EXPECT_EQ(step.task.status, TaskStatus::Cancelled);
            EXPECT_EQ(step.task.sequence, step.existing->task.sequence + 1);
            EXPECT_EQ(step.task.summary, step.existing->task.summary);
            EXPECT_EQ(step.task.due, step.existing->task.due);
        }
    }
}

TEST(Reconcile, keepsAnEditedTaskThatIsNoLongerWanted)
{
    // The user wrote notes into the follow-up; then an offer came and follow-ups are not wanted.
    const auto desired = plan(acme, firstEnd, {jane()});
    auto existing = created(desired);
    existing[2].task.description = "Call Jane on Tuesday.";
    const auto steps = reconcile({desired[0], desired[1]}, existing, {});
    EXPECT_EQ(actions(steps), (std::vector{Keep, Keep, KeepUserChange}));
    EXPECT_EQ(steps[2].task.status, TaskStatus::NeedsAction);
    EXPECT_EQ(steps[2].task.description, "Call Jane on Tuesday.");
    EXPECT_EQ(steps[2].existing, &existing[2]);
}

TEST(Reconcile, pointsEveryChangeAtTheStoresCopy)
{
    const auto existing = created(plan(acme, firstEnd, {jane()}));
    const auto moved = reconcile(plan(acme, movedEnd, {jane()}), existing, {});
    for (std::size_t i = 0; i < moved.size(); ++i) {
        EXPECT_EQ(moved[i].action, Update);
        EXPECT_EQ(moved[i].existing, &existing[i]);
        EXPECT_EQ(moved[i].task.uid, existing[i].task.uid);
    }
    const auto cancelled = reconcile({}, existing, {});
    for (const ReconcileStep& step : cancelled) {
        EXPECT_EQ(step.action, Cancel);
        ASSERT_NE(step.existing, nullptr);
        EXPECT_EQ(step.existing->task.uid, step.task.uid);
    }
}

TEST(Reconcile, foreignWinsOverTheWindow)
{
    Task unrelated;
    unrelated.uid = "notes@phone";
    unrelated.interview = acme;
    const std::vector<ExistingTask> existing{{unrelated, std::nullopt, {}, {}}};
    ReconcileScope scope;
    scope.outsideWindow.insert(acme);
    EXPECT_EQ(actions(reconcile({}, existing, scope)), (std::vector{Foreign}));
}

TEST(Reconcile, reinstatesWhatItCancelledWhenTheInterviewComesBack)
{
    const auto desired = plan(acme, firstEnd, {jane()});
    const auto cancelled = store(reconcile({}, created(desired), {}));
    for (const ExistingTask& task : cancelled)
        ASSERT_EQ(task.task.status, TaskStatus::Cancelled);

    const auto steps = reconcile(desired, cancelled, {});
    EXPECT_EQ(actions(steps), (std::vector{Reinstate, Reinstate, Reinstate}));
    for (std::size_t i = 0; i < steps.size(); ++i) {
        EXPECT_EQ(steps[i].task.status, TaskStatus::NeedsAction);
        EXPECT_EQ(steps[i].task.sequence, 2);
        EXPECT_EQ(steps[i].task.due, desired[i].due);
    }

    // Once reinstated, a further pass changes nothing.
    const auto again = store(steps);
    EXPECT_EQ(actions(reconcile(desired, again, {})), (std::vector{Keep, Keep, Keep}));
}

TEST(Reconcile, reinstatesWithTheNewPlanWhenTheInterviewCameBackMoved)
{
    const auto cancelled = store(reconcile({}, created(plan(acme, firstEnd, {jane()})), {}));
    const auto desired = plan(acme, movedEnd, {jane()});
    const auto steps = reconcile(desired, cancelled, {});
    ASSERT_EQ(steps[0].action, Reinstate);
    EXPECT_EQ(steps[0].task.due, desired[0].due);
    EXPECT_EQ(steps[0].task.alarm, desired[0].alarm);
}

TEST(Reconcile, leavesOwnDoneTasksAloneWhenNoLongerWanted)
{
    // Tasks the product itself recorded as cancelled stay as they are, without a new sequence.
    const auto cancelled = store(reconcile({}, created(plan(acme, firstEnd, {jane()})), {}));
    const auto steps = reconcile({}, cancelled, {});
    EXPECT_EQ(actions(steps), (std::vector{Keep, Keep, Keep}));
    for (const ReconcileStep& step : steps)
        EXPECT_EQ(step.task.sequence, 1);
}

TEST(Reconcile, neverTouchesForeignTasks)
{
    const auto desired = plan(acme, firstEnd, {jane()});
    std::vector<ExistingTask> existing;
    // A task with one of our UIDs that the product never recorded, and an unrelated task.
    Task sameUid = desired[0];
    sameUid.summary = "My own notes";
    existing.push_back({sameUid, std::nullopt, {}, {}});
    Task unrelated;
    unrelated.uid = "groceries@phone";
    unrelated.summary = "Buy milk";
    existing.push_back({unrelated, std::nullopt, {}, {}});

    const auto steps = reconcile(desired, existing, {});
    EXPECT_EQ(actions(steps), (std::vector{Foreign, Create, Create, Foreign}));
    EXPECT_EQ(steps[0].task.summary, "My own notes");
    EXPECT_EQ(steps[0].existing, &existing[0]);
    EXPECT_EQ(steps[3].task.uid, "groceries@phone");
    EXPECT_EQ(steps[3].task.status, TaskStatus::NeedsAction);
}

TEST(Reconcile, leavesInterviewsOutsideTheWindowAlone)
{
    auto existing = created(plan(acme, firstEnd, {jane()}));
    const auto globexTasks = created(plan(globex, firstEnd, {}));
    existing.insert(existing.end(), globexTasks.begin(), globexTasks.end());
    ReconcileScope scope;
    scope.outsideWindow.insert(acme);

    // Acme is planned differently now and Globex no longer at all.
    const auto steps = reconcile(plan(acme, movedEnd, {jane()}), existing, scope);
    ASSERT_EQ(steps.size(), 5U);
    EXPECT_EQ(actions(steps), (std::vector{Keep, Keep, Keep, Cancel, Cancel}));
    EXPECT_EQ(steps[0].task.due, existing[0].task.due);

    // Outside the window, even unwanted open tasks are kept.
    scope.outsideWindow.insert(globex);
    const auto globexSteps = reconcile({}, globexTasks, scope);
    EXPECT_EQ(actions(globexSteps), (std::vector{Keep, Keep}));
}

TEST(Reconcile, updatesOnAnyPlannedFieldAndBumpsTheSequenceByOne)
{
    const auto base = plan(acme, firstEnd, {jane()});
    const auto existing = created(base);
    const std::vector<void (*)(Task&)> changes{
        [](Task& t) { t.summary += "!"; },
        [](Task& t) { t.description += "!"; },
        [](Task& t) { t.due = Due{Date{2026y / April / 1}}; },
        [](Task& t) { *t.alarm += 1min; },
        [](Task& t) { t.priority = 5; },
        [](Task& t) { t.categories.push_back("Acme"); },
        [](Task& t) { t.url = "tel:+4930123"; },
        [](Task& t) { t.person = raj(); },
        [](Task& t) { t.person->phone = "+4930123"; },
    };
    for (std::size_t i = 0; i < changes.size(); ++i) {
        auto desired = base;
        changes[i](desired[1]);
        const auto steps = reconcile(desired, existing, {});
        EXPECT_EQ(actions(steps), (std::vector{Keep, Update, Keep})) << "change " << i;
        EXPECT_EQ(steps[1].task.sequence, 1) << "change " << i;
    }
}

TEST(Reconcile, sequenceGrowsByOnePerContentChangeAcrossPasses)
{
    auto stored = created(plan(acme, firstEnd, {jane()}));
    EXPECT_EQ(stored[0].task.sequence, 0);

    stored = store(reconcile(plan(acme, movedEnd, {jane()}), stored, {}));
    EXPECT_EQ(stored[0].task.sequence, 1);

    stored = store(reconcile(plan(acme, movedEnd, {jane()}), stored, {}));
    EXPECT_EQ(stored[0].task.sequence, 1); // nothing changed

    stored = store(reconcile(plan(acme, firstEnd, {jane()}), stored, {}));
    EXPECT_EQ(stored[0].task.sequence, 2);

    stored = store(reconcile({}, stored, {}));
    EXPECT_EQ(stored[0].task.sequence, 3);
    EXPECT_EQ(stored[0].task.status, TaskStatus::Cancelled);
}

TEST(Reconcile, ordersDesiredFirstThenTheRestByUid)
{
    const auto acmeTasks = plan(acme, firstEnd, {jane()});
    auto existing = created(plan(globex, firstEnd, {jane(), raj()}));
    std::reverse(existing.begin(), existing.end());
    const auto steps = reconcile(acmeTasks, existing, {});
    ASSERT_EQ(steps.size(), acmeTasks.size() + existing.size());
    for (std::size_t i = 0; i < acmeTasks.size(); ++i)
        EXPECT_EQ(steps[i].task.uid, acmeTasks[i].uid);
    for (std::size_t i = acmeTasks.size() + 1; i < steps.size(); ++i)
        EXPECT_LT(steps[i - 1].task.uid, steps[i].task.uid);

    // The same inputs give the same steps.
    const auto again = reconcile(acmeTasks, existing, {});
    ASSERT_EQ(again.size(), steps.size());
    for (std::size_t i = 0; i < steps.size(); ++i) {
        EXPECT_EQ(again[i].action, steps[i].action);
        EXPECT_EQ(again[i].task.uid, steps[i].task.uid);
    }
}

TEST(Reconcile, leavesASecondCopyOfATaskAlone)
{
    const auto desired = plan(acme, firstEnd, {jane()});
    auto existing = created(desired);
    existing.push_back(existing[0]); // the same task in a second collection
    existing.back().task.summary = "copy";
    const auto steps = reconcile(desired, existing, {});
    EXPECT_EQ(actions(steps), (std::vector{Keep, Keep, Keep, Keep}));
    EXPECT_EQ(steps[0].existing, &existing[0]);
    EXPECT_EQ(steps[3].existing, &existing[3]);
    EXPECT_EQ(steps[3].task.summary, "copy");
}

TEST(Reconcile, categoriesTheUserAddedNeitherEditNorUpdateATask)
{
    const auto desired = plan(acme, firstEnd, {jane()});
    auto existing = created(desired);
    existing[0].task.categories.push_back("Important");
    const auto steps = reconcile(desired, existing, {});
    EXPECT_EQ(actions(steps), (std::vector{Keep, Keep, Keep}));
    EXPECT_EQ(steps[0].task.categories, existing[0].task.categories);
}

TEST(Reconcile, anUpdateKeepsTheCategoriesTheUserAdded)
{
    auto existing = created(plan(acme, firstEnd, {jane()}));
    existing[0].task.categories.push_back("Important");
    const auto moved = plan(acme, movedEnd, {jane()});
    const auto steps = reconcile(moved, existing, {});
    ASSERT_EQ(steps[0].action, Update);
    EXPECT_EQ(steps[0].task.due, moved[0].due);
    EXPECT_EQ(steps[0].task.categories,
              (std::vector<std::string>{"Interview follow-up", "Important"}));

    // Cancelled, then wanted again: reinstated with them too.
    auto cancelled = store(reconcile({}, existing, {}));
    ASSERT_EQ(cancelled[0].task.status, TaskStatus::Cancelled);
    const auto back = reconcile(moved, cancelled, {});
    ASSERT_EQ(back[0].action, Reinstate);
    EXPECT_EQ(back[0].task.categories,
              (std::vector<std::string>{"Interview follow-up", "Important"}));
}

TEST(Reconcile, anIncompleteInputCancelsNothing)
{
    const auto existing = created(plan(acme, firstEnd, {jane()}));
    ReconcileScope scope;
    scope.mayCancel = false;
    EXPECT_EQ(actions(reconcile({}, existing, scope)), (std::vector{Keep, Keep, Keep}));
}

TEST(Reconcile, aRememberedUidMissingFromTheStoreIsADeletion)
{
    // Every task of the interview was deleted: no sibling is left to list them.
    const auto desired = plan(acme, firstEnd, {jane()});
    ReconcileScope scope;
    for (const Task& task : desired)
        scope.remembered.insert(task.uid);
    EXPECT_EQ(actions(reconcile(desired, {}, scope)),
              (std::vector{KeepDeleted, KeepDeleted, KeepDeleted}));
}

TEST(Reconcile, aFailedCreationListedBySiblingsIsCreatedAgain)
{
    const auto desired = plan(acme, firstEnd, {jane()});
    auto existing = created(desired);
    existing.erase(existing.begin() + 1); // the store refused the thank-you
    ReconcileScope scope;
    EXPECT_EQ(actions(reconcile(desired, existing, scope)), (std::vector{Keep, KeepDeleted, Keep}));
    scope.failedCreations.insert(desired[1].uid);
    EXPECT_EQ(actions(reconcile(desired, existing, scope)), (std::vector{Keep, Create, Keep}));
}

TEST(ChangesStore, isTrueForTheWritingActionsOnly)
{
    for (const ReconcileAction action : {Create, Update, Cancel, Reinstate, SilenceAlarm})
        EXPECT_TRUE(changesStore(action)) << actionName(action);
    for (const ReconcileAction action : {Keep, KeepUserChange, KeepDeleted, Foreign})
        EXPECT_FALSE(changesStore(action)) << actionName(action);
}

// ---- the moment of writing (issue 13: the first run fired a flood of past reminders) ----

ReconcileScope writtenAt(Instant now)
{
    ReconcileScope scope;
    scope.writtenAt = now;
    return scope;
}

const Task& ofKind(const std::vector<ReconcileStep>& steps, TaskKind kind)
{
    for (const ReconcileStep& step : steps) {
        if (step.task.kind == kind)
            return step.task;
    }
    throw std::logic_error("no task of that kind");
}

TEST(Reconcile, aTaskCreatedAfterItsReminderPassedHasNoAlarm)
{
    // Three hours after the end: the debrief's reminder (at the end) is past, the thank-you's
    // (20 h after) and the follow-up's are still to come.
    const auto steps = reconcile(plan(acme, firstEnd, {jane()}), {}, writtenAt(firstEnd + 3h));
    EXPECT_EQ(actions(steps), (std::vector{Create, Create, Create}));
    EXPECT_FALSE(ofKind(steps, TaskKind::Debrief).alarm.has_value());
    EXPECT_EQ(ofKind(steps, TaskKind::ThankYou).alarm, firstEnd + 20h);
    EXPECT_TRUE(ofKind(steps, TaskKind::FollowUp).alarm.has_value());
    // Exactly at its instant counts as past: an app would fire it at once.
    EXPECT_FALSE(ofKind(reconcile(plan(acme, firstEnd, {jane()}), {}, writtenAt(firstEnd)),
                        TaskKind::Debrief)
                     .alarm.has_value());
}

TEST(Reconcile, aThankYouCreatedPastItsLimitSaysItIsLateAndIsStillPlanned)
{
    const auto desired = plan(acme, firstEnd, {jane()});
    const Task onTime =
        ofKind(reconcile(desired, {}, writtenAt(firstEnd + 30h)), TaskKind::ThankYou);
    EXPECT_EQ(onTime.summary, "Thank Jane Doe");
    const auto late = reconcile(desired, {}, writtenAt(firstEnd + 50h));
    const Task& thanks = ofKind(late, TaskKind::ThankYou);
    EXPECT_TRUE(thanks.summary.starts_with("Late")) << thanks.summary;
    EXPECT_NE(thanks.description.find("still worth"), std::string::npos) << thanks.description;
    EXPECT_NE(thanks.description.find("A personalised note."), std::string::npos);
    EXPECT_FALSE(thanks.alarm.has_value());
    EXPECT_EQ(ofKind(late, TaskKind::Debrief).summary, "Write down notes"); // thank-yous only
}

// An existing task is not rewritten just because time passed: not when its reminder passes, not
// when the thank-you turns late.
TEST(Reconcile, timePassingRewritesNothing)
{
    const auto desired = plan(acme, firstEnd, {jane(), raj()});
    for (const Instant createdAt : {firstEnd - 1h, firstEnd + 3h, firstEnd + 30h, firstEnd + 50h}) {
        const auto stored = store(reconcile(desired, {}, writtenAt(createdAt)));
        for (const Instant later :
             {createdAt + 1h, firstEnd + 21h, firstEnd + 60h, firstEnd + 900h}) {
            if (later <= createdAt)
                continue;
            EXPECT_EQ(actions(reconcile(desired, stored, writtenAt(later))),
                      (std::vector{Keep, Keep, Keep, Keep}));
        }
    }
}

TEST(Reconcile, anUpdateWritesTheTaskAsItIsNow)
{
    const auto stored = store(reconcile(plan(acme, firstEnd, {jane()}), {}, writtenAt(firstEnd)));
    // Moved three days later, and re-planned five hours after the new end.
    const auto steps = reconcile(plan(acme, movedEnd, {jane()}), stored, writtenAt(movedEnd + 5h));
    EXPECT_EQ(actions(steps), (std::vector{Update, Update, Update}));
    EXPECT_FALSE(ofKind(steps, TaskKind::Debrief).alarm.has_value());
    EXPECT_TRUE(ofKind(steps, TaskKind::ThankYou).alarm.has_value());
}

TEST(IssuedUids, areTheStoredTasksAndTheirRecordedSiblings)
{
    Task stored;
    stored.uid = "a";
    const std::vector<ExistingTask> existing{
        {stored, "hash", {"a", "b", "c"}, {}},
    };
    EXPECT_EQ(issuedUids(existing), (std::set<std::string>{"a", "b", "c"}));
    EXPECT_TRUE(issuedUids({}).empty());
}

TEST(ActionName, namesEveryAction)
{
    EXPECT_EQ(actionName(Create), "create");
    EXPECT_EQ(actionName(Update), "update");
    EXPECT_EQ(actionName(Cancel), "cancel");
    EXPECT_EQ(actionName(Reinstate), "reinstate");
    EXPECT_EQ(actionName(Keep), "keep");
    EXPECT_EQ(actionName(KeepUserChange), "keep-user-change");
    EXPECT_EQ(actionName(SilenceAlarm), "silence-alarm");
    EXPECT_EQ(actionName(KeepDeleted), "keep-deleted");
    EXPECT_EQ(actionName(Foreign), "foreign");
}
