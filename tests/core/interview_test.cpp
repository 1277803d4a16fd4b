// Who counts as the same person (SPEC §2, §4) and the names of outcomes.
#include "followups/interview.h"

#include <gtest/gtest.h>

using namespace followups;

namespace
{

Person person(std::string name, std::string email = {})
{
    Person p;
    p.name = std::move(name);
    p.email = std::move(email);
    return p;
}

} // namespace

TEST(SamePerson, addressesCompareCaseInsensitively)
{
    EXPECT_TRUE(
        samePerson(person("Jane Doe", "Jane.Doe@Acme.com"), person("", "jane.doe@acme.COM")));
    EXPECT_FALSE(
        samePerson(person("Jane Doe", "jane@acme.com"), person("Jane Doe", "jd@acme.com")));
}

TEST(SamePerson, namesCompareAfterCaseAndSpaceFoldingWhenAnAddressIsMissing)
{
    EXPECT_TRUE(samePerson(person("Jane  Doe"), person(" jane doe ", "jane@acme.com")));
    EXPECT_TRUE(samePerson(person("JANE\tDOE"), person("Jane Doe")));
    EXPECT_FALSE(samePerson(person("Jane Doe"), person("Jane Dow")));
    EXPECT_FALSE(samePerson(person("JaneDoe"), person("Jane Doe")));
}

TEST(SamePerson, foldsNonAsciiNames)
{
    EXPECT_TRUE(samePerson(person("JÜRGEN GROSSMANN"), person("jürgen grossmann")));
    // German sharp s folds to "ss"; a decomposed umlaut equals the composed one.
    EXPECT_TRUE(samePerson(person("Jürgen Großmann"), person("JU\u0308RGEN GROSSMANN")));
    EXPECT_TRUE(samePerson(person("ΣΩΚΡΆΤΗΣ"), person("σωκράτης")));
    EXPECT_TRUE(samePerson(person("Ana\u00a0María"), person("ana maría")));
    EXPECT_FALSE(samePerson(person("Jürgen"), person("Jurgen")));
}

TEST(SamePerson, nobodyIsNotAPerson)
{
    EXPECT_FALSE(samePerson(person(""), person("")));
    EXPECT_FALSE(samePerson(person("  "), person("")));
}

TEST(PersonKey, isTheFoldedAddressElseTheFoldedName)
{
    EXPECT_EQ(personKey(person("Jane Doe", "Jane.Doe@Acme.com")), "jane.doe@acme.com");
    EXPECT_EQ(personKey(person("  Jane   DOE ")), "jane doe");
    EXPECT_EQ(personKey(person("")), "");
    EXPECT_EQ(personKey(person("Jürgen Großmann")), personKey(person("JÜRGEN GROSSMANN")));
}

TEST(PersonKey, agreesWithSamePerson)
{
    const Person a = person("Jane Doe", "JANE@acme.com");
    const Person b = person("J. Doe", "jane@ACME.com");
    EXPECT_TRUE(samePerson(a, b));
    EXPECT_EQ(personKey(a), personKey(b));
}

TEST(PersonFields, isEmptyOnlyWithoutNameAddressAndPhone)
{
    EXPECT_TRUE(Person{}.empty());
    Person phoneOnly;
    phoneOnly.phone = "+49 30 1234567";
    EXPECT_FALSE(phoneOnly.empty());
}

TEST(Outcome, namesAndFinality)
{
    EXPECT_EQ(outcomeName(OutcomeKind::Rejected), "rejected");
    EXPECT_EQ(outcomeName(OutcomeKind::Offer), "offer");
    EXPECT_EQ(outcomeName(OutcomeKind::Accepted), "accepted");
    EXPECT_EQ(outcomeName(OutcomeKind::Withdrawn), "withdrawn");
    EXPECT_TRUE(isFinal(OutcomeKind::Rejected));
    EXPECT_TRUE(isFinal(OutcomeKind::Accepted));
    EXPECT_TRUE(isFinal(OutcomeKind::Withdrawn));
    EXPECT_FALSE(isFinal(OutcomeKind::Offer));
}
