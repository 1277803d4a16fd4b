#include "plan_report.h"

#include "followups/safe_text.h"

#include <variant>

namespace followups::cli
{

namespace
{

std::string counted(std::size_t count, const std::string& one, const std::string& many)
{
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

std::string quoted(const std::string& text)
{
    return "\"" + text + "\"";
}

// "2026-11-10 10:00" in the user's zone.
std::string localTime(Instant instant, const Zone& zone)
{
    std::string text = formatRfc3339(instant, zone).substr(0, 16);
    text[10] = ' ';
    return text;
}

std::string windowText(const TimeRange& window, const Zone& zone)
{
    return "(" + formatIsoDate(localDate(window.from, zone)) + " to " +
           formatIsoDate(localDate(window.to, zone)) + ")";
}

std::string cueText(const Cue& cue)
{
    switch (cue.kind) {
    case Cue::Kind::Keyword:
        return "the keyword " + quoted(cue.text) + " in the title";
    case Cue::Kind::Category:
        return "the category " + quoted(cue.text);
    case Cue::Kind::InterviewProperty:
        return cue.text;
    }
    return {};
}

std::string verdictText(const Explanation& explanation, const Zone& zone)
{
    const std::string window = explanation.window ? windowText(*explanation.window, zone) : "";
    switch (explanation.verdict) {
    case Verdict::Taken:
        return "taken";
    case Verdict::ExclusionWord:
        return "not taken: the exclusion word " + quoted(explanation.word) + " in the title";
    case Verdict::OrganizedByYou:
        return "not taken: " + quoted(explanation.word) +
               " in the title and you organise it (you interview a candidate)";
    case Verdict::NobodyOrganizes:
        return "not taken: " + quoted(explanation.word) +
               " in the title and nobody else organises it (you interview a candidate)";
    case Verdict::NoStart:
        return "not taken: it has no DTSTART";
    case Verdict::Cancelled:
        return "cancelled: its open tasks are cancelled";
    case Verdict::DeclinedByYou:
        return "you declined it: its open tasks are cancelled";
    case Verdict::FollowUpsOff:
        return "follow-ups switched off (a \"Follow-ups: off\" line or the no-follow-ups "
               "category): its open tasks are cancelled";
    case Verdict::OutsideWindow:
        return "outside the planning window " + window +
               ": its tasks are left as they are (--since and --until move the window)";
    case Verdict::History:
        return "history: it ended over a year before the planning window " + window +
               " began, and is forgotten";
    }
    return {};
}

std::string sourceText(ValueSource source)
{
    switch (source) {
    case ValueSource::None:
        return "";
    case ValueSource::Title:
        return " (from the title)";
    case ValueSource::DescriptionLine:
        return " (from a line of the description)";
    case ValueSource::InterviewProperty:
        return " (from an X-INTERVIEW- property)";
    case ValueSource::OrganizerAddress:
        return " (from the organizer's address)";
    case ValueSource::InterviewerAddress:
        return " (from the interviewers' addresses)";
    }
    return {};
}

std::string fromText(PersonExplanation::Source source)
{
    switch (source) {
    case PersonExplanation::Source::Attendee:
        return "attendee";
    case PersonExplanation::Source::Organizer:
        return "organizer";
    case PersonExplanation::Source::InterviewersLine:
        return "Interviewers: line";
    }
    return {};
}

std::string whyNotThanked(PersonExplanation::Verdict verdict)
{
    using Why = PersonExplanation::Verdict;
    switch (verdict) {
    case Why::Thanked:
        return "";
    case Why::You:
        return "you";
    case Why::RoleMailbox:
        return "a role mailbox, beside named interviewers";
    case Why::Service:
        return "an applicant-tracking or scheduling service";
    case Why::NoReply:
        return "a no-reply or calendar address";
    case Why::NotAPerson:
        return "a room, resource or group";
    case Why::NonParticipant:
        return "a non-participant";
    case Why::Declined:
        return "declined";
    }
    return {};
}

std::string joined(const std::vector<std::string>& parts, const std::string& separator)
{
    std::string text;
    for (const std::string& part : parts)
        text += (text.empty() ? "" : separator) + part;
    return text;
}

} // namespace

void countTasks(const std::vector<Task>& tasks, Instant now, const Zone& zone, PlanCounts& counts)
{
    const Date today = localDate(now, zone);
    for (const Task& task : tasks) {
        switch (task.status) {
        case TaskStatus::NeedsAction: {
            ++counts.open;
            const bool overdue = std::visit(
                [&](const auto& due) {
                    if constexpr (std::is_same_v<std::decay_t<decltype(due)>, Date>)
                        return due < today;
                    else
                        return due < now;
                },
                task.due.value);
            counts.overdue += overdue ? 1 : 0;
            break;
        }
        case TaskStatus::Completed:
            ++counts.done;
            break;
        case TaskStatus::Cancelled:
            ++counts.cancelled;
            break;
        }
    }
}

std::string userText(const UserIdentity& user)
{
    const std::string addresses = joined(user.addresses, ", ");
    switch (user.source) {
    case UserIdentity::Source::Configured:
        return addresses + " (your settings)";
    case UserIdentity::Source::CalendarOwner:
        return addresses + " (the calendar's X-WR-CALNAME)";
    case UserIdentity::Source::Attendance:
        return addresses + " (attends " + std::to_string(user.attended) + " of the " +
               std::to_string(user.eventsWithAttendees) + " events with attendees)";
    case UserIdentity::Source::Unknown:
        break;
    }
    return "unknown (set --me)";
}

std::string summaryLine(const PlanCounts& counts, const UserIdentity& user)
{
    const RecognitionTally& tally = counts.tally;
    std::vector<std::string> aside;
    aside.push_back(counted(tally.nearMisses, "near miss", "near misses"));
    if (tally.outsideWindow > 0)
        aside.push_back(std::to_string(tally.outsideWindow) + " outside the window");
    if (tally.cancelled > 0)
        aside.push_back(std::to_string(tally.cancelled) + " cancelled");
    const std::string read = counted(counts.eventsRead, "event read", "events read");
    std::string line = "interview-followups: ";
    if (tally.taken == 0) {
        line += "no interviews found in " + read + " (" + joined(aside, ", ") +
                "; --explain says why each event that looked like one was not taken)";
    } else {
        const std::size_t tasks = counts.open + counts.done + counts.cancelled;
        line += read + ", " + counted(tally.taken, "interview", "interviews") + " (" +
                joined(aside, ", ") + "); " + counted(tasks, "task", "tasks") + ": " +
                std::to_string(counts.open) + " to do (" + std::to_string(counts.overdue) +
                " overdue), " + std::to_string(counts.done) + " done, " +
                std::to_string(counts.cancelled) + " cancelled";
    }
    return singleLineText(line + "; you: " + userText(user)) + "\n";
}

std::string explanationText(const Explanation& explanation, const Zone& zone)
{
    std::vector<std::string> lines;
    std::string head = explanation.where.file;
    if (explanation.where.line > 0)
        head += ":" + std::to_string(explanation.where.line);
    head += ": " + quoted(explanation.summary);
    if (explanation.start)
        head += explanation.allDay ? " (" + formatIsoDate(localDate(*explanation.start, zone)) + ")"
                                   : " (" + localTime(*explanation.start, zone) + ")";
    lines.push_back(head);
    std::vector<std::string> cues;
    for (const Cue& cue : explanation.cues)
        cues.push_back(cueText(cue));
    lines.push_back("  looked like an interview: " + joined(cues, "; "));
    lines.push_back("  " + verdictText(explanation, zone));

    const bool read = explanation.verdict == Verdict::Taken ||
                      explanation.verdict == Verdict::Cancelled ||
                      explanation.verdict == Verdict::DeclinedByYou ||
                      explanation.verdict == Verdict::FollowUpsOff ||
                      explanation.verdict == Verdict::OutsideWindow;
    if (read) {
        lines.push_back(
            "  company: " + (explanation.company.empty() ? "unknown" : explanation.company) +
            sourceText(explanation.companyFrom) +
            "; role: " + (explanation.role.empty() ? "unknown" : explanation.role) +
            sourceText(explanation.roleFrom));
        std::vector<std::string> thanked;
        std::vector<std::string> notThanked;
        for (const PersonExplanation& person : explanation.persons) {
            const std::string why = whyNotThanked(person.verdict);
            if (why.empty())
                thanked.push_back(personLine(person.person) + " (" + fromText(person.from) + ")");
            else
                notThanked.push_back(personLine(person.person) + " (" + fromText(person.from) +
                                     ": " + why + ")");
        }
        lines.push_back("  thanked: " + (thanked.empty()
                                             ? std::string{"your interviewers (none named)"}
                                             : joined(thanked, ", ")));
        if (!notThanked.empty())
            lines.push_back("  not thanked: " + joined(notThanked, ", "));
        lines.push_back("  contact: " + (explanation.contact ? personLine(*explanation.contact)
                                                             : std::string{"none named"}));
    }
    std::string text;
    for (const std::string& line : lines)
        text += singleLineText(line) + "\n";
    return text;
}

Warning unknownUserWarning()
{
    Warning warning; // built in steps: see settings.cpp on GCC 12's -Wmaybe-uninitialized
    warning.message =
        "could not tell which address is yours (no --me, no X-WR-CALNAME address, and no "
        "address attends two thirds of the events with attendees): a thank-you note may be "
        "addressed to you; set --me ADDRESS, or me = [\"ADDRESS\"] in the config file";
    return warning;
}

} // namespace followups::cli
