#include "followups/recognize.h"

#include "description_fields.h"
#include "event_people.h"
#include "field_dates.h"
#include "followups/ascii_text.h"
#include "followups/person_text.h"
#include "followups/safe_text.h"
#include "mail_addresses.h"
#include "stable_hash.h"
#include "text_folding.h"
#include "text_match.h"
#include "title_reader.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace followups
{
namespace
{

using namespace std::chrono_literals;

// What makes the event look like an interview: a keyword in SUMMARY (the first one found), each
// category containing a keyword, each X-INTERVIEW-* property.
std::vector<Cue> cuesOf(const CalendarEvent& event, const Policy& policy)
{
    std::vector<Cue> cues;
    const SearchableText summary(event.summary);
    for (const std::string& keyword : policy.keywords.interview) {
        if (summary.contains(keyword)) {
            cues.push_back({Cue::Kind::Keyword, keyword});
            break;
        }
    }
    for (const std::string& category : event.categories) {
        if (SearchableText(category).containsAny(policy.keywords.interview)) {
            cues.push_back({Cue::Kind::Category, category});
        }
    }
    for (const InterviewProperty& property : event.interviewProperties) {
        cues.push_back({Cue::Kind::InterviewProperty, "X-INTERVIEW-" + property.key});
    }
    return cues;
}

// CATEGORIES or an X-INTERVIEW-* property say "interview" outright, which outweighs the
// exclusion words of a SUMMARY.
bool markedExplicitly(const std::vector<Cue>& cues)
{
    return std::any_of(cues.begin(), cues.end(),
                       [](const Cue& cue) { return cue.kind != Cue::Kind::Keyword; });
}

std::optional<std::string> firstWordIn(const SearchableText& text,
                                       const std::vector<std::string>& words)
{
    for (const std::string& word : words) {
        if (text.contains(word)) {
            return word;
        }
    }
    return std::nullopt;
}

// Why an event that looks like an interview is not one (SPEC §2), with the word that says so.
std::optional<std::pair<Verdict, std::string>>
exclusionOf(const CalendarEvent& event, const Policy& policy, const std::vector<Cue>& cues)
{
    if (markedExplicitly(cues)) {
        return std::nullopt;
    }
    const SearchableText summary(event.summary);
    if (auto word = firstWordIn(summary, policy.keywords.exclusion)) {
        return std::pair{Verdict::ExclusionWord, std::move(*word)};
    }
    auto word = firstWordIn(summary, policy.keywords.candidate);
    if (!word) {
        return std::nullopt;
    }
    if (!event.organizer || event.organizer->address.empty()) {
        return std::pair{Verdict::NobodyOrganizes, std::move(*word)};
    }
    if (isTheUser(personOf(*event.organizer), policy)) {
        return std::pair{Verdict::OrganizedByYou, std::move(*word)};
    }
    return std::nullopt;
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

// An event without a UID is keyed by its SUMMARY and original start. Cleaned as the interview's
// texts are (cleanTexts), so that every copy of an event gets the same key.
InterviewKey keyOf(const CalendarEvent& event)
{
    const std::string occurrence = singleLineText(event.recurrenceId.value_or(""));
    if (!event.uid.empty()) {
        return {singleLineText(event.uid), occurrence};
    }
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

// ---- limits -------------------------------------------------------------------------------

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

// ---- text ---------------------------------------------------------------------------------

void clean(std::string& text)
{
    const std::string safe = singleLineText(text);
    text = ascii::trim(safe);
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

class FieldReader
{
public:
    FieldReader(const Policy& policy, Interview& interview, Warnings& warnings)
        : policy_(policy), interview_(interview), warnings_(warnings)
    {
    }

    bool tooManyDeliverables() const { return tooManyDeliverables_; }
    // What was wrong with the last value that could not be read; empty when none.
    const std::string& problem() const { return problem_; }

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
    std::string placeOf(const Field& field) const
    {
        if (field.lineInDescription == 0) {
            return {};
        }
        return " (line " + std::to_string(field.lineInDescription) + " of the DESCRIPTION)";
    }

    void warn(const Field& field, std::string_view problem)
    {
        problem_ = problem;
        warnings_.push_back({field.where, "cannot read " + inQuotes(field.value) + placeOf(field) +
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
            // Kept as written, but most likely a typo (a month off): the user should look.
            const Date interviewDay = localDate(interview_.start, policy_.userZone);
            if (*date < interviewDay) {
                warnings_.push_back(
                    {field.where, "the " + std::string(what) + " " + formatIsoDate(*date) +
                                      " is before the interview (" + formatIsoDate(interviewDay) +
                                      ")" + placeOf(field) + " in interview " +
                                      inQuotes(interview_.summary) + "; check it"});
            }
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
        const std::string lower = ascii::lower(field.value);
        const std::size_t by = lower.rfind(" by ");
        if (by == std::string::npos) {
            warn(field, "a deliverable is written \"<what> by <date>\"");
            return;
        }
        const std::string_view value = field.value;
        const std::string what(ascii::trim(value.substr(0, by)));
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
        const std::optional<OutcomeKind> kind = outcomeFromName(value.substr(0, space));
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
    std::string problem_;
};

// Company or role from the field lines, when one names it: the last non-empty line wins, as
// FieldReader reads them.
ValueSource fieldSource(const std::vector<Field>& fields, FieldKey key)
{
    ValueSource source = ValueSource::None;
    for (const Field& field : fields) {
        if (field.key == key && !field.value.empty()) {
            source = field.lineInDescription > 0 ? ValueSource::DescriptionLine
                                                 : ValueSource::InterviewProperty;
        }
    }
    return source;
}

// The company the organizer's domain names, else the one most interviewers' domains name.
std::pair<std::string, ValueSource> companyFromDomains(const std::optional<Person>& organizer,
                                                       const std::vector<Person>& interviewers)
{
    if (organizer) {
        std::string company = companyFromAddress(organizer->email);
        if (!company.empty()) {
            return {std::move(company), ValueSource::OrganizerAddress};
        }
    }
    std::vector<std::pair<std::string, int>> counted;
    for (const Person& interviewer : interviewers) {
        std::string company = companyFromAddress(interviewer.email);
        if (company.empty()) {
            continue;
        }
        const auto known = std::find_if(counted.begin(), counted.end(),
                                        [&](const auto& entry) { return entry.first == company; });
        if (known != counted.end()) {
            ++known->second;
        } else {
            counted.emplace_back(std::move(company), 1);
        }
    }
    const auto most =
        std::max_element(counted.begin(), counted.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; });
    if (most == counted.end()) {
        return {{}, ValueSource::None};
    }
    return {most->first, ValueSource::InterviewerAddress};
}

// A title that writes company and role in one piece ("面接：Hooli SRE") gives the role "Hooli
// SRE"; once the company is known (Hooli, from the title or an address), the role is "SRE".
std::string withoutCompany(const std::string& role, const std::string& company)
{
    if (company.empty() || role.size() <= company.size() + 1 || role[company.size()] != ' ' ||
        foldForIdentity(role.substr(0, company.size())) != foldForIdentity(company)) {
        return role;
    }
    return std::string(ascii::trim(std::string_view(role).substr(company.size() + 1)));
}

std::optional<Instant> startOf(const CalendarEvent& event, const Policy& policy)
{
    if (!event.start) {
        return std::nullopt;
    }
    return instantOf(*event.start, policy.userZone);
}

void cleanTexts(Explanation& explanation)
{
    for (std::string* text :
         {&explanation.summary, &explanation.word, &explanation.company, &explanation.role}) {
        clean(*text);
    }
    for (Cue& cue : explanation.cues) {
        clean(cue.text);
    }
    for (PersonExplanation& person : explanation.persons) {
        cleanTexts(person.person);
    }
    if (explanation.contact) {
        cleanTexts(*explanation.contact);
    }
}

// What recognition decided about an event, beside the interview it gives.
struct Judgement {
    Verdict verdict = Verdict::Taken; // Taken for an interview (which may be cancelled or off)
    bool thanksCalendarUsers = false; // an ATTENDEE or the ORGANIZER is an interviewer
};

// recognizeInterview, saying why and, when `explanation` is given, what was read and where.
std::optional<Interview> recognizeEvent(const CalendarEvent& event, const Policy& policy,
                                        Warnings& warnings, Judgement& judgement,
                                        Explanation* explanation)
{
    Verdict& verdict = judgement.verdict;
    verdict = Verdict::Taken;
    const std::vector<Cue> cues = cuesOf(event, policy);
    if (cues.empty()) {
        return std::nullopt;
    }
    if (explanation != nullptr) {
        *explanation = Explanation{};
        explanation->where = event.where;
        explanation->summary = event.summary;
        explanation->start = startOf(event, policy);
        explanation->cues = cues;
    }
    const auto finish = [&](Verdict found) {
        verdict = found;
        if (explanation != nullptr) {
            explanation->verdict = found;
            cleanTexts(*explanation);
        }
    };
    if (auto excluded = exclusionOf(event, policy, cues)) {
        if (explanation != nullptr) {
            explanation->word = std::move(excluded->second);
        }
        finish(excluded->first);
        return std::nullopt;
    }
    if (!event.start) {
        warnings.push_back({event.where, "interview " + inQuotes(event.summary) +
                                             " has no DTSTART; no tasks can be planned for it"});
        finish(Verdict::NoStart);
        return std::nullopt;
    }
    Interview interview;
    interview.key = keyOf(event);
    interview.uidWasMissing = event.uid.empty();
    if (interview.uidWasMissing) {
        warnings.push_back({event.where, "interview " + inQuotes(event.summary) +
                                             " has no UID; its tasks are keyed by its summary and "
                                             "start, so renaming or moving it gives new tasks"});
    }
    interview.where = event.where;
    interview.sequence = event.sequence;
    interview.dtstamp = event.dtstamp;
    interview.lastModified = event.lastModified;
    interview.summary = event.summary;
    placeInTime(event, policy, interview, warnings);

    const std::vector<Field> fields = readFields(event);
    EventPeople people = readPeople(event, policy, fields, explanation != nullptr);
    judgement.thanksCalendarUsers = people.thanksCalendarUsers;
    // Read from the title as it will be shown: escapes and controls removed (safe_text.h).
    const TitleReading named = readTitle(singleLineText(event.summary), policy.keywords.interview,
                                         personNames(event, policy, fields));
    interview.company = named.company;
    interview.role = named.role;
    interview.interviewers = std::move(people.interviewers);
    if (people.overflowed) {
        warnAboutLimit(event, policy, "interviewers", warnings);
    }
    if (const std::optional<OutcomeKind> kind = outcomeFromCategories(event.categories)) {
        interview.outcome = Outcome{*kind, std::nullopt};
    }
    readReferences(event, fields, policy, interview, warnings);
    FieldReader reader(policy, interview, warnings);
    for (const Field& field : fields) {
        reader.read(field);
    }
    if (reader.tooManyDeliverables()) {
        warnAboutLimit(event, policy, "deliverables", warnings);
    }

    ValueSource companyFrom = fieldSource(fields, FieldKey::Company);
    if (companyFrom == ValueSource::None && !interview.company.empty()) {
        companyFrom = ValueSource::Title;
    }
    if (interview.company.empty()) {
        std::tie(interview.company, companyFrom) =
            companyFromDomains(people.organizer, interview.interviewers);
    }
    interview.role = withoutCompany(interview.role, interview.company);
    ValueSource roleFrom = fieldSource(fields, FieldKey::Role);
    if (roleFrom == ValueSource::None && !interview.role.empty()) {
        roleFrom = ValueSource::Title;
    }
    if (!interview.contact && people.organizer) {
        interview.contact = *people.organizer;
        // The interviewer entry may know more (a CN from the ATTENDEE line).
        for (const Person& interviewer : interview.interviewers) {
            if (samePerson(interviewer, *people.organizer)) {
                interview.contact = interviewer;
            }
        }
    }
    const bool declined = declinedByTheUser(event, policy);
    interview.cancelled = event.cancelled || declined;
    interview.followUpsOff =
        interview.followUpsOff || hasCategory(event, policy.keywords.noFollowUpsCategory);
    cleanTexts(interview);
    if (explanation != nullptr) {
        explanation->end = interview.end;
        explanation->allDay = interview.allDay;
        explanation->company = interview.company;
        explanation->companyFrom = companyFrom;
        explanation->role = interview.role;
        explanation->roleFrom = roleFrom;
        explanation->persons = std::move(people.explained);
        explanation->contact = interview.contact;
    }
    finish(event.cancelled          ? Verdict::Cancelled
           : declined               ? Verdict::DeclinedByYou
           : interview.followUpsOff ? Verdict::FollowUpsOff
                                    : Verdict::Taken);
    return interview;
}

// An interview's end as recognition places it, without its warnings.
Instant endOf(const CalendarEvent& event, const Policy& policy)
{
    Interview placed;
    Warnings ignored;
    placeInTime(event, policy, placed, ignored);
    return placed.end;
}

} // namespace

bool isNearMiss(Verdict verdict)
{
    return verdict == Verdict::ExclusionWord || verdict == Verdict::OrganizedByYou ||
           verdict == Verdict::NobodyOrganizes || verdict == Verdict::NoStart;
}

bool looksLikeInterview(const CalendarEvent& event, const Policy& policy)
{
    return !event.interviewProperties.empty() ||
           SearchableText(event.summary).containsAny(policy.keywords.interview) ||
           std::any_of(event.categories.begin(), event.categories.end(),
                       [&](const std::string& category) {
                           return SearchableText(category).containsAny(policy.keywords.interview);
                       });
}

bool isInterview(const CalendarEvent& event, const Policy& policy)
{
    const std::vector<Cue> cues = cuesOf(event, policy);
    return !cues.empty() && !exclusionOf(event, policy, cues);
}

std::optional<Interview> recognizeInterview(const CalendarEvent& event, const Policy& policy,
                                            Warnings& warnings)
{
    Judgement judgement;
    return recognizeEvent(event, policy, warnings, judgement, nullptr);
}

std::optional<std::string> unreadableFieldValue(std::string_view key, std::string_view value,
                                                const Policy& policy)
{
    CalendarEvent event;
    event.description = std::string(key) + ": " + std::string(value);
    const std::vector<Field> fields = readFields(event);
    if (fields.size() != 1) {
        return "no such field: " + std::string(key);
    }
    // Whether a value reads does not depend on the interview it belongs to.
    Interview scratch;
    Warnings ignored;
    FieldReader reader(policy, scratch, ignored);
    reader.read(fields.front());
    if (reader.problem().empty()) {
        return std::nullopt;
    }
    return reader.problem();
}

std::vector<Interview> collectInterviews(const std::vector<CalendarEvent>& events,
                                         const Policy& policy, Warnings& warnings)
{
    InterviewCollector collector(policy, std::nullopt);
    collector.add(events);
    return std::move(collector).take(warnings).interviews;
}

InterviewCollector::InterviewCollector(const Policy& policy, std::optional<TimeRange> window,
                                       HistoryFilter reportHistory, bool explain)
    : policy_(policy), window_(window), reportHistory_(std::move(reportHistory)), explain_(explain),
      evidence_(policy)
{
}

void InterviewCollector::addCalendarName(std::string_view value, const SourceLocation& where)
{
    evidence_.addCalendarName(value, where);
}

void InterviewCollector::add(const std::vector<CalendarEvent>& events, bool finalCopies)
{
    std::vector<InterviewKey> merged; // when they are final copies
    for (const CalendarEvent& event : events) {
        evidence_.addEvent(event);
        if (!looksLikeInterview(event, policy_)) {
            continue;
        }
        const std::uint64_t order = order_++;
        if (!event.start) {
            startless_.push_back({event, order});
            continue;
        }
        InterviewKey key = keyOf(event);
        if (finalCopies && reportHistory_) {
            merged.push_back(key);
        }
        merge(std::move(key), event, order);
    }
    for (const InterviewKey& key : merged) {
        if (!reportHistory_(key) && history_.erase(key) > 0) {
            ++historyForgotten_;
        }
    }
}

void InterviewCollector::merge(InterviewKey&& key, const CalendarEvent& event, std::uint64_t order)
{
    const auto kept = current_.find(key);
    const auto forgotten = kept == current_.end() ? history_.find(key) : history_.end();
    if (kept != current_.end() || forgotten != history_.end()) {
        const Version known = kept != current_.end()
                                  ? Version{kept->second.event.sequence, kept->second.event.dtstamp}
                                  : forgotten->second;
        // Highest SEQUENCE, then latest DTSTAMP; on a tie the copy read later wins.
        const bool newer = event.sequence != known.sequence ? event.sequence > known.sequence
                                                            : event.dtstamp >= known.dtstamp;
        if (!newer) {
            return;
        }
        if (kept != current_.end()) {
            current_.erase(kept);
        } else {
            history_.erase(forgotten);
            historyExplained_.erase(key);
        }
    }
    if (window_) {
        Interview placed;
        placed.end = endOf(event, policy_);
        if (isHistory(placed, *window_)) {
            history_.emplace(key, Version{event.sequence, event.dtstamp});
            if (explain_) {
                Explanation explanation;
                explanation.where = event.where;
                explanation.summary = event.summary;
                explanation.start = startOf(event, policy_);
                explanation.end = placed.end;
                explanation.cues = cuesOf(event, policy_);
                explanation.verdict = Verdict::History;
                explanation.window = window_;
                cleanTexts(explanation);
                historyExplained_.insert_or_assign(std::move(key),
                                                   std::pair{order, std::move(explanation)});
            }
            return;
        }
    }
    current_.insert_or_assign(std::move(key), Pending{event, order});
}

InterviewCollector::Collected InterviewCollector::take(Warnings& warnings) &&
{
    Collected collected;
    collected.user = evidence_.identify();
    const Policy policy = withUser(policy_, collected.user);

    std::vector<Pending*> pending;
    pending.reserve(current_.size() + startless_.size());
    for (auto& [key, entry] : current_) {
        pending.push_back(&entry);
    }
    for (Pending& entry : startless_) {
        pending.push_back(&entry);
    }
    std::sort(pending.begin(), pending.end(),
              [](const Pending* a, const Pending* b) { return a->order < b->order; });

    std::vector<std::pair<std::uint64_t, Explanation>> explained;
    // The occurrences of a recurring event share its lines, and so would their warnings.
    std::set<std::tuple<std::string, int, std::string>> warned;
    for (Pending* entry : pending) {
        Warnings found;
        Judgement judgement;
        Explanation explanation;
        std::optional<Interview> interview = recognizeEvent(entry->event, policy, found, judgement,
                                                            explain_ ? &explanation : nullptr);
        Verdict& verdict = judgement.verdict;
        for (Warning& warning : found) {
            if (warned.emplace(warning.where.file, warning.where.line, warning.message).second) {
                warnings.push_back(std::move(warning));
            }
        }
        // Outside the window: an interview's tasks are left as they are; a near miss of long ago
        // (or far ahead) keeps its reason but is no near miss of today.
        Interview placed;
        if (window_ && entry->event.start) {
            placed.end = interview ? interview->end : endOf(entry->event, policy);
        }
        const bool outside = window_ && entry->event.start && !endsInside(placed, *window_);
        if (interview && outside) {
            verdict = Verdict::OutsideWindow;
            explanation.verdict = verdict;
            explanation.window = window_;
        }
        ++collected.tally.lookedLike;
        collected.tally.nearMisses += isNearMiss(verdict) && !outside ? 1 : 0;
        collected.tally.outsideWindow += outside ? 1 : 0;
        collected.tally.cancelled +=
            verdict == Verdict::Cancelled || verdict == Verdict::DeclinedByYou ? 1 : 0;
        if (verdict == Verdict::Taken) {
            ++collected.tally.taken;
            // The user attends their invites; the people of `Interviewers:` lines were named.
            collected.mayThankTheUser = collected.mayThankTheUser ||
                                        (collected.user.source == UserIdentity::Source::Unknown &&
                                         judgement.thanksCalendarUsers);
        }
        if (explain_) {
            explained.emplace_back(entry->order, std::move(explanation));
        }
        if (interview) {
            collected.interviews.push_back(std::move(*interview));
        }
        entry->event = CalendarEvent{}; // its memory goes as the interviews grow
    }
    std::sort(collected.interviews.begin(), collected.interviews.end(),
              [](const Interview& a, const Interview& b) {
                  return a.start != b.start ? a.start < b.start : a.key < b.key;
              });

    collected.tally.lookedLike += history_.size() + historyForgotten_;
    collected.tally.outsideWindow += history_.size() + historyForgotten_;
    for (auto& [key, entry] : historyExplained_) {
        explained.push_back(std::move(entry));
    }
    std::sort(explained.begin(), explained.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [order, explanation] : explained) {
        collected.explanations.push_back(std::move(explanation));
    }
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
