// The stable names of task kinds and statuses: part of the JSON interface (SPEC §6); the kinds'
// names as people read them.
#include "followups/task.h"

#include <gtest/gtest.h>
#include <set>

using namespace followups;

TEST(TaskKind, hasTheStableNamesOfTheJsonInterface)
{
    EXPECT_EQ(kindName(TaskKind::Debrief), "debrief");
    EXPECT_EQ(kindName(TaskKind::ThankYou), "thank-you");
    EXPECT_EQ(kindName(TaskKind::ReferenceHeadsUp), "reference-heads-up");
    EXPECT_EQ(kindName(TaskKind::Deliverable), "deliverable");
    EXPECT_EQ(kindName(TaskKind::FollowUp), "follow-up");
    EXPECT_EQ(kindName(TaskKind::Feedback), "feedback");
    EXPECT_EQ(kindName(TaskKind::ReferenceThankYou), "reference-thank-you");
    EXPECT_EQ(kindName(TaskKind::WithdrawNotice), "withdraw-notice");
}

TEST(TaskKind, namesRoundTripAndAreDistinct)
{
    std::set<std::string_view> names;
    for (const TaskKind kind : allTaskKinds) {
        EXPECT_EQ(kindFromName(kindName(kind)), kind);
        names.insert(kindName(kind));
    }
    EXPECT_EQ(names.size(), std::size(allTaskKinds));
}

TEST(TaskKind, unknownNamesAreRejected)
{
    EXPECT_FALSE(kindFromName(""));
    EXPECT_FALSE(kindFromName("Debrief"));
    EXPECT_FALSE(kindFromName("thank_you"));
    EXPECT_FALSE(kindFromName("follow-up "));
}

TEST(TaskKind, hasNamesPeopleReadWithoutInternalHyphens)
{
    EXPECT_EQ(kindLabel(TaskKind::Debrief), "debrief");
    EXPECT_EQ(kindLabel(TaskKind::ThankYou), "thank-you");
    EXPECT_EQ(kindLabel(TaskKind::ReferenceHeadsUp), "reference heads-up");
    EXPECT_EQ(kindLabel(TaskKind::Deliverable), "deliverable");
    EXPECT_EQ(kindLabel(TaskKind::FollowUp), "follow-up");
    EXPECT_EQ(kindLabel(TaskKind::Feedback), "feedback");
    EXPECT_EQ(kindLabel(TaskKind::ReferenceThankYou), "reference thank-you");
    EXPECT_EQ(kindLabel(TaskKind::WithdrawNotice), "withdrawal notice");
    std::set<std::string> labels;
    for (const TaskKind kind : allTaskKinds) {
        labels.insert(kindLabel(kind));
    }
    EXPECT_EQ(labels.size(), std::size(allTaskKinds));
}

TEST(TaskStatus, hasTheStableNamesOfTheJsonInterface)
{
    EXPECT_EQ(statusName(TaskStatus::NeedsAction), "needs-action");
    EXPECT_EQ(statusName(TaskStatus::Completed), "completed");
    EXPECT_EQ(statusName(TaskStatus::Cancelled), "cancelled");
}

TEST(TaskStatus, aNewTaskIsOpenWithSequenceZero)
{
    const Task task;
    EXPECT_EQ(task.status, TaskStatus::NeedsAction);
    EXPECT_EQ(task.sequence, 0);
    EXPECT_EQ(task.priority, 0);
}
