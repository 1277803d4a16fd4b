// The user's settings that the rules read (SPEC §2–§3): every rule switchable, every offset
// configurable. defaultPolicy() is the product's defaults; the CLI's config file and the agent's
// KConfig each map onto this struct in one place.
// A value: one Policy may be read by several threads at once (time.h on its Zone).
#pragma once

#include "followups/interview.h"
#include "followups/task.h"
#include "followups/time.h"

#include <string>
#include <vector>

namespace followups
{

struct Keywords {
    std::vector<std::string> interview; // "interview", "phone screen", "面接" …
    std::vector<std::string> exclusion; // "mock", "prep", "exit interview" …
    // Words that exclude an event only when the user organises it or nobody does: the user then
    // interviews a candidate. Applicant-tracking systems title the candidate's own invite
    // "Candidate Interview – <name> – <role>", organised by the employer.
    std::vector<std::string> candidate; // "candidate", "applicant", "Bewerber" …
    std::string noFollowUpsCategory = "No follow-ups";
};

// How far before (negative) or after the anchor a reminder fires.
struct Offsets {
    ElapsedHours debriefDue{2};           // after the interview's end
    ElapsedHours debriefAlarmAfterEnd{0}; // reminder at the end of the interview
    ElapsedHours thankYouDue{24};         // after the end
    ElapsedHours thankYouHardLimit{48};   // said in the task text
    ElapsedHours thankYouAlarmBeforeDue{4};
    ElapsedHours referenceHeadsUpDue{24};
    ElapsedHours referenceHeadsUpAlarmBeforeDue{4};
    CalendarDays deliverableAlarmDaysBefore{1}; // at morningTime that many days before the due day
    BusinessDays followUpAfterDecision{3};
    CalendarDays followUpWithoutDecision{14};
    BusinessDays followUpRepeat{7};
    int followUpCount = 2; // clamped to 0…3
    BusinessDays feedbackAfterOutcome{1};
    BusinessDays referenceThankYouAfterOutcome{2};
    BusinessDays withdrawNoticeAfterAcceptance{1};
};

struct RuleSwitches {
    bool debrief = true;
    bool thankYou = true;
    bool referenceHeadsUp = true;
    bool deliverable = true;
    bool followUp = true;
    bool feedback = true;
    bool referenceThankYou = true;
    bool withdrawNotice = true;
    bool enabled(TaskKind kind) const;
    void set(TaskKind kind, bool on);
};

struct PlanningWindow {
    CalendarDays past{30};    // interviews ending at most this long before now
    CalendarDays future{365}; // … or at most this long after now
};

struct Policy {
    Zone userZone = Zone::utc();
    std::vector<std::string> myAddresses; // the user's own addresses: never thanked
    // The user's names (the CN of their addresses): never read as company, role or person.
    std::vector<std::string> myNames;
    // Local parts of role mailboxes ("recruiting", "talent", "jobs" …, also "talent-emea"): not
    // thanked when the invite names an interviewer, still the contact when nobody else is.
    std::vector<std::string> roleMailboxes;
    // Domains of applicant-tracking and scheduling services ("greenhouse.io", "lever.co" …, and
    // their subdomains): their senders are never persons, contacts or companies.
    std::vector<std::string> serviceDomains;
    std::vector<Person> standingReferences;
    Keywords keywords;
    Offsets offsets;
    RuleSwitches rules;
    TimeOfDay morning{9 * 60};     // "09:00 local"
    TimeOfDay workdayEnd{17 * 60}; // an all-day interview ends then on its last day
    BusinessCalendar businessCalendar;
    PlanningWindow window;
    // One invite can list thousands of attendees (a mailing list, a hostile sender): at most this
    // many interviewers, references and deliverables are taken from one interview (each), the
    // rest dropped with a warning, so one invite brings at most this many thank-you notes.
    int perInterviewLimit = 20;
    // A recurring invite can be an "interview" every hour (a year of them, each with its
    // thank-you notes): at most this many occurrences of one series in the window are planned.
    int seriesLimit = 10;
    // At most this many tasks are planned in one run, whatever the calendars hold.
    int taskLimit = 10000;
};

Policy defaultPolicy(const Zone& userZone);
std::vector<std::string> defaultInterviewKeywords();
std::vector<std::string> defaultExclusionWords();
std::vector<std::string> defaultCandidateWords();
std::vector<std::string> defaultRoleMailboxes();
std::vector<std::string> defaultServiceDomains();

bool isMyAddress(const Policy& policy, std::string_view address);

} // namespace followups
