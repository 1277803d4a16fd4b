// Interviews grouped into hiring processes (SPEC §2): the rounds with one company for one role.
// Private to the planner; the rules that span rounds read these facts instead of re-deriving them.
#pragma once

#include "followups/interview.h"
#include "followups/time.h"

#include <optional>
#include <vector>

namespace followups
{

struct Process {
    // The rounds that take place (cancelled interviews are not rounds), by start, then key. Never
    // empty.
    std::vector<const Interview*> rounds;
    // The outcome on the latest round that has one: an outcome applies to the whole process.
    std::optional<Outcome> outcome;
    Date outcomeDate{}; // outcome->date, else the round's LAST-MODIFIED, else now (user's zone)
    std::optional<Person> contact;  // the latest round's contact that has one
    std::vector<Person> references; // every round's references, each person once

    const Interview& lastRound() const { return *rounds.back(); }
    const Interview& firstRound() const { return *rounds.front(); }
    bool isLastRound(const Interview& interview) const { return &interview == rounds.back(); }
    bool hasFinalOutcome() const { return outcome && isFinal(outcome->kind); }
};

// Rounds are the same process when they name the same company (after case and space folding, with
// legal forms and punctuation ignored: "Acme Inc." is "acme", "Northwind-Labs" is "Northwind Labs")
// and equal roles or one unknown: a round naming no role joins the role of its company's nearest
// earlier round that names one (else of the nearest later one). An interview naming no company is
// a process of its own. Cancelled interviews belong to no process. Ordered by the first round's
// start, then key.
std::vector<Process> groupProcesses(const std::vector<const Interview*>& interviews,
                                    const Zone& userZone, Instant now);

} // namespace followups
