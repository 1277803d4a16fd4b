// Invites anyone can send (docs/robustness.md): their texts are cleaned once, at recognition, for
// every outlet; their lists are capped, so one invite brings a bounded number of tasks in bounded
// time. The user lives in Berlin; the interview is on Tue 3 Nov 2026, 14:00–15:00.
#include "followups/planner.h"
#include "followups/recognize.h"
#include "followups/texts.h"
#include "planner_fixtures.h"
#include "resource_budget.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace followups;
using namespace followups::testing;
using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::SizeIs;

namespace
{

CalendarEvent interviewEvent(std::string summary = "Interview with Acme")
{
    CalendarEvent e;
    e.where = SourceLocation{"invite.ics", 42};
    e.uid = "hostile@acme.example";
    e.summary = std::move(summary);
    e.descriptionLine = 50;
    e.start = EventTime{utc(2026, 11, 3, 13), "Europe/Berlin"};
    e.end = EventTime{utc(2026, 11, 3, 14), "Europe/Berlin"};
    return e;
}

CalendarUser attendee(std::string address, std::string name = {})
{
    return CalendarUser{std::move(address), std::move(name), "INDIVIDUAL", "REQ-PARTICIPANT",
                        "ACCEPTED"};
}

CalendarEvent withAttendees(int count)
{
    CalendarEvent e = interviewEvent();
    for (int i = 0; i < count; ++i)
        e.attendees.push_back(attendee("person" + std::to_string(i) + "@acme.example",
                                       "Person " + std::to_string(i)));
    return e;
}

Interview recognized(const CalendarEvent& e, const Policy& policy, Warnings& warnings)
{
    auto interview = recognizeInterview(e, policy, warnings);
    EXPECT_TRUE(interview.has_value());
    return interview.value_or(Interview{});
}

bool hasControlCharacters(std::string_view text, bool newlineAllowed)
{
    for (const char c : text) {
        const auto octet = static_cast<unsigned char>(c);
        if ((octet < 0x20 && !(newlineAllowed && c == '\n')) || octet == 0x7F)
            return true;
    }
    return text.find("\xC2\x9B") != std::string_view::npos || // C1 CSI
           text.find("\u202E") != std::string_view::npos;
}

// ---- texts ---------------------------------------------------------------------------------

TEST(HostileInvite, textsAreCleanedForEveryOutlet)
{
    CalendarEvent e = interviewEvent("Interview: Acme\r\nBEGIN:VEVENT – Eng\x1B[31mineer\u202E");
    e.attendees.push_back(attendee("eve@acme.example", "Eve\x1B]8;;https://evil.example\x07 Evil"));
    e.attendees.push_back(attendee("bob@acme.example", std::string("Bob\0Null\nATTENDEE:x", 19)));
    e.description = "Company: Acme\x1B]52;c;cm0gLXJm\x07 Corp\n"
                    "Contact: Carol \xC2\x9B"
                    "2J <carol@acme.example>\n"
                    "Deliverable: work\x07 sample by +2d\n";
    const Policy policy = berlinPolicy();
    Warnings warnings;
    const Interview interview = recognized(e, policy, warnings);

    EXPECT_EQ(interview.summary, "Interview: Acme BEGIN:VEVENT – Engineer");
    EXPECT_EQ(interview.company, "Acme Corp");
    ASSERT_THAT(interview.interviewers, SizeIs(2));
    EXPECT_EQ(interview.interviewers[0].name, "Eve Evil");
    EXPECT_EQ(interview.interviewers[1].name, "Bob Null ATTENDEE:x");
    ASSERT_TRUE(interview.contact.has_value());
    EXPECT_EQ(interview.contact->name, "Carol");
    ASSERT_THAT(interview.deliverables, SizeIs(1));
    EXPECT_EQ(interview.deliverables[0].what, "work sample");

    const Plan plan = planAt({interview}, policy);
    ASSERT_THAT(plan.tasks, Not(IsEmpty()));
    for (const Task& task : plan.tasks) {
        EXPECT_FALSE(hasControlCharacters(task.summary, false)) << task.summary;
        EXPECT_FALSE(hasControlCharacters(task.description, true)) << task.description;
    }
}

TEST(HostileInvite, mailtoCarriesNoExtraHeadersOrBody)
{
    // "?" "&" "=" "%" may be in an address's local part: percent-encoded they stay in it.
    EXPECT_EQ(contactUrl(person("", "a?cc=boss@evil.example&body=hi@acme.example"), ""), "");
    EXPECT_EQ(contactUrl(person("", "a?cc=x&body=y%0A@acme.example"), "Hi"),
              "mailto:a%3Fcc%3Dx%26body%3Dy%250A@acme.example?subject=Hi");
    // Characters that end an address or start a header make it no address: no link at all.
    for (const std::string address :
         {"jane@acme.example\r\nBcc: evil@example", "jane@acme.example, evil@example",
          "jane@acme.example>?bcc=evil@example", "jane doe@acme.example", "\"jane\"@acme.example",
          "jane@acme.example;evil@example", "@acme.example", "jane@"})
        EXPECT_EQ(contactUrl(person("Jane", address), "Hi"), "") << address;
    // A subject carrying a header or a body is encoded into the subject.
    EXPECT_EQ(contactUrl(person("", "jane@acme.example"), "x\r\nBcc: e&body=1"),
              "mailto:jane@acme.example?subject=x%0D%0ABcc%3A%20e%26body%3D1");
    // tel: keeps digits, one leading "+" and the digits of an extension, nothing else.
    EXPECT_EQ(contactUrl(person("Carol", "", "+49 30 1234567\r\n;ext=evil?x=1"), ""),
              "tel:+49301234567;ext=1");
}

// ---- limits --------------------------------------------------------------------------------

TEST(HostileInvite, interviewersAreCappedWithAWarningNamingTheInterview)
{
    Warnings warnings;
    const Interview interview = recognized(withAttendees(25), berlinPolicy(), warnings);
    ASSERT_THAT(interview.interviewers, SizeIs(20));
    EXPECT_EQ(interview.interviewers.front().email, "person0@acme.example");
    EXPECT_EQ(interview.interviewers.back().email, "person19@acme.example");
    ASSERT_THAT(warnings, SizeIs(1));
    EXPECT_EQ(warnings[0].where.file, "invite.ics");
    EXPECT_EQ(warnings[0].where.line, 42);
    EXPECT_THAT(warnings[0].message, AllOf(HasSubstr("\"Interview with Acme\""),
                                           HasSubstr("more than 20 interviewers")));
}

TEST(HostileInvite, theLimitIsASetting)
{
    Policy policy = berlinPolicy();
    policy.perInterviewLimit = 3;
    Warnings warnings;
    const Interview interview = recognized(withAttendees(4), policy, warnings);
    EXPECT_THAT(interview.interviewers, SizeIs(3));
    EXPECT_THAT(warnings, SizeIs(1));
    const Plan plan = planAt({interview}, policy);
    EXPECT_THAT(tasksOf(plan, TaskKind::ThankYou), SizeIs(3));
}

TEST(HostileInvite, exactlyAtTheLimitOrRepeatedPeopleNeedNoWarning)
{
    CalendarEvent e = withAttendees(20);
    // The same people again (address case differs), and the organizer among them.
    e.attendees.push_back(attendee("PERSON3@acme.example"));
    e.organizer = attendee("person0@acme.example");
    Warnings warnings;
    EXPECT_THAT(recognized(e, berlinPolicy(), warnings).interviewers, SizeIs(20));
    EXPECT_THAT(warnings, IsEmpty());
}

TEST(HostileInvite, referencesAndDeliverablesAreCappedToo)
{
    Policy policy = berlinPolicy();
    policy.perInterviewLimit = 2;
    CalendarEvent e = interviewEvent();
    e.description = "References: a@x.example, b@x.example, c@x.example\n"
                    "Deliverable: one by +1d\nDeliverable: two by +2d\nDeliverable: three by +3d\n";
    Warnings warnings;
    const Interview interview = recognized(e, policy, warnings);
    EXPECT_THAT(interview.references, SizeIs(2));
    EXPECT_THAT(interview.deliverables, SizeIs(2));
    ASSERT_THAT(warnings, SizeIs(2));
    EXPECT_THAT(warnings[0].message, HasSubstr("more than 2 references"));
    EXPECT_THAT(warnings[1].message, HasSubstr("more than 2 deliverables"));
}

TEST(HostileInvite, tenThousandAttendeesPlanInWellUnderASecond)
{
    const CalendarEvent e = withAttendees(10'000);
    const Policy policy = berlinPolicy();
    const double started = processCpuSeconds();
    Warnings warnings;
    const auto interviews = collectInterviews({e}, policy, warnings);
    const Plan plan = planAt(interviews, policy);
    const double cpuSeconds = processCpuSeconds() - started;
    EXPECT_THAT(tasksOf(plan, TaskKind::ThankYou), SizeIs(20));
    EXPECT_THAT(warnings, SizeIs(1));
    // An unbounded (quadratic) merge of the attendees took several seconds.
    EXPECT_LT(cpuSeconds, 1.0 * sanitizerSlowdown);
}

} // namespace
