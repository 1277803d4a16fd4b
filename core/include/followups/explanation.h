// Why an event that looked like an interview was taken or not, and what was read from it and
// where (`plan --explain`, SPEC §6). The reasons are decided in the core; the CLI and the agent
// only put them into words.
#pragma once

#include "followups/diagnostics.h"
#include "followups/interview.h"
#include "followups/planner.h"

#include <optional>
#include <string>
#include <vector>

namespace followups
{

// What made an event look like an interview (SPEC §2).
struct Cue {
    enum class Kind { Keyword, Category, InterviewProperty };
    Kind kind;
    std::string text; // the keyword found in the title, the category, the X-INTERVIEW-* key
};

enum class Verdict {
    Taken,           // an interview whose tasks are planned
    ExclusionWord,   // `word` in the title ("mock", "prep", "exit interview" …)
    OrganizedByYou,  // a candidate word (`word`) and the user organises it: they interview
    NobodyOrganizes, // a candidate word (`word`) and no organizer
    NoStart,         // no DTSTART: nothing can be planned
    Cancelled,       // STATUS:CANCELLED or METHOD:CANCEL: its open tasks are cancelled
    DeclinedByYou,   // the user's ATTENDEE declined: its open tasks are cancelled
    FollowUpsOff,    // `Follow-ups: off` or the no-follow-ups category
    OutsideWindow,   // ends outside `window`: its tasks are left as they are
    History,         // ended over a year before `window` began: forgotten
};

// Where a company or a role was read.
enum class ValueSource {
    None,               // nothing names it
    Title,              // SUMMARY (title_reader.h)
    DescriptionLine,    // a `Company:` / `Role:` line of the DESCRIPTION
    InterviewProperty,  // X-INTERVIEW-COMPANY / X-INTERVIEW-ROLE
    OrganizerAddress,   // the ORGANIZER's mail domain
    InterviewerAddress, // the interviewers' mail domain
};

// A person of the event and what they are to the user.
struct PersonExplanation {
    enum class Source { Attendee, Organizer, InterviewersLine };
    enum class Verdict {
        Thanked,        // an interviewer: a thank-you note goes to them
        You,            // the user's address or name
        RoleMailbox,    // recruiting@, talent@ …, beside a named interviewer
        Service,        // an applicant-tracking or scheduling service
        NoReply,        // a no-reply or notification sender, a calendar resource
        NotAPerson,     // CUTYPE ROOM, RESOURCE or GROUP
        NonParticipant, // ROLE=NON-PARTICIPANT
        Declined,       // PARTSTAT=DECLINED
    };
    Person person;
    Source from;
    Verdict verdict;
};

struct Explanation {
    SourceLocation where;
    std::string summary;
    std::optional<Instant> start; // nullopt without DTSTART
    std::optional<Instant> end;
    bool allDay = false;
    std::vector<Cue> cues;

    Verdict verdict = Verdict::Taken;
    std::string word;                // ExclusionWord, OrganizedByYou, NobodyOrganizes
    std::optional<TimeRange> window; // OutsideWindow, History

    // What was read (empty for an event that was not read: excluded, without a start, history).
    std::string company;
    ValueSource companyFrom = ValueSource::None;
    std::string role;
    ValueSource roleFrom = ValueSource::None;
    std::vector<PersonExplanation> persons; // at most twice the per-interview limit
    std::optional<Person> contact;
};

// Near misses: events that looked like interviews and were judged not to be one.
bool isNearMiss(Verdict verdict);

} // namespace followups
