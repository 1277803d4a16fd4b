#include "followups/recognize.h"

#include "description_fields.h"
#include "field_dates.h"
#include "followups/safe_text.h"
#include "mail_addresses.h"
#include "person_text.h"
#include "stable_hash.h"
#include "title_reader.h"
#include "text_folding.h"
#include "text_match.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <tuple>

namespace followups
{
namespace
{

using namespace std::chrono_literals;

// CATEGORIES or an X-INTERVIEW-* property say "interview" outright, which outweighs the
// exclusion words of a SUMMARY.
bool markedExplicitly(const CalendarEvent& event, const Policy& policy)
{
    return !event.interviewProperties.empty() ||
           std::any_of(event.categories.begin(), event.categories.end(),
                       [&](const std::string& category) {
                           return SearchableText(category).containsAny(policy.keywords.interview);
                       });
}

bool hasCategory(const CalendarEvent& event, std::string_view name)
{
    const std::string wanted = foldCase(name);
    return std::any_of(event.categories.begin(), event.categories.end(),
                       [&](const std::string& category) { return foldCase(category) == wanted; });
}

std::string inQuotes(std::string_view text)
{
    std::string result;
    result.reserve(text.size() + 2);
    result.append(1, '"').append(text).append(1, '"');
    return result;
}

// ---- key ----------------------------------------------------------------------------------

std::string originalStartText(const CalendarEvent& event)
{
    if (event.recurrenceId) {
        return *event.recurrenceId;
    }
    const EventTime& start = *event.start;
    if (const Instant* instant = std::get_if<Instant>(&start.value)) {
        return formatRfc3339(*instant, Zone::utc());
    }
    if (const Date* date = std::get_if<Date>(&start.value)) {
        return formatIsoDate(*date);
    }
    const LocalDateTime local = std::get<EventTime::Floating>(start.value).local;
    return "floating " + std::to_string(local.time_since_epoch().count());
}

InterviewKey keyOf(const CalendarEvent& event, Warnings& warnings, bool& uidWasMissing)
{
    const std::string occurrence = event.recurrenceId.value_or("");
    uidWasMissing = event.uid.empty();
    if (!uidWasMissing) {
        return {event.uid, occurrence};
    }
    warnings.push_back({event.where, "interview " + inQuotes(event.summary) +
                                         " has no UID; its tasks are keyed by its summary and "
                                         "start, so renaming or moving it gives new tasks"});
    return {"nouid-" + StableHash{}.add(event.summary).add(originalStartText(event)).hex(),
            occurrence};
}

// ---- time ---------------------------------------------------------------------------------

Instant instantOf(const EventTime& time, const Zone& userZone)
{
    if (const Instant* instant = std::get_if<Instant>(&time.value)) {
        return *instant;
    }
    if (const Date* date = std::get_if<Date>(&time.value)) {
        return atLocalTime(*date, TimeOfDay{0}, userZone);
    }
    return userZone.toInstant(std::get<EventTime::Floating>(time.value).local);
}

// The last day of an all-day event: DTEND is exclusive; without DTEND or DURATION it is one day.
Date lastAllDayDate(const CalendarEvent& event, Date first, const Zone& userZone)
{
    Date last = first;
    if (event.end) {
        if (const Date* end = std::get_if<Date>(&event.end->value)) {
            last = addCalendarDays(*end, CalendarDays{-1});
        } else {
            last = localDate(instantOf(*event.end, userZone) - 1s, userZone);
        }
    } else if (event.duration) {
        const auto days = std::chrono::duration_cast<std::chrono::days>(*event.duration).count();
        last = addCalendarDays(first, CalendarDays{static_cast<int>(days) - 1});
    }
    return std::max(first, last);
}

void placeInTime(const CalendarEvent& event, const Policy& policy, Interview& interview,
                 Warnings& warnings)
{
    const EventTime& start = *event.start;
    interview.zoneId = start.zoneId;
    interview.start = instantOf(start, policy.userZone);
    if (const Date* first = std::get_if<Date>(&start.value)) {
        interview.allDay = true;
        interview.end = atLocalTime(lastAllDayDate(event, *first, policy.userZone),
                                    policy.workdayEnd, policy.userZone);
        return;
    }
    if (event.end) {
        interview.end = instantOf(*event.end, policy.userZone);
    } else if (event.duration) {
        interview.end = interview.start + *event.duration;
    } else {
        interview.end = interview.start + 1h;
    }
    if (interview.end < interview.start) {
        warnings.push_back({event.where, "interview " + inQuotes(event.summary) +
                                             " ends before it starts; taken as one hour long"});
        interview.end = interview.start + 1h;
    }
}

// ---- people -------------------------------------------------------------------------------

bool isPerson(const CalendarUser& user)
{
    return user.cutype != "ROOM" && user.cutype != "RESOURCE" && user.cutype != "GROUP" &&
           !isNotificationAddress(user.address) && !(user.address.empty() && user.name.empty());
}

// Google writes the address as CN when it knows no name; the address then names the person.
Person personOf(const CalendarUser& user)
{
    const bool named = !user.name.empty() && user.name.find('@') == std::string::npos;
    return Person{named ? user.name : nameFromAddress(user.address), user.address, {}};
}

// People each listed once (samePerson: a repeat fills in what the first mention lacked), at most
// `limit` of them. Once the list is full, a newcomer is first looked up by its folded address and
// name, which any same person shares, so the thousands of attendees of a hostile invite cost one
// folding each instead of one comparison with every person taken.
class PeopleList
{
public:
    explicit PeopleList(std::size_t limit) : limit_(limit) {}

    void add(Person person)
    {
        if (people_.size() >= limit_ && !mayBeListed(person)) {
            overflowed_ = true;
            return;
        }
        for (Person& known : people_) {
            if (samePerson(known, person)) {
                fillIn(known, person);
                return;
            }
        }
        if (people_.size() >= limit_) {
            overflowed_ = true;
            return;
        }
        people_.push_back(std::move(person));
    }

    bool overflowed() const { return overflowed_; }
    std::vector<Person> take() { return std::move(people_); }

private:
    void fillIn(Person& known, const Person& person)
    {
        for (auto field : {&Person::email, &Person::name, &Person::phone}) {
            if ((known.*field).empty()) {
                known.*field = person.*field;
                if (indexed_) {
                    foldedIdentities_.insert(foldForIdentity(known.*field));
                }
            }
        }
    }

    bool mayBeListed(const Person& person)
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

    std::size_t limit_;
    std::vector<Person> people_;
    std::set<std::string> foldedIdentities_; // of the people listed, once the list is full
    bool indexed_ = false;
    bool overflowed_ = false;
};

std::size_t limitOf(const Policy& policy)
{
    return static_cast<std::size_t>(std::max(policy.perInterviewLimit, 0));
}

void warnAboutLimit(const CalendarEvent& event, const Policy& policy, std::string_view what,
                    Warnings& warnings)
{
    warnings.push_back({event.where, "interview " + inQuotes(event.summary) + " lists more than " +
                                         std::to_string(limitOf(policy)) + " " + std::string(what) +
                                         "; only the first " + std::to_string(limitOf(policy)) +
                                         " are taken (the per-interview limit of the settings)"});
}

std::optional<Person> otherOrganizer(const CalendarEvent& event, const Policy& policy)
{
    if (!event.organizer || !isPerson(*event.organizer) ||
        isMyAddress(policy, event.organizer->address)) {
        return std::nullopt;
    }
    return personOf(*event.organizer);
}

std::vector<Person> interviewersOf(const CalendarEvent& event, const Policy& policy,
                                   const std::vector<Field>& fields, Warnings& warnings)
{
    PeopleList people(limitOf(policy));
    for (const CalendarUser& attendee : event.attendees) {
        if (isPerson(attendee) && attendee.role != "NON-PARTICIPANT" &&
            attendee.partstat != "DECLINED" && !isMyAddress(policy, attendee.address)) {
            people.add(personOf(attendee));
        }
    }
    if (const std::optional<Person> organizer = otherOrganizer(event, policy)) {
        people.add(*organizer);
    }
    for (const Field& field : fields) {
        if (field.key != FieldKey::Interviewers) {
            continue;
        }
        for (Person person : parsePersonList(field.value)) {
            person.phone.clear(); // only a contact carries a number
            if (!person.empty() && !isMyAddress(policy, person.email)) {
                people.add(std::move(person));
            }
        }
    }
    if (people.overflowed()) {
        warnAboutLimit(event, policy, "interviewers", warnings);
    }
    return people.take();
}

bool declinedByMe(const CalendarEvent& event, const Policy& policy)
{
    return std::any_of(event.attendees.begin(), event.attendees.end(), [&](const auto& attendee) {
        return attendee.partstat == "DECLINED" && isMyAddress(policy, attendee.address);
    });
}

// ---- text ---------------------------------------------------------------------------------

std::string_view trimmed(std::string_view text)
{
    const std::size_t first = text.find_first_not_of(" \t");
    const std::size_t last = text.find_last_not_of(" \t");
    return first == std::string_view::npos ? std::string_view{}
                                           : text.substr(first, last - first + 1);
}

void clean(std::string& text)
{
    const std::string safe = singleLineText(text);
    text = trimmed(safe);
}

void cleanTexts(Person& person)
{
    for (std::string* text : {&person.name, &person.email, &person.phone}) {
        clean(*text);
    }
}

// Everything of the interview that reaches a task's words, made safe for every outlet
// (safe_text.h): the tasks, their mailto: links, .ics, JSON, a terminal and Kontact.
void cleanTexts(Interview& interview)
{
    // Identities are cleaned alike in every copy of an event, so copies still merge.
    interview.key.uid = singleLineText(interview.key.uid);
    interview.key.recurrenceId = singleLineText(interview.key.recurrenceId);
    for (std::string* text :
         {&interview.summary, &interview.company, &interview.role, &interview.zoneId}) {
        clean(*text);
    }
    for (std::vector<Person>* people : {&interview.interviewers, &interview.references}) {
        for (Person& person : *people) {
            cleanTexts(person);
        }
    }
    if (interview.contact) {
        cleanTexts(*interview.contact);
    }
    for (Deliverable& deliverable : interview.deliverables) {
        clean(deliverable.what);
    }
}

// ---- field values -------------------------------------------------------------------------

bool isOneOf(std::string_view folded, std::initializer_list<std::string_view> words)
{
    return std::find(words.begin(), words.end(), folded) != words.end();
}

void readReferences(const CalendarEvent& event, const std::vector<Field>& fields,
                    const Policy& policy, Interview& interview, Warnings& warnings)
{
    bool anyLine = false;
    bool standing = false;
    PeopleList references(limitOf(policy));
    for (const Field& field : fields) {
        if (field.key != FieldKey::References) {
            continue;
        }
        anyLine = true;
        const std::string answer = foldCase(field.value);
        if (isOneOf(answer, {"yes", "y", "true", "ja", "oui", "sí", "si"})) {
            standing = true;
        } else if (!isOneOf(answer, {"no", "n", "none", "false", "nein", "non", "-", ""})) {
            for (Person& person : parsePersonList(field.value)) {
                references.add(std::move(person));
            }
        }
    }
    if (!anyLine || standing) {
        for (const Person& person : policy.standingReferences) {
            references.add(person);
        }
    }
    if (references.overflowed()) {
        warnAboutLimit(event, policy, "references", warnings);
    }
    interview.references = references.take();
}

std::optional<OutcomeKind> outcomeNamed(std::string_view word)
{
    const std::string folded = foldCase(word);
    for (const OutcomeKind kind : {OutcomeKind::Rejected, OutcomeKind::Offer, OutcomeKind::Accepted,
                                   OutcomeKind::Withdrawn}) {
        if (folded == outcomeName(kind)) {
            return kind;
        }
    }
    return std::nullopt;
}

std::optional<Outcome> outcomeFromCategories(const CalendarEvent& event)
{
    std::optional<Outcome> found;
    for (const std::string& category : event.categories) {
        const std::optional<OutcomeKind> kind = outcomeNamed(category);
        // A final outcome is where an offer leads, so it wins over "Offer".
        if (kind && (!found || (!isFinal(found->kind) && isFinal(*kind)))) {
            found = Outcome{*kind, std::nullopt};
        }
    }
    return found;
}

class FieldReader
{
public:
    FieldReader(const Policy& policy, Interview& interview, Warnings& warnings)
        : policy_(policy), interview_(interview), warnings_(warnings)
    {
    }

    bool tooManyDeliverables() const { return tooManyDeliverables_; }

    void read(const Field& field)
    {
        switch (field.key) {
        case FieldKey::Company:
            setText(field, interview_.company);
            break;
        case FieldKey::Role:
            setText(field, interview_.role);
            break;
        case FieldKey::Decision:
            readDate(field, interview_.decisionDate, "decision date");
            break;
        case FieldKey::ContactBy:
            readDate(field, interview_.contactByDate, "contact-by date");
            break;
        case FieldKey::Contact:
            readContact(field);
            break;
        case FieldKey::Deliverable:
            readDeliverable(field);
            break;
        case FieldKey::Outcome:
            readOutcome(field);
            break;
        case FieldKey::FollowUps:
            readFollowUps(field);
            break;
        case FieldKey::Interviewers: // read with the attendees
        case FieldKey::References:   // read with the standing list
            break;
        }
    }

private:
    void warn(const Field& field, std::string_view problem)
    {
        std::string place;
        if (field.lineInDescription > 0) {
            place = " (line " + std::to_string(field.lineInDescription) + " of the DESCRIPTION)";
        }
        warnings_.push_back({field.where, "cannot read " + inQuotes(field.value) + place +
                                              " in interview " + inQuotes(interview_.summary) +
                                              ": " + std::string(problem)});
    }

    void setText(const Field& field, std::string& target)
    {
        if (!field.value.empty()) {
            target = field.value;
        }
    }

    void readDate(const Field& field, std::optional<Date>& target, std::string_view what)
    {
        if (auto date = parseDateText(field.value, interview_.end, policy_.userZone)) {
            target = date;
        } else {
            warn(field, "the " + std::string(what) +
                            " must be an ISO date (2026-11-20), a date-time (2026-11-20T17:00) "
                            "or +Nd / +Nw after the interview");
        }
    }

    void readContact(const Field& field)
    {
        std::optional<Person> contact = parsePerson(field.value);
        if (!contact) {
            warn(field, "the contact must be an address, a phone number or a name");
            return;
        }
        if (contact->email.empty() && contact->phone.empty()) {
            // A name alone: the interviewer of that name tells how to reach them.
            for (const Person& interviewer : interview_.interviewers) {
                if (samePerson(interviewer, *contact)) {
                    contact = interviewer;
                }
            }
        }
        interview_.contact = std::move(contact);
    }

    void readDeliverable(const Field& field)
    {
        std::string lower = field.value;
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        const std::size_t by = lower.rfind(" by ");
        if (by == std::string::npos) {
            warn(field, "a deliverable is written \"<what> by <date>\"");
            return;
        }
        const std::string_view value = field.value;
        const std::string what(trimmed(value.substr(0, by)));
        const std::optional<Due> due =
            parseDueText(value.substr(by + 4), interview_.end, policy_.userZone);
        if (what.empty() || !due) {
            warn(field, "a deliverable is written \"<what> by <date>\" with an ISO date, a "
                        "date-time or +Nd / +Nw");
            return;
        }
        if (interview_.deliverables.size() >= limitOf(policy_)) {
            tooManyDeliverables_ = true;
            return;
        }
        interview_.deliverables.push_back({what, *due});
    }

    void readOutcome(const Field& field)
    {
        const std::string_view value = field.value;
        const std::size_t space = value.find_first_of(" \t");
        const std::optional<OutcomeKind> kind = outcomeNamed(value.substr(0, space));
        if (!kind) {
            warn(field, "the outcome must be rejected, offer, accepted or withdrawn");
            return;
        }
        Outcome outcome{*kind, std::nullopt};
        if (space != std::string_view::npos) {
            outcome.date = parseDateText(value.substr(space), interview_.end, policy_.userZone);
            if (!outcome.date) {
                warn(field, "the date after the outcome must be an ISO date (2026-11-20)");
            }
        }
        interview_.outcome = outcome;
    }

    void readFollowUps(const Field& field)
    {
        const std::string answer = foldCase(field.value);
        if (isOneOf(answer, {"off", "no", "none", "false", "aus", "nein"})) {
            interview_.followUpsOff = true;
        } else if (!isOneOf(answer, {"on", "yes", "true", "an", "ja"})) {
            warn(field, "follow-ups are \"off\" or \"on\"");
        }
    }

    const Policy& policy_;
    Interview& interview_;
    Warnings& warnings_;
    bool tooManyDeliverables_ = false;
};

} // namespace

bool isInterview(const CalendarEvent& event, const Policy& policy)
{
    if (markedExplicitly(event, policy)) {
        return true;
    }
    const SearchableText summary(event.summary);
    return summary.containsAny(policy.keywords.interview) &&
           !summary.containsAny(policy.keywords.exclusion);
}

std::optional<Interview> recognizeInterview(const CalendarEvent& event, const Policy& policy,
                                            Warnings& warnings)
{
    if (!isInterview(event, policy)) {
        return std::nullopt;
    }
    if (!event.start) {
        warnings.push_back({event.where, "interview " + inQuotes(event.summary) +
                                             " has no DTSTART; no tasks can be planned for it"});
        return std::nullopt;
    }
    Interview interview;
    interview.key = keyOf(event, warnings, interview.uidWasMissing);
    interview.where = event.where;
    interview.sequence = event.sequence;
    interview.dtstamp = event.dtstamp;
    interview.lastModified = event.lastModified;
    interview.summary = event.summary;
    placeInTime(event, policy, interview, warnings);

    const std::vector<Field> fields = readFields(event);
    const TitleReading named = readTitle(event.summary, policy.keywords.interview, {});
    interview.company = named.company;
    interview.role = named.role;
    interview.interviewers = interviewersOf(event, policy, fields, warnings);
    interview.outcome = outcomeFromCategories(event);
    readReferences(event, fields, policy, interview, warnings);
    FieldReader reader(policy, interview, warnings);
    for (const Field& field : fields) {
        reader.read(field);
    }
    if (reader.tooManyDeliverables()) {
        warnAboutLimit(event, policy, "deliverables", warnings);
    }

    const std::optional<Person> organizer = otherOrganizer(event, policy);
    if (interview.company.empty() && organizer) {
        interview.company = companyFromAddress(organizer->email);
    }
    if (!interview.contact && organizer) {
        interview.contact = *organizer;
        // The interviewer entry may know more (a CN from the ATTENDEE line).
        for (const Person& interviewer : interview.interviewers) {
            if (samePerson(interviewer, *organizer)) {
                interview.contact = interviewer;
            }
        }
    }
    interview.cancelled = event.cancelled || declinedByMe(event, policy);
    interview.followUpsOff =
        interview.followUpsOff || hasCategory(event, policy.keywords.noFollowUpsCategory);
    cleanTexts(interview);
    return interview;
}

std::vector<Interview> collectInterviews(const std::vector<CalendarEvent>& events,
                                         const Policy& policy, Warnings& warnings)
{
    InterviewCollector collector(policy, std::nullopt);
    collector.add(events, warnings);
    return std::move(collector).take().interviews;
}

InterviewCollector::InterviewCollector(const Policy& policy, std::optional<TimeRange> window,
                                       HistoryFilter reportHistory)
    : policy_(policy), window_(window), reportHistory_(std::move(reportHistory))
{
}

void InterviewCollector::add(const std::vector<CalendarEvent>& events, Warnings& warnings,
                             bool finalCopies)
{
    std::vector<InterviewKey> merged; // when they are final copies
    for (const CalendarEvent& event : events) {
        Warnings found;
        std::optional<Interview> interview = recognizeInterview(event, policy_, found);
        for (Warning& warning : found) {
            if (warned_.emplace(warning.where.file, warning.where.line, warning.message).second) {
                warnings.push_back(std::move(warning));
            }
        }
        if (interview) {
            if (finalCopies && reportHistory_) {
                merged.push_back(interview->key);
            }
            merge(std::move(*interview));
        }
    }
    for (const InterviewKey& key : merged) {
        if (!reportHistory_(key)) {
            history_.erase(key);
        }
    }
}

void InterviewCollector::merge(Interview&& interview)
{
    const auto kept = current_.find(interview.key);
    const auto forgotten = kept == current_.end() ? history_.find(interview.key) : history_.end();
    if (kept != current_.end() || forgotten != history_.end()) {
        const Version known = kept != current_.end()
                                  ? Version{kept->second.sequence, kept->second.dtstamp}
                                  : forgotten->second;
        // Highest SEQUENCE, then latest DTSTAMP; on a tie the copy read later wins.
        const bool newer = interview.sequence != known.sequence
                               ? interview.sequence > known.sequence
                               : interview.dtstamp >= known.dtstamp;
        if (!newer) {
            return;
        }
        if (kept != current_.end()) {
            current_.erase(kept);
        } else {
            history_.erase(forgotten);
        }
    }
    if (window_ && isHistory(interview, *window_)) {
        history_.emplace(std::move(interview.key), Version{interview.sequence, interview.dtstamp});
    } else {
        InterviewKey key = interview.key;
        current_.emplace(std::move(key), std::move(interview));
    }
}

InterviewCollector::Collected InterviewCollector::take() &&
{
    Collected collected;
    collected.interviews.reserve(current_.size());
    for (auto& [key, interview] : current_) {
        collected.interviews.push_back(std::move(interview));
    }
    std::sort(collected.interviews.begin(), collected.interviews.end(),
              [](const Interview& a, const Interview& b) {
                  return a.start != b.start ? a.start < b.start : a.key < b.key;
              });
    // Moved node by node: years of history keys are the largest part of what is kept.
    while (!history_.empty()) {
        auto node = history_.extract(history_.begin());
        if (!reportHistory_ || reportHistory_(node.key())) {
            collected.history.insert(std::move(node.key()));
        }
    }
    return collected;
}

} // namespace followups
