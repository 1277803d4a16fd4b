#include "followups/texts.h"

#include "followups/ascii_text.h"
#include "human_time.h"
#include "title_reader.h"
#include "translated.h"

#include <algorithm>
#include <string_view>
#include <utility>

namespace followups
{
namespace
{

bool isUnreserved(unsigned char c)
{
    return ascii::isAlpha(c) || ascii::isDigit(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

// RFC 3986 percent-encoding of the UTF-8 bytes, keeping unreserved characters and `keep`.
std::string percentEncoded(std::string_view text, std::string_view keep = {})
{
    static constexpr std::string_view hex = "0123456789ABCDEF";
    std::string encoded;
    for (const char byte : text) {
        const auto c = static_cast<unsigned char>(byte);
        if (isUnreserved(c) || keep.find(byte) != std::string_view::npos) {
            encoded += byte;
            continue;
        }
        encoded += '%';
        encoded += hex[c >> 4];
        encoded += hex[c & 0xF];
    }
    return encoded;
}

// An addr-spec a mailto: link can carry as one address: a local part and a domain, without the
// characters that separate addresses or headers in RFC 5322 and RFC 6068 (white space, controls,
// ",", ";", "<", ">", "(", ")", "[", "]", ":", "\\", a quote, a second "@"). Percent-encoding
// would keep the others from adding a header or a body; an address with these is no address.
bool isMailAddress(std::string_view address)
{
    const std::size_t at = address.find('@');
    if (at == 0 || at == std::string_view::npos || at + 1 == address.size() ||
        address.find('@', at + 1) != std::string_view::npos)
        return false;
    return std::none_of(address.begin(), address.end(), [](char c) {
        const auto octet = static_cast<unsigned char>(c);
        return octet <= 0x20 || octet == 0x7F ||
               std::string_view(",;<>()[]:\\\"").find(c) != std::string_view::npos;
    });
}

// RFC 3966: a global number keeps its leading "+"; visual separators go; digits after a letter
// ("x12", "ext. 12") are the extension.
std::string telUrl(std::string_view phone)
{
    std::string number;
    std::string extension;
    bool inExtension = false;
    for (const char c : phone) {
        if (ascii::isDigit(c))
            (inExtension ? extension : number) += c;
        else if (c == '+' && number.empty() && !inExtension)
            number += c;
        else if (ascii::isAlpha(c) && !number.empty())
            inExtension = true;
    }
    if (number.empty() || number == "+")
        return {};
    return "tel:" + number + (extension.empty() ? "" : ";ext=" + extension);
}

std::string displayName(const Person& person)
{
    if (!person.name.empty())
        return person.name;
    if (!person.email.empty())
        return person.email;
    return person.phone;
}

std::string joinedPeople(const std::vector<Person>& people)
{
    std::string joined;
    for (const Person& person : people)
        joined += (joined.empty() ? "" : ", ") + personLine(person);
    return joined;
}

// "Acme – Engineer", or whichever of the two is known.
std::string interviewLabel(const Interview& interview)
{
    if (!interview.company.empty() && !interview.role.empty())
        return interview.company + " – " + interview.role;
    if (!interview.company.empty())
        return interview.company;
    if (!interview.role.empty())
        return interview.role;
    const std::string_view title = undecoratedTitle(interview.summary);
    return title.empty() ? translated("interview") : std::string(title);
}

// What the e-mail is about: "Engineer interview", "interview at Acme", "interview".
std::string interviewTopic(const Interview& interview)
{
    if (!interview.role.empty())
        // TRANSLATORS: what an e-mail's subject is about; %1$s is the role ("Engineer").
        return filledIn(translated("%1$s interview"), {interview.role});
    if (!interview.company.empty())
        return filledIn(translated("interview at %1$s"), {interview.company});
    return translated("interview");
}

std::string employerName(const Interview& interview)
{
    // TRANSLATORS: stands where the employer's name would, in "Follow up with %1$s on the
    // decision", "Ask %1$s for feedback on the interview" and the like.
    return interview.company.empty() ? translated("the employer") : interview.company;
}

// A number alone is how to reach the employer, not whom: "Initech (+1 555 0100)".
bool onlyAPhone(const Person& person)
{
    return person.name.empty() && person.email.empty() && !person.phone.empty();
}

std::string addressee(const Task& task, const Interview& interview)
{
    if (!task.person)
        return employerName(interview);
    if (onlyAPhone(*task.person))
        return employerName(interview) + " (" + task.person->phone + ")";
    return displayName(*task.person);
}

std::string hours(ElapsedHours offset)
{
    return filledIn(translatedPlural("%1$d hour", "%1$d hours",
                                     static_cast<unsigned long>(std::max(offset.value, 0))),
                    {std::to_string(offset.value)});
}

// "work sample" → "Work sample", for a subject line; other scripts are left as written.
std::string capitalised(std::string_view text)
{
    std::string result(text);
    if (!result.empty())
        result[0] = ascii::toUpper(result[0]);
    return result;
}

struct Words {
    std::string summary;
    std::string advice;       // what to do, one line per point
    std::string donts;        // what not to do, in a sentence; empty when nothing applies
    std::string emailSubject; // empty for tasks that write to nobody
};

std::string thankYouDonts()
{
    return translated("Don't: no gifts, no phone call the next day, no friending the interviewers "
                      "on social media, no posts about the interview.");
}

std::string followUpDonts()
{
    return translated("Don't pester: one short message per reminder, no phone call the next day.");
}

// The summary and subject of a follow-up: call when only a number is known, else write.
std::string followUpSummary(const Task& task, const Interview& interview)
{
    const std::string whom = addressee(task, interview);
    const bool again = task.ordinal > 1;
    if (task.person && onlyAPhone(*task.person))
        return filledIn(again ? translated("Call %1$s again about the decision")
                              : translated("Call %1$s about the decision"),
                        {whom});
    return filledIn(again ? translated("Follow up again with %1$s on the decision")
                          : translated("Follow up with %1$s on the decision"),
                    {whom});
}

Words wordsFor(const Task& task, const Interview& interview, const Policy& policy,
               std::string_view deliverable)
{
    const std::string label = " (" + interviewLabel(interview) + ")";
    const std::string topic = interviewTopic(interview);
    const Offsets& offsets = policy.offsets;
    switch (task.kind) {
    case TaskKind::Debrief:
        return {translated("Write down your notes on the interview") + label,
                translated("Write down while it is fresh:\n"
                           "- highlights to mention in your thank-you notes\n"
                           "- questions that stumped you\n"
                           "- red flags\n"
                           "- what you forgot to say\n"
                           "- the names and contact details of everyone you met"),
                translated("Don't post about the interview."), ""};
    case TaskKind::ThankYou: {
        std::string advice = filledIn(
            translated("Send a personalised note: thank them for their time, mention something "
                       "you discussed, restate your interest, correct a misunderstanding if there "
                       "was one, and proofread it.\n"
                       "An e-mail, a letter or a handwritten card all work; write a separate note "
                       "to each member of a panel.\n"
                       "Send it within %1$s of the interview; %2$s is the hard limit. It must "
                       "arrive before the decision, and it builds the relationship even if you "
                       "decline."),
            {hours(offsets.thankYouDue), hours(offsets.thankYouHardLimit)});
        if (!task.person || (task.person->email.empty() && task.person->phone.empty()))
            advice.append("\n").append(
                translated("No address known: find it, or ask the recruiter."));
        const std::string summary =
            task.person
                ? filledIn(translated("Send a thank-you note to %1$s"), {displayName(*task.person)})
                : translated("Send a thank-you note to your interviewers");
        return {summary + label, advice, thankYouDonts(),
                // TRANSLATORS: the subject of an e-mail; %1$s is "Engineer interview" or the like.
                filledIn(translated("Thank you – %1$s"), {topic})};
    }
    case TaskKind::ReferenceHeadsUp:
        return {filledIn(translated("Give %1$s a heads-up as your reference"),
                         {addressee(task, interview)}) +
                    label,
                translated("Tell your reference about the position and what the interviewers "
                           "cared about, so they are prepared when the employer calls."),
                "", filledIn(translated("Reference heads-up – %1$s"), {topic})};
    case TaskKind::Deliverable: {
        const std::string what(deliverable);
        if (what.empty())
            return {translated("Send what you promised") + label,
                    translated("Send what you promised by the date you gave: a missed promise "
                               "can cost the offer."),
                    "", filledIn(translated("As promised – %1$s"), {topic})};
        return {filledIn(translated("Send what you promised: %1$s"), {what}) + label,
                filledIn(translated("Send what you promised (%1$s) by the date you gave: a missed "
                                    "promise can cost the offer."),
                         {what}),
                "", capitalised(what) + " – " + topic};
    }
    case TaskKind::FollowUp:
        return {followUpSummary(task, interview) + label,
                translated("Ask politely about the decision, short and cordial, or ask whether "
                           "they need anything else from you.") +
                    "\n" +
                    filledIn(translated("Follow-up %1$d of %2$d."),
                             {std::to_string(task.ordinal),
                              std::to_string(std::clamp(offsets.followUpCount, 0, 3))}),
                followUpDonts(), filledIn(translated("Following up – %1$s"), {topic})};
    case TaskKind::Feedback:
        return {filledIn(translated("Ask %1$s for feedback on the interview"),
                         {addressee(task, interview)}) +
                    label,
                translated("Ask for feedback on your interview, listen and take notes, thank "
                           "them, and ask to be considered for future roles: a rejection is still "
                           "a chance to learn and to be remembered."),
                translated("Don't argue with the decision, and don't pester."),
                filledIn(translated("Feedback request – %1$s"), {topic})};
    case TaskKind::ReferenceThankYou:
        return {filledIn(translated("Thank %1$s for being your reference"),
                         {addressee(task, interview)}) +
                    label,
                translated("Tell your reference the outcome and thank them for their help: "
                           "references are an ongoing relationship."),
                "", filledIn(translated("Thank you – %1$s"), {topic})};
    case TaskKind::WithdrawNotice:
        return {filledIn(translated("Withdraw your application: tell %1$s you accepted another "
                                    "offer"),
                         {addressee(task, interview)}) +
                    label,
                translated("Tell them you accepted another offer and withdraw from the process; "
                           "thank them for their time and consideration."),
                translated("Don't ghost them: silence burns the bridge."),
                filledIn(translated("Withdrawing my application – %1$s"), {topic})};
    }
    return {};
}

// The outcome as the facts name it; outcomeName is the stable, untranslated name.
std::string outcomeLabel(OutcomeKind kind)
{
    switch (kind) {
    case OutcomeKind::Rejected:
        return translatedInContext("outcome of an application", "rejected");
    case OutcomeKind::Offer:
        return translatedInContext("outcome of an application", "offer");
    case OutcomeKind::Accepted:
        return translatedInContext("outcome of an application", "accepted");
    case OutcomeKind::Withdrawn:
        return translatedInContext("outcome of an application", "withdrawn");
    }
    return std::string(outcomeName(kind));
}

// Whether the facts already name the person as an interviewer or as the contact.
bool listedAbove(const Person& person, const Interview& interview)
{
    if (interview.contact && samePerson(person, *interview.contact))
        return true;
    return std::any_of(interview.interviewers.begin(), interview.interviewers.end(),
                       [&](const Person& interviewer) { return samePerson(person, interviewer); });
}

std::string factsFor(const Task& task, const Interview& interview, const Policy& policy,
                     std::string_view deliverable)
{
    std::string facts;
    // TRANSLATORS: one line of the facts under a task's advice: a name ("Company") and its value.
    const std::string linePattern = translated("%1$s: %2$s");
    const auto line = [&](const std::string& name, const std::string& value) {
        if (!value.empty())
            facts.append(filledIn(linePattern, {name, value})).append("\n");
    };
    line(translated("Company"), interview.company);
    line(translated("Role"), interview.role);
    line(translated("When"), humanInterviewTime(interview, policy.userZone));
    line(translated("Interviewers"), joinedPeople(interview.interviewers));
    if (interview.contact)
        line(translated("Contact"), personLine(*interview.contact));
    if (task.person && !listedAbove(*task.person, interview)) {
        const bool reference =
            task.kind == TaskKind::ReferenceHeadsUp || task.kind == TaskKind::ReferenceThankYou;
        line(reference ? translated("Reference") : translated("Person"), personLine(*task.person));
    }
    line(translated("Deliverable"), std::string(deliverable));
    if (interview.outcome && task.kind == TaskKind::ReferenceThankYou)
        line(translated("Outcome"), outcomeLabel(interview.outcome->kind));
    line(translated("Due"), humanDue(task.due, policy.userZone));
    return facts;
}

// The person to write to: the task's person, else, for a deliverable, the interview's contact.
std::optional<Person> recipient(const Task& task, const Interview& interview)
{
    if (task.person)
        return task.person;
    if (task.kind == TaskKind::Deliverable)
        return interview.contact;
    return std::nullopt;
}

} // namespace

std::string contactUrl(const Person& person, std::string_view subject)
{
    if (isMailAddress(person.email)) {
        // "@" separates the address's parts; "+" is common in addresses and literal in mailto.
        std::string url = "mailto:" + percentEncoded(person.email, "@+");
        if (!subject.empty())
            url += "?subject=" + percentEncoded(subject);
        return url;
    }
    if (!person.phone.empty())
        return telUrl(person.phone);
    return {};
}

void sayLate(Task& task)
{
    task.summary = filledIn(translated("Late: %1$s"), {task.summary});
    task.description =
        translated("It is past the hard limit, but a short note is still worth sending: thank "
                   "them, restate your interest, and make no excuses.") +
        "\n\n" + task.description;
}

void writeTaskTexts(Task& task, const Interview& interview, const Policy& policy,
                    std::string_view deliverable)
{
    const Words words = wordsFor(task, interview, policy, deliverable);
    const std::optional<Person> to = recipient(task, interview);
    task.summary = words.summary;
    task.url = to && !words.emailSubject.empty() ? contactUrl(*to, words.emailSubject) : "";

    // Appended piece by piece: GCC 12 at -O3 misreads `"\n" + temporary` as an overlapping
    // copy (-Wrestrict), and appending also saves the temporaries.
    std::string description = words.advice;
    description.append("\n");
    if (!words.donts.empty())
        description.append(words.donts).append("\n");
    description.append("\n").append(factsFor(task, interview, policy, deliverable));
    if (!task.url.empty())
        description
            .append(filledIn(task.url.starts_with("tel:") ? translated("Call: %1$s")
                                                          : translated("Write: %1$s"),
                             {task.url}))
            .append("\n");
    task.description = std::move(description);
}

} // namespace followups
