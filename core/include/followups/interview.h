// What the core knows of one interview after recognition (SPEC §2).
// Plain values and pure functions; safe on any thread.
#pragma once

#include "followups/diagnostics.h"
#include "followups/time.h"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace followups
{

struct Person {
    std::string name;  // may be empty
    std::string email; // without "mailto:", may be empty
    std::string phone; // may be empty; only contacts carry one
    bool empty() const { return name.empty() && email.empty() && phone.empty(); }
};

// Same person: addresses equal case-insensitively, else names equal after case and space folding.
bool samePerson(const Person& a, const Person& b);
// The identity key of a person: lower-cased address, else folded name (SPEC §4).
std::string personKey(const Person& person);
// How tasks and messages show a person: "Jane Doe <jane@acme.example>", "Carol, +49 30 1234", or
// whatever is known.
std::string personLine(const Person& person);

// A due date: a timed instant, or a whole day (all-day).
struct Due {
    std::variant<Instant, Date> value;
    bool allDay() const { return std::holds_alternative<Date>(value); }
    friend bool operator==(const Due&, const Due&) = default;
};

struct Deliverable {
    std::string what;
    Due due;
};

enum class OutcomeKind { Rejected, Offer, Accepted, Withdrawn };
std::string_view outcomeName(OutcomeKind kind); // "rejected", "offer", "accepted", "withdrawn"
std::optional<OutcomeKind> outcomeFromName(std::string_view name); // outcomeName's, in any case
bool isFinal(OutcomeKind kind);                                    // rejected, accepted, withdrawn

struct Outcome {
    OutcomeKind kind;
    std::optional<Date> date; // when written after the outcome; else the caller's fallback applies
};

// The outcome CATEGORIES name ("Rejected", "OFFER" … any case); a final one is where an offer
// leads, so it wins over "Offer". nullopt when none does.
std::optional<OutcomeKind> outcomeFromCategories(const std::vector<std::string>& categories);

// Identifies an interview occurrence: UID plus RECURRENCE-ID text (empty for a single event).
struct InterviewKey {
    std::string uid;
    std::string recurrenceId;
    friend auto operator<=>(const InterviewKey&, const InterviewKey&) = default;
};

struct Interview {
    InterviewKey key;
    bool uidWasMissing = false; // the key was made from SUMMARY and original start
    SourceLocation where;
    int sequence = 0;
    std::optional<Instant> dtstamp;
    std::optional<Instant> lastModified;

    std::string summary;
    std::string company; // may be empty when nothing names it
    std::string role;    // may be empty

    Instant start;
    Instant end; // for an all-day interview: the last day at the end of the working day
    bool allDay = false;
    std::string zoneId; // the event's own zone, for display; empty for UTC/floating

    std::vector<Person> interviewers;
    std::optional<Person> contact;
    std::vector<Person> references;
    std::optional<Date> decisionDate;
    std::optional<Date> contactByDate;
    std::vector<Deliverable> deliverables;
    std::optional<Outcome> outcome;

    bool cancelled = false;    // STATUS/METHOD cancel, or the user declined
    bool followUpsOff = false; // `Follow-ups: off` or the `No follow-ups` category
};

} // namespace followups
