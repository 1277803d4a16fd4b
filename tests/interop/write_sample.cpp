// Writes a realistic sample in both shapes for the independent parsers, plus a manifest of what
// each parser must find, computed from the Task values (never by parsing the output).
//
// Usage: write_sample OUTPUT_DIR  →  sample-todos.ics, sample-events.ics, manifest.json
//
// The user is in Berlin; the interview is on Tuesday 24 March 2026, 14:00–15:00 CET, so the dues
// straddle the change to summer time on 29 March: a parser that ignores the VTIMEZONE, or that
// reads a relative trigger in nominal days, lands an hour off.
#include "followups/ical/writer.h"
#include "followups/identity.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace
{

using namespace std::chrono;
using namespace followups;
using nlohmann::json;

const Zone& berlin()
{
    static const Zone zone = Zone::fromId("Europe/Berlin").value();
    return zone;
}

Instant local(int y, unsigned m, unsigned d, int hour, int minute = 0)
{
    return atLocalTime(Date{year{y}, month{m}, day{d}}, TimeOfDay{hour * 60 + minute}, berlin());
}

Date date(int y, unsigned m, unsigned d)
{
    return Date{year{y}, month{m}, day{d}};
}

Task task(std::string uid, TaskKind kind, std::string summary, Due due, Instant alarm)
{
    Task t;
    t.uid = std::move(uid);
    t.kind = kind;
    t.summary = std::move(summary);
    t.description = "Interview at Müller & Søn GmbH – Senior Engineer, Tue 24 Mar 2026 14:00.";
    t.due = due;
    t.alarm = alarm;
    t.priority = 5;
    t.categories = {"Job search", "Interview follow-up"};
    t.interview = InterviewKey{"interview-0324@mueller-soen.example", ""};
    return t;
}

std::vector<followups::ical::TaskToWrite> sampleTasks()
{
    const std::string longDescription =
        "Send the take-home exercise to Zoë. What to include: the README; the tests, and a "
        "short note (two or three sentences) on trade-offs \\ open questions.\n\n"
        "Don't: send it late, attach binaries, or follow up the next day.\n"
        "面接の課題を提出してください。よろしくお願いします。🎯📎";

    std::vector<Task> tasks;
    tasks.push_back(task("ifu-debrief-1@interview-followups", TaskKind::Debrief,
                         "Debrief: Müller & Søn interview", Due{local(2026, 3, 24, 17)},
                         local(2026, 3, 24, 15)));

    Task thanks = task("ifu-thank-you-joerg@interview-followups", TaskKind::ThankYou,
                       "Thank Jörg Müller (Senior Engineer, Müller & Søn)",
                       Due{local(2026, 3, 25, 15)}, local(2026, 3, 25, 11));
    thanks.person = Person{"Jörg Müller", "joerg.mueller@mueller-soen.example", ""};
    thanks.url = "mailto:joerg.mueller@mueller-soen.example?subject=Thank%20you%20%E2%80%93%20"
                 "Senior%20Engineer";
    tasks.push_back(thanks);

    Task thanksJa = task("ifu-thank-you-yamada@interview-followups", TaskKind::ThankYou,
                         "山田 太郎さんへのお礼メール（面接のお礼）を送る",
                         Due{local(2026, 3, 25, 15)}, local(2026, 3, 25, 11));
    thanksJa.person = Person{"山田 太郎", "yamada@example.jp", ""};
    thanksJa.url = "mailto:yamada@example.jp?subject=%E9%9D%A2%E6%8E%A5";
    tasks.push_back(thanksJa);

    Task heads = task("ifu-reference-heads-up-zoe@interview-followups", TaskKind::ReferenceHeadsUp,
                      "Tell Zoë O'Brien a call may come", Due{local(2026, 3, 25, 15)},
                      local(2026, 3, 25, 11));
    heads.person = Person{"Zoë O'Brien", "", "+44 20 7946 0958"};
    heads.url = "tel:+44-20-7946-0958";
    tasks.push_back(heads);

    Task work = task("ifu-deliverable-exercise@interview-followups", TaskKind::Deliverable,
                     "Send the take-home exercise", Due{date(2026, 3, 30)}, local(2026, 3, 29, 9));
    work.description = longDescription;
    // An escaped ';' every parser reads back; no ',' inside a category: KCalendarCore and
    // python-icalendar 4 split at an escaped comma too (docs/ics-format.md).
    work.categories = {"Job search", "Bewerbung; Unterlagen & Übung"};
    tasks.push_back(work);

    // A timed due 48 real hours after its alarm, across the change to summer time.
    Task second =
        task("ifu-thank-you-2@interview-followups", TaskKind::ThankYou,
             "Thank the panel (second round)", Due{local(2026, 3, 30, 10)}, local(2026, 3, 28, 9));
    second.interview = InterviewKey{"weekly-panel@mueller-soen.example", "20260324T130000Z"};
    second.sequence = 2;
    tasks.push_back(second);

    // Due on the interview's day, its reminder moved to the interview's end: the reminder event
    // starts then, not at the all-day start, so its alarm is the task's.
    Task sameDay = task("ifu-deliverable-portfolio@interview-followups", TaskKind::Deliverable,
                        "Send the portfolio", Due{date(2026, 3, 24)}, local(2026, 3, 24, 15));
    tasks.push_back(sameDay);

    // Planned when its reminder had already passed: an open task without an alarm.
    Task pastReminder =
        task("ifu-debrief-2@interview-followups", TaskKind::Debrief, "Debrief: the first call",
             Due{local(2026, 3, 20, 12)}, local(2026, 3, 20, 10));
    pastReminder.alarm.reset();
    tasks.push_back(pastReminder);

    Task followUp =
        task("ifu-follow-up-1@interview-followups", TaskKind::FollowUp,
             "Follow up with Müller & Søn", Due{date(2026, 4, 7)}, local(2026, 4, 7, 9));
    followUp.ordinal = 1;
    tasks.push_back(followUp);

    Task cancelled =
        task("ifu-follow-up-2@interview-followups", TaskKind::FollowUp,
             "Follow up again with Müller & Søn", Due{date(2026, 4, 16)}, local(2026, 4, 16, 9));
    cancelled.ordinal = 2;
    cancelled.status = TaskStatus::Cancelled;
    cancelled.sequence = 1;
    tasks.push_back(cancelled);

    Task feedback = task("ifu-feedback-1@interview-followups", TaskKind::Feedback,
                         "Ask for feedback", Due{date(2026, 4, 2)}, local(2026, 4, 2, 9));
    feedback.status = TaskStatus::Completed;
    tasks.push_back(feedback);

    std::vector<followups::ical::TaskToWrite> items;
    for (const Task& t : tasks) {
        followups::ical::TaskToWrite item{t, {}, {}};
        for (const Task& sibling : tasks) {
            if (sibling.interview == t.interview)
                item.issuedSiblings.push_back(sibling.uid);
        }
        items.push_back(std::move(item));
    }
    return items;
}

long long epoch(Instant instant)
{
    return instant.time_since_epoch().count();
}

// The RFC 5545 STATUS value: the stable name in upper case.
std::string vtodoStatus(TaskStatus status)
{
    std::string name{statusName(status)};
    for (char& ch : name)
        ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    return name;
}

// SPEC §5: only an open task has a reminder; cancelled and completed tasks have no alarm at all.
bool remindsOf(const Task& t)
{
    return t.status == TaskStatus::NeedsAction && t.alarm;
}

json todoManifest(const Task& t)
{
    json item{{"uid", t.uid},
              {"summary", t.summary},
              {"status", vtodoStatus(t.status)},
              {"categories", t.categories},
              {"alarm", remindsOf(t) ? json(epoch(*t.alarm)) : json(nullptr)},
              {"hash", contentHash(t)}};
    if (const auto* d = std::get_if<Date>(&t.due.value))
        item["due_date"] = formatIsoDate(*d);
    else
        item["due"] = epoch(std::get<Instant>(t.due.value));
    return item;
}

json eventManifest(const Task& t, const followups::ical::WriteOptions& options)
{
    // SPEC §5: at the due time (the all-day start for a date), or at the alarm when later.
    const auto* d = std::get_if<Date>(&t.due.value);
    const Instant due =
        d ? atLocalTime(*d, options.allDayStart, options.userZone) : std::get<Instant>(t.due.value);
    const Instant start = remindsOf(t) ? std::max(due, *t.alarm) : due;
    return json{{"uid", t.uid + "-event"},
                {"summary", t.summary},
                {"status", t.status == TaskStatus::Cancelled ? "CANCELLED" : ""},
                {"categories", t.categories},
                {"start", epoch(start)},
                {"end", epoch(start + minutes{15})},
                {"alarm", remindsOf(t) ? json(epoch(*t.alarm)) : json(nullptr)},
                {"hash", contentHash(t)}};
}

bool writeFile(const std::filesystem::path& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary);
    out << bytes;
    return static_cast<bool>(out);
}

int writeSample(const std::filesystem::path& dir)
{
    std::filesystem::create_directories(dir);
    const auto items = sampleTasks();
    followups::ical::WriteOptions options;
    options.userZone = berlin();
    options.dtstamp = local(2026, 3, 24, 16, 5);

    json manifest{{"zone", berlin().id()}, {"files", json::array()}};
    for (const auto shape : {followups::ical::Shape::Todos, followups::ical::Shape::Events}) {
        options.shape = shape;
        const bool todos = shape == followups::ical::Shape::Todos;
        const std::string name = todos ? "sample-todos.ics" : "sample-events.ics";
        if (!writeFile(dir / name, followups::ical::writeCalendar(items, options))) {
            std::cerr << "write_sample: cannot write " << (dir / name) << '\n';
            return 1;
        }
        json expected = json::array();
        for (const auto& item : items)
            expected.push_back(todos ? todoManifest(item.task) : eventManifest(item.task, options));
        manifest["files"].push_back(
            json{{"path", name}, {"component", todos ? "VTODO" : "VEVENT"}, {"items", expected}});
    }
    if (!writeFile(dir / "manifest.json", manifest.dump(2) + "\n")) {
        std::cerr << "write_sample: cannot write the manifest\n";
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: write_sample OUTPUT_DIR\n";
        return 2;
    }
    try {
        return writeSample(argv[1]);
    } catch (const std::exception& error) {
        std::cerr << "write_sample: " << error.what() << '\n';
        return 1;
    }
}
