#include "followups/policy.h"

#include <algorithm>

namespace followups
{

namespace
{

bool RuleSwitches::*switchFor(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Debrief:
        return &RuleSwitches::debrief;
    case TaskKind::ThankYou:
        return &RuleSwitches::thankYou;
    case TaskKind::ReferenceHeadsUp:
        return &RuleSwitches::referenceHeadsUp;
    case TaskKind::Deliverable:
        return &RuleSwitches::deliverable;
    case TaskKind::FollowUp:
        return &RuleSwitches::followUp;
    case TaskKind::Feedback:
        return &RuleSwitches::feedback;
    case TaskKind::ReferenceThankYou:
        return &RuleSwitches::referenceThankYou;
    case TaskKind::WithdrawNotice:
        return &RuleSwitches::withdrawNotice;
    }
    return &RuleSwitches::debrief;
}

// The identity of an address, whether or not it is written as a mailto: URI.
std::string addressKey(std::string_view address)
{
    constexpr std::string_view scheme = "mailto:";
    if (address.size() >= scheme.size() &&
        std::equal(scheme.begin(), scheme.end(), address.begin(),
                   [](char a, char b) { return a == (b | 0x20); }))
        address.remove_prefix(scheme.size());
    Person owner;
    owner.email = address;
    return personKey(owner);
}

} // namespace

bool RuleSwitches::enabled(TaskKind kind) const
{
    return this->*switchFor(kind);
}

void RuleSwitches::set(TaskKind kind, bool on)
{
    this->*switchFor(kind) = on;
}

std::vector<std::string> defaultInterviewKeywords()
{
    return {
        "interview",              // English, German, Dutch
        "job interview",          // English, as a category
        "Vorstellungsgespräch",   // German
        "Bewerbungsgespräch",     // German
        "entretien",              // French
        "entrevue",               // French (Canada)
        "entrevista",             // Spanish, Portuguese, Catalan
        "colloquio",              // Italian
        "intervista",             // Italian
        "sollicitatiegesprek",    // Dutch
        "haastattelu",            // Finnish
        "työhaastattelu",         // Finnish
        "intervju",               // Swedish, Norwegian
        "jobbintervju",           // Swedish, Norwegian
        "anställningsintervju",   // Swedish
        "jobsamtale",             // Danish
        "ansættelsessamtale",     // Danish
        "rozmowa kwalifikacyjna", // Polish
        "pohovor",                // Czech, Slovak
        "interjú",                // Hungarian
        "állásinterjú",           // Hungarian
        "mülakat",                // Turkish
        "iş görüşmesi",           // Turkish
        "собеседование",          // Russian
        "співбесіда",             // Ukrainian
        "συνέντευξη",             // Greek
        "면접",                   // Korean
        "面接",                   // Japanese
        "面试",                   // Chinese (simplified)
        "面試",                   // Chinese (traditional)
    };
}

std::vector<std::string> defaultExclusionWords()
{
    return {
        // The user is the interviewer, or it is not a real interview.
        "candidate",
        "applicant",
        "mock",
        "practice",
        "prep",
        "exit interview",
        "exit-interview", // English
        "Kandidat",
        "Kandidatin",
        "Bewerber",
        "Bewerberin",
        "Probeinterview",
        "Übungsinterview",
        "Austrittsgespräch", // German (also Scandinavian "kandidat")
        "candidat",
        "entretien de départ",
        "entretien blanc", // French
        "candidato",
        "candidata",
        "entrevista de salida",
        "simulacro", // Spanish, Italian
        "kandidaat",
        "sollicitant",
        "oefengesprek",
        "exitgesprek", // Dutch
        "kandydat",    // Polish
        "кандидат",    // Russian, Ukrainian
        "模擬面接",    // Japanese: mock interview
        "模拟面试",    // Chinese: mock interview
    };
}

Policy defaultPolicy(const Zone& userZone)
{
    Policy policy;
    policy.userZone = userZone;
    policy.keywords.interview = defaultInterviewKeywords();
    policy.keywords.exclusion = defaultExclusionWords();
    return policy;
}

bool isMyAddress(const Policy& policy, std::string_view address)
{
    const std::string key = addressKey(address);
    if (key.empty())
        return false;
    return std::any_of(policy.myAddresses.begin(), policy.myAddresses.end(),
                       [&](const std::string& mine) { return addressKey(mine) == key; });
}

} // namespace followups
