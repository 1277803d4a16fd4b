// Company and role from an interview's SUMMARY (core/src/summary_patterns.h).
#include "../../core/src/summary_patterns.h"
#include "followups/policy.h"

#include <gtest/gtest.h>

using namespace followups;

namespace
{

std::pair<std::string, std::string> read(std::string_view summary)
{
    const CompanyAndRole found = companyAndRoleFromSummary(summary, defaultInterviewKeywords());
    return {found.company, found.role};
}

using Pair = std::pair<std::string, std::string>;

} // namespace

TEST(SummaryPatterns, keywordFirst)
{
    EXPECT_EQ(read("Interview: Acme – Engineer"), (Pair{"Acme", "Engineer"}));
    EXPECT_EQ(read("Interview: Acme — Engineer — round 2"), (Pair{"Acme", "Engineer"}));
    EXPECT_EQ(read("Interview - Acme - Senior Front-end Engineer"),
              (Pair{"Acme", "Senior Front-end Engineer"}));
    EXPECT_EQ(read("Interview: Acme / Data Scientist"), (Pair{"Acme", "Data Scientist"}));
    EXPECT_EQ(read("Interview: Engineer at Acme"), (Pair{"Acme", "Engineer"}));
    EXPECT_EQ(read("Interview: Acme"), (Pair{"Acme", ""}));
    EXPECT_EQ(read("Interview"), (Pair{"", ""}));
    EXPECT_EQ(read("面接：Acme"), (Pair{"Acme", ""}));
}

TEST(SummaryPatterns, withConnector)
{
    EXPECT_EQ(read("Engineer interview with Acme"), (Pair{"Acme", "Engineer"}));
    EXPECT_EQ(read("Interview with Acme"), (Pair{"Acme", ""}));
    EXPECT_EQ(read("Interview with Acme – Engineer"), (Pair{"Acme", "Engineer"}));
    EXPECT_EQ(read("Interview at Acme (Zoom)"), (Pair{"Acme", ""}));
    EXPECT_EQ(read("Technical interview with Acme"), (Pair{"Acme", ""}));
    EXPECT_EQ(read("Vorstellungsgespräch bei Acme GmbH"), (Pair{"Acme GmbH", ""}));
    EXPECT_EQ(read("Entretien avec Acme – Ingénieur"), (Pair{"Acme", "Ingénieur"}));
}

TEST(SummaryPatterns, companyFirst)
{
    EXPECT_EQ(read("Acme interview"), (Pair{"Acme", ""}));
    EXPECT_EQ(read("Acme / Engineer interview"), (Pair{"Acme", "Engineer"}));
    EXPECT_EQ(read("Acme – Engineer interview"), (Pair{"Acme", "Engineer"}));
    EXPECT_EQ(read("Acme interview – Engineer"), (Pair{"Acme", "Engineer"}));
    EXPECT_EQ(read("Final interview"), (Pair{"", ""}));
    EXPECT_EQ(read("Acme面接"), (Pair{"Acme", ""}));
}

TEST(SummaryPatterns, withoutKeyword)
{
    EXPECT_EQ(read("Acme / Engineer – final round"), (Pair{"Acme", "Engineer"}));
    EXPECT_EQ(read("Acme – Engineer"), (Pair{"Acme", "Engineer"}));
    EXPECT_EQ(read("Coffee with Jane"), (Pair{"", ""}));
    EXPECT_EQ(read("Front-end sync"), (Pair{"", ""})); // a hyphen inside a word is no dash
}

TEST(SummaryPatterns, statusPrefixIsSkipped)
{
    EXPECT_EQ(read("Canceled: Interview: Acme – Engineer"), (Pair{"Acme", "Engineer"}));
    EXPECT_EQ(read("Abgesagt: Acme interview"), (Pair{"Acme", ""}));
}

// Malformed bytes stay where they were written; the keyword is still found after them.
TEST(SummaryPatterns, malformedUtf8)
{
    EXPECT_EQ(read("Interview: Acme\xff – Engineer"), (Pair{"Acme\xff", "Engineer"}));
    EXPECT_EQ(read("Engineer\xfe\xfe interview with Acme"), (Pair{"Acme", "Engineer\xfe\xfe"}));
    EXPECT_EQ(read("Acme\xc3 interview"), (Pair{"Acme\xc3", ""}));
}
