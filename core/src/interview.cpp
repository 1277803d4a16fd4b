#include "followups/interview.h"

#include "text_folding.h"
#include "text_match.h"

namespace followups
{

bool samePerson(const Person& a, const Person& b)
{
    if (!a.email.empty() && !b.email.empty())
        return foldForIdentity(a.email) == foldForIdentity(b.email);
    const std::string name = foldForIdentity(a.name);
    return !name.empty() && name == foldForIdentity(b.name);
}

std::string personKey(const Person& person)
{
    return foldForIdentity(person.email.empty() ? person.name : person.email);
}

std::string_view outcomeName(OutcomeKind kind)
{
    switch (kind) {
    case OutcomeKind::Rejected:
        return "rejected";
    case OutcomeKind::Offer:
        return "offer";
    case OutcomeKind::Accepted:
        return "accepted";
    case OutcomeKind::Withdrawn:
        return "withdrawn";
    }
    return {};
}

bool isFinal(OutcomeKind kind)
{
    return kind != OutcomeKind::Offer;
}

std::optional<OutcomeKind> outcomeFromName(std::string_view name)
{
    const std::string folded = foldCase(name);
    for (const OutcomeKind kind : {OutcomeKind::Rejected, OutcomeKind::Offer, OutcomeKind::Accepted,
                                   OutcomeKind::Withdrawn}) {
        if (folded == outcomeName(kind))
            return kind;
    }
    return std::nullopt;
}

std::optional<OutcomeKind> outcomeFromCategories(const std::vector<std::string>& categories)
{
    std::optional<OutcomeKind> found;
    for (const std::string& category : categories) {
        const std::optional<OutcomeKind> kind = outcomeFromName(category);
        if (kind && (!found || (!isFinal(*found) && isFinal(*kind))))
            found = kind;
    }
    return found;
}

} // namespace followups
