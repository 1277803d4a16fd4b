// --tasks round trip (SPEC §4, §6): plan → the user completes one task and deletes another in
// their app → the interview moves → plan --tasks. The completed task is left as it was, the
// deleted one is not recreated, the others move with SEQUENCE 1.
#include "cli_runner.h"
#include "ics_blocks.h"
#include "icslint.h"
#include "test_calendars.h"

#include <cstdlib>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace followups::cli::testing
{
namespace
{

using followups::testing::withoutAlarmBlocks;
using ::testing::HasSubstr;
using ::testing::Not;

// The VTODO blocks of an .ics text, by UID (unfolded UID lines are short enough here).
std::map<std::string, std::string> todosByUid(const std::string& ics)
{
    std::map<std::string, std::string> todos;
    for (std::size_t at = ics.find("BEGIN:VTODO\r\n"); at != std::string::npos;
         at = ics.find("BEGIN:VTODO\r\n", at + 1)) {
        const auto end = ics.find("END:VTODO\r\n", at) + std::string{"END:VTODO\r\n"}.size();
        const auto block = ics.substr(at, end - at);
        const auto uidAt = block.find("\r\nUID:") + 6;
        todos[block.substr(uidAt, block.find("\r\n", uidAt) - uidAt)] = block;
    }
    return todos;
}

std::string property(const std::string& block, const std::string& name)
{
    const auto at = block.find("\r\n" + name);
    if (at == std::string::npos)
        return {};
    const auto start = at + 2;
    return block.substr(start, block.find("\r\n", start) - start);
}

class TasksRoundTrip : public ::testing::Test
{
protected:
    CliSandbox sandbox;
};

TEST_F(TasksRoundTrip, keepsCompletedAndDeletedTasksAndMovesTheRest)
{
    sandbox.write("cal.ics", calendar(acmeInterview()));
    ASSERT_EQ(sandbox.run({"plan", "cal.ics", "--now", fixedNow, "-o", "tasks.ics"}).exitCode, 0);
    const auto exported = sandbox.read("tasks.ics");
    const auto before = sandbox.run({"plan", "cal.ics", "--now", fixedNow, "--format", "json"});
    const auto planned = nlohmann::json::parse(before.out)["tasks"];

    std::string completedUid;
    std::string deletedUid;
    for (const auto& task : planned) {
        if (task["kind"] == "thank-you" && task["person"]["email"] == "jane@acme.example")
            completedUid = task["uid"];
        if (task["kind"] == "thank-you" && task["person"]["email"] == "rita@acme.example")
            deletedUid = task["uid"];
    }
    ASSERT_FALSE(completedUid.empty());
    ASSERT_FALSE(deletedUid.empty());

    // The user's edits, as a tasks app would save them.
    auto todos = todosByUid(exported);
    ASSERT_EQ(todos.size(), planned.size());
    auto edited = exported;
    const auto& completedBlock = todos.at(completedUid);
    auto completed = completedBlock;
    completed.replace(completed.find("STATUS:NEEDS-ACTION"), 19, "STATUS:COMPLETED");
    edited.replace(edited.find(completedBlock), completedBlock.size(), completed);
    edited.erase(edited.find(todos.at(deletedUid)), todos.at(deletedUid).size());
    sandbox.write("tasks.ics", edited);

    // The interview moves one day later.
    sandbox.write("cal.ics", calendar(acmeInterview("Decision: 2026-12-08", "20261202T130000Z",
                                                    "20261202T140000Z")));
    const auto result = sandbox.run(
        {"plan", "cal.ics", "--tasks", "tasks.ics", "--now", fixedNow, "-o", "tasks.ics"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto after = todosByUid(sandbox.read("tasks.ics"));

    EXPECT_FALSE(after.contains(deletedUid)) << "a task the user deleted came back";
    ASSERT_TRUE(after.contains(completedUid));
    const auto& kept = after.at(completedUid);
    EXPECT_EQ(property(kept, "STATUS:"), "STATUS:COMPLETED");
    EXPECT_EQ(property(kept, "SEQUENCE:"), "SEQUENCE:0");
    EXPECT_EQ(property(kept, "DUE"), property(completedBlock, "DUE")); // not moved

    ASSERT_EQ(after.size(), planned.size() - 1);
    for (const auto& [uid, block] : after) {
        if (uid == completedUid)
            continue;
        EXPECT_EQ(property(block, "SEQUENCE:"), "SEQUENCE:1") << uid;
        EXPECT_EQ(property(block, "STATUS:"), "STATUS:NEEDS-ACTION") << uid;
        if (property(block, "X-IFU-KIND:") == "X-IFU-KIND:debrief") {
            EXPECT_THAT(property(block, "DUE"), HasSubstr(":20261202T160000")) << block;
        }
    }

    // The changes, for scripts.
    const auto json = nlohmann::json::parse(
        sandbox
            .run({"plan", "cal.ics", "--tasks", "tasks.ics", "--now", fixedNow, "--format", "json"})
            .out);
    std::map<std::string, std::string> actions;
    for (const auto& change : json["changes"])
        actions[change["uid"]] = change["action"];
    EXPECT_EQ(actions.at(completedUid), "keep-user-change");
    EXPECT_EQ(actions.at(deletedUid), "keep-deleted");
    for (const auto& [uid, action] : actions) {
        if (uid != completedUid && uid != deletedUid) {
            EXPECT_EQ(action, "keep") << uid; // second run: nothing left to change
        }
        EXPECT_EQ(json["tasks"].size(), planned.size() - 1);
    }
}

// Issue 14: a task the user completed or cancelled must not remind them (apps fire a cancelled
// to-do's alarm). It goes back as their app left it, without its VALARM; the others keep theirs.
TEST_F(TasksRoundTrip, aTaskTheUserClosedLosesOnlyItsReminder)
{
    sandbox.write("cal.ics", calendar(acmeInterview()));
    ASSERT_EQ(sandbox.run({"plan", "cal.ics", "--now", fixedNow, "-o", "tasks.ics"}).exitCode, 0);
    const auto exported = sandbox.read("tasks.ics");
    const auto todos = todosByUid(exported);
    std::string thankYouUid;
    std::string followUpUid;
    for (const auto& [uid, block] : todos) {
        const auto kind = property(block, "X-IFU-KIND:");
        if (kind == "X-IFU-KIND:thank-you" && thankYouUid.empty())
            thankYouUid = uid;
        if (kind == "X-IFU-KIND:follow-up" && followUpUid.empty())
            followUpUid = uid;
    }
    ASSERT_FALSE(thankYouUid.empty());
    ASSERT_FALSE(followUpUid.empty());
    const auto& thankYou = todos.at(thankYouUid);
    const auto& followUp = todos.at(followUpUid);
    ASSERT_THAT(thankYou, HasSubstr("BEGIN:VALARM"));
    ASSERT_THAT(followUp, HasSubstr("BEGIN:VALARM"));

    auto completed = thankYou;
    completed.replace(completed.find("STATUS:NEEDS-ACTION"), 19,
                      "STATUS:COMPLETED\r\nCOMPLETED:20261202T100000Z");
    auto cancelled = followUp;
    cancelled.replace(cancelled.find("STATUS:NEEDS-ACTION"), 19, "STATUS:CANCELLED");
    auto edited = exported;
    edited.replace(edited.find(thankYou), thankYou.size(), completed);
    edited.replace(edited.find(followUp), followUp.size(), cancelled);
    sandbox.write("tasks.ics", edited);

    const auto actionsNow = [&] {
        const auto json = nlohmann::json::parse(sandbox
                                                    .run({"plan", "cal.ics", "--tasks", "tasks.ics",
                                                          "--now", fixedNow, "--format", "json"})
                                                    .out);
        std::map<std::string, std::string> actions;
        for (const auto& change : json["changes"])
            actions[change["uid"]] = change["action"];
        return actions;
    };
    EXPECT_EQ(actionsNow().at(thankYouUid), "silence-alarm");
    EXPECT_EQ(actionsNow().at(followUpUid), "silence-alarm");

    const auto result = sandbox.run(
        {"plan", "cal.ics", "--tasks", "tasks.ics", "--now", fixedNow, "-o", "tasks.ics"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto written = sandbox.read("tasks.ics");
    const auto after = todosByUid(written);
    EXPECT_EQ(after.at(thankYouUid), withoutAlarmBlocks(completed));
    EXPECT_EQ(after.at(followUpUid), withoutAlarmBlocks(cancelled));
    EXPECT_THAT(after.at(thankYouUid), Not(HasSubstr("VALARM")));
    for (const auto& [uid, block] : todos) {
        if (uid != thankYouUid && uid != followUpUid) {
            EXPECT_EQ(after.at(uid), block) << uid;
        }
    }
    EXPECT_EQ(std::system(followups::testing::icslintCommand(sandbox.path("tasks.ics")).c_str()),
              0);

    // Nothing more to do: the user's change stays theirs, the file stays as it is.
    EXPECT_EQ(actionsNow().at(thankYouUid), "keep-user-change");
    EXPECT_EQ(actionsNow().at(followUpUid), "keep-user-change");
    ASSERT_EQ(
        sandbox
            .run({"plan", "cal.ics", "--tasks", "tasks.ics", "--now", fixedNow, "-o", "tasks.ics"})
            .exitCode,
        0);
    EXPECT_EQ(sandbox.read("tasks.ics"), written);
}

TEST_F(TasksRoundTrip, aTaskTheProductDidNotWriteIsKeptAsItIs)
{
    sandbox.write("cal.ics", calendar(acmeInterview()));
    ASSERT_EQ(sandbox.run({"plan", "cal.ics", "--now", fixedNow, "-o", "tasks.ics"}).exitCode, 0);
    auto tasks = sandbox.read("tasks.ics");
    const std::string foreign = "BEGIN:VTODO\r\nUID:groceries-1@example.org\r\n"
                                "DTSTAMP:20261120T080000Z\r\nSUMMARY:Buy milk\r\n"
                                "STATUS:NEEDS-ACTION\r\nEND:VTODO\r\n";
    tasks.insert(tasks.find("END:VCALENDAR"), foreign);
    sandbox.write("tasks.ics", tasks);

    const auto result = sandbox.run({"plan", "cal.ics", "--tasks", "tasks.ics", "--now", fixedNow});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto after = todosByUid(result.out);
    ASSERT_TRUE(after.contains("groceries-1@example.org"));
    const auto& kept = after.at("groceries-1@example.org");
    EXPECT_EQ(property(kept, "SUMMARY:"), "SUMMARY:Buy milk");
    EXPECT_EQ(property(kept, "STATUS:"), "STATUS:NEEDS-ACTION");
    EXPECT_EQ(property(kept, "X-IFU-HASH"), ""); // not claimed as the product's
    const auto json = nlohmann::json::parse(
        sandbox
            .run({"plan", "cal.ics", "--tasks", "tasks.ics", "--now", fixedNow, "--format", "json"})
            .out);
    bool sawForeign = false;
    for (const auto& change : json["changes"]) {
        if (change["uid"] == "groceries-1@example.org") {
            sawForeign = true;
            EXPECT_EQ(change["action"], "foreign");
        }
    }
    EXPECT_TRUE(sawForeign);
}

TEST_F(TasksRoundTrip, aCancelledInterviewCancelsItsOpenTasks)
{
    sandbox.write("cal.ics", calendar(acmeInterview()));
    ASSERT_EQ(sandbox.run({"plan", "cal.ics", "--now", fixedNow, "-o", "tasks.ics"}).exitCode, 0);
    auto cancelled = acmeInterview();
    cancelled.insert(cancelled.find("END:VEVENT"), "STATUS:CANCELLED\n");
    sandbox.write("cal.ics", calendar(cancelled));
    const auto result = sandbox.run({"plan", "cal.ics", "--tasks", "tasks.ics", "--now", fixedNow});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto after = todosByUid(result.out);
    ASSERT_FALSE(after.empty());
    for (const auto& [uid, block] : after) {
        EXPECT_EQ(property(block, "STATUS:"), "STATUS:CANCELLED") << uid;
        EXPECT_EQ(property(block, "SEQUENCE:"), "SEQUENCE:1") << uid;
    }
    EXPECT_THAT(result.out, Not(HasSubstr("STATUS:NEEDS-ACTION")));
}

// Issue 13: accepting an offer at Acme closes Globex, whose first round is past and whose second
// is still to come: the second round's debrief and thank-you, and the open follow-ups, are
// cancelled; a withdraw-notice is the one new task, for the round the user will not attend.
TEST_F(TasksRoundTrip, acceptingAnOfferClosesTheOtherProcess)
{
    const auto globex = [](const std::string& uid, const std::string& day) {
        return "BEGIN:VEVENT\nUID:" + uid + "\nDTSTAMP:20261101T000000Z\nDTSTART:" + day +
               "T100000Z\nDTEND:" + day +
               "T110000Z\nSUMMARY:Interview: Globex – Engineer\n"
               "ATTENDEE;CN=Gil Globex:mailto:gil@globex.example\nEND:VEVENT\n";
    };
    const std::string others =
        globex("globex-1@example.com", "20261116") + globex("globex-2@example.com", "20261204");
    sandbox.write("cal.ics", calendar(acmeInterview() + others));
    ASSERT_EQ(sandbox.run({"plan", "cal.ics", "--now", fixedNow, "-o", "tasks.ics"}).exitCode, 0);
    const auto before = todosByUid(sandbox.read("tasks.ics"));

    sandbox.write("cal.ics", calendar(acmeInterview("Outcome: accepted 2026-12-02") + others));
    const auto result =
        sandbox.run({"plan", "cal.ics", "--tasks", "tasks.ics", "--now", "2026-12-02T12:00:00Z"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    int notices = 0;
    for (const auto& [uid, block] : todosByUid(result.out)) {
        const bool second = block.find("RELATED-TO;RELTYPE=PARENT:globex-2") != std::string::npos;
        const bool followUp =
            uid.starts_with("ifu-follow-up-") && block.find("PARENT:globex") != std::string::npos;
        if (uid.starts_with("ifu-withdraw-notice-")) {
            ++notices;
            EXPECT_TRUE(second) << block;
            EXPECT_EQ(property(block, "STATUS:"), "STATUS:NEEDS-ACTION");
            EXPECT_FALSE(before.contains(uid));
        } else if (second || followUp) {
            EXPECT_EQ(property(block, "STATUS:"), "STATUS:CANCELLED") << uid;
            EXPECT_THAT(block, Not(HasSubstr("BEGIN:VALARM"))) << uid;
        }
    }
    EXPECT_EQ(notices, 1);
}

// Issue 13: a task that exists is not rewritten just because time passed (its reminder passing,
// a thank-you turning late), in either shape.
TEST_F(TasksRoundTrip, timePassingRewritesNothing)
{
    sandbox.write("cal.ics", calendar(acmeInterview()));
    for (const std::string shape : {"todos", "events"}) {
        ASSERT_EQ(
            sandbox.run({"plan", "cal.ics", "--now", fixedNow, "--as", shape, "-o", "tasks.ics"})
                .exitCode,
            0);
        const auto later = sandbox.run({"plan", "cal.ics", "--tasks", "tasks.ics", "--as", shape,
                                        "--now", "2026-12-05T12:00:00Z", "--format", "json"});
        ASSERT_EQ(later.exitCode, 0) << later.err;
        const auto changes = nlohmann::json::parse(later.out)["changes"];
        ASSERT_FALSE(changes.empty());
        for (const auto& change : changes)
            EXPECT_EQ(change["action"], "keep") << shape << " " << change["uid"];
    }
}

TEST_F(TasksRoundTrip, tasksOfHistoryInterviewsAreKeptAsTheyAre)
{
    // Two years on, the interview is history (planner.h): plan forgets history interviews as it
    // reads, but not those with tasks in --tasks, whose tasks stay as they are (not cancelled as
    // if the interview had gone), whichever input file holds it.
    sandbox.write("cal.ics", calendar(acmeInterview()));
    ASSERT_EQ(sandbox.run({"plan", "cal.ics", "--now", fixedNow, "-o", "tasks.ics"}).exitCode, 0);
    const auto exported = todosByUid(sandbox.read("tasks.ics"));
    ASSERT_FALSE(exported.empty());
    auto other = acmeInterview("", "20261203T130000Z", "20261203T140000Z");
    other.replace(other.find("acme-1@"), 7, "acme-2@");
    sandbox.write("other.ics", calendar(other));

    for (const auto& inputs : {std::vector<std::string>{"cal.ics", "other.ics"},
                               std::vector<std::string>{"other.ics", "cal.ics"}}) {
        std::vector<std::string> arguments{"plan"};
        arguments.insert(arguments.end(), inputs.begin(), inputs.end());
        for (const auto& more :
             {"--tasks", "tasks.ics", "--now", "2029-01-15T09:00:00Z", "--format", "json"})
            arguments.emplace_back(more);
        const auto result = sandbox.run(arguments);
        ASSERT_EQ(result.exitCode, 0) << result.err;
        const auto json = nlohmann::json::parse(result.out);
        std::map<std::string, std::string> actions;
        for (const auto& change : json["changes"])
            actions[change["uid"]] = change["action"];
        ASSERT_EQ(actions.size(), exported.size()) << result.out;
        for (const auto& [uid, block] : exported)
            EXPECT_EQ(actions[uid], "keep") << uid;
    }
}

// The user's edit of the CATEGORIES of the first VTODO, as a tasks app would save it.
std::string withCategoryOnFirstTask(const std::string& ics, const std::string& category)
{
    const std::string line = "CATEGORIES:Job search,Interview follow-up\r\n";
    auto edited = ics;
    const auto at = edited.find(line, edited.find("BEGIN:VTODO"));
    edited.insert(at + line.size() - 2, "," + category);
    return edited;
}

TEST_F(TasksRoundTrip, aCategoryTheUserAddedStaysWhenTheTaskIsUpdated)
{
    sandbox.write("cal.ics", calendar(acmeInterview()));
    ASSERT_EQ(sandbox.run({"plan", "cal.ics", "--now", fixedNow, "-o", "tasks.ics"}).exitCode, 0);
    const auto tagged = withCategoryOnFirstTask(sandbox.read("tasks.ics"), "Important");
    const auto taggedUid = todosByUid(tagged).begin()->first;
    ASSERT_THAT(todosByUid(tagged).at(taggedUid), HasSubstr("Interview follow-up,Important"));
    sandbox.write("tasks.ics", tagged);

    // A category alone is no change of the product's: the task is kept as it is.
    const auto same = sandbox.run({"plan", "cal.ics", "--tasks", "tasks.ics", "--now", fixedNow});
    ASSERT_EQ(same.exitCode, 0) << same.err;
    const auto kept = todosByUid(same.out).at(taggedUid);
    EXPECT_THAT(kept, HasSubstr("Interview follow-up,Important"));
    EXPECT_EQ(property(kept, "SEQUENCE:"), "SEQUENCE:0");

    // The interview moves: the task moves too, with the user's category.
    sandbox.write("cal.ics", calendar(acmeInterview("Decision: 2026-12-08", "20261202T130000Z",
                                                    "20261202T140000Z")));
    const auto moved = sandbox.run({"plan", "cal.ics", "--tasks", "tasks.ics", "--now", fixedNow});
    ASSERT_EQ(moved.exitCode, 0) << moved.err;
    const auto updated = todosByUid(moved.out).at(taggedUid);
    EXPECT_THAT(updated, HasSubstr("Interview follow-up,Important"));
    EXPECT_EQ(property(updated, "SEQUENCE:"), "SEQUENCE:1");
}

TEST_F(TasksRoundTrip, anOutcomeCategoryPutOnATaskIsTheInterviewsOutcome)
{
    // The user can't edit the employer's invite, so they mark one of its tasks "Rejected".
    constexpr char later[] = "2026-12-03T09:00:00Z";
    sandbox.write("cal.ics", calendar(acmeInterview("")));
    ASSERT_EQ(sandbox.run({"plan", "cal.ics", "--now", later, "-o", "tasks.ics"}).exitCode, 0);
    sandbox.write("tasks.ics", withCategoryOnFirstTask(sandbox.read("tasks.ics"), "Rejected"));

    const auto result = sandbox.run(
        {"plan", "cal.ics", "--tasks", "tasks.ics", "--now", later, "--format", "json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto json = nlohmann::json::parse(result.out);
    std::map<std::string, std::vector<std::string>> statusesByKind;
    for (const auto& task : json["tasks"])
        statusesByKind[task["kind"]].push_back(task["status"]);
    EXPECT_EQ(statusesByKind["feedback"], std::vector<std::string>{"needs-action"}) << result.out;
    ASSERT_FALSE(statusesByKind["follow-up"].empty()) << result.out;
    for (const auto& status : statusesByKind["follow-up"])
        EXPECT_EQ(status, "cancelled");
}

TEST_F(TasksRoundTrip, aContactWithOnlyAPhoneNumberReadsBackUnchanged)
{
    // CONTACT holds the bare number; read back as a name, it made its tasks look changed (an update
    // and a new SEQUENCE on every run).
    sandbox.write("cal.ics", calendar(acmeInterview("Contact: +49 30 1234567")));
    ASSERT_EQ(sandbox.run({"plan", "cal.ics", "--now", fixedNow, "-o", "tasks.ics"}).exitCode, 0);
    ASSERT_THAT(sandbox.read("tasks.ics"), HasSubstr(":+49 30 1234567\r\n"));
    const auto json = nlohmann::json::parse(
        sandbox
            .run({"plan", "cal.ics", "--tasks", "tasks.ics", "--now", fixedNow, "--format", "json"})
            .out);
    ASSERT_FALSE(json["changes"].empty());
    for (const auto& change : json["changes"])
        EXPECT_EQ(change["action"], "keep") << change["uid"];
    bool sawPhone = false;
    for (const auto& task : json["tasks"])
        sawPhone = sawPhone || task["url"] == "tel:+49301234567";
    EXPECT_TRUE(sawPhone) << json.dump();
}

TEST_F(TasksRoundTrip, tasksOfARecurringInterviewsPastOccurrencesAreKept)
{
    // A weekly interview loop, planned while its occurrences were ahead. Two months on they lie
    // before the planning window, where the reader no longer expands the series: their tasks were
    // cancelled as if the occurrences had been deleted.
    sandbox.write("cal.ics", calendar("BEGIN:VEVENT\n"
                                      "UID:weekly@example.com\n"
                                      "DTSTAMP:20261101T000000Z\n"
                                      "DTSTART:20261102T130000Z\n"
                                      "DTEND:20261102T140000Z\n"
                                      "RRULE:FREQ=WEEKLY;COUNT=3\n"
                                      "SUMMARY:Interview loop: Acme – Engineer\n"
                                      "END:VEVENT\n"));
    ASSERT_EQ(sandbox.run({"plan", "cal.ics", "--now", "2026-11-01T09:00:00Z", "-o", "tasks.ics"})
                  .exitCode,
              0);
    const auto exported = todosByUid(sandbox.read("tasks.ics"));
    ASSERT_FALSE(exported.empty());
    const auto result = sandbox.run({"plan", "cal.ics", "--tasks", "tasks.ics", "--now",
                                     "2027-01-05T09:00:00Z", "--format", "json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto json = nlohmann::json::parse(result.out);
    ASSERT_EQ(json["changes"].size(), exported.size());
    for (const auto& change : json["changes"])
        EXPECT_EQ(change["action"], "keep") << change["uid"];
}

} // namespace
} // namespace followups::cli::testing
