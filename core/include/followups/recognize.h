// Recognising interviews among calendar events and reading what they say (SPEC §2).
// The functions are safe on any thread (keyword matching keeps its caches per thread); one
// InterviewCollector is used by one thread at a time.
#pragma once

#include "followups/diagnostics.h"
#include "followups/event.h"
#include "followups/explanation.h"
#include "followups/interview.h"
#include "followups/planner.h"
#include "followups/policy.h"
#include "followups/user_identity.h"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace followups
{

// Whether the event looks like an interview (SPEC §2): a keyword in SUMMARY, a category containing
// one, or an X-INTERVIEW-* property; before the exclusion words. What `plan --explain` lists.
bool looksLikeInterview(const CalendarEvent& event, const Policy& policy);

// Whether the event is an interview: it looks like one and no exclusion word in SUMMARY says
// otherwise (mock, prep … always; candidate, applicant … when the user organises it or nobody
// does), unless CATEGORIES or an X-INTERVIEW-* property mark it explicitly. The user is
// policy.myAddresses and policy.myNames. Does not look at cancellation or dates.
bool isInterview(const CalendarEvent& event, const Policy& policy);

// The interview an event describes, or nullopt when it is not one. Values that can't be read (an
// unparseable `Decision:` date …) are reported in `warnings` with the event's file and line and
// otherwise ignored, never guessed. Floating times are placed in policy.userZone; an all-day
// interview ends on its last day at policy.workdayEnd; a timed one with neither DTEND nor DURATION
// lasts one hour. An event without a UID is keyed by SUMMARY and original start, with a warning.
// Company and role come from `Company:`/`Role:` lines or X-INTERVIEW-* properties, else the title
// (title_reader.h), else the organizer's or the interviewers' mail domain. The user (policy's
// addresses and names) is never an interviewer, the contact, the company or the role.
std::optional<Interview> recognizeInterview(const CalendarEvent& event, const Policy& policy,
                                            Warnings& warnings);

// Why the value of a `Key: value` line (SPEC §2: "Outcome", "Decision", "Contact by",
// "Deliverable", "Contact" …) can't be read, as recognizeInterview's warning says it ("the outcome
// must be rejected, offer, accepted or withdrawn"); nullopt when it reads. For callers that write
// such lines from their own input (the CLI's `interview` options) and must refuse a bad value
// rather than plan without it.
std::optional<std::string> unreadableFieldValue(std::string_view key, std::string_view value,
                                                const Policy& policy);

// Recognises every event and merges copies of one interview (same key in two calendars or an iTIP
// series): the highest SEQUENCE wins, then the latest DTSTAMP. Order: by start, then key. Without
// addresses in the policy, the user is inferred from the events (InterviewCollector).
std::vector<Interview> collectInterviews(const std::vector<CalendarEvent>& events,
                                         const Policy& policy, Warnings& warnings);

// How the events that looked like interviews were judged, for the one summary line of `plan`.
struct RecognitionTally {
    std::size_t lookedLike = 0;    // copies merged
    std::size_t taken = 0;         // interviews in the window, neither cancelled nor switched off
    std::size_t nearMisses = 0;    // in the window, judged not to be interviews (isNearMiss)
    std::size_t outsideWindow = 0; // history included
    std::size_t cancelled = 0;     // in the window
};

// Collects interviews from events given in batches (all copies of one UID in one file come in
// one batch, files in order), and recognises them once all are in, when it can tell who the user
// is (user_identity.h: the policy's addresses, else the calendars' X-WR-CALNAME, else attendance).
// It can forget history (planner.h) as it goes: a calendar's years of past interviews then cost a
// key each instead of a whole event. Planning what take() gives, with its history keys added to
// Plan::outsideWindow, plans the same as planning collectInterviews of every event: the history is
// only ever reported outside the window.
class InterviewCollector
{
public:
    struct Collected {
        std::vector<Interview> interviews; // by start, then key; history not included
        std::set<InterviewKey> history;
        UserIdentity user;
        RecognitionTally tally;
        // With `explain`: every event that looked like an interview, in the order given.
        std::vector<Explanation> explanations;
        // The user could not be told and an interviewer with an address may be them.
        bool mayThankTheUser = false;
    };

    // Which history keys take() reports: all when empty. A caller that needs few (the CLI: those
    // with tasks in --tasks) lets the collector forget the others entirely, keys too, once no copy
    // of them can come (add's `finalCopies`), so that memory does not grow with the years.
    using HistoryFilter = std::function<bool(const InterviewKey&)>;

    // With no `window`, nothing is forgotten and nothing is outside the window.
    InterviewCollector(const Policy& policy, std::optional<TimeRange> window,
                       HistoryFilter reportHistory = {}, bool explain = false);

    // A calendar's X-WR-CALNAME (the owner, when it is an address).
    void addCalendarName(std::string_view value, const SourceLocation& where);
    // Keeps the latest copy of each event that looks like an interview. `finalCopies`: no later
    // add brings another copy of these events' interviews (a batch of the last file, which holds
    // every copy of its UIDs in that file).
    void add(const std::vector<CalendarEvent>& events, bool finalCopies = false);
    // Recognises what was kept: warnings as recognizeInterview gives them, once each, in the order
    // the events were given.
    Collected take(Warnings& warnings) &&;

private:
    // What merging a later copy with a forgotten one needs.
    struct Version {
        int sequence;
        std::optional<Instant> dtstamp;
    };
    struct Pending {
        CalendarEvent event;
        std::uint64_t order;
    };
    void merge(InterviewKey&& key, const CalendarEvent& event, std::uint64_t order);

    const Policy& policy_;
    std::optional<TimeRange> window_;
    HistoryFilter reportHistory_;
    bool explain_;
    UserEvidence evidence_;
    std::uint64_t order_ = 0;
    std::map<InterviewKey, Pending> current_;
    std::vector<Pending> startless_; // no DTSTART: recognised for their warning and explanation
    std::map<InterviewKey, Version> history_;
    std::size_t historyForgotten_ = 0; // history keys forgotten entirely
    std::map<InterviewKey, std::pair<std::uint64_t, Explanation>> historyExplained_;
};

} // namespace followups
