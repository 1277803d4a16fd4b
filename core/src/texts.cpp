#include "followups/texts.h"

#include "followups/ascii_text.h"
#include "human_time.h"
#include "title_reader.h"

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
    return title.empty() ? "interview" : std::string(title);
}

// What the e-mail is about: "Engineer interview", "interview at Acme", "interview".
std::string interviewTopic(const Interview& interview)
{
    if (!interview.role.empty())
        return interview.role + " interview";
    if (!interview.company.empty())
        return "interview at " + interview.company;
    return "interview";
}

std::string employerName(const Interview& interview)
{
    return interview.company.empty() ? "the employer" : interview.company;
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
    return std::to_string(offset.value) + " hours";
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

constexpr std::string_view thankYouDonts =
    "Don't: no gifts, no phone call the next day, no friending the interviewers on social "
    "media, no posts about the interview.";
constexpr std::string_view followUpDonts =
    "Don't pester: one short message per reminder, no phone call the next day.";

Words wordsFor(const Task& task, const Interview& interview, const Policy& policy,
               std::string_view deliverable)
{
    const std::string label = " (" + interviewLabel(interview) + ")";
    const std::string topic = interviewTopic(interview);
    const Offsets& offsets = policy.offsets;
    switch (task.kind) {
    case TaskKind::Debrief:
        return {"Write down your notes on the interview" + label,
                "Write down while it is fresh:\n"
                "- highlights to mention in your thank-you notes\n"
                "- questions that stumped you\n"
                "- red flags\n"
                "- what you forgot to say\n"
                "- the names and contact details of everyone you met",
                "Don't post about the interview.", ""};
    case TaskKind::ThankYou: {
        const std::string to = task.person ? displayName(*task.person) : "your interviewers";
        std::string advice =
            "Send a personalised note: thank them for their time, mention something you "
            "discussed, restate your interest, correct a misunderstanding if there was one, "
            "and proofread it.\n"
            "An e-mail, a letter or a handwritten card all work; write a separate note to each "
            "member of a panel.\n"
            "Send it within " +
            hours(offsets.thankYouDue) + " of the interview; " + hours(offsets.thankYouHardLimit) +
            " is the hard limit. It must arrive before the decision, and it builds the "
            "relationship even if you decline.";
        if (!task.person || (task.person->email.empty() && task.person->phone.empty()))
            advice += "\nNo address known: find it, or ask the recruiter.";
        return {"Send a thank-you note to " + to + label, advice, std::string(thankYouDonts),
                "Thank you – " + topic};
    }
    case TaskKind::ReferenceHeadsUp:
        return {"Give " + addressee(task, interview) + " a heads-up as your reference" + label,
                "Tell your reference about the position and what the interviewers cared about, "
                "so they are prepared when the employer calls.",
                "", "Reference heads-up – " + topic};
    case TaskKind::Deliverable: {
        const std::string what(deliverable);
        return {"Send what you promised" + (what.empty() ? "" : ": " + what) + label,
                "Send what you promised" + (what.empty() ? "" : " (" + what + ")") +
                    " by the date you gave: a missed promise can cost the offer.",
                "", (what.empty() ? "As promised" : capitalised(what)) + " – " + topic};
    }
    case TaskKind::FollowUp:
        return {(task.person && onlyAPhone(*task.person)
                     ? "Call " + addressee(task, interview) + (task.ordinal > 1 ? " again" : "") +
                           " about the decision"
                     : "Follow up" + std::string(task.ordinal > 1 ? " again" : "") + " with " +
                           addressee(task, interview) + " on the decision") +
                    label,
                "Ask politely about the decision, short and cordial, or ask whether they need "
                "anything else from you.\n"
                "Follow-up " +
                    std::to_string(task.ordinal) + " of " +
                    std::to_string(std::clamp(offsets.followUpCount, 0, 3)) + ".",
                std::string(followUpDonts), "Following up – " + topic};
    case TaskKind::Feedback:
        return {"Ask " + addressee(task, interview) + " for feedback on the interview" + label,
                "Ask for feedback on your interview, listen and take notes, thank them, and ask "
                "to be considered for future roles: a rejection is still a chance to learn and "
                "to be remembered.",
                "Don't argue with the decision, and don't pester.", "Feedback request – " + topic};
    case TaskKind::ReferenceThankYou:
        return {"Thank " + addressee(task, interview) + " for being your reference" + label,
                "Tell your reference the outcome and thank them for their help: references are "
                "an ongoing relationship.",
                "", "Thank you – " + topic};
    case TaskKind::WithdrawNotice:
        return {"Withdraw your application: tell " + addressee(task, interview) +
                    " you accepted another offer" + label,
                "Tell them you accepted another offer and withdraw from the process; thank them "
                "for their time and consideration.",
                "Don't ghost them: silence burns the bridge.",
                "Withdrawing my application – " + topic};
    }
    return {};
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
    const auto line = [&facts](std::string_view name, const std::string& value) {
        if (!value.empty())
            facts += std::string(name) + ": " + value + "\n";
    };
    line("Company", interview.company);
    line("Role", interview.role);
    line("When", humanInterviewTime(interview, policy.userZone));
    line("Interviewers", joinedPeople(interview.interviewers));
    if (interview.contact)
        line("Contact", personLine(*interview.contact));
    if (task.person && !listedAbove(*task.person, interview)) {
        const bool reference =
            task.kind == TaskKind::ReferenceHeadsUp || task.kind == TaskKind::ReferenceThankYou;
        line(reference ? "Reference" : "Person", personLine(*task.person));
    }
    line("Deliverable", std::string(deliverable));
    if (interview.outcome && task.kind == TaskKind::ReferenceThankYou)
        line("Outcome", std::string(outcomeName(interview.outcome->kind)));
    line("Due", humanDue(task.due, policy.userZone));
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
    task.summary = "Late: " + task.summary;
    task.description = "It is past the hard limit, but a short note is still worth sending: thank "
                       "them, restate your interest, and make no excuses.\n\n" +
                       task.description;
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
        description.append(task.url.starts_with("tel:") ? "Call: " : "Write: ")
            .append(task.url)
            .append("\n");
    task.description = std::move(description);
}

} // namespace followups
