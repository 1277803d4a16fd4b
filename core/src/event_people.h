// The people of an interview event (SPEC §2): who is thanked, who the organizer is to the user,
// and why each other person is neither.
#pragma once

#include "description_fields.h"
#include "followups/event.h"
#include "followups/explanation.h"
#include "followups/interview.h"
#include "followups/policy.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace followups
{

// People each listed once (samePerson: a repeat fills in what the first mention lacked), at most
// `limit` of them. Once the list is full, a newcomer is first looked up by its folded address and
// name, which any same person shares, so the thousands of attendees of a hostile invite cost one
// folding each instead of one comparison with every person taken.
class PeopleList
{
public:
    explicit PeopleList(std::size_t limit) : limit_(limit) {}

    // Whether the person is listed now (a new entry or filling in a known one).
    bool add(Person person);
    bool overflowed() const { return overflowed_; }
    const std::vector<Person>& people() const { return people_; }
    std::vector<Person> take() { return std::move(people_); }

private:
    void fillIn(Person& known, const Person& person);
    bool mayBeListed(const Person& person);

    std::size_t limit_;
    std::vector<Person> people_;
    std::set<std::string> foldedIdentities_; // of the people listed, once the list is full
    bool indexed_ = false;
    bool overflowed_ = false;
};

// Google writes the address as CN when it knows no name; the address then names the person.
Person personOf(const CalendarUser& user);

// The user by address or by one of their names.
bool isTheUser(const Person& person, const Policy& policy);

struct EventPeople {
    // ATTENDEEs that are people, the ORGANIZER and `Interviewers:` lines, without the user, rooms,
    // declined or non-participating attendees, no-reply senders and services; role mailboxes
    // only when nobody else is named.
    std::vector<Person> interviewers;
    // The ORGANIZER when it is a person and neither the user nor a service: the default contact.
    std::optional<Person> organizer;
    bool overflowed = false; // more interviewers than the per-interview limit
    // An ATTENDEE or the ORGANIZER is among the interviewers (who may be the user, untold).
    bool thanksCalendarUsers = false;
    // Every person met and what they are (filled only when asked).
    std::vector<PersonExplanation> explained;
};

EventPeople readPeople(const CalendarEvent& event, const Policy& policy,
                       const std::vector<Field>& fields, bool explain);

// The user's ATTENDEE declined.
bool declinedByTheUser(const CalendarEvent& event, const Policy& policy);

// The names that are persons in the event's title (title_reader.h): attendees, the organizer,
// `Interviewers:` lines, and the user's own names.
std::vector<std::string> personNames(const CalendarEvent& event, const Policy& policy,
                                     const std::vector<Field>& fields);

} // namespace followups
