#include "process.h"

#include "text_folding.h"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <utility>

namespace followups
{
namespace
{

bool startsEarlier(const Interview* a, const Interview* b)
{
    return std::tie(a->start, a->key) < std::tie(b->start, b->key);
}

void addReferences(std::vector<Person>& into, const std::vector<Person>& references)
{
    for (const Person& reference : references) {
        const bool known = std::any_of(into.begin(), into.end(), [&](const Person& person) {
            return samePerson(person, reference);
        });
        if (!known)
            into.push_back(reference);
    }
}

Process describe(std::vector<const Interview*> rounds, const Zone& userZone, Instant now)
{
    std::sort(rounds.begin(), rounds.end(), startsEarlier);
    Process process;
    process.rounds = std::move(rounds);
    for (const Interview* round : process.rounds) {
        addReferences(process.references, round->references);
        if (round->contact && !round->contact->empty())
            process.contact = round->contact;
        if (!round->outcome)
            continue;
        process.outcome = round->outcome;
        if (round->outcome->date)
            process.outcomeDate = *round->outcome->date;
        else
            process.outcomeDate = localDate(round->lastModified.value_or(now), userZone);
    }
    return process;
}

} // namespace

std::vector<Process> groupProcesses(const std::vector<const Interview*>& interviews,
                                    const Zone& userZone, Instant now)
{
    // Keyed by folded company and role; an interview without a company is keyed by itself.
    std::map<std::pair<std::string, std::string>, std::vector<const Interview*>> named;
    std::vector<std::vector<const Interview*>> alone;
    for (const Interview* interview : interviews) {
        if (interview->cancelled)
            continue;
        const std::string company = foldForIdentity(interview->company);
        if (company.empty())
            alone.push_back({interview});
        else
            named[{company, foldForIdentity(interview->role)}].push_back(interview);
    }

    std::vector<Process> processes;
    processes.reserve(named.size() + alone.size());
    for (auto& [name, rounds] : named)
        processes.push_back(describe(std::move(rounds), userZone, now));
    for (auto& rounds : alone)
        processes.push_back(describe(std::move(rounds), userZone, now));
    std::sort(processes.begin(), processes.end(), [](const Process& a, const Process& b) {
        return startsEarlier(a.rounds.front(), b.rounds.front());
    });
    return processes;
}

} // namespace followups
