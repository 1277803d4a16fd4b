// People as written in `Interviewers:`, `Contact:` and `References:` lines
// (core/include/followups/person_text.h).
#include "followups/person_text.h"

#include <gtest/gtest.h>

using namespace followups;

namespace
{

Person parsed(std::string_view text)
{
    const std::optional<Person> person = parsePerson(text);
    EXPECT_TRUE(person.has_value()) << text;
    return person.value_or(Person{});
}

} // namespace

TEST(NameFromAddress, fromTheLocalPart)
{
    EXPECT_EQ(nameFromAddress("jane.doe@acme.com"), "Jane Doe");
    EXPECT_EQ(nameFromAddress("jean-luc_picard+jobs@acme.com"), "Jean Luc Picard");
    EXPECT_EQ(nameFromAddress("jdoe@acme.com"), "Jdoe");
    EXPECT_EQ(nameFromAddress("@acme.com"), "");
}

TEST(ParsePerson, nameAndAddress)
{
    Person p = parsed("Jane Doe <jane@acme.com>");
    EXPECT_EQ(p.name, "Jane Doe");
    EXPECT_EQ(p.email, "jane@acme.com");
    p = parsed("\"Doe, Jane\" <mailto:jane@acme.com>");
    EXPECT_EQ(p.name, "Doe, Jane");
    EXPECT_EQ(p.email, "jane@acme.com");
    p = parsed("  MAILTO:jane.doe@acme.com ");
    EXPECT_EQ(p.email, "jane.doe@acme.com");
    EXPECT_EQ(p.name, "Jane Doe");
    p = parsed("Jane Doe jane@acme.com");
    EXPECT_EQ(p.name, "Jane Doe");
    EXPECT_EQ(p.email, "jane@acme.com");
}

TEST(ParsePerson, phoneNumbers)
{
    Person p = parsed("+49 30 1234567");
    EXPECT_EQ(p.phone, "+49 30 1234567");
    EXPECT_EQ(p.name, "");
    p = parsed("Jane Roe, (030) 123-4567");
    EXPECT_EQ(p.name, "Jane Roe");
    EXPECT_EQ(p.phone, "(030) 123-4567");
    p = parsed("tel:+1-555-0100");
    EXPECT_EQ(p.phone, "+1-555-0100");
    p = parsed("Room 42"); // too few digits for a number
    EXPECT_EQ(p.name, "Room 42");
    EXPECT_EQ(p.phone, "");
}

TEST(ParsePerson, nothingWritten)
{
    EXPECT_FALSE(parsePerson("").has_value());
    EXPECT_FALSE(parsePerson("  , ").has_value());
}

TEST(ParsePersonList, commasAndSemicolons)
{
    const std::vector<Person> people =
        parsePersonList("Jane Doe <jane@acme.com>; bob@acme.com, Carol , ,\"Dan\" <dan@acme.com>");
    ASSERT_EQ(people.size(), 4u);
    EXPECT_EQ(people[0].email, "jane@acme.com");
    EXPECT_EQ(people[1].name, "Bob");
    EXPECT_EQ(people[2].name, "Carol");
    EXPECT_EQ(people[3].name, "Dan");
    EXPECT_EQ(people[3].email, "dan@acme.com");
}

TEST(ContactText, isTheNameAndTheAddressOrNumber)
{
    EXPECT_EQ(contactText({"Jane Doe", "jane@acme.com", ""}), "Jane Doe <jane@acme.com>");
    EXPECT_EQ(contactText({"Jane Doe", "", "+49 30 1234567"}), "Jane Doe <+49 30 1234567>");
    EXPECT_EQ(contactText({"", "jane@acme.com", ""}), "jane@acme.com");
    EXPECT_EQ(contactText({"", "", "+49 30 1234567"}), "+49 30 1234567");
    EXPECT_EQ(contactText({"Your interviewers", "", ""}), "Your interviewers");
}

TEST(PersonFromContact, readsBackWhatContactTextWrote)
{
    const std::vector<Person> people{
        {"Jane Doe", "jane@acme.com", ""},
        {"Jane Doe", "", "+49 30 1234567"},
        {"", "jane@acme.com", ""},
        {"", "", "+49 30 1234567"},
        {"", "", "(030) 123-4567"},
        {"Your interviewers", "", ""},
        {"Álvaro Núñez", "alvaro@acme.es", ""},
        {"Room 42", "", ""},
    };
    for (const Person& person : people) {
        const auto read = personFromContact(contactText(person));
        ASSERT_TRUE(read) << contactText(person);
        EXPECT_EQ(read->name, person.name) << contactText(person);
        EXPECT_EQ(read->email, person.email) << contactText(person);
        EXPECT_EQ(read->phone, person.phone) << contactText(person);
    }
}

TEST(PersonFromContact, takesWhatTheTextLacksFromTheUrl)
{
    auto read = personFromContact("Jane Doe", "MAILTO:jane@acme.com");
    EXPECT_EQ(read->name, "Jane Doe");
    EXPECT_EQ(read->email, "jane@acme.com");
    read = personFromContact("Front desk", "tel:+4930123456");
    EXPECT_EQ(read->phone, "+4930123456");
    // The text's number stays as the user sees it.
    read = personFromContact("+49 30 1234567", "tel:+49301234567");
    EXPECT_EQ(read->phone, "+49 30 1234567");
    read = personFromContact(" mailto:jane@acme.com ");
    EXPECT_EQ(read->email, "jane@acme.com");
    EXPECT_FALSE(personFromContact(" ", ""));
}

TEST(WithoutMailto, dropsTheSchemeInAnyCaseAndTheSpaces)
{
    EXPECT_EQ(withoutMailto(" MailTo:jane@acme.com "), "jane@acme.com");
    EXPECT_EQ(withoutMailto("jane@acme.com"), "jane@acme.com");
}
