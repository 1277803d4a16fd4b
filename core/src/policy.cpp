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

// Keywords match as whole words, so each plural that is a different word is listed too
// ("Onsite interviews at Acme").
std::vector<std::string> defaultInterviewKeywords()
{
    return {
        "interview",
        "interviews",    // English, German, Dutch
        "job interview", // English, as a category
        "Vorstellungsgespräch",
        "Vorstellungsgespräche",
        "Bewerbungsgespräch",
        "Bewerbungsgespräche", // German
        "entretien",
        "entretiens",
        "entrevue",
        "entrevues", // French (and Canada)
        "entrevista",
        "entrevistas", // Spanish, Portuguese, Catalan
        "colloquio",
        "colloqui",
        "intervista",
        "interviste", // Italian
        "sollicitatiegesprek",
        "sollicitatiegesprekken", // Dutch
        "haastattelu",
        "haastattelut",
        "työhaastattelu",
        "työhaastattelut", // Finnish
        "intervju",
        "intervjuer",
        "jobbintervju",
        "jobbintervjuer", // Swedish, Norwegian
        "anställningsintervju",
        "anställningsintervjuer", // Swedish
        "jobsamtale",
        "jobsamtaler",
        "ansættelsessamtale",
        "ansættelsessamtaler", // Danish
        "rozmowa kwalifikacyjna",
        "rozmowy kwalifikacyjne", // Polish
        "pohovor",
        "pohovory", // Czech, Slovak
        "interjú",
        "interjúk",
        "állásinterjú",
        "állásinterjúk", // Hungarian
        "mülakat",
        "mülakatlar",
        "iş görüşmesi",
        "iş görüşmeleri", // Turkish
        "собеседование",
        "собеседования", // Russian
        "співбесіда",
        "співбесіди", // Ukrainian
        "συνέντευξη",
        "συνεντεύξεις", // Greek
        "면접",         // Korean
        "面接",         // Japanese
        "面试",         // Chinese (simplified)
        "面試",         // Chinese (traditional)
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
        "exit interviews",
        "exit-interview",
        "exit-interviews", // English
        "Kandidat",
        "Kandidatin",
        "Bewerber",
        "Bewerberin",
        "Probeinterview",
        "Übungsinterview",
        "Austrittsgespräch", // German (also Scandinavian "kandidat")
        "candidat",
        "entretien de départ",
        "entretiens de départ",
        "entretien blanc",
        "entretiens blancs", // French
        "candidato",
        "candidata",
        "entrevista de salida",
        "entrevistas de salida",
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
