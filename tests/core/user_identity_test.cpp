// Who the user is (SPEC §2, core/include/followups/user_identity.h): configured addresses first,
// else the X-WR-CALNAME address, else the address attending two thirds of the events with
// attendees (at least two); names from the CNs those addresses are written with.
#include "followups/user_identity.h"
#include "planner_fixtures.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace followups;
using namespace followups::testing;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using Source = UserIdentity::Source;

namespace
{

CalendarUser user(std::string address, std::string name = {}, std::string cutype = "INDIVIDUAL")
{
    return CalendarUser{std::move(address), std::move(name), std::move(cutype), "REQ-PARTICIPANT",
                        "NEEDS-ACTION"};
}

CalendarEvent invite(std::vector<CalendarUser> attendees,
                     std::optional<CalendarUser> organizer = std::nullopt)
{
    CalendarEvent event;
    event.summary = "Interview";
    event.attendees = std::move(attendees);
    event.organizer = std::move(organizer);
    return event;
}

UserIdentity identify(const Policy& policy, const std::vector<CalendarEvent>& events)
{
    UserEvidence evidence(policy);
    for (const CalendarEvent& event : events)
        evidence.addEvent(event);
    return evidence.identify();
}

} // namespace

TEST(UserIdentity, configuredAddressesComeFirstAndTheirCnNamesTheUser)
{
    Policy policy = berlinPolicy();
    policy.myAddresses = {"Sam@Example.org"};
    UserEvidence evidence(policy);
    evidence.addCalendarName("someone.else@gmail.com", {"cal.ics", 6});
    evidence.addEvent(invite({user("sam@example.org", "Sam Rivera"), user("ann@acme.com", "Ann")}));
    const UserIdentity found = evidence.identify();
    EXPECT_EQ(found.source, Source::Configured);
    EXPECT_THAT(found.addresses, ElementsAre("Sam@Example.org"));
    EXPECT_THAT(found.names, ElementsAre("Sam Rivera"));
}

TEST(UserIdentity, theCalendarOwnerWhenXWrCalnameIsAnAddress)
{
    const Policy policy = berlinPolicy();
    UserEvidence evidence(policy);
    evidence.addCalendarName("Home", {"apple.ics", 4}); // Apple names the calendar
    evidence.addCalendarName("  mailto:sam.rivera@gmail.com ", {"google.ics", 6});
    evidence.addCalendarName("Sam <sam@example.org>", {"other.ics", 3});
    evidence.addEvent(invite({user("sam.rivera@gmail.com", "sam.rivera@gmail.com")}));
    evidence.addEvent(invite({user("SAM.RIVERA@gmail.com", "Sam Rivera")}));
    const UserIdentity found = evidence.identify();
    EXPECT_EQ(found.source, Source::CalendarOwner);
    EXPECT_THAT(found.addresses, ElementsAre("sam.rivera@gmail.com"));
    EXPECT_EQ(found.calendar.file, "google.ics");
    EXPECT_EQ(found.calendar.line, 6);
    EXPECT_THAT(found.names, ElementsAre("Sam Rivera")); // a CN that is an address is no name
}

TEST(UserIdentity, theAddressAttendingTwoThirdsOfTheEventsWithAttendees)
{
    const Policy policy = berlinPolicy();
    const UserIdentity found =
        identify(policy, {invite({user("sam@outlook.com", "Sam Rivera"), user("ann@acme.com")}),
                          invite({user("sam@outlook.com"), user("bob@initech.com")}),
                          invite({user("carl@hooli.com")}, user("dana@hooli.com")),
                          invite({}, user("dana@hooli.com"))}); // no attendees: does not count
    EXPECT_EQ(found.source, Source::Attendance);
    EXPECT_THAT(found.addresses, ElementsAre("sam@outlook.com"));
    EXPECT_EQ(found.attended, 2);
    EXPECT_EQ(found.eventsWithAttendees, 3);
    EXPECT_THAT(found.names, ElementsAre("Sam Rivera"));
}

TEST(UserIdentity, unknownBelowTwoThirdsOrWithFewerThanTwoEvents)
{
    const Policy policy = berlinPolicy();
    EXPECT_EQ(identify(policy, {invite({user("sam@outlook.com"), user("ann@acme.com")})}).source,
              Source::Unknown);
    EXPECT_EQ(
        identify(policy, {invite({user("sam@outlook.com")}), invite({user("sam@outlook.com")}),
                          invite({user("ann@acme.com")}), invite({user("bob@acme.com")})})
            .source,
        Source::Unknown);
}

TEST(UserIdentity, betweenEqualsTheOneWhoOrganisesLessElseNobody)
{
    const Policy policy = berlinPolicy();
    // The recruiter organises both rounds and attends them, like the user.
    const CalendarUser recruiter = user("priya@northwind.com", "Priya");
    UserIdentity found = identify(
        policy,
        {invite({user("sam@outlook.com"), recruiter}, recruiter),
         invite({user("sam@outlook.com"), recruiter, user("jane@northwind.com")}, recruiter)});
    EXPECT_EQ(found.source, Source::Attendance);
    EXPECT_THAT(found.addresses, ElementsAre("sam@outlook.com"));
    // Two invitees of both events, neither organising: nobody can tell.
    found = identify(policy, {invite({user("sam@outlook.com"), user("kim@outlook.com")}),
                              invite({user("sam@outlook.com"), user("kim@outlook.com")})});
    EXPECT_EQ(found.source, Source::Unknown);
    EXPECT_THAT(found.addresses, IsEmpty());
}

TEST(UserIdentity, roomsNotificationSendersAndServicesAttendNothing)
{
    const Policy policy = berlinPolicy();
    const UserIdentity found =
        identify(policy, {invite({user("room@acme.com", "Room", "ROOM"), user("noreply@acme.com"),
                                  user("x@hire.lever.co"), user("sam@outlook.com")}),
                          invite({user("room@acme.com", "Room", "ROOM"), user("noreply@acme.com"),
                                  user("x@hire.lever.co"), user("sam@outlook.com")})});
    EXPECT_EQ(found.source, Source::Attendance);
    EXPECT_THAT(found.addresses, ElementsAre("sam@outlook.com"));
}

TEST(UserIdentity, withUserFillsTheAddressesOnlyWhenNoneAreConfigured)
{
    UserIdentity found;
    found.addresses = {"sam@outlook.com"};
    found.names = {"Sam Rivera"};
    Policy policy = withUser(berlinPolicy(), found);
    EXPECT_THAT(policy.myAddresses, ElementsAre("sam@outlook.com"));
    EXPECT_THAT(policy.myNames, ElementsAre("Sam Rivera"));
    Policy configured = berlinPolicy();
    configured.myAddresses = {"me@work.example"};
    EXPECT_THAT(withUser(configured, found).myAddresses, ElementsAre("me@work.example"));
}
