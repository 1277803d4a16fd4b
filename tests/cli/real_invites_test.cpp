// Issue 10 end to end: calendars exported from Google, Outlook and Apple holding the invites job
// seekers really get (tests/data/invites, hand-written after the services' formats), planned with
// no configuration, as a new user would.
#include "cli_runner.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace followups::cli::testing
{
namespace
{

using ::testing::AllOf;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::UnorderedElementsAre;

constexpr char now[] = "2026-11-22T09:00:00Z";

class RealInvites : public ::testing::Test
{
protected:
    void SetUp() override
    {
        for (const std::string name :
             {"google-export.ics", "outlook-export.ics", "apple-export.ics", "no-interviews.ics"})
            sandbox.write(name, readFile(sourcePath("tests/data/invites/" + name)));
    }

    // The JSON plan of `file`, with the user in Berlin and no configuration.
    nlohmann::json plan(const std::string& file, std::vector<std::string> extra = {})
    {
        std::vector<std::string> arguments{"plan",          file,       "--now", now, "--zone",
                                           "Europe/Berlin", "--format", "json"};
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        const auto result = sandbox.run(arguments);
        EXPECT_EQ(result.exitCode, 0) << result.err;
        return nlohmann::json::parse(result.out);
    }

    // The tasks of one interview, by its UID.
    static std::vector<nlohmann::json> tasksOf(const nlohmann::json& json, const std::string& uid)
    {
        std::vector<nlohmann::json> tasks;
        for (const auto& task : json["tasks"])
            if (task["interview_uid"] == uid)
                tasks.push_back(task);
        return tasks;
    }

    static std::vector<std::string> kindsOf(const std::vector<nlohmann::json>& tasks)
    {
        std::vector<std::string> kinds;
        for (const auto& task : tasks)
            kinds.push_back(task["kind"]);
        return kinds;
    }

    static std::vector<std::string> thanked(const std::vector<nlohmann::json>& tasks)
    {
        std::vector<std::string> people;
        for (const auto& task : tasks)
            if (task["kind"] == "thank-you" && !task["person"].is_null())
                people.push_back(task["person"]["name"]);
        return people;
    }

    // "company – role" of an interview's tasks (all of them say the same).
    static std::string companyAndRole(const nlohmann::json& json, const std::string& uid)
    {
        const auto tasks = tasksOf(json, uid);
        if (tasks.empty())
            return "(no tasks)";
        const auto text = [](const nlohmann::json& value) {
            return value.is_null() ? std::string{"null"} : value.get<std::string>();
        };
        return text(tasks.front()["company"]) + " – " + text(tasks.front()["role"]);
    }

    CliSandbox sandbox;
};

constexpr char northwindScreen[] = "1ns8q2v0k3m4b6c9screen7d5f@google.com";
constexpr char northwindInvitation[] = "2kq7w1e9r4t6y8u0interview3p5@google.com";
constexpr char brightwaveTechnical[] = "3gh5greenhouse0a1b2c3d4e5f@google.com";
constexpr char brightwaveFinal[] = "4fr7final0round1brightwave2@google.com";
constexpr char acmeLever[] = "5lv9lever8acme7backend6@google.com";
constexpr char umbrellaCandidate[] = "7um8umbrella9candidate0@google.com";

std::string outlookUid(char letter)
{
    const std::map<char, std::string> middle{{'A', "A1B2C3D4E5F6"},
                                             {'B', "B2C3D4E5F6A7"},
                                             {'C', "C3D4E5F6A7B8"},
                                             {'D', "D4E5F6A7B8C9"},
                                             {'E', "E5F6A7B8C9D0"}};
    std::string tail; // "A1A1…", "B2B2…"
    for (int i = 0; i < 16; ++i)
        tail += std::string{letter, static_cast<char>('1' + (letter - 'A'))};
    return "040000008200E00074C5B7101A82E00800000000" + middle.at(letter) +
           "DA01000000000000000010000000" + tail;
}

// ---- who the user is --------------------------------------------------------------------------

TEST_F(RealInvites, googleExportWithoutMePlansNothingAddressedToItsOwner)
{
    const auto json = plan("google-export.ics");
    ASSERT_FALSE(json["tasks"].empty());
    for (const auto& task : json["tasks"]) {
        if (!task["person"].is_null()) {
            EXPECT_NE(task["person"]["email"], "sam.rivera@gmail.com") << task["summary"];
        }
        EXPECT_THAT(task["summary"].get<std::string>(), Not(HasSubstr("Sam Rivera")));
    }
}

TEST_F(RealInvites, outlookExportWhoseUserAttendsEveryInvitePlansNothingAddressedToThem)
{
    const auto json = plan("outlook-export.ics");
    ASSERT_FALSE(json["tasks"].empty());
    for (const auto& task : json["tasks"]) {
        if (!task["person"].is_null()) {
            EXPECT_NE(task["person"]["email"], "sam.rivera@outlook.com") << task["summary"];
        }
        EXPECT_THAT(task["summary"].get<std::string>(), Not(HasSubstr("Sam Rivera")));
    }
}

TEST_F(RealInvites, appleExportWhoseUserAttendsEveryInvitePlansNothingAddressedToThem)
{
    const auto json = plan("apple-export.ics");
    ASSERT_FALSE(json["tasks"].empty());
    for (const auto& task : json["tasks"]) {
        if (!task["person"].is_null()) {
            EXPECT_NE(task["person"]["email"], "sam.rivera@icloud.com") << task["summary"];
        }
    }
}

TEST_F(RealInvites, meStillWinsOverTheCalendarsOwner)
{
    const auto json = plan("google-export.ics", {"--me", "priya.shah@northwind-labs.com"});
    // Told otherwise, the tool believes the user: the calendar's owner is then an attendee.
    EXPECT_THAT(thanked(tasksOf(json, northwindInvitation)), Contains("Sam Rivera"));
}

TEST_F(RealInvites, aCalendarWhoseUserCannotBeToldWarnsOnceHowToSetMe)
{
    // Two invites, each with one other attendee: nobody attends two thirds of them twice.
    sandbox.write("two.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
                             "BEGIN:VEVENT\r\nUID:a@x\r\nDTSTART:20261201T100000Z\r\n"
                             "SUMMARY:Interview with Acme\r\n"
                             "ATTENDEE;CN=Ann:mailto:ann@acme.example\r\nEND:VEVENT\r\n"
                             "BEGIN:VEVENT\r\nUID:b@x\r\nDTSTART:20261202T100000Z\r\n"
                             "SUMMARY:Interview with Initech\r\n"
                             "ATTENDEE;CN=Bob:mailto:bob@initech.example\r\nEND:VEVENT\r\n"
                             "END:VCALENDAR\r\n");
    const auto result = sandbox.run({"plan", "two.ics", "--now", now});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.err, HasSubstr("--me"));
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
}

// ---- titles -----------------------------------------------------------------------------------

TEST_F(RealInvites, googleInvitationTitleIsNotReadAsCompanyAndRole)
{
    const auto json = plan("google-export.ics");
    // "Invitation: Interview with Jane Doe @ Tue Nov 24, 2026 2pm - 3pm (CET)": Jane Doe is the
    // interviewer, the company comes from her address.
    EXPECT_EQ(companyAndRole(json, northwindInvitation), "Northwind Labs – null");
    for (const auto& task : tasksOf(json, northwindInvitation)) {
        EXPECT_THAT(task["summary"].get<std::string>(), Not(HasSubstr("Invitation")));
        EXPECT_THAT(task["url"].is_null() ? "" : task["url"].get<std::string>(),
                    Not(HasSubstr("Invitation")));
    }
    // "Updated invitation: … @ Thu Dec 3, 2026 10am - 12pm (CET) (sam.rivera@gmail.com)"
    EXPECT_EQ(companyAndRole(json, brightwaveFinal), "Brightwave – Data Engineer");
}

TEST_F(RealInvites, titlesOfApplicantTrackingSystemsGiveCompanyAndRole)
{
    const auto google = plan("google-export.ics");
    EXPECT_EQ(companyAndRole(google, brightwaveTechnical), "Brightwave – Data Engineer");
    EXPECT_EQ(companyAndRole(google, acmeLever), "Acme – Backend Engineer");
    EXPECT_EQ(companyAndRole(google, umbrellaCandidate), "Umbrella – Staff Engineer");
    const auto outlook = plan("outlook-export.ics");
    EXPECT_EQ(companyAndRole(outlook, outlookUid('A')), "Northwind Labs – Backend Engineer");
    EXPECT_EQ(companyAndRole(outlook, outlookUid('C')), "Initech – QA Lead");
    EXPECT_EQ(companyAndRole(outlook, outlookUid('D')), "Hooli – SRE");
    EXPECT_EQ(companyAndRole(outlook, outlookUid('E')), "Contoso – Software Engineer");
}

TEST_F(RealInvites, screeningFormsAndInterviewingAtAreInterviews)
{
    EXPECT_FALSE(tasksOf(plan("google-export.ics"), northwindScreen).empty());
    EXPECT_FALSE(tasksOf(plan("outlook-export.ics"), outlookUid('D')).empty());
    const auto apple = plan("apple-export.ics");
    EXPECT_FALSE(tasksOf(apple, "1A2B3C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5D").empty());
    EXPECT_FALSE(tasksOf(apple, "8E3C7A1D-5B2F-4C6A-9D1E-0F2A3B4C5D6E").empty());
}

TEST_F(RealInvites, candidateInterviewSentByTheEmployerIsTaken)
{
    const auto tasks = tasksOf(plan("google-export.ics"), umbrellaCandidate);
    EXPECT_THAT(thanked(tasks), UnorderedElementsAre("Alice Abernathy", "Albert Wesker"));
}

// ---- people -----------------------------------------------------------------------------------

TEST_F(RealInvites, roleMailboxIsNotThankedBesideNamedInterviewers)
{
    const auto google = plan("google-export.ics");
    EXPECT_THAT(thanked(tasksOf(google, brightwaveTechnical)),
                UnorderedElementsAre("Lena Park", "Omar Haddad"));
    const auto outlook = plan("outlook-export.ics");
    EXPECT_THAT(thanked(tasksOf(outlook, outlookUid('E'))), UnorderedElementsAre("Megan Bowen"));
    // With nobody else, the role mailbox is who there is to thank.
    EXPECT_THAT(thanked(tasksOf(outlook, outlookUid('C'))), UnorderedElementsAre("Initech HR"));
}

TEST_F(RealInvites, applicantTrackingSenderIsNeitherThankedNorTheContact)
{
    for (const auto& task : tasksOf(plan("google-export.ics"), acmeLever)) {
        if (!task["person"].is_null()) {
            EXPECT_NE(task["person"]["email"], "interviews@hire.lever.co") << task["summary"];
        }
    }
}

TEST_F(RealInvites, aPhoneNumberIsTheContactsPhoneNotTheirName)
{
    const auto tasks = tasksOf(plan("outlook-export.ics"), outlookUid('C'));
    bool sawFollowUp = false;
    for (const auto& task : tasks) {
        if (task["kind"] != "follow-up")
            continue;
        sawFollowUp = true;
        EXPECT_THAT(task["summary"].get<std::string>(),
                    AllOf(HasSubstr("Call Initech (+1 555 0100)"),
                          HasSubstr("about the decision (Initech – QA Lead)")));
        EXPECT_TRUE(task["person"]["name"].is_null());
        EXPECT_EQ(task["person"]["phone"], "+1 555 0100");
        EXPECT_EQ(task["url"], "tel:+15550100");
    }
    EXPECT_TRUE(sawFollowUp);
}

// ---- rounds -----------------------------------------------------------------------------------

TEST_F(RealInvites, roundsLinkAcrossTitleStyles)
{
    // A screen, then Google's "Invitation: …" whose company comes from the interviewer's domain.
    const auto google = plan("google-export.ics");
    EXPECT_THAT(kindsOf(tasksOf(google, northwindScreen)), Not(Contains("follow-up")));
    EXPECT_THAT(kindsOf(tasksOf(google, northwindInvitation)), Contains("follow-up"));
    // The ATS's title, then Google's "Updated invitation: …" of the same title.
    EXPECT_THAT(kindsOf(tasksOf(google, brightwaveTechnical)), Not(Contains("follow-up")));
    EXPECT_THAT(kindsOf(tasksOf(google, brightwaveFinal)), Contains("follow-up"));
    // "Recruiter Interview (Backend Engineer)", then "Interview: … – Backend Engineer – Onsite".
    const auto outlook = plan("outlook-export.ics");
    EXPECT_THAT(kindsOf(tasksOf(outlook, outlookUid('A'))), Not(Contains("follow-up")));
    EXPECT_THAT(kindsOf(tasksOf(outlook, outlookUid('B'))), Contains("follow-up"));
    // Calendly's screen (company from piedpiper.com), the user's own entry, the final round.
    const auto apple = plan("apple-export.ics");
    EXPECT_THAT(kindsOf(tasksOf(apple, "8E3C7A1D-5B2F-4C6A-9D1E-0F2A3B4C5D6E")),
                Not(Contains("follow-up")));
    EXPECT_THAT(kindsOf(tasksOf(apple, "1A2B3C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5D")),
                Not(Contains("follow-up")));
    EXPECT_THAT(kindsOf(tasksOf(apple, "F0E1D2C3-B4A5-4968-8776-655443322110")),
                Contains("follow-up"));
}

// ---- JSON -------------------------------------------------------------------------------------

TEST_F(RealInvites, jsonTasksCarryTheirInterviewsCompanyRoleTitleAndStart)
{
    const auto tasks = tasksOf(plan("outlook-export.ics"), outlookUid('B'));
    ASSERT_FALSE(tasks.empty());
    for (const auto& task : tasks) {
        // at(): a missing field fails the test instead of indexing a const object out of bounds.
        EXPECT_EQ(task.at("company"), "Northwind Labs");
        EXPECT_EQ(task.at("role"), "Backend Engineer");
        EXPECT_EQ(task.at("interview_summary"),
                  "Interview: Northwind Labs – Backend Engineer – Onsite");
        EXPECT_EQ(task.at("interview_start"), "2026-11-25T13:00:00+01:00");
        if (!task.at("person").is_null()) {
            EXPECT_TRUE(task.at("person").contains("phone"));
        }
    }
}

// ---- saying what happened ---------------------------------------------------------------------

TEST_F(RealInvites, explainNamesTheReasonForEachNearMiss)
{
    const auto result = sandbox.run(
        {"plan", "google-export.ics", "--now", now, "--zone", "Europe/Berlin", "--explain"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto& err = result.err;
    EXPECT_THAT(err, HasSubstr("\"Mock interview with career services\""));
    EXPECT_THAT(err, HasSubstr("not taken: the exclusion word \"mock\""));
    EXPECT_THAT(err, HasSubstr("not taken: the exclusion word \"prep\""));
    EXPECT_THAT(err, HasSubstr("cancelled"));
    EXPECT_THAT(err, HasSubstr("outside the planning window (2026-10-23 to 2027-11-22)"));
    EXPECT_THAT(err, HasSubstr("history"));
    // What was read, and where from.
    EXPECT_THAT(err, HasSubstr("company: Northwind Labs (from the organizer's address)"));
    EXPECT_THAT(err, HasSubstr("company: Brightwave (from the title)"));
    EXPECT_THAT(err, HasSubstr("role mailbox"));
    EXPECT_THAT(err, HasSubstr("you: sam.rivera@gmail.com (the calendar's X-WR-CALNAME)"));
    // The dentist never looked like an interview.
    EXPECT_THAT(err, Not(HasSubstr("Dentist")));
}

TEST_F(RealInvites, summaryLineAppearsOnATerminalAndNotWhenPiped)
{
    const std::vector<std::string> arguments{"plan",   "google-export.ics", "--now", now, "-o",
                                             "out.ics"};
    const auto terminal = sandbox.runOnTerminal(arguments);
    ASSERT_EQ(terminal.exitCode, 0) << terminal.err;
    EXPECT_THAT(terminal.err, AllOf(HasSubstr("12 events read"), HasSubstr("interviews"),
                                    HasSubstr("near misses"), HasSubstr("overdue")));
    EXPECT_EQ(std::count(terminal.err.begin(), terminal.err.end(), '\n'), 1) << terminal.err;

    const auto piped = sandbox.run(arguments);
    ASSERT_EQ(piped.exitCode, 0) << piped.err;
    EXPECT_THAT(piped.err, IsEmpty());

    auto verbose = arguments;
    verbose.push_back("--verbose");
    EXPECT_THAT(sandbox.run(verbose).err, HasSubstr("12 events read"));
    auto quiet = arguments;
    quiet.push_back("--quiet");
    EXPECT_THAT(sandbox.runOnTerminal(quiet).err, IsEmpty());
}

TEST_F(RealInvites, noInterviewsFoundSaysSoOnATerminal)
{
    const auto result = sandbox.runOnTerminal({"plan", "no-interviews.ics", "--now", now});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_THAT(result.err, HasSubstr("no interviews found"));
    EXPECT_THAT(result.err, HasSubstr("--explain"));
}

TEST_F(RealInvites, quietSilencesWarnings)
{
    sandbox.write("bad.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
                             "BEGIN:VEVENT\r\nUID:a@x\r\nDTSTART:20261201T100000Z\r\n"
                             "SUMMARY:Interview with Acme\r\n"
                             "DESCRIPTION:Decision: next week\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    EXPECT_THAT(sandbox.run({"plan", "bad.ics", "--now", now}).err, HasSubstr("next week"));
    EXPECT_THAT(sandbox.run({"plan", "bad.ics", "--now", now, "--quiet"}).err, IsEmpty());
}

} // namespace
} // namespace followups::cli::testing
