// No text can add a line, property, parameter or component to the .ics written
// (docs/robustness.md): tasks with crafted texts are written in both shapes and read back by
// libical (readTasks), by the strict icslint and by a line-level check; each must find exactly the
// components and properties written, with the texts as they went in (less their control
// characters).
#include "followups/ical/reader.h"
#include "followups/ical/writer.h"
#include "followups/identity.h"
#include "followups/safe_text.h"
#include "icslint.h"
#include "planner_fixtures.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <map>
#include <string>
#include <unistd.h>
#include <vector>

namespace followups::ical
{
namespace
{

using followups::testing::utc;
using ::testing::ElementsAre;

// Each a way out of a value, a parameter or a line.
const std::vector<std::string> hostileTexts{
    "Acme\r\nBEGIN:VEVENT\r\nSUMMARY:injected",
    "Acme\nATTENDEE:mailto:evil@example.com",
    "Acme\rEND:VTODO\rBEGIN:VTODO",
    "semi;colon:comma,quote\"back\\slash",
    "\"; X-EVIL=1:\"",
    std::string("nul\0byte", 8),
    "bell\x07 esc\x1B[2J\x1B]8;;https://evil.example\x1B\\link\x1B]8;;\x1B\\ del\x7F end",
    "c1\xC2\x85nel\xC2\x9B"
    "31m",
    "bidi\u202Etxt.exe\u2066",
    "broken\xC3\x28utf8\xED\xA0\x80",
    "long " + std::string(200, 'x') + "\r\nBEGIN:VALARM",
};

Task hostileTask(const std::string& text, int index)
{
    Task task;
    task.uid = "ifu-thank-you-" + std::to_string(index) + "@interview-followups";
    task.kind = TaskKind::ThankYou;
    task.summary = "Summary " + text;
    task.description = "First line\n" + text + "\nlast line";
    task.due = Due{utc(2026, 11, 4, 13)};
    task.alarm = utc(2026, 11, 4, 9);
    task.priority = 1;
    task.categories = {"Job search", text};
    task.interview = InterviewKey{"interview-" + text, text};
    task.person = Person{"Name " + text, "jane" + std::to_string(index) + "@acme.example", ""};
    task.url = "mailto:jane" + std::to_string(index) + "@acme.example";
    return task;
}

std::vector<TaskToWrite> hostileTasks()
{
    std::vector<TaskToWrite> tasks;
    for (std::size_t i = 0; i < hostileTexts.size(); ++i)
        tasks.push_back({hostileTask(hostileTexts[i], static_cast<int>(i)),
                         {"sibling\r\nBEGIN:VEVENT", "other\"uid"},
                         {}});
    return tasks;
}

std::string written(Shape shape)
{
    return writeCalendar(
        hostileTasks(),
        {.shape = shape, .userZone = followups::testing::berlin(), .dtstamp = utc(2026, 11, 1, 0)});
}

// Unfolded content lines; fails the test on a line end that is not CRLF.
std::vector<std::string> contentLines(const std::string& ics)
{
    std::vector<std::string> lines;
    std::size_t begin = 0;
    for (std::size_t end; (end = ics.find("\r\n", begin)) != std::string::npos; begin = end + 2) {
        const std::string physical = ics.substr(begin, end - begin);
        EXPECT_EQ(physical.find_first_of("\r\n"), std::string::npos) << physical;
        if (physical.starts_with(' ') && !lines.empty())
            lines.back() += physical.substr(1);
        else
            lines.push_back(physical);
    }
    EXPECT_EQ(begin, ics.size());
    return lines;
}

// How many lines begin each component, and how many of each property there are.
std::map<std::string, int> census(const std::string& ics)
{
    std::map<std::string, int> counts;
    for (const std::string& line : contentLines(ics)) {
        const std::size_t end = line.find_first_of(";:");
        const std::string name = line.substr(0, end);
        ++counts[name == "BEGIN" || name == "END" ? line : name];
    }
    return counts;
}

TEST(WriterInjection, linesPropertiesAndComponentsAreExactlyThoseWritten)
{
    const int tasks = static_cast<int>(hostileTexts.size());
    for (const Shape shape : {Shape::Todos, Shape::Events}) {
        const std::string ics = written(shape);
        const auto counts = census(ics);
        const std::string component = shape == Shape::Todos ? "VTODO" : "VEVENT";
        EXPECT_EQ(counts.at("BEGIN:VCALENDAR"), 1);
        EXPECT_EQ(counts.at("BEGIN:" + component), tasks);
        EXPECT_EQ(counts.at("END:" + component), tasks);
        EXPECT_EQ(counts.at("BEGIN:VALARM"), tasks);
        EXPECT_EQ(counts.count(shape == Shape::Todos ? "BEGIN:VEVENT" : "BEGIN:VTODO"), 0u);
        for (const char* property : {"SUMMARY", "CATEGORIES", "RELATED-TO", "CONTACT", "URL",
                                     "X-IFU-ISSUED", "X-IFU-RECURRENCE-ID"})
            EXPECT_EQ(counts.at(property), tasks) << property;
        EXPECT_EQ(counts.at("DESCRIPTION"), 2 * tasks); // the task's and its alarm's
        for (const char* injected : {"ATTENDEE", "X-EVIL", "BEGIN:VJOURNAL"})
            EXPECT_EQ(counts.count(injected), 0u) << injected;
        // RFC 5545 allows no control character but HTAB in a content line.
        for (const std::string& line : contentLines(ics)) {
            for (const char c : line)
                EXPECT_FALSE((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F)
                    << line;
        }
    }
}

TEST(WriterInjection, libicalReadsBackTheTextsWithoutTheirControlCharacters)
{
    const auto read = readTasks(written(Shape::Todos), "out.ics", followups::testing::berlin());
    ASSERT_FALSE(read.error);
    ASSERT_EQ(read.tasks.size(), hostileTexts.size());
    for (std::size_t i = 0; i < hostileTexts.size(); ++i) {
        const Task& task = read.tasks[i].task;
        const std::string text = singleLineText(hostileTexts[i]);
        SCOPED_TRACE(text);
        EXPECT_EQ(task.summary, "Summary " + text);
        EXPECT_EQ(task.description,
                  "First line\n" + multiLineText(hostileTexts[i]) + "\nlast line");
        EXPECT_THAT(task.categories, ElementsAre("Job search", text));
        EXPECT_EQ(task.interview.uid, "interview-" + text);
        ASSERT_TRUE(task.person);
        EXPECT_EQ(task.person->name, "Name " + text);
        EXPECT_EQ(task.person->email, "jane" + std::to_string(i) + "@acme.example");
        // What the product wrote is recognised as unedited: the hash covers the texts written.
        EXPECT_EQ(read.tasks[i].recordedHash, contentHash(task));
        EXPECT_EQ(read.tasks[i].issuedSiblings.size(), 2u);
    }
}

TEST(WriterInjection, icslintFindsNoError)
{
    const auto folder =
        std::filesystem::temp_directory_path() / ("writer-injection-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    for (const Shape shape : {Shape::Todos, Shape::Events}) {
        const auto file = folder / (shape == Shape::Todos ? "todos.ics" : "events.ics");
        std::ofstream(file, std::ios::binary) << written(shape);
        const std::string command = followups::testing::icslintCommand(file);
        EXPECT_EQ(std::system(command.c_str()), 0) << command;
    }
    std::filesystem::remove_all(folder);
}

TEST(WriterInjection, aUrlThatIsNoUriIsLeftOut)
{
    Task task = hostileTask("x", 0);
    task.url = "https://example.com/\r\nBEGIN:VEVENT";
    const std::string ics = writeCalendar({{task, {}, {}}}, {.dtstamp = utc(2026, 11, 1, 0)});
    const auto counts = census(ics);
    EXPECT_EQ(counts.count("URL"), 0u);
    EXPECT_EQ(counts.count("BEGIN:VEVENT"), 0u);
}

} // namespace
} // namespace followups::ical
