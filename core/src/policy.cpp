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
        "Vorstellungsgespräch", "Vorstellungsgespräche", "Bewerbungsgespräch",
        "Bewerbungsgespräche", // German
        "entretien", "entretiens", "entrevue",
        "entrevues", // French (and Canada)
        "entrevista",
        "entrevistas", // Spanish, Portuguese, Catalan
        "colloquio", "colloqui", "intervista",
        "interviste", // Italian
        "sollicitatiegesprek",
        "sollicitatiegesprekken", // Dutch
        "haastattelu", "haastattelut", "työhaastattelu",
        "työhaastattelut", // Finnish
        "intervju", "intervjuer", "jobbintervju",
        "jobbintervjuer", // Swedish, Norwegian
        "anställningsintervju",
        "anställningsintervjuer", // Swedish
        "jobsamtale", "jobsamtaler", "ansættelsessamtale",
        "ansættelsessamtaler", // Danish
        "rozmowa kwalifikacyjna",
        "rozmowy kwalifikacyjne", // Polish
        "pohovor",
        "pohovory", // Czech, Slovak
        "interjú", "interjúk", "állásinterjú",
        "állásinterjúk", // Hungarian
        "mülakat", "mülakatlar", "iş görüşmesi",
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
        // Screening calls and "interviewing at Acme" (SPEC §2)
        "phone screen", "phone screening", "technical screen", "technical screening",
        "recruiter screen", "recruiter screening", "screening call", "interviewing at",
        "interviewing with", "Telefoninterview", "Telefoninterviews", "Videointerview",
        "Videointerviews", // German compounds
    };
}

std::vector<std::string> defaultExclusionWords()
{
    return {
        // Not a real interview (the user's own interviewing of candidates: defaultCandidateWords).
        "mock",
        "practice",
        "prep",
        "exit interview",
        "exit interviews",
        "exit-interview",
        "exit-interviews", // English
        "Probeinterview",
        "Übungsinterview",
        "Austrittsgespräch", // German (also Scandinavian "kandidat")
        "entretien de départ",
        "entretiens de départ",
        "entretien blanc",
        "entretiens blancs", // French
        "entrevista de salida",
        "entrevistas de salida",
        "simulacro", // Spanish, Italian
        "oefengesprek",
        "exitgesprek", // Dutch
        "模擬面接",    // Japanese: mock interview
        "模拟面试",    // Chinese: mock interview
    };
}

std::vector<std::string> defaultCandidateWords()
{
    return {
        "candidate", "applicant",                              // English
        "Kandidat",  "Kandidatin",  "Bewerber",  "Bewerberin", // German (also Scandinavian)
        "candidat",  "candidato",   "candidata",               // French, Spanish, Italian
        "kandidaat", "sollicitant", "kandydat",  "кандидат",   // Dutch, Polish, Russian
    };
}

std::vector<std::string> defaultRoleMailboxes()
{
    return {
        "recruiting",
        "recruiter",
        "recruiters",
        "recruitment",
        "talent",
        "talentacquisition",
        "talent-acquisition",
        "ta",
        "jobs",
        "job",
        "careers",
        "career",
        "hiring",
        "hr",
        "people",
        "humanresources",
        "apply",
        "applications",
        "staffing",
        "interviews",
        "scheduling",
        "karriere",
        "bewerbung",
        "bewerbungen",
        "personal",
        "recrutement",
        "rh",
        "emploi",
        "empleo",
        "rrhh",
        "seleccion",
        "lavoro",
        "vacatures",
        "werving",
    };
}

std::vector<std::string> defaultServiceDomains()
{
    return {
        // Applicant-tracking systems
        "greenhouse.io",
        "greenhouse-mail.io",
        "lever.co",
        "myworkday.com",
        "workday.com",
        "ashbyhq.com",
        "smartrecruiters.com",
        "icims.com",
        "jobvite.com",
        "workable.com",
        "workablemail.com",
        "teamtailor.com",
        "teamtailor-mail.com",
        "recruitee.com",
        "bamboohr.com",
        "personio.de",
        "personio.com",
        "successfactors.com",
        "successfactors.eu",
        "taleo.net",
        "breezy.hr",
        "jazzhr.com",
        "applytojob.com",
        "pinpointhq.com",
        "softgarden.io",
        "dvinci.de",
        "join.com",
        // Interview scheduling
        "goodtime.io",
        "calendly.com",
        "paradox.ai",
        "modernloop.io",
        "gem.com",
        "cal.com",
        "doodle.com",
        "youcanbook.me",
        "acuityscheduling.com",
        "chilipiper.com",
        "savvycal.com",
        "zcal.co",
        "tidycal.com",
    };
}

Policy defaultPolicy(const Zone& userZone)
{
    Policy policy;
    policy.userZone = userZone;
    policy.keywords.interview = defaultInterviewKeywords();
    policy.keywords.exclusion = defaultExclusionWords();
    policy.keywords.candidate = defaultCandidateWords();
    policy.roleMailboxes = defaultRoleMailboxes();
    policy.serviceDomains = defaultServiceDomains();
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
