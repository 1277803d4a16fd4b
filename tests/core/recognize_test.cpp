// Recognising interviews and reading what they say (SPEC §2), on events built by hand. The user
// lives in Berlin (CET in November: UTC+1) and owns me@home.example and me@work.example.
#include "followups/recognize.h"
#include "planner_fixtures.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace followups;
using namespace followups::testing;
using namespace std::chrono_literals;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

namespace
{

Policy userPolicy()
{
    Policy policy = defaultPolicy(berlin());
    policy.myAddresses = {"me@home.example", "Me@Work.example"};
    return policy;
}

CalendarUser user(std::string address, std::string name = {}, std::string cutype = "INDIVIDUAL",
                  std::string role = "REQ-PARTICIPANT", std::string partstat = "NEEDS-ACTION")
{
    return CalendarUser{std::move(address), std::move(name), std::move(cutype), std::move(role),
                        std::move(partstat)};
}

// "Interview with Acme", Tue 3 Nov 2026 14:00–15:00 Berlin, in interviews.ics at line 10 with the
// DESCRIPTION at line 20.
CalendarEvent event(std::string summary = "Interview with Acme")
{
    CalendarEvent e;
    e.where = SourceLocation{"interviews.ics", 10};
    e.uid = "uid-1@acme.com";
    e.summary = std::move(summary);
    e.descriptionLine = 20;
    e.start = EventTime{utc(2026, 11, 3, 13), "Europe/Berlin"};
    e.end = EventTime{utc(2026, 11, 3, 14), "Europe/Berlin"};
    return e;
}

CalendarEvent described(std::string description)
{
    CalendarEvent e = event();
    e.description = std::move(description);
    return e;
}

Interview recognized(const CalendarEvent& e, Warnings& warnings)
{
    std::optional<Interview> interview = recognizeInterview(e, userPolicy(), warnings);
    EXPECT_TRUE(interview.has_value()) << e.summary;
    return interview.value_or(Interview{});
}

Interview recognized(const CalendarEvent& e)
{
    Warnings warnings;
    Interview interview = recognized(e, warnings);
    EXPECT_THAT(warnings, IsEmpty());
    return interview;
}

bool isInterviewSummary(std::string summary)
{
    return isInterview(event(std::move(summary)), userPolicy());
}

std::vector<std::string> emails(const std::vector<Person>& people)
{
    std::vector<std::string> result;
    for (const Person& p : people) {
        result.push_back(p.email);
    }
    return result;
}

std::vector<std::string> names(const std::vector<Person>& people)
{
    std::vector<std::string> result;
    for (const Person& p : people) {
        result.push_back(p.name);
    }
    return result;
}

} // namespace

// ---- is it an interview? --------------------------------------------------------------------

TEST(IsInterview, keywordAsAWordInTheSummaryInSeveralLanguages)
{
    EXPECT_TRUE(isInterviewSummary("Interview with Acme"));
    EXPECT_TRUE(isInterviewSummary("Acme: final INTERVIEW"));
    EXPECT_TRUE(isInterviewSummary("Vorstellungsgespräch bei Acme"));
    EXPECT_TRUE(isInterviewSummary("VORSTELLUNGSGESPRÄCH bei Acme")); // Unicode case folding
    EXPECT_TRUE(isInterviewSummary("Entretien chez Acme"));
    EXPECT_TRUE(isInterviewSummary("Entrevista — Acme"));
    EXPECT_TRUE(isInterviewSummary("Собеседование в Acme"));
    EXPECT_TRUE(isInterviewSummary("Rozmowa  kwalifikacyjna Acme")); // phrase, white space folded
    EXPECT_FALSE(isInterviewSummary("Team lunch"));
}

// Whole-word matching needs each plural that is a different word in the keyword list.
TEST(IsInterview, pluralKeywords)
{
    EXPECT_TRUE(isInterviewSummary("Onsite interviews at Acme"));
    EXPECT_TRUE(isInterviewSummary("Interviews: Acme"));
    EXPECT_TRUE(isInterviewSummary("Vorstellungsgespräche bei Acme"));
    EXPECT_TRUE(isInterviewSummary("Entretiens chez Acme"));
    EXPECT_TRUE(isInterviewSummary("Entrevistas en Acme"));
    EXPECT_TRUE(isInterviewSummary("Colloqui con Acme"));
    EXPECT_TRUE(isInterviewSummary("Собеседования в Acme"));
    // Exclusions follow the plurals.
    EXPECT_FALSE(isInterviewSummary("Exit interviews"));
    EXPECT_FALSE(isInterviewSummary("Entretiens de départ"));
    EXPECT_FALSE(isInterviewSummary("Entrevistas de salida"));
}

TEST(IsInterview, cjkKeywordsMatchInsideWords)
{
    EXPECT_TRUE(isInterviewSummary("一次面接"));
    EXPECT_TRUE(isInterviewSummary("Acme面接"));
    EXPECT_TRUE(isInterviewSummary("阿克姆公司面试"));
    EXPECT_TRUE(isInterviewSummary("에이크미면접"));
}

// Latin keywords match whole words only: a compound or a derived word is a different word.
TEST(IsInterview, keywordInsideALongerWordDoesNotCount)
{
    EXPECT_FALSE(isInterviewSummary("Interviewvorbereitung"));
    EXPECT_FALSE(isInterviewSummary("Interviewer training"));
    EXPECT_FALSE(isInterviewSummary("Interviewers sync"));
    EXPECT_TRUE(isInterviewSummary("Interview-Termin Acme")); // a hyphen ends a word
}

TEST(IsInterview, categoryContainingAKeyword)
{
    CalendarEvent e = event("Acme");
    EXPECT_FALSE(isInterview(e, userPolicy()));
    e.categories = {"Work", "interview"};
    EXPECT_TRUE(isInterview(e, userPolicy()));
    e.categories = {"Job Interview"};
    EXPECT_TRUE(isInterview(e, userPolicy()));
    e.categories = {"Interviewing"};
    EXPECT_FALSE(isInterview(e, userPolicy()));
}

TEST(IsInterview, anyInterviewPropertyMarksIt)
{
    CalendarEvent e = event("Acme");
    e.interviewProperties = {{"SOMETHING-NEW", "x", 30}};
    EXPECT_TRUE(isInterview(e, userPolicy()));
}

TEST(IsInterview, exclusionWordsInTheSummary)
{
    EXPECT_FALSE(isInterviewSummary("Candidate interview: Jane Doe"));
    EXPECT_FALSE(isInterviewSummary("Mock interview with career services"));
    EXPECT_FALSE(isInterviewSummary("Interview prep"));
    EXPECT_FALSE(isInterviewSummary("Exit interview"));
    EXPECT_FALSE(isInterviewSummary("Bewerber-Interview: Max")); // German, hyphenated
    EXPECT_FALSE(isInterviewSummary("模擬面接"));                // CJK exclusion
    // An exclusion word inside a longer word is not the exclusion word.
    EXPECT_TRUE(isInterviewSummary("Interview with Preparata GmbH"));
    // "exit interview" is a phrase: "exit" alone excludes nothing.
    EXPECT_TRUE(isInterviewSummary("Interview at Exit Games"));
}

TEST(IsInterview, categoryOrPropertyOverridesExclusionWords)
{
    CalendarEvent e = event("Interview prep with Acme's hiring manager");
    EXPECT_FALSE(isInterview(e, userPolicy()));
    e.categories = {"Interview"};
    EXPECT_TRUE(isInterview(e, userPolicy()));
    e.categories.clear();
    e.interviewProperties = {{"COMPANY", "Acme", 31}};
    EXPECT_TRUE(isInterview(e, userPolicy()));
}

TEST(IsInterview, keywordListsAreThePolicys)
{
    Policy policy = userPolicy();
    policy.keywords.interview = {"Gespräch"};
    policy.keywords.exclusion = {};
    EXPECT_FALSE(isInterview(event("Interview with Acme"), policy));
    EXPECT_TRUE(isInterview(event("Gespräch bei Acme"), policy));
    EXPECT_TRUE(isInterview(event("Mock interview"), userPolicy()) == false);
}

TEST(RecognizeInterview, notAnInterviewGivesNothing)
{
    Warnings warnings;
    EXPECT_FALSE(recognizeInterview(event("Dentist"), userPolicy(), warnings).has_value());
    EXPECT_THAT(warnings, IsEmpty());
}

// ---- company and role -------------------------------------------------------------------------

TEST(RecognizeInterview, companyAndRoleFromTheSummary)
{
    const auto read = [](std::string summary) {
        const Interview interview = recognized(event(std::move(summary)));
        return std::pair{interview.company, interview.role};
    };
    EXPECT_EQ(read("Interview: Acme – Engineer"),
              (std::pair<std::string, std::string>{"Acme", "Engineer"}));
    EXPECT_EQ(read("Interview: Acme - Engineer"),
              (std::pair<std::string, std::string>{"Acme", "Engineer"}));
    EXPECT_EQ(read("Interview — Acme — Front-end Engineer"),
              (std::pair<std::string, std::string>{"Acme", "Front-end Engineer"}));
    EXPECT_EQ(read("Engineer interview with Acme"),
              (std::pair<std::string, std::string>{"Acme", "Engineer"}));
    EXPECT_EQ(read("Interview with Acme"), (std::pair<std::string, std::string>{"Acme", ""}));
    EXPECT_EQ(read("Phone interview with Acme"), (std::pair<std::string, std::string>{"Acme", ""}));
    EXPECT_EQ(read("Acme interview"), (std::pair<std::string, std::string>{"Acme", ""}));
    EXPECT_EQ(read("Acme / Engineer – final interview"),
              (std::pair<std::string, std::string>{"Acme", "Engineer"}));
    EXPECT_EQ(read("Vorstellungsgespräch bei Acme GmbH"),
              (std::pair<std::string, std::string>{"Acme GmbH", ""}));
}

TEST(RecognizeInterview, companyAndRoleWithoutAKeywordWhenMarkedByCategory)
{
    CalendarEvent e = event("Acme / Engineer – final round");
    e.categories = {"Interview"};
    const Interview interview = recognized(e);
    EXPECT_EQ(interview.company, "Acme");
    EXPECT_EQ(interview.role, "Engineer");
}

TEST(RecognizeInterview, descriptionLinesAndPropertiesWinOverTheSummary)
{
    CalendarEvent e = event("Interview: Acme – Engineer");
    e.description =
        "Join: https://meet.example/abc\nCompany: Acme Europe GmbH\nPosition: Staff Engineer";
    Interview interview = recognized(e);
    EXPECT_EQ(interview.company, "Acme Europe GmbH");
    EXPECT_EQ(interview.role, "Staff Engineer");

    e.description = "role: Platform Engineer";
    e.interviewProperties = {{"COMPANY", "Acme Labs", 33}};
    interview = recognized(e);
    EXPECT_EQ(interview.company, "Acme Labs");
    EXPECT_EQ(interview.role, "Platform Engineer");
}

TEST(RecognizeInterview, companyFromTheOrganizersDomainAsALastResort)
{
    CalendarEvent e = event("Interview");
    e.organizer = user("recruiting@careers.acme-corp.co.uk");
    EXPECT_EQ(recognized(e).company, "Acme Corp");
    e.organizer = user("jane.recruiter@gmail.com");
    EXPECT_EQ(recognized(e).company, "");
    e.organizer = user("someone@yahoo.fr");
    EXPECT_EQ(recognized(e).company, "");
    e.organizer = user("abc123@group.calendar.google.com");
    EXPECT_EQ(recognized(e).company, "");
    e.organizer = user("me@work.example"); // the user's own: names no employer
    EXPECT_EQ(recognized(e).company, "");
    e.summary = "Interview with Initech";
    e.organizer = user("hr@acme.com");
    EXPECT_EQ(recognized(e).company, "Initech");
}

// ---- interviewers -----------------------------------------------------------------------------

TEST(RecognizeInterview, interviewersArePeopleWhoTakePart)
{
    CalendarEvent e = event();
    e.attendees = {
        user("jane.doe@acme.com", "Jane Doe", "INDIVIDUAL", "REQ-PARTICIPANT", "ACCEPTED"),
        user("room-4@acme.com", "Room 4", "ROOM"),
        user("beamer@acme.com", "Projector", "RESOURCE"),
        user("all-eng@acme.com", "Engineering", "GROUP"),
        user("observer@acme.com", "Observer", "INDIVIDUAL", "NON-PARTICIPANT"),
        user("bob@acme.com", "Bob", "INDIVIDUAL", "OPT-PARTICIPANT", "DECLINED"),
        user("noreply@acme.com", "Acme Calendar"),
        user("notifications@greenhouse.io"),
        user("c_1234@resource.calendar.google.com", "Big Room"),
        user("ME@home.example", "Me", "INDIVIDUAL", "REQ-PARTICIPANT", "ACCEPTED"),
        user("max.mustermann@acme.com", "", "UNKNOWN", "OPT-PARTICIPANT", "TENTATIVE"),
    };
    const Interview interview = recognized(e);
    EXPECT_THAT(emails(interview.interviewers),
                ElementsAre("jane.doe@acme.com", "max.mustermann@acme.com"));
    EXPECT_THAT(names(interview.interviewers), ElementsAre("Jane Doe", "Max Mustermann"));
}

TEST(RecognizeInterview, nameFromTheAddressWhenTheCnIsMissingOrAnAddress)
{
    CalendarEvent e = event();
    e.attendees = {user("jane.doe@acme.com", "jane.doe@acme.com"), user("max_power@acme.com")};
    EXPECT_THAT(names(recognized(e).interviewers), ElementsAre("Jane Doe", "Max Power"));
}

TEST(RecognizeInterview, organizerWhoIsAlsoAnAttendeeIsOnePerson)
{
    CalendarEvent e = event();
    e.organizer = user("Tina.Recruiter@acme.com");
    e.attendees = {user("tina.recruiter@acme.com", "Tina R."), user("jane@acme.com", "Jane Doe")};
    const Interview interview = recognized(e);
    EXPECT_THAT(names(interview.interviewers), ElementsAre("Tina R.", "Jane Doe"));
    ASSERT_TRUE(interview.contact.has_value());
    EXPECT_EQ(interview.contact->name, "Tina R."); // the attendee's CN completes the organizer
}

TEST(RecognizeInterview, organizerWhoIsNotTheUserIsThankedToo)
{
    CalendarEvent e = event();
    e.organizer = user("coordinator@acme.com", "Carla Coordinator");
    e.attendees = {user("jane@acme.com", "Jane Doe")};
    EXPECT_THAT(names(recognized(e).interviewers), ElementsAre("Jane Doe", "Carla Coordinator"));

    e.organizer = user("me@work.example", "Me");
    EXPECT_THAT(names(recognized(e).interviewers), ElementsAre("Jane Doe"));
}

TEST(RecognizeInterview, interviewersLineMergesWithAttendeesByName)
{
    CalendarEvent e = described("Interviewers: Jane Doe; Bob Builder <bob@acme.com>, "
                                "carol.smith@acme.com, me@home.example");
    e.attendees = {user("jd@acme.com", "Jane Doe"), user("bob@acme.com")};
    const Interview interview = recognized(e);
    EXPECT_THAT(names(interview.interviewers), ElementsAre("Jane Doe", "Bob", "Carol Smith"));
    EXPECT_THAT(emails(interview.interviewers),
                ElementsAre("jd@acme.com", "bob@acme.com", "carol.smith@acme.com"));
}

TEST(RecognizeInterview, interviewersProperty)
{
    CalendarEvent e = event();
    e.interviewProperties = {{"INTERVIEWERS", "Ann Lee, Raj Patel <raj@acme.com>", 40}};
    const Interview interview = recognized(e);
    EXPECT_THAT(names(interview.interviewers), ElementsAre("Ann Lee", "Raj Patel"));
    EXPECT_THAT(emails(interview.interviewers), ElementsAre("", "raj@acme.com"));
}

// ---- contact ----------------------------------------------------------------------------------

TEST(RecognizeInterview, contactLineWithAddressOrPhone)
{
    CalendarEvent e = described("Contact: Jane Roe <jane.roe@acme.com>");
    e.organizer = user("tina@acme.com", "Tina");
    Interview interview = recognized(e);
    ASSERT_TRUE(interview.contact.has_value());
    EXPECT_EQ(interview.contact->name, "Jane Roe");
    EXPECT_EQ(interview.contact->email, "jane.roe@acme.com");

    e.description = "Contact: +49 30 1234567";
    interview = recognized(e);
    ASSERT_TRUE(interview.contact.has_value());
    EXPECT_EQ(interview.contact->phone, "+49 30 1234567");
    EXPECT_EQ(interview.contact->email, "");

    e.description = "Contact: Jane Roe, +49 (30) 123-4567";
    interview = recognized(e);
    ASSERT_TRUE(interview.contact.has_value());
    EXPECT_EQ(interview.contact->name, "Jane Roe");
    EXPECT_EQ(interview.contact->phone, "+49 (30) 123-4567");

    e.description = "Contact: hr@acme.com";
    interview = recognized(e);
    ASSERT_TRUE(interview.contact.has_value());
    EXPECT_EQ(interview.contact->email, "hr@acme.com");
    EXPECT_EQ(interview.contact->name, "Hr");
}

TEST(RecognizeInterview, contactByNameTakesTheInterviewersAddress)
{
    CalendarEvent e = described("Contact: jane doe");
    e.attendees = {user("jane@acme.com", "Jane Doe")};
    const Interview interview = recognized(e);
    ASSERT_TRUE(interview.contact.has_value());
    EXPECT_EQ(interview.contact->email, "jane@acme.com");
}

TEST(RecognizeInterview, contactFallsBackToTheOrganizerWhoIsNotTheUser)
{
    CalendarEvent e = event();
    EXPECT_FALSE(recognized(e).contact.has_value());
    e.organizer = user("me@home.example");
    EXPECT_FALSE(recognized(e).contact.has_value());
    e.organizer = user("no-reply@calendly.com");
    EXPECT_FALSE(recognized(e).contact.has_value());
    e.organizer = user("tina.recruiter@acme.com");
    const Interview interview = recognized(e);
    ASSERT_TRUE(interview.contact.has_value());
    EXPECT_EQ(interview.contact->email, "tina.recruiter@acme.com");
    EXPECT_EQ(interview.contact->name, "Tina Recruiter");
}

// ---- references -------------------------------------------------------------------------------

TEST(RecognizeInterview, references)
{
    Policy policy = userPolicy();
    policy.standingReferences = {person("Prof. Miller", "miller@uni.example")};
    const auto referencesFor = [&](std::string description) {
        Warnings warnings;
        const auto interview =
            recognizeInterview(described(std::move(description)), policy, warnings);
        EXPECT_TRUE(interview.has_value());
        return interview ? names(interview->references) : std::vector<std::string>{};
    };
    EXPECT_THAT(referencesFor(""), ElementsAre("Prof. Miller"));
    EXPECT_THAT(referencesFor("References: yes"), ElementsAre("Prof. Miller"));
    EXPECT_THAT(referencesFor("References: No"), IsEmpty());
    EXPECT_THAT(referencesFor("References: Ann Lee <ann@old.example>, Tom Ford"),
                ElementsAre("Ann Lee", "Tom Ford"));
    EXPECT_THAT(referencesFor("References: Ann Lee\nReferences: yes"),
                ElementsAre("Ann Lee", "Prof. Miller"));

    Warnings warnings;
    const auto withoutStanding = recognizeInterview(described(""), userPolicy(), warnings);
    ASSERT_TRUE(withoutStanding.has_value());
    EXPECT_THAT(withoutStanding->references, IsEmpty());
}

// ---- dates ------------------------------------------------------------------------------------

TEST(RecognizeInterview, decisionDateForms)
{
    // The interview ends Tue 3 Nov 2026 15:00 Berlin.
    EXPECT_EQ(recognized(described("Decision: 2026-11-20")).decisionDate, date(2026, 11, 20));
    EXPECT_EQ(recognized(described("Decision by: +5d")).decisionDate, date(2026, 11, 8));
    EXPECT_EQ(recognized(described("decision date: +2w")).decisionDate, date(2026, 11, 17));
    // 23:30 UTC on the 20th is already the 21st in Berlin.
    EXPECT_EQ(recognized(described("Decision: 2026-11-20T23:30Z")).decisionDate,
              date(2026, 11, 21));
    EXPECT_EQ(recognized(described("Decision: 2026-11-20T23:30")).decisionDate, date(2026, 11, 20));
    EXPECT_EQ(recognized(described("- Decision: 2026-11-20T08:00-05:00")).decisionDate,
              date(2026, 11, 20));
}

TEST(RecognizeInterview, relativeDatesCountFromTheLocalEndDate)
{
    // Ends 23:30 UTC on 3 Nov = 00:30 on 4 Nov in Berlin: +1d is 5 Nov.
    CalendarEvent e = described("Decision: +1d");
    e.start = EventTime{utc(2026, 11, 3, 22, 30), "Europe/Berlin"};
    e.end = EventTime{utc(2026, 11, 3, 23, 30), "Europe/Berlin"};
    EXPECT_EQ(recognized(e).decisionDate, date(2026, 11, 5));
}

TEST(RecognizeInterview, unreadableDecisionIsAWarningWithTheLine)
{
    Warnings warnings;
    const Interview interview = recognized(
        described("Hello\nZoom: https://zoom.example/1\nDecision: next Friday"), warnings);
    EXPECT_FALSE(interview.decisionDate.has_value());
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].where.file, "interviews.ics");
    // The text's lines are escaped on the one DESCRIPTION property: its line, and which line of
    // the text, in the message.
    EXPECT_EQ(warnings[0].where.line, 20);
    EXPECT_THAT(warnings[0].message, HasSubstr("next Friday"));
    EXPECT_THAT(warnings[0].message, HasSubstr("line 3 of the DESCRIPTION"));

    warnings.clear();
    for (const std::string bad : {"2026-13-01", "2026-11-20T25:00", "+5x", "+d", "20.11.2026"}) {
        recognized(described("Decision: " + bad), warnings);
    }
    EXPECT_EQ(warnings.size(), 5u);
}

TEST(RecognizeInterview, unreadablePropertyIsAWarningWithItsOwnLine)
{
    CalendarEvent e = event();
    e.interviewProperties = {{"DECISION", "soon", 44}};
    Warnings warnings;
    const Interview interview = recognized(e, warnings);
    EXPECT_FALSE(interview.decisionDate.has_value());
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].where.line, 44);
    EXPECT_THAT(warnings[0].message, ::testing::Not(HasSubstr("DESCRIPTION")));
}

TEST(RecognizeInterview, contactByDate)
{
    EXPECT_EQ(recognized(described("Contact by: 2026-11-13")).contactByDate, date(2026, 11, 13));
    EXPECT_EQ(recognized(described("Contact-By: +1w")).contactByDate, date(2026, 11, 10));
    CalendarEvent e = event();
    e.interviewProperties = {{"CONTACT-BY", "2026-11-12", 50}};
    EXPECT_EQ(recognized(e).contactByDate, date(2026, 11, 12));
}

// Issue 13: a decision date before the interview passed without a word (a typo in the month, most
// likely); it is kept, as written, and warned about with the line.
TEST(RecognizeInterview, aDecisionOrContactByDateBeforeTheInterviewIsWarnedAbout)
{
    // The interview is on Tue 3 Nov 2026.
    Warnings warnings;
    Interview interview =
        recognized(described("Decision: 2026-10-20\nContact by: 2026-11-02"), warnings);
    EXPECT_EQ(interview.decisionDate, date(2026, 10, 20));
    ASSERT_EQ(warnings.size(), 2u);
    EXPECT_EQ(warnings[0].where.line, 20);
    EXPECT_THAT(warnings[0].message, HasSubstr("decision date 2026-10-20 is before the interview"));
    EXPECT_THAT(warnings[1].message,
                HasSubstr("contact-by date 2026-11-02 is before the interview"));

    warnings.clear();
    recognized(described("Decision: 2026-11-03\nContact by: +0d"), warnings);
    EXPECT_THAT(warnings, IsEmpty()); // the interview's own day is fine
}

TEST(RecognizeInterview, deliverables)
{
    const Interview interview =
        recognized(described("Deliverable: work sample by 2026-11-06\n"
                             "Deliverable: Portfolio by 2026-11-05T12:00\n"
                             "Deliverable: report on the case study by +3d"));
    ASSERT_EQ(interview.deliverables.size(), 3u);
    EXPECT_EQ(interview.deliverables[0].what, "work sample");
    EXPECT_EQ(interview.deliverables[0].due, Due{date(2026, 11, 6)});
    EXPECT_EQ(interview.deliverables[1].what, "Portfolio");
    EXPECT_EQ(interview.deliverables[1].due, Due{utc(2026, 11, 5, 11)}); // 12:00 Berlin
    EXPECT_EQ(interview.deliverables[2].what, "report on the case study");
    EXPECT_EQ(interview.deliverables[2].due, Due{date(2026, 11, 6)});

    Warnings warnings;
    const Interview bad =
        recognized(described("Deliverable: slides\nDeliverable: code by tomorrow"), warnings);
    EXPECT_THAT(bad.deliverables, IsEmpty());
    ASSERT_EQ(warnings.size(), 2u);
    EXPECT_EQ(warnings[0].where.line, 20);
    EXPECT_THAT(warnings[0].message, HasSubstr("line 1 of the DESCRIPTION"));
    EXPECT_THAT(warnings[1].message, HasSubstr("line 2 of the DESCRIPTION"));
}

// ---- outcome and switches ---------------------------------------------------------------------

TEST(RecognizeInterview, outcomeFromALine)
{
    Interview interview = recognized(described("Outcome: rejected 2026-11-12"));
    ASSERT_TRUE(interview.outcome.has_value());
    EXPECT_EQ(interview.outcome->kind, OutcomeKind::Rejected);
    EXPECT_EQ(interview.outcome->date, date(2026, 11, 12));

    interview = recognized(described("Outcome: Offer"));
    ASSERT_TRUE(interview.outcome.has_value());
    EXPECT_EQ(interview.outcome->kind, OutcomeKind::Offer);
    EXPECT_FALSE(interview.outcome->date.has_value());

    Warnings warnings;
    interview = recognized(described("Outcome: ghosted"), warnings);
    EXPECT_FALSE(interview.outcome.has_value());
    EXPECT_EQ(warnings.size(), 1u);

    warnings.clear();
    interview = recognized(described("Outcome: withdrawn last week"), warnings);
    ASSERT_TRUE(interview.outcome.has_value()); // the kind is read; the date is not guessed
    EXPECT_EQ(interview.outcome->kind, OutcomeKind::Withdrawn);
    EXPECT_FALSE(interview.outcome->date.has_value());
    EXPECT_EQ(warnings.size(), 1u);
}

TEST(RecognizeInterview, outcomeFromCategories)
{
    CalendarEvent e = event();
    e.categories = {"Interview", "offer"};
    Interview interview = recognized(e);
    ASSERT_TRUE(interview.outcome.has_value());
    EXPECT_EQ(interview.outcome->kind, OutcomeKind::Offer);

    e.categories = {"Offer", "Accepted"};
    interview = recognized(e);
    ASSERT_TRUE(interview.outcome.has_value());
    EXPECT_EQ(interview.outcome->kind, OutcomeKind::Accepted);

    e.description = "Outcome: withdrawn 2026-11-20";
    interview = recognized(e);
    ASSERT_TRUE(interview.outcome.has_value());
    EXPECT_EQ(interview.outcome->kind, OutcomeKind::Withdrawn); // the line is more specific

    e = event();
    e.interviewProperties = {{"OUTCOME", "REJECTED", 60}};
    ASSERT_TRUE(recognized(e).outcome.has_value());
    EXPECT_EQ(recognized(e).outcome->kind, OutcomeKind::Rejected);
}

TEST(RecognizeInterview, followUpsOff)
{
    EXPECT_FALSE(recognized(event()).followUpsOff);
    EXPECT_TRUE(recognized(described("Follow-ups: off")).followUpsOff);
    EXPECT_TRUE(recognized(described("FOLLOW UPS: Off")).followUpsOff);
    EXPECT_FALSE(recognized(described("Follow-ups: on")).followUpsOff);
    CalendarEvent e = event();
    e.categories = {"Follow-ups"};
    EXPECT_FALSE(recognized(e).followUpsOff); // not the configured name
    e.categories = {"No follow-ups"};
    EXPECT_TRUE(recognized(e).followUpsOff);
    e.categories = {"NO FOLLOW-UPS"};
    EXPECT_TRUE(recognized(e).followUpsOff);
    e = event();
    e.interviewProperties = {{"FOLLOW-UPS", "OFF", 70}};
    EXPECT_TRUE(recognized(e).followUpsOff);
}

// ---- cancellation -----------------------------------------------------------------------------

TEST(RecognizeInterview, cancelledByStatusOrByTheUsersDecline)
{
    CalendarEvent e = event();
    EXPECT_FALSE(recognized(e).cancelled);
    e.cancelled = true;
    EXPECT_TRUE(recognized(e).cancelled);

    e = event();
    e.attendees = {user("jane@acme.com", "Jane", "INDIVIDUAL", "CHAIR", "DECLINED"),
                   user("me@home.example", "Me", "INDIVIDUAL", "REQ-PARTICIPANT", "ACCEPTED")};
    EXPECT_FALSE(recognized(e).cancelled); // an interviewer's decline cancels nothing
    e.attendees[1].partstat = "DECLINED";
    EXPECT_TRUE(recognized(e).cancelled);
}

// ---- time -------------------------------------------------------------------------------------

TEST(RecognizeInterview, timedWithZone)
{
    const Interview interview = recognized(event());
    EXPECT_EQ(interview.start, utc(2026, 11, 3, 13));
    EXPECT_EQ(interview.end, utc(2026, 11, 3, 14));
    EXPECT_FALSE(interview.allDay);
    EXPECT_EQ(interview.zoneId, "Europe/Berlin");
}

TEST(RecognizeInterview, floatingTimeIsInTheUsersZone)
{
    CalendarEvent e = event();
    e.start = EventTime{EventTime::Floating{std::chrono::local_days{date(2026, 11, 3)} + 10h}, ""};
    e.end = EventTime{EventTime::Floating{std::chrono::local_days{date(2026, 11, 3)} + 11h}, ""};
    const Interview interview = recognized(e);
    EXPECT_EQ(interview.start, utc(2026, 11, 3, 9));
    EXPECT_EQ(interview.end, utc(2026, 11, 3, 10));
    EXPECT_EQ(interview.zoneId, "");
}

TEST(RecognizeInterview, withoutEndATimedInterviewLastsOneHour)
{
    CalendarEvent e = event();
    e.end.reset();
    EXPECT_EQ(recognized(e).end, utc(2026, 11, 3, 14));
}

TEST(RecognizeInterview, durationInsteadOfEnd)
{
    CalendarEvent e = event();
    e.end.reset();
    e.duration = 90min;
    EXPECT_EQ(recognized(e).end, utc(2026, 11, 3, 14, 30));
}

TEST(RecognizeInterview, allDayEndsOnItsLastDayAtTheEndOfTheWorkingDay)
{
    CalendarEvent e = event();
    e.start = EventTime{date(2026, 11, 3), ""};
    e.end = EventTime{date(2026, 11, 4), ""}; // exclusive: one day
    Interview interview = recognized(e);
    EXPECT_TRUE(interview.allDay);
    EXPECT_EQ(interview.start, utc(2026, 11, 2, 23)); // midnight Berlin
    EXPECT_EQ(interview.end, utc(2026, 11, 3, 16));   // 17:00 Berlin

    e.end = EventTime{date(2026, 11, 6), ""}; // three days: 3, 4, 5 Nov
    EXPECT_EQ(recognized(e).end, utc(2026, 11, 5, 16));

    e.end.reset(); // DTSTART only: one day
    EXPECT_EQ(recognized(e).end, utc(2026, 11, 3, 16));

    Policy policy = userPolicy();
    policy.workdayEnd = TimeOfDay{18 * 60 + 30};
    Warnings warnings;
    interview = recognizeInterview(e, policy, warnings).value();
    EXPECT_EQ(interview.end, utc(2026, 11, 3, 17, 30));
}

TEST(RecognizeInterview, noStartIsAWarningAndNoInterview)
{
    CalendarEvent e = event();
    e.start.reset();
    Warnings warnings;
    EXPECT_FALSE(recognizeInterview(e, userPolicy(), warnings).has_value());
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].where.line, 10);
    EXPECT_THAT(warnings[0].message, HasSubstr("DTSTART"));
}

// ---- key --------------------------------------------------------------------------------------

TEST(RecognizeInterview, keyIsUidAndOccurrence)
{
    CalendarEvent e = event();
    EXPECT_EQ(recognized(e).key, (InterviewKey{"uid-1@acme.com", ""}));
    e.recurrenceId = "20261103T130000Z";
    EXPECT_EQ(recognized(e).key, (InterviewKey{"uid-1@acme.com", "20261103T130000Z"}));
}

TEST(RecognizeInterview, missingUidGivesAStableKeyFromSummaryAndStartWithAWarning)
{
    CalendarEvent e = event();
    e.uid.clear();
    Warnings warnings;
    const Interview first = recognized(e, warnings);
    EXPECT_TRUE(first.uidWasMissing);
    EXPECT_THAT(first.key.uid, ::testing::StartsWith("nouid-"));
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].where.file, "interviews.ics");
    EXPECT_EQ(warnings[0].where.line, 10);
    EXPECT_THAT(warnings[0].message, HasSubstr("UID"));

    EXPECT_EQ(recognized(e, warnings).key, first.key); // same input, same key
    CalendarEvent moved = e;
    moved.start = EventTime{utc(2026, 11, 4, 13), "Europe/Berlin"};
    EXPECT_NE(recognized(moved, warnings).key, first.key);
    CalendarEvent renamed = e;
    renamed.summary = "Interview with Initech";
    EXPECT_NE(recognized(renamed, warnings).key, first.key);
}

// ---- collecting -------------------------------------------------------------------------------

TEST(CollectInterviews, mergesCopiesByHighestSequenceThenLatestDtstamp)
{
    CalendarEvent old = event("Interview with Acme");
    old.sequence = 1;
    old.dtstamp = utc(2026, 10, 1, 9);
    CalendarEvent newer = old;
    newer.sequence = 2;
    newer.dtstamp = utc(2026, 9, 1, 9); // older stamp, but the higher SEQUENCE wins
    newer.summary = "Interview with Acme (moved)";
    CalendarEvent stamped = old;
    stamped.dtstamp = utc(2026, 10, 2, 9);
    stamped.summary = "Interview with Acme (restamped)";

    Warnings warnings;
    std::vector<Interview> interviews = collectInterviews({newer, old}, userPolicy(), warnings);
    ASSERT_EQ(interviews.size(), 1u);
    EXPECT_EQ(interviews[0].summary, "Interview with Acme (moved)");

    interviews = collectInterviews({stamped, old}, userPolicy(), warnings);
    ASSERT_EQ(interviews.size(), 1u);
    EXPECT_EQ(interviews[0].summary, "Interview with Acme (restamped)");
    interviews = collectInterviews({old, stamped}, userPolicy(), warnings);
    ASSERT_EQ(interviews.size(), 1u);
    EXPECT_EQ(interviews[0].summary, "Interview with Acme (restamped)");

    CalendarEvent twin = old;
    twin.summary = "Interview with Acme (read later)";
    interviews = collectInterviews({old, twin}, userPolicy(), warnings);
    ASSERT_EQ(interviews.size(), 1u);
    EXPECT_EQ(interviews[0].summary, "Interview with Acme (read later)");
    EXPECT_THAT(warnings, IsEmpty());
}

TEST(CollectInterviews, occurrencesAreSeparateAndSortedByStartThenKey)
{
    CalendarEvent later = event();
    later.uid = "a@acme.com";
    later.start = EventTime{utc(2026, 11, 10, 13), ""};
    later.end = EventTime{utc(2026, 11, 10, 14), ""};
    CalendarEvent occurrence = event();
    occurrence.recurrenceId = "20261103T130000Z";
    CalendarEvent sameStart = event();
    sameStart.uid = "0-first@acme.com";
    CalendarEvent lunch = event("Lunch");

    Warnings warnings;
    const std::vector<Interview> interviews =
        collectInterviews({later, occurrence, lunch, event(), sameStart}, userPolicy(), warnings);
    std::vector<InterviewKey> keys;
    for (const Interview& interview : interviews) {
        keys.push_back(interview.key);
    }
    EXPECT_THAT(keys, ElementsAre(InterviewKey{"0-first@acme.com", ""},
                                  InterviewKey{"uid-1@acme.com", ""},
                                  InterviewKey{"uid-1@acme.com", "20261103T130000Z"},
                                  InterviewKey{"a@acme.com", ""}));
}

TEST(CollectInterviews, forgetsHistoryKeysNobodyAsksForOnceNoCopyCanCome)
{
    // The window starts in 2029: the 2026 interviews are history (planner.h).
    const TimeRange window{utc(2029, 1, 1, 0), utc(2029, 3, 1, 0)};
    CalendarEvent withTasks = event("Interview with Acme");
    withTasks.uid = "with-tasks@acme.com";
    CalendarEvent without = withTasks;
    without.uid = "without@acme.com";
    CalendarEvent current = event("Interview with Initech");
    current.uid = "current@initech.com";
    current.start = EventTime{utc(2029, 2, 1, 13), ""};
    current.end = EventTime{utc(2029, 2, 1, 14), ""};
    const auto wanted = [](const InterviewKey& key) { return key.uid == "with-tasks@acme.com"; };

    Warnings warnings;
    const Policy policy = userPolicy();
    InterviewCollector all(policy, window);
    all.add({withTasks, without, current}, true);
    const auto everything = std::move(all).take(warnings);
    EXPECT_EQ(everything.history,
              (std::set<InterviewKey>{{"with-tasks@acme.com", ""}, {"without@acme.com", ""}}));
    ASSERT_EQ(everything.interviews.size(), 1u);

    InterviewCollector filtered(policy, window, wanted);
    filtered.add({withTasks, without, current}, true);
    const auto fewer = std::move(filtered).take(warnings);
    EXPECT_EQ(fewer.history, (std::set<InterviewKey>{{"with-tasks@acme.com", ""}}));
    EXPECT_EQ(fewer.interviews.size(), 1u);

    // Until the last copies, a forgotten interview keeps what merging a later copy needs: here a
    // copy in the window with a lower SEQUENCE, which loses to the history one.
    CalendarEvent revised = without;
    revised.sequence = 3;
    CalendarEvent stale = without;
    stale.sequence = 1;
    stale.start = current.start;
    stale.end = current.end;
    InterviewCollector merging(policy, window, wanted);
    merging.add({revised});
    merging.add({stale}, true);
    const auto merged = std::move(merging).take(warnings);
    EXPECT_THAT(merged.interviews, IsEmpty());
    EXPECT_THAT(merged.history, IsEmpty());
    EXPECT_THAT(warnings, IsEmpty());
}

TEST(CollectInterviews, occurrencesOfOneEventWarnOnce)
{
    CalendarEvent first = described("Decision: soon");
    first.uid.clear();
    first.recurrenceId = "20261103T130000Z";
    CalendarEvent second = first;
    second.recurrenceId = "20261110T130000Z";
    second.start = EventTime{utc(2026, 11, 10, 13), ""};
    second.end = EventTime{utc(2026, 11, 10, 14), ""};

    Warnings warnings;
    const std::vector<Interview> interviews =
        collectInterviews({first, second}, userPolicy(), warnings);
    EXPECT_EQ(interviews.size(), 2u);
    ASSERT_EQ(warnings.size(), 2u); // the missing UID and the decision, once each
    EXPECT_THAT(warnings[0].message, HasSubstr("UID"));
    EXPECT_THAT(warnings[1].message, HasSubstr("soon"));
}

// ---- issue 10: the invites people really get -------------------------------------------------

namespace
{

// The user of these invites: sam.rivera@gmail.com, "Sam Rivera".
Policy samsPolicy()
{
    Policy policy = defaultPolicy(berlin());
    policy.myAddresses = {"sam.rivera@gmail.com"};
    policy.myNames = {"Sam Rivera"};
    return policy;
}

std::optional<Interview> recognizedForSam(const CalendarEvent& e)
{
    Warnings warnings;
    return recognizeInterview(e, samsPolicy(), warnings);
}

std::pair<std::string, std::string> companyAndRole(const CalendarEvent& e)
{
    const std::optional<Interview> interview = recognizedForSam(e);
    EXPECT_TRUE(interview.has_value()) << e.summary;
    return interview ? std::pair{interview->company, interview->role}
                     : std::pair<std::string, std::string>{};
}

using Pair = std::pair<std::string, std::string>;

} // namespace

TEST(RecognizeInterview, googleInvitationDecorationsAreNeitherCompanyNorRole)
{
    CalendarEvent e =
        event("Invitation: Interview with Jane Doe @ Tue Dec 1, 2026 2pm - 3pm (CET)");
    e.organizer = user("jane.doe@northwind-labs.com", "Jane Doe");
    e.attendees = {user("jane.doe@northwind-labs.com", "Jane Doe"),
                   user("sam.rivera@gmail.com", "Sam Rivera")};
    EXPECT_EQ(companyAndRole(e), (Pair{"Northwind Labs", ""}));
    e.summary = "Updated invitation: Interview with Jane Doe @ Tue Dec 1, 2026 2pm - 3pm (CET) "
                "(sam.rivera@gmail.com)";
    EXPECT_EQ(companyAndRole(e), (Pair{"Northwind Labs", ""}));
}

TEST(RecognizeInterview, titlesOfApplicantTrackingSystemsGiveCompanyAndRole)
{
    CalendarEvent e = event("Brightwave | Data Engineer | Technical Interview");
    EXPECT_EQ(companyAndRole(e), (Pair{"Brightwave", "Data Engineer"}));
    e.summary = "Interview with Sam Rivera for Backend Engineer at Acme";
    EXPECT_EQ(companyAndRole(e), (Pair{"Acme", "Backend Engineer"}));
    e.summary = "Northwind Labs - Recruiter Interview (Backend Engineer)";
    EXPECT_EQ(companyAndRole(e), (Pair{"Northwind Labs", "Backend Engineer"}));
    e.summary = "Phone interview – Initech (QA Lead)";
    EXPECT_EQ(companyAndRole(e), (Pair{"Initech", "QA Lead"}));
}

TEST(RecognizeInterview, screeningFormsAndInterviewingAtAreInterviews)
{
    EXPECT_EQ(companyAndRole(event("Phone screen: Northwind Labs <> Sam Rivera")),
              (Pair{"Northwind Labs", ""}));
    EXPECT_EQ(companyAndRole(event("Technical screen – Hooli (SRE)")), (Pair{"Hooli", "SRE"}));
    EXPECT_EQ(companyAndRole(event("Interviewing at Pied Piper")), (Pair{"Pied Piper", ""}));
    EXPECT_TRUE(recognizedForSam(event("Screening call with Hooli")).has_value());
}

TEST(RecognizeInterview, candidateInterviewOrganisedByTheEmployerIsAnInterview)
{
    CalendarEvent e = event("Candidate Interview - Sam Rivera - Staff Engineer (Umbrella)");
    e.organizer = user("alice@umbrella-corp.com", "Alice Abernathy");
    e.attendees = {user("sam.rivera@gmail.com", "Sam Rivera")};
    EXPECT_EQ(companyAndRole(e), (Pair{"Umbrella", "Staff Engineer"}));
    // Organised by the user, or by nobody: the user interviews a candidate.
    e.organizer = user("sam.rivera@gmail.com", "Sam Rivera");
    EXPECT_FALSE(recognizedForSam(e).has_value());
    e.organizer.reset();
    EXPECT_FALSE(recognizedForSam(e).has_value());
    // mock, practice, prep and exit interviews are never interviews to follow up.
    e.organizer = user("alice@umbrella-corp.com", "Alice Abernathy");
    for (const char* summary : {"Mock interview with Umbrella", "Practice interview",
                                "Interview prep: Umbrella", "Exit interview"}) {
        e.summary = summary;
        EXPECT_FALSE(recognizedForSam(e).has_value()) << summary;
    }
}

TEST(RecognizeInterview, theUsersNameIsNeitherCompanyNorRoleNorPerson)
{
    CalendarEvent e = event("Interview - Sam Rivera - Contoso");
    e.attendees = {user("sam.work@contoso-partner.example", "Sam Rivera"),
                   user("megan@contoso.com", "Megan Bowen")};
    const std::optional<Interview> interview = recognizedForSam(e);
    ASSERT_TRUE(interview.has_value());
    EXPECT_EQ(interview->company, "Contoso");
    EXPECT_EQ(interview->role, "");
    EXPECT_THAT(names(interview->interviewers), ElementsAre("Megan Bowen"));
}

TEST(RecognizeInterview, roleMailboxIsNotThankedBesideNamedInterviewers)
{
    CalendarEvent e = event("Brightwave | Data Engineer | Technical Interview");
    e.organizer = user("recruiting@brightwave.io", "Brightwave Recruiting");
    e.attendees = {user("lena.park@brightwave.io", "Lena Park"), user("jobs@brightwave.io"),
                   user("talent@brightwave.io", "Talent Team")};
    std::optional<Interview> interview = recognizedForSam(e);
    ASSERT_TRUE(interview.has_value());
    EXPECT_THAT(names(interview->interviewers), ElementsAre("Lena Park"));
    ASSERT_TRUE(interview->contact.has_value()); // the organizer stays whom to follow up with
    EXPECT_EQ(interview->contact->email, "recruiting@brightwave.io");

    e.attendees = {user("jobs@brightwave.io")};
    interview = recognizedForSam(e);
    ASSERT_TRUE(interview.has_value());
    EXPECT_THAT(emails(interview->interviewers),
                ElementsAre("jobs@brightwave.io", "recruiting@brightwave.io"));
}

TEST(RecognizeInterview, schedulingServicesAreNeitherPeopleNorContactsNorCompanies)
{
    CalendarEvent e = event("Interview");
    e.organizer = user("interviews@hire.lever.co", "Acme Interviews");
    e.attendees = {user("scheduling@goodtime.io", "GoodTime"),
                   user("acme@myworkday.com", "Acme Workday"),
                   user("chris.morgan@acme-robotics.com", "Chris Morgan")};
    const std::optional<Interview> interview = recognizedForSam(e);
    ASSERT_TRUE(interview.has_value());
    EXPECT_THAT(names(interview->interviewers), ElementsAre("Chris Morgan"));
    EXPECT_FALSE(interview->contact.has_value());
    EXPECT_EQ(interview->company, "Acme Robotics"); // from the interviewer's domain
}

TEST(RecognizeInterview, companyAndRoleInOnePieceOfTheTitle)
{
    CalendarEvent e = event("面接：Hooli SRE");
    e.organizer = user("jobs@hooli.com");
    EXPECT_EQ(companyAndRole(e), (Pair{"Hooli", "SRE"}));
    e.summary = "Interview: Hooli – Hooli Data Scientist";
    EXPECT_EQ(companyAndRole(e), (Pair{"Hooli", "Data Scientist"}));
}

TEST(RecognizeInterview, companyFromTheDomainIsMadeAName)
{
    CalendarEvent e = event("Interview");
    e.organizer = user("talent@northwind-labs.com");
    EXPECT_EQ(recognized(e).company, "Northwind Labs");
}

// ---- who the user is, and why each event was taken or not -------------------------------------

namespace
{

InterviewCollector::Collected collectExplained(const std::vector<CalendarEvent>& events,
                                               const Policy& policy,
                                               std::optional<TimeRange> window = std::nullopt)
{
    InterviewCollector collector(policy, window, {}, true);
    collector.add(events);
    Warnings warnings;
    return std::move(collector).take(warnings);
}

} // namespace

TEST(InterviewCollector, takesTheUserFromTheCalendarWithoutConfiguredAddresses)
{
    Policy policy = defaultPolicy(berlin());
    CalendarEvent e = event("Interview with Acme");
    e.attendees = {user("sam.rivera@gmail.com", "Sam Rivera"), user("jane@acme.com", "Jane Doe")};
    InterviewCollector collector(policy, std::nullopt);
    collector.addCalendarName("sam.rivera@gmail.com", {"google.ics", 6});
    collector.add({e});
    Warnings warnings;
    const auto collected = std::move(collector).take(warnings);
    EXPECT_EQ(collected.user.source, UserIdentity::Source::CalendarOwner);
    ASSERT_EQ(collected.interviews.size(), 1u);
    EXPECT_THAT(names(collected.interviews[0].interviewers), ElementsAre("Jane Doe"));
    EXPECT_FALSE(collected.mayThankTheUser);
    EXPECT_THAT(warnings, IsEmpty());
}

TEST(InterviewCollector, saysWhenAThankYouMightGoToTheUser)
{
    CalendarEvent e = event("Interview with Acme");
    e.attendees = {user("sam@outlook.com"), user("jane@acme.com", "Jane Doe")};
    const auto collected = collectExplained({e}, defaultPolicy(berlin()));
    EXPECT_EQ(collected.user.source, UserIdentity::Source::Unknown);
    EXPECT_TRUE(collected.mayThankTheUser);
    // Nobody to thank but "your interviewers": nothing can reach the user.
    EXPECT_FALSE(
        collectExplained({event("Interview with Acme")}, defaultPolicy(berlin())).mayThankTheUser);
}

TEST(InterviewCollector, explainsWhyEachEventThatLookedLikeAnInterviewWasTakenOrNot)
{
    const Policy policy = samsPolicy();
    CalendarEvent taken = event("Interview with Acme");
    taken.uid = "taken";
    taken.organizer = user("talent@northwind-labs.com", "Talent");
    taken.attendees = {user("jane@northwind-labs.com", "Jane Doe"),
                       user("sam.rivera@gmail.com", "Sam Rivera")};
    CalendarEvent mock = event("Mock interview");
    mock.uid = "mock";
    CalendarEvent mine = event("Candidate interview: Max");
    mine.uid = "mine";
    mine.organizer = user("sam.rivera@gmail.com");
    CalendarEvent unorganized = event("Candidate interview: Max");
    unorganized.uid = "unorganized";
    CalendarEvent startless = event("Interview with Hooli");
    startless.uid = "startless";
    startless.start.reset();
    startless.end.reset();
    CalendarEvent cancelled = event("Interview with Initech");
    cancelled.uid = "cancelled";
    cancelled.cancelled = true;
    CalendarEvent declined = event("Interview with Globex");
    declined.uid = "declined";
    declined.attendees = {
        user("sam.rivera@gmail.com", "", "INDIVIDUAL", "REQ-PARTICIPANT", "DECLINED")};
    CalendarEvent off = event("Interview with Umbrella");
    off.uid = "off";
    off.categories = {"No follow-ups"};
    CalendarEvent outside = event("Interview with Contoso");
    outside.uid = "outside";
    outside.start = EventTime{utc(2026, 6, 1, 9), ""};
    outside.end = EventTime{utc(2026, 6, 1, 10), ""};
    CalendarEvent history = event("Interview with Fabrikam");
    history.uid = "history";
    history.start = EventTime{utc(2024, 6, 1, 9), ""};
    history.end = EventTime{utc(2024, 6, 1, 10), ""};
    CalendarEvent lunch = event("Lunch");
    lunch.uid = "lunch";

    const TimeRange window{utc(2026, 10, 1, 0), utc(2027, 10, 1, 0)};
    const auto collected = collectExplained({taken, mock, mine, unorganized, startless, cancelled,
                                             declined, off, outside, history, lunch},
                                            policy, window);
    std::vector<std::pair<std::string, Verdict>> verdicts;
    for (const Explanation& explanation : collected.explanations)
        verdicts.emplace_back(explanation.summary, explanation.verdict);
    EXPECT_THAT(
        verdicts,
        ElementsAre(std::pair{std::string{"Interview with Acme"}, Verdict::Taken},
                    std::pair{std::string{"Mock interview"}, Verdict::ExclusionWord},
                    std::pair{std::string{"Candidate interview: Max"}, Verdict::OrganizedByYou},
                    std::pair{std::string{"Candidate interview: Max"}, Verdict::NobodyOrganizes},
                    std::pair{std::string{"Interview with Hooli"}, Verdict::NoStart},
                    std::pair{std::string{"Interview with Initech"}, Verdict::Cancelled},
                    std::pair{std::string{"Interview with Globex"}, Verdict::DeclinedByYou},
                    std::pair{std::string{"Interview with Umbrella"}, Verdict::FollowUpsOff},
                    std::pair{std::string{"Interview with Contoso"}, Verdict::OutsideWindow},
                    std::pair{std::string{"Interview with Fabrikam"}, Verdict::History}));

    const Explanation& first = collected.explanations.front();
    EXPECT_EQ(first.company, "Acme");
    EXPECT_EQ(first.companyFrom, ValueSource::Title);
    EXPECT_EQ(first.roleFrom, ValueSource::None);
    ASSERT_EQ(first.cues.size(), 1u);
    EXPECT_EQ(first.cues[0].kind, Cue::Kind::Keyword);
    EXPECT_EQ(first.cues[0].text, "interview");
    ASSERT_TRUE(first.contact.has_value());
    EXPECT_EQ(first.contact->email, "talent@northwind-labs.com");
    EXPECT_EQ(collected.explanations[1].word, "mock");
    EXPECT_EQ(collected.explanations[2].word, "candidate");
    ASSERT_TRUE(collected.explanations[8].window.has_value());
    EXPECT_EQ(collected.explanations[8].window->from, window.from);

    EXPECT_EQ(collected.tally.lookedLike, 10u);
    EXPECT_EQ(collected.tally.taken, 1u);
    EXPECT_EQ(collected.tally.nearMisses, 4u);
    EXPECT_EQ(collected.tally.cancelled, 2u);
    EXPECT_EQ(collected.tally.outsideWindow, 2u);
}

TEST(InterviewCollector, explainsWhereCompanyAndRoleWereRead)
{
    const Policy policy = samsPolicy();
    CalendarEvent e = event("Interview");
    e.organizer = user("talent@northwind-labs.com");
    e.description = "Role: Backend Engineer";
    auto collected = collectExplained({e}, policy);
    ASSERT_EQ(collected.explanations.size(), 1u);
    EXPECT_EQ(collected.explanations[0].company, "Northwind Labs");
    EXPECT_EQ(collected.explanations[0].companyFrom, ValueSource::OrganizerAddress);
    EXPECT_EQ(collected.explanations[0].roleFrom, ValueSource::DescriptionLine);

    e.organizer.reset();
    e.attendees = {user("a@brightwave.io"), user("b@brightwave.io"), user("c@gmail.com")};
    e.interviewProperties = {{"COMPANY", "", 30}, {"ROLE", "Data Engineer", 31}};
    collected = collectExplained({e}, policy);
    EXPECT_EQ(collected.explanations[0].company, "Brightwave");
    EXPECT_EQ(collected.explanations[0].companyFrom, ValueSource::InterviewerAddress);
    EXPECT_EQ(collected.explanations[0].roleFrom, ValueSource::InterviewProperty);
}

// Copies of one interview merge before they are recognised: the latest copy says what it is now.
TEST(InterviewCollector, theLatestCopyDecidesWhatTheEventIs)
{
    CalendarEvent first = event("Interview with Acme");
    CalendarEvent renamed = first;
    renamed.summary = "Mock interview with Acme";
    renamed.sequence = 1;
    Warnings warnings;
    EXPECT_THAT(collectInterviews({first, renamed}, userPolicy(), warnings), IsEmpty());
}
