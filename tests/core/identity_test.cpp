// Task identities are stable and depend on exactly the parts SPEC §4 names; the content hash
// notices any change a user can make to what the product wrote.
#include "followups/identity.h"

#include <gtest/gtest.h>
#include <set>

using namespace followups;
using namespace std::chrono;

namespace
{

const InterviewKey interview{"abc123@google.com", ""};

Person person(std::string name, std::string email = {})
{
    Person p;
    p.name = std::move(name);
    p.email = std::move(email);
    return p;
}

std::string thankYouUid(const Person& who)
{
    return taskUid(interview, TaskKind::ThankYou, 0, "", who);
}

Task sampleTask()
{
    Task task;
    task.summary = "Send a thank-you note to Jane Doe";
    task.description = "Thank her for her time.";
    task.due = Due{Instant{sys_days{2026y / March / 31} + 16h}};
    task.status = TaskStatus::NeedsAction;
    return task;
}

} // namespace

TEST(TaskUid, isStableAcrossCalls)
{
    const Person jane = person("Jane Doe", "jane@acme.com");
    EXPECT_EQ(thankYouUid(jane), thankYouUid(jane));
    EXPECT_EQ(
        taskUid(interview, TaskKind::Debrief, 0, "", std::nullopt),
        taskUid(InterviewKey{"abc123@google.com", ""}, TaskKind::Debrief, 0, "", std::nullopt));
}

TEST(TaskUid, hasTheDocumentedShape)
{
    const std::string uid = taskUid(interview, TaskKind::FollowUp, 1, "", std::nullopt);
    const std::string prefix = "ifu-follow-up-";
    const std::string suffix = "@interview-followups";
    ASSERT_EQ(uid.size(), prefix.size() + 16 + suffix.size()) << uid;
    EXPECT_EQ(uid.substr(0, prefix.size()), prefix);
    EXPECT_EQ(uid.substr(uid.size() - suffix.size()), suffix);
    EXPECT_EQ(uid.substr(prefix.size(), 16).find_first_not_of("0123456789abcdef"),
              std::string::npos);
}

TEST(TaskUid, changesWithEveryPart)
{
    const std::optional<Person> jane = person("Jane Doe", "jane@acme.com");
    const std::string base = taskUid(interview, TaskKind::Deliverable, 1, "work sample", jane);
    const std::set<std::string> uids{
        base,
        taskUid({"other@google.com", ""}, TaskKind::Deliverable, 1, "work sample", jane),
        taskUid({"abc123@google.com", "20260330T090000Z"}, TaskKind::Deliverable, 1, "work sample",
                jane),
        taskUid(interview, TaskKind::FollowUp, 1, "work sample", jane),
        taskUid(interview, TaskKind::Deliverable, 2, "work sample", jane),
        taskUid(interview, TaskKind::Deliverable, 1, "portfolio", jane),
        taskUid(interview, TaskKind::Deliverable, 1, "work sample",
                person("Jane Doe", "jane.doe@acme.com")),
        taskUid(interview, TaskKind::Deliverable, 1, "work sample", std::nullopt),
    };
    EXPECT_EQ(uids.size(), 8U);
}

TEST(TaskUid, everyKindGivesItsOwnUid)
{
    std::set<std::string> uids;
    for (const TaskKind kind : allTaskKinds)
        uids.insert(taskUid(interview, kind, 0, "", std::nullopt));
    EXPECT_EQ(uids.size(), std::size(allTaskKinds));
}

TEST(TaskUid, partsCannotBleedIntoEachOther)
{
    // The same characters split differently between UID and occurrence, or between deliverable
    // and person, must not give the same identity.
    EXPECT_NE(taskUid({"ab", "c"}, TaskKind::Debrief, 0, "", std::nullopt),
              taskUid({"a", "bc"}, TaskKind::Debrief, 0, "", std::nullopt));
    EXPECT_NE(taskUid(interview, TaskKind::Deliverable, 0, "report x", person("y")),
              taskUid(interview, TaskKind::Deliverable, 0, "report", person("x y")));
    EXPECT_NE(taskUid({"1", ""}, TaskKind::FollowUp, 11, "", std::nullopt),
              taskUid({"11", ""}, TaskKind::FollowUp, 1, "", std::nullopt));
}

TEST(TaskUid, ignoresTheCaseOfAnAddressAndTheNameWhenThereIsOne)
{
    EXPECT_EQ(thankYouUid(person("Jane Doe", "Jane.Doe@ACME.com")),
              thankYouUid(person("J. Doe", "jane.doe@acme.com")));
}

TEST(TaskUid, foldsNamesWithoutAddress)
{
    EXPECT_EQ(thankYouUid(person("Jane  Doe")), thankYouUid(person(" JANE DOE")));
    EXPECT_EQ(thankYouUid(person("Jürgen Großmann")), thankYouUid(person("JÜRGEN GROSSMANN")));
    EXPECT_NE(thankYouUid(person("Jane Doe")), thankYouUid(person("John Doe")));
}

TEST(ContentHash, isStableAndHex)
{
    const std::string hash = contentHash(sampleTask());
    EXPECT_EQ(hash, contentHash(sampleTask()));
    EXPECT_FALSE(hash.empty());
    EXPECT_EQ(hash.find_first_not_of("0123456789abcdef"), std::string::npos);
}

TEST(ContentHash, noticesEveryFieldAUserCanChange)
{
    const Task base = sampleTask();
    std::set<std::string> hashes{contentHash(base)};

    Task changed = base;
    changed.summary += " (sent)";
    hashes.insert(contentHash(changed));

    changed = base;
    changed.description += "\nSent on Monday.";
    hashes.insert(contentHash(changed));

    changed = base;
    changed.due = Due{Instant{sys_days{2026y / March / 31} + 17h}};
    hashes.insert(contentHash(changed));

    changed = base;
    changed.due = Due{Date{2026y / March / 31}};
    hashes.insert(contentHash(changed));

    changed = base;
    changed.status = TaskStatus::Completed;
    hashes.insert(contentHash(changed));

    changed = base;
    changed.status = TaskStatus::Cancelled;
    hashes.insert(contentHash(changed));

    EXPECT_EQ(hashes.size(), 7U);
}

TEST(ContentHash, tellsATimedDueFromADateDue)
{
    // Midnight UTC of a day and that whole day must still differ.
    Task timed = sampleTask();
    timed.due = Due{Instant{sys_days{2026y / March / 31}}};
    Task allDay = sampleTask();
    allDay.due = Due{Date{2026y / March / 31}};
    EXPECT_NE(contentHash(timed), contentHash(allDay));
}

TEST(ContentHash, keepsSummaryAndDescriptionApart)
{
    Task a = sampleTask();
    a.summary = "Thank";
    a.description = "you";
    Task b = sampleTask();
    b.summary = "Thankyou";
    b.description = "";
    Task c = sampleTask();
    c.summary = "Than";
    c.description = "kyou";
    EXPECT_NE(contentHash(a), contentHash(b));
    EXPECT_NE(contentHash(b), contentHash(c));
}

TEST(ContentHash, ignoresWhatTheProductDoesNotRecord)
{
    // Sequence, UID and alarm are the store's or the planner's bookkeeping, not user content.
    const Task base = sampleTask();
    Task other = base;
    other.sequence = 4;
    other.uid = "elsewhere";
    other.alarm = Instant{sys_days{2026y / March / 31} + 12h};
    EXPECT_EQ(contentHash(base), contentHash(other));
}
