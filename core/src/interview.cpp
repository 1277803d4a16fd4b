#include "followups/interview.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace followups
{

namespace
{

// Unicode case folding with compatibility normalisation (so "Ａｎｎ", "ANN" and "ann" agree, and
// composed and decomposed accents too), then runs of white space made one space and trimmed.
std::string foldForIdentity(std::string_view text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* folding = icu::Normalizer2::getNFKCCasefoldInstance(status);
    const auto input = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    const icu::UnicodeString folded = U_SUCCESS(status) ? folding->normalize(input, status) : input;
    icu::UnicodeString collapsed;
    bool pendingSpace = false;
    for (int32_t i = 0; i < folded.length(); i = folded.moveIndex32(i, 1)) {
        const UChar32 c = folded.char32At(i);
        if (u_isUWhiteSpace(c)) {
            pendingSpace = !collapsed.isEmpty();
            continue;
        }
        if (pendingSpace)
            collapsed.append(u' ');
        pendingSpace = false;
        collapsed.append(c);
    }
    std::string out;
    collapsed.toUTF8String(out);
    return out;
}

} // namespace

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

} // namespace followups
