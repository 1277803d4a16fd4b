// The people of an interview event (core/src/event_people.h): whom to thank, the organizer as the
// default contact, and why each other person is neither (SPEC §2).
#include "../../core/src/event_people.h"
#include "planner_fixtures.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace followups;
using namespace followups::testing;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using Why = PersonExplanation::Verdict;
using Source = PersonExplanation::Source;

namespace
{

CalendarUser user(std::string address, std::string name = {}, std::string cutype = "INDIVIDUAL",
                  std::string role = "REQ-PARTICIPANT", std::string partstat = "ACCEPTED")
{
    return CalendarUser{std::move(address), std::move(name), std::move(cutype), std::move(role),
                        std::move(partstat)};
}

Policy samsPolicy()
{
    Policy policy = berlinPolicy();
    policy.myAddresses = {"sam@gmail.com"};
    policy.myNames = {"Sam Rivera"};
    return policy;
}

std::vector<std::string> names(const std::vector<Person>& people)
{
    std::vector<std::string> result;
    for (const Person& person : people)
        result.push_back(person.name);
    return result;
}

std::vector<std::pair<std::string, Why>> verdicts(const EventPeople& people)
{
    std::vector<std::pair<std::string, Why>> result;
    for (const PersonExplanation& explained : people.explained)
        result.emplace_back(explained.person.name, explained.verdict);
    return result;
}

} // namespace

TEST(EventPeople, everyPersonMetIsThankedOrSaysWhyNot)
{
    CalendarEvent event;
    event.organizer = user("recruiting@brightwave.io", "Brightwave Recruiting");
    event.attendees = {
        user("recruiting@brightwave.io", "Brightwave Recruiting"),
        user("lena@brightwave.io", "Lena Park"),
        user("sam@gmail.com", "Sam"),
        user("sam.work@partner.example", "Sam Rivera"), // another address, the user's name
        user("room@brightwave.io", "Room 4", "ROOM"),
        user("noreply@brightwave.io", "Calendar"),
        user("scheduling@goodtime.io", "GoodTime"),
        user("observer@brightwave.io", "Olga", "INDIVIDUAL", "NON-PARTICIPANT"),
        user("bob@brightwave.io", "Bob", "INDIVIDUAL", "REQ-PARTICIPANT", "DECLINED"),
    };
    const EventPeople people = readPeople(event, samsPolicy(), {}, true);
    EXPECT_THAT(names(people.interviewers), ElementsAre("Lena Park"));
    EXPECT_TRUE(people.thanksCalendarUsers);
    ASSERT_TRUE(people.organizer.has_value()); // a role mailbox stays whom to follow up with
    EXPECT_EQ(people.organizer->email, "recruiting@brightwave.io");
    EXPECT_THAT(verdicts(people),
                ElementsAre(std::pair{std::string{"Sam"}, Why::You},
                            std::pair{std::string{"Sam Rivera"}, Why::You},
                            std::pair{std::string{"Room 4"}, Why::NotAPerson},
                            std::pair{std::string{"Calendar"}, Why::NoReply},
                            std::pair{std::string{"GoodTime"}, Why::Service},
                            std::pair{std::string{"Olga"}, Why::NonParticipant},
                            std::pair{std::string{"Bob"}, Why::Declined},
                            // listed as attendee and organizer, explained once
                            std::pair{std::string{"Brightwave Recruiting"}, Why::RoleMailbox},
                            std::pair{std::string{"Lena Park"}, Why::Thanked}));
    EXPECT_EQ(people.explained.front().from, Source::Attendee);
}

TEST(EventPeople, roleMailboxesAreThankedWhenNobodyIsNamed)
{
    CalendarEvent event;
    event.organizer = user("hr@initech.com", "Initech HR");
    event.attendees = {user("jobs@initech.com"), user("sam@gmail.com")};
    const EventPeople people = readPeople(event, samsPolicy(), {}, false);
    EXPECT_THAT(names(people.interviewers), ElementsAre("Jobs", "Initech HR"));
    EXPECT_THAT(people.explained, IsEmpty()); // not asked for
}

TEST(EventPeople, aServiceOrTheUserOrganisingIsNoContact)
{
    CalendarEvent event;
    event.organizer = user("interviews@hire.lever.co", "Acme Interviews");
    event.attendees = {user("chris@acme-robotics.com", "Chris Morgan")};
    EXPECT_FALSE(readPeople(event, samsPolicy(), {}, false).organizer.has_value());
    event.organizer = user("SAM@gmail.com");
    EXPECT_FALSE(readPeople(event, samsPolicy(), {}, false).organizer.has_value());
}

TEST(EventPeople, interviewersLinesAddPeopleButNeverTheUserOrAService)
{
    CalendarEvent event;
    event.description = "Interviewers: Ann Lee, Sam Rivera, GoodTime <x@goodtime.io>";
    event.descriptionLine = 9;
    const std::vector<Field> fields = readFields(event);
    const EventPeople people = readPeople(event, samsPolicy(), fields, true);
    EXPECT_THAT(names(people.interviewers), ElementsAre("Ann Lee"));
    EXPECT_FALSE(people.thanksCalendarUsers); // named by hand: none of them is the user
    EXPECT_THAT(verdicts(people), ElementsAre(std::pair{std::string{"Sam Rivera"}, Why::You},
                                              std::pair{std::string{"GoodTime"}, Why::Service},
                                              std::pair{std::string{"Ann Lee"}, Why::Thanked}));
}

TEST(EventPeople, theNamesThatArePersonsInTheTitle)
{
    CalendarEvent event;
    event.organizer = user("jane.doe@northwind-labs.com");
    event.attendees = {user("priya@northwind-labs.com", "Priya Shah")};
    const std::vector<std::string> found = personNames(event, samsPolicy(), {});
    for (const char* name : {"Sam Rivera", "Priya Shah", "Jane Doe"})
        EXPECT_NE(std::find(found.begin(), found.end(), name), found.end()) << name;
}

TEST(EventPeople, theUserByAddressOrByName)
{
    const Policy policy = samsPolicy();
    EXPECT_TRUE(isTheUser(Person{"", "Sam@Gmail.com", ""}, policy));
    EXPECT_TRUE(isTheUser(Person{"  sam   RIVERA ", "", ""}, policy));
    EXPECT_FALSE(isTheUser(Person{"Sam", "sam@work.example", ""}, policy));
}
