#include "event_people.h"

#include "followups/person_text.h"
#include "mail_addresses.h"
#include "text_folding.h"

#include <algorithm>

namespace followups
{
namespace
{

using Source = PersonExplanation::Source;
using PersonVerdict = PersonExplanation::Verdict;

std::size_t limitOf(const Policy& policy)
{
    return static_cast<std::size_t>(std::max(policy.perInterviewLimit, 0));
}

// Why a calendar user is no one to thank, or nullopt when they may be.
std::optional<PersonVerdict> notThanked(const CalendarUser& user, const Person& person,
                                        const Policy& policy)
{
    if (user.cutype == "ROOM" || user.cutype == "RESOURCE" || user.cutype == "GROUP")
        return PersonVerdict::NotAPerson;
    if (isNotificationAddress(user.address))
        return PersonVerdict::NoReply;
    if (isServiceAddress(user.address, policy.serviceDomains))
        return PersonVerdict::Service;
    if (isTheUser(person, policy))
        return PersonVerdict::You;
    return std::nullopt;
}

struct Candidate {
    Person person;
    Source from;
};

} // namespace

bool PeopleList::add(Person person)
{
    if (people_.size() >= limit_ && !mayBeListed(person)) {
        overflowed_ = true;
        return false;
    }
    for (Person& known : people_) {
        if (samePerson(known, person)) {
            fillIn(known, person);
            return true;
        }
    }
    if (people_.size() >= limit_) {
        overflowed_ = true;
        return false;
    }
    people_.push_back(std::move(person));
    return true;
}

void PeopleList::fillIn(Person& known, const Person& person)
{
    for (auto field : {&Person::email, &Person::name, &Person::phone}) {
        if ((known.*field).empty()) {
            known.*field = person.*field;
            if (indexed_)
                foldedIdentities_.insert(foldForIdentity(known.*field));
        }
    }
}

bool PeopleList::mayBeListed(const Person& person)
{
    if (!indexed_) {
        for (const Person& known : people_) {
            foldedIdentities_.insert(foldForIdentity(known.email));
            foldedIdentities_.insert(foldForIdentity(known.name));
        }
        indexed_ = true;
    }
    return foldedIdentities_.contains(foldForIdentity(person.email)) ||
           foldedIdentities_.contains(foldForIdentity(person.name));
}

Person personOf(const CalendarUser& user)
{
    const bool named = !user.name.empty() && user.name.find('@') == std::string::npos;
    return Person{named ? user.name : nameFromAddress(user.address), user.address, {}};
}

bool isTheUser(const Person& person, const Policy& policy)
{
    if (!person.email.empty() && isMyAddress(policy, person.email))
        return true;
    if (person.name.empty() || policy.myNames.empty())
        return false;
    const std::string name = foldForIdentity(person.name);
    return std::any_of(policy.myNames.begin(), policy.myNames.end(),
                       [&](const std::string& mine) { return foldForIdentity(mine) == name; });
}

EventPeople readPeople(const CalendarEvent& event, const Policy& policy,
                       const std::vector<Field>& fields, bool explain)
{
    EventPeople result;
    // A hostile invite lists thousands: the explanation names at most twice the limit of them.
    const std::size_t explainedLimit = 2 * limitOf(policy);
    const auto note = [&](const Person& person, Source from, PersonVerdict verdict) {
        // Someone listed twice (the organizer among the attendees) is explained once.
        const auto same = [&](const PersonExplanation& known) {
            return known.verdict == verdict && samePerson(known.person, person);
        };
        if (explain && result.explained.size() < explainedLimit &&
            std::none_of(result.explained.begin(), result.explained.end(), same))
            result.explained.push_back({person, from, verdict});
    };
    std::vector<Candidate> candidates;
    for (const CalendarUser& attendee : event.attendees) {
        if (attendee.address.empty() && attendee.name.empty())
            continue;
        Person person = personOf(attendee);
        if (const auto verdict = notThanked(attendee, person, policy))
            note(person, Source::Attendee, *verdict);
        else if (attendee.role == "NON-PARTICIPANT")
            note(person, Source::Attendee, PersonVerdict::NonParticipant);
        else if (attendee.partstat == "DECLINED")
            note(person, Source::Attendee, PersonVerdict::Declined);
        else
            candidates.push_back({std::move(person), Source::Attendee});
    }
    if (event.organizer && !(event.organizer->address.empty() && event.organizer->name.empty())) {
        Person person = personOf(*event.organizer);
        if (const auto verdict = notThanked(*event.organizer, person, policy)) {
            note(person, Source::Organizer, *verdict);
        } else {
            result.organizer = person;
            candidates.push_back({std::move(person), Source::Organizer});
        }
    }
    for (const Field& field : fields) {
        if (field.key != FieldKey::Interviewers)
            continue;
        for (Person person : parsePersonList(field.value)) {
            person.phone.clear(); // only a contact carries a number
            if (person.empty())
                continue;
            if (isTheUser(person, policy))
                note(person, Source::InterviewersLine, PersonVerdict::You);
            else if (isServiceAddress(person.email, policy.serviceDomains))
                note(person, Source::InterviewersLine, PersonVerdict::Service);
            else
                candidates.push_back({std::move(person), Source::InterviewersLine});
        }
    }

    const auto isRoleMailboxOf = [&](const Person& person) {
        return !person.email.empty() && isRoleMailbox(person.email, policy.roleMailboxes);
    };
    const bool someoneNamed =
        std::any_of(candidates.begin(), candidates.end(),
                    [&](const Candidate& candidate) { return !isRoleMailboxOf(candidate.person); });
    PeopleList people(limitOf(policy));
    for (Candidate& candidate : candidates) {
        if (someoneNamed && isRoleMailboxOf(candidate.person)) {
            note(candidate.person, candidate.from, PersonVerdict::RoleMailbox);
            continue;
        }
        const bool calendarUser = candidate.from != Source::InterviewersLine;
        if (!explain) {
            result.thanksCalendarUsers |= people.add(std::move(candidate.person)) && calendarUser;
            continue;
        }
        if (people.add(candidate.person)) {
            result.thanksCalendarUsers |= calendarUser;
            note(candidate.person, candidate.from, PersonVerdict::Thanked);
        }
    }
    result.overflowed = people.overflowed();
    result.interviewers = people.take();
    return result;
}

bool declinedByTheUser(const CalendarEvent& event, const Policy& policy)
{
    return std::any_of(event.attendees.begin(), event.attendees.end(), [&](const auto& attendee) {
        return attendee.partstat == "DECLINED" && isMyAddress(policy, attendee.address);
    });
}

std::vector<std::string> personNames(const CalendarEvent& event, const Policy& policy,
                                     const std::vector<Field>& fields)
{
    std::vector<std::string> names = policy.myNames;
    const auto addUser = [&](const CalendarUser& user) {
        if (!user.name.empty())
            names.push_back(user.name);
        names.push_back(personOf(user).name);
    };
    for (const CalendarUser& attendee : event.attendees)
        addUser(attendee);
    if (event.organizer)
        addUser(*event.organizer);
    for (const Field& field : fields) {
        if (field.key == FieldKey::Interviewers) {
            for (const Person& person : parsePersonList(field.value))
                names.push_back(person.name);
        }
    }
    return names;
}

} // namespace followups
