#include "process.h"

#include "text_folding.h"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

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

// Legal forms that say nothing about which company it is: "Acme Inc." and "Acme" are one.
bool isLegalForm(std::string_view word)
{
    for (const std::string_view form :
         {"inc", "incorporated", "ltd", "limited", "llc",  "llp",         "gmbh", "ag", "kg",
          "se",  "sa",           "sas", "sarl",    "srl",  "spa",         "bv",   "nv", "ab",
          "oy",  "oyj",          "plc", "pty",     "corp", "corporation", "co"}) {
        if (word == form)
            return true;
    }
    return false;
}

// The company as an identity: folded, legal forms dropped, and only letters and digits kept, so
// that a company read from a title ("Northwind Labs") and one made from a domain
// ("Northwind-Labs") are one.
std::string companyKey(std::string_view company)
{
    std::vector<std::string> words;
    std::string word;
    for (const char c : foldForIdentity(company) + " ") {
        if (c == ' ' || c == '-' || c == ',' || c == '/' || c == '&') {
            if (!word.empty())
                words.push_back(std::move(word));
            word.clear();
        } else if (c != '.' && c != '\'' && c != '(' && c != ')') {
            word.push_back(c);
        }
    }
    while (words.size() > 1 && isLegalForm(words.back()))
        words.pop_back();
    std::string key;
    for (const std::string& kept : words)
        key += kept;
    return key;
}

// One company's rounds split by role (SPEC §2: equal roles, or one unknown). A round naming no
// role joins the role of the nearest round before it that names one (else after it); with no role
// named at all, the company's rounds are one process.
std::vector<std::vector<const Interview*>> splitByRole(std::vector<const Interview*> rounds)
{
    std::sort(rounds.begin(), rounds.end(), startsEarlier);
    std::map<std::string, std::vector<const Interview*>> byRole;
    std::vector<std::string> roleOf(rounds.size());
    for (std::size_t i = 0; i < rounds.size(); ++i)
        roleOf[i] = foldForIdentity(rounds[i]->role);
    for (std::size_t i = 0; i < rounds.size(); ++i) {
        std::string role = roleOf[i];
        for (std::size_t distance = 1; role.empty() && distance < rounds.size(); ++distance) {
            if (distance <= i && !roleOf[i - distance].empty())
                role = roleOf[i - distance];
            else if (i + distance < rounds.size() && !roleOf[i + distance].empty())
                role = roleOf[i + distance];
        }
        byRole[role].push_back(rounds[i]);
    }
    std::vector<std::vector<const Interview*>> processes;
    for (auto& [role, roleRounds] : byRole)
        processes.push_back(std::move(roleRounds));
    return processes;
}

} // namespace

std::vector<Process> groupProcesses(const std::vector<const Interview*>& interviews,
                                    const Zone& userZone, Instant now)
{
    // Keyed by company; an interview without a company is a process of its own.
    std::map<std::string, std::vector<const Interview*>> byCompany;
    std::vector<std::vector<const Interview*>> alone;
    for (const Interview* interview : interviews) {
        if (interview->cancelled)
            continue;
        const std::string company = companyKey(interview->company);
        if (company.empty())
            alone.push_back({interview});
        else
            byCompany[company].push_back(interview);
    }

    std::vector<Process> processes;
    processes.reserve(byCompany.size() + alone.size());
    for (auto& [company, rounds] : byCompany) {
        for (auto& roleRounds : splitByRole(std::move(rounds)))
            processes.push_back(describe(std::move(roleRounds), userZone, now));
    }
    for (auto& rounds : alone)
        processes.push_back(describe(std::move(rounds), userZone, now));
    std::sort(processes.begin(), processes.end(), [](const Process& a, const Process& b) {
        return startsEarlier(a.rounds.front(), b.rounds.front());
    });
    return processes;
}

} // namespace followups
