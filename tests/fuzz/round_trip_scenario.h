// The round-trip promise of SPEC §4 (issue 11), as one scenario driven by bytes: the body of the
// fuzz_round_trip target and of the GoogleTest property test (tests/fuzz/round_trip_test.cpp).
//
// A calendar of interviews is planned into a tasks file (`plan cal.ics -o tasks.ics`, in one
// shape), then, again and again, a user and their apps change the file — complete, uncomplete, edit
// the summary, the due time or the description, delete, add properties, add other apps' components
// and calendar properties, reorder — the calendar may change, the clock may move the window either
// way, and `plan cal.ics --tasks tasks.ics -o tasks.ics` runs (in-process, the CLI as a user runs
// it). After every run: every task the user changed (as the task reader sees it: summary,
// description, due, status) is there byte for byte (but for its VALARMs once it is closed), a
// property the user added to one of the product's tasks is still in it, a deleted task is not
// back, and everything the product does not own is there byte for byte. The first broken promise is
// returned, with what was lost.
#pragma once

#include "followups/ical/reader.h"
#include "followups/identity.h"
#include "fuzz_bytes.h"
#include "ics_blocks.h"
#include "run.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace followups::testing
{
namespace round_trip
{

inline std::string readWhole(const std::filesystem::path& path)
{
    std::ifstream file{path, std::ios::binary};
    return {std::istreambuf_iterator<char>{file}, std::istreambuf_iterator<char>{}};
}

inline void writeWhole(const std::filesystem::path& path, const std::string& text)
{
    std::ofstream{path, std::ios::binary | std::ios::trunc} << text;
}

// A folder of its own for one scenario, removed afterwards: in memory where there is /dev/shm,
// since every run flushes the file it writes to disk (fsync) and a scenario writes several.
class Folder
{
public:
    Folder()
    {
        std::error_code error;
        const auto base = std::filesystem::is_directory("/dev/shm", error)
                              ? std::filesystem::path{"/dev/shm"}
                              : std::filesystem::temp_directory_path();
        std::string pattern = (base / "ifu-trip-XXXXXX").string();
        if (::mkdtemp(pattern.data()) != nullptr)
            path_ = pattern;
    }
    ~Folder()
    {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    Folder(const Folder&) = delete;
    Folder& operator=(const Folder&) = delete;
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

// The CLI in this process, its stderr kept for a report.
inline int runCli(std::vector<std::string> arguments, std::string& err)
{
    arguments.insert(arguments.begin(), "interview-followups");
    std::vector<const char*> argv;
    for (const auto& argument : arguments)
        argv.push_back(argument.c_str());
    std::ostringstream captured;
    auto* const stderrBuffer = std::cerr.rdbuf(captured.rdbuf());
    const int exitCode = cli::run(static_cast<int>(argv.size()), argv.data());
    std::cerr.rdbuf(stderrBuffer);
    err = captured.str();
    return exitCode;
}

// Text a stranger or an app may put in a value: printable ASCII, Latin-1 and UTF-8 (no line
// breaks, which would make another property, and no NUL, which refuses the file).
inline std::string valueText(FuzzBytes& bytes)
{
    std::string text = bytes.text({"Notes", "Caf\xE9", "Réunion", "面接", "a\\, b\\; c", "x"});
    std::erase_if(text, [](char c) { return c == '\r' || c == '\n' || c == '\0'; });
    return text;
}

inline std::string stamp(FuzzBytes& bytes)
{
    return "2026" + std::to_string(10 + bytes.integer(0, 2)) +
           std::to_string(10 + bytes.integer(0, 18)) + "T" +
           std::to_string(10 + bytes.integer(0, 13)) + "0000Z";
}

struct Interview {
    std::string uid;
    int day;  // from 2026-11-01
    int hour; // UTC
    bool weekly = false;
    bool cancelled = false;
    bool decision = false;
    int attendees = 1;
};

inline std::string dateOf(int day)
{
    const std::chrono::year_month_day date{
        std::chrono::sys_days{std::chrono::year{2026} / std::chrono::November / 1} +
        std::chrono::days{day}};
    char text[16];
    std::snprintf(text, sizeof text, "%04d%02u%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return text;
}

inline std::string calendarOf(const std::vector<Interview>& interviews)
{
    std::string text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//round trip//EN\r\n";
    for (const auto& interview : interviews) {
        const std::string hour = (interview.hour < 10 ? "0" : "") + std::to_string(interview.hour);
        text += "BEGIN:VEVENT\r\nUID:" + interview.uid + "\r\nDTSTAMP:20261101T000000Z\r\n" +
                "DTSTART:" + dateOf(interview.day) + "T" + hour + "0000Z\r\nDURATION:PT1H\r\n" +
                "SUMMARY:Interview: " + interview.uid.substr(0, interview.uid.find('@')) +
                " – Engineer\r\nORGANIZER;CN=Rita:mailto:rita@" +
                interview.uid.substr(interview.uid.find('@') + 1) + "\r\n";
        for (int i = 0; i < interview.attendees; ++i)
            text += "ATTENDEE;CN=Person " + std::to_string(i) + ":mailto:p" + std::to_string(i) +
                    "@example.com\r\n";
        if (interview.weekly)
            text += "RRULE:FREQ=WEEKLY;COUNT=3\r\n";
        if (interview.cancelled)
            text += "STATUS:CANCELLED\r\n";
        if (interview.decision)
            text += "DESCRIPTION:Decision: +1w\r\n";
        text += "END:VEVENT\r\n";
    }
    return text + "END:VCALENDAR\r\n";
}

// What the task reader sees in a task (the fields whose change is the user's), by its UID.
inline std::map<std::string, std::string> readHashes(const std::string& ics, const Zone& zone)
{
    std::map<std::string, std::string> hashes;
    const auto read = ical::readTasks(ics, "tasks.ics", zone);
    for (const auto& existing : read.tasks)
        hashes[existing.task.uid] = contentHash(existing.task);
    return hashes;
}

inline std::string taskUidOf(const std::string& block)
{
    std::string uid = propertyValue(block, "UID");
    if (uid.ends_with("-event") && !propertyValue(block, "X-IFU-KIND").empty())
        uid.resize(uid.size() - 6);
    return uid;
}

// `block` with the value of its first `name` line replaced (parameters dropped), or the line added
// before its first sub-component when it has none.
inline std::string withProperty(const std::string& block, const std::string& name,
                                const std::string& value)
{
    const std::string unfolded = unfoldedIcs(block);
    std::vector<std::string> lines;
    for (std::size_t start = 0; start < unfolded.size();) {
        const auto end = unfolded.find("\r\n", start);
        lines.push_back(unfolded.substr(start, end - start));
        start = end == std::string::npos ? unfolded.size() : end + 2;
    }
    bool done = false;
    for (std::size_t i = 1; i < lines.size() && !done; ++i) {
        if (lines[i].starts_with("BEGIN:") || lines[i].starts_with("END:")) {
            lines.insert(lines.begin() + static_cast<long>(i), name + ":" + value);
            done = true;
        } else if (lines[i].starts_with(name) &&
                   (lines[i][name.size()] == ':' || lines[i][name.size()] == ';')) {
            lines[i] = name + ":" + value;
            done = true;
        }
    }
    std::string text;
    for (const auto& line : lines)
        text += line + "\r\n";
    return text;
}

inline std::string withoutProperty(const std::string& block, const std::string& name)
{
    const std::string unfolded = unfoldedIcs(block);
    std::string text;
    for (std::size_t start = 0; start < unfolded.size();) {
        const auto end = unfolded.find("\r\n", start);
        const std::string line = unfolded.substr(start, end - start);
        start = end == std::string::npos ? unfolded.size() : end + 2;
        if (!(line.starts_with(name) && (line[name.size()] == ':' || line[name.size()] == ';')))
            text += line + "\r\n";
    }
    return text;
}

inline std::string otherAppsComponent(FuzzBytes& bytes, int serial)
{
    const std::string n = std::to_string(serial);
    const std::string value = valueText(bytes);
    switch (bytes.integer(0, 5)) {
    case 0:
        return "BEGIN:VTODO\r\nUID:other-todo-" + n + "@example.org\r\nDTSTAMP:" + stamp(bytes) +
               "\r\nSUMMARY:" + value + "\r\nDUE;TZID=Custom " + n + ":20261205T100000\r\n" +
               "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:not a duration\r\nEND:VALARM\r\n" +
               "END:VTODO\r\n";
    case 1:
        return "BEGIN:VEVENT\r\nUID:other-event-" + n + "@example.org\r\nDTSTAMP:" + stamp(bytes) +
               "\r\nDTSTART:20261210T090000Z\r\nSUMMARY:" + value + "\r\nEND:VEVENT\r\n";
    case 2:
        return "BEGIN:VJOURNAL\r\nUID:journal-" + n + "@example.org\r\nDESCRIPTION:" + value +
               "\r\nEND:VJOURNAL\r\n";
    case 3:
        return "BEGIN:VFREEBUSY\r\nUID:busy-" + n +
               "@example.org\r\nFREEBUSY:20261210T090000Z/PT1H\r\n" + "END:VFREEBUSY\r\n";
    case 4:
        return "BEGIN:VTIMEZONE\r\nTZID:Custom " + n + "\r\nBEGIN:STANDARD\r\n" +
               "DTSTART:16010101T000000\r\nTZOFFSETFROM:+0130\r\nTZOFFSETTO:+0130\r\n" +
               "END:STANDARD\r\nEND:VTIMEZONE\r\n";
    default:
        return "BEGIN:X-APP-" + n + "\r\nX-DATA:" + value + "\r\nEND:X-APP-" + n + "\r\n";
    }
}

// What the user's side holds, and what each run must keep.
struct Expectations {
    std::map<std::string, std::string> changed; // task UID → its block as the user left it
    std::map<std::string, std::set<std::string>> addedLines; // task UID → lines the user added
    std::set<std::string> deleted;                           // task UIDs
    std::vector<std::string> othersComponents;               // blocks, as added
    std::vector<std::string> calendarLines;                  // calendar properties added
};

class Scenario
{
public:
    explicit Scenario(FuzzBytes& bytes) : bytes_(bytes) {}

    std::optional<std::string> run()
    {
        zoneId_ = std::string(bytes_.pick({"UTC", "Europe/Berlin", "America/New_York"}));
        zone_ = *Zone::fromId(zoneId_);
        shape_ = std::string(bytes_.pick({"todos", "events"}));
        const int count = bytes_.integer(1, 4);
        for (int i = 0; i < count; ++i) {
            Interview interview;
            interview.uid = std::string(bytes_.pick({"acme", "initech", "globex", "hooli"})) + "-" +
                            std::to_string(i) + "@example.com";
            interview.day = bytes_.integer(0, 60);
            interview.hour = bytes_.integer(8, 17);
            interview.weekly = bytes_.byte() < 40;
            interview.decision = bytes_.flag();
            interview.attendees = bytes_.integer(0, 2);
            interviews_.push_back(interview);
        }
        day_ = bytes_.integer(0, 19); // the first run plans them
        writeWhole(folder_ / "cal.ics", calendarOf(interviews_));
        if (auto failure = plan(false))
            return failure;
        for (int step = bytes_.integer(1, 5); step > 0; --step) {
            userEdits();
            changeCalendarAndClock();
            if (auto failure = plan(true))
                return failure;
        }
        return std::nullopt;
    }

private:
    std::optional<std::string> plan(bool withTasks)
    {
        std::vector<std::string> arguments{"plan",
                                           (folder_ / "cal.ics").string(),
                                           "--no-config",
                                           "--zone",
                                           zoneId_,
                                           "--as",
                                           shape_,
                                           "--now",
                                           "2026-11-" + std::to_string(10 + day_ % 20) +
                                               "T09:00:00Z",
                                           "-o",
                                           (folder_ / "tasks.ics").string()};
        if (day_ >= 20) // a later month: interviews leave the window and come back
            arguments[8] = "2027-0" + std::to_string(1 + (day_ - 20) % 8) + "-15T09:00:00Z";
        if (withTasks)
            arguments.insert(arguments.end(), {"--tasks", (folder_ / "tasks.ics").string()});
        std::string err;
        const int exitCode = runCli(arguments, err);
        if (exitCode != 0)
            return "run " + std::to_string(runs_) + " exited " + std::to_string(exitCode) + ": " +
                   err;
        ++runs_;
        const std::string ics = readWhole(folder_ / "tasks.ics");
        if (auto failure = check(ics))
            return "after run " + std::to_string(runs_) + ": " + *failure;
        return std::nullopt;
    }

    // A task the user completed or cancelled may lose its VALARMs and nothing else (issue 14: it
    // must not remind them).
    static std::string withoutReminderIfClosed(const std::string& block)
    {
        const std::string status = propertyValue(block, "STATUS");
        const std::string eventStatus = propertyValue(block, "X-IFU-STATUS");
        const bool closed = status == "COMPLETED" || status == "CANCELLED" ||
                            eventStatus == "COMPLETED" || eventStatus == "CANCELLED";
        return closed ? withoutAlarmBlocks(block) : block;
    }

    std::optional<std::string> check(const std::string& ics) const
    {
        if (const auto read = ical::readTasks(ics, "tasks.ics", zone_); read.error)
            return "the file is unreadable: " + formatWarning(*read.error);
        std::map<std::string, std::string> byUid;
        for (const auto& name : {"VTODO", "VEVENT"}) {
            for (auto& block : componentBlocks(ics, name))
                byUid.emplace(taskUidOf(block), block);
        }
        for (const auto& [uid, block] : expected_.changed) {
            if (!byUid.contains(uid) ||
                (byUid.at(uid) != block && byUid.at(uid) != withoutReminderIfClosed(block)))
                return "the user's change to " + uid + " is lost:\n" + block + "became\n" +
                       (byUid.contains(uid) ? byUid.at(uid) : "(nothing)");
        }
        for (const auto& [uid, lines] : expected_.addedLines) {
            for (const auto& line : lines) {
                if (!byUid.contains(uid) ||
                    unfoldedIcs(byUid.at(uid)).find(line + "\r\n") == std::string::npos)
                    return "the line the user added to " + uid + " is lost: " + line;
            }
        }
        for (const auto& uid : expected_.deleted) {
            if (byUid.contains(uid))
                return "the task the user deleted is back: " + uid;
        }
        for (const auto& block : expected_.othersComponents) {
            if (ics.find(block) == std::string::npos)
                return "another app's component changed or is lost:\n" + block;
        }
        for (const auto& line : expected_.calendarLines) {
            if (ics.find("\r\n" + line) == std::string::npos)
                return "a calendar property is lost: " + line;
        }
        return std::nullopt;
    }

    // What a user and their apps do to the file between runs.
    void userEdits()
    {
        auto file = splitIcs(readWhole(folder_ / "tasks.ics"));
        std::set<std::string> toDelete; // task UIDs
        for (int edits = bytes_.integer(0, 4); edits > 0 && !file.components.empty(); --edits) {
            auto& block = file.components[bytes_.count(file.components.size() - 1)];
            if (propertyValue(block.text, "X-IFU-HASH").empty())
                continue; // not the product's: another app's, left to that app
            const std::string uid = taskUidOf(block.text);
            const bool event = block.name == "VEVENT";
            const std::string statusName = event ? "X-IFU-STATUS" : "STATUS";
            switch (bytes_.integer(0, 6)) {
            case 0: // complete
                block.text = withProperty(block.text, statusName, "COMPLETED");
                if (!event)
                    block.text = withProperty(block.text, "COMPLETED", stamp(bytes_));
                break;
            case 1: // uncomplete
                block.text = withProperty(block.text, statusName, "NEEDS-ACTION");
                block.text = withoutProperty(block.text, "COMPLETED");
                break;
            case 2:
                block.text = withProperty(block.text, "SUMMARY", valueText(bytes_));
                break;
            case 3: {
                const std::string day = "202612" + std::to_string(10 + bytes_.integer(0, 18));
                if (event) {
                    block.text = withProperty(block.text, "DTSTART", day + "T100000Z");
                    block.text = withProperty(block.text, "DTEND", day + "T101500Z");
                    block.text = withoutProperty(block.text, "X-IFU-DUE");
                } else {
                    block.text = withProperty(block.text, "DUE", day + "T100000Z");
                }
                break;
            }
            case 4:
                block.text = withProperty(block.text, "DESCRIPTION", valueText(bytes_));
                break;
            case 5: { // a property of the user's app
                const std::string value = valueText(bytes_);
                block.text = withProperty(block.text, "X-APP-MARK", value);
                expected_.addedLines[uid] = {"X-APP-MARK:" + value};
                break;
            }
            default:
                toDelete.insert(uid);
            }
        }
        // A change the task reader sees (summary, description, due, status: its hash differs from
        // the one the product recorded) is the user's, kept as it now is; one it does not see
        // (an app's property, a completion undone) leaves the task the product's.
        const auto hashes = readHashes(joinIcs(file), zone_);
        for (const auto& block : file.components) {
            const std::string recorded = propertyValue(block.text, "X-IFU-HASH");
            const std::string uid = taskUidOf(block.text);
            if (recorded.empty() || !hashes.contains(uid))
                continue;
            if (hashes.at(uid) != recorded)
                expected_.changed[uid] = block.text;
            else
                expected_.changed.erase(uid);
        }
        // Deletions are remembered by the product's other tasks of the interview (X-IFU-ISSUED,
        // rewritten when the list grows): a task is deleted only while one of those stays.
        const auto rewritable = [&](const IcsBlock& other) {
            const std::string uid = taskUidOf(other.text);
            return !propertyValue(other.text, "X-IFU-HASH").empty() && !toDelete.contains(uid) &&
                   !expected_.changed.contains(uid);
        };
        std::set<std::string> remembered; // interviews
        for (const auto& block : file.components) {
            if (rewritable(block))
                remembered.insert(propertyValue(block.text, "RELATED-TO"));
        }
        std::erase_if(file.components, [&](const IcsBlock& block) {
            const std::string uid = taskUidOf(block.text);
            if (!toDelete.contains(uid) ||
                !remembered.contains(propertyValue(block.text, "RELATED-TO")))
                return false;
            expected_.deleted.insert(uid);
            expected_.changed.erase(uid);
            expected_.addedLines.erase(uid);
            return true;
        });
        for (int added = bytes_.integer(0, 2); added > 0; --added) {
            const auto component = otherAppsComponent(bytes_, serial_++);
            file.components.push_back({component.substr(6, component.find("\r\n") - 6), component});
            expected_.othersComponents.push_back(component);
        }
        if (bytes_.byte() < 30) {
            const std::string line = "X-WR-CALNAME:" + valueText(bytes_);
            file.properties.push_back(line + "\r\n");
            expected_.calendarLines.push_back(line);
        }
        // Apps write components in their own order.
        for (std::size_t i = file.components.size(); i > 1; --i)
            std::swap(file.components[i - 1], file.components[bytes_.count(i - 1)]);
        writeWhole(folder_ / "tasks.ics", joinIcs(file));
    }

    void changeCalendarAndClock()
    {
        for (auto& interview : interviews_) {
            switch (bytes_.integer(0, 7)) {
            case 0:
                interview.day += bytes_.integer(-3, 3);
                break;
            case 1:
                interview.cancelled = !interview.cancelled;
                break;
            case 2:
                interview.decision = !interview.decision;
                break;
            case 3:
                interview.attendees = bytes_.integer(0, 2);
                break;
            default:
                break;
            }
        }
        if (bytes_.byte() < 40)
            day_ = bytes_.integer(0, 40);
        writeWhole(folder_ / "cal.ics", calendarOf(interviews_));
    }

    FuzzBytes& bytes_;
    Folder folder_;
    std::string zoneId_;
    Zone zone_ = Zone::utc();
    std::string shape_;
    std::vector<Interview> interviews_;
    int day_ = 0;
    int runs_ = 0;
    int serial_ = 0;
    Expectations expected_;
};

} // namespace round_trip

// Runs one scenario; the first broken promise, or nullopt.
inline std::optional<std::string> roundTrip(std::string_view bytes)
{
    FuzzBytes choices(bytes);
    return round_trip::Scenario(choices).run();
}

} // namespace followups::testing
