// Company and role from the titles real services write (core/src/title_reader.h): Google,
// Outlook/Teams, Apple (typed by the user), Greenhouse, Lever, Workday, GoodTime and Calendly, in
// several languages. The user is Sam Rivera; Jane Doe and Dana Lee are interviewers of the events.
#include "../../core/src/title_reader.h"
#include "followups/policy.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace followups;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

namespace
{

struct Expected {
    std::string_view title;
    std::string_view company;
    std::string_view role;
};

const std::vector<std::string> persons{"Sam Rivera", "Jane Doe", "Dana Lee"};

TitleReading read(std::string_view title)
{
    return readTitle(title, defaultInterviewKeywords(), persons);
}

void expectAll(const std::vector<Expected>& titles)
{
    for (const Expected& expected : titles) {
        const TitleReading reading = read(expected.title);
        EXPECT_EQ(reading.company, expected.company) << expected.title;
        EXPECT_EQ(reading.role, expected.role) << expected.title;
    }
}

} // namespace

TEST(TitleReader, google)
{
    expectAll({
        {"Invitation: Interview with Jane Doe @ Tue Dec 1, 2026 2pm - 3pm (CET)", "", ""},
        {"Updated invitation: Interview with Jane Doe @ Tue Dec 1, 2026 2pm - 3pm (CET) "
         "(sam.rivera@gmail.com)",
         "", ""},
        {"Canceled event: Interview: Acme – Engineer @ Wed Dec 2, 2026 10am - 11am (PST)", "Acme",
         "Engineer"},
        {"Updated invitation with note: Onsite interview @ Acme @ Thu Dec 3, 2026 9am - 1pm (CET)",
         "Acme", ""},
        {"Invitation: Acme / Data Scientist – final round @ Fri Dec 4, 2026 3pm - 4pm (GMT)",
         "Acme", "Data Scientist"},
        {"Invitation: Interview with Acme @ Weekly from 2pm to 3pm on Tuesday (CET)", "Acme", ""},
        {"Einladung: Vorstellungsgespräch bei Acme GmbH @ Di. 1. Dez. 2026 14:00 - 15:00 (MEZ)",
         "Acme GmbH", ""},
        {"Invitation : Entretien avec Acme – Ingénieur @ mar. 1 déc. 2026 14:00 - 15:00 (CET)",
         "Acme", "Ingénieur"},
        {"Invitación: Entrevista con Acme – Desarrolladora @ mar 1 de dic de 2026 14:00 - 15:00 "
         "(CET)",
         "Acme", "Desarrolladora"},
        {"Video call w/ Acme", "Acme", ""},
        {"Onsite interview @ Acme", "Acme", ""},
    });
}

TEST(TitleReader, outlookAndTeams)
{
    expectAll({
        {"Interview - Contoso - Software Engineer", "Contoso", "Software Engineer"},
        {"Canceled: Interview - Contoso - Software Engineer", "Contoso", "Software Engineer"},
        {"Accepted: Teams interview: Software Engineer (Contoso)", "Contoso", "Software Engineer"},
        {"Northwind Labs - Recruiter Interview (Backend Engineer)", "Northwind Labs",
         "Backend Engineer"},
        {"Phone interview – Initech (QA Lead)", "Initech", "QA Lead"},
        {"Technical screen – Hooli (SRE)", "Hooli", "SRE"},
        {"FW: Interview: Fabrikam – Product Manager", "Fabrikam", "Product Manager"},
        {"Abgesagt: Vorstellungsgespräch – Contoso – Softwareentwicklerin (m/w/d)", "Contoso",
         "Softwareentwicklerin"},
        {"Hiring Manager Interview | Contoso | Program Manager", "Contoso", "Program Manager"},
        {"Updated: Final round interview with Fabrikam", "Fabrikam", ""},
    });
}

TEST(TitleReader, appleAsTypedByTheUser)
{
    expectAll({
        {"Interviewing at Pied Piper", "Pied Piper", ""},
        {"Acme interview", "Acme", ""},
        {"Engineer interview with Acme", "Acme", "Engineer"},
        {"Acme / Engineer – final round", "Acme", "Engineer"},
        {"Interview: Engineer at Acme", "Acme", "Engineer"},
        {"Tech Lead interview at Raviga", "Raviga", "Tech Lead"},
        {"2nd interview – Pied Piper", "Pied Piper", ""},
        {"Your interview with Hooli", "Hooli", ""},
        {"Coffee chat w/ Acme recruiter", "Acme", ""},
    });
}

TEST(TitleReader, applicantTrackingSystems)
{
    expectAll({
        // Greenhouse
        {"Brightwave | Data Engineer | Technical Interview", "Brightwave", "Data Engineer"},
        {"Interview with Brightwave", "Brightwave", ""},
        {"Brightwave - Data Engineer - Onsite Interview", "Brightwave", "Data Engineer"},
        {"[Brightwave] Data Engineer - Hiring Manager Interview", "Brightwave", "Data Engineer"},
        {"Brightwave: Sam Rivera - Data Engineer - Final Round", "Brightwave", "Data Engineer"},
        // Lever
        {"Interview with Sam Rivera for Backend Engineer at Acme", "Acme", "Backend Engineer"},
        {"Phone Screen with Sam Rivera for Backend Engineer at Acme", "Acme", "Backend Engineer"},
        {"Acme - Sam Rivera - Backend Engineer - Onsite", "Acme", "Backend Engineer"},
        {"Interview for Backend Engineer at Acme", "Acme", "Backend Engineer"},
        // Workday
        {"Interview Scheduled: Senior Accountant (R-104233) – Globex", "Globex",
         "Senior Accountant"},
        {"Globex: Interview for Financial Analyst (JR-2031)", "Globex", "Financial Analyst"},
        {"Interview: Globex – Senior Accountant – Round 2", "Globex", "Senior Accountant"},
        // GoodTime
        {"Hooli Interview: Sam Rivera for Site Reliability Engineer", "Hooli",
         "Site Reliability Engineer"},
        {"Interview Loop – Hooli – Site Reliability Engineer", "Hooli",
         "Site Reliability Engineer"},
        {"Hooli | Virtual Onsite | Sam Rivera", "Hooli", ""},
        // Calendly
        {"Recruiter Screen between Sam Rivera and Dana Lee", "", ""},
        {"30 Minute Interview between Sam Rivera and Dana Lee", "", ""},
        {"Interview with Dana Lee (Pied Piper)", "Pied Piper", ""},
    });
}

TEST(TitleReader, otherLanguages)
{
    expectAll({
        {"Vorstellungsgespräch bei Acme GmbH", "Acme GmbH", ""},
        {"Telefoninterview mit Contoso – Projektleiterin", "Contoso", "Projektleiterin"},
        {"Entretien téléphonique – Acme (Développeur)", "Acme", "Développeur"},
        {"Entretien avec Acme pour le poste de Chef de projet", "Acme", "Chef de projet"},
        {"Entrevista técnica: Acme / Ingeniera de datos", "Acme", "Ingeniera de datos"},
        {"Colloquio con Acme per Sviluppatore", "Acme", "Sviluppatore"},
        {"Sollicitatiegesprek bij Acme – Ontwikkelaar", "Acme", "Ontwikkelaar"},
        {"面接：Acme（エンジニア）", "Acme", "エンジニア"},
        {"一次面接 Acme", "Acme", ""},
        {"Acme面接", "Acme", ""},
        {"面试 - Acme - 后端工程师", "Acme", "后端工程师"},
        {"면접 - Acme - 백엔드 개발자", "Acme", "백엔드 개발자"},
        {"Собеседование в Acme – Разработчик", "Acme", "Разработчик"},
        {"Rozmowa kwalifikacyjna w Acme – Programista", "Acme", "Programista"},
        {"Intervju med Acme – Utvecklare", "Acme", "Utvecklare"},
        {"Haastattelu: Acme – Ohjelmistokehittäjä", "Acme", "Ohjelmistokehittäjä"},
        {"Mülakat: Acme – Yazılım Mühendisi", "Acme", "Yazılım Mühendisi"},
    });
}

TEST(TitleReader, theUsersOwnNameIsAPerson)
{
    expectAll({
        {"Interview - Sam Rivera - Contoso", "Contoso", ""},
        {"Sam Rivera <> Acme: Phone screen", "Acme", ""},
        {"Phone screen: Northwind Labs <> Sam Rivera", "Northwind Labs", ""},
        {"Candidate Interview - Sam Rivera - Staff Engineer (Umbrella)", "Umbrella",
         "Staff Engineer"},
        {"Sam Rivera / Brightwave – Data Engineer Interview", "Brightwave", "Data Engineer"},
    });
    EXPECT_THAT(read("Interview - Sam Rivera - Contoso").persons, ElementsAre("Sam Rivera"));
    EXPECT_THAT(read("Recruiter Screen between Sam Rivera and Dana Lee").persons,
                ElementsAre("Sam Rivera and Dana Lee"));
    // Someone unknown stays a company: the title alone cannot tell.
    EXPECT_EQ(read("Interview with Jane Roe").company, "Jane Roe");
}

// A stage word that ends a company's name stays in it; a clear stage says what kind it is.
TEST(TitleReader, stageWordsAtTheEndOfAName)
{
    expectAll({
        {"Interview: Société Générale Tech – SRE", "Société Générale Tech", "SRE"},
        {"Acme Video interview", "Acme", ""},
        {"Pied Piper onsite", "Pied Piper", ""}, // marked by a category: the stage word tells
        {"Interview: Pied Piper onsite – Engineer", "Pied Piper", "Engineer"},
        {"Interview: Hooli phone call – SRE", "Hooli", "SRE"},
        {"Interview: Acme Tech – Tech Lead", "Acme Tech", "Tech Lead"},
        {"Interview: Acme final round", "Acme", ""},
    });
}

TEST(TitleReader, titlesOfWhatIsNoInterview)
{
    expectAll({
        {"Coffee with Jane", "", ""},
        {"Front-end sync", "", ""}, // a hyphen inside a word is no dash
        {"Interview", "", ""},
        {"Final interview", "", ""},
        {"", "", ""},
        {"Interview at 14:00", "", ""},
    });
}

TEST(TitleReader, formsReadBefore)
{
    expectAll({
        {"Interview: Acme — Engineer — round 2", "Acme", "Engineer"},
        {"Interview - Acme - Senior Front-end Engineer", "Acme", "Senior Front-end Engineer"},
        {"Interview: Acme", "Acme", ""},
        {"Interview with Acme – Engineer", "Acme", "Engineer"},
        {"Interview at Acme (Zoom)", "Acme", ""},
        {"Technical interview with Acme", "Acme", ""},
        {"Acme / Engineer interview", "Acme", "Engineer"},
        {"Acme – Engineer interview", "Acme", "Engineer"},
        {"Acme interview – Engineer", "Acme", "Engineer"},
        {"Acme – Engineer", "Acme", "Engineer"},
        {"Abgesagt: Acme interview", "Acme", ""},
        {"Interview at Exit Games", "Exit Games", ""},
    });
}

// Malformed bytes stay where they were written; the keyword is still found after them.
TEST(TitleReader, malformedUtf8)
{
    expectAll({
        {"Interview: Acme\xff – Engineer", "Acme\xff", "Engineer"},
        {"Engineer\xfe\xfe interview with Acme", "Acme", "Engineer\xfe\xfe"},
        {"Acme\xc3 interview", "Acme\xc3", ""},
    });
}

TEST(TitleReader, decorationsAreRemovedForShowing)
{
    EXPECT_EQ(undecoratedTitle("Invitation: Interview with Jane Doe @ Tue Dec 1, 2026 2pm - 3pm "
                               "(CET) (sam@example.com)"),
              "Interview with Jane Doe");
    EXPECT_EQ(undecoratedTitle("Onsite interview @ Acme"), "Onsite interview @ Acme");
    EXPECT_EQ(undecoratedTitle("Interview @ 3M (Remote)"), "Interview @ 3M (Remote)");
    EXPECT_EQ(undecoratedTitle("Phone screen: Acme"), "Phone screen: Acme");
}

TEST(TitleReader, keywordsAreThePolicys)
{
    const TitleReading reading = readTitle("Gespräch bei Acme – Entwickler", {"Gespräch"}, persons);
    EXPECT_EQ(reading.company, "Acme");
    EXPECT_EQ(reading.role, "Entwickler");
    EXPECT_THAT(reading.persons, IsEmpty());
}
