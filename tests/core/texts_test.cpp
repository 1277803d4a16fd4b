// Task texts (SPEC §3): the advice and don'ts per kind, the interview's facts in the user's zone,
// and the contact link (RFC 6068 mailto with a prefilled subject, RFC 3966 tel).
#include "followups/texts.h"
#include "planner_fixtures.h"
#include "texts_language.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace followups
{
namespace
{

using namespace followups::testing;
using ::testing::HasSubstr;
using ::testing::Not;

TEST(ContactUrl, mailtoCarriesThePercentEncodedUtf8Subject)
{
    // U+2013 EN DASH is E2 80 93 in UTF-8.
    EXPECT_EQ(contactUrl(person("Jane Doe", "jane@acme.example"), "Thank you – Engineer interview"),
              "mailto:jane@acme.example?subject=Thank%20you%20%E2%80%93%20Engineer%20interview");
    EXPECT_EQ(contactUrl(person("", "jane@acme.example"), "Vorstellungsgespräch Müller"),
              "mailto:jane@acme.example?subject=Vorstellungsgespr%C3%A4ch%20M%C3%BCller");
}

TEST(ContactUrl, reservedCharactersInTheSubjectAreEncoded)
{
    EXPECT_EQ(contactUrl(person("", "a@b.example"), "R&D: 50% = a+b? #1/2"),
              "mailto:a@b.example?subject=R%26D%3A%2050%25%20%3D%20a%2Bb%3F%20%231%2F2");
}

TEST(ContactUrl, theAddressKeepsAtAndPlusAndEncodesTheRest)
{
    EXPECT_EQ(contactUrl(person("", "jane+jobs@acme.example"), ""),
              "mailto:jane+jobs@acme.example");
    EXPECT_EQ(contactUrl(person("", "o'neil?x@acme.example"), ""),
              "mailto:o%27neil%3Fx@acme.example");
}

TEST(ContactUrl, telKeepsTheLeadingPlusAndDropsVisualSeparators)
{
    EXPECT_EQ(contactUrl(person("Carol", "", "+49 (30) 123-45.67"), "ignored"), "tel:+49301234567");
    EXPECT_EQ(contactUrl(person("Carol", "", "030 1234 567 ext. 89"), ""), "tel:0301234567;ext=89");
}

TEST(ContactUrl, anAddressIsPreferredAndNothingKnownGivesNoLink)
{
    EXPECT_EQ(contactUrl(person("Carol", "carol@acme.example", "+49 30 1"), "Hi"),
              "mailto:carol@acme.example?subject=Hi");
    EXPECT_EQ(contactUrl(person("Carol"), "Hi"), "");
    EXPECT_EQ(contactUrl(person("Carol", "", "n/a"), "Hi"), "");
}

Task taskFor(TaskKind kind, std::optional<Person> who, Due due, int ordinal = 0)
{
    Task task;
    task.kind = kind;
    task.person = std::move(who);
    task.due = due;
    task.ordinal = ordinal;
    return task;
}

Interview interviewWithPeople()
{
    Interview interview = acmeInterview();
    interview.interviewers = {person("Jane Doe", "jane@acme.example"), person("John Roe")};
    interview.contact = person("Carol Hr", "carol@acme.example");
    return interview;
}

TEST(TaskTexts, thankYouIsShortActionableAndCarriesTheAdviceTheFactsAndTheLink)
{
    const Interview interview = interviewWithPeople();
    Task task = taskFor(TaskKind::ThankYou, interview.interviewers[0], Due{utc(2026, 11, 4, 14)});
    writeTaskTexts(task, interview, berlinPolicy());

    EXPECT_EQ(task.summary, "Send a thank-you note to Jane Doe (Acme – Engineer)");
    EXPECT_EQ(task.url,
              "mailto:jane@acme.example?subject=Thank%20you%20%E2%80%93%20Engineer%20interview");
    for (const char* expected : {"thank them for their time",
                                 "mention something you discussed",
                                 "restate your interest",
                                 "correct a misunderstanding",
                                 "proofread",
                                 "handwritten card",
                                 "separate note",
                                 "within 24 hours",
                                 "48 hours is the hard limit",
                                 "no gifts",
                                 "no phone call the next day",
                                 "social media",
                                 "no posts about the interview",
                                 "Company: Acme",
                                 "Role: Engineer",
                                 "When: Tue 3 Nov 2026, 14:00–15:00 CET",
                                 "Interviewers: Jane Doe <jane@acme.example>, John Roe",
                                 "Contact: Carol Hr <carol@acme.example>",
                                 "Due: Wed 4 Nov 2026, 15:00 CET",
                                 "Write: mailto:jane@acme.example"})
        EXPECT_THAT(task.description, HasSubstr(expected));
    EXPECT_THAT(task.description, Not(HasSubstr("ask the recruiter")));
}

TEST(TaskTexts, theHardLimitFollowsThePolicy)
{
    Policy policy = berlinPolicy();
    policy.offsets.thankYouHardLimit = ElapsedHours{36};
    Task task = taskFor(TaskKind::ThankYou, std::nullopt, Due{utc(2026, 11, 4, 14)});
    writeTaskTexts(task, acmeInterview(), policy);
    EXPECT_THAT(task.description, HasSubstr("36 hours is the hard limit"));
    policy.offsets.thankYouDue = ElapsedHours{1};
    writeTaskTexts(task, acmeInterview(), policy);
    EXPECT_THAT(task.description, HasSubstr("within 1 hour of"));
}

TEST(TaskTexts, thankYouWithoutAnAddressSaysToFindIt)
{
    const Interview interview = interviewWithPeople();
    Task task = taskFor(TaskKind::ThankYou, interview.interviewers[1], Due{utc(2026, 11, 4, 14)});
    writeTaskTexts(task, interview, berlinPolicy());
    EXPECT_EQ(task.url, "");
    EXPECT_THAT(task.description, HasSubstr("ask the recruiter"));

    Task everyone = taskFor(TaskKind::ThankYou, std::nullopt, Due{utc(2026, 11, 4, 14)});
    writeTaskTexts(everyone, interview, berlinPolicy());
    EXPECT_EQ(everyone.summary, "Send a thank-you note to your interviewers (Acme – Engineer)");
    EXPECT_THAT(everyone.description, HasSubstr("ask the recruiter"));
}

TEST(TaskTexts, debriefListsWhatToWriteDown)
{
    Task task = taskFor(TaskKind::Debrief, std::nullopt, Due{utc(2026, 11, 3, 16)});
    writeTaskTexts(task, interviewWithPeople(), berlinPolicy());
    EXPECT_EQ(task.summary, "Write down your notes on the interview (Acme – Engineer)");
    for (const char* expected :
         {"highlights to mention in your thank-you notes", "questions that stumped you",
          "red flags", "what you forgot to say", "names and contact details of everyone you met",
          "Jane Doe", "John Roe"})
        EXPECT_THAT(task.description, HasSubstr(expected));
    EXPECT_EQ(task.url, "");
}

TEST(TaskTexts, followUpIsCordialWarnsAgainstPesteringAndLinksTheContact)
{
    Interview interview = interviewWithPeople();
    interview.contact = person("Carol Hr", "", "+49 30 1234567");
    Task first = taskFor(TaskKind::FollowUp, interview.contact, Due{date(2026, 11, 17)}, 1);
    writeTaskTexts(first, interview, berlinPolicy());
    Task second = taskFor(TaskKind::FollowUp, interview.contact, Due{date(2026, 11, 26)}, 2);
    writeTaskTexts(second, interview, berlinPolicy());

    EXPECT_EQ(first.summary, "Follow up with Carol Hr on the decision (Acme – Engineer)");
    EXPECT_EQ(second.summary, "Follow up again with Carol Hr on the decision (Acme – Engineer)");
    EXPECT_EQ(first.url, "tel:+49301234567");
    for (const char* expected :
         {"short and cordial", "anything else", "Don't pester", "Follow-up 1 of 2",
          "Call: tel:+49301234567", "Due: Tue 17 Nov 2026"})
        EXPECT_THAT(first.description, HasSubstr(expected));
    EXPECT_THAT(second.description, HasSubstr("Follow-up 2 of 2"));
}

TEST(TaskTexts, followUpWithoutAContactNamesTheEmployer)
{
    Task task = taskFor(TaskKind::FollowUp, std::nullopt, Due{date(2026, 11, 17)}, 1);
    writeTaskTexts(task, acmeInterview(), berlinPolicy());
    EXPECT_EQ(task.summary, "Follow up with Acme on the decision (Acme – Engineer)");
    EXPECT_EQ(task.url, "");
}

TEST(TaskTexts, everyKindCarriesItsOwnAdvice)
{
    const Interview interview = interviewWithPeople();
    const Person rita = person("Rita Ref", "rita@old.example");
    const struct {
        TaskKind kind;
        std::optional<Person> who;
        const char* summary;
        std::vector<const char*> advice;
        const char* subject;
    } cases[] = {
        {TaskKind::ReferenceHeadsUp,
         rita,
         "Give Rita Ref a heads-up as your reference (Acme – Engineer)",
         {"about the position", "what the interviewers cared about"},
         "Reference%20heads-up%20%E2%80%93%20Engineer%20interview"},
        {TaskKind::Feedback,
         interview.contact,
         "Ask Carol Hr for feedback on the interview (Acme – Engineer)",
         {"Ask for feedback", "listen and take notes", "thank them", "considered for future roles",
          "don't pester"},
         "Feedback%20request%20%E2%80%93%20Engineer%20interview"},
        {TaskKind::ReferenceThankYou,
         rita,
         "Thank Rita Ref for being your reference (Acme – Engineer)",
         {"Tell your reference the outcome", "thank them"},
         "Thank%20you%20%E2%80%93%20Engineer%20interview"},
        {TaskKind::WithdrawNotice,
         interview.contact,
         "Withdraw your application: tell Carol Hr you accepted another offer (Acme – Engineer)",
         {"accepted another offer", "thank them", "Don't ghost"},
         "Withdrawing%20my%20application%20%E2%80%93%20Engineer%20interview"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(std::string(kindName(c.kind)));
        Task task = taskFor(c.kind, c.who, Due{date(2026, 11, 10)});
        writeTaskTexts(task, interview, berlinPolicy());
        EXPECT_EQ(task.summary, c.summary);
        for (const char* expected : c.advice)
            EXPECT_THAT(task.description, HasSubstr(expected));
        EXPECT_THAT(task.url, HasSubstr(std::string("?subject=") + c.subject));
        EXPECT_THAT(task.description, HasSubstr("When: Tue 3 Nov 2026"));
        if (c.kind == TaskKind::ReferenceHeadsUp || c.kind == TaskKind::ReferenceThankYou) {
            EXPECT_THAT(task.description, HasSubstr("Reference: Rita Ref <rita@old.example>"));
        }
    }
}

TEST(TaskTexts, deliverableNamesWhatWasPromisedAndLinksTheContact)
{
    Task task = taskFor(TaskKind::Deliverable, std::nullopt, Due{date(2026, 11, 10)});
    writeTaskTexts(task, interviewWithPeople(), berlinPolicy(), "work sample");
    EXPECT_EQ(task.summary, "Send what you promised: work sample (Acme – Engineer)");
    EXPECT_THAT(task.description, HasSubstr("Deliverable: work sample"));
    EXPECT_THAT(task.description, HasSubstr("Due: Tue 10 Nov 2026"));
    EXPECT_EQ(task.url, "mailto:carol@acme.example?subject=Work%20sample%20%E2%80%93%20Engineer"
                        "%20interview");
}

TEST(TaskTexts, aDeliverableWithoutADescriptionStillReadsWell)
{
    Task task = taskFor(TaskKind::Deliverable, std::nullopt, Due{date(2026, 11, 10)});
    writeTaskTexts(task, interviewWithPeople(), berlinPolicy());
    EXPECT_EQ(task.summary, "Send what you promised (Acme – Engineer)");
    EXPECT_EQ(task.url, "mailto:carol@acme.example?subject=As%20promised%20%E2%80%93%20Engineer"
                        "%20interview");
}

TEST(TaskTexts, aRemoteInterviewShowsTheUsersTimeAndTheInvitationsTime)
{
    Interview interview =
        acmeInterview("remote@example.com", utc(2026, 11, 3, 15), utc(2026, 11, 3, 16));
    interview.zoneId = "America/New_York";
    Task task = taskFor(TaskKind::Debrief, std::nullopt, Due{utc(2026, 11, 3, 18)});
    writeTaskTexts(task, interview, berlinPolicy());
    EXPECT_THAT(task.description,
                HasSubstr("When: Tue 3 Nov 2026, 16:00–17:00 CET (Tue 3 Nov 2026, 10:00–11:00 "
                          "EST, America/New_York)"));
}

TEST(TaskTexts, zoneNamesFollowDaylightSavingAndFallBackToTheOffset)
{
    Interview summer =
        acmeInterview("summer@example.com", utc(2026, 7, 7, 12), utc(2026, 7, 7, 13));
    Task task = taskFor(TaskKind::Debrief, std::nullopt, Due{utc(2026, 7, 7, 15)});
    writeTaskTexts(task, summer, berlinPolicy());
    EXPECT_THAT(task.description, HasSubstr("When: Tue 7 Jul 2026, 14:00–15:00 CEST"));

    summer.zoneId.clear();
    writeTaskTexts(task, summer, defaultPolicy(zoneNamed("Asia/Tokyo")));
    EXPECT_THAT(task.description, HasSubstr("When: Tue 7 Jul 2026, 21:00–22:00 UTC+09:00"));
    writeTaskTexts(task, summer, defaultPolicy(Zone::utc()));
    EXPECT_THAT(task.description, HasSubstr("When: Tue 7 Jul 2026, 12:00–13:00 UTC"));
}

TEST(TaskTexts, anAllDayInterviewShowsItsDays)
{
    const Zone zone = berlin();
    Interview interview = acmeInterview("allday@example.com", wallClock(zone, 2026, 11, 3, 0),
                                        wallClock(zone, 2026, 11, 4, 17));
    interview.allDay = true;
    Task task = taskFor(TaskKind::Debrief, std::nullopt, Due{utc(2026, 11, 4, 18)});
    writeTaskTexts(task, interview, berlinPolicy());
    EXPECT_THAT(task.description, HasSubstr("When: Tue 3 Nov 2026 – Wed 4 Nov 2026 (all day)"));
}

TEST(TaskTexts, anInterviewNamingNoCompanyOrRoleStillReadsWell)
{
    Interview interview = acmeInterview();
    interview.company.clear();
    interview.role.clear();
    interview.summary = "Interview";
    Task task = taskFor(TaskKind::FollowUp, person("", "hr@x.example"), Due{date(2026, 11, 17)}, 1);
    writeTaskTexts(task, interview, berlinPolicy());
    EXPECT_EQ(task.summary, "Follow up with hr@x.example on the decision (Interview)");
    EXPECT_EQ(task.url, "mailto:hr@x.example?subject=Following%20up%20%E2%80%93%20interview");
    EXPECT_THAT(task.description, Not(HasSubstr("Company:")));
}

TEST(TaskTexts, textsAreDeterministic)
{
    const Interview interview = interviewWithPeople();
    Task a = taskFor(TaskKind::ThankYou, interview.interviewers[0], Due{utc(2026, 11, 4, 14)});
    Task b = a;
    writeTaskTexts(a, interview, berlinPolicy());
    writeTaskTexts(b, interview, berlinPolicy());
    EXPECT_EQ(a.summary, b.summary);
    EXPECT_EQ(a.description, b.description);
    EXPECT_EQ(a.url, b.url);
}

// The texts in the user's language (po/, the build tree's catalogs): the words, the dates, the
// e-mail subject; the names and the link as they are.
TEST(TranslatedTaskTexts, aThankYouInGerman)
{
    const TextsLanguage german("de");
    const Interview interview = interviewWithPeople();
    Task task = taskFor(TaskKind::ThankYou, interview.interviewers[0], Due{utc(2026, 11, 4, 14)});
    writeTaskTexts(task, interview, berlinPolicy());

    EXPECT_EQ(task.summary, "Dankesnachricht an Jane Doe senden (Acme – Engineer)");
    EXPECT_EQ(task.url, "mailto:jane@acme.example?subject=Vielen%20Dank%20%E2%80%93%20"
                        "Vorstellungsgespr%C3%A4ch%20als%20Engineer");
    for (const char* expected :
         {"Schreiben Sie eine persönliche Nachricht", "innerhalb von 24 Stunden nach dem Gespräch",
          "spätestens aber nach 48 Stunden", "Bitte nicht: keine Geschenke",
          "\n\nUnternehmen: Acme\n", "\nStelle: Engineer\n",
          "\nWann: Di., 3. Nov. 2026, 14:00–15:00 CET\n",
          "\nGesprächspartner: Jane Doe <jane@acme.example>, John Roe\n",
          "\nKontakt: Carol Hr <carol@acme.example>\n", "\nFällig: Mi., 4. Nov. 2026, 15:00 CET\n",
          "\nSchreiben: mailto:jane@acme.example"})
        EXPECT_THAT(task.description, HasSubstr(expected));
    for (const char* english :
         {"Send a", "Send it", "Company", "hours", "Tue", "Nov 2026", "Write:"})
        EXPECT_THAT(task.description, Not(HasSubstr(english)));

    sayLate(task);
    EXPECT_EQ(task.summary, "Verspätet: Dankesnachricht an Jane Doe senden (Acme – Engineer)");
    EXPECT_THAT(task.description, HasSubstr("Die äußerste Frist ist verstrichen"));
}

TEST(TranslatedTaskTexts, frenchSpotChecks)
{
    const TextsLanguage french("fr");
    const std::string nbsp = "\u00a0"; // French sets a non-breaking space before a colon
    Task call = taskFor(TaskKind::FollowUp, person("", "", "+33 1 23 45 67 89"),
                        Due{date(2026, 11, 16)}, 2);
    writeTaskTexts(call, acmeInterview(), berlinPolicy());
    EXPECT_EQ(call.summary,
              "Rappeler Acme (+33 1 23 45 67 89) au sujet de la décision (Acme – Engineer)");
    EXPECT_THAT(call.description, HasSubstr("Relance 2 sur 2."));
    EXPECT_THAT(call.description, HasSubstr("Échéance" + nbsp + ": lun. 16 nov. 2026\n"));
    EXPECT_THAT(call.description, HasSubstr("Appeler" + nbsp + ": tel:+33123456789"));

    Interview noCompany = acmeInterview();
    noCompany.company.clear();
    Task feedback = taskFor(TaskKind::Feedback, std::nullopt, Due{date(2026, 11, 16)});
    writeTaskTexts(feedback, noCompany, berlinPolicy());
    EXPECT_EQ(feedback.summary, "Demander à l’employeur un retour sur l’entretien (Engineer)");
}

TEST(TranslatedTaskTexts, spanishSpotChecks)
{
    const TextsLanguage spanish("es");
    const Interview interview = interviewWithPeople();
    Task feedback = taskFor(TaskKind::Feedback, interview.contact, Due{date(2026, 11, 16)});
    writeTaskTexts(feedback, interview, berlinPolicy());
    EXPECT_EQ(feedback.summary,
              "Pedir a Carol Hr comentarios sobre la entrevista (Acme – Engineer)");
    EXPECT_THAT(feedback.description, HasSubstr("Cuándo: mar, 3 nov 2026, 14:00–15:00 CET\n"));
    EXPECT_EQ(feedback.url, "mailto:carol@acme.example?subject=Solicitud%20de%20comentarios%20"
                            "%E2%80%93%20entrevista%20para%20el%20puesto%20de%20Engineer");

    Interview allDay = acmeInterview("allday@example.com", wallClock(berlin(), 2026, 11, 3, 0),
                                     wallClock(berlin(), 2026, 11, 4, 17));
    allDay.allDay = true;
    Task debrief = taskFor(TaskKind::Debrief, std::nullopt, Due{utc(2026, 11, 4, 18)});
    writeTaskTexts(debrief, allDay, berlinPolicy());
    EXPECT_THAT(debrief.description,
                HasSubstr("Cuándo: mar, 3 nov 2026 – mié, 4 nov 2026 (todo el día)\n"));
}

// LANG=C, or a language without a catalog: the English texts, byte for byte as without gettext.
TEST(TranslatedTaskTexts, englishWithoutACatalog)
{
    const TextsLanguage none("pt_BR");
    const Interview interview = interviewWithPeople();
    Task task = taskFor(TaskKind::ThankYou, interview.interviewers[0], Due{utc(2026, 11, 4, 14)});
    writeTaskTexts(task, interview, berlinPolicy());
    EXPECT_EQ(task.summary, "Send a thank-you note to Jane Doe (Acme – Engineer)");
    EXPECT_THAT(task.description, HasSubstr("\nWhen: Tue 3 Nov 2026, 14:00–15:00 CET\n"));
}

} // namespace
} // namespace followups
